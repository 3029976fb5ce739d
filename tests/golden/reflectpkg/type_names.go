package main

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"time"
)

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

type List[T any] []T

func main() {
	type local struct{ x int }
	types := []reflect.Type{
		reflect.TypeOf(Pair[string, int]{}), reflect.TypeOf(List[float64]{}), reflect.TypeOf(local{}),
		reflect.TypeOf(json.Number("")), reflect.TypeOf(time.Second), reflect.TypeOf(&strings.Builder{}),
		reflect.TypeOf(time.Time{}), reflect.TypeOf((*error)(nil)).Elem(), reflect.TypeOf([]Pair[int, bool]{}),
	}
	for _, t := range types {
		fmt.Printf("%s|%s|%s|%v|%d\n", t, t.Name(), t.PkgPath(), t.Kind(), t.NumMethod())
	}
	fmt.Println(reflect.TypeOf(Pair[string, int]{}).Field(1).Type, reflect.TypeOf(local{}).Field(0).PkgPath)
	fmt.Println(reflect.TypeOf(time.Second).Method(0).Name, reflect.ValueOf(time.Second))
}
