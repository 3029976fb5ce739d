package main

import (
	"fmt"
	"reflect"
	"sort"
)

type Inner struct {
	Z []int
}

type T struct {
	A int
	B string
	c float64
	Inner
	P *Inner
	M map[string]int
	I any
}

type Stringy int

func (s Stringy) String() string { return fmt.Sprintf("S%d", int(s)) }

func main() {
	t := T{A: 1, B: "bee", c: 2.5, Inner: Inner{[]int{7, 8}}, M: map[string]int{"x": 1, "y": 2}, I: 42}
	v := reflect.ValueOf(t)
	fmt.Println(v.Kind(), v.Type(), v.NumField(), v.IsValid(), v.CanSet(), v.CanAddr())
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		fmt.Println(i, v.Type().Field(i).Name, f.Kind(), f.Type(), f.CanInterface(), f)
	}
	fmt.Println(v.Field(0).Int(), v.Field(1).String(), v.Field(2).Float(), v.Field(1).Len())
	fmt.Println(v.FieldByName("Z").Len(), v.FieldByName("Z").Index(1).Int(), v.FieldByName("nope").IsValid())
	fmt.Println(v.Field(4).IsNil(), v.Field(5).Len(), v.Field(6).Elem().Int(), v.Field(6).Kind(), v.Field(6).Elem().Kind())
	keys := v.Field(5).MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Println(k, v.Field(5).MapIndex(k))
	}
	fmt.Println(v.Field(5).MapIndex(reflect.ValueOf("none")).IsValid())
	it := v.Field(5).MapRange()
	sum := 0
	for it.Next() {
		sum += int(it.Value().Int()) + len(it.Key().String())
	}
	fmt.Println("sum", sum)

	x := 10
	pv := reflect.ValueOf(&x)
	e := pv.Elem()
	fmt.Println(pv.Kind(), e.Kind(), e.CanSet(), e.CanAddr(), reflect.ValueOf(x).CanSet())
	e.SetInt(99)
	fmt.Println(x, e.Int(), e.Interface())
	e.Set(reflect.ValueOf(5))
	fmt.Println(x)

	tp := &T{}
	ev := reflect.ValueOf(tp).Elem()
	ev.Field(0).SetInt(7)
	ev.FieldByName("B").SetString("set")
	ev.Field(5).Set(reflect.ValueOf(map[string]int{"k": 3}))
	ev.Field(6).Set(reflect.ValueOf("iface"))
	fmt.Println(tp.A, tp.B, tp.M, tp.I, ev.Field(2).CanSet(), ev.Field(0).CanSet())
	fmt.Printf("%v %+v\n", ev.Field(0), ev.Interface())

	s := []string{"a", "b", "c"}
	sv := reflect.ValueOf(s)
	sv.Index(1).SetString("B")
	fmt.Println(s, sv.Len(), sv.Cap(), sv.Index(2), sv.Index(0).CanSet())

	arr := [3]int{1, 2, 3}
	av := reflect.ValueOf(arr)
	fmt.Println(av.Len(), av.Index(2), av.Index(0).CanSet(), reflect.ValueOf(&arr).Elem().Index(0).CanSet())

	fmt.Println(reflect.ValueOf("héllo").Index(1).Uint(), reflect.ValueOf(uint8(3)).Uint(), reflect.ValueOf(true).Bool())
	fmt.Println(reflect.ValueOf(Stringy(4)), reflect.ValueOf(Stringy(4)).Int())
	fmt.Printf("%v|%d|%s|%T\n", reflect.ValueOf(12), reflect.ValueOf(12), reflect.ValueOf("str"), reflect.ValueOf(1))
	fmt.Println(reflect.ValueOf(nil), reflect.ValueOf(nil).IsValid(), reflect.ValueOf(nil).Kind())
	var zero reflect.Value
	fmt.Println(zero.String(), reflect.ValueOf(3).String(), reflect.ValueOf("s").String())
	fmt.Println([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("x")})

	nv := reflect.New(reflect.TypeOf(0))
	nv.Elem().SetInt(41)
	fmt.Println(nv.Type(), *(nv.Interface().(*int)), nv.Elem())
	zv := reflect.Zero(reflect.TypeOf(T{}))
	fmt.Println(zv.Field(0), zv.IsZero(), reflect.ValueOf(t).IsZero(), zv.CanSet())
	fmt.Println(reflect.Indirect(reflect.ValueOf(&x)), reflect.Indirect(reflect.ValueOf(3)))
	ap := reflect.ValueOf(&x).Elem().Addr()
	fmt.Println(ap.Type(), ap.Elem())

	var ip *int
	fmt.Println(reflect.ValueOf(ip).IsNil(), reflect.ValueOf(ip).Elem().IsValid(), reflect.ValueOf([]int(nil)).IsNil())
	fmt.Println(reflect.ValueOf(1.5).IsZero(), reflect.ValueOf(0.0).IsZero(), reflect.ValueOf("").IsZero(), reflect.ValueOf([2]int{}).IsZero())

	f := reflect.ValueOf(func(a int, b string) (string, int) { return fmt.Sprint(b, a), a * 2 })
	out := f.Call([]reflect.Value{reflect.ValueOf(3), reflect.ValueOf("n")})
	fmt.Println(len(out), out[0], out[1])
	vf := reflect.ValueOf(fmt.Sprint)
	fmt.Println(vf.Call([]reflect.Value{reflect.ValueOf(1), reflect.ValueOf("a"), reflect.ValueOf(2.5)})[0])
	fmt.Println(reflect.ValueOf(Stringy(1)).NumMethod(), reflect.ValueOf(&t).NumMethod())

	mv := reflect.ValueOf(map[int]string{})
	mv.SetMapIndex(reflect.ValueOf(1), reflect.ValueOf("one"))
	mv.SetMapIndex(reflect.ValueOf(2), reflect.ValueOf("two"))
	mv.SetMapIndex(reflect.ValueOf(1), reflect.Value{})
	fmt.Println(mv.Interface(), mv.Len())
}
