package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

var seed uint32 = 7

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 16) % uint32(n))
}

func main() {
	var b bytes.Buffer
	for i := 0; i < 400; i++ {
		switch rnd(9) {
		case 0:
			b.WriteString(strings.Repeat("x", rnd(100)))
		case 1:
			p := make([]byte, rnd(50))
			n, err := b.Read(p)
			fmt.Print("R", n, err, " ")
		case 2:
			b.Grow(rnd(300))
		case 3:
			if b.Len() > 0 {
				b.Truncate(rnd(b.Len()))
			}
		case 4:
			b.WriteRune(rune(0x41 + rnd(0x3000)))
		case 5:
			r, sz, err := b.ReadRune()
			fmt.Print("U", r, sz, err, b.UnreadRune(), " ")
		case 6:
			fmt.Print("N", len(b.Next(rnd(20))), " ")
		case 7:
			b.WriteByte(byte(rnd(256)))
		case 8:
			if rnd(10) == 0 {
				b.Reset()
			}
		}
		fmt.Println(b.Len(), b.Cap())
	}
	sr := strings.NewReader("héllo, wörld")
	br := bytes.NewReader([]byte("héllo, wörld"))
	for i := 0; i < 60; i++ {
		switch rnd(5) {
		case 0:
			p := make([]byte, rnd(5))
			n1, e1 := sr.Read(p)
			n2, e2 := br.Read(p)
			fmt.Println("read", n1, e1, n2, e2)
		case 1:
			r1, s1, e1 := sr.ReadRune()
			r2, s2, e2 := br.ReadRune()
			fmt.Println("rune", r1, s1, e1, r2, s2, e2)
		case 2:
			fmt.Println("unread", sr.UnreadRune(), br.UnreadRune(), sr.UnreadByte(), br.UnreadByte())
		case 3:
			off := int64(rnd(20) - 5)
			wh := rnd(3)
			p1, e1 := sr.Seek(off, wh)
			p2, e2 := br.Seek(off, wh)
			fmt.Println("seek", p1, e1, p2, e2)
		case 4:
			c1, e1 := sr.ReadByte()
			c2, e2 := br.ReadByte()
			fmt.Println("byte", c1, e1, c2, e2, sr.Len(), br.Len())
		}
	}
	rest, _ := io.ReadAll(sr)
	fmt.Println(string(rest))
}
