package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type Endpoint struct {
	Host    string            `json:"host"`
	Port    int               `json:"port,omitempty"`
	TLS     *bool             `json:"tls,omitempty"`
	Headers map[string]string `json:"headers,omitempty"`
}

type Limits struct {
	MaxConn  int     `json:"max_conn"`
	Rate     float64 `json:"rate"`
	Burst    uint8   `json:"burst,string"`
	Disabled bool    `json:"disabled,omitempty"`
}

type Base struct {
	Name    string `json:"name"`
	Version int    `json:"version"`
}

type Config struct {
	Base
	Endpoints []Endpoint        `json:"endpoints"`
	Limits    *Limits           `json:"limits,omitempty"`
	Tags      []string          `json:"tags"`
	Secret    string            `json:"-"`
	Dash      string            `json:"-,"`
	Extra     map[string]any    `json:"extra,omitempty"`
	Blob      []byte            `json:"blob"`
	Ports     map[int]string    `json:"ports"`
	Weights   map[string]float64 `json:"weights,omitempty"`
	private   int
	Arr       [3]int `json:"arr"`
}

func main() {
	t := true
	c := Config{
		Base:      Base{Name: "svc", Version: 3},
		Endpoints: []Endpoint{{Host: "a.example", Port: 443, TLS: &t}, {Host: "b.example", Headers: map[string]string{"X-B": "2", "X-A": "1"}}},
		Limits:    &Limits{MaxConn: 100, Rate: 2.5, Burst: 7},
		Secret:    "hidden",
		Dash:      "dash",
		Extra:     map[string]any{"z": 1, "a": []any{1.5, "two", nil, true}},
		Blob:      []byte("hello, world\x00\xff"),
		Ports:     map[int]string{10: "ten", 2: "two", -1: "neg"},
		private:   9,
		Arr:       [3]int{1, 2, 3},
	}
	b, err := json.Marshal(c)
	fmt.Println(string(b), err)
	b, err = json.MarshalIndent(c, "", "  ")
	fmt.Println(string(b), err)

	var d Config
	err = json.Unmarshal(b, &d)
	fmt.Println(err)
	fmt.Printf("%+v\n", d.Base)
	fmt.Println(d.Endpoints[0].Host, *d.Endpoints[0].TLS, d.Endpoints[1].Headers)
	fmt.Printf("%+v\n", *d.Limits)
	fmt.Println(d.Secret == "", d.Dash, string(d.Blob), d.Ports, d.Arr)
	fmt.Printf("%v %T\n", d.Extra["z"], d.Extra["z"])
	fmt.Printf("%v\n", d.Extra["a"])

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent(">", "\t")
	enc.Encode(c.Limits)
	enc.Encode(nil)
	var nilc *Config
	enc.Encode(nilc)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "")
	enc.Encode(map[string]string{"html": "<a href=\"x\">&</a>"})
	json.NewEncoder(os.Stdout).Encode(map[string]string{"html": "<a href=\"x\">&</a>\u2028"})

	var empty Config
	b, _ = json.Marshal(empty)
	fmt.Println(string(b))
}
