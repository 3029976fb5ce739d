package main

import "fmt"

// String concatenation, += in loops, comparison operators (bytewise,
// lexicographic) and strings as values.

func join(parts []string, sep string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func minString(xs ...string) string {
	m := xs[0]
	for _, x := range xs[1:] {
		if x < m {
			m = x
		}
	}
	return m
}

func main() {
	a := "go"
	b := a
	a += "sub"
	fmt.Println(a, b, a+"!"+b, len(a+b))
	fmt.Println(join([]string{"x", "y", "z"}, ", "), join(nil, "-") == "")

	fmt.Println("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "é" > "z")
	fmt.Println("go" == "g"+"o", "go" != "Go", "b" >= "b", "a" <= "B")
	fmt.Println(minString("pear", "apple", "fig", "Apple", "apricot"))

	// building a table line by line
	line := ""
	for i := 1; i <= 5; i++ {
		line += fmt.Sprint(i * i)
		if i < 5 {
			line += "|"
		}
	}
	fmt.Println(line, len(line))

	// strings are immutable values; a byte slice copy can be changed
	s := "hello"
	bs := []byte(s)
	bs[0] = 'j'
	fmt.Println(s, string(bs))
	t := s[1:4]
	fmt.Println(t, t == "ell", s[:0] == "", s[5:] == "")

	words := [3]string{"one", "two", "three"}
	total := 0
	for _, w := range words {
		total += len(w)
	}
	fmt.Println(total, words[1][1:], string(words[2][0]))
}
