package main

import "fmt"

// Recursion: factorial, fibonacci with memo, mutual recursion, Ackermann,
// tower of Hanoi and a permutation generator.

func fact(n int) int {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

var memo = map[int]int{}

func fib(n int) int {
	if n < 2 {
		return n
	}
	if v, ok := memo[n]; ok {
		return v
	}
	v := fib(n-1) + fib(n-2)
	memo[n] = v
	return v
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func hanoi(n int, from, to, via string, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n >= 9 {
		fmt.Println("move disk", n, from, "->", to)
	}
	hanoi(n-1, via, to, from, moves)
}

func permute(prefix string, rest string, out *[]string) {
	if rest == "" {
		*out = append(*out, prefix)
		return
	}
	for i := 0; i < len(rest); i++ {
		permute(prefix+rest[i:i+1], rest[:i]+rest[i+1:], out)
	}
}

func main() {
	fmt.Println(fact(10), fact(20))
	fmt.Println(fib(50), fib(90))
	fmt.Println(isEven(10), isOdd(7), isEven(7))
	fmt.Println(ackermann(2, 3), ackermann(3, 3))
	moves := 0
	hanoi(10, "A", "C", "B", &moves)
	fmt.Println("moves:", moves)
	var perms []string
	permute("", "abc", &perms)
	fmt.Println(perms, len(perms))
	depth := 0
	var dive func(n int) int
	dive = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + dive(n-1)
	}
	depth = dive(10000)
	fmt.Println("depth", depth)
}
