package main

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

type Inner struct {
	X int `json:"x"`
}

type Base struct {
	ID int `json:"id"`
}

type T struct {
	Base
	Name   string            `json:"name"`
	Age    int               `json:"age"`
	Small  int8              `json:"small"`
	U      uint              `json:"u"`
	F      float32           `json:"f"`
	Tags   []string          `json:"tags"`
	M      map[string]int    `json:"m"`
	IM     map[int]bool      `json:"im"`
	P      *Inner            `json:"p"`
	In     Inner             `json:"in"`
	Arr    [2]int            `json:"arr"`
	Any    interface{}       `json:"any"`
	Raw    json.RawMessage   `json:"raw"`
	B      []byte            `json:"b"`
	Q      int               `json:"q,string"`
	QS     string            `json:"qs,string"`
	CaseMe string
	Skip   string `json:"-"`
	hidden int
}

type Celsius float64

func (c *Celsius) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("celsius: %v", err)
	}
	f, _ := strconv.ParseFloat(strings.TrimSuffix(s, "C"), 64)
	*c = Celsius(f)
	return nil
}

func main() {
	data := `{"id": 9, "name": "Bob", "age": 30, "small": 5, "u": 7, "f": 1.5, "tags": ["a","b"], "m": {"x": 1},
	 "im": {"3": true, "-1": false}, "p": {"x": 4}, "in": {"x": 5}, "arr": [1], "any": {"k": [1, "s", true, null, 2.5e3]},
	 "raw": [ 1, 2 ], "b": "aGVsbG8=", "q": "12", "qs": "\"quoted\"", "casemE": "ci", "Skip": "no", "hidden": 3, "extra": {"deep": [1,2,{}]}}`
	var t T
	err := json.Unmarshal([]byte(data), &t)
	t.P = nil; fmt.Printf("%v\n%+v\n", err, t)
	fmt.Println(string(t.Raw), string(t.B), t.Any)
	m := t.Any.(map[string]interface{})
	arr := m["k"].([]interface{})
	fmt.Println(len(arr), arr[0].(float64), arr[1].(string), arr[2].(bool), arr[3] == nil, arr[4])

	var v interface{}
	fmt.Println(json.Unmarshal([]byte(`[1, {"a": "b"}, "x", false, null, -0.5]`), &v), v)
	fmt.Printf("%T\n", v)

	errs := []string{`{"age": "old"}`, `{"small": 300}`, `{"u": -1}`, `{"in": {"x": "s"}}`, `{"tags": {}}`, `{"m": []}`,
		`{"age": 1.5}`, `{"name": 5}`, `{"q": 5}`, `{"q": "x"}`, `{"f": 1e100}`, `{"b": "!!!"}`, `{"p": {"x": true}}`,
		`{"age": "x", "name": 3}`, `[1,2]`, `"str"`, `{"id": "7"}`, `{"arr": [1,2,3]}`, `{"im": {"x": true}}`}
	for _, e := range errs {
		var t2 T
		err := json.Unmarshal([]byte(e), &t2)
		fmt.Println(err)
		if te, ok := err.(*json.UnmarshalTypeError); ok {
			fmt.Println("  ", te.Value, te.Offset > 0, te.Struct, te.Field)
		}
	}
	syn := []string{``, ` `, `{`, `{"a"`, `{"a":}`, `[1,]`, `x`, `tru`, `nul`, `"abc`, `{"a" 1}`, `[1 2]`, `01`, `1.`, `-`, `1e`, `"\x"`, "\"\x01\"", `{"a":1}}`, `{'a':1}`, `[1] x`, `{"a":1,}`, `"\u12"`, "\xff"}
	for _, s := range syn {
		var x interface{}
		err := json.Unmarshal([]byte(s), &x)
		if se, ok := err.(*json.SyntaxError); ok {
			fmt.Println(se, se.Offset)
		} else {
			fmt.Println("other:", err)
		}
		fmt.Println(json.Valid([]byte(s)))
	}
	var i int
	fmt.Println(json.Unmarshal([]byte(`1`), i))
	fmt.Println(json.Unmarshal([]byte(`1`), nil))
	var ip *int
	fmt.Println(json.Unmarshal([]byte(`1`), ip))
	fmt.Println(json.Unmarshal([]byte(` 42 `), &i), i)
	var pp *int
	fmt.Println(json.Unmarshal([]byte(`5`), &pp), *pp)
	fmt.Println(json.Unmarshal([]byte(`null`), &pp), pp == nil)

	var c struct{ T Celsius }
	fmt.Println(json.Unmarshal([]byte(`{"T": "21.5C"}`), &c), c.T)
	fmt.Println(json.Unmarshal([]byte(`{"T": 3}`), &c), c.T)

	sl := []int{9, 9, 9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &sl), sl, len(sl), cap(sl))
	arr4 := [4]int{9, 9, 9, 9}
	fmt.Println(json.Unmarshal([]byte(`[1,2]`), &arr4), arr4)
	mm := map[string]int{"keep": 1}
	fmt.Println(json.Unmarshal([]byte(`{"new": 2}`), &mm), mm)
	var e []int
	fmt.Println(json.Unmarshal([]byte(`[]`), &e), e == nil, len(e))
	var s string
	fmt.Println(json.Unmarshal([]byte(`"a\u00e9\ud83d\ude00\n\"\\\/\ud800x"`), &s), s, []byte(s))

	dec := json.NewDecoder(strings.NewReader(`{"a": 1} {"a": 2}
	[3] "x" `))
	for {
		var x interface{}
		err := dec.Decode(&x)
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		fmt.Println(x)
	}
	dec = json.NewDecoder(strings.NewReader(`{"a": 1`))
	var x interface{}
	fmt.Println(dec.Decode(&x))
	dec = json.NewDecoder(strings.NewReader(`{"id": 1, "zzz": 2}`))
	dec.DisallowUnknownFields()
	var t3 T
	fmt.Println(dec.Decode(&t3), t3.ID)
	dec = json.NewDecoder(strings.NewReader(`{"n": 12345678901234567890}`))
	dec.UseNumber()
	var nv map[string]interface{}
	fmt.Println(dec.Decode(&nv), nv)
	num := nv["n"].(json.Number)
	fmt.Println(num.String())
	_, err = num.Int64()
	fmt.Println(err)
	fl, _ := num.Float64()
	fmt.Println(fl)
}
