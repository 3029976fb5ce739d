package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// A Result[T] type with generic free functions for chaining (Then can't
// be a method with its own type parameter), Must that panics, Collect of
// []Result[T] into Result[[]T], and the zero value of Result.

type Result[T any] struct {
	Val T
	Err error
}

func Ok[T any](v T) Result[T]         { return Result[T]{Val: v} }
func Fail[T any](err error) Result[T] { return Result[T]{Err: err} }

func (r Result[T]) String() string {
	if r.Err != nil {
		return "Err(" + r.Err.Error() + ")"
	}
	return fmt.Sprintf("Ok(%v)", r.Val)
}

func (r Result[T]) OrElse(d T) T {
	if r.Err != nil {
		return d
	}
	return r.Val
}

func Then[T, U any](r Result[T], f func(T) (U, error)) Result[U] {
	if r.Err != nil {
		return Fail[U](r.Err)
	}
	u, err := f(r.Val)
	return Result[U]{u, err}
}

func Collect[T any](rs []Result[T]) Result[[]T] {
	var out []T
	var errs []string
	for _, r := range rs {
		if r.Err != nil {
			errs = append(errs, r.Err.Error())
			continue
		}
		out = append(out, r.Val)
	}
	if errs != nil {
		return Fail[[]T](errors.New(strings.Join(errs, "; ")))
	}
	return Ok(out)
}

func positive(n int) (int, error) {
	if n <= 0 {
		return 0, fmt.Errorf("%d is not positive", n)
	}
	return n, nil
}

func main() {
	inputs := []string{"12", "-3", "x", "7"}
	var rs []Result[float64]
	for _, in := range inputs {
		r := Then(Then(Ok(in), strconv.Atoi), positive)
		h := Then(r, func(n int) (float64, error) { return 1 / float64(n), nil })
		fmt.Println(r, h.OrElse(-1))
		rs = append(rs, h)
	}
	fmt.Println(Collect(rs))
	fmt.Println(Collect(rs[:1]), Collect([]Result[bool]{}))
	var zero Result[[]string]
	fmt.Printf("%v %+v %v\n", zero, zero.Val == nil, zero.Err)
	words := Then(Ok("a b c"), func(s string) ([]string, error) { return strings.Fields(s), nil })
	fmt.Printf("%v %d\n", words, len(words.Val))
}
