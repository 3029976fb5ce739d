// tuple_to_interface: the values of a multi-value expression (a call, a
// comma-ok map index, type assertion or receive) assigned to or declared as
// interface-typed variables are boxed with their own dynamic types.
// gosub once stored them raw (a segmentation fault on printing) in
// declarations and rejected them in assignments. (A package-level
// `var a, b interface{} = f()` is an internal compiler error in Go 1.19.)
package main

import (
	"errors"
	"fmt"
)

type myErr struct{ code int }

func (e *myErr) Error() string { return fmt.Sprint("code ", e.code) }

func pair() (int, string)        { return 1, "a" }
func withErr() (float64, *myErr) { return 2.5, &myErr{7} }
func structs() (struct{ X, Y int }, [2]bool) {
	return struct{ X, Y int }{3, 4}, [2]bool{true, false}
}

func retTuple() (any, error) { return withErr() }

type box struct{ v []any }

func (b *box) put(vs ...any) { b.v = append(b.v, vs...) }

func retIface() (interface{}, fmt.Stringer, error) {
	var x interface{}
	var err error
	x, err = withErr()
	return x, nil, err
}

func main() {
	var a, b interface{} = pair()
	fmt.Printf("%v %T %v %T\n", a, a, b, b)

	var x any
	var s string
	x, s = pair()
	fmt.Printf("%v %T %s\n", x, x, s)

	var f interface{}
	var err error
	f, err = withErr()
	fmt.Printf("%v %T %v %T\n", f, f, err, err)
	var me *myErr
	fmt.Println(errors.As(err, &me), me.code)

	var p, q any = structs()
	fmt.Printf("%v %T %v %T\n", p, p, q, q)

	m := map[string]int{"k": 5}
	var v0, ok0 = m["k"]   // comma-ok in a var declaration (gosub once said "2 variables but 1 value")
	var v1, ok1 interface{} = m["k"], true
	fmt.Println(v0, ok0, v1, ok1)
	var v, ok interface{} = m["k"]
	fmt.Printf("%v %T %v %T\n", v, v, ok, ok)
	var w any
	var found bool
	w, found = m["missing"]
	fmt.Printf("%v %T %v\n", w, w, found)

	var y interface{} = 42
	var z, isInt any = y.(int)
	fmt.Printf("%v %T %v %T\n", z, z, isInt, isInt)

	ch := make(chan string, 1)
	ch <- "hello"
	var r, rok any = <-ch
	fmt.Printf("%v %T %v %T\n", r, r, rok, rok)
	close(ch)
	r, rok = <-ch
	fmt.Printf("%q %T %v\n", r, r, rok)

	i1, i2, i3 := retIface()
	fmt.Printf("%v %T %v %v %T\n", i1, i1, i2, i3, i3)
	fmt.Println(a == 1, b == "a", x == 1)

	t1, t2 := retTuple()
	fmt.Printf("%v %T %v %T\n", t1, t1, t2, t2)
	fmt.Println(fmt.Sprint(withErr()), fmt.Sprint(pair()))
	bx := &box{}
	bx.put(pair())
	defer bx.put(withErr())
	func() {
		defer func() { fmt.Printf("%v %T\n", bx.v, bx.v[0]) }()
	}()
}
