// A generic-free struct printer: walks any value with reflect, honouring
// `pretty:"name"` and `pretty:"-"` tags, as small scripts do.
package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Address struct {
	Street string `pretty:"street" json:"street,omitempty"`
	City   string `pretty:"city"`
	Zip    int    `pretty:"-"`
}

type Base struct {
	ID      int64
	Created string `pretty:"created_at"`
}

type Person struct {
	Base
	Name     string            `pretty:"name"`
	Age      uint8             `pretty:"age"`
	Score    float64           `pretty:"score"`
	Tags     []string          `pretty:"tags"`
	Home     *Address          `pretty:"home"`
	Work     *Address          `pretty:"work"`
	Meta     map[string]any    `pretty:"meta"`
	Friends  []Person          `pretty:"friends"`
	Active   bool              `pretty:"active"`
	secret   string
	Counters map[string][2]int `pretty:"counters"`
}

func write(b *strings.Builder, v reflect.Value, indent int) {
	pad := strings.Repeat("  ", indent)
	switch v.Kind() {
	case reflect.Invalid:
		b.WriteString("nil")
	case reflect.Ptr, reflect.Interface:
		if v.IsNil() {
			b.WriteString("nil")
			return
		}
		write(b, v.Elem(), indent)
	case reflect.Struct:
		t := v.Type()
		b.WriteString(t.Name() + " {\n")
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if f.PkgPath != "" {
				fmt.Fprintf(b, "%s  (unexported %s %s at %d)\n", pad, f.Name, f.Type, f.Index)
				continue
			}
			name, ok := f.Tag.Lookup("pretty")
			if name == "-" {
				continue
			}
			if !ok {
				name = strings.ToLower(f.Name)
			}
			if f.Anonymous {
				name = "^" + name
			}
			fmt.Fprintf(b, "%s  %s: ", pad, name)
			write(b, v.Field(i), indent+1)
			b.WriteString("\n")
		}
		b.WriteString(pad + "}")
	case reflect.Slice, reflect.Array:
		if v.Kind() == reflect.Slice && v.IsNil() {
			b.WriteString("[]")
			return
		}
		b.WriteString("[")
		for i := 0; i < v.Len(); i++ {
			if i > 0 {
				b.WriteString(", ")
			}
			write(b, v.Index(i), indent+1)
		}
		b.WriteString("]")
	case reflect.Map:
		keys := v.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
		b.WriteString("{")
		for i, k := range keys {
			if i > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(b, "%v=", k)
			write(b, v.MapIndex(k), indent+1)
		}
		b.WriteString("}")
	case reflect.String:
		fmt.Fprintf(b, "%q", v.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		fmt.Fprintf(b, "%d", v.Int())
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		fmt.Fprintf(b, "%du", v.Uint())
	case reflect.Float32, reflect.Float64:
		fmt.Fprintf(b, "%.2f", v.Float())
	case reflect.Bool:
		fmt.Fprintf(b, "%t", v.Bool())
	default:
		fmt.Fprintf(b, "<%s>", v.Kind())
	}
}

func Pretty(x any) string {
	var b strings.Builder
	write(&b, reflect.ValueOf(x), 0)
	return b.String()
}

// fill sets every settable zero field it knows to a default.
func fill(v reflect.Value) {
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if !f.CanSet() || !f.IsZero() {
			continue
		}
		switch f.Kind() {
		case reflect.String:
			f.SetString("(default)")
		case reflect.Int, reflect.Int64:
			f.SetInt(-1)
		case reflect.Uint8:
			f.SetUint(18)
		case reflect.Float64:
			f.SetFloat(0.5)
		case reflect.Bool:
			f.SetBool(true)
		case reflect.Struct:
			fill(f)
		case reflect.Ptr:
			f.Set(reflect.New(f.Type().Elem()))
			fill(f.Elem())
		}
	}
}

func main() {
	p := Person{
		Base:  Base{ID: 7, Created: "2026-12-03"},
		Name:  "Ada",
		Age:   36,
		Score: 97.5,
		Tags:  []string{"math", "engines"},
		Home:  &Address{Street: "1 Analytical Way", City: "London", Zip: 12345},
		Meta:  map[string]any{"lang": "en", "n": 3, "list": []int{1, 2}},
		Friends: []Person{
			{Name: "Charles", Age: 41},
		},
		secret:   "hidden",
		Counters: map[string][2]int{"a": {1, 2}},
	}
	fmt.Println(Pretty(p))
	fmt.Println(Pretty(&p.Friends[0]))
	var q Person
	fill(reflect.ValueOf(&q).Elem())
	fmt.Println(Pretty(q))
	t := reflect.TypeOf(p)
	if f, ok := t.FieldByName("ID"); ok {
		fmt.Println(f.Name, f.Index, f.Type, f.Offset)
	}
	f, _ := t.FieldByName("Street")
	fmt.Printf("%q %v\n", f.Name, f.Index)
	sf, _ := reflect.TypeOf(Address{}).FieldByName("Street")
	fmt.Println(sf.Tag, sf.Tag.Get("json"), sf.Tag.Get("pretty"), sf.Tag.Get("xml") == "")
	for i := 0; i < t.NumField(); i++ {
		fmt.Printf("%s@%d ", t.Field(i).Name, t.Field(i).Offset)
	}
	fmt.Println(t.Size())
	fmt.Printf("%+v\n", reflect.TypeOf(Address{}).Field(0))
}
