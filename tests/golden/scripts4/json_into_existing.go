package main

import (
	"encoding/json"
	"fmt"
)

type Point struct {
	X, Y int
	Name string `json:"name,omitempty"`
}

type Shape struct {
	Points []Point
	Meta   map[string]string
	Fixed  [3]int
	Ptr    *Point
	Any    any
	Iface  fmt.Stringer
}

type Opt struct {
	B  bool              `json:",omitempty"`
	I  int               `json:",omitempty"`
	U  uint              `json:",omitempty"`
	F  float64           `json:",omitempty"`
	S  string            `json:",omitempty"`
	P  *int              `json:",omitempty"`
	Sl []int             `json:",omitempty"`
	M  map[string]int    `json:",omitempty"`
	A  [0]int            `json:",omitempty"`
	A2 [2]int            `json:",omitempty"`
	St struct{}          `json:",omitempty"`
	If any               `json:",omitempty"`
	IS int64             `json:",string"`
	FS float64           `json:",string"`
	BS bool              `json:",string"`
	SS string            `json:",string"`
	PS *int              `json:",string"`
}

func main() {
	s := Shape{
		Points: []Point{{1, 2, "a"}, {3, 4, "b"}, {5, 6, "c"}},
		Meta:   map[string]string{"keep": "yes", "over": "old"},
		Fixed:  [3]int{9, 9, 9},
		Ptr:    &Point{X: 7, Y: 8, Name: "p"},
		Any:    map[string]any{"old": 1},
	}
	err := json.Unmarshal([]byte(`{"Points":[{"X":10}],"Meta":{"over":"new","add":"x"},"Fixed":[1],"Ptr":{"Y":80},"Any":{"new":2}}`), &s)
	fmt.Println(err)
	fmt.Printf("%+v\n", s.Points)
	fmt.Println(len(s.Points), cap(s.Points) >= 1, s.Meta, s.Fixed, *s.Ptr, s.Any)
	err = json.Unmarshal([]byte(`{"Iface":"x"}`), &s)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"Points":null,"Meta":null,"Ptr":null}`), &s)
	fmt.Println(err, s.Points == nil, s.Meta == nil, s.Ptr == nil)

	arr := [4]string{"a", "b", "c", "d"}
	fmt.Println(json.Unmarshal([]byte(`["x","y"]`), &arr), arr)
	sl := make([]int, 5, 10)
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &sl), sl, len(sl))
	fmt.Println(json.Unmarshal([]byte(`[]`), &sl), sl == nil, len(sl))
	var nsl []int
	fmt.Println(json.Unmarshal([]byte(`[]`), &nsl), nsl == nil, len(nsl))
	m := map[int]string{1: "one"}
	fmt.Println(json.Unmarshal([]byte(`{"2":"two","-3":"minus"}`), &m), m)
	fmt.Println(json.Unmarshal([]byte(`{"x":"two"}`), &m), m)
	mu := map[uint8]bool{}
	fmt.Println(json.Unmarshal([]byte(`{"300":true}`), &mu), mu)
	var ms map[string]*Point
	fmt.Println(json.Unmarshal([]byte(`{"a":{"X":1},"b":null}`), &ms), *ms["a"], ms["b"])

	var o Opt
	b, _ := json.Marshal(o)
	fmt.Println(string(b))
	one := 1
	o = Opt{B: true, I: -1, U: 2, F: 0.5, S: "s", P: &one, Sl: []int{}, M: map[string]int{}, If: 0, IS: 42, FS: 1.5, BS: true, SS: "q\"s", PS: &one}
	b, _ = json.Marshal(o)
	fmt.Println(string(b))
	var o2 Opt
	fmt.Println(json.Unmarshal(b, &o2))
	fmt.Printf("%+v %d\n", o2.SS, *o2.PS)
	fmt.Println(json.Unmarshal([]byte(`{"IS":42}`), &o2))
	fmt.Println(json.Unmarshal([]byte(`{"IS":"x"}`), &o2))
	fmt.Println(json.Unmarshal([]byte(`{"SS":"plain"}`), &o2))
	fmt.Println(json.Unmarshal([]byte(`{"BS":"maybe"}`), &o2))

	var i8 int8
	fmt.Println(json.Unmarshal([]byte(`128`), &i8), i8)
	var f32 float32
	fmt.Println(json.Unmarshal([]byte(`3.4e39`), &f32), f32)
	var bs []byte
	fmt.Println(json.Unmarshal([]byte(`"aGVsbG8="`), &bs), string(bs))
	fmt.Println(json.Unmarshal([]byte(`"not base64!"`), &bs))
	fmt.Println(json.Unmarshal([]byte(`[104,105]`), &bs), string(bs))
	var str string
	fmt.Println(json.Unmarshal([]byte(`"\u00e9\ud83d\ude00\ud800x\t"`), &str), []rune(str))
	var iface any = &Point{}
	fmt.Println(json.Unmarshal([]byte(`{"X":5}`), &iface), iface.(*Point).X)
}
