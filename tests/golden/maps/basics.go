package main

import "fmt"

// Map basics: nil map reads, comma-ok, delete (also of missing keys and
// on nil maps), len, zero values, updating through the index expression.

func main() {
	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["missing"])
	v, ok := nilMap["missing"]
	fmt.Println(v, ok)
	delete(nilMap, "missing")
	for range nilMap {
		fmt.Println("never")
	}

	stock := map[string]int{"apple": 5, "pear": 0}
	if n, ok := stock["pear"]; ok {
		fmt.Println("pear in stock map with", n)
	}
	if _, ok := stock["plum"]; !ok {
		fmt.Println("no plum")
	}
	stock["apple"] += 3
	stock["plum"]++
	fmt.Println(stock["apple"], stock["plum"], len(stock))
	delete(stock, "pear")
	delete(stock, "kiwi")
	fmt.Println(len(stock), stock)

	ages := make(map[string]int, 100)
	fmt.Println(len(ages))
	ages["bob"] = 31
	ages["ann"] = 27
	ages["bob"] = 32
	fmt.Println(ages)

	// counting and summing by key, printed in a fixed key order
	counts := map[rune]int{}
	for _, r := range "mississippi" {
		counts[r]++
	}
	for _, r := range "misp" {
		fmt.Printf("%c=%d ", r, counts[r])
	}
	fmt.Println(len(counts))

	// maps are references: a copy of the map value shares the entries
	alias := stock
	alias["fig"] = 1
	fmt.Println(stock["fig"], len(stock))

	// deleting during range is allowed; sum the rest
	m := map[int]int{1: 10, 2: 20, 3: 30, 4: 40}
	for k := range m {
		if k%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(m, len(m))
	bools := map[bool]string{true: "yes", false: "no"}
	fmt.Println(bools[1 > 0], bools)
}
