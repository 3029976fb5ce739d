package main

import (
	"encoding/json"
	"fmt"
	"math"
)

type Timestamps struct {
	Created int64 `json:"created"`
	Updated int64 `json:"updated,omitempty"`
}

type Named struct {
	Name string
	ID   int `json:"id"`
}

type audit struct {
	By string `json:"by"`
}

type Conflict1 struct{ Dup string }
type Conflict2 struct{ Dup string }

type Tagged1 struct {
	X string `json:"x"`
}
type Tagged2 struct {
	X string
}

type Doc struct {
	*Timestamps
	Named `json:"named"`
	audit
	Conflict1
	Conflict2
	Tagged1
	Tagged2
	ID    string `json:"ID"`
	Body  struct {
		Text  string `json:"text"`
		Lines int    `json:"lines"`
	} `json:"body"`
	Attrs map[string]json.RawMessage `json:"attrs"`
	Any   any                        `json:"any"`
	Ptr   **int                      `json:"ptr"`
	Iface fmt.Stringer               `json:"iface"`
}

type Floats struct {
	F64 []float64
	F32 []float32
}

func main() {
	n := 5
	pn := &n
	d := Doc{Timestamps: &Timestamps{Created: 100}, Named: Named{"doc", 7}, audit: audit{"root"},
		Conflict1: Conflict1{"one"}, Conflict2: Conflict2{"two"}, Tagged1: Tagged1{"t1"}, Tagged2: Tagged2{"t2"}, ID: "top",
		Attrs: map[string]json.RawMessage{"b": json.RawMessage(`[1, 2]`), "a": json.RawMessage(`"s"`)}, Any: &Named{"in", 1}, Ptr: &pn}
	d.Body.Text = "hi"
	out, err := json.Marshal(d)
	fmt.Println(string(out), err)
	var back Doc
	err = json.Unmarshal([]byte(`{"created":5,"updated":6,"named":{"Name":"n","id":3},"by":"me","Dup":"?","x":"X","ID":"id","body":{"text":"t","lines":2},"attrs":{"k":{"deep":[true]}},"any":[1,"a"],"ptr":9}`), &back)
	fmt.Println(err, *back.Timestamps, back.Named, back.audit, back.Conflict1, back.Conflict2, back.Tagged1, back.Tagged2, back.ID, back.Body, string(back.Attrs["k"]), back.Any, **back.Ptr)
	var nilEmb Doc
	err = json.Unmarshal([]byte(`{"created":5}`), &nilEmb)
	fmt.Println(err, nilEmb.Timestamps.Created)

	fl := Floats{
		F64: []float64{0, 1, -1, 0.1, 1e20, 1e21, 1e-6, 1e-7, 123456789.123, math.MaxFloat64, math.SmallestNonzeroFloat64, 5e-324, 100, 1.5e300, math.Copysign(0, -1)},
		F32: []float32{0.1, 1e20, 1e21, 1e-7, 3.4028235e38, 16777216, 1.1},
	}
	out, err = json.Marshal(fl)
	fmt.Println(string(out), err)
	_, err = json.Marshal(math.Inf(1))
	fmt.Println(err)
	_, err = json.Marshal([]float32{float32(math.NaN())})
	fmt.Println(err)
	out, _ = json.Marshal("<script>alert('x') & \"y\"</script>\u2028\u2029\x01\x1f\x7f\xff\xc3\xa9")
	fmt.Println(string(out))
	out, _ = json.Marshal(map[string]int{"<k>": 1, "&": 2, "é": 3, "": 4, "A": 5, "a": 6})
	fmt.Println(string(out))
	out, _ = json.Marshal([]any{nil, true, 1, int8(-2), uint64(1 << 63), "s", []byte(nil), []byte{}, [0]int{}, map[string]any(nil), []int(nil), struct{}{}, &struct{ A int }{1}})
	fmt.Println(string(out))
	type Rec struct {
		Name string `json:"name"`
		Kids []*Rec `json:"kids,omitempty"`
	}
	tree := &Rec{"root", []*Rec{{"a", nil}, {"b", []*Rec{{"c", nil}}}}}
	out, _ = json.MarshalIndent(tree, "# ", "\t")
	fmt.Println(string(out))
	var generic any
	json.Unmarshal(out[0:0], &generic)
	err = json.Unmarshal([]byte(`{"name":"r","kids":[{"name":"k","kids":null}]}`), &tree)
	fmt.Println(err, tree.Name, len(tree.Kids), tree.Kids[0].Kids == nil)
	type Weird struct {
		A int `json:"a,omitempty,string"`
		B int `json:",omitempty"`
		C int `json:"c-d"`
		D int `json:"ö"`
		E int `json:"sp ace"`
		F int `json:"bad\"quote"`
		G int `json:"  "`
	}
	out, _ = json.Marshal(Weird{A: 1, C: 2, D: 3, E: 4, F: 5, G: 6})
	fmt.Println(string(out))
}
