// bytes_funcs.go - the bytes functions that mirror strings, on a small
// log-parsing job: Fields, Split, SplitN, Cut, Title-free case mapping,
// Trim*, Index*, Replace, Map, Equal/Compare, EqualFold, Count, Repeat, Join.
package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	data := []byte("  GET /index.html 200\nPOST /api/v1 500  \n\nGET /favicon.ico 404\n")
	lines := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	for i, l := range lines {
		f := bytes.Fields(l)
		fmt.Printf("%d %q %d\n", i, f, len(f))
	}
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c,d"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.SplitAfter([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a,b,c"), []byte(","), 2))
	fmt.Printf("%q\n", bytes.Split([]byte("abc"), nil))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b22c333"), unicode.IsDigit))
	before, after, found := bytes.Cut([]byte("key=value=x"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	before, after, found = bytes.Cut([]byte("novalue"), []byte("="))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Printf("%q\n", bytes.ToUpper([]byte("héllo")))
	fmt.Printf("%q\n", bytes.ToLower([]byte("HÉLLO")))
	fmt.Printf("%q\n", bytes.ToTitle([]byte("abc")))
	fmt.Printf("%q\n", bytes.Trim([]byte("xxhixx"), "x"))
	fmt.Printf("%q\n", bytes.TrimLeft([]byte("xxhixx"), "x"))
	fmt.Printf("%q\n", bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("%q\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")))
	fmt.Printf("%q\n", bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Println(bytes.Index([]byte("chicken"), []byte("ken")), bytes.LastIndex([]byte("go gopher"), []byte("go")))
	fmt.Println(bytes.IndexByte([]byte("abc"), 'c'), bytes.IndexRune([]byte("chicken"), 'k'), bytes.IndexAny([]byte("golang"), "xyzn"))
	fmt.Println(bytes.IndexFunc([]byte("Hello, 世界"), func(r rune) bool { return r > 127 }))
	fmt.Println(bytes.LastIndexByte([]byte("abcabc"), 'b'), bytes.LastIndexAny([]byte("golang"), "go"))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.ContainsAny([]byte("x"), ""), bytes.ContainsRune([]byte("abc"), 'b'))
	fmt.Println(bytes.HasPrefix([]byte("golang"), []byte("go")), bytes.HasSuffix([]byte("golang"), []byte("ng")))
	fmt.Printf("%q\n", bytes.Replace([]byte("oink oink oink"), []byte("k"), []byte("ky"), 2))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("oink oink"), []byte("oink"), []byte("moo")))
	fmt.Printf("%q\n", bytes.Replace([]byte("abc"), []byte(""), []byte("-"), -1))
	fmt.Printf("%q\n", bytes.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return unicode.ToUpper(r)
	}, []byte("banana")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, nil))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")), bytes.Count([]byte("cheese"), []byte("e")), bytes.Count([]byte("five"), nil))
	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte(", ")))
	fmt.Printf("%q\n", bytes.Title([]byte("her royal highness")))
	fmt.Printf("%q\n", bytes.Runes([]byte("héllo")))
	fmt.Printf("%q\n", bytes.TrimSpace([]byte(" \t\n x y \r\n")))
	fmt.Printf("%q\n", bytes.ToValidUTF8([]byte("a\xffb"), []byte("?")))
	fmt.Println(bytes.MinRead)
	var buf bytes.Buffer
	for i, l := range lines {
		if bytes.Contains(l, []byte(" 200")) {
			continue
		}
		fmt.Fprintf(&buf, "%d:%s\n", i, bytes.TrimSpace(l))
	}
	fmt.Print(buf.String())
}
