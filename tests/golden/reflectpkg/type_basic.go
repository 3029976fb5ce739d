package main

import (
	"fmt"
	"reflect"
)

type Celsius float64

type Point struct {
	X, Y int
	name string
}

func (p Point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }
func (p *Point) Move(dx int)   { p.X += dx }
func (p Point) Norm() int      { return p.X*p.X + p.Y*p.Y }

type Shape interface {
	Area() float64
	Name() string
}

func main() {
	vals := []any{1, int8(2), uint(3), 2.5, float32(1.5), "s", true, Celsius(3), Point{1, 2, "p"}, &Point{},
		[]int{1}, [3]string{}, map[string][]int{}, make(chan int), make(<-chan bool), func(int, ...string) error { return nil },
		struct{ A int `json:"a"` }{}, byte(1), 'x', []byte("x"), any(nil)}
	for _, v := range vals {
		t := reflect.TypeOf(v)
		if t == nil {
			fmt.Println("nil type")
			continue
		}
		fmt.Printf("%v|%s|%q|%q|%v|%d|%d|%v\n", t, t.String(), t.Name(), t.PkgPath(), t.Kind(), t.Size(), t.Align(), t.Comparable())
	}
	fmt.Printf("%T\n", reflect.TypeOf(1))
	fmt.Println(reflect.TypeOf(1) == reflect.TypeOf(2), reflect.TypeOf(1) == reflect.TypeOf(int64(2)))
	m := map[reflect.Type]int{}
	m[reflect.TypeOf(1)]++
	m[reflect.TypeOf(2)]++
	m[reflect.TypeOf("")]++
	fmt.Println(len(m), m[reflect.TypeOf(0)])

	pt := reflect.TypeOf(&Point{})
	fmt.Println(pt.Elem(), pt.Elem().Kind(), pt.Kind() == reflect.Ptr, pt.Kind() == reflect.Pointer)
	fmt.Println(reflect.TypeOf(map[string]bool{}).Key(), reflect.TypeOf(map[string]bool{}).Elem())
	fmt.Println(reflect.TypeOf([4]int{}).Len(), reflect.TypeOf([]string{}).Elem())
	ct := reflect.TypeOf(make(chan<- int))
	fmt.Println(ct, ct.ChanDir(), reflect.TypeOf(make(<-chan int)).ChanDir(), reflect.TypeOf(make(chan int)).ChanDir())
	ft := reflect.TypeOf(fmt.Sprintf)
	fmt.Println(ft, ft.NumIn(), ft.In(0), ft.In(1), ft.NumOut(), ft.Out(0), ft.IsVariadic())
	fmt.Println(reflect.TypeOf(1).Bits(), reflect.TypeOf(int16(1)).Bits(), reflect.TypeOf(1.0).Bits())

	st := reflect.TypeOf(Point{})
	fmt.Println(st.NumField(), st.NumMethod(), pt.NumMethod())
	for i := 0; i < st.NumMethod(); i++ {
		m := st.Method(i)
		fmt.Println(m.Name, m.Type, m.Index, m.PkgPath == "")
	}
	for i := 0; i < pt.NumMethod(); i++ {
		m := pt.Method(i)
		fmt.Println(m.Name, m.Type)
	}
	if mm, ok := pt.MethodByName("Move"); ok {
		fmt.Println("found", mm.Name, mm.Type.NumIn())
	}
	_, ok := st.MethodByName("Move")
	fmt.Println(ok)

	shape := reflect.TypeOf((*Shape)(nil)).Elem()
	fmt.Println(shape, shape.Kind(), shape.NumMethod(), shape.Method(0).Name, shape.Method(1).Type)
	stringer := reflect.TypeOf((*fmt.Stringer)(nil)).Elem()
	errT := reflect.TypeOf((*error)(nil)).Elem()
	fmt.Println(stringer, errT, errT.Name(), errT.PkgPath() == "")
	fmt.Println(st.Implements(stringer), pt.Implements(stringer), reflect.TypeOf(1).Implements(stringer))
	fmt.Println(reflect.TypeOf(Celsius(1)).ConvertibleTo(reflect.TypeOf(1)), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf(1)))
	fmt.Println(reflect.TypeOf(1).ConvertibleTo(reflect.TypeOf("")), reflect.TypeOf("").ConvertibleTo(reflect.TypeOf([]byte{})))
	fmt.Println(reflect.TypeOf(Celsius(1)).AssignableTo(reflect.TypeOf(1.0)), reflect.TypeOf(Point{}).AssignableTo(stringer))
	fmt.Println(reflect.PtrTo(st), reflect.PointerTo(st) == pt)
	fmt.Println(reflect.Int.String(), reflect.Kind(100), reflect.Slice, reflect.UnsafePointer)
	fmt.Println(reflect.RecvDir, reflect.SendDir, reflect.BothDir)
}
