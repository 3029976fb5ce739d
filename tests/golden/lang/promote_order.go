package main

// Methods promoted through several embedded pointers whatever the
// declaration order: T1{T2}, T2{*T3}, T3{*T4}, T4 has M (Go's
// test/method5.go).

import "fmt"

type Tinter interface{ M(int) int }

type T1 struct{ T2 }

type T2 struct{ *T3 }

type T3 struct{ *T4 }

type T4 struct{ base int }

func (t *T4) M(x int) int { return t.base + x }

func check(name string, i Tinter) { fmt.Println(name, i.M(2)) }

func main() {
	t4 := T4{40}
	t3 := T3{&t4}
	t2 := T2{&t3}
	t1 := T1{t2}
	check("t3", t3)
	check("&t3", &t3)
	check("t2", t2)
	check("&t2", &t2)
	check("t1", t1)
	check("&t1", &t1)
	fmt.Println(t1.M(1), T1.M(t1, 3), (*T2).M(&t2, 4))
}
