package main

import "fmt"

// Ranging over a string with invalid UTF-8 yields U+FFFD for each bad byte
// and advances one byte; conversions to []rune do the same.

func main() {
	bad := "a\xffb\xe4\xb8c\xf0\x9f\x98\x80\x80"
	for i, r := range bad {
		fmt.Printf("%d:%U ", i, r)
	}
	fmt.Println()
	rs := []rune(bad)
	fmt.Println(len(bad), len(rs), rs)
	fmt.Println(string(rs) == bad, len(string(rs)))
	fmt.Printf("%q\n", bad)
	fmt.Printf("%x\n", bad)
	fmt.Printf("% x\n", bad[:4])

	// surrogate halves and out-of-range code points become U+FFFD
	fmt.Println(string(rune(0xD800)) == "\uFFFD", string(rune(0x110000)) == "\uFFFD")
	fmt.Printf("%q %q %q\n", string(rune(-1)), string(rune(0x10FFFF)), string(rune(65)))

	// counting valid runes by hand
	valid := 0
	for _, r := range bad {
		if r != '\uFFFD' {
			valid++
		}
	}
	fmt.Println("valid runes:", valid)

	// the index-only range form
	n := 0
	for i := range "añ世" {
		n += i
	}
	fmt.Println(n)
	for range "xyz" {
		n++
	}
	fmt.Println(n)
}
