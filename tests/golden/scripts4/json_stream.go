package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	ID   int      `json:"id"`
	Kind string   `json:"kind"`
	Tags []string `json:"tags,omitempty"`
}

func main() {
	in := `{"id":1,"kind":"start"}
{"id":2,"kind":"tick","tags":["a","b"]}   {"id":3,"kind":"stop"}
[1,2]
{"id":"four"}
{"id":5, "extra": true}
{"id":6,`
	d := json.NewDecoder(strings.NewReader(in))
	for i := 0; ; i++ {
		var e Event
		err := d.Decode(&e)
		if err == io.EOF {
			fmt.Println("eof")
			break
		}
		if err != nil {
			fmt.Println("error:", err, d.InputOffset())
			if i > 8 {
				break
			}
			continue
		}
		fmt.Printf("%+v more=%v off=%d\n", e, d.More(), d.InputOffset())
	}

	d = json.NewDecoder(strings.NewReader(`{"id":1,"bogus":2}`))
	d.DisallowUnknownFields()
	var e Event
	fmt.Println(d.Decode(&e))

	d = json.NewDecoder(strings.NewReader(`[{"id":1},{"id":2},{"id":3}]`))
	tok, err := d.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	for d.More() {
		var ev Event
		d.Decode(&ev)
		fmt.Println(ev.ID)
	}
	tok, err = d.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)
	tok, err = d.Token()
	fmt.Printf("%T %v %v\n", tok, tok, err)

	d = json.NewDecoder(strings.NewReader(`{"a": [true, null, "s", 1.25, {"b": false}]}`))
	for {
		t, err := d.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	fmt.Println()
	d = json.NewDecoder(strings.NewReader(`{"a" 1}`))
	for {
		t, err := d.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	d = json.NewDecoder(strings.NewReader(`[1 2]`))
	for {
		t, err := d.Token()
		if err != nil {
			fmt.Println(err)
			break
		}
		fmt.Printf("%T:%v ", t, t)
	}
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	for i := 0; i < 3; i++ {
		enc.Encode(Event{ID: i, Kind: strings.Repeat("k", i)})
	}
	fmt.Print(sb.String())
}
