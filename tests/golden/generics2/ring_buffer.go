package main

import (
	"errors"
	"fmt"
)

// A fixed-size generic ring buffer with an error sentinel, a generic Drain
// into a slice, and an array-backed variant Ring4[T] using [4]T.

var ErrFull = errors.New("ring: full")
var ErrEmpty = errors.New("ring: empty")

type Ring[T any] struct {
	buf        []T
	head, size int
}

func NewRing[T any](n int) *Ring[T] { return &Ring[T]{buf: make([]T, n)} }

func (r *Ring[T]) Put(v T) error {
	if r.size == len(r.buf) {
		return ErrFull
	}
	r.buf[(r.head+r.size)%len(r.buf)] = v
	r.size++
	return nil
}

func (r *Ring[T]) Get() (T, error) {
	var zero T
	if r.size == 0 {
		return zero, ErrEmpty
	}
	v := r.buf[r.head]
	r.buf[r.head] = zero
	r.head = (r.head + 1) % len(r.buf)
	r.size--
	return v, nil
}

func Drain[T any](r *Ring[T]) []T {
	var out []T
	for {
		v, err := r.Get()
		if errors.Is(err, ErrEmpty) {
			return out
		}
		out = append(out, v)
	}
}

type Ring4[T any] struct {
	a    [4]T
	n, i int
}

func (r *Ring4[T]) Add(v T) {
	r.a[(r.i+r.n)%4] = v
	if r.n < 4 {
		r.n++
	} else {
		r.i = (r.i + 1) % 4
	}
}

func (r Ring4[T]) Items() []T {
	out := make([]T, 0, r.n)
	for k := 0; k < r.n; k++ {
		out = append(out, r.a[(r.i+k)%4])
	}
	return out
}

func main() {
	r := NewRing[int](3)
	for i := 0; i < 5; i++ {
		if err := r.Put(i * i); err != nil {
			fmt.Println(i, err)
		}
	}
	v, err := r.Get()
	fmt.Println(v, err)
	r.Put(100)
	fmt.Println(Drain(r))
	_, err = r.Get()
	fmt.Println(err, err == ErrEmpty)

	rs := NewRing[[]string](2)
	rs.Put([]string{"x"})
	rs.Put(nil)
	fmt.Println(rs.Put([]string{"z"}))
	got := Drain(rs)
	fmt.Println(len(got), got, got[1] == nil)

	var w Ring4[float64]
	for i := 1; i <= 6; i++ {
		w.Add(float64(i) / 2)
	}
	fmt.Println(w.Items(), w)
	var ws Ring4[string]
	ws.Add("a")
	fmt.Printf("%v|%q|%d\n", ws.Items(), ws.a, ws.n)
}
