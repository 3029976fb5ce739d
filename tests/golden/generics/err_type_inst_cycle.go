package main
type C[T any] struct { c *C[*T] }
func main() {}
