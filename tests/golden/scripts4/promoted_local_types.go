package main

import (
	"fmt"
	"time"
)

type Z struct{ Y }
type Y struct{ X }
type X struct{}

func (X) Hello() string { return "hello" }

func main() {
	type Span struct{ time.Duration }
	var s fmt.Stringer = Span{time.Second}
	fmt.Println(s, Span{time.Minute})
	fmt.Println(Z{}.Hello(), Z.Hello(Z{}))
	var h interface{ Hello() string } = Z{}
	fmt.Println(h.Hello())
}
