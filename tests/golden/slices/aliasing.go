package main

import "fmt"

// Slices share their backing array: sub-slices see each other's writes,
// append within capacity writes into the shared array, append beyond
// capacity copies to a new one.

func main() {
	base := []int{0, 1, 2, 3, 4, 5, 6, 7}
	a := base[2:5]
	b := base[4:]
	a[2] = 40
	fmt.Println(base, a, b, len(a), cap(a), len(b), cap(b))

	// append within capacity overwrites base[5]
	a = append(a, 50)
	fmt.Println(base, a)

	// explicit capacity makes growth deterministic
	s := make([]int, 3, 4)
	t := append(s, 1) // fits: shares
	t[0] = 9
	fmt.Println(s, t, len(t), cap(t))
	u := append(t, 2) // exceeds cap 4: copies
	u[1] = 8
	fmt.Println(t, u, len(u))

	// two appends to the same short slice clobber each other
	buf := make([]string, 0, 10)
	x := append(buf, "x")
	y := append(buf, "y")
	fmt.Println(x, y, x[0] == y[0])

	// reslicing up to capacity reveals hidden elements
	word := []byte{'a', 'b', 'c', 'd', 'e', 'f'} // a literal: cap == len
	head := word[:2]
	fmt.Println(string(head), string(head[:cap(head)]), cap(head))

	// a function changing elements is seen by the caller; appending is not
	grow := func(xs []int) {
		xs[0] = -1
		xs = append(xs, 100)
		xs[1] = -2
	}
	full := []int{1, 2, 3}
	grow(full)
	fmt.Println(full)
	room := make([]int, 3, 8)
	grow(room)
	fmt.Println(room, room[:4])

	// removing an element in place
	items := []string{"a", "b", "c", "d", "e"}
	i := 2
	items = append(items[:i], items[i+1:]...)
	fmt.Println(items, len(items), cap(items))
	// inserting
	items = append(items[:1], append([]string{"new"}, items[1:]...)...)
	fmt.Println(items)
}
