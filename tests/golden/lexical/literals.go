package main

import "fmt"

// Integer, floating-point, rune and string literals in every form the Go
// spec allows, printed as values.

func main() {
	// integers: decimal, binary, octal (both spellings), hex, separators
	fmt.Println(42, 0b101010, 0o52, 052, 0x2A, 0X2a, 4_2, 0b_10_1010, 0x_2_A)
	fmt.Println(1_000_000, 0xFFFF_FFFF, 0o7_7_7, 0)

	// floats: decimal and hex mantissa forms
	fmt.Println(1.5, .5, 1., 1e3, 1E-3, 6.022_140e23, 0x1p4, 0x1.8p1, 0X.8p0)
	fmt.Println(0.0, 1_0.2_5, 01.5, 00.25e1)

	// runes: plain, escapes, octal, hex, unicode
	runes := []rune{'a', 'é', '世', '\n', '\t', '\\', '\'', '\x41', '\101', '\u00e9', '\U0001F600', '\a', '\b', '\f', '\r', '\v', '\000'}
	for i, r := range runes {
		fmt.Print(i, ":", int(r), " ")
	}
	fmt.Println()

	// interpreted strings and their escapes
	s := "tab\there \"quoted\" back\\slash \x41\101\u00e9\U0001F600"
	fmt.Println(s, len(s))
	fmt.Printf("%q\n", "\a\b\f\n\r\t\v\x00\xff")

	// raw strings keep backslashes and newlines as they are
	raw := `C:\path\n "as is"
second line`
	fmt.Println(raw, len(raw))
	fmt.Println(`` == "", len(`\n`))

	// a byte-valued escape makes a string that is not valid UTF-8
	b := "\xe4\xb8\x96" + "\xe7\x95\x8c"
	fmt.Println(b, len(b), b == "世界")
}
