// recover_direct.go - recover returns nil unless called directly by a
// deferred function (not by a helper it calls, not by a closure it calls,
// not outside a panic); a re-panic in a deferred call prints
// "panic: X [recovered]" and the new panic.
package main

import (
	"errors"
	"fmt"
)

func helper() interface{} { return recover() }

func indirect() {
	defer func() {
		r := helper()
		fmt.Println("helper recover:", r)
		fmt.Println("direct recover:", recover())
	}()
	panic("boom")
}

func notDeferred() {
	fmt.Println("not deferred:", recover())
}

func deferredDirect() {
	defer fmt.Println("printed")
	defer func() {
		func() {
			fmt.Println("nested closure recover:", recover())
		}()
		fmt.Println("outer recover:", recover())
	}()
	panic(errors.New("E"))
}

func main() {
	indirect()
	notDeferred()
	deferredDirect()
	defer func() {
		panic(fmt.Sprintf("again %v", recover()))
	}()
	panic("first")
}
