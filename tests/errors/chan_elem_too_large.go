package main

// make of a channel whose element is 64 kB or more: cmd/compile's limit.

func main() {
	ch := make(chan struct{ v [65536]byte })
	close(ch)
	var c2 chan [65535]byte
	_ = c2
}
