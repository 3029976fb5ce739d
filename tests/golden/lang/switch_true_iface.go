package main

// A switch without a tag compares each case with true: an interface value
// holding true matches it (Go's test/switch.go, issue 3980).

import "fmt"

type B bool

func main() {
	for _, v := range []interface{}{true, false, "x", B(true)} {
		switch i := v; {
		case i:
			fmt.Println(v, "matched true")
		case false:
			fmt.Println(v, "never")
		default:
			fmt.Println(v, "default")
		}
	}
	var e error
	switch {
	case e == nil && true:
		fmt.Println("bool case")
	}
}
