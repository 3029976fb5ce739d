package main

import (
	"encoding"
	"flag"
	"time"
)

// flag.TextVar wants an encoding.TextUnmarshaler and an encoding.TextMarshaler.

type OnlyIn struct{}

func (o *OnlyIn) UnmarshalText(b []byte) error { return nil }

func main() {
	var t time.Time
	var o OnlyIn
	flag.TextVar(t, "t", time.Time{}, "value, not pointer")
	flag.TextVar(&o, "o", &o, "no MarshalText")
	var _ encoding.TextMarshaler = o
	var _ encoding.BinaryMarshaler = t
	var _ encoding.BinaryUnmarshaler = &t
}
