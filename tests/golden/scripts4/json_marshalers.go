package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Celsius float64

func (c Celsius) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%.1fC"`, float64(c))), nil
}

func (c *Celsius) UnmarshalJSON(b []byte) error {
	s := strings.Trim(string(b), `"`)
	s = strings.TrimSuffix(s, "C")
	var f float64
	_, err := fmt.Sscanf(s, "%g", &f)
	*c = Celsius(f)
	return err
}

type PtrOnly struct{ N int }

func (p *PtrOnly) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`{"ptr":%d}`, p.N)), nil
}

type Level int

func (l Level) MarshalText() ([]byte, error) {
	return []byte([]string{"low", "mid", "high"}[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "low":
		*l = 0
	case "mid":
		*l = 1
	case "high":
		*l = 2
	default:
		return fmt.Errorf("bad level %q", b)
	}
	return nil
}

type Bad struct{}

func (Bad) MarshalJSON() ([]byte, error) { return []byte(`{bad`), nil }

type Failing struct{}

func (Failing) MarshalJSON() ([]byte, error) { return nil, fmt.Errorf("nope") }

type Reading struct {
	Temp    Celsius          `json:"temp"`
	TempP   *Celsius         `json:"temp_p,omitempty"`
	Val     PtrOnly          `json:"val"`
	ValP    *PtrOnly         `json:"val_p"`
	Lvl     Level            `json:"lvl"`
	ByLevel map[Level]int    `json:"by_level"`
	Raw     json.RawMessage  `json:"raw"`
	When    time.Time        `json:"when"`
	Dur     time.Duration    `json:"dur"`
	Num     json.Number      `json:"num"`
}

func main() {
	c := Celsius(21.55)
	r := Reading{Temp: 20.25, TempP: &c, Val: PtrOnly{1}, ValP: &PtrOnly{2}, Lvl: 2,
		ByLevel: map[Level]int{0: 5, 2: 1}, Raw: json.RawMessage(`{"keep": [1, 2]}`),
		When: time.Date(2023, 3, 4, 5, 6, 7, 8000, time.UTC), Dur: 1500 * time.Millisecond, Num: "12.50"}
	b, err := json.Marshal(r)
	fmt.Println(string(b), err)
	b2, err := json.Marshal(&r)
	fmt.Println(string(b2), err)
	b3, _ := json.MarshalIndent(r, "", "   ")
	fmt.Println(string(b3))

	var back Reading
	err = json.Unmarshal(b, &back)
	fmt.Println(err, back.Temp, *back.TempP, back.Lvl, back.ByLevel, string(back.Raw), back.When, back.Dur, back.Num)
	err = json.Unmarshal([]byte(`{"lvl":"extreme"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"when":"yesterday"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"num":"abc"}`), &back)
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"num":12e3}`), &back)
	fmt.Println(err, back.Num)
	n, _ := back.Num.Int64()
	f, _ := back.Num.Float64()
	fmt.Println(n, f, back.Num.String())

	_, err = json.Marshal(Bad{})
	fmt.Println(err)
	_, err = json.Marshal(map[string]any{"f": Failing{}})
	fmt.Println(err)
	_, err = json.Marshal([]any{json.RawMessage(`{"x":}`)})
	fmt.Println(err)

	var anyv any
	d := json.NewDecoder(strings.NewReader(`{"a": 1, "b": [1.5, 2e10, 12345678901234567890], "c": {"d": null}}`))
	d.UseNumber()
	fmt.Println(d.Decode(&anyv))
	fmt.Printf("%v\n", anyv)
	m := anyv.(map[string]any)
	fmt.Printf("%T %T\n", m["a"], m["b"].([]any)[2])
	json.Unmarshal([]byte(`{"a": 1, "b": [1.5, 2e10, 12345678901234567890]}`), &anyv)
	fmt.Printf("%v\n", anyv)
}
