package main

import "fmt"

// Go 1.19 does not allow field access through a type parameter, even when
// every type in the type set has the field.

type Point struct{ X, Y int }
type Pixel struct{ X, Y int }

func GetX[T Point | Pixel](p T) int {
	return p.X
}

func main() {
	fmt.Println(GetX(Point{1, 2}))
}
