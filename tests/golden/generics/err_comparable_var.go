package main

import "fmt"

// comparable is a constraint, not an ordinary interface type: it cannot be
// the type of a variable.

func main() {
	var c comparable = 1
	fmt.Println(c)
}
