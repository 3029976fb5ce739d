package main

import "fmt"

// if/else chains with init statements, and the three forms of for:
// 3-clause, condition-only, infinite with break; plus range forms.

func classify(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else if r := n % 2; r == 0 {
		return "even"
	} else {
		return fmt.Sprint("odd remainder ", r)
	}
}

func collatz(n int) int {
	steps := 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	for _, n := range []int{-3, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}

	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	fmt.Println(sum)

	fmt.Println(collatz(27), collatz(1), collatz(97))

	n := 0
	for {
		n++
		if n*n > 200 {
			break
		}
	}
	fmt.Println(n)

	// continue skips to the post statement
	odds := []int{}
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odds = append(odds, i)
	}
	fmt.Println(odds)

	// multiple loop variables, empty clauses
	for i, j := 0, 10; i < j; i, j = i+2, j-3 {
		fmt.Print(i, ",", j, " ")
	}
	fmt.Println()
	k := 3
	for ; k > 0; {
		k--
	}
	fmt.Println(k)
	for i := range [4]int{} {
		fmt.Print(i)
	}
	fmt.Println()
	if x, y := 3, 4; x*x+y*y == 25 {
		fmt.Println("right triangle", x, y)
	}
}
