// json_tags.go - an API payload with struct tags: omitempty, "-", string,
// embedded structs, pointers, maps, custom MarshalJSON, and a round trip.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Audit struct {
	CreatedBy string    `json:"created_by"`
	CreatedAt time.Time `json:"created_at"`
	Version   int       `json:"version,omitempty"`
}

type Money int64

func (m Money) MarshalJSON() ([]byte, error) {
	return []byte(fmt.Sprintf(`"%d.%02d"`, m/100, m%100)), nil
}

func (m *Money) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("money: %w", err)
	}
	var whole, cents int64
	if _, err := fmt.Sscanf(s, "%d.%d", &whole, &cents); err != nil {
		return fmt.Errorf("money %q: %v", s, err)
	}
	*m = Money(whole*100 + cents)
	return nil
}

type Order struct {
	ID       int64             `json:"id,string"`
	Customer string            `json:"customer"`
	Email    string            `json:"email,omitempty"`
	Total    Money             `json:"total"`
	Items    []Item            `json:"items"`
	Notes    *string           `json:"notes"`
	Meta     map[string]string `json:"meta,omitempty"`
	Secret   string            `json:"-"`
	Dash     string            `json:"-,"`
	internal int
	Audit
}

type Item struct {
	SKU   string `json:"sku"`
	Qty   int    `json:"qty"`
	Price Money  `json:"price"`
}

func main() {
	note := "leave at door <back>"
	o := Order{
		ID: 9007199254740993, Customer: "Ann & Bob", Total: 12345,
		Items:  []Item{{"A-1", 2, 500}, {"B-2", 1, 11345}},
		Notes:  &note,
		Secret: "s3cr3t", Dash: "dash", internal: 7,
		Audit: Audit{CreatedBy: "system", CreatedAt: time.Date(2023, 5, 1, 12, 0, 0, 0, time.UTC)},
	}
	b, err := json.Marshal(o)
	fmt.Println(string(b), err)
	b, _ = json.MarshalIndent(o.Items[0], ">", "\t")
	fmt.Println(string(b))

	var back Order
	err = json.Unmarshal(b2(o), &back)
	fmt.Printf("%v | %+v | %s | %v\n", err, back.Items, *back.Notes, back.CreatedAt.Equal(o.CreatedAt))
	fmt.Println(back.ID, back.Total, back.Secret == "", back.Dash)

	in := `{"id":"12","customer":"Cy","total":"3.07","items":null,"meta":{"k":"v"},"version":3,"extra":true}`
	var o2 Order
	fmt.Println(json.Unmarshal([]byte(in), &o2), o2.ID, o2.Total, o2.Items == nil, o2.Meta, o2.Version)
	for _, bad := range []string{
		`{"id":12}`,
		`{"total":"abc"}`,
		`{"total":5}`,
		`{"items":[{"qty":"two"}]}`,
		`{"customer":"x",}`,
	} {
		var x Order
		err := json.Unmarshal([]byte(bad), &x)
		fmt.Printf("%-28s %v\n", bad, err)
	}
	dec := json.NewDecoder(strings.NewReader(`{"customer":"D","unknown":1}`))
	dec.DisallowUnknownFields()
	var o3 Order
	fmt.Println(dec.Decode(&o3), o3.Customer)
}

func b2(o Order) []byte {
	b, _ := json.Marshal(o)
	return b
}
