package main

import "strings"

func f(x any, y interface{}) {}

func main() {
	f()
	var sb strings.Builder
	sb.WriteString()
	strings.Repeat("x")
}
