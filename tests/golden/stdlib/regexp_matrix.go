package main

import (
	"fmt"
	"regexp"
)

func main() {
	pats := []string{`a*`, `a*?`, `(a|ab)(c|bcd)(d*)`, `\b\w+\b`, `^`, `$`, `(?m)^\w`, `(?m)$`, `x*`, `\s*`, `[^a]`, `.`, `(?s).`, `(a*)*`, `(a*)+`, `(a|b)*?c`,
		`\d{2,3}`, `(?i)straße`, `[[:alpha:]]+`, `\pL+`, `\PL`, `[\p{Greek}\d]+`, `(?U)a+b`, `a{0}`, `(?:)`, `|`, `a|`, `(|a)+`, `(a?)(a?)`, `\B`, `\Bx`,
		`(?P<x>\w)(?P<y>\w)?`, `[a-c]+?`, `\x41\x{42}\101`, `[^\n]+`, `\A\w`, `\w\z`, `.*`, `.+?`, `é?`, `[é-ë]`}
	inputs := []string{"", "a", "aaa", "abcd", "ab ac ad", "Hello, World 42!", "xx\nyy\n", "αβγ 123 δ", "STRASSE straße", "baaab", "aéb", "AB101"}
	for _, p := range pats {
		re := regexp.MustCompile(p)
		for _, in := range inputs {
			fmt.Printf("%q %q %q %v %q\n", p, in, re.FindAllString(in, -1), re.FindAllStringSubmatchIndex(in, 3), re.ReplaceAllString(in, "<$0|${1}>"))
			fmt.Printf("  %q %q\n", re.Split(in, -1), re.FindStringSubmatch(in))
		}
	}
}
