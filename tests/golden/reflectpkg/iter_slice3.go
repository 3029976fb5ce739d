package main

import (
	"fmt"
	"reflect"
	"sort"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3}
	it := reflect.ValueOf(m).MapRange()
	k := reflect.New(reflect.TypeOf("")).Elem()
	v := reflect.New(reflect.TypeOf(0)).Elem()
	var got []string
	for it.Next() {
		k.SetIterKey(it)
		v.SetIterValue(it)
		got = append(got, fmt.Sprint(k, "=", v))
	}
	sort.Strings(got)
	fmt.Println(got)
	try := func(name string, f func()) {
		defer func() { fmt.Println(name, recover()) }()
		f()
	}
	try("key after end", func() { it.Key() })
	try("next after end", func() { it.Next() })
	try("setkey after end", func() { k.SetIterKey(it) })
	it.Reset(reflect.ValueOf(map[string]int{"z": 26}))
	try("value before next", func() { it.Value() })
	try("setvalue before next", func() { v.SetIterValue(it) })
	fmt.Println(it.Next(), it.Key(), it.Value(), it.Next())
	var zero reflect.MapIter
	try("zero next", func() { zero.Next() })
	it.Reset(reflect.Value{})
	try("reset to zero", func() { it.Next() })
	var anyv any
	av := reflect.ValueOf(&anyv).Elem()
	it.Reset(reflect.ValueOf(map[int]bool{7: true}))
	it.Next()
	av.SetIterKey(it)
	fmt.Println(anyv)

	s := []int{0, 1, 2, 3, 4, 5}
	sv := reflect.ValueOf(s)
	t := sv.Slice3(1, 3, 4)
	fmt.Println(t, t.Len(), t.Cap())
	arr := [5]string{"a", "b", "c", "d", "e"}
	at := reflect.ValueOf(&arr).Elem().Slice3(0, 2, 3)
	fmt.Println(at, at.Len(), at.Cap(), at.Type())
	x := make([]int, 2, 10)
	xv := reflect.ValueOf(&x).Elem()
	xv.SetCap(5)
	fmt.Println(len(x), cap(x))
	try("setcap low", func() { xv.SetCap(1) })
	try("slice3 bad", func() { sv.Slice3(2, 1, 3) })
	try("slice3 unaddressable", func() { reflect.ValueOf(arr).Slice3(0, 1, 2) })
}
