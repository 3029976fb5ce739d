// regexp's Unicode classes are Go 1.19's (Unicode 13.0), not RE2's newer
// tables: for each pattern, the count of runes where the match differs
// from the unicode package (0 everywhere), then matches on mixed text and
// the errors for names Go does not know. Runes 0..0x200FF, the ends of the
// CJK extension blocks in planes 2 and 3 (where Unicode 14 and 15 added
// Han), 0xE0000..0xE0FFF and 0x10FF00..0x10FFFF are tried.
package main

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// folded: r or a rune of its SimpleFold orbit is in t (Go's (?i) class).
func folded(t *unicode.RangeTable, r rune) bool {
	if unicode.Is(t, r) {
		return true
	}
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		if unicode.Is(t, f) {
			return true
		}
	}
	return false
}

// differ: how many runes are in one of the ascending rune lists a and b
// but not the other, and the first of them.
func differ(a, b string) (int, rune) {
	n, first := 0, rune(-1)
	note := func(r rune) {
		if n == 0 {
			first = r
		}
		n++
	}
	for a != "" || b != "" {
		ra, wa := utf8.DecodeRuneInString(a)
		rb, wb := utf8.DecodeRuneInString(b)
		switch {
		case b == "" || a != "" && ra < rb:
			note(ra)
			a = a[wa:]
		case a == "" || rb < ra:
			note(rb)
			b = b[wb:]
		default:
			a, b = a[wa:], b[wb:]
		}
	}
	return n, first
}

type check struct {
	pat  string
	want func(r rune) bool
}

func is(t *unicode.RangeTable) func(rune) bool { return func(r rune) bool { return unicode.Is(t, r) } }
func not(t *unicode.RangeTable) func(rune) bool {
	return func(r rune) bool { return !unicode.Is(t, r) }
}

func main() {
	checks := []check{
		{`\p{Han}`, is(unicode.Han)},
		{`\p{Greek}`, is(unicode.Greek)},
		{`\pL`, is(unicode.L)},
		{`\p{L}`, is(unicode.L)},
		{`\p{Lu}`, is(unicode.Lu)},
		{`\p{Nd}`, is(unicode.Nd)},
		{`\pN`, is(unicode.N)},
		{`\p{P}`, is(unicode.P)},
		{`\p{S}`, is(unicode.S)},
		{`\p{Sc}`, is(unicode.Sc)},
		{`\p{Latin}`, is(unicode.Latin)},
		{`\p{Cyrillic}`, is(unicode.Cyrillic)},
		{`\p{Arabic}`, is(unicode.Arabic)},
		{`\p{Zs}`, is(unicode.Zs)},
		{`\p{Common}`, is(unicode.Common)},
		{`\p{Cs}`, func(r rune) bool { return false }},
		{`\p{Any}`, func(r rune) bool { return true }},
		{`\P{Han}`, not(unicode.Han)},
		{`\PL`, not(unicode.L)},
		{`\p{^Greek}`, not(unicode.Greek)},
		{`\P{^Nd}`, is(unicode.Nd)},
		{`[\p{Han}a]`, func(r rune) bool { return r == 'a' || unicode.Is(unicode.Han, r) }},
		{`[^\p{Lu}]`, not(unicode.Lu)},
		{`[\P{Nd}]`, not(unicode.Nd)},
		{`[\P{Nd}5]`, func(r rune) bool { return r == '5' || !unicode.Is(unicode.Nd, r) }},
		{`[^\P{Arabic}]`, is(unicode.Arabic)},
		{`[\p{Zs}\p{Sc}x-z]`, func(r rune) bool {
			return unicode.Is(unicode.Zs, r) || unicode.Is(unicode.Sc, r) || r >= 'x' && r <= 'z'
		}},
		{`[\P{Any}x]`, func(r rune) bool { return r == 'x' }},
		{`(?i)\p{Lu}`, func(r rune) bool { return folded(unicode.Lu, r) }},
		{`(?i)\p{Ll}`, func(r rune) bool { return folded(unicode.Ll, r) }},
		{`(?i)\p{Greek}`, func(r rune) bool { return folded(unicode.Greek, r) }},
		{`(?i)\p{Han}`, func(r rune) bool { return folded(unicode.Han, r) }},
		{`(?i)\p{So}`, func(r rune) bool { return folded(unicode.So, r) }},
		{`(?i)\p{Nl}`, func(r rune) bool { return folded(unicode.Nl, r) }},
		{`(?i)\p{Mn}`, func(r rune) bool { return folded(unicode.Mn, r) }},
		{`(?i)\p{Latin}`, func(r rune) bool { return folded(unicode.Latin, r) }},
		{`(?i)[\p{Mn}\p{Cherokee}]`, func(r rune) bool { return folded(unicode.Mn, r) || folded(unicode.Cherokee, r) }},
		{`(?i)\P{Lu}`, func(r rune) bool { return !folded(unicode.Lu, r) }},
		{`(?i)[\P{Lu}]`, func(r rune) bool { return !folded(unicode.Lu, r) }},
		{`(?i)[^\p{Lt}]`, func(r rune) bool { return !folded(unicode.Lt, r) }},
		{`(?i:\p{Lu})|\p{Nd}`, func(r rune) bool { return folded(unicode.Lu, r) || unicode.Is(unicode.Nd, r) }},
		{`(?i)(?-i:\p{Lu})`, is(unicode.Lu)},
		{`(?i)(\p{Lu})(?-i)\P{Lu}`, nil},
	}
	// all: every rune tried, ascending; a class removes what it matches.
	var all strings.Builder
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue // string(r) would be "\uFFFD"
		}
		switch r { // planes 2 and 3 (CJK extensions): the ends of their blocks
		case 0x20100:
			r = 0x2A6C0
		case 0x2A700:
			r = 0x2B730
		case 0x2B840:
			r = 0x2CEA0
		case 0x2CEC0:
			r = 0x2EBD0
		case 0x2EC00:
			r = 0x30000
		case 0x30100:
			r = 0x31340
		case 0x323C0:
			r = 0xE0000 // planes 4 to 13 hold nothing: sample their ends
		case 0xE1000:
			r = 0x10FF00
		}
		all.WriteRune(r)
	}
	for _, c := range checks {
		if c.want == nil {
			re := regexp.MustCompile(`^(?:` + c.pat + `)$`)
			fmt.Println(c.pat, re.FindStringSubmatch("aB"), re.FindStringSubmatch("ab"), re.FindStringSubmatch("Ab"))
			continue
		}
		left := regexp.MustCompile(c.pat).ReplaceAllString(all.String(), "")
		var want strings.Builder
		for _, r := range all.String() {
			if !c.want(r) {
				want.WriteRune(r)
			}
		}
		n, first := differ(left, want.String())
		fmt.Printf("%-28s differ %d", c.pat, n)
		if n > 0 {
			fmt.Printf(" (first %U)", first)
		}
		fmt.Println()
	}

	text := "Hello, Мир! 世界 ١٢٣ €5 Ωμέγα ǅ x_y 𝐀𝟘 \u0870\U0001E290"
	for _, p := range []string{`\p{L}+`, `\p{Han}+`, `\P{L}+`, `[\p{Nd}\p{Sc}]+`, `(?i)\p{Lu}+`, `\p{Greek}+`, `[^\p{L}\s]+`, `\p{Lt}`, `[\p{Cyrillic}\p{Han}]+`, `\pN\pL*`} {
		re := regexp.MustCompile(p)
		fmt.Printf("%s %q %s\n", p, re.FindAllString(text, -1), re.String())
	}

	for _, p := range []string{`\p{Emoji}`, `\p{Foo}`, `\pX`, `\p{Cn}`, `\p{Vithkuqi}`, `\p{Letter}`, `\p{White_Space}`, `[a\p{Toto}]`, `a**\p{Foo}`,
		`(\p{Han}`, `\p{Han`, `\p`, `\p{}`, `\p{^}`, `[\p{Han}`, `x\p{Greek}[`, `\P{Foo}|\p{Bar}`, `[z-\p{Han}]`} {
		_, err := regexp.Compile(p)
		fmt.Printf("%-18s %v\n", p, err)
	}
	_, err := regexp.CompilePOSIX(`\p{Han}`)
	fmt.Println("POSIX", err)
}
