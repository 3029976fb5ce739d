package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	rs := []rune{'a', 'Z', '5', '٣', '½', 'Ⅻ', ' ', '\t', '\u00a0', '\u2028', '\u200b', '!', '¿', '€', '$', '+', '^', '`', 'é', 'ß', 'ǅ', 'Σ', 'ς', 'ﬃ', '日', 'ア', '한', '\u0301', '\x7f', '\x00', 0x10ffff, 0x110000, -1, '🎉', 'İ', 'ı', 'K', 'Å'}
	for _, r := range rs {
		fmt.Printf("%U L%v U%v l%v T%v D%v N%v S%v P%v M%v C%v G%v Pr%v Sp%v | %q %q %q | %q\n", r,
			b(unicode.IsLetter(r)), b(unicode.IsUpper(r)), b(unicode.IsLower(r)), b(unicode.IsTitle(r)), b(unicode.IsDigit(r)), b(unicode.IsNumber(r)),
			b(unicode.IsSymbol(r)), b(unicode.IsPunct(r)), b(unicode.IsMark(r)), b(unicode.IsControl(r)), b(unicode.IsGraphic(r)), b(unicode.IsPrint(r)), b(unicode.IsSpace(r)),
			unicode.ToUpper(r), unicode.ToLower(r), unicode.ToTitle(r), unicode.SimpleFold(r))
	}
	scripts := map[string]*unicode.RangeTable{"Latin": unicode.Latin, "Greek": unicode.Greek, "Cyrillic": unicode.Cyrillic, "Han": unicode.Han, "Hiragana": unicode.Hiragana, "Katakana": unicode.Katakana, "Hangul": unicode.Hangul, "Arabic": unicode.Arabic, "Hebrew": unicode.Hebrew, "Devanagari": unicode.Devanagari, "Thai": unicode.Thai}
	names := []string{"Latin", "Greek", "Cyrillic", "Han", "Hiragana", "Katakana", "Hangul", "Arabic", "Hebrew", "Devanagari", "Thai"}
	text := "Hello Ωμέγα Привет 日本語 ひらがな カタカナ 한국어 مرحبا שלום नमस्ते สวัสดี"
	counts := map[string]int{}
	for _, r := range text {
		for _, n := range names {
			if unicode.Is(scripts[n], r) {
				counts[n]++
			}
		}
	}
	for _, n := range names {
		fmt.Println(n, counts[n])
	}
	fmt.Println(unicode.In('ä', unicode.Latin, unicode.Greek), unicode.In('ä', unicode.Greek), unicode.IsOneOf([]*unicode.RangeTable{unicode.Digit, unicode.Letter}, '7'))
	cats := []struct {
		n string
		t *unicode.RangeTable
	}{{"Lu", unicode.Lu}, {"Ll", unicode.Ll}, {"Lt", unicode.Lt}, {"Lm", unicode.Lm}, {"Lo", unicode.Lo}, {"Mn", unicode.Mn}, {"Mc", unicode.Mc}, {"Me", unicode.Me}, {"Nd", unicode.Nd}, {"Nl", unicode.Nl}, {"No", unicode.No},
		{"Pc", unicode.Pc}, {"Pd", unicode.Pd}, {"Ps", unicode.Ps}, {"Pe", unicode.Pe}, {"Pi", unicode.Pi}, {"Pf", unicode.Pf}, {"Po", unicode.Po}, {"Sm", unicode.Sm}, {"Sc", unicode.Sc}, {"Sk", unicode.Sk}, {"So", unicode.So},
		{"Zs", unicode.Zs}, {"Zl", unicode.Zl}, {"Zp", unicode.Zp}, {"Cc", unicode.Cc}, {"Cf", unicode.Cf}, {"Co", unicode.Co}, {"Cs", unicode.Cs}}
	for _, c := range cats {
		n := 0
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if unicode.Is(c.t, r) {
				n++
			}
		}
		fmt.Print(c.n, "=", n, " ")
	}
	fmt.Println()
	fmt.Println(len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties), unicode.Version)
	for _, p := range []string{"White_Space", "Dash", "Hex_Digit", "Quotation_Mark", "Diacritic"} {
		n := 0
		for r := rune(0); r < 0x3000; r++ {
			if unicode.Is(unicode.Properties[p], r) {
				n++
			}
		}
		fmt.Print(p, "=", n, " ")
	}
	fmt.Println()
	fmt.Println(unicode.SpecialCase(unicode.TurkishCase).ToUpper('i'), unicode.TurkishCase.ToLower('I'), unicode.AzeriCase.ToTitle('i'))
	fmt.Println(unicode.MaxASCII, unicode.MaxLatin1, unicode.ReplacementChar, unicode.UpperCase, unicode.LowerCase, unicode.TitleCase, unicode.MaxCase)
	fmt.Println(unicode.To(unicode.UpperCase, 'q'), unicode.To(unicode.TitleCase, 'ǆ'), unicode.To(5, 'a'))
	b := []byte("héllo, 世界\xff!")
	for len(b) > 0 {
		r, sz := utf8.DecodeRune(b)
		fmt.Print(string(r), sz, utf8.RuneLen(r), utf8.ValidRune(r), " ")
		b = b[sz:]
	}
	fmt.Println()
	lr, lsz := utf8.DecodeLastRuneInString("ab€")
	fmt.Println(lr, lsz, utf8.RuneCountInString("ab€\xe2\x82"), utf8.FullRune([]byte{0xe2, 0x82}), utf8.RuneStart(0x82), utf8.AppendRune(nil, 'ß'))
	buf := make([]byte, 4)
	fmt.Println(utf8.EncodeRune(buf, 0xd800), buf, utf8.ValidString("a\xc0\x80"))
}

func b(v bool) int {
	if v {
		return 1
	}
	return 0
}
