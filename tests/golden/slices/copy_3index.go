package main

import "fmt"

// copy copies min(len(dst), len(src)) elements and handles overlap; a
// 3-index slice limits capacity so that append must copy.

func main() {
	src := []int{1, 2, 3, 4, 5}
	dst := make([]int, 3)
	n := copy(dst, src)
	fmt.Println(n, dst)
	n = copy(dst, []int{9})
	fmt.Println(n, dst)

	// overlapping copies behave like memmove
	s := []int{1, 2, 3, 4, 5, 6}
	copy(s[2:], s)
	fmt.Println(s)
	s = []int{1, 2, 3, 4, 5, 6}
	copy(s, s[2:])
	fmt.Println(s)

	// copy from a string into bytes
	bs := make([]byte, 5)
	n = copy(bs, "héllo")
	fmt.Println(n, bs)

	// 3-index slices
	arr := [8]int{0, 1, 2, 3, 4, 5, 6, 7}
	lim := arr[2:4:5]
	fmt.Println(lim, len(lim), cap(lim))
	lim = append(lim, 40) // fits in cap 3: writes arr[4]
	fmt.Println(arr)
	lim = append(lim, 50) // exceeds: new array, arr untouched
	lim[0] = -2
	fmt.Println(arr, lim)

	full := arr[:0:0]
	full = append(full, 7)
	fmt.Println(arr[0], full, cap(arr[3:]), cap(arr[3:5:6]))

	// a safe "clone" helper
	clone := func(xs []int) []int {
		out := make([]int, len(xs))
		copy(out, xs)
		return out
	}
	orig := []int{3, 1, 2}
	c := clone(orig)
	c[0] = 0
	fmt.Println(orig, c)

	// shifting a window
	window := []int{1, 2, 3, 4}
	for step := 0; step < 3; step++ {
		copy(window, window[1:])
		window[len(window)-1] = 10 + step
		fmt.Println(window)
	}
}
