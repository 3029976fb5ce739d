// json_stream_tokens.go - process a large JSON array element by element
// with Decoder.Token/More, and a stream of concatenated objects.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type User struct {
	Name  string   `json:"name"`
	Age   int      `json:"age"`
	Roles []string `json:"roles"`
}

func main() {
	input := `{"count": 3, "users": [
	  {"name": "ann", "age": 41, "roles": ["admin"]},
	  {"name": "bob", "age": 17},
	  {"name": "cy", "age": "old"}
	], "done": true}`
	dec := json.NewDecoder(strings.NewReader(input))
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("token error:", err)
			return
		}
		fmt.Printf("%T %v\n", tok, tok)
		if tok == "users" {
			if _, err := dec.Token(); err != nil {
				fmt.Println(err)
				return
			}
			for dec.More() {
				var u User
				if err := dec.Decode(&u); err != nil {
					fmt.Println("  bad user:", err)
					continue
				}
				fmt.Printf("  user %+v adult=%v\n", u, u.Age >= 18)
			}
			tok, _ := dec.Token()
			fmt.Printf("%T %v\n", tok, tok)
		}
	}

	stream := `{"name":"a","age":1} {"name":"b","age":2}
	{"name":"c","age":3}` + "\n" + `{"name":"d",`
	d2 := json.NewDecoder(strings.NewReader(stream))
	for i := 0; ; i++ {
		var u User
		err := d2.Decode(&u)
		if err == io.EOF {
			fmt.Println("clean EOF")
			break
		}
		if err != nil {
			fmt.Println("error after", i, "objects:", err)
			break
		}
		fmt.Println(u.Name, u.Age, d2.InputOffset())
	}
	var raw struct {
		Kind string          `json:"kind"`
		Data json.RawMessage `json:"data"`
	}
	json.Unmarshal([]byte(`{"kind":"point","data":{"x":1,"y":2}}`), &raw)
	var pt struct{ X, Y int }
	fmt.Println(raw.Kind, string(raw.Data), json.Unmarshal(raw.Data, &pt), pt)
}
