package main

import (
	"container/list"
	"strings"
	"time"
)

type P struct{ X int }

func main() {
	_ = P{Y: 1}
	_ = strings.Builder{buf: nil}
	_ = time.Time{wall: 1}
	_ = list.Element{Value: 1, next: nil}
	_ = strings.Builder{nil, nil}
	_ = time.Time{}
}
