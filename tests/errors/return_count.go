package main

import "fmt"

// Returning too few values.

func parse(s string) (int, error) {
	if s == "" {
		return 0
	}
	return len(s), nil
}

func main() {
	fmt.Println(parse("x"))
}
