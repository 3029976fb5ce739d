package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	var b strings.Builder
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.Grow(10)
	fmt.Println(b.Len(), b.Cap() >= 10)
	b.WriteString("héllo")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.WriteRune(-1)
	b.Write([]byte{'!', '\n'})
	fmt.Fprintf(&b, "%05.1f|%-4s|%x", 3.14159, "ab", "hi")
	fmt.Printf("%q %d\n", b.String(), b.Len())
	b.Reset()
	fmt.Println(b.Len(), b.String())

	rot13 := func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r == ' ':
			return -1
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "Hello, World 123"), strings.Map(func(r rune) rune { return 'é' }, "abc"), strings.Map(unicode.ToUpper, "straße"))
	fmt.Println(strings.Title("hello wide-world o'neil _x 3d élan"), strings.ToTitle("ǆungla"))
	for _, p := range [][2]string{{"Go", "GO"}, {"straße", "STRASSE"}, {"ǅ", "ǆ"}, {"σ", "ς"}, {"K", "k"}, {"abc", "abd"}, {"", ""}, {"a", ""}} {
		fmt.Print(strings.EqualFold(p[0], p[1]), " ")
	}
	fmt.Println()
	s := "  The quick brown fox, the lazy dog; THE end.  "
	fmt.Println(strings.Fields(s))
	fmt.Println(strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }))
	fmt.Printf("%q\n", strings.Split("a,b,,c,", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 0))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitAfterN("a,b,c", ",", -1))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q\n", strings.Split("", ","))
	fmt.Println(strings.Count(s, "the"), strings.Count(strings.ToLower(s), "the"), strings.Count("five", ""))
	fmt.Println(strings.Index(s, "fox"), strings.LastIndex(s, "the"), strings.IndexAny(s, "xyz"), strings.LastIndexAny(s, "xyz"), strings.IndexByte(s, 'q'), strings.IndexRune(s, 'ö'), strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsUpper), strings.LastIndexByte(s, 'T'))
	fmt.Println(strings.Contains(s, "lazy"), strings.ContainsAny(s, "!?"), strings.ContainsRune(s, ';'), strings.HasPrefix(s, "  The"), strings.HasSuffix(s, ".  "))
	fmt.Printf("%q %q %q %q\n", strings.TrimSpace(s), strings.Trim(s, " .T"), strings.TrimLeft(s, " T"), strings.TrimRight(s, ". "))
	fmt.Printf("%q %q %q\n", strings.TrimPrefix(s, "  "), strings.TrimSuffix("file.tar.gz", ".gz"), strings.TrimFunc("123abc456", unicode.IsDigit))
	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	before, after, found = strings.Cut("novalue", "=")
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink oink", "oink", "moo", -1), strings.ReplaceAll("aaaa", "aa", "b"), strings.Replace("abc", "", "-", -1), strings.Replace("abc", "", "-", 2))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("<a href='x'>Tom & Jerry</a>"))
	r2 := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r2.Replace("aaaaaa"))
	r3 := strings.NewReplacer("", "X")
	fmt.Println(r3.Replace("abc"))
	n, err := r.WriteString(&b, "x<y")
	fmt.Println(n, err, b.String())
	fmt.Println(strings.Repeat("ab", 3), strings.Repeat("", 5), strings.Join([]string{"x", "y", "z"}, "::"), strings.Join(nil, ","))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	fmt.Println(strings.ToUpper("héllo wörld ß"), strings.ToLower("HÉLLO İ"), strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"))
	fmt.Println(strings.ToUpperSpecial(unicode.TurkishCase, "istanbul"), strings.ToLowerSpecial(unicode.TurkishCase, "ISTANBUL"))
	rd := strings.NewReader("hello reader")
	buf := make([]byte, 5)
	k, _ := rd.Read(buf)
	fmt.Println(k, string(buf), rd.Len(), rd.Size())
	rd.Seek(-6, 2)
	rest := make([]byte, 10)
	k, _ = rd.Read(rest)
	fmt.Println(string(rest[:k]))
	k2, err := rd.Read(rest)
	fmt.Println(k2, err)
	rd.Reset("xyz")
	by, _ := rd.ReadByte()
	rd.UnreadByte()
	ru, sz, _ := rd.ReadRune()
	fmt.Println(by, ru, sz, rd.UnreadRune(), rd.UnreadRune())
	fmt.Println(strings.Clone("clone"), strings.ContainsAny("", ""), strings.IndexAny("abc", ""))
	defer func() { fmt.Println("recovered:", recover()) }()
	strings.Repeat("x", -1)
}
