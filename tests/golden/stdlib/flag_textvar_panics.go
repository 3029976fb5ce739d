package main

import (
	"flag"
	"fmt"
	"time"
)

// M unmarshals through a value receiver: not a pointer, so TextVar panics.
type M map[string]int

func (m M) UnmarshalText(b []byte) error { return nil }

type L int

func (l *L) UnmarshalText(b []byte) error { *l = L(len(b)); return nil }
func (l L) MarshalText() ([]byte, error)  { return []byte(fmt.Sprint("L", int(l))), nil }

func try(name string, f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%s: %T %v\n", name, r, r)
		if e, ok := r.(error); ok {
			fmt.Println("  error:", e.Error())
		}
	}()
	f()
}

func main() {
	var t time.Time
	var l L
	fs := flag.NewFlagSet("p", flag.PanicOnError)
	try("nil p", func() { fs.TextVar(nil, "a", time.Time{}, "u") })
	try("map p", func() { fs.TextVar(M{}, "a", time.Time{}, "u") })
	try("nil value", func() { fs.TextVar(&t, "a", nil, "u") })
	try("nil *value", func() { fs.TextVar(&t, "a", (*time.Time)(nil), "u") })
	try("mismatch", func() { fs.TextVar(&t, "a", L(2), "u") })
	try("mismatch ptr", func() { fs.TextVar(&l, "a", &t, "u") })
	try("nil *p", func() { fs.TextVar((*time.Time)(nil), "a", time.Time{}, "u") })
	try("self", func() { l = 5; fs.TextVar(&l, "self", &l, "u") })
	fmt.Println(l, fs.Lookup("self").DefValue, fs.Lookup("a"))
	try("redefined", func() { fs.TextVar(&l, "self", L(1), "u") })
	try("panic on error", func() { fs.Parse([]string{"-self", "abc", "-nope"}) })
	fmt.Println(l)
	flag.TextVar(&t, "t", L(3), "mismatch, not recovered")
}
