package main

import "fmt"

// Strings are byte sequences: len counts bytes, indexing yields bytes,
// range yields runes with their byte offsets.

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), len([]rune(s)))
	fmt.Println(s[0], s[1], s[2], string(s[0]), s[len(s)-1])
	fmt.Printf("%T %T\n", s[0], []rune(s)[1])

	for i, r := range s {
		fmt.Printf("%d:%c(%d) ", i, r, r)
	}
	fmt.Println()
	for i := 0; i < len(s); i++ {
		fmt.Printf("%02x ", s[i])
	}
	fmt.Println()

	// slicing works on byte offsets
	fmt.Println(s[:1], s[1:3], s[7:], s[8:11])
	fmt.Printf("%q\n", s[1:2])

	// counting with both views
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' || r > 127 {
			letters++
		}
	}
	fmt.Println("letters:", letters)

	// reversing by runes keeps multi-byte characters intact
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	fmt.Println(string(rs))
	// reversing by bytes does not
	bs := []byte("añb")
	for i, j := 0, len(bs)-1; i < j; i, j = i+1, j-1 {
		bs[i], bs[j] = bs[j], bs[i]
	}
	fmt.Printf("%q %v\n", string(bs), bs)
	var empty string
	fmt.Println(len(empty), empty == "", fmt.Sprintf("[%s]", empty))
}
