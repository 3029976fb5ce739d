package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Msg struct {
	Name string `json:"name"`
	N    int    `json:"n"`
}

func main() {
	const stream = `
	{"Message": "Hello", "Array": [1, 2, 3], "Null": null, "Number": 1.234, "Obj": {"a": true}}
	[{"name": "a", "n": 1}, {"name": "b", "n": 2}]
	`
	dec := json.NewDecoder(strings.NewReader(stream))
	for i := 0; i < 17; i++ {
		t, err := dec.Token()
		if err != nil {
			fmt.Println("err:", err)
			break
		}
		fmt.Printf("%T: %v", t, t)
		if dec.More() {
			fmt.Printf(" (more)")
		}
		fmt.Println()
	}
	for dec.More() {
		var m Msg
		if err := dec.Decode(&m); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%v: %v\n", m.Name, m.N)
	}
	t, err := dec.Token()
	fmt.Println(t, err, dec.InputOffset())
	t, err = dec.Token()
	fmt.Println(t, err)

	bad := json.NewDecoder(strings.NewReader(`[1 2]`))
	for i := 0; i < 4; i++ {
		t, err := bad.Token()
		fmt.Println(t, err)
	}
	bad = json.NewDecoder(strings.NewReader(`{"a" 1}`))
	for i := 0; i < 3; i++ {
		t, err := bad.Token()
		fmt.Println(t, err)
	}
	bad = json.NewDecoder(strings.NewReader(`{"a": 1}`))
	bad.Token()
	var x int
	fmt.Println(bad.Decode(&x))
	fmt.Println(json.Delim('[').String(), json.Delim('}'))
}
