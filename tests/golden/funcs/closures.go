package main

import "fmt"

// Function values and closures: closures share the variables they capture,
// each call of a constructor makes fresh variables, funcs in maps/slices.

func makeCounter() (func() int, func()) {
	count := 0
	inc := func() int {
		count++
		return count
	}
	reset := func() { count = 0 }
	return inc, reset
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func adder(n int) func(int) int {
	return func(x int) int { return x + n }
}

func main() {
	inc, reset := makeCounter()
	inc()
	inc()
	fmt.Println(inc())
	reset()
	fmt.Println(inc())
	other, _ := makeCounter()
	fmt.Println(other(), inc())

	double := func(x int) int { return x * 2 }
	fmt.Println(apply([]int{1, 2, 3}, double))
	fmt.Println(apply([]int{1, 2, 3}, compose(double, adder(10))))
	fmt.Println(compose(adder(10), double)(1))

	// a captured variable changed after the closure was made
	x := 1
	show := func() int { return x }
	x = 42
	fmt.Println(show())

	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"sub": func(a, b int) int { return a - b },
		"mul": func(a, b int) int { return a * b },
	}
	for _, name := range []string{"add", "sub", "mul"} {
		fmt.Print(name, "=", ops[name](7, 3), " ")
	}
	fmt.Println()

	var nilFunc func()
	fmt.Println(nilFunc == nil, double != nil)
	total := 0
	accumulate := func(vals ...int) {
		for _, v := range vals {
			total += v
		}
	}
	accumulate(1, 2)
	accumulate(3)
	fmt.Println(total)
	fmt.Println(func(a int) int { return a * a }(9))
}
