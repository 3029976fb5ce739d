package main

// Methods are not selected through a defined pointer type, only fields.
type node struct{}
func (n *node) M() {}
type PN *node
func main() { var p PN = &node{}; p.M() }
