package main

import (
	"encoding/json"
	"errors"
	"fmt"
)

type Inner struct {
	C int    `json:"c"`
	D []int  `json:"d"`
	E string `json:"e"`
}

type Mid struct {
	B Inner `json:"b"`
	P *Inner
}

type Outer struct {
	A   Mid `json:"a"`
	N   uint8
	F   float32
	S   string
	M   map[string]int
	Arr [2]int
}

func try(s string) {
	var o Outer
	err := json.Unmarshal([]byte(s), &o)
	fmt.Printf("%-40q -> %v\n", s, err)
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	if errors.As(err, &se) {
		fmt.Println("  syntax at", se.Offset)
	}
	if errors.As(err, &te) {
		fmt.Println("  type", te.Value, te.Type, te.Offset, te.Struct, te.Field)
	}
}

func main() {
	try(`{"a":{"b":{"c":"x"}}}`)
	try(`{"a":{"b":{"d":[1,"2"]}}}`)
	try(`{"a":{"P":{"e":5}}}`)
	try(`{"N":300}`)
	try(`{"N":-1}`)
	try(`{"N":1.5}`)
	try(`{"F":1e40}`)
	try(`{"S":true}`)
	try(`{"M":{"k":"v"}}`)
	try(`{"M":[1]}`)
	try(`{"Arr":[1,2,3]}`)
	try(`{"a":1}`)
	try(`{"a":{"b":{"c":1}}`)
	try(`{"a" 1}`)
	try(`{"a":tru}`)
	try(`[1,2,]`)
	try(`{"x":1}garbage`)
	try(``)
	try(`   `)
	try(`{"S":"\x"}`)
	try(`{"S":"ok"} `)
	try(`nul`)
	try(`{"N":01}`)
	try(`{"N":-}`)
	try(`{"S":"a` + "\n" + `"}`)
	try(`123`)
	try(`"str"`)
	try(`null`)
	var x int
	fmt.Println(json.Unmarshal([]byte(`1`), x))
	fmt.Println(json.Unmarshal([]byte(`1`), nil))
	var p *int
	fmt.Println(json.Unmarshal([]byte(`1`), p))
	fmt.Println(json.Unmarshal([]byte(`1`), &p), *p)
	_, err := json.Marshal(make(chan int))
	fmt.Println(err)
	_, err = json.Marshal(func() {})
	fmt.Println(err)
	_, err = json.Marshal(map[bool]int{true: 1})
	fmt.Println(err)
	type Cyc struct{ F float64 }
	_, err = json.Marshal(Cyc{F: 0})
	fmt.Println(err)
	fmt.Println(json.Valid([]byte(`{"a":[1,2,{"b":null}]}`)), json.Valid([]byte(`{a:1}`)), json.Valid(nil))
}
