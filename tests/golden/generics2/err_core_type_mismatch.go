package main

// A slice passed where the parameter's constraint has the core type
// ~map[K]V.

func Keys[M ~map[K]V, K comparable, V any](m M) []K { return nil }

func main() {
	_ = Keys([]int{1})
}
