// unicode_special.go - unicode.SpecialCase (TurkishCase, AzeriCase, user-made
// ones with UpperLower ranges) and strings'/bytes' To*Special.
package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
)

func main() {
	s := "Diyarbakır İstanbul içi ıIiİ straße"
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, s))
	fmt.Println(strings.ToLowerSpecial(unicode.TurkishCase, s))
	fmt.Println(strings.ToTitleSpecial(unicode.AzeriCase, s))
	fmt.Println(strings.ToUpper(s), strings.ToLower(s))
	fmt.Printf("%s\n", bytes.ToUpperSpecial(unicode.TurkishCase, []byte(s)))
	fmt.Printf("%s\n", bytes.ToLowerSpecial(unicode.TurkishCase, []byte(s)))
	fmt.Printf("%s\n", bytes.ToTitleSpecial(unicode.TurkishCase, []byte("i\xffx")))
	fmt.Printf("%q\n", strings.ToUpperSpecial(unicode.TurkishCase, "a\xffb"))
	fmt.Println(string(unicode.TurkishCase.ToUpper('i')), string(unicode.TurkishCase.ToLower('I')), string(unicode.TurkishCase.ToTitle('ı')), string(unicode.TurkishCase.ToUpper('x')))
	fmt.Println(len(unicode.TurkishCase), unicode.TurkishCase[0], unicode.AzeriCase[1])
	fmt.Printf("%T %T %v\n", unicode.TurkishCase, unicode.TurkishCase[0], unicode.TurkishCase[0].Delta)
	// A user-made SpecialCase: swap a and b; an UpperLower range.
	sc := unicode.SpecialCase{
		unicode.CaseRange{Lo: 'a', Hi: 'a', Delta: [unicode.MaxCase]rune{1, 0, 1}},
		unicode.CaseRange{'b', 'b', [unicode.MaxCase]rune{-1, 0, -1}},
		{Lo: 0x100, Hi: 0x10f, Delta: [unicode.MaxCase]rune{unicode.UpperLower, unicode.UpperLower, unicode.UpperLower}},
	}
	fmt.Println(strings.ToUpperSpecial(sc, "abc"), sc.ToUpper('a'), sc.ToLower(0x101), sc.ToUpper(0x101), sc.ToLower(0x102), sc.ToTitle(0x103))
	fmt.Println(unicode.MaxCase, unicode.UpperLower)
	var empty unicode.SpecialCase
	fmt.Println(empty.ToUpper('q'), strings.ToLowerSpecial(nil, "ABC"))
	f := unicode.TurkishCase.ToUpper
	fmt.Println(strings.Map(f, "fiil"))
	fmt.Printf("%T\n", sc[0].Delta)
}
