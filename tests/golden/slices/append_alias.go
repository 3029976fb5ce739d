package main

import "fmt"

// append shares the backing array while the capacity suffices and copies
// after growth; capacities follow Go 1.19's growslice (doubling, then
// +25% plus a smooth term past 256 elements, rounded up to a size class).

type rec struct {
	a, b, c int64
}

func main() {
	s := make([]int, 3, 4)
	t := append(s, 1) // fits: shares s's array
	u := append(s, 2) // overwrites t[3]
	fmt.Println(t, u, len(t), cap(t))
	t[0] = 10
	fmt.Println(s[0], u[0])
	g := append(s, 7, 8) // grows: a copy
	g[0] = -1
	fmt.Println(s[0], g[0], len(g), cap(g))

	base := []int{1, 2, 3, 4, 5}
	left := base[:2]
	left = append(left, 99) // writes base[2]
	fmt.Println(base, left)
	safe := base[:2:2]
	safe = append(safe, 42) // capacity 2: copies
	fmt.Println(base, safe, cap(safe))

	var ints []int
	prev := -1
	for i := 0; i < 3000; i++ {
		ints = append(ints, i)
		if cap(ints) != prev {
			fmt.Print(cap(ints), " ")
			prev = cap(ints)
		}
	}
	fmt.Println()

	var bs []byte
	prev = -1
	for i := 0; i < 5000; i++ {
		bs = append(bs, byte(i))
		if cap(bs) != prev {
			fmt.Print(cap(bs), " ")
			prev = cap(bs)
		}
	}
	fmt.Println()

	var rs []rec
	prev = -1
	for i := 0; i < 1000; i++ {
		rs = append(rs, rec{})
		if cap(rs) != prev {
			fmt.Print(cap(rs), " ")
			prev = cap(rs)
		}
	}
	fmt.Println()

	var strs []string
	prev = -1
	for i := 0; i < 600; i++ {
		strs = append(strs, "")
		if cap(strs) != prev {
			fmt.Print(cap(strs), " ")
			prev = cap(strs)
		}
	}
	fmt.Println()

	// appending several at once from a known capacity
	fmt.Println(cap(append([]int{}, 1, 2, 3, 4, 5)), cap(append([]int{1, 2}, 3, 4, 5)),
		cap(append(make([]int, 10), 1)), cap(append([]byte("hello"), " world"...)),
		cap(append([]int32(nil), make([]int32, 7)...)))

	// an aliasing chain: both appends reuse the same spare capacity
	x := make([]int, 0, 10)
	y := append(x, 1, 2)
	z := append(x, 3)
	fmt.Println(y, z, len(x))
}
