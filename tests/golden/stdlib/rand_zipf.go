package main

import (
	"fmt"
	"math/rand"
)

func main() {
	z := rand.NewZipf(rand.New(rand.NewSource(1)), 1.5, 2, 10)
	for i := 0; i < 10; i++ {
		fmt.Print(z.Uint64(), " ")
	}
	fmt.Println()
	fmt.Println(rand.NewZipf(rand.New(rand.NewSource(1)), 1, 2, 10) == nil)
	var nz *rand.Zipf
	nz.Uint64()
}
