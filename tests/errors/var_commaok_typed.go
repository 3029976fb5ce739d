package main

import "fmt"

// A comma-ok map index declared with one type for both variables: the
// untyped bool result must be assignable to it (Go words it as an assignment).
func main() {
	m := map[string]int{"k": 5}
	var v2, ok2 int = m["k"]
	fmt.Println(v2, ok2)
}
