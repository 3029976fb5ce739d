package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type Inner struct {
	A []int           `json:"a"`
	M map[string]bool `json:"m,omitempty"`
	E struct{}        `json:"e"`
	S []string        `json:"s"`
}

type Outer struct {
	Name  string  `json:"name"`
	In    Inner   `json:"in"`
	P     *Inner  `json:"p"`
	F     float64 `json:"f"`
	HTML  string  `json:"html"`
	Empty []int   `json:"empty"`
}

func show(label string, b []byte, err error) {
	fmt.Printf("%s: %q err=%v\n", label, b, err)
}

func main() {
	src := []byte(` { "a" : [1, 2, {"x": [], "y": {}}], "b":"<tag> & \u2028", "c" : null , "d":true } `)
	var buf bytes.Buffer
	buf.WriteString("head:")
	err := json.Indent(&buf, src, ">", "\t")
	show("Indent", buf.Bytes(), err)

	buf.Reset()
	err = json.Indent(&buf, []byte("[1,2]\n"), "", "  ")
	show("Indent trailing newline", buf.Bytes(), err)

	buf.Reset()
	buf.WriteString("keep")
	err = json.Indent(&buf, []byte(`{"a": [1, 2,]}`), "", "  ")
	show("Indent bad", buf.Bytes(), err)
	if se, ok := err.(*json.SyntaxError); ok {
		fmt.Println("offset", se.Offset)
	}
	err = json.Indent(&buf, []byte(`{"a": `), "", "  ")
	show("Indent short", buf.Bytes(), err)
	err = json.Indent(&buf, []byte(``), "", "  ")
	show("Indent empty", buf.Bytes(), err)

	buf.Reset()
	err = json.Compact(&buf, src)
	show("Compact", buf.Bytes(), err)
	buf.Reset()
	buf.WriteString("keep")
	err = json.Compact(&buf, []byte(`{"a" 1}`))
	show("Compact bad", buf.Bytes(), err)
	if se, ok := err.(*json.SyntaxError); ok {
		fmt.Println("offset", se.Offset)
	}
	err = json.Compact(&buf, []byte(`  [ true , false ]  `))
	show("Compact 2", buf.Bytes(), err)

	buf.Reset()
	json.HTMLEscape(&buf, []byte(`{"x":"<a href=\"y\">&amp;</a>","u":"`+"\u2028\u2029\u2027"+`"}`))
	show("HTMLEscape", buf.Bytes(), nil)
	buf.Reset()
	json.HTMLEscape(&buf, []byte("\xe2\x80"))
	show("HTMLEscape short", buf.Bytes(), nil)

	v := Outer{Name: "n<>&", In: Inner{A: []int{1, 2}, M: map[string]bool{"z": true, "a": false}, S: []string{}}, F: 1e21, HTML: "a&b", Empty: []int{}}
	b, err := json.MarshalIndent(v, "", "  ")
	fmt.Printf("%s\n%v\n", b, err)
	b, err = json.MarshalIndent(v, "# ", "\t")
	fmt.Printf("%s\n%v\n", b, err)
	b, err = json.MarshalIndent([]interface{}{}, "p", "i")
	fmt.Printf("%q %v\n", b, err)
	b, err = json.MarshalIndent(map[string]interface{}{"k": []interface{}{map[string]int{}, 1.5, "s", nil}}, "", "")
	fmt.Printf("%q %v\n", b, err)
	b, err = json.MarshalIndent(3, "pre", "ind")
	fmt.Printf("%q %v\n", b, err)

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("..", "--")
	enc.Encode(v)
	enc.Encode([]int{})
	enc.Encode("x")
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "")
	enc.Encode(v)
	var sb strings.Builder
	enc = json.NewEncoder(&sb)
	enc.SetIndent("", " ")
	enc.Encode(map[string][]int{"b": {1}, "a": nil})
	fmt.Printf("%q\n", sb.String())

	// Decoder.Buffered
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"b":2} trailing stuff`))
	var m map[string]int
	fmt.Println(dec.Decode(&m), m)
	rest, _ := io.ReadAll(dec.Buffered())
	fmt.Printf("buffered %q\n", rest)
	fmt.Println(dec.Decode(&m), m)
	rest, _ = io.ReadAll(dec.Buffered())
	fmt.Printf("buffered %q\n", rest)
	dec = json.NewDecoder(strings.NewReader(`[1]`))
	rest, _ = io.ReadAll(dec.Buffered())
	fmt.Printf("buffered before %q\n", rest)
	r := dec.Buffered()
	fmt.Printf("%T\n", r)
}
