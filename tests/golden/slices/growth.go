package main

import "fmt"

// Building slices with append: a stack, a queue, a 2-D table, filtering in
// place, and growth from nil. Capacities after growth are not printed
// (they are unspecified), only whether they are sufficient.

func main() {
	var stack []int
	for i := 1; i <= 5; i++ {
		stack = append(stack, i*i)
	}
	for len(stack) > 0 {
		top := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		fmt.Print(top, " ")
	}
	fmt.Println(len(stack))

	queue := []string{"a", "b"}
	queue = append(queue, "c")
	for len(queue) > 0 {
		head := queue[0]
		queue = queue[1:]
		fmt.Print(head)
	}
	fmt.Println()

	table := [][]int{}
	for r := 0; r < 4; r++ {
		row := []int{}
		for c := 0; c <= r; c++ {
			if c == 0 || c == r {
				row = append(row, 1)
			} else {
				row = append(row, table[r-1][c-1]+table[r-1][c])
			}
		}
		table = append(table, row)
	}
	fmt.Println(table)

	// filter in place, reusing the backing array
	nums := []int{5, 12, 7, 20, 3, 14}
	kept := nums[:0]
	for _, n := range nums {
		if n >= 10 {
			kept = append(kept, n)
		}
	}
	fmt.Println(kept, nums)

	big := make([]int, 0)
	for i := 0; i < 1000; i++ {
		big = append(big, i)
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	fmt.Println(len(big), cap(big) >= len(big), sum)

	// append of a slice to itself
	d := []int{1, 2, 3}
	d = append(d, d...)
	fmt.Println(d)
	strs := append([]string(nil), "p", "q")
	fmt.Println(strs, len(strs))
	bs := append([]byte("ab"), "cd"...)
	fmt.Println(string(bs))
}
