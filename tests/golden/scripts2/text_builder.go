// text_builder.go - generate a report with strings.Builder, escape with
// strings.NewReplacer, and clean up input with the strings functions.
package main

import (
	"fmt"
	"strings"
	"unicode"
)

var htmlEscaper = strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&#39;")

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}

func main() {
	items := []string{"Fish & Chips", `"Quoted" <tag>`, "  Crème brûlée  ", "Tom's Diner!!", "ÜBER cool 2.0"}
	var b strings.Builder
	b.Grow(256)
	b.WriteString("<ul>\n")
	for i, it := range items {
		fmt.Fprintf(&b, "  <li id=%q>%s</li>\n", slug(it), htmlEscaper.Replace(strings.TrimSpace(it)))
		if i == 1 {
			b.WriteString("  <!-- middle -->\n")
		}
	}
	b.WriteString("</ul>")
	fmt.Println(b.String())
	fmt.Println(b.Len(), strings.Count(b.String(), "\n"))

	r := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r.Replace("aaaa"), strings.NewReplacer("aaa", "3", "aa", "2", "a", "1").Replace("aaaa"))
	fmt.Println(strings.NewReplacer("", "-").Replace("abc"))
	var sb strings.Builder
	n, err := htmlEscaper.WriteString(&sb, "<a href='x'>")
	fmt.Println(n, err, sb.String())

	csvish := "  name = Ann ; age=41;; city =  Oslo  ;"
	fields := strings.FieldsFunc(csvish, func(r rune) bool { return r == ';' })
	for _, f := range fields {
		k, v, ok := strings.Cut(f, "=")
		fmt.Printf("%q %q %v\n", strings.TrimSpace(k), strings.TrimSpace(v), ok)
	}
	fmt.Println(strings.Title("hello wide world"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a b\tc\nd"))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c,d", ",", 3))
	fmt.Println(strings.LastIndexAny("golang", "gn"), strings.IndexFunc("abc1", unicode.IsDigit), strings.ContainsRune("abc", 'c'))
	fmt.Printf("%q\n", strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
}
