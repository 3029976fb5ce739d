package main

import (
	"fmt"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com; carol@nowhere.org"
	fmt.Println(re.MatchString(s), re.String(), re.NumSubexp(), re)
	fmt.Println(re.FindString(s), re.FindStringIndex(s))
	fmt.Println(re.FindStringSubmatch(s), re.FindStringSubmatchIndex(s))
	fmt.Println(re.FindAllString(s, -1), re.FindAllString(s, 1), re.FindAllString(s, 0) == nil)
	fmt.Println(re.FindAllStringIndex(s, -1))
	fmt.Println(re.FindAllStringSubmatch(s, -1))
	fmt.Println(re.FindAllStringSubmatchIndex(s, -1))
	fmt.Println(re.ReplaceAllString(s, "$2:$1"), re.ReplaceAllString(s, "${1}x"), re.ReplaceAllString(s, "$1x"))
	fmt.Println(re.ReplaceAllLiteralString(s, "$1"), re.ReplaceAllStringFunc(s, strings.ToUpper))
	fmt.Printf("%q\n", re.FindString("nothing"))
	fmt.Println(re.FindStringSubmatch("nothing") == nil, re.FindStringIndex("x") == nil, re.FindAllString("x", -1) == nil)

	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})(-(?P<day>\d{2}))?`)
	fmt.Printf("%q %d\n", named.SubexpNames(), named.SubexpIndex("month"))
	fmt.Println(named.SubexpIndex("nope"), named.SubexpIndex(""))
	fmt.Printf("%q\n", named.FindStringSubmatch("on 2023-07"))
	fmt.Println(named.ReplaceAllString("2023-07-04 and 1999-12", "${day}/${month}/${year}"))
	fmt.Println(named.ReplaceAllString("2023-07-04", "$month$$ $nope|$ $1a ${1}a $0 ${2"))
	tmpl := named.ExpandString(nil, "[$year]", "2020-01-02", named.FindStringSubmatchIndex("2020-01-02"))
	fmt.Println(string(tmpl))

	// empty matches
	e := regexp.MustCompile(`a*`)
	fmt.Printf("%q\n", e.FindAllString("baaab", -1))
	fmt.Println(e.FindAllStringIndex("baaab", -1))
	fmt.Println(e.ReplaceAllString("baaab", "-"), regexp.MustCompile(``).ReplaceAllString("héllo", "."))
	fmt.Printf("%q\n", regexp.MustCompile(`x*`).FindAllString("héllo", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`\b`).FindAllStringIndex("ab cd", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`(a|ab)(c|bcd)(d*)`).FindStringSubmatch("abcd"))

	// Split
	sp := regexp.MustCompile(`\s*,\s*`)
	fmt.Printf("%q\n", sp.Split("a , b,c ,d", -1))
	fmt.Printf("%q\n", sp.Split("a , b,c ,d", 2))
	fmt.Printf("%q %q %q\n", sp.Split("", -1), regexp.MustCompile(``).Split("abc", -1), regexp.MustCompile(`a`).Split("banana", 0))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).Split("baaac", -1))

	// bytes
	b := []byte("foo1bar22baz333")
	d := regexp.MustCompile(`\d+`)
	fmt.Println(d.Match(b), string(d.Find(b)), d.FindIndex(b), d.FindAllIndex(b, -1))
	fmt.Printf("%q %q\n", d.FindAll(b, 2), d.FindSubmatch(b))
	fmt.Printf("%s %s\n", d.ReplaceAll(b, []byte("<$0>")), d.ReplaceAllLiteral(b, []byte("#")))
	fmt.Printf("%s\n", d.ReplaceAllFunc(b, func(x []byte) []byte { return []byte(fmt.Sprint(len(x))) }))
	fmt.Println(d.ReplaceAll([]byte{}, []byte("x")) == nil, d.FindAllSubmatch(b, -1) != nil, d.FindAllSubmatchIndex(b, -1), d.FindSubmatchIndex(b))

	// flags, anchors, unicode, leftmost-first vs longest
	fmt.Println(regexp.MustCompile(`(?i)héllo`).MatchString("HÉLLO"), regexp.MustCompile(`(?m)^b$`).FindAllString("a\nb\nc", -1))
	fmt.Println(regexp.MustCompile(`(?s)a.b`).MatchString("a\nb"), regexp.MustCompile(`a.b`).MatchString("a\nb"))
	fmt.Println(regexp.MustCompile(`\p{Greek}+`).FindString("abc αβγ def"), regexp.MustCompile(`[[:upper:]]+`).FindString("abcDEF"))
	l := regexp.MustCompile(`a(|b)`)
	fmt.Println(l.FindString("ab"))
	l.Longest()
	fmt.Println(l.FindString("ab"))
	p := regexp.MustCompilePOSIX(`a+|a+b`)
	fmt.Println(p.FindString("aab"), regexp.MustCompile(`a+|a+b`).FindString("aab"))
	fmt.Println(regexp.MustCompile(`a+?`).FindString("aaa"), regexp.MustCompile(`(?U)a+`).FindString("aaa"))
	fmt.Println(regexp.MustCompile(`\Qa.b\E+`).FindString("a.bbb a.b"), regexp.QuoteMeta(`1.5*[x]+$^{}|\`))
	fmt.Println(regexp.MustCompile(`^\d`).FindAllString("1 2 3", -1), regexp.MustCompile(`\d$`).FindAllString("1 2 3", -1))

	ok, err := regexp.MatchString(`^[a-z]+\[[0-9]+\]$`, "adam[23]")
	fmt.Println(ok, err)
	ok, err = regexp.Match(`x+`, []byte("xxy"))
	fmt.Println(ok, err)
	for _, bad := range []string{`(`, `)`, `a**`, `[z-a]`, `\C`, `x\`, `(?<n>a)`, `a{1001}`, `\pX`, "\xff", `[[:foo:]]`, `*`} {
		_, err := regexp.Compile(bad)
		fmt.Println(err)
		ok, err := regexp.MatchString(bad, "x")
		fmt.Println(ok, err)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		regexp.MustCompile("a\x00(")
	}()
	regexp.MustCompile(`(`)
}
