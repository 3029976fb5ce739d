package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

func classify(r rune) string {
	var cats []string
	for name, t := range unicode.Categories {
		if len(name) == 2 && unicode.Is(t, r) {
			cats = append(cats, name)
		}
	}
	sort.Strings(cats)
	script := "?"
	names := make([]string, 0, len(unicode.Scripts))
	for n := range unicode.Scripts {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if unicode.Is(unicode.Scripts[n], r) {
			script = n
			break
		}
	}
	var props []string
	for n, t := range unicode.Properties {
		if unicode.Is(t, r) {
			props = append(props, n)
		}
	}
	sort.Strings(props)
	return fmt.Sprintf("%q %s %s %s", r, strings.Join(cats, ","), script, strings.Join(props, ","))
}

func main() {
	fmt.Println(unicode.Version, len(unicode.Categories), len(unicode.Scripts), len(unicode.Properties))
	fmt.Println(unicode.Categories["Lu"] == unicode.Lu, unicode.Lu == unicode.Upper, unicode.Scripts["Greek"] == unicode.Greek,
		unicode.Properties["STerm"] == unicode.Sentence_Terminal, unicode.Categories["Nd"] == unicode.Digit, unicode.Categories["Xx"] == nil)
	for _, r := range "aZ9 _-!é€≠日ア한ـ\u0300\u200d😀\U000E0001" {
		fmt.Println(classify(r))
	}
	fmt.Println(len(unicode.GraphicRanges), len(unicode.PrintRanges), unicode.GraphicRanges[0] == unicode.L, unicode.PrintRanges[4] == unicode.S)
	fmt.Println(unicode.IsOneOf(unicode.GraphicRanges, '\u3000'), unicode.IsOneOf(unicode.PrintRanges, '\u3000'))
	t := unicode.Categories["Zs"]
	fmt.Println(len(t.R16), len(t.R32), t.LatinOffset, t.R16[0])
	unicode.Categories["Mine"] = &unicode.RangeTable{R16: []unicode.Range16{{Lo: 'a', Hi: 'f', Stride: 1}}}
	fmt.Println(unicode.Is(unicode.Categories["Mine"], 'c'), len(unicode.Categories))
	var sizes []string
	for _, n := range []string{"Latin", "Greek", "Han", "Common", "Inherited"} {
		s := unicode.Scripts[n]
		sizes = append(sizes, fmt.Sprintf("%s:%d/%d", n, len(s.R16), len(s.R32)))
	}
	fmt.Println(sizes)
}
