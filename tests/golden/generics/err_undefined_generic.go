package main
var x C[int]
func main() {}
