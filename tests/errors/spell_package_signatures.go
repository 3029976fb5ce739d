package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: built-in packages' results and parameters.

import (
	"bufio"
	"bytes"
	"os"
	"sort"
	"strings"
	"unicode/utf8"
)

func main() {
	data, err := os.ReadFile("x")
	var s string = data
	r, size := utf8.DecodeRuneInString("é")
	var t string = r
	var buf bytes.Buffer
	var n string = buf.Bytes()
	sc := bufio.NewScanner(os.Stdin)
	var u int = sc.Bytes()
	sort.Slice(data, func(i, j int) int { return 0 })
	var sb strings.Builder
	sb.WriteRune("x")
	var v int = strings.IndexRune
	_, _, _, _, _, _ = s, t, n, u, v, err
	_ = size
}
