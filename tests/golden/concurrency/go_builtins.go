// go_builtins: go statements with built-in calls (legal Go): go close(ch),
// go println(...), go delete; arguments are evaluated at the go statement.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int, 1)
	ch <- 7
	go close(ch)
	time.Sleep(50 * time.Millisecond)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Println(v, ok)

	x := 1
	go println("x was", x)
	x = 2
	time.Sleep(50 * time.Millisecond)

	m := map[string]int{"a": 1, "b": 2}
	go delete(m, "a")
	time.Sleep(50 * time.Millisecond)
	fmt.Println(m)

	dst := make([]int, 3)
	go copy(dst, []int{4, 5, 6, 7})
	time.Sleep(50 * time.Millisecond)
	fmt.Println(dst, x)
}
