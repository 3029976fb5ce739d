package main

import "fmt"

// Type parameters inside composite types: array fields [4]T, arrays passed
// and returned by value ([3]T), func-typed fields (func(T) bool), pointer
// and map fields of T, an anonymous struct holding T, and a generic struct
// copied by value (the copy is independent).

type Number interface{ ~int | ~float64 }

type Vec3[T Number] [3]T

func (v Vec3[T]) Dot(w Vec3[T]) T { return v[0]*w[0] + v[1]*w[1] + v[2]*w[2] }

func (v Vec3[T]) Scale(k T) Vec3[T] {
	for i := range v {
		v[i] *= k
	}
	return v
}

type Ring[T any] struct {
	buf  [4]T
	next int
}

func (r *Ring[T]) Put(v T) {
	r.buf[r.next%len(r.buf)] = v
	r.next++
}

type Validator[T any] struct {
	Name  string
	Check func(T) bool
	Seen  map[string]*T
}

func Reverse3[T any](a [3]T) [3]T { return [3]T{a[2], a[1], a[0]} }

func Wrap[T any](v T) struct {
	Val T
	N   int
} {
	return struct {
		Val T
		N   int
	}{v, 1}
}

func main() {
	v := Vec3[int]{1, 2, 3}
	w := v.Scale(2)
	fmt.Println(v, w, v.Dot(w))
	f := Vec3[float64]{0.5, 0, 1}
	fmt.Printf("%v %T %v\n", f.Dot(f), f, len(f))

	var r Ring[string]
	for _, s := range []string{"a", "b", "c", "d", "e", "f"} {
		r.Put(s)
	}
	r2 := r
	r2.Put("z")
	fmt.Println(r.buf, r2.buf, r.next, r2.next)

	pos := Validator[int]{Name: "positive", Check: func(n int) bool { return n > 0 }, Seen: map[string]*int{}}
	x := 5
	pos.Seen["x"] = &x
	*pos.Seen["x"] = -1
	fmt.Println(pos.Name, pos.Check(3), pos.Check(x), x)
	fmt.Println(Reverse3([3]string{"a", "b", "c"}), Reverse3([3]bool{true}))
	fmt.Printf("%+v\n", Wrap(2.5))
}
