package main

import "fmt"

// The seed's snippet: new() returns a *map, and a pointer to a map cannot
// be indexed.

func main() {
	M := new(map[string]int)
	M["theAnswer"] = 42
	fmt.Println(M)
}
