package main

import (
	"fmt"
	"os"
)

// os.Exit ends the program at once with the given status: deferred calls
// do not run, and nothing after it is printed. (The first call of check
// returns normally, so its deferred call does run.)

func check(balance int) {
	defer fmt.Println("deferred in check, balance", balance)
	if balance < 0 {
		fmt.Fprintln(os.Stderr, "error: negative balance", balance)
		os.Exit(3)
	}
	fmt.Println("balance ok:", balance)
}

func main() {
	defer fmt.Println("deferred in main: never printed")
	fmt.Println("starting")
	check(10)
	check(-5)
	fmt.Println("unreachable")
}
