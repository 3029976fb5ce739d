// strings.go - benchmark: string building and scanning (concatenation,
// strings.Builder, byte indexing, strconv, Split/Join, a rolling hash).
// Usage: strings.go [n]   (default 300000)
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
)

func hash(s string) int {
	h := 5381
	for i := 0; i < len(s); i++ {
		h = h*33 + int(s[i])
	}
	return h
}

func main() {
	n := 300000
	if len(os.Args) > 1 {
		n, _ = strconv.Atoi(os.Args[1])
	}
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	csv := b.String()
	fields := strings.Split(csv, ",")
	sum := 0
	for _, f := range fields {
		if f == "" {
			continue
		}
		v, _ := strconv.Atoi(f)
		sum += v
	}
	fmt.Println("fields:", len(fields), "sum:", sum, "hash:", hash(csv))

	// repeated small concatenations and comparisons
	words := []string{"alpha", "beta", "gamma", "delta", "epsilon"}
	count, total := 0, 0
	for i := 0; i < n; i++ {
		s := words[i%5] + "-" + words[(i*3)%5]
		if s > "delta" {
			count++
		}
		total += len(s)
	}
	fmt.Println("concat:", count, total)

	// byte-level scanning: count vowels and upper-case a copy
	text := strings.Repeat("The quick brown fox jumps over the lazy dog. ", n/50+1)
	vowels := 0
	for i := 0; i < len(text); i++ {
		switch text[i] {
		case 'a', 'e', 'i', 'o', 'u':
			vowels++
		}
	}
	upper := strings.ToUpper(text)
	joined := strings.Join(strings.Fields(upper), "_")
	fmt.Println("scan:", len(text), vowels, hash(joined), strings.Count(joined, "FOX"))
}
