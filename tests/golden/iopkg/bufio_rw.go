package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "bufio")
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "lines.txt")
	f, _ := os.Create(name)
	w := bufio.NewWriter(f)
	for i := 1; i <= 5; i++ {
		fmt.Fprintf(w, "line %d\n", i)
	}
	fmt.Println(w.Buffered(), w.Available(), w.Size())
	w.Flush()
	f.Close()

	f, _ = os.Open(name)
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fmt.Println("scan:", sc.Text())
	}
	fmt.Println(sc.Err())
	f.Close()

	f, _ = os.Open(name)
	r := bufio.NewReader(f)
	for {
		s, err := r.ReadString('\n')
		if err != nil {
			fmt.Printf("end %q %v\n", s, err)
			break
		}
		fmt.Print("read: ", s)
	}
	f.Close()

	words := bufio.NewScanner(strings.NewReader("the quick  brown\tfox\njumps"))
	words.Split(bufio.ScanWords)
	n := 0
	for words.Scan() {
		n++
		fmt.Print(words.Text(), "|")
	}
	fmt.Println(n)

	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print(runes.Text(), ".")
	}
	fmt.Println()

	br := bufio.NewReader(strings.NewReader("αβ\r\nsecond\nlast"))
	rn, size, _ := br.ReadRune()
	fmt.Println(string(rn), size, br.UnreadRune())
	peek, err := br.Peek(3)
	fmt.Printf("%q %v\n", peek, err)
	line, isPrefix, err := br.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	b, _ := br.ReadByte()
	fmt.Println(string(b), br.UnreadByte(), br.UnreadByte())
	bs, err := br.ReadBytes('\n')
	fmt.Printf("%q %v\n", bs, err)
	line, isPrefix, err = br.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)
	line, isPrefix, err = br.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)

	small := bufio.NewReaderSize(strings.NewReader("a fairly long line without a newline"), 16)
	fmt.Println(small.Size())
	line, isPrefix, err = small.ReadLine()
	fmt.Printf("%q %v %v\n", line, isPrefix, err)

	var out bytes.Buffer
	bw := bufio.NewWriterSize(&out, 16)
	bw.WriteString("0123456789")
	fmt.Println(out.Len())
	bw.WriteString("abcdefghij")
	fmt.Println(out.Len())
	bw.WriteRune('é')
	bw.WriteByte('!')
	bw.Flush()
	fmt.Println(out.String())

	cr := bufio.NewReader(strings.NewReader("copy via WriteTo"))
	io.Copy(os.Stdout, cr)
	fmt.Println()
	p := make([]byte, 4)
	rr := bufio.NewReader(strings.NewReader("abcdefg"))
	k, err := rr.Read(p)
	fmt.Println(k, err, string(p[:k]), rr.Buffered())
	d, err := rr.Discard(2)
	fmt.Println(d, err)
	k, err = rr.Read(p)
	fmt.Println(k, err, string(p[:k]))
	k, err = rr.Read(p)
	fmt.Println(k, err)

	sc2 := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	sc2.Buffer(make([]byte, 10), 20)
	for sc2.Scan() {
	}
	fmt.Println(sc2.Err())
	stdw := bufio.NewWriter(os.Stdout)
	defer stdw.Flush()
	fmt.Fprintln(stdw, "buffered stdout")
}
