package main

import "fmt"

// Mixing a named integer type with a plain int needs a conversion, in
// assignments and in arguments.

type Meters int

func double(m Meters) Meters { return m * 2 }

func main() {
	n := 5
	var d Meters = n
	fmt.Println(double(n), d)
}
