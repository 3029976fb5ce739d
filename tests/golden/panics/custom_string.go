package main

import "fmt"

// panic with a formatted string: deferred calls run first (in reverse
// order) and their output appears before the crash.

func withdraw(balance, amount int) int {
	if amount > balance {
		panic(fmt.Sprintf("insufficient funds: balance %d, requested %d", balance, amount))
	}
	return balance - amount
}

func main() {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	b := withdraw(100, 30)
	fmt.Println("balance", b)
	b = withdraw(b, 500)
	fmt.Println("unreachable", b)
}
