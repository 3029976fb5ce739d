// newmake.go - the story of make() versus new() for maps, as told by the
// seed note ("Memory Allocation and Management in Go"), run step by step.
//
// Run it with:  gosub examples/newmake.go
// It ends with a run-time panic on purpose (exit status 2): that panic is
// the "error" the note warns about. See newmake_fixed.go for the repair and
// seed_literal.go for the note's literal code, which does not even compile.
package main

import "fmt"

func main() {
	// Step 1: make() allocates AND initialises a map. It is ready to use.
	M := make(map[string]int)
	M["theAnswer"] = 42
	fmt.Println("1. make(map[string]int) gives a ready map:", M)

	// Step 2: new() allocates zeroed storage and returns a POINTER to it.
	// The zero value of a map type is nil, so p points at a nil map.
	p := new(map[string]int)
	fmt.Printf("2. new(map[string]int) gives a %T; the map it points to is nil: %v\n", p, *p == nil)

	// Step 3: reading from a nil map is allowed: every key is missing, so
	// we get the zero value, and len is 0.
	v, ok := (*p)["theAnswer"]
	fmt.Println("3. reading through the pointer works: value", v, "found", ok, "len", len(*p))

	// Step 4: range over a nil map simply does nothing.
	n := 0
	for range *p {
		n++
	}
	fmt.Println("4. ranging over it visits", n, "entries")

	// Step 5: writing to a nil map is the error the note talks about. Go
	// stops the program with "panic: assignment to entry in nil map" and
	// exit status 2. (Writing M["theAnswer"] with M a *map would not even
	// compile: you must dereference the pointer first, as here.)
	fmt.Println("5. now writing (*p)[\"theAnswer\"] = 42 ...")
	(*p)["theAnswer"] = 42
	fmt.Println("never printed: the write above panics")
}
