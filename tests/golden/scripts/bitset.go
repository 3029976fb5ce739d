// bitset implements a growable bit set over []uint64 with set algebra
// methods, a String method and a sieve of Eratosthenes on top of it.
package main

import (
	"fmt"
	"strings"
)

type BitSet struct {
	words []uint64
}

func (b *BitSet) Add(i int) {
	w := i / 64
	for w >= len(b.words) {
		b.words = append(b.words, 0)
	}
	b.words[w] |= 1 << uint(i%64)
}

func (b *BitSet) Remove(i int) {
	if w := i / 64; w < len(b.words) {
		b.words[w] &^= 1 << uint(i%64)
	}
}

func (b *BitSet) Has(i int) bool {
	w := i / 64
	return w < len(b.words) && b.words[w]&(1<<uint(i%64)) != 0
}

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func (b *BitSet) Len() int {
	n := 0
	for _, w := range b.words {
		n += popcount(w)
	}
	return n
}

func (b *BitSet) combine(o *BitSet, op func(x, y uint64) uint64) *BitSet {
	n := len(b.words)
	if len(o.words) > n {
		n = len(o.words)
	}
	r := &BitSet{make([]uint64, n)}
	for i := range r.words {
		var x, y uint64
		if i < len(b.words) {
			x = b.words[i]
		}
		if i < len(o.words) {
			y = o.words[i]
		}
		r.words[i] = op(x, y)
	}
	return r
}

func (b *BitSet) Union(o *BitSet) *BitSet {
	return b.combine(o, func(x, y uint64) uint64 { return x | y })
}
func (b *BitSet) Intersect(o *BitSet) *BitSet {
	return b.combine(o, func(x, y uint64) uint64 { return x & y })
}
func (b *BitSet) Diff(o *BitSet) *BitSet {
	return b.combine(o, func(x, y uint64) uint64 { return x &^ y })
}

func (b *BitSet) String() string {
	var parts []string
	for i := 0; i < len(b.words)*64; i++ {
		if b.Has(i) {
			parts = append(parts, fmt.Sprint(i))
		}
	}
	return "{" + strings.Join(parts, " ") + "}"
}

func sieve(n int) *BitSet {
	composite := &BitSet{}
	primes := &BitSet{}
	for i := 2; i <= n; i++ {
		if composite.Has(i) {
			continue
		}
		primes.Add(i)
		for j := i * i; j <= n; j += i {
			composite.Add(j)
		}
	}
	return primes
}

func main() {
	var a, b BitSet
	for _, x := range []int{1, 3, 5, 64, 65, 130} {
		a.Add(x)
	}
	for _, x := range []int{3, 4, 5, 6, 65} {
		b.Add(x)
	}
	fmt.Println("a =", &a, "len", a.Len())
	fmt.Println("b =", &b, "len", b.Len())
	fmt.Println("a|b =", a.Union(&b))
	fmt.Println("a&b =", a.Intersect(&b))
	fmt.Println("a-b =", a.Diff(&b))
	a.Remove(64)
	a.Remove(1000)
	fmt.Println("a after remove:", &a, a.Has(64), a.Has(65))
	fmt.Printf("words: %#x\n", a.words)
	p := sieve(150)
	fmt.Println("primes <= 150:", p.Len())
	fmt.Println(p)
	twins := 0
	for i := 2; i+2 <= 150; i++ {
		if p.Has(i) && p.Has(i+2) {
			twins++
		}
	}
	fmt.Println("twin pairs:", twins)
}
