package main

import "fmt"

// The tilde: ~int admits named types whose underlying type is int (MyInt,
// Weekday) and their methods stay usable on the results; a constraint of
// plain `int` (no tilde) admits only int itself.

type Integer interface{ ~int | ~int8 | ~uint16 }

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%d)", int(m)) }

type Weekday int8

func Double[T Integer](x T) T { return x * 2 }

func Exactly[T int](x T) T { return x + 1 }

func Clamp[T Integer](x, lo, hi T) T {
	if x < lo {
		return lo
	}
	if x > hi {
		return hi
	}
	return x
}

func main() {
	m := Double(MyInt(21))
	fmt.Println(m)
	fmt.Printf("%v %d %T\n", m, m, m)
	fmt.Println(m.String())
	w := Double(Weekday(3))
	fmt.Printf("%v %T\n", w, w)
	var u uint16 = 40000
	fmt.Println(Double(u))
	fmt.Println(Exactly(41))
	fmt.Println(Clamp(MyInt(12), 0, 10), Clamp(Weekday(-4), 0, 6), Clamp(5, 0, 10))
	var i8 int8 = 100
	fmt.Println(Double(i8))
}
