package main

import (
	"encoding/json"
	"strconv"
	"strings"
)

func two() (int, int) { return 1, 2 }

type T struct{}

func (T) M() (int, error) { return 0, nil }

var g = strconv.Atoi("1")

func main() {
	var sb strings.Builder
	n := sb.WriteString("x")
	var v = json.Marshal(1)
	var w int = two()
	var t T
	var x int
	x = t.M()
	x = (two())
	m := map[string]int{}
	y := m["a"]
	_, _, _, _, _ = n, v, w, x, y
}
