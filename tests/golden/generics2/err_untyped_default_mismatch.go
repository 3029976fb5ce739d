package main

import "fmt"

// Go 1.19 infers T from the untyped constants' default types: 0 is int,
// -0.5 is float64, and they disagree.

func Clamp[T int | float64](x, lo, hi T) T {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func main() {
	fmt.Println(Clamp(-0.5, 0, 1))
}
