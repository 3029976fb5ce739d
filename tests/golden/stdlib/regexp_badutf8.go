package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	texts := []string{"a\xffb", "\xff", "\xe2\x80", "x\xe2\x82\xacy\xc0\xafz", "\xed\xa0\x80q", "ab\xf0\x9f\x98", "\xff\xfe", "日\xff本"}
	pats := []string{".", "a.b", "[^x]", "\\x{fffd}", "\uFFFD+", "", "b|\\xff", "\\b", "\\B", "^.", ".$", "(.)(.)", "\\w+", "q", "z", "[\\x{fff0}-\\x{ffff}]"}
	for _, p := range pats {
		re := regexp.MustCompile(p)
		for _, t := range texts {
			fmt.Printf("%q %q: %v %v %q\n", p, t, re.MatchString(t), re.FindAllStringIndex(t, -1), re.FindAllString(t, -1))
			fmt.Printf("  %q %q %v\n", re.ReplaceAllString(t, "<$0>"), re.Split(t, -1), re.FindStringSubmatchIndex(t))
			fmt.Printf("  %q %v\n", re.ReplaceAll([]byte(t), []byte("[$0]")), re.FindAllIndex([]byte(t), 2))
		}
	}
	fmt.Println(regexp.MustCompile(".").FindAllString(strings.Repeat("a\x80", 5), -1))
	fmt.Println(regexp.MatchString("^\\x{fffd}$", "\x80"))
	fmt.Println(regexp.Match("^..$", []byte("\x80\x81")))
}
