package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
)

type M struct{}

func (M) MarshalJSON() ([]byte, error) { return []byte(` { "z" : [ 1 , 2 ] , "s" : "a, b: [c]" } `), nil }

type T struct {
	Raw   json.RawMessage `json:"raw"`
	M     M               `json:"m"`
	Str   string          `json:"str"`
	Empty struct{}        `json:"empty"`
	Nest  [][]interface{} `json:"nest"`
	Ptr   *int            `json:"ptr,omitempty"`
	F     float32         `json:"f"`
	Map   map[int]string  `json:"map"`
}

func main() {
	t := T{Raw: json.RawMessage(` [ {"k" :  "v"} , null ] `), Str: "{[,:]}\"\\\u00e9\u2028<>&",
		Nest: [][]interface{}{{}, {[]int{}, map[string]int{}}, nil}, F: 3.14, Map: map[int]string{10: "x", 2: "y"}}
	for _, c := range [][2]string{{"", "  "}, {"\n", "\t"}, {"// ", "->"}, {"", ""}, {" ", ""}} {
		b, err := json.MarshalIndent(t, c[0], c[1])
		fmt.Printf("%q %v\n", b, err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", ".")
	enc.Encode(t)
	enc.Encode([]interface{}{})
	enc.Encode(map[string]interface{}{})
	var buf bytes.Buffer
	for _, src := range []string{`[]`, `{}`, `[[],{}]`, `"x"`, ` 1 `, `{"a":{"b":{"c":[1,[2,[3]]]}}}`, `[1,2`, `{"a" "b"}`, `[1,2]x`, `nul`, `"\u12"`, "[1,\n2]\n\n"} {
		buf.Reset()
		err := json.Indent(&buf, []byte(src), "", " ")
		fmt.Printf("%q %q %v\n", src, buf.String(), err)
		buf.Reset()
		err = json.Compact(&buf, []byte(src))
		fmt.Printf("  %q %v\n", buf.String(), err)
	}
}
