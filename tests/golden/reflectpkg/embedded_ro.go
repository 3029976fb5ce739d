package main

import (
	"fmt"
	"reflect"
)

type inner struct {
	X int
	y int
}

func (i inner) Hello() string { return "hi" }

type S struct {
	inner
	hidden inner
	Arr    [2]inner
}

func main() {
	s := &S{}
	v := reflect.ValueOf(s).Elem()
	e := v.Field(0)
	fmt.Println(e.CanSet(), e.CanInterface(), e.Field(0).CanSet(), e.Field(0).CanInterface(), e.Field(1).CanSet())
	e.Field(0).SetInt(5)
	fmt.Println(s.X, v.FieldByName("X").CanSet(), v.FieldByName("X").Interface())
	h := v.Field(1)
	fmt.Println(h.CanSet(), h.Field(0).CanSet(), h.Field(0).CanInterface())
	a := v.Field(2).Index(0)
	fmt.Println(a.CanSet(), a.Field(0).CanSet(), a.Field(1).CanSet())
	fmt.Println(v.NumMethod(), reflect.ValueOf(s).NumMethod(), v.Method(0).Call(nil)[0])
	fmt.Printf("%v %+v\n", e, v)
}
