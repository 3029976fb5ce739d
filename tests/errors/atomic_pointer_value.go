package main

import (
	"fmt"
	"sync/atomic"
)

func main() {
	fmt.Println(atomic.Pointer)
}
