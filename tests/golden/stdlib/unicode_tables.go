package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func main() {
	for _, r := range []rune{'a', 'A', 'é', 'Ω', '中', 'あ', 'ア', '한', '٣', ' ', '\u2028', '!', '€', 'K', 'k', 'ſ', '\u212a', 'ǅ', -1, 0x10ffff + 1} {
		fmt.Println(string(r), unicode.Is(unicode.Latin, r), unicode.Is(unicode.Han, r), unicode.In(r, unicode.Hiragana, unicode.Katakana),
			unicode.Is(unicode.Greek, r), unicode.Is(unicode.Hangul, r), unicode.Is(unicode.Letter, r), unicode.Is(unicode.Upper, r),
			unicode.Is(unicode.Nd, r), unicode.Is(unicode.White_Space, r), unicode.IsOneOf([]*unicode.RangeTable{unicode.Sc, unicode.Po}, r),
			unicode.SimpleFold(r), unicode.To(unicode.UpperCase, r), unicode.To(unicode.LowerCase, r), unicode.To(unicode.TitleCase, r))
	}
	fmt.Println(len(unicode.Latin.R16), unicode.Latin.LatinOffset, unicode.Han.R32[0], unicode.Upper.R16[0])
	my := &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'z', Stride: 2}}}
	fmt.Println(unicode.Is(my, 'c'), unicode.Is(my, 'd'), unicode.In('x'), unicode.To(7, 'a'))
	s := "héllo 世界 ΑΒΓ"
	n := 0
	for _, r := range s {
		if unicode.In(r, unicode.Han, unicode.Greek) {
			n++
		}
	}
	fmt.Println(n)
	i, found := sort.Find(5, func(i int) int { return 3 - i })
	fmt.Println(i, found)
	i, found = sort.Find(5, func(i int) int { return -1 })
	fmt.Println(i, found)
	fmt.Println(strings.Clone("abc"), strings.ToValidUTF8("a\xff\xfeb\xffc", "?"), strings.ToValidUTF8("ok", "?"), strings.ToValidUTF8("\xff", ""))
	for r := 'A'; r != 'A' || r == 'A'; {
		fmt.Print(string(r), " ")
		r = unicode.SimpleFold(r)
		if r == 'A' {
			break
		}
	}
	fmt.Println()
}
