package main

import (
	"errors"
	"fmt"
	"reflect"
)

type E struct{}
type inner struct{ X int }
type Outer struct {
	in    inner
	Pub   inner
	ptr   *inner
	list  []int
	m     map[string]int
	Iface fmt.Stringer
	any   any
	Arr   [2][3]int
	Fn    func(int) int
}

type S string

func (s S) String() string { return "S:" + string(s) }

func main() {
	o := Outer{in: inner{1}, Pub: inner{2}, ptr: &inner{3}, list: []int{4}, m: map[string]int{"a": 5}, Iface: S("x"), any: 6}
	v := reflect.ValueOf(&o).Elem()
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(v.Type().Field(i).Name, f.CanSet(), f.CanInterface(), f.CanAddr(), f.Kind())
	}
	in := v.Field(0).Field(0)
	fmt.Println(in.CanSet(), in.CanInterface(), in.Int())
	p := v.Field(2).Elem().Field(0)
	fmt.Println(p.CanSet(), p.CanAddr(), p.Int())
	l := v.Field(3).Index(0)
	fmt.Println(l.CanSet(), l.CanAddr(), l.Int())
	mk := v.Field(4).MapKeys()[0]
	fmt.Println(mk.CanInterface(), mk.String())
	fmt.Println(v.Field(5), v.Field(5).Elem(), v.Field(5).Elem().Kind(), v.Field(5).NumMethod())
	fmt.Printf("%v %v %d\n", v.Field(6), v.Field(6).Elem(), v.Field(6).Elem().Int())
	fmt.Println(v.Field(7).Index(1).Index(2).CanSet(), v.Field(7).Type(), v.Field(7).Type().Elem().Len())
	v.Field(7).Index(1).Index(2).SetInt(9)
	fmt.Println(o.Arr)
	v.Field(8).Set(reflect.ValueOf(func(x int) int { return x * 3 }))
	fmt.Println(o.Fn(4), v.Field(8).Call([]reflect.Value{reflect.ValueOf(5)})[0].Int())
	fmt.Println(reflect.ValueOf(E{}).NumField(), reflect.TypeOf(E{}).Size(), reflect.DeepEqual(E{}, E{}))
	fmt.Println(reflect.TypeOf(struct {
		A int8
		B []int
		C int16
		D struct{}
	}{}).Size())
	fmt.Println(reflect.DeepEqual(o, o), reflect.DeepEqual(Outer{any: 1}, Outer{any: 1.0}))
	e1, e2 := errors.New("a"), errors.New("a")
	fmt.Println(reflect.DeepEqual(e1, e2), reflect.DeepEqual([]error{e1}, []error{e1}))
	var nilmap map[string]int
	fmt.Println(reflect.ValueOf(nilmap).Len(), reflect.ValueOf(nilmap).MapIndex(reflect.ValueOf("a")).IsValid(), len(reflect.ValueOf(nilmap).MapKeys()))
	fmt.Printf("%v|%+v|%#v|%T\n", reflect.ValueOf(o.Pub), reflect.ValueOf(o.Pub), reflect.ValueOf(o.Pub), reflect.ValueOf(o.Pub))
	fmt.Printf("%s|%q|%x|%5d|\n", reflect.ValueOf(S("y")), reflect.ValueOf("q"), reflect.ValueOf(255), reflect.ValueOf(3))
	fmt.Println(reflect.ValueOf(&o.Pub), reflect.ValueOf([]any{1, "a", nil}))
	fmt.Println(reflect.ValueOf(o).Field(6).Interface == nil)
}
