// regexp_corner: syntax corner cases (escapes, classes, flags, names,
// repeat limits, Unicode class names) and LiteralPrefix of anchored
// (one-pass) patterns, as Go 1.19.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	pats := []string{`\x{D800}`, `[\x{D800}-\x{DFFF}]`, `\x{10FFFF}`, `\x{110000}`, `\x{}`, `\x{0000000041}`, `[^\x00-\x{10FFFF}]`, `[^\x00-\x{10FFFE}]`, `(?i)[^k]`, `\p{Han}+`, `\pN`, `\p{Braille}`, `[[:^alpha:][:digit:]]`, `[]a]`, `[^]a]`, `[a-]`, `[-a]`, `[a-b-c]`, `[\d-z]`, `[z-\d]`, `(?i)\Q\E*`, `\Q`, `\Qab`, `\Qab\`, `a\E`, `(?P<name>a)(?P<name>b)`, `(?P<n!>a)`, `(?P<>a)`, `(?P<n>a`, `(?<n>a)`, `(?i`, `(?i-i:a)`, `(?--i)`, `(?i-)`, `(?-)`, `(?)`, `(?:`, `x{1001,}`, `x{1000}`, `(x{500}){3}`, `((x{10}){10}){11}`, `x{2}{3}`, `x**`, `x*?*`, `x+?`, `x???`, `a{,5}`, `a{5`, `a{5,`, `{`, `{1}`, `a|*`, `(|)*`, `()+?`, `\8`, `\0`, `\08`, `\400`, `\777`, `[\0]`, `\z\Z`, `(?s).\n`, `(?m)^$`, `(?U)a+?`, "\xff", "[\xff]", `\pZ`, `\p{Zs}`, `\p{Cs}`, `\p{Co}`, `\p{Cn}`, `\p{L&}`, `\p{LC}`, `\p{Latin}`, `\p{latin}`, `\p{IsLatin}`, `\p{Any}`, `\P{Any}`, `[\P{Any}]`, `(?i)\p{Lu}`, `(?i)[\p{Lu}]`, `(?i)\P{Lu}`, `\b\B\A\z^$`, `(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11`, `[[:word:]-]`, `[a-[:digit:]]`, `[[:digit:]-z]`}
	texts := []string{"", "aX1 _\n中文⠁", "Kk\u212a", "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "ab]-c\x00"}
	for _, p := range pats {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q %v\n", p, err)
			continue
		}
		pre, c := re.LiteralPrefix()
		fmt.Printf("%q %d %q %v\n", p, re.NumSubexp(), pre, c)
		for _, t := range texts {
			fmt.Println("  ", re.FindAllStringSubmatchIndex(t, -1))
		}
	}
	for _, p := range []string{`^(?:a|a)$`, `^a(?:)b$`, `^a(?:|)b$`, `^ab{0}c$`, `^a(?i)b$`, `^(?:)a$`, `^$`, `^a$`, `^ab|ab$`, `^(?:ab|ab)c$`, `^a()b$`, `^(?:)(?:)a$`, `^a(?:)*b$`, `^a(?:b|b)c$`, `^ab(?:c|d)$`, `^ab(?:c|c)$`, `^a(b|bc)$`, `^abc\z`, `(?m)^abc$`, `^abc$`, `\Aabc$`, `^a+$`, `^ab*$`, `^a*b$`, `^a*a$`, `^(?:ab)+c$`, `^abc$|^abd$`, `^(?i)abc$`, `^(a)$`, `^ab{2}c$`, `^ab{2,3}c$`, `^a\b$`, `^a.b$`, `^a(?:b|c)d$`, `^a(?:b|bc)d$`} {
		re := regexp.MustCompile(p)
		pre, c := re.LiteralPrefix()
		fmt.Printf("%-20q %q %v\n", p, pre, c)
	}
	for _, p := range []string{`\p`, `[\p`, `[\p]`, `\P`, `a\p`, `[a\P`, `[a-\p`, `[-\p`, `\p{`, `[\p{`, `\p{L`, `\pé`, `[\pé]`, "\\p\xff", `\p{}`, `[\p{}]`, `\p^`, `\p{^}`, `B\pL{0}`, `\p{Greek}{0}x`} {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Printf("%q %v\n", p, err)
			continue
		}
		pre, c := re.LiteralPrefix()
		fmt.Printf("%q %q %v\n", p, pre, c)
	}
	for _, p := range []string{`\p`, `[\p`, `[^a]`, `[^\n]`, `[^[:alpha:]]`, `[]a]`} {
		re, err := regexp.CompilePOSIX(p)
		if err != nil {
			fmt.Printf("POSIX %q %v\n", p, err)
			continue
		}
		fmt.Printf("POSIX %q %v\n", p, re.FindAllStringIndex("a\nb]", -1))
	}
	for _, p := range []string{`a+b|a+c`, `ab+c|ab+d`, `a|a`, `abc|abd`, `ab|ab`, `a*b|a*c`, `[ab]c|[ab]d`, `x(?:a+b|a+c)`, `xa+b|xa+c`, `a{2}b|a{2}c`, `\d+b|\d+c`, `a.b|a.c`, `(?:ab)+c|(?:ab)+d`, `a|ab|abc`, `ab|a|abc`, `abc|ab|a`, `xa{2}b|xa{2}c`, `a{2}|a{2}`, `(?:a{2}b|a{2}c)`, `a{2}bc|a{2}bd`, `a{2}b|a{3}c`} {
		pre, c := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("%q %q %v\n", p, pre, c)
	}
	// One-pass or not (Go's makeOnePass), which decides the anchored prefix.
	for _, p := range []string{`^a+a$`, `^xa+a$`, `^x(?:a|b)+a$`, `^xa{2,}a$`, `^x(?:ab|a)+$`, `^x(?:a|ab)*c$`, `^x(?:ab|ac)+$`, `^xa*a$`, `^x(?:a?b)+b$`, `^x$+$`, `^x$*$`, `^x\b*y$`, `^x\b+y$`, `^x(?:a|b?)+$`, `^x(a+)+$`,
		`^\*+\*$`, `^b+\wa$`, `^c(B|)+$`, `^É(?:){0,2}B$`, `^\Qa.b\E{3,1000}$`, `^x\d\w$`, `^x(?:\da|\db)$`, `^x(?:a|[ab])c$`, `^x(?i:k)\x{212A}$`, `^x(?s:.)\n$`, `^x.\n$`, `^x[[:^alpha:]]1$`, `^x\pL+é$`, `^x\PL+é$`} {
		pre, c := regexp.MustCompile(p).LiteralPrefix()
		fmt.Printf("%q %q %v\n", p, pre, c)
	}
}
