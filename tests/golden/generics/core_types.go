package main

import "fmt"

// Operations through core types: a ~chan T parameter sent to and closed,
// len/index/slice on ~string | ~[]byte (the byte-string rule), nil
// comparison of S ~[]E, make of M ~map[K]V and C ~chan E, append of a
// string to S ~[]byte, and copy between S ~[]E values.

func Send[C ~chan T, T any](c C, vs ...T) {
	for _, v := range vs {
		c <- v
	}
	close(c)
}

func Drain[C ~chan T, T any](c C) []T {
	var out []T
	for v := range c {
		out = append(out, v)
	}
	return out
}

func Len[T ~string | ~[]byte](x T) int { return len(x) }

func At[T ~string | ~[]byte](x T, i int) byte { return x[i] }

func Tail[T ~string | ~[]byte](x T) T { return x[1:] }

func IsNil[S ~[]E, E any](s S) bool { return s == nil }

func MakeMap[M ~map[K]V, K comparable, V any](n int) M { return make(M, n) }

func MakeChan[C ~chan E, E any](n int) C { return make(C, n) }

func Cat[S ~[]byte](s S, str string) S { return append(s, str...) }

func Copy[S ~[]E, E any](dst, src S) int { return copy(dst, src) }

type Queue chan int
type Bytes []byte
type Dict map[string]int

func main() {
	q := make(Queue, 3)
	Send(q, 1, 2, 3)
	fmt.Println(Drain(q))
	fmt.Println(Len("héllo"), Len([]byte{1, 2}), Len(Bytes("abc")))
	fmt.Println(At("abc", 1), At([]byte("xyz"), 2))
	fmt.Println(Tail("abc"), Tail([]byte("xyz")), Tail(Bytes("q")) == nil)
	fmt.Println(IsNil([]int(nil)), IsNil([]string{}))
	d := MakeMap[Dict](4)
	d["a"] = 1
	fmt.Printf("%v %T\n", d, d)
	c := MakeChan[Queue](2)
	fmt.Printf("%d %T\n", cap(c), c)
	b := Cat(Bytes("go"), "pher")
	fmt.Printf("%s %T\n", b, b)
	dst := make([]int, 2)
	fmt.Println(Copy(dst, []int{7, 8, 9}), dst)
}
