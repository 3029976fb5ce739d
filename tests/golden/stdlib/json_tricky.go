package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type A struct {
	X int
	Y int `json:"y"`
}
type B struct {
	X int
	Z int
}
type C struct {
	A
	B
	Y string
}
type D struct {
	*A
	W int `json:"w,omitempty"`
}
type E struct {
	A `json:"inner"`
	V int
}
type unexp struct{ Q int }
type F struct {
	unexp
	R int
}
type Key struct{ a, b int }

func (k Key) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d-%d", k.a, k.b)), nil }
func (k *Key) UnmarshalText(b []byte) error {
	parts := strings.SplitN(string(b), "-", 2)
	var err error
	k.a, err = strconv.Atoi(parts[0])
	if err != nil {
		return err
	}
	k.b, err = strconv.Atoi(parts[1])
	return err
}

type Up string

func (u Up) MarshalText() ([]byte, error) { return []byte(strings.ToUpper(string(u))), nil }

type Strict struct{ N int }

func (s *Strict) UnmarshalJSON(b []byte) error {
	if string(b) == "0" {
		return errors.New("zero not allowed")
	}
	var n int
	if err := json.Unmarshal(b, &n); err != nil {
		return err
	}
	s.N = n * 10
	return nil
}

type Wrapper struct {
	S  Strict            `json:"s"`
	P  *Strict           `json:"p"`
	L  []Strict          `json:"l"`
	I  interface{}       `json:"i"`
	M  map[string]*A     `json:"m"`
	Em struct{ Deep int } `json:"em"`
}

func show(v interface{}) {
	b, err := json.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	show(C{A{1, 2}, B{3, 4}, "why"})
	show(D{})
	show(D{A: &A{5, 6}, W: 7})
	show(E{A{1, 2}, 3})
	show(F{unexp{9}, 8})
	show(map[Key]int{{1, 2}: 3, {0, 5}: 1})
	show(map[Up]Up{"a": "b"})
	show([]Up{"x", "y"})
	show(struct {
		Ch chan int `json:"-"`
		F  func()   `json:",omitempty"`
	}{})
	show(struct{ P *int }{})
	show([2][]int{{1}, nil})
	show(map[int8]string{-3: "a", 10: "b", 2: "c"})
	show(struct {
		A int `json:"a,string"`
		B bool `json:",string"`
		S string `json:",string"`
		F float64 `json:"f,string"`
		P *int `json:",string"`
	}{A: 1, B: true, S: "x\"y", F: 2.5})
	show(struct {
		Bad  int `json:"a b"`
		Good int `json:"$%&"`
		Uni  int `json:"ünï"`
	}{1, 2, 3})

	var c C
	fmt.Println(json.Unmarshal([]byte(`{"X": 1, "y": "s", "Z": 4, "A": {"X": 9}}`), &c), c)
	var d D
	fmt.Println(json.Unmarshal([]byte(`{"X": 1, "y": 2, "w": 3}`), &d), d.A, d.W)
	var e E
	fmt.Println(json.Unmarshal([]byte(`{"inner": {"X": 1, "y": 2}, "V": 3}`), &e), e)
	var m map[Key]int
	fmt.Println(json.Unmarshal([]byte(`{"1-2": 3, "4-5": 6}`), &m), len(m), m[Key{1, 2}], m[Key{4, 5}])
	var w Wrapper
	err := json.Unmarshal([]byte(`{"s": 2, "p": 3, "l": [4, 5], "i": {"k": [1, {"z": null}]}, "m": {"q": {"X": 1}, "n": null}, "em": {"deep": 7}}`), &w)
	fmt.Println(err, w.S, *w.P, w.L, w.I, *w.M["q"], w.M["n"], w.Em)
	err = json.Unmarshal([]byte(`{"s": 0}`), &w)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"l": [1, 0]}`), &w)
	fmt.Println(err, w.L)
	var anyv interface{} = &A{}
	fmt.Println(json.Unmarshal([]byte(`{"X": 5}`), &anyv), anyv.(*A).X)
	var iface interface{} = A{}
	fmt.Println(json.Unmarshal([]byte(`{"X": 5}`), &iface), iface)
	var arr [2]A
	fmt.Println(json.Unmarshal([]byte(`[{"X": 1}, {"y": 2}, {"X": 3}]`), &arr), arr)
	var ptrs []*int
	fmt.Println(json.Unmarshal([]byte(`[1, null, 3]`), &ptrs), *ptrs[0], ptrs[1], *ptrs[2])
	type S2 struct {
		A int `json:"a,string"`
		B bool `json:",string"`
	}
	var s2 S2
	fmt.Println(json.Unmarshal([]byte(`{"a": "12", "B": "true"}`), &s2), s2)
	fmt.Println(json.Unmarshal([]byte(`{"a": 12}`), &s2), s2)
	fmt.Println(json.Unmarshal([]byte(`{"B": "maybe"}`), &s2), s2)
	var bs []byte
	fmt.Println(json.Unmarshal([]byte(`"AQID"`), &bs), bs)
	fmt.Println(json.Unmarshal([]byte(`"AQI"`), &bs), bs)
	var big struct{ U8 uint8; I16 int16; F32 float32 }
	fmt.Println(json.Unmarshal([]byte(`{"U8": 256, "I16": -32769, "F32": 3.4e39}`), &big), big)
	var raw map[string]json.RawMessage
	fmt.Println(json.Unmarshal([]byte(`{"a": {"b" : [1, 2]}, "c": "d"}`), &raw), string(raw["a"]), string(raw["c"]))
	show(raw)
	var n json.Number
	fmt.Println(json.Unmarshal([]byte(`"12"`), &n), n, json.Unmarshal([]byte(`"x"`), &n))
}
