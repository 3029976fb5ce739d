package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
)

type T struct {
	ID       int
	Kind     string
	Size     int
	UserName string `json:"user_name"`
	Naïve    bool
	Straße   string
	X1       int
}

func main() {
	keys := []string{"id", "ID", "İd", "ıd", "Id", "iD", "kind", "\u212aind", "KIND", "size", "\u017fize", "SIZE",
		"user_name", "USER_NAME", "user-name", "USER_name", "naïve", "NAÏVE", "Naıve", "straße", "STRASSE", "STRAẞE", "x1", "X1", "x!"}
	for _, k := range keys {
		var t T
		in := fmt.Sprintf(`{%q: 1}`, k)
		if k == "kind" || k == "\u212aind" || k == "KIND" || strings.HasPrefix(strings.ToLower(k), "user") || strings.HasPrefix(strings.ToLower(k), "stra") {
			in = fmt.Sprintf(`{%q: "v"}`, k)
		}
		if strings.HasPrefix(strings.ToLower(k), "na") {
			in = fmt.Sprintf(`{%q: true}`, k)
		}
		err := json.Unmarshal([]byte(in), &t)
		fmt.Printf("%-12q %v %+v\n", k, err, t)
	}
	pairs := [][2]string{{"İ", "i"}, {"ı", "I"}, {"ß", "ẞ"}, {"σ", "ς"}, {"Σ", "ς"}, {"K", "\u212a"}, {"k", "\u212a"}, {"ǅ", "ǆ"}, {"ǆ", "Ǆ"},
		{"\u0345", "ι"}, {"Ι", "\u1fbe"}, {"a", "A"}, {"@", "`"}, {"[", "{"}, {"", ""}, {"a", ""}, {"\xff", "\xff"}, {"\xff", "\xfe"}}
	for _, p := range pairs {
		fmt.Print(strings.EqualFold(p[0], p[1]), bytes.EqualFold([]byte(p[0]), []byte(p[1])), " ")
	}
	fmt.Println()
}
