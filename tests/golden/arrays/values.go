package main

import "fmt"

// Arrays are values: assignment and passing copy them, == compares all
// elements, len is a constant, and elements default to zero values.

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(a *[4]int, v int) {
	for i := range a {
		a[i] = v
	}
}

func main() {
	var zero [4]int
	a := [4]int{1, 2, 3, 4}
	b := a
	b[0] = 100
	fmt.Println(a, b, zero)
	fmt.Println(double(a), a)
	fill(&b, 7)
	fmt.Println(b)

	c := [...]string{"x", "y", "z"}
	fmt.Println(len(c), c, c == [3]string{"x", "y", "z"}, c != [3]string{"x", "y", "w"})
	sparse := [6]int{1: 10, 4: 40, 50}
	fmt.Println(sparse, len(sparse))
	idx := [...]string{2: "two", 0: "zero"}
	fmt.Printf("%q %d\n", idx, len(idx))

	// range over an array copies it first
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 99
		if i == 2 {
			fmt.Println("range saw", v)
		}
	}
	fmt.Println(arr)

	// arrays as map keys and in structs
	seen := map[[2]int]bool{}
	moves := [][2]int{{0, 1}, {1, 1}, {0, 1}}
	for _, m := range moves {
		if seen[m] {
			fmt.Println("repeat", m)
		}
		seen[m] = true
	}
	fmt.Println(len(seen))

	var flags [5]bool
	flags[2] = true
	fmt.Println(flags)
	var bytes [4]byte
	copy(bytes[:], "hey!")
	fmt.Println(bytes, string(bytes[:]))
	fmt.Printf("%v %T\n", [2]float64{1.5, 2}, [2]float64{})
}
