package main

import "fmt"

// Map elements are not addressable: a field of a struct stored in a map
// cannot be assigned in place.

type Account struct {
	Owner   string
	Balance int
}

func main() {
	accounts := map[string]Account{"ann": {"Ann", 10}}
	accounts["ann"].Balance += 5
	fmt.Println(accounts)
}
