package main

import "fmt"

// Functions whose body is "if c { return a }; return b" run as one
// conditional expression; traces must still name the return's line.

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func pick(xs []int, i int) int {
	if i < 0 {
		return -1
	}
	return xs[i]
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func main() {
	fmt.Println(fact(10), gcd(1071, 462), pick(nil, -5))
	xs := []int{1, 2, 3}
	fmt.Println(pick(xs, 2))
	fmt.Println(pick(xs, 3))
}
