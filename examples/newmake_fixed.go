// newmake_fixed.go - the repair for newmake.go: if you have a pointer to a
// map (from new, or a struct field), make the map before writing to it.
//
// Run it with:  gosub examples/newmake_fixed.go   (exit status 0)
package main

import "fmt"

// counter holds a map that starts out nil, like the one new() hands out.
type counter struct {
	counts map[string]int
}

// bump initialises the map lazily, on the first write.
func bump(c *counter, key string) {
	if c.counts == nil {
		c.counts = make(map[string]int)
	}
	c.counts[key]++
}

func main() {
	// new gives a pointer to a nil map ...
	p := new(map[string]int)
	fmt.Println("before: nil map?", *p == nil)

	// ... so store a real map through the pointer first,
	*p = make(map[string]int)
	// and then writes through the pointer work.
	(*p)["theAnswer"] = 42
	fmt.Println("after:", *p, "len", len(*p))

	// The same idea with a struct whose map field starts nil.
	var c counter
	for _, w := range []string{"go", "sub", "go"} {
		bump(&c, w)
	}
	fmt.Println("counts:", c.counts)

	// Simplest of all: make the map in the first place.
	M := make(map[string]int)
	M["theAnswer"] = 42
	fmt.Println("make:", M["theAnswer"])
}
