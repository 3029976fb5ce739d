package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Event struct {
	Name string    `json:"name"`
	At   time.Time `json:"at"`
	Dur  time.Duration

}

func main() {
	ny, _ := time.LoadLocation("America/New_York")
	e := Event{"launch", time.Date(2023, 5, 6, 7, 8, 9, 123000000, ny), 90 * time.Second}
	b, err := json.Marshal(e)
	fmt.Println(string(b), err)
	var back Event
	fmt.Println(json.Unmarshal(b, &back))
	fmt.Println(back.At, back.At.Equal(e.At), back.Dur)
	fmt.Println(json.Unmarshal([]byte(`{"at": "yesterday"}`), &back))
	fmt.Println(json.Unmarshal([]byte(`{"at": null}`), &back))
	_, err = json.Marshal(time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC))
	fmt.Println(err)
	t, _ := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC).MarshalText()
	fmt.Println(string(t))
	m := map[string]time.Time{"a": time.Unix(0, 0).UTC()}
	b, _ = json.MarshalIndent(m, "", " ")
	fmt.Println(string(b))
}
