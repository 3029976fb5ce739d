package main

import (
	"errors"
	"fmt"
)

// Multiple results, named results with bare return, results used directly
// as arguments, and the comma-error idiom.

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func minMax(xs []int) (min, max int) {
	if len(xs) == 0 {
		return // zero values
	}
	min, max = xs[0], xs[0]
	for _, x := range xs {
		if x < min {
			min = x
		}
		if x > max {
			max = x
		}
	}
	return min, max
}

func parseDigit(c byte) (int, error) {
	if c < '0' || c > '9' {
		return 0, errors.New("not a digit: " + string(c))
	}
	return int(c - '0'), nil
}

func swap(a, b string) (string, string) { return b, a }

func add(a, b int) int { return a + b }

func pair() (int, int) { return 3, 4 }

func counter() (n int) {
	n = 10
	n++
	return n * 2
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(divmod(-17, 5))
	fmt.Println(minMax([]int{4, -2, 9, 0}))
	fmt.Println(minMax(nil))

	for _, c := range []byte("4x") {
		d, err := parseDigit(c)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("digit", d)
	}

	a, b := swap("first", "second")
	fmt.Println(a, b)
	fmt.Println(add(pair()), counter())
	_, only := divmod(9, 4)
	fmt.Println(only)
	x, y := 1, 2
	x, y = y, x+y
	fmt.Println(x, y)
}
