package main

import (
	"encoding/json"
	"fmt"
)

// Struct tags on generic structs and encoding/json Marshal/Unmarshal of
// instances: Page[T] with omitempty, nested instances, a map of instances,
// a pointer field to an instance, and an instance with unexported fields.

type Page[T any] struct {
	Items []T  `json:"items"`
	Total int  `json:"total"`
	Next  *int `json:"next,omitempty"`
	note  string
}

type User struct {
	ID   int    `json:"id"`
	Name string `json:"name"`
}

type Envelope[T any] struct {
	Kind string `json:"kind"`
	Data T      `json:"data"`
}

type Pair[K comparable, V any] struct {
	Key K `json:"k"`
	Val V `json:"v,omitempty"`
}

func main() {
	n := 2
	p := Page[User]{Items: []User{{1, "ann"}, {2, "bob"}}, Total: 5, Next: &n, note: "x"}
	b, err := json.Marshal(p)
	fmt.Println(string(b), err)
	b, _ = json.Marshal(Page[string]{})
	fmt.Println(string(b))
	env := Envelope[Page[int]]{"ints", Page[int]{Items: []int{3, 4}, Total: 2}}
	b, _ = json.Marshal(env)
	fmt.Println(string(b))
	b, _ = json.MarshalIndent(map[string]Pair[string, float64]{"x": {"a", 1.5}, "y": {"b", 0}}, "", " ")
	fmt.Println(string(b))
	b, _ = json.Marshal([]Pair[int, []bool]{{1, []bool{true}}, {2, nil}})
	fmt.Println(string(b))
	b, _ = json.Marshal(&Envelope[*Pair[string, string]]{Kind: "ptr"})
	fmt.Println(string(b))

	var back Page[User]
	err = json.Unmarshal([]byte(`{"items":[{"id":7,"name":"zoe"}],"total":1,"next":3}`), &back)
	fmt.Printf("%+v %v %d\n", back.Items, err, *back.Next)
	var e2 Envelope[map[string][]int]
	err = json.Unmarshal([]byte(`{"kind":"m","data":{"a":[1,2],"b":[]}}`), &e2)
	fmt.Println(e2.Kind, e2.Data["a"], len(e2.Data["b"]), err)
	var bad Envelope[int]
	err = json.Unmarshal([]byte(`{"kind":"m","data":"nope"}`), &bad)
	fmt.Println(err)
}
