package main

import "fmt"

// Unicode identifiers, the blank identifier, shadowing in nested scopes,
// and keywords-like names that are not keywords (predeclared identifiers
// can be redeclared).

var größe = 3
var π = 3.14159

func main() {
	日本 := "Japan"
	_x9 := 10
	ñandú := größe * _x9
	fmt.Println(日本, ñandú, π)

	_, second := 1, 2
	fmt.Println(second)

	// predeclared names are not reserved
	len := func(s string) int { return 100 }
	fmt.Println(len("abc"))
	{
		true := false
		fmt.Println(true)
	}
	fmt.Println(true)

	x := 1
	{
		x := 2
		x++
		fmt.Println("inner", x)
	}
	if x := "shadow"; x != "" {
		fmt.Println("if", x)
	}
	fmt.Println("outer", x)

	var iota = 7 // iota is only special inside const declarations
	fmt.Println(iota)
}
