package main

import (
	"errors"
	"fmt"
	"strconv"
)

// A generic error type used with errors.As / errors.Is: ValidationError[T]
// carries the offending value; As into *ValidationError[int] must not match
// a ValidationError[string]; wrapping with %w; a pointer-receiver generic
// error; Is method on a generic type.

type ValidationError[T any] struct {
	Field string
	Value T
}

func (e ValidationError[T]) Error() string {
	return fmt.Sprintf("invalid %s: %v", e.Field, e.Value)
}

type NotFound[K comparable] struct{ Key K }

func (e *NotFound[K]) Error() string { return fmt.Sprintf("not found: %v", e.Key) }

func (e *NotFound[K]) Is(target error) bool {
	t, ok := target.(*NotFound[K])
	return ok && t.Key == e.Key
}

func checkAge(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse age: %w", ValidationError[string]{"age", s})
	}
	if n < 0 || n > 150 {
		return 0, fmt.Errorf("check age: %w", ValidationError[int]{"age", n})
	}
	return n, nil
}

func Lookup[K comparable, V any](m map[K]V, k K) (V, error) {
	v, ok := m[k]
	if !ok {
		return v, fmt.Errorf("lookup: %w", &NotFound[K]{k})
	}
	return v, nil
}

func main() {
	for _, in := range []string{"42", "abc", "200", "-1"} {
		n, err := checkAge(in)
		var ie ValidationError[int]
		var se ValidationError[string]
		switch {
		case err == nil:
			fmt.Println("ok", n)
		case errors.As(err, &ie):
			fmt.Println("int error:", ie.Value, ie.Value > 100, "|", err)
		case errors.As(err, &se):
			fmt.Printf("string error: %q | %v\n", se.Value, err)
		}
	}
	m := map[string]int{"a": 1}
	_, err := Lookup(m, "zz")
	fmt.Println(err)
	var nf *NotFound[string]
	fmt.Println(errors.As(err, &nf), nf.Key)
	var nfi *NotFound[int]
	fmt.Println(errors.As(err, &nfi), nfi == nil)
	fmt.Println(errors.Is(err, &NotFound[string]{"zz"}), errors.Is(err, &NotFound[string]{"a"}), errors.Is(err, &NotFound[int]{0}))
	_, err = Lookup(map[int]bool{}, 7)
	fmt.Println(errors.Is(err, &NotFound[int]{7}), err)
	v, err := Lookup(m, "a")
	fmt.Println(v, err)
	var e error = ValidationError[[]int]{"list", []int{1}}
	_, isInt := e.(ValidationError[int])
	fmt.Println(isInt, e)
}
