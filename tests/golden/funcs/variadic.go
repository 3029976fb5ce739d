package main

import "fmt"

// Variadic functions: called with no extra arguments, with a list, and
// with a slice spread by `...` (which shares the caller's backing array).

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func describe(label string, nums ...int) string {
	return fmt.Sprintf("%s: %d values %v nil=%v", label, len(nums), nums, nums == nil)
}

func zeroFirst(nums ...int) {
	if len(nums) > 0 {
		nums[0] = 0
	}
}

func joinAll(sep string, parts ...string) string {
	out := ""
	for i, p := range parts {
		if i > 0 {
			out += sep
		}
		out += p
	}
	return out
}

func main() {
	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	xs := []int{10, 20, 30}
	fmt.Println(sum(xs...))
	fmt.Println(describe("none"))
	fmt.Println(describe("list", 1, 2))
	fmt.Println(describe("spread", xs...))
	fmt.Println(describe("empty", []int{}...))

	zeroFirst(xs...) // the slice itself is passed
	fmt.Println(xs)
	zeroFirst(5, 6) // a fresh slice
	fmt.Println(joinAll("-", "a", "b", "c"), joinAll("+"))
	words := []string{"x", "y"}
	fmt.Println(joinAll(", ", words...))
}
