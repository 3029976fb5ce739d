package main

import "fmt"

// Labeled break and continue across nested loops, and break inside switch
// (which leaves only the switch) versus a labeled break of the loop.

func findPair(xs []int, target int) (int, int, bool) {
	found := false
	a, b := -1, -1
outer:
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			if xs[i]+xs[j] == target {
				a, b, found = i, j, true
				break outer
			}
		}
	}
	return a, b, found
}

func main() {
	fmt.Println(findPair([]int{3, 8, 1, 9, 4}, 13))
	fmt.Println(findPair([]int{1, 2}, 10))

	// primes with a labeled continue
	primes := []int{}
next:
	for n := 2; n < 40; n++ {
		for _, p := range primes {
			if p*p > n {
				break
			}
			if n%p == 0 {
				continue next
			}
		}
		primes = append(primes, n)
	}
	fmt.Println(primes)

	// break inside switch only leaves the switch
	count := 0
	for i := 0; i < 5; i++ {
		switch i {
		case 2:
			break
		default:
			count++
		}
	}
	fmt.Println("count", count)

loop:
	for i := 0; ; i++ {
		switch {
		case i == 3:
			fmt.Println("stopping at", i)
			break loop
		case i%2 == 0:
			continue loop
		}
		fmt.Println("odd", i)
	}

	grid := [3][3]int{{1, 2, 3}, {4, -5, 6}, {7, 8, 9}}
	neg := false
rows:
	for r, row := range grid {
		for c, v := range row {
			if v < 0 {
				fmt.Println("negative at", r, c)
				neg = true
				break rows
			}
		}
	}
	fmt.Println(neg)
}
