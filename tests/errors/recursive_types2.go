package main

type T struct{ t T }

type U = *U

type V struct {
	w W
}

type W struct {
	next *V
	v    V
}

func main() {}
