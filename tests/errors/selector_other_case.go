package main

import (
	"fmt"
	"time"
)

type P struct {
	Name string
	age  int
}

func (P) Hello() {}

type W struct {
	time.Time
	P
}

func main() {
	p := P{}
	fmt.Println(p.name, p.Age, p.hello)
	var w W
	fmt.Println(w.wall, w.year, w.name, w.Unix)
	pp := &p
	fmt.Println(pp.nAme, pp.xyz)
}
