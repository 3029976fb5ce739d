package main

import (
	"errors"
	"fmt"
)

// A generic error type: Error() mentions the type argument through %T of
// a zero value; errors.As finds one instantiation and not another; panicking
// with it prints its Error() text.

type NotFound[K comparable] struct{ Key K }

func (e NotFound[K]) Error() string {
	return fmt.Sprintf("key %v (%T) not found", e.Key, e.Key)
}

func Get[K comparable, V any](m map[K]V, k K) (V, error) {
	v, ok := m[k]
	if !ok {
		return v, NotFound[K]{k}
	}
	return v, nil
}

func MustGet[K comparable, V any](m map[K]V, k K) V {
	v, err := Get(m, k)
	if err != nil {
		panic(err)
	}
	return v
}

func main() {
	m := map[string]int{"a": 1}
	_, err := Get(m, "b")
	fmt.Println(err)
	var nf NotFound[string]
	fmt.Println(errors.As(err, &nf), nf.Key)
	var ni NotFound[int]
	fmt.Println(errors.As(err, &ni))
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(wrapped, errors.Is(wrapped, NotFound[string]{"b"}))
	fmt.Println(MustGet(m, "a"))
	fmt.Println(MustGet(map[int]bool{}, 7))
}
