package main

import "fmt"

// Interface methods cannot have type parameters (a syntax error in Go
// 1.19, like methods of types).

type Mapper interface {
	Map[U any]() int
}

func main() {
	var m Mapper
	fmt.Println(m == nil)
}
