package main

import "fmt"

// Tuple assignment: every index and pointer operand on the left and every
// value on the right is evaluated first, then the assignments happen left
// to right.

type pair struct{ a, b int }

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	i, j := 0, 4
	a[i], a[j] = a[j], a[i]
	fmt.Println(a)
	for l, r := 0, len(a)-1; l < r; l, r = l+1, r-1 {
		a[l], a[r] = a[r], a[l]
	}
	fmt.Println(a)

	s := []string{"x", "y", "z"}
	s[0], s[1], s[2] = s[2], s[0], s[1]
	fmt.Println(s)

	k := 0
	k, a[k] = 2, 100 // a[k] uses k == 0: index evaluated before assigning
	fmt.Println(k, a)

	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)

	p := pair{1, 2}
	p.a, p.b = p.b, p.a
	fmt.Println(p)
	ps := []pair{{1, 2}, {3, 4}}
	ps[0], ps[1] = ps[1], ps[0]
	ps[0].a, ps[1].b = ps[1].b, ps[0].a
	fmt.Println(ps)

	m := map[string]int{"a": 1, "b": 2}
	m["a"], m["b"] = m["b"], m["a"]
	fmt.Println(m)

	grid := [2][2]int{{1, 2}, {3, 4}}
	grid[0], grid[1] = grid[1], grid[0]
	grid[0][0], grid[1][1] = grid[1][1], grid[0][0]
	fmt.Println(grid)

	q := &a
	q[1], q[2] = q[2], q[1]
	fmt.Println(a)

	// bubble sort with swaps
	nums := []int{5, 1, 4, 2, 8, 0}
	for n := len(nums); n > 1; n-- {
		for i := 1; i < n; i++ {
			if nums[i-1] > nums[i] {
				nums[i-1], nums[i] = nums[i], nums[i-1]
			}
		}
	}
	fmt.Println(nums)

	// the slice expression on the left is evaluated before the assignment
	t := []int{1, 2, 3}
	u := t
	t, u[0] = nil, 9
	fmt.Println(t == nil, u)
}
