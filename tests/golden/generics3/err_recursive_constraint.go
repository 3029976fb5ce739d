package main

import "fmt"

type T[U interface{ M() T[U] }] int

type X int

func (X) M() T[X] { return 0 }

func main() {
	fmt.Println(X(1).M())
}
