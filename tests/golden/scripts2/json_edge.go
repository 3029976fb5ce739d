// json_edge.go - the JSON shapes real APIs have: embedded pointers and
// name conflicts, interface fields, integer map keys, TextMarshaler keys,
// []byte as base64, anonymous structs, null into pointers and slices.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Base struct {
	ID   int    `json:"id"`
	Kind string `json:"kind"`
}

type Meta struct {
	Kind    string `json:"kind"`
	Created string `json:"created,omitempty"`
}

type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d,%d", p.X, p.Y)), nil }
func (p *Point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d,%d", &p.X, &p.Y)
	return err
}

type Doc struct {
	*Base
	Meta
	Title   string            `json:"title"`
	Body    interface{}       `json:"body"`
	Scores  map[int]float64   `json:"scores"`
	Grid    map[Point]string  `json:"grid"`
	Raw     []byte            `json:"raw"`
	Extra   *struct{ A, B int } `json:"extra,omitempty"`
	Inline  struct {
		Lang string `json:"lang"`
	} `json:"inline"`
	Opt   *int     `json:"opt"`
	List  []string `json:"list"`
	Empty []string `json:"empty"`
}

func main() {
	d := Doc{
		Base:   &Base{ID: 1, Kind: "base-kind"},
		Meta:   Meta{Kind: "meta-kind"},
		Title:  "T",
		Body:   map[string]interface{}{"n": 1, "s": []int{1, 2}},
		Scores: map[int]float64{10: 0.5, 2: 1.25, -1: 3},
		Grid:   map[Point]string{{1, 2}: "a", {0, 0}: "origin"},
		Raw:    []byte("hello\x00\xff"),
		Empty:  []string{},
	}
	d.Inline.Lang = "en"
	b, err := json.Marshal(d)
	fmt.Println(string(b), err)

	var back Doc
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Base.ID, back.Base.Kind, back.Meta.Kind, string(back.Raw), back.Grid[Point{1, 2}], back.Scores[-1])
	fmt.Printf("%T %v\n", back.Body, back.Body)

	in := `{"id":5,"opt":7,"list":null,"empty":[],"extra":{"A":1,"B":2},"body":[1,"x",null],"grid":{"3,4":"p"},"raw":"aGk="}`
	var d2 Doc
	fmt.Println(json.Unmarshal([]byte(in), &d2))
	fmt.Println(d2.Base != nil, d2.ID, *d2.Opt, d2.List == nil, d2.Empty != nil, *d2.Extra, d2.Body, d2.Grid, string(d2.Raw))
	fmt.Println(json.Unmarshal([]byte(`{"opt":null,"list":null}`), &d2), d2.Opt == nil, d2.List == nil)
	fmt.Println(json.Unmarshal([]byte(`{"scores":{"x":1}}`), &d2))
	fmt.Println(json.Unmarshal([]byte(`{"raw":"!!"}`), &d2))
	fmt.Println(json.Unmarshal([]byte(`{"grid":{"bad":"p"}}`), &d2))

	type Anon struct {
		A int `json:"a,string"`
		B bool `json:",string"`
		C string `json:"c,string"`
		F float64 `json:",omitempty"`
	}
	out, _ := json.Marshal(Anon{A: 5, B: true, C: "x"})
	fmt.Println(string(out))
	var an Anon
	fmt.Println(json.Unmarshal([]byte(`{"a":"12","B":"false","c":"\"q\""}`), &an), an)
	fmt.Println(json.Unmarshal([]byte(`{"a":12}`), &an))
	var anyv interface{}
	dec := json.NewDecoder(strings.NewReader(`{"a":1} trailing`))
	fmt.Println(dec.Decode(&anyv), anyv, dec.More())
	fmt.Println(json.Unmarshal([]byte(`{"a":1} trailing`), &anyv))
	var ch chan int
	_, err = json.Marshal(ch)
	fmt.Println(err)
	_, err = json.Marshal(map[bool]int{true: 1})
	fmt.Println(err)
	type Cyc struct {
		Next *Cyc `json:"next,omitempty"`
		V    float64
	}
	out, err = json.Marshal(&Cyc{Next: &Cyc{V: 1e-9}, V: 2})
	fmt.Println(string(out), err)
}
