package main

import (
	"bufio"
	"bytes"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

var seed uint32 = 9

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 16) % uint32(n))
}

func gen(alphabet string, maxLen int) string {
	n := rnd(maxLen + 1)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(alphabet[rnd(len(alphabet))])
	}
	return b.String()
}

type chunky struct {
	r io.Reader
	k int
}

func (c *chunky) Read(p []byte) (int, error) {
	if len(p) > c.k {
		p = p[:c.k]
	}
	return c.r.Read(p)
}

func src() io.Reader {
	s := gen("abcdef\n", 30)
	switch rnd(4) {
	case 0:
		return strings.NewReader(s)
	case 1:
		return &chunky{strings.NewReader(s), 1 + rnd(4)}
	case 2:
		return io.MultiReader(strings.NewReader(s), &chunky{strings.NewReader(gen("xy", 5)), 2})
	default:
		return io.LimitReader(strings.NewReader(s), int64(rnd(20)))
	}
}

func main() {
	for i := 0; i < 200; i++ {
		buf := make([]byte, rnd(12))
		n, err := io.ReadAtLeast(src(), buf, rnd(len(buf)+2))
		var w bytes.Buffer
		c, err2 := io.CopyN(&w, src(), int64(rnd(25)))
		all, err3 := io.ReadAll(src())
		n4, err4 := io.ReadFull(src(), make([]byte, rnd(10)))
		fmt.Println(n, err, c, err2, w.String(), len(all), err3, n4, err4)
	}
	for i := 0; i < 100; i++ {
		r := bufio.NewReaderSize(src(), 16)
		var parts []string
		for k := 0; k < 6; k++ {
			line, err := r.ReadSlice(byte("a\nb"[rnd(3)]))
			parts = append(parts, fmt.Sprintf("%q/%v", line, err))
			if err == io.EOF {
				break
			}
		}
		fmt.Println(strings.Join(parts, " "))
	}
	for i := 0; i < 30; i++ {
		fmt.Print(hex.Dump([]byte(gen("ab\x00\xff~ ", 40))))
	}
	dir, _ := os.MkdirTemp("", "fops")
	defer os.RemoveAll(dir)
	f, _ := os.Create(filepath.Join(dir, "f"))
	for i := 0; i < 150; i++ {
		switch rnd(5) {
		case 0:
			n, err := f.WriteString(gen("xyz", 6))
			fmt.Println("w", n, err)
		case 1:
			p := make([]byte, rnd(8))
			n, err := f.Read(p)
			fmt.Printf("r %d %v %q\n", n, err, p[:n])
		case 2:
			off, err := f.Seek(int64(rnd(20)-4), rnd(3))
			fmt.Println("s", off, err != nil)
		case 3:
			p := make([]byte, rnd(6))
			n, err := f.ReadAt(p, int64(rnd(15)))
			fmt.Printf("ra %d %v %q\n", n, err, p[:n])
		case 4:
			n, err := f.WriteAt([]byte(gen("Q", 3)), int64(rnd(10)))
			fmt.Println("wa", n, err)
		}
	}
	f.Close()
	data, _ := os.ReadFile(filepath.Join(dir, "f"))
	fmt.Printf("%q\n", data)
}
