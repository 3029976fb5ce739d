// regexp_fold: (?i) case folding of literals and classes is Go 1.19's
// (Unicode 13 SimpleFold orbits), also for runes RE2's newer tables fold
// (Glagolitic U+2C2F, Vithkuqi, Latin U+A7C0..).
package main

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
)

func main() {
	var cand []rune
	for r := rune(0); r < 0x20000; r++ {
		if unicode.SimpleFold(r) != r {
			cand = append(cand, r)
		}
	}
	extra := []rune{0x2C2F, 0x2C5F, 0xA7C0, 0xA7C1, 0xA7D0, 0xA7D1, 0xA7D6, 0xA7D7, 0xA7D8, 0xA7D9, 0x264, 0xA7CB}
	for r := rune(0x10570); r <= 0x105BC; r++ {
		extra = append(extra, r)
	}
	cand = append(cand, extra...)
	text := string(cand)
	idx := map[int]rune{}
	for i, r := range text {
		idx[i] = r
	}
	runes := func(re *regexp.Regexp) string {
		var b strings.Builder
		for _, m := range re.FindAllStringIndex(text, -1) {
			fmt.Fprintf(&b, " %X", idx[m[0]])
		}
		return b.String()
	}
	diff := 0
	for _, r := range cand {
		lit := runes(regexp.MustCompile(`(?i)` + regexp.QuoteMeta(string(r))))
		cls := runes(regexp.MustCompile(fmt.Sprintf(`(?i)[\x{%X}]`, r)))
		if lit != cls {
			diff++
		}
		fmt.Printf("%X:%s\n", r, lit)
	}
	for _, r := range extra[:14] {
		fmt.Printf("[^%X] %d\n", r, len(regexp.MustCompile(fmt.Sprintf(`(?i)[^\x{%X}]`, r)).FindAllStringIndex(text, -1)))
	}
	for _, p := range []string{`(?i)[\x{2C00}-\x{2C5F}]`, `(?i)[^\x{2C00}-\x{2C30}]`, `(?i)[\x{10570}-\x{10580}a-c]`, `(?i)[^\x{10570}-\x{10580}a-c]`,
		`(?i)\x{10570}+`, `(?i)\Q` + "\U00010570x\u2C2F" + `\E`, `(?i)[\x{10570}\pL]`, `(?i)[\x{10570}[:alpha:]]`, `(?i)[\x{10570}-\x{10571}]{2}`,
		`(?i)(?-i:\x{2C2F})\x{2C2F}`, `(?i)[\x{2C2F}\d]`, `(?i)[^\x{2C2F}\d]`, `(?i)` + "\u2C2F|\U00010597", `(?i:\x{A7C0})x`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%q %d%s\n", p, re.NumSubexp(), runes(re))
		pre, complete := re.LiteralPrefix()
		fmt.Printf("  %q %v %d\n", pre, complete, len(re.FindAllStringIndex(text, -1)))
	}
}
