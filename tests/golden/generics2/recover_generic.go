package main

import (
	"errors"
	"fmt"
)

// recover inside generic code: Try[T] turns a panic into an error, named
// results of type T modified by a deferred closure, runtime errors
// (index, nil map, division, failed assertion to T) caught in generic
// functions; last, a panic in a deferred call is recovered by the generic
// WithDefault, so the outer recover() is nil and asserting it to
// Boom[string] panics (exit 2).

func Try[T any](f func() T) (res T, err error) {
	defer func() {
		if r := recover(); r != nil {
			switch x := r.(type) {
			case error:
				err = x
			default:
				err = fmt.Errorf("panic: %v", x)
			}
		}
	}()
	return f(), nil
}

func At[T any](xs []T, i int) T { return xs[i] }

func Div[T ~int | ~int64](a, b T) T { return a / b }

func As[T any](x any) T { return x.(T) }

func WithDefault[T any](def T, f func() T) (out T) {
	defer func() {
		if recover() != nil {
			out = def
		}
	}()
	out = f()
	return
}

type Boom[T any] struct{ V T }

func main() {
	v, err := Try(func() int { return At([]int{1, 2}, 1) })
	fmt.Println(v, err)
	v, err = Try(func() int { return At([]int{1, 2}, 5) })
	fmt.Println(v, err)
	_, err = Try(func() bool { var m map[string]bool; m["x"] = true; return true })
	fmt.Println(err)
	_, err = Try(func() int64 { return Div[int64](1, 0) })
	fmt.Println(err)
	_, err = Try(func() string { return As[string](42) })
	fmt.Println(err)
	_, err = Try(func() []int { return As[[]int]([]string{}) })
	fmt.Println(err)
	s, err := Try(func() string { panic(Boom[int]{7}) })
	fmt.Printf("%q %v\n", s, err)
	var re interface{ RuntimeError() }
	_, err = Try(func() int { return At([]int{}, 0) })
	fmt.Println(errors.As(err, &re))
	fmt.Println(WithDefault("def", func() string { panic("x") }), WithDefault(1.5, func() float64 { return 2.5 }))
	r := WithDefault([]int{0}, func() []int { return At([][]int{{1}}, 3) })
	fmt.Println(r)
	func() {
		defer func() {
			b := recover().(Boom[string])
			fmt.Printf("outer got %+v %T\n", b, b)
		}()
		WithDefault(0, func() int {
			defer func() { panic(Boom[string]{"again"}) }()
			return 1
		})
		fmt.Println("not reached?")
	}()
}
