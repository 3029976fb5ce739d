package main

// A reducer whose result type disagrees with the accumulator: Go names the
// type inferred so far ("inferred type func(int, int) int").

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	for _, x := range xs {
		init = f(init, x)
	}
	return init
}

func main() {
	_ = Reduce([]int{1, 2}, 0, func(a, x int) float64 { return 0 })
}
