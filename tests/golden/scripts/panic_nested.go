// panic_nested processes a batch of orders; a bug in a helper three calls
// deep indexes past the end of a slice, and the uncaught runtime panic
// ends the program with Go's message, a goroutine trace and exit status 2.
// Deferred calls still run (and print) while the panic unwinds.
package main

import (
	"fmt"
	"strings"
)

type Order struct {
	ID    int
	Items []string
	Qty   []int
}

func lineTotal(o Order, i int, prices map[string]int) int {
	return o.Qty[i] * prices[o.Items[i]] // Qty may be shorter than Items
}

func orderTotal(o Order, prices map[string]int) int {
	total := 0
	for i := range o.Items {
		total += lineTotal(o, i, prices)
	}
	return total
}

func process(orders []Order, prices map[string]int) (grand int) {
	defer fmt.Println("process: deferred print runs during the panic")
	for _, o := range orders {
		t := orderTotal(o, prices)
		fmt.Printf("order %d: %-20s total %d\n", o.ID, strings.Join(o.Items, ","), t)
		grand += t
	}
	return grand
}

func main() {
	prices := map[string]int{"apple": 3, "pear": 4, "fig": 9}
	orders := []Order{
		{1, []string{"apple", "pear"}, []int{2, 1}},
		{2, []string{"fig"}, []int{5}},
		{3, []string{"apple", "fig", "pear"}, []int{1, 1}},
		{4, []string{"pear"}, []int{10}},
	}
	defer fmt.Println("main: deferred")
	fmt.Println("grand total:", process(orders, prices))
	fmt.Println("unreachable")
}
