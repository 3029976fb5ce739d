// A multi-value call declared as and returned into interface-typed
// variables: the results were stored unboxed (segmentation fault on use);
// found by reading the checker (session 4). Golden twin:
// tests/golden/lang/tuple_to_interface.go.
package main

import "fmt"

func pair() (int, string) { return 1, "a" }

func both() (any, any) { return pair() }

func main() {
	var a, b interface{} = pair()
	c, d := both()
	fmt.Println(a, b, c, d)
}
