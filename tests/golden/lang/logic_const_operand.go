package main

// An untyped constant operand of && or || beside a non-constant one:
// len of an array is a constant, as are comparisons of constants
// (Go's test/complit.go and test/const4.go).

import "fmt"

type MyBool bool

func main() {
	a3 := [10]int{1, 2, 3}
	x := 5
	if len(a3) != 10 || x != 5 {
		panic("a3")
	}
	var b MyBool = len(a3) == 10 && x > 1
	c := 1 < 2 || x == 0
	d := x == 5 && "a" < "b"
	fmt.Printf("%v %T %v %v\n", b, b, c, d)
	const k = 3
	for i := 0; k > 2 && i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println(!(len(a3) > 100) && x != 0)
}
