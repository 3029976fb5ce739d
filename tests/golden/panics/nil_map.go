package main

import "fmt"

// Writing to a nil map panics; reading from it, len and delete do not.

type Registry struct {
	names map[string]int
}

func lookup(r *Registry, name string) int { return r.names[name] }

func register(r *Registry, name string) {
	r.names[name] = len(r.names) + 1
}

func main() {
	var r Registry
	fmt.Println("lookup:", lookup(&r, "x"), len(r.names))
	delete(r.names, "x")
	counts := map[string]int{}
	counts["ok"]++
	fmt.Println(counts)
	register(&r, "x")
	fmt.Println("unreachable")
}
