package main

import "fmt"

// Conversions: string(rune), string([]byte), string([]rune), []byte(s),
// []rune(s), and the bytes/runes behind them.

func main() {
	fmt.Println(string(rune(72)), string(rune('é')), string(rune(0x4e16)))
	r := 'A'
	for i := 0; i < 5; i++ {
		fmt.Print(string(r + rune(i)))
	}
	fmt.Println()

	b := []byte("Gö!")
	fmt.Println(b, len(b), string(b))
	b = append(b, "好"...)
	fmt.Println(b, string(b))

	rs := []rune("Gö!")
	fmt.Println(rs, len(rs), string(rs))
	rs[1] = 'o'
	fmt.Println(string(rs))

	fmt.Println(string([]byte{104, 105}), string([]rune{0x263A, 0x2665}))
	fmt.Println([]byte(""), []rune(""), string([]byte(nil)) == "")

	// a caesar shift over letters only
	msg := "Hello, World"
	out := []rune{}
	for _, c := range msg {
		switch {
		case c >= 'a' && c <= 'z':
			c = 'a' + (c-'a'+3)%26
		case c >= 'A' && c <= 'Z':
			c = 'A' + (c-'A'+3)%26
		}
		out = append(out, c)
	}
	fmt.Println(string(out))

	// byte values and their characters
	for _, c := range []byte("az09") {
		fmt.Printf("%c=%d ", c, c)
	}
	fmt.Println()
	var x byte = 'a'
	x += 1
	fmt.Println(x, string(x), string(rune(x)+1))
	fmt.Printf("%v %s %q\n", []byte("hi"), []byte("hi"), []byte("hi"))
}
