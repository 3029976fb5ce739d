// path_match_matrix.go - filepath.Match and path.Match over a matrix of
// patterns (classes, escapes, bad ones) and names; both must agree.
package main

import (
	"fmt"
	"path"
	"path/filepath"
)

func main() {
	pats := []string{"*", "a*", "*b", "a*b", "a?b", "[ab]", "[^a]", "[!a]", "[a-c]*", "\\*", "a\\", "[", "[]", "[]a]", "[a-]", "[-a]", "*/b", "a/*", "a/*/c", "[\\]]", "[\\-]", "**", "?", "??", "a[", "[a-b-c]", "[z-a]", "\\[a]", "*\\*"}
	names := []string{"", "a", "b", "ab", "aab", "a/b", "a/x/c", "]", "-", "*", "a*b", "ba", "abc", "\\", "[a]", "z"}
	bad := 0
	for _, p := range pats {
		for _, n := range names {
			m1, e1 := filepath.Match(p, n)
			m2, e2 := path.Match(p, n)
			if e1 != nil {
				bad++
			}
			if m1 {
				fmt.Printf("%q~%q ", p, n)
			}
			if m1 != m2 || (e1 == nil) != (e2 == nil) {
				fmt.Printf("DIFF %q %q\n", p, n)
			}
		}
		fmt.Println()
	}
	fmt.Println("errors:", bad)
}
