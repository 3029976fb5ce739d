package main

import "fmt"

// Function literals cannot have type parameters (a syntax error).

func main() {
	id := func[T any](x T) T { return x }
	fmt.Println(id(1))
}
