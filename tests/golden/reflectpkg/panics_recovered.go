package main

import (
	"fmt"
	"reflect"
)

type T struct {
	A int
	b string
}

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isString := r.(string)
		fmt.Printf("%s: %v (%T %v)\n", name, r, r, isString)
		if e, ok := r.(error); ok {
			fmt.Println("  error:", e.Error())
		}
	}()
	f()
}

func main() {
	x := 1
	try("Int on string", func() { reflect.ValueOf("s").Int() })
	try("Uint on int", func() { reflect.ValueOf(1).Uint() })
	try("Float on zero", func() { reflect.Value{}.Float() })
	try("Type on zero", func() { reflect.Value{}.Type() })
	try("Elem on int", func() { reflect.ValueOf(1).Elem() })
	try("Field on slice", func() { reflect.ValueOf([]int{}).Field(0) })
	try("Field range", func() { reflect.ValueOf(T{}).Field(5) })
	try("Index range", func() { reflect.ValueOf([]int{1}).Index(3) })
	try("array index", func() { reflect.ValueOf([1]int{}).Index(3) })
	try("string index", func() { reflect.ValueOf("ab").Index(3) })
	try("Len on int", func() { reflect.ValueOf(1).Len() })
	try("IsNil on int", func() { reflect.ValueOf(1).IsNil() })
	try("MapKeys on slice", func() { reflect.ValueOf([]int{}).MapKeys() })
	try("unexported Interface", func() { reflect.ValueOf(T{}).Field(1).Interface() })
	try("SetInt unaddressable", func() { reflect.ValueOf(x).SetInt(1) })
	try("SetString unexported", func() { reflect.ValueOf(&T{}).Elem().Field(1).SetString("x") })
	try("SetString on int", func() { reflect.ValueOf(&x).Elem().SetString("x") })
	try("Set wrong type", func() { reflect.ValueOf(&x).Elem().Set(reflect.ValueOf("s")) })
	try("Addr unaddressable", func() { reflect.ValueOf(x).Addr() })
	try("Type.Elem int", func() { reflect.TypeOf(1).Elem() })
	try("Type.Field int", func() { reflect.TypeOf(1).Field(0) })
	try("Type.Field range", func() { reflect.TypeOf(T{}).Field(9) })
	try("Type.Key", func() { reflect.TypeOf([]int{}).Key() })
	try("Type.Len", func() { reflect.TypeOf([]int{}).Len() })
	try("Type.NumIn", func() { reflect.TypeOf(1).NumIn() })
	try("Type.In range", func() { reflect.TypeOf(func() {}).In(0) })
	try("Type.Bits", func() { reflect.TypeOf("").Bits() })
	try("Type.ChanDir", func() { reflect.TypeOf("").ChanDir() })
	try("Type.Method range", func() { reflect.TypeOf(1).Method(0) })
	try("Implements nil", func() { reflect.TypeOf(1).Implements(nil) })
	try("Implements non-iface", func() { reflect.TypeOf(1).Implements(reflect.TypeOf(1)) })
	try("New nil", func() { reflect.New(nil) })
	try("MapIndex wrong key", func() { reflect.ValueOf(map[string]int{}).MapIndex(reflect.ValueOf(1)) })
	try("Call nil func", func() { var f func(); reflect.ValueOf(f).Call(nil) })
	try("Call few args", func() { reflect.ValueOf(func(int) {}).Call(nil) })
	try("iter before next", func() { reflect.ValueOf(map[int]int{1: 1}).MapRange().Key() })
	fmt.Println(reflect.TypeOf((*fmt.Stringer)(nil)).Elem().Method(5).Name == "")
}
