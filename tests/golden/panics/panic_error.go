package main

import (
	"errors"
	"fmt"
)

// panic with an error value prints its Error() text.

var ErrEmpty = errors.New("queue is empty")

func pop(q []int) (int, []int) {
	if len(q) == 0 {
		panic(ErrEmpty)
	}
	return q[0], q[1:]
}

func main() {
	q := []int{1, 2}
	var v int
	for i := 0; i < 3; i++ {
		v, q = pop(q)
		fmt.Println("popped", v)
	}
}
