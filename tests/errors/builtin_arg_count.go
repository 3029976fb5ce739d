package main

// A built-in called with too few or too many arguments: types2 reports it
// at the call, as an invalid operation.
func main() {
	_ = len()
	var s []int
	s = append()
	_ = s
	copy(s)
}
