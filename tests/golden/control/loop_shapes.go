// Loop shapes the evaluator runs with superinstructions: a two-pointer
// reversal (i, j = i+1, j-1 and s[i], s[j] = s[j], s[i]), one-statement
// bodies (including a goto to the body's own labeled statement), break and
// continue out of them, and the index panic of a swap (Go checks the right
// side's s[j] first).
package main

import "fmt"

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	s := []int{1, 2, 3, 4, 5, 6, 7}
	reverse(s)
	fmt.Println(s)
	fs := []float64{1.5, 2.5}
	fs[0], fs[1] = fs[1], fs[0]
	fmt.Println(fs)
	ps := []*int{new(int), nil}
	ps[0], ps[1] = ps[1], ps[0]
	fmt.Println(ps[0] == nil, ps[1] != nil)
	a, b := 10, 20
	a, b = b+1, a-1
	fmt.Println(a, b)
	n := 0
	for i := 0; i < 10; i++ {
		n += i
	}
	for i := 0; i < 10; i++ {
		if i == 5 {
			break
		}
	}
	k := 0
	for i := 0; i < 3; i++ {
	again:
		if k++; k%2 == 1 {
			goto again
		}
	}
	fmt.Println(n, k)
	defer func() { fmt.Println("recovered:", recover()) }()
	i, j := 1, 9
	s[i], s[j] = s[j], s[i]
}
