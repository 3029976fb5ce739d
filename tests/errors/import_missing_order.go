// Imports are resolved before anything is compiled: each missing package
// is reported, ordered by path, and nothing else (not the undefined names,
// not the unused variable).
package main

import (
	"fmt"
	"zzz/last"
	"aaa/first"
	"example.com/mod"
)

func main() {
	x := 1
	fmt.Println(last.X, first.Y, mod.Z)
}
