package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Pair[K comparable, V any] struct {
	Key K `json:"k"`
	Val V `json:"v"`
}

type Wrapper struct {
	Items []Pair[string, int] `json:"items"`
	Opt   *Pair[int, []string] `json:"opt,omitempty"`
}

type Status int

const (
	Active Status = iota + 1
	Disabled
)

func (s Status) MarshalText() ([]byte, error) {
	switch s {
	case Active:
		return []byte("active"), nil
	case Disabled:
		return []byte("disabled"), nil
	}
	return nil, fmt.Errorf("unknown status %d", int(s))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return fmt.Errorf("status: %w", err)
	}
	switch str {
	case "active":
		*s = Active
	case "disabled":
		*s = Disabled
	default:
		return fmt.Errorf("status: bad value %q", str)
	}
	return nil
}

type Account struct {
	User   string            `json:"user"`
	Status Status            `json:"status"`
	ByStat map[Status]string `json:"by_stat,omitempty"`
}

func main() {
	w := Wrapper{Items: []Pair[string, int]{{"a", 1}, {"b", 2}}, Opt: &Pair[int, []string]{3, []string{"x"}}}
	b, _ := json.Marshal(w)
	fmt.Println(string(b))
	var w2 Wrapper
	fmt.Println(json.Unmarshal(b, &w2), w2.Items, *w2.Opt)

	var buf bytes.Buffer
	src := []byte(` { "a" : [ 1 , 2 , { } , [ ] ] , "b" : "<&>" } `)
	fmt.Println(json.Compact(&buf, src), buf.String())
	buf.Reset()
	fmt.Println(json.Indent(&buf, src, "//", "  "))
	fmt.Println(buf.String())
	buf.Reset()
	json.HTMLEscape(&buf, []byte(`{"h":"<b>&amp;</b>\u2028"}`))
	fmt.Println(buf.String())
	buf.Reset()
	buf.WriteString("keep:")
	err := json.Indent(&buf, []byte(`{"a":1,}`), "", " ")
	fmt.Println(err, buf.String())
	err = json.Compact(&buf, []byte(`[1 2]`))
	fmt.Println(err, buf.String())
	b, _ = json.MarshalIndent(map[string]any{"e": []int{}, "m": map[string]int{}, "n": nil, "s": []any{[]any{}}}, "", "  ")
	fmt.Println(string(b))

	accts := []Account{{"ann", Active, map[Status]string{Active: "x", Disabled: "y"}}, {"bob", Disabled, nil}}
	b, err = json.Marshal(accts)
	fmt.Println(string(b), err)
	_, err = json.Marshal(Account{"zed", 7, nil})
	fmt.Println(err)
	var got []Account
	fmt.Println(json.Unmarshal([]byte(`[{"user":"c","status":"active"},{"user":"d","status":"gone"}]`), &got), got)
	fmt.Println(json.Unmarshal([]byte(`[{"user":"e","status":5}]`), &got), got)

	dec := json.NewDecoder(strings.NewReader(`{"user":"f"} trailing`))
	var a Account
	fmt.Println(dec.Decode(&a), a.User)
	rest, _ := io.ReadAll(dec.Buffered())
	fmt.Printf("%q\n", rest)
	fmt.Println(dec.Decode(&a))

	type Deep struct {
		L1 struct {
			L2 []struct {
				L3 map[string]struct {
					V int `json:"v"`
				} `json:"l3"`
			} `json:"l2"`
		} `json:"l1"`
	}
	var dp Deep
	err = json.Unmarshal([]byte(`{"l1":{"l2":[{"l3":{"k":{"v":"str"}}}]}}`), &dp)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"l1":{"l2":{"x":1}}}`), &dp)
	fmt.Println(err)
	var anyMap map[string]any
	err = json.Unmarshal([]byte(`{"a":1,"b":[true,{"c":"d"}],"e":1.5e3,"f":-0,"g":1e400}`), &anyMap)
	fmt.Println(err, anyMap)
	var ifc any = 5
	fmt.Println(json.Unmarshal([]byte(`"x"`), &ifc), ifc)
	var pi *int
	var ifp any = pi
	fmt.Println(json.Unmarshal([]byte(`3`), &ifp), ifp)
	var arr [2]any
	fmt.Println(json.Unmarshal([]byte(`[1,"2",3]`), &arr), arr)
}
