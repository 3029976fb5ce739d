package main

import (
	"container/list"
	"fmt"
	"strings"
	"time"
)

func main() {
	var b strings.Builder
	fmt.Println(b.buf)
	t := time.Now()
	fmt.Println(t.wall, t.loc)
	e := list.Element{}
	fmt.Println(e.next, e.list)
	var l list.List
	l.len = 3
	fmt.Println(t.abs())
}
