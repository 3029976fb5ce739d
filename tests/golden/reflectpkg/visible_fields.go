package main

import (
	"fmt"
	"reflect"
)

type Base struct {
	ID   int
	Name string
	note string
}

type Audit struct {
	Created string
	Name    string
}

type Doc struct {
	Base
	*Audit
	Title string
	Name  string
}

type Twin struct {
	Base
	Audit
}

type Node struct {
	*Node
	V int
}

func show(t reflect.Type) {
	fmt.Println(t)
	for _, f := range reflect.VisibleFields(t) {
		fmt.Printf("  %-8s %-8v index=%v anon=%v exported=%v\n", f.Name, f.Type, f.Index, f.Anonymous, f.IsExported())
	}
}

func main() {
	show(reflect.TypeOf(Doc{}))
	show(reflect.TypeOf(Twin{}))
	show(reflect.TypeOf(Node{}))
	f, ok := reflect.TypeOf(Twin{}).FieldByName("Name")
	fmt.Println(f.Name, ok)
	f, ok = reflect.TypeOf(Twin{}).FieldByName("Created")
	fmt.Println(f.Name, f.Index, ok)
	v := reflect.ValueOf(Doc{Base: Base{ID: 3}, Audit: &Audit{Created: "now"}})
	fmt.Println(v.FieldByName("ID"), v.FieldByName("Created"), v.FieldByIndex([]int{1, 0}))
	defer func() { fmt.Println("recovered:", recover()) }()
	reflect.ValueOf(Doc{}).FieldByName("Created")
}

func init() {
	t := reflect.TypeOf(Doc{})
	f, ok := t.FieldByNameFunc(func(s string) bool { return len(s) == 7 })
	fmt.Println(f.Name, f.Index, ok)
	f, ok = t.FieldByNameFunc(func(s string) bool { return s == "ID" || s == "Title" })
	fmt.Println(f.Name, f.Index, ok)
	v := reflect.ValueOf(Doc{Title: "T", Audit: &Audit{}})
	fmt.Println(v.FieldByNameFunc(func(s string) bool { return s[0] == 'T' }))
}
