package main

import "fmt"

// Go 1.19 loop variable semantics: a 3-clause for loop and a range loop
// each have ONE variable for the whole loop, so closures that capture it
// all see its final value; the `i := i` copy gives each its own.

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	var gs []func() int
	for i := 0; i < 3; i++ {
		i := i
		gs = append(gs, func() int { return i })
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	var hs []func() string
	for _, w := range []string{"a", "b", "c"} {
		hs = append(hs, func() string { return w })
	}
	for _, h := range hs {
		fmt.Print(h(), " ")
	}
	fmt.Println()

	// pointers to the loop variable alias too
	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] == ps[2])

	// closures that modify the loop variable affect the loop
	steps := 0
	for i := 0; i < 10; i++ {
		skip := func() { i += 2 }
		skip()
		steps++
	}
	fmt.Println("steps", steps)
}
