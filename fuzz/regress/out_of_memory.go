package main
func main() {
	var s [][]byte
	for {
		s = append(s, make([]byte, 1<<20))
	}
}
