// regexp_more.go - regexp features a text tool reaches for: flags,
// Longest, POSIX leftmost-longest, byte and reader matching, replace
// with functions, literal prefixes, anchors across lines.
package main

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	text := "Error: disk full\nwarning: low memory\nERROR: network down\ninfo: ok"
	re := regexp.MustCompile(`(?im)^(error|warning):\s*(.+)$`)
	for _, m := range re.FindAllStringSubmatch(text, -1) {
		fmt.Printf("%-8s %q\n", strings.ToLower(m[1]), m[2])
	}
	fmt.Println(re.String(), re.NumSubexp(), re.MatchString("INFO: x"))
	greedy := regexp.MustCompile(`a(b|bc)`)
	fmt.Println(greedy.FindString("abc"))
	greedy.Longest()
	fmt.Println(greedy.FindString("abc"))
	posix := regexp.MustCompilePOSIX(`(a|ab)(c|bcd)`)
	fmt.Println(posix.FindStringSubmatch("abcd"))
	fmt.Println(regexp.MustCompile(`(a|ab)(c|bcd)`).FindStringSubmatch("abcd"))
	num := regexp.MustCompile(`\d+`)
	fmt.Println(num.ReplaceAllStringFunc("a1 b22 c333", func(s string) string { return fmt.Sprint(len(s)) }))
	fmt.Printf("%s\n", num.ReplaceAllFunc([]byte("x9y10"), bytes.ToUpper))
	fmt.Println(num.FindReaderIndex(strings.NewReader("abc 123 def")), num.MatchReader(strings.NewReader("none")))
	fmt.Println(num.FindAllStringIndex("1 22 333", 2), num.FindStringIndex("none"))
	pre := regexp.MustCompile(`hello\s+(world|there)`)
	lit, complete := pre.LiteralPrefix()
	fmt.Printf("%q %v\n", lit, complete)
	lit, complete = regexp.MustCompile(`exact`).LiteralPrefix()
	fmt.Printf("%q %v\n", lit, complete)
	fmt.Println(regexp.MustCompile(`(?s)a.b`).MatchString("a\nb"), regexp.MustCompile(`a.b`).MatchString("a\nb"))
	fmt.Println(regexp.MustCompile(`\bgo\b`).FindAllStringIndex("go gopher ago go", -1))
	fmt.Println(regexp.MustCompile(`[\p{Greek}]+`).FindAllString("abc αβγ def δ", -1))
	words := regexp.MustCompile(`\W+`).Split("one, two;three  four", 3)
	fmt.Printf("%q\n", words)
	m, err := regexp.MatchString(`^\d{3}-\d{4}$`, "555-1234")
	fmt.Println(m, err)
	_, err = regexp.MatchString(`(`, "x")
	fmt.Println(err)
	tmpl := regexp.MustCompile(`\{\{(\w+)\}\}`)
	vars := map[string]string{"name": "Ann", "n": "3"}
	fmt.Println(tmpl.ReplaceAllStringFunc("Hi {{name}}, you have {{n}} new {{x}}", func(s string) string {
		k := tmpl.FindStringSubmatch(s)[1]
		if v, ok := vars[k]; ok {
			return v
		}
		return s
	}))
	fmt.Println(regexp.MustCompile(`x*`).ReplaceAllString("abc", "-"), regexp.MustCompile(`(\w+)@(\w+)\.com`).ReplaceAllString("bob@example.com", "$2:$1"))
	defer func() { fmt.Println("recovered:", recover()) }()
	regexp.MustCompile(`a**`)
}
