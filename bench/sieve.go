// sieve.go - benchmark: sieve of Eratosthenes over a []bool (tight loops,
// slice indexing). Usage: sieve.go [limit]   (default 10000000)
package main

import (
	"fmt"
	"os"
	"strconv"
)

func main() {
	limit := 10000000
	if len(os.Args) > 1 {
		limit, _ = strconv.Atoi(os.Args[1])
	}
	composite := make([]bool, limit)
	count := 0
	sum := 0
	for i := 2; i < limit; i++ {
		if composite[i] {
			continue
		}
		count++
		sum += i
		for j := i * i; j < limit; j += i {
			composite[j] = true
		}
	}
	fmt.Println("primes below", limit, "=", count, "sum", sum)
}
