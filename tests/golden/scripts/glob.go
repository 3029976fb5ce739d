// glob implements a regexp-free glob matcher supporting *, ?, [abc],
// [a-z], [!x] and backslash escapes, with a backtracking star, and uses it
// to filter a file list.
package main

import (
	"errors"
	"fmt"
	"strings"
)

var ErrBadPattern = errors.New("syntax error in pattern")

// matchClass matches r against the class starting after '[' in p; it
// returns whether it matched and the rest of the pattern after ']'.
func matchClass(p []rune, r rune) (bool, []rune, error) {
	negate := false
	if len(p) > 0 && (p[0] == '!' || p[0] == '^') {
		negate = true
		p = p[1:]
	}
	matched := false
	first := true
	for {
		if len(p) == 0 {
			return false, nil, ErrBadPattern
		}
		if p[0] == ']' && !first {
			return matched != negate, p[1:], nil
		}
		first = false
		lo := p[0]
		p = p[1:]
		hi := lo
		if len(p) >= 2 && p[0] == '-' && p[1] != ']' {
			hi = p[1]
			p = p[2:]
		}
		if lo <= r && r <= hi {
			matched = true
		}
	}
}

func Match(pattern, name string) (bool, error) {
	p, s := []rune(pattern), []rune(name)
	starP, starS := -1, -1
	pi, si := 0, 0
	for si < len(s) {
		if pi < len(p) {
			switch c := p[pi]; {
			case c == '*':
				starP, starS = pi, si
				pi++
				continue
			case c == '?':
				pi++
				si++
				continue
			case c == '[':
				ok, rest, err := matchClass(p[pi+1:], s[si])
				if err != nil {
					return false, err
				}
				if ok {
					pi = len(p) - len(rest)
					si++
					continue
				}
			case c == '\\' && pi+1 < len(p):
				if p[pi+1] == s[si] {
					pi += 2
					si++
					continue
				}
			case c == s[si]:
				pi++
				si++
				continue
			}
		}
		if starP < 0 {
			return false, nil
		}
		starS++
		pi, si = starP+1, starS
	}
	for pi < len(p) && p[pi] == '*' {
		pi++
	}
	return pi == len(p), nil
}

func main() {
	files := strings.Fields("main.go main_test.go README.md go.mod go.sum lexer.l parser.y " +
		"a.out x1.txt x2.txt xa.txt notes.txt.bak .hidden 日本.txt star*.txt")
	patterns := []string{"*.go", "*_test.go", "x?.txt", "x[0-9].txt", "x[!0-9].txt", "*.*.*",
		"go.*", "*", ".*", "??.txt", "*[ly]", `star\*.txt`, "[a-m]*", "*.txt", "[", "x[a-.txt"}
	for _, pat := range patterns {
		var hits []string
		var err error
		for _, f := range files {
			ok, e := Match(pat, f)
			if e != nil {
				err = e
				break
			}
			if ok {
				hits = append(hits, f)
			}
		}
		if err != nil {
			fmt.Printf("%-12s error: %v\n", pat, err)
			continue
		}
		fmt.Printf("%-12s %d %v\n", pat, len(hits), hits)
	}
	for _, c := range [][2]string{{"a*b*c", "aXbYbZc"}, {"a*b*c", "abcb"}, {"", ""}, {"*", ""}, {"?", ""}, {"**a", "bba"}} {
		ok, _ := Match(c[0], c[1])
		fmt.Printf("Match(%q, %q) = %v\n", c[0], c[1], ok)
	}
}
