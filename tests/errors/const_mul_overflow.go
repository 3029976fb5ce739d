package main

import "fmt"

// Untyped integer constants are exact, but Go caps their size (512 bits):
// beyond it the constant expression itself is an error.

const Big = 1 << 300

func main() {
	fmt.Println(Big*Big>>590, Big>>290)
}
