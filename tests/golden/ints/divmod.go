package main

import "fmt"

// Integer division truncates toward zero; the remainder takes the sign of
// the dividend. Shifts by constants stand in for power-of-two division
// only for non-negative values.

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	pairs := [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}, {0, 5}, {6, 3}, {1, 7}}
	for _, p := range pairs {
		q, r := divmod(p[0], p[1])
		fmt.Printf("%3d / %2d = %2d rem %2d  check %v\n", p[0], p[1], q, r, q*p[1]+r == p[0])
	}

	var a int8 = -100
	var b int8 = 7
	fmt.Println(a/b, a%b, a>>1, a/2)
	var u uint8 = 200
	var v uint8 = 7
	fmt.Println(u/v, u%v, u>>1)

	// modulo for wrapping indices in a ring
	ring := []string{"a", "b", "c", "d"}
	pos := 1
	for _, step := range []int{3, -2, -5, 6} {
		pos = ((pos+step)%len(ring) + len(ring)) % len(ring)
		fmt.Print(ring[pos], " ")
	}
	fmt.Println()

	// digits of a number by repeated division
	n := 9071
	digits := []int{}
	for n > 0 {
		digits = append([]int{n % 10}, digits...)
		n /= 10
	}
	fmt.Println(digits)

	// compound assignment forms
	x := 100
	x /= 7
	x %= 5
	x *= -3
	x -= 4
	fmt.Println(x)
}
