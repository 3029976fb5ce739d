package main

import (
	"encoding"
	"errors"
	"fmt"
	"reflect"
	"strings"
)

type Level int

func (l Level) MarshalText() ([]byte, error) {
	switch l {
	case 0:
		return []byte("low"), nil
	case 1:
		return []byte("high"), nil
	}
	return nil, errors.New("bad level")
}

func (l *Level) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "low":
		*l = 0
	case "high":
		*l = 1
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

type Blob struct{ data []byte }

func (b Blob) MarshalBinary() ([]byte, error) { return append([]byte{byte(len(b.data))}, b.data...), nil }
func (b *Blob) UnmarshalBinary(d []byte) error {
	if len(d) == 0 {
		return errors.New("short")
	}
	b.data = append([]byte(nil), d[1:]...)
	return nil
}

var _ encoding.TextUnmarshaler = (*Level)(nil)
var _ encoding.TextMarshaler = Level(0)
var _ encoding.BinaryMarshaler = Blob{}
var _ encoding.BinaryUnmarshaler = (*Blob)(nil)

func describe(v interface{}) string {
	var parts []string
	if _, ok := v.(encoding.TextMarshaler); ok {
		parts = append(parts, "TextMarshaler")
	}
	if _, ok := v.(encoding.TextUnmarshaler); ok {
		parts = append(parts, "TextUnmarshaler")
	}
	if _, ok := v.(encoding.BinaryMarshaler); ok {
		parts = append(parts, "BinaryMarshaler")
	}
	if _, ok := v.(encoding.BinaryUnmarshaler); ok {
		parts = append(parts, "BinaryUnmarshaler")
	}
	return fmt.Sprintf("%T: %s", v, strings.Join(parts, ","))
}

func main() {
	var l Level = 1
	for _, v := range []interface{}{l, &l, Blob{}, &Blob{}, 42, "s"} {
		fmt.Println(describe(v))
	}
	var tm encoding.TextMarshaler = l
	b, err := tm.MarshalText()
	fmt.Printf("%T %v %s %v\n", tm, tm, b, err)
	var tu encoding.TextUnmarshaler = &l
	fmt.Println(tu.UnmarshalText([]byte("LOW")), l)
	fmt.Println(tu.UnmarshalText([]byte("mid")), l)
	tm = Level(7)
	_, err = tm.MarshalText()
	fmt.Println(err)

	var bm encoding.BinaryMarshaler = Blob{[]byte("hi")}
	d, _ := bm.MarshalBinary()
	fmt.Printf("%v %q\n", d, d)
	var blob Blob
	var bu encoding.BinaryUnmarshaler = &blob
	fmt.Println(bu.UnmarshalBinary(d), string(blob.data), bu.UnmarshalBinary(nil))

	switch x := interface{}(&l).(type) {
	case encoding.BinaryUnmarshaler:
		fmt.Println("binary", x)
	case encoding.TextUnmarshaler:
		fmt.Printf("text %T\n", x)
	}
	var none encoding.TextMarshaler
	fmt.Printf("%T %v %v\n", none, none, none == nil)
	fmt.Println(reflect.TypeOf((*encoding.TextMarshaler)(nil)).Elem())
	fmt.Println(reflect.TypeOf((*encoding.BinaryUnmarshaler)(nil)))
	t := reflect.TypeOf((*encoding.TextUnmarshaler)(nil)).Elem()
	fmt.Println(t.Kind(), t.NumMethod(), t.Method(0).Name, t.Method(0).Type, t.PkgPath(), t.Name())
	fmt.Println(reflect.TypeOf(&l).Implements(t), reflect.TypeOf(l).Implements(t))
	m := map[encoding.TextMarshaler]int{Level(0): 1, Level(1): 2}
	fmt.Println(len(m), m[Level(1)])
	fmt.Printf("%v\n", []encoding.TextMarshaler{Level(0), Level(1)})
	defer func() { fmt.Println("recovered:", recover()) }()
	var v interface{} = 42
	_ = v.(encoding.TextMarshaler)
}
