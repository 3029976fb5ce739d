package main

// A constant conversion that truncates says so in an assignment only.
func main() {
	_ = int64(2.5)
	var x int = 2.5
	_ = x
}
