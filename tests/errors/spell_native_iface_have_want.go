package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: native iface have want.

import (
	"fmt"
	"io"
	"sort"
)

type W struct{}

func (W) Write(b []byte) int { return 0 }

type S struct{}

func (S) String() int { return 0 }

type L []int

func (L) Len() int { return 0 }

func main() {
	var w io.Writer = W{}
	var s fmt.Stringer = S{}
	sort.Sort(L{})
	_, _ = w, s
}
