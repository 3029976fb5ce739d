package main

// An inline constraint referring to its own type parameter: the message
// shows the constraint with T replaced by the type argument.

type Tree[T interface{ Less(T) bool }] struct {
	root *T
}

type Int int

func main() {
	var t Tree[Int]
	_ = t
}
