package main

import (
	"bufio"
	"fmt"
	"regexp"
	"strings"
)

func main() {
	texts := []string{"a\xffb", "\xff\xfeq", "x\xe2\x82\xacy\xc0z", "ok", "\xe2\x80"}
	for _, p := range []string{".b", "q", "(.)(z)", "\\x{fffd}+", "^.", "y.z", "$"} {
		re := regexp.MustCompile(p)
		for _, t := range texts {
			fmt.Printf("%q %q: %v %v %v", p, t, re.MatchReader(strings.NewReader(t)), re.FindReaderIndex(strings.NewReader(t)), re.FindReaderSubmatchIndex(bufio.NewReader(strings.NewReader(t))))
			m, err := regexp.MatchReader(p, strings.NewReader(t))
			fmt.Println("", m, err)
		}
	}
}
