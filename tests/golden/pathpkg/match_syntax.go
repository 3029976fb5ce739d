package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	for _, c := range [][2]string{{"a*[", "b"}, {"x]*[", ""}, {"ab[", "xy"}, {"[", ""}, {"*[", "a"}, {"a*b[", "ac"}} {
		m1, e1 := path.Match(c[0], c[1])
		m2, e2 := filepath.Match(c[0], c[1])
		fmt.Println(c, m1, e1, m2, e2)
	}
}
