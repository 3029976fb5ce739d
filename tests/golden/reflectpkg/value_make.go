package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Celsius float64
type Names []string

type Greeter struct{ Who string }

func (g Greeter) Hello(greeting string, n int) string {
	return strings.Repeat(greeting+" "+g.Who+"! ", n)
}
func (g *Greeter) Rename(s string) { g.Who = s }
func (g Greeter) String() string  { return "Greeter(" + g.Who + ")" }
func (g Greeter) Sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	st := reflect.SliceOf(reflect.TypeOf(0))
	fmt.Println(st, st == reflect.TypeOf([]int{}))
	s := reflect.MakeSlice(st, 2, 5)
	s.Index(0).SetInt(10)
	s = reflect.Append(s, reflect.ValueOf(3), reflect.ValueOf(4))
	s = reflect.AppendSlice(s, reflect.ValueOf([]int{7, 8}))
	fmt.Println(s, s.Len(), s.Cap(), s.Interface().([]int))
	fmt.Println(s.Slice(1, 3), s.Slice(1, 3).Len(), s.Slice(1, 3).Cap())
	arr := [4]string{"a", "b", "c", "d"}
	fmt.Println(reflect.ValueOf(&arr).Elem().Slice(1, 3), reflect.ValueOf("hello").Slice(1, 4))
	dst := reflect.MakeSlice(reflect.TypeOf([]int{}), 3, 3)
	fmt.Println(reflect.Copy(dst, s), dst)
	b := reflect.MakeSlice(reflect.TypeOf([]byte{}), 5, 5)
	fmt.Println(reflect.Copy(b, reflect.ValueOf("xyz")), b.Bytes())
	x := []int{1, 2, 3, 4}
	xv := reflect.ValueOf(&x).Elem()
	xv.SetLen(2)
	fmt.Println(x, len(x), cap(x))

	mt := reflect.MapOf(reflect.TypeOf(""), reflect.TypeOf(0))
	m := reflect.MakeMap(mt)
	m.SetMapIndex(reflect.ValueOf("a"), reflect.ValueOf(1))
	m2 := reflect.MakeMapWithSize(mt, 10)
	m2.SetMapIndex(reflect.ValueOf("b"), reflect.ValueOf(2))
	fmt.Println(mt, m, m2.Interface(), m.Len())

	fmt.Println(reflect.ValueOf(3.9).Convert(reflect.TypeOf(0)), reflect.ValueOf(-3.9).Convert(reflect.TypeOf(int8(0))))
	fmt.Println(reflect.ValueOf(300).Convert(reflect.TypeOf(uint8(0))), reflect.ValueOf(65).Convert(reflect.TypeOf("")))
	fmt.Println(reflect.ValueOf(Celsius(36.6)).Convert(reflect.TypeOf(0.0)).Type(), reflect.ValueOf(2.5).Convert(reflect.TypeOf(Celsius(0))).Type())
	fmt.Println(reflect.ValueOf("hé").Convert(reflect.TypeOf([]byte{})), reflect.ValueOf("hé").Convert(reflect.TypeOf([]rune{})))
	fmt.Println(reflect.ValueOf([]byte("ok")).Convert(reflect.TypeOf("")), reflect.ValueOf([]string{"q"}).Convert(reflect.TypeOf(Names{})).Type())
	fmt.Println(reflect.ValueOf(7).Convert(reflect.TypeOf((*any)(nil)).Elem()).Kind(), reflect.ValueOf(uint(5)).Convert(reflect.TypeOf(float32(0))))
	fmt.Println(reflect.ValueOf(1).CanConvert(reflect.TypeOf("")), reflect.ValueOf("").CanConvert(reflect.TypeOf(1)))
	fmt.Println(reflect.ValueOf(1).CanInt(), reflect.ValueOf(uint(1)).CanUint(), reflect.ValueOf(1.0).CanFloat(), reflect.ValueOf("").CanInt())
	fmt.Println(reflect.ValueOf(int8(0)).OverflowInt(200), reflect.ValueOf(int8(0)).OverflowInt(-128), reflect.ValueOf(uint16(0)).OverflowUint(70000), reflect.ValueOf(float32(0)).OverflowFloat(1e39))

	g := Greeter{"Bob"}
	gv := reflect.ValueOf(g)
	fmt.Println(gv.NumMethod(), gv.Type().Method(0).Name)
	hello := gv.MethodByName("Hello")
	fmt.Println(hello.Kind(), hello.Type(), hello.Type().NumIn())
	out := hello.Call([]reflect.Value{reflect.ValueOf("Hi"), reflect.ValueOf(2)})
	fmt.Printf("%q\n", out[0].String())
	fmt.Println(gv.Method(2).Call(nil)[0], gv.MethodByName("Nope").IsValid())
	fmt.Println(gv.MethodByName("Sum").Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf(2), reflect.ValueOf(3)})[0])
	pg := reflect.ValueOf(&g)
	pg.MethodByName("Rename").Call([]reflect.Value{reflect.ValueOf("Eve")})
	fmt.Println(g.Who, pg.NumMethod())
	f := gv.MethodByName("Hello").Interface().(func(string, int) string)
	fmt.Printf("%q\n", f("Yo", 1))
	var st2 fmt.Stringer = g
	sv := reflect.ValueOf(&st2).Elem()
	fmt.Println(sv.Kind(), sv.NumMethod(), sv.Method(0).Call(nil)[0])

	words := []string{"pear", "apple", "fig"}
	swap := reflect.Swapper(words)
	swap(0, 2)
	fmt.Println(words)
	people := []Greeter{{"z"}, {"a"}, {"m"}}
	sw := reflect.Swapper(people)
	sort.Slice(people, func(i, j int) bool { return people[i].Who < people[j].Who })
	sw(0, 1)
	fmt.Println(people)
}

func init() {
	t := reflect.TypeOf(Greeter{})
	m, _ := t.MethodByName("Hello")
	out := m.Func.Call([]reflect.Value{reflect.ValueOf(Greeter{"Al"}), reflect.ValueOf("Hey"), reflect.ValueOf(1)})
	fmt.Printf("%q %v %v\n", out[0].String(), m.Func.Type(), m.Func.Kind())
	f := m.Func.Interface().(func(Greeter, string, int) string)
	fmt.Printf("%q\n", f(Greeter{"Cy"}, "Ho", 2))
	pm, _ := reflect.TypeOf(&Greeter{}).MethodByName("Rename")
	g := &Greeter{"old"}
	pm.Func.Call([]reflect.Value{reflect.ValueOf(g), reflect.ValueOf("new")})
	fmt.Println(g.Who, pm.Type)
}
