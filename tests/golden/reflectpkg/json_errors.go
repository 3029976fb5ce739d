package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
)

type Config struct {
	Name  string `json:"name"`
	Port  int    `json:"port"`
	Inner struct {
		Flag bool `json:"flag"`
	} `json:"inner"`
}

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return nil, errors.New("boom") }

func main() {
	var c Config
	err := json.Unmarshal([]byte(`{"name": 5}`), &c)
	var ute *json.UnmarshalTypeError
	if errors.As(err, &ute) {
		fmt.Println(ute.Value, ute.Type, ute.Type.Kind(), ute.Offset, ute.Struct, ute.Field)
		fmt.Println(ute.Type == reflect.TypeOf(""), ute)
	}
	err = json.Unmarshal([]byte(`{"inner": {"flag": "yes"}}`), &c)
	if errors.As(err, &ute) {
		fmt.Println(ute.Value, ute.Type, ute.Field, err)
	}
	var n []int
	err = json.Unmarshal([]byte(`{"a":1}`), &n)
	if errors.As(err, &ute) {
		fmt.Println(ute.Value, ute.Type, ute.Type.Elem(), err)
	}

	err = json.Unmarshal([]byte(`{}`), c)
	var iue *json.InvalidUnmarshalError
	if errors.As(err, &iue) {
		fmt.Println(iue.Type, iue.Type.Name(), err)
	}
	err = json.Unmarshal([]byte(`{}`), nil)
	if errors.As(err, &iue) {
		fmt.Println(iue.Type == nil, err)
	}
	var np *Config
	err = json.Unmarshal([]byte(`{}`), np)
	if errors.As(err, &iue) {
		fmt.Println(iue.Type, iue.Type.Kind(), err)
	}

	_, err = json.Marshal(map[string]any{"ch": make(chan int)})
	var ust *json.UnsupportedTypeError
	if errors.As(err, &ust) {
		fmt.Println(ust.Type, ust.Type.Kind(), err)
	}
	_, err = json.Marshal(func() {})
	if errors.As(err, &ust) {
		fmt.Println(ust.Type, err)
	}

	_, err = json.Marshal(Bad{})
	var me *json.MarshalerError
	if errors.As(err, &me) {
		fmt.Println(me.Type, me.Err, err)
		fmt.Println(errors.Unwrap(err) == me.Err)
	}
}
