package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func rot13(r rune) rune {
	switch {
	case r >= 'a' && r <= 'z':
		return 'a' + (r-'a'+13)%26
	case r >= 'A' && r <= 'Z':
		return 'A' + (r-'A'+13)%26
	}
	return r
}

func main() {
	s := "Hello, Wörld! 123 ünïcödé\tTAB"
	fmt.Println(strings.Map(rot13, s))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, s))
	fmt.Printf("%q\n", strings.FieldsFunc("a1b22c333,d;e", unicode.IsDigit))
	fmt.Printf("%q\n", strings.FieldsFunc("  foo bar,baz;; ", func(r rune) bool { return r == ' ' || r == ',' || r == ';' }))
	fmt.Println(strings.IndexFunc(s, unicode.IsSpace), strings.LastIndexFunc(s, unicode.IsLower))
	fmt.Println(strings.IndexFunc(s, func(r rune) bool { return r > 127 }))
	fmt.Printf("[%s]\n", strings.TrimFunc("123abc456", unicode.IsDigit))
	fmt.Printf("[%s]\n", strings.TrimLeftFunc("  xx  ", unicode.IsSpace))
	fmt.Printf("[%s]\n", strings.TrimRightFunc("  xxé  ", unicode.IsSpace))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 2))
	fmt.Println(strings.LastIndexAny("golang", "go"), strings.LastIndexAny("héllo", "é"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaa"))
	r3 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	fmt.Println(r3.Replace("aaaa"))
	r4 := strings.NewReplacer("", "-")
	fmt.Println(r4.Replace("abc"))
	r5 := strings.NewReplacer("hello", "bye", "world", "all")
	fmt.Println(r5.Replace("hello world, hello"))
	for _, c := range []rune{'a', 'Z', '5', ' ', '!', 'é', 'Σ', '\n', '٣', '€', 0x1F600, 'ǅ'} {
		fmt.Println(string(c), unicode.IsLetter(c), unicode.IsDigit(c), unicode.IsNumber(c), unicode.IsSpace(c),
			unicode.IsUpper(c), unicode.IsLower(c), unicode.IsPunct(c), unicode.IsPrint(c), unicode.IsControl(c),
			unicode.IsGraphic(c), unicode.IsSymbol(c), string(unicode.ToUpper(c)), string(unicode.ToLower(c)), string(unicode.ToTitle(c)))
	}
	fmt.Println(unicode.MaxRune, unicode.ReplacementChar, string(unicode.ReplacementChar))
	fmt.Printf("%T %T\n", unicode.MaxRune, utf8.RuneError)
	b := "héllo, 世界"
	fmt.Println(len(b), utf8.RuneCountInString(b), utf8.RuneCount([]byte(b)))
	for i := 0; i < len(b); {
		r, w := utf8.DecodeRuneInString(b[i:])
		fmt.Print(string(r), w, " ")
		i += w
	}
	fmt.Println()
	for j := len(b); j > 0; {
		r, w := utf8.DecodeLastRuneInString(b[:j])
		fmt.Print(string(r), w, " ")
		j -= w
	}
	fmt.Println()
	bad := "a\xffb\xe4\xb8"
	fmt.Println(utf8.ValidString(b), utf8.ValidString(bad), utf8.Valid([]byte(bad)))
	r0, w0 := utf8.DecodeRuneInString(bad[1:])
	fmt.Println(r0, w0, r0 == utf8.RuneError)
	r1, w1 := utf8.DecodeLastRuneInString(bad)
	fmt.Println(r1, w1)
	r6, w6 := utf8.DecodeRuneInString("")
	fmt.Println(r6, w6)
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '世')
	fmt.Println(buf[:n], n)
	out := utf8.AppendRune([]byte("x"), 'é')
	fmt.Println(out, string(out))
	fmt.Println(utf8.RuneLen('a'), utf8.RuneLen('é'), utf8.RuneLen('世'), utf8.RuneLen(0x1F600), utf8.RuneLen(-1), utf8.RuneLen(0xD800))
	fmt.Println(utf8.ValidRune('a'), utf8.ValidRune(0xD800), utf8.ValidRune(0x110000))
	fmt.Println(utf8.FullRune([]byte{0xe4, 0xb8}), utf8.FullRune([]byte{0xe4, 0xb8, 0x96}), utf8.FullRuneInString("\xff"))
	fmt.Println(utf8.RuneSelf, utf8.UTFMax, utf8.MaxRune)
}
