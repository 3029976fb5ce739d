// goto.go - goto statements at run time: backward loops, forward jumps out
// of nested loops, into the enclosing list from switch, select, type
// switch and blocks, restarting a labeled for loop, in closures; labels
// used only by goto are used.
package main

import "fmt"

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
}

func find(grid [][]int, want int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == want {
				fmt.Println("found", want)
				goto done
			}
		}
	}
	return -1, -1
done:
	return 1, 1
}

func main() {
	fmt.Println(collatz(27))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 3))
	fmt.Println(find([][]int{{1, 2}, {3, 4}}, 5))
	i := 0
again:
	switch {
	case i < 3:
		fmt.Println("case", i)
		i++
		goto again
	default:
		fmt.Println("default", i)
	}
	var fs []func() int
	k := 0
next:
	{
		x := k * 10
		fs = append(fs, func() int { return x })
	}
	k++
	if k < 3 {
		goto next
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	n := 0
outer:
	for {
		select {
		default:
			n++
			if n < 5 {
				goto outer
			}
			break outer
		}
	}
	fmt.Println("n", n)
	j := 0
L:
	for ; j < 10; j++ {
		if j == 2 {
			j = 5
			goto L
		}
		if j == 7 {
			continue L
		}
		fmt.Print(j, " ")
	}
	fmt.Println()
	func() {
		m := 0
	top:
		m++
		if m < 3 {
			goto top
		}
		fmt.Println("closure", m)
	}()
	var t interface{} = 1
	cnt := 0
ts:
	switch t.(type) {
	case int:
		cnt++
		if cnt < 3 {
			goto ts
		}
	}
	fmt.Println("ts", cnt)
}
