package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city,omitempty"`
}

type Base struct {
	ID      int `json:"id"`
	Created string
}

type Person struct {
	Base
	Name     string            `json:"name"`
	Age      int               `json:"age,omitempty"`
	Email    string            `json:"-"`
	Dash     string            `json:"-,"`
	Tags     []string          `json:"tags"`
	Addr     *Address          `json:"addr,omitempty"`
	Meta     map[string]int    `json:"meta"`
	Score    float64           `json:"score,string"`
	private  int
	Raw      json.RawMessage   `json:"raw,omitempty"`
	Any      interface{}       `json:"any"`
	Bytes    []byte            `json:"bytes"`
	Nums     [3]int            `json:"nums"`
	Ptr      *int              `json:"ptr"`
	IntKeys  map[int]string    `json:"ik,omitempty"`
	Flag     bool              `json:",omitempty"`
	Quoted   int64             `json:"q,string"`
}

type Color int

func (c Color) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"color-%d"`, int(c))), nil
}

type Temp float64

func (t *Temp) MarshalJSON() ([]byte, error) { return []byte(`{"deg": 1}`), nil }

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte(`{bad`), nil }

type Fails struct{}

func (Fails) MarshalJSON() ([]byte, error) { return nil, fmt.Errorf("nope") }

func show(v interface{}) {
	b, err := json.Marshal(v)
	fmt.Printf("%s %v\n", b, err)
}

func main() {
	n := 7
	p := Person{Base: Base{1, "today"}, Name: "Ann <&> \u2028", Tags: []string{"a", "b"}, Meta: map[string]int{"z": 1, "a": 2, "m": 3},
		Score: 1.5, Raw: json.RawMessage(`{"x": [1, 2]}`), Any: []interface{}{1, "two", nil, 3.5, true},
		Bytes: []byte("hello!?"), Nums: [3]int{1, 2, 3}, Ptr: &n, IntKeys: map[int]string{10: "ten", 2: "two"}, Quoted: -5, Dash: "d"}
	show(p)
	show(&p)
	b, _ := json.MarshalIndent(p, ">", "  ")
	fmt.Println(string(b))
	show(nil)
	show(3)
	show("x\"y\\z\n\t\x01\xff")
	show([]int(nil))
	show([]int{})
	show(map[string]interface{}(nil))
	show(struct{}{})
	for _, f := range []float64{0, 1, -1, 0.1, 1e20, 1e21, 1e-6, 1e-7, 123456789.123, 3.14159e-10, math.MaxFloat64, math.SmallestNonzeroFloat64, -0.0} {
		show(f)
	}
	show(float32(0.1))
	show(float32(1e21))
	show(math.NaN())
	show(math.Inf(-1))
	show(Color(3))
	show([]Color{1, 2})
	show(map[string]Color{"k": 9})
	t := Temp(3)
	show(t)
	show(&t)
	show([]Temp{1})
	show(Bad{})
	show(Fails{})
	show(make(chan int))
	show(map[bool]int{true: 1})
	show(func() {})
	show(struct {
		A, B int
		C    string `json:"c"`
	}{1, 2, "3"})
	show(json.Number("12.5"))
	show(json.Number("abc"))
	show([]byte{})
	show([]byte(nil))
	show(map[string][]int{"x": nil})

	enc := json.NewEncoder(os.Stdout)
	enc.Encode(map[string]int{"b": 1, "a": 2})
	enc.SetIndent("", "\t")
	enc.Encode([]interface{}{1, map[string]string{"k": "<v>"}})
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "")
	enc.Encode("<&>")
	fmt.Println(enc.Encode(math.Inf(1)))
}
