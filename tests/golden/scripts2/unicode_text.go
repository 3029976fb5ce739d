// unicode_text.go - text handling beyond ASCII: rune counts, reversing by
// runes, truncating safely, character classes, Turkish case rules.
package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func truncate(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	i := 0
	for k := range s {
		if n == 0 {
			i = k
			break
		}
		n--
	}
	return s[:i] + "…"
}

func classify(s string) map[string]int {
	c := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			c["upper"]++
		case unicode.IsLower(r):
			c["lower"]++
		case unicode.IsDigit(r):
			c["digit"]++
		case unicode.IsSpace(r):
			c["space"]++
		case unicode.IsPunct(r):
			c["punct"]++
		case unicode.Is(unicode.Han, r):
			c["han"]++
		default:
			c["other"]++
		}
	}
	return c
}

func main() {
	words := []string{"naïve", "日本語テキスト", "İstanbul", "emoji 😀👍", "e\u0301"}
	for _, w := range words {
		fmt.Printf("%-22q bytes=%2d runes=%d rev=%q trunc=%q valid=%v\n", w, len(w), utf8.RuneCountInString(w), reverse(w), truncate(w, 4), utf8.ValidString(w))
	}
	fmt.Println(classify("Hello, World 42! 你好 ü"))
	tr := "Iğdır ılık İzmir"
	fmt.Println(strings.ToUpper(tr), strings.ToLower(tr))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, tr), strings.ToLowerSpecial(unicode.TurkishCase, tr))
	fmt.Println(strings.ToTitleSpecial(unicode.TurkishCase, "iyi"), unicode.TurkishCase.ToLower('I') == 'ı')
	bad := "ok\xffbad\xc3"
	fmt.Println(utf8.ValidString(bad), utf8.RuneCountInString(bad), strings.ToValidUTF8(bad, "�"))
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	buf := make([]byte, 0, 8)
	buf = utf8.AppendRune(buf, '€')
	r, size := utf8.DecodeRune(buf)
	fmt.Println(buf, string(r), size, utf8.RuneLen('😀'), utf8.RuneLen(-1))
	fmt.Println(unicode.SimpleFold('A'), unicode.SimpleFold('k'), unicode.In('ж', unicode.Cyrillic, unicode.Greek), unicode.IsOneOf([]*unicode.RangeTable{unicode.Latin}, 'ж'))
	fmt.Println(strings.EqualFold("Σίσυφος", "ΣΊΣΥΦΟΣ"), strings.Title("ünïcode wörds"), unicode.ToTitle('ǆ'), string(unicode.ToUpper('ß')))
}
