package main

import (
	"bytes"
	"container/heap"
	"container/list"
	"fmt"
	"math/bits"
	"math/rand"
	"strings"
	"text/tabwriter"
	"unicode"
)

type IH []int

func (h IH) Len() int           { return len(h) }
func (h IH) Less(i, j int) bool { return h[i] < h[j] }
func (h IH) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *IH) Push(x any)        { *h = append(*h, x.(int)) }
func (h *IH) Pop() any          { o := *h; x := o[len(o)-1]; *h = o[:len(o)-1]; return x }

func main() {
	r := rand.New(rand.NewSource(13))
	h := uint32(0)
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h = h*16777619 ^ uint32(s[i])
		}
	}
	// rand: every method
	for i := 0; i < 800; i++ {
		n := r.Int63n(1<<62) + 1
		mix(fmt.Sprint(r.Int63n(n), r.Int31n(int32(n%(1<<31))+1), r.Intn(int(n)), r.Uint32(), r.Uint64(), r.Float32(), r.NormFloat64(), r.ExpFloat64(), r.Perm(i%7)))
		if i%100 == 0 {
			s := rand.NewSource(r.Int63())
			r2 := rand.New(s)
			b := make([]byte, i%13)
			r2.Read(b)
			mix(fmt.Sprint(b, r2.Int()))
			z := rand.NewZipf(r2, 1.1+r.Float64(), 1+r.Float64()*3, uint64(r.Intn(1000)))
			mix(fmt.Sprint(z.Uint64(), z.Uint64()))
		}
	}
	fmt.Println("rand", h)
	// bits
	for i := 0; i < 1000; i++ {
		x, y, c := r.Uint64(), r.Uint64(), r.Uint64()&1
		if i%3 == 0 {
			x >>= r.Intn(64)
		}
		s, co := bits.Add64(x, y, c)
		d, bo := bits.Sub64(x, y, c)
		hi, lo := bits.Mul64(x, y)
		var q, rm uint64
		if y > hi {
			q, rm = bits.Div64(hi, lo, y)
		}
		k := r.Intn(200) - 100
		mix(fmt.Sprint(s, co, d, bo, hi, lo, q, rm, bits.Rem64(x, y, c+1), bits.RotateLeft64(x, k), bits.RotateLeft32(uint32(x), k), bits.RotateLeft16(uint16(x), k),
			bits.RotateLeft8(uint8(x), k), bits.Reverse64(x), bits.ReverseBytes32(uint32(x)), bits.Len(uint(x)), bits.OnesCount16(uint16(x)), bits.TrailingZeros8(uint8(x))))
	}
	fmt.Println("bits", h)
	// unicode over all runes
	preds := []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsSpace, unicode.IsUpper, unicode.IsLower, unicode.IsTitle,
		unicode.IsMark, unicode.IsPunct, unicode.IsSymbol, unicode.IsPrint, unicode.IsGraphic, unicode.IsControl}
	for c := rune(-2); c < 0x110002; c += 1 + c/0x4000 {
		v := 0
		for k, f := range preds {
			if f(c) {
				v |= 1 << k
			}
		}
		h = h*16777619 ^ uint32(v)
	}
	fmt.Println("unicode", h)
	// heap + list random ops
	hp := &IH{}
	l := list.New()
	var els []*list.Element
	for i := 0; i < 1500; i++ {
		switch r.Intn(6) {
		case 0, 1:
			heap.Push(hp, r.Intn(1000))
		case 2:
			if hp.Len() > 0 {
				mix(fmt.Sprint(heap.Pop(hp)))
			}
		case 3:
			if hp.Len() > 0 {
				j := r.Intn(hp.Len())
				(*hp)[j] = r.Intn(1000)
				heap.Fix(hp, j)
				mix(fmt.Sprint(heap.Remove(hp, r.Intn(hp.Len()))))
			}
		case 4:
			if r.Intn(2) == 0 {
				els = append(els, l.PushFront(i))
			} else {
				els = append(els, l.PushBack(i))
			}
		default:
			if len(els) > 0 {
				e, m := els[r.Intn(len(els))], els[r.Intn(len(els))]
				switch r.Intn(5) {
				case 0:
					l.MoveToFront(e)
				case 1:
					l.MoveAfter(e, m)
				case 2:
					l.MoveBefore(e, m)
				case 3:
					l.InsertAfter(-i, m)
				default:
					l.Remove(e)
				}
			}
		}
	}
	var sb strings.Builder
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Fprint(&sb, e.Value, ",")
	}
	mix(sb.String() + fmt.Sprint(*hp, l.Len()))
	fmt.Println("containers", h)
	// tabwriter random tables
	for i := 0; i < 100; i++ {
		var out bytes.Buffer
		flags := uint(r.Intn(64))
		w := tabwriter.NewWriter(&out, r.Intn(6), r.Intn(9), r.Intn(4), " .\t-"[r.Intn(4)], flags)
		for row := r.Intn(6); row >= 0; row-- {
			for col := r.Intn(5); col >= 0; col-- {
				cell := strings.Repeat("x", r.Intn(7)) + []string{"", "é", "<b>", "&amp;", "\xff", "日本"}[r.Intn(6)]
				fmt.Fprint(w, cell, []string{"\t", "\v", "\t", "\f", "|"}[r.Intn(5)])
			}
			fmt.Fprintln(w)
		}
		w.Flush()
		mix(out.String())
		if i < 3 {
			fmt.Printf("%q\n", out.String())
		}
	}
	fmt.Println("tabwriter", h)
}
