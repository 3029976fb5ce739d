// hello.go - startup-time benchmark: bench/run.sh runs it 20 times.
package main

import "fmt"

func main() {
	fmt.Println("hello, world")
}
