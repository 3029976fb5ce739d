package main

import (
	"fmt"
	"strings"
)

// A package that is imported but never used.

func main() {
	fmt.Println("hello")
}
