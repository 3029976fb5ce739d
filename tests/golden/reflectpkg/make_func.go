package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Pt struct{ X, Y int }

func main() {
	// Go's own example: a swap function for any two-argument type
	swap := func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{in[1], in[0]}
	}
	makeSwap := func(fptr any) {
		fn := reflect.ValueOf(fptr).Elem()
		v := reflect.MakeFunc(fn.Type(), swap)
		fn.Set(v)
	}
	var intSwap func(int, int) (int, int)
	makeSwap(&intSwap)
	fmt.Println(intSwap(0, 1))
	var floatSwap func(float64, float64) (float64, float64)
	makeSwap(&floatSwap)
	fmt.Println(floatSwap(2.72, 3.14))
	var ptSwap func(Pt, Pt) (Pt, Pt)
	makeSwap(&ptSwap)
	fmt.Println(ptSwap(Pt{1, 2}, Pt{3, 4}))

	// a logging wrapper around any function
	wrap := func(f any) any {
		fv := reflect.ValueOf(f)
		return reflect.MakeFunc(fv.Type(), func(args []reflect.Value) []reflect.Value {
			parts := []string{}
			for _, a := range args {
				parts = append(parts, fmt.Sprint(a))
			}
			var out []reflect.Value
			if fv.Type().IsVariadic() {
				out = fv.CallSlice(args)
			} else {
				out = fv.Call(args)
			}
			fmt.Printf("call(%s) = %v\n", strings.Join(parts, ", "), out[0])
			return out
		}).Interface()
	}
	add := wrap(func(a, b int) int { return a + b }).(func(int, int) int)
	fmt.Println(add(3, 4) * 2)
	join := wrap(func(sep string, xs ...string) string { return strings.Join(xs, sep) }).(func(string, ...string) string)
	fmt.Println(join("-", "a", "b", "c"))

	var toAny func(int) any
	reflect.ValueOf(&toAny).Elem().Set(reflect.MakeFunc(reflect.TypeOf(toAny), func(in []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(fmt.Sprintf("#%d", in[0].Int()))}
	}))
	fmt.Println(toAny(7))

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(strings.Join).Call([]reflect.Value{reflect.ValueOf([]string{"x"}), reflect.ValueOf(1)})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(fmt.Sprint).Call([]reflect.Value{reflect.ValueOf([]any{1})})
		reflect.ValueOf(fmt.Sprint).CallSlice([]reflect.Value{reflect.ValueOf([]int{1})})
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		reflect.ValueOf(strings.Repeat).CallSlice([]reflect.Value{reflect.ValueOf("x"), reflect.ValueOf(1)})
	}()
	fmt.Println(reflect.ValueOf(fmt.Sprint).CallSlice([]reflect.Value{reflect.ValueOf([]any{1, "a"})})[0])
	bad := reflect.MakeFunc(reflect.TypeOf(func() int { return 0 }), func([]reflect.Value) []reflect.Value { return nil })
	defer func() { fmt.Println("recovered:", recover()) }()
	bad.Call(nil)
}
