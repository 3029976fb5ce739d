package main

// Slice expressions: Go 1.19 places x[i:j] at its "[" and says
// "invalid operation" when x cannot be sliced; []byte spelled as written.

func f() [3]int { return [3]int{} }

func main() {
	s := "abc"
	var a [3]byte
	var n int = a[1:]
	var m int = s[1:2]
	_ = f()[1:]
	var x int
	_ = x[1:]
	_ = s[2:1]
	_, _ = n, m
}
