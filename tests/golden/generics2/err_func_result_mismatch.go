package main

// A predicate literal that forgot its bool result.

func Filter[T any](xs []T, f func(T) bool) []T { return xs }

func main() {
	_ = Filter([]int{1}, func(x int) {})
}
