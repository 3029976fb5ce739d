// seed_literal.go - the seed note's snippet exactly as written:
//
//	M := new(map[string]int)
//	M["theAnswer"] = 42 // Causes an error
//
// The note says this "causes an error", and it does, but earlier than it
// suggests: M is a *map[string]int, and a pointer to a map cannot be
// indexed, so Go rejects the program at compile time with
//
//	seed_literal.go:20:3: invalid operation: cannot index M (variable of type *map[string]int)
//
// (exit status 2, nothing runs). newmake.go shows the run-time error you
// get once the pointer is dereferenced; newmake_fixed.go shows the repair.
package main

import "fmt"

func main() {
	M := new(map[string]int)
	M["theAnswer"] = 42 // Causes an error
	fmt.Println(M)
}
