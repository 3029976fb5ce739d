// Elided composite literals of a pointer element type: *S, a named
// pointer type PS and a type parameter constrained by *S or PS (Go's
// test/typeparam/issue50833.go); a constraint named by a type declaration,
// type C comparable (subdict.go).
package main

import "fmt"

type (
	S  struct{ f int }
	PS *S
)

func a() []*S { return []*S{{f: 1}} }
func b() []PS { return []PS{{f: 2}, {3}} }

func c[P *S]() []P { return []P{{f: 4}} }
func d[P PS]() []P { return []P{{f: 5}} }

func m() map[string]PS { return map[string]PS{"k": {f: 6}} }

type C comparable

type value[T C] struct {
	val T
}

func (v *value[T]) test(def T) bool {
	return v.val == def
}

func (v *value[T]) get(def T) T {
	var c value[int]
	if c.test(32) {
		return def
	} else if v.test(def) {
		return def
	}
	return v.val
}

func main() {
	fmt.Println(a()[0].f, b()[0].f, b()[1].f, c[*S]()[0].f, d[PS]()[0].f, m()["k"].f)
	fmt.Printf("%T %T\n", b()[0], d[PS]())
	var s value[string]
	fmt.Printf("%q\n", s.get("ab"))
	s.val = "x"
	fmt.Printf("%q\n", s.get("ab"))
}
