package main

import (
	"fmt"
	"strings"
)

type Inner struct{ n int }

func (i *Inner) Inc(by ...int) int {
	for _, b := range by {
		i.n += b
	}
	return i.n
}
func (i Inner) Get() int { return i.n }

type S struct {
	Inner
	name string
}
type SP struct {
	*Inner
}
type Deep struct{ S }

func main() {
	inc := (*S).Inc
	s := &S{Inner{1}, "s"}
	fmt.Println(inc(s, 1, 2, 3), s.n)
	get := S.Get
	fmt.Println(get(*s))
	getp := (*S).Get
	fmt.Println(getp(s))
	spinc := SP.Inc
	sp := SP{&Inner{10}}
	fmt.Println(spinc(sp), spinc(sp, 5), sp.n)
	dg := Deep.Get
	fmt.Println(dg(Deep{*s}))
	di := (*Deep).Inc
	d := &Deep{}
	di(d, 7)
	fmt.Println(d.n)
	fs := []func(S) int{S.Get}
	fmt.Println(fs[0](S{Inner{42}, ""}))
	type L struct{ strings.Builder }
	ws := (*L).WriteString
	var l L
	ws(&l, "abc")
	fmt.Println(l.String(), (*L).Len(&l))
	defer func() { fmt.Println("recovered:", recover()) }()
	var np *S
	getp(np)
}
