// goto_errors.go - Go 1.19's goto errors: jumping over a variable
// declaration (:= and var), into a block (block, for body, case clause),
// undefined labels, and a label nobody uses.
package main

import "fmt"

func main() {
unused:
	i := 0
L:
	if i < 3 {
		i++
		goto L
	}
	goto M
	x := 1
	_ = x
M:
	goto N
	{
	N:
		fmt.Println()
	}
	goto P
	for {
	P:
	}
	goto Q
	var y int
	_ = y
Q:
	goto Z
	switch {
	case true:
	R:
		goto S
	}
S:
	goto R
}
