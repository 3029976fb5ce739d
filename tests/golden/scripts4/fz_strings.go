package main

import (
	"fmt"
	"math/rand"
	"strings"
	"unicode"
)

func rs(r *rand.Rand, alpha []rune, n int) string {
	b := make([]rune, r.Intn(n+1))
	for i := range b {
		b[i] = alpha[r.Intn(len(alpha))]
	}
	return string(b)
}

func main() {
	r := rand.New(rand.NewSource(5))
	alpha := []rune("abAB ıIİißSsſKkKΣσς\u0345ǅǄǆ.-'\t\xff日")
	h := uint32(0)
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h = h*16777619 ^ uint32(s[i])
		}
	}
	for i := 0; i < 3000; i++ {
		s := rs(r, alpha, 10)
		t := rs(r, alpha, 4)
		mix(strings.ToUpper(s) + "|" + strings.ToLower(s) + "|" + strings.Title(s) + "|" + strings.ToTitle(s))
		mix(fmt.Sprint(strings.EqualFold(s, t), strings.Index(s, t), strings.LastIndex(s, t), strings.Count(s, t), strings.Contains(s, t),
			strings.IndexAny(s, t), strings.LastIndexAny(s, t), strings.Fields(s), strings.Split(s, t), strings.TrimLeft(s, t), strings.Trim(s, t),
			strings.Replace(s, t, "<>", 2), strings.SplitAfterN(s, t, 2), strings.ContainsAny(s, t), strings.TrimFunc(s, unicode.IsUpper)))
		olds := []string{}
		for k, nk := 0, 2*(1+r.Intn(3)); k < nk; k++ {
			olds = append(olds, rs(r, []rune("ab.A"), 3))
		}
		rep := strings.NewReplacer(olds...)
		mix(rep.Replace(s))
		mix(strings.Map(func(c rune) rune {
			if c == 'a' {
				return -1
			}
			return unicode.SimpleFold(c)
		}, s))
		mix(strings.ToValidUTF8(s, "?") + strings.ToUpperSpecial(unicode.TurkishCase, s))
		if i < 8 {
			fmt.Printf("%q %q %q %q %q\n", s, t, strings.Title(s), rep.Replace(s), olds)
		}
	}
	for c := rune(0); c < 0x20000; c++ {
		mix(string([]rune{unicode.SimpleFold(c), unicode.ToUpper(c), unicode.ToLower(c), unicode.ToTitle(c)}))
	}
	fmt.Println("hash", h)
}
