package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	var b bytes.Buffer
	fmt.Println(b.Len(), b.Cap(), b.String() == "")
	b.WriteString("hello")
	b.WriteByte(' ')
	b.WriteRune('世')
	b.Write([]byte("!\nsecond line\nthird"))
	fmt.Println(b.Len(), b.Cap())
	line, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", line, err)
	lb, err := b.ReadBytes('\n')
	fmt.Printf("%q %v\n", lb, err)
	rest, err := b.ReadString('\n')
	fmt.Printf("%q %v\n", rest, err)
	_, err = b.ReadByte()
	fmt.Println(err)

	b.Reset()
	b.WriteString("αβγ abc")
	r, size, _ := b.ReadRune()
	fmt.Println(string(r), size, b.UnreadRune(), b.UnreadRune())
	c, _ := b.ReadByte()
	fmt.Println(c, b.UnreadByte(), b.Len())
	fmt.Printf("%q\n", b.Next(4))
	fmt.Println(b.String())
	b.Truncate(2)
	fmt.Printf("%q\n", b.String())
	b.Grow(1000)
	fmt.Println(b.Cap() >= 1000)

	bb := bytes.NewBufferString("from string")
	bb.WriteTo(os.Stdout)
	fmt.Println()
	nb := bytes.NewBuffer([]byte("abc"))
	n, err := nb.ReadFrom(strings.NewReader("def"))
	fmt.Println(n, err, nb.String())
	big := bytes.Buffer{}
	for i := 0; i < 100; i++ {
		fmt.Fprintf(&big, "%d,", i)
	}
	fmt.Println(big.Len(), big.Cap())
	p := make([]byte, 10)
	k, _ := big.Read(p)
	fmt.Println(k, string(p))
	var nilbuf *bytes.Buffer
	fmt.Println(nilbuf.String())

	br := bytes.NewReader([]byte("reader text"))
	fmt.Println(br.Len(), br.Size())
	q := make([]byte, 6)
	br.Read(q)
	fmt.Println(string(q), br.Len())
	br.Seek(0, io.SeekStart)
	all, _ := io.ReadAll(br)
	fmt.Println(string(all))

	s := []byte("  Hello, World! Hello!  ")
	fmt.Println(bytes.Contains(s, []byte("World")), bytes.Count(s, []byte("Hello")), bytes.Index(s, []byte("o")))
	fmt.Println(bytes.LastIndex(s, []byte("Hello")), bytes.IndexByte(s, 'W'), bytes.IndexRune(s, 'd'))
	fmt.Printf("%q %q %q\n", bytes.TrimSpace(s), bytes.ToUpper(s), bytes.ToLower(s))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,,c"), []byte(","), 2))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("x"), []byte("y"), []byte("z")}, []byte("-")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%s\n", bytes.ReplaceAll([]byte("oink oink"), []byte("k"), []byte("ky")))
	fmt.Printf("%s\n", bytes.Replace([]byte("oink oink"), []byte("oink"), []byte("moo"), 1))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Equal(nil, []byte{}), bytes.Compare([]byte("a"), []byte("b")))
	fmt.Println(bytes.HasPrefix(s, []byte("  He")), bytes.HasSuffix(s, []byte("!  ")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Printf("%s|%s\n", bytes.TrimLeft([]byte("xxhixx"), "x"), bytes.TrimRight([]byte("xxhixx"), "x"))
	fmt.Printf("%s|%s\n", bytes.TrimPrefix([]byte("prefix-body"), []byte("prefix-")), bytes.TrimSuffix([]byte("body.go"), []byte(".go")))
	fmt.Printf("%s\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	fmt.Printf("%s\n", bytes.Map(func(r rune) rune { return r + 1 }, []byte("HAL")))
	before, after, found := bytes.Cut([]byte("key=value"), []byte("="))
	fmt.Printf("%s %s %v\n", before, after, found)
	fmt.Println(bytes.Runes([]byte("héllo")), bytes.ContainsAny([]byte("abc"), "xyzc"), bytes.ContainsRune([]byte("abc"), 'b'))
	fmt.Println(bytes.IndexAny([]byte("golang"), "nl"), bytes.LastIndexByte([]byte("golang"), 'g'), bytes.MinRead)
	fmt.Printf("%s\n", bytes.Title([]byte("hello world")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c3"), unicode.IsDigit))
}
