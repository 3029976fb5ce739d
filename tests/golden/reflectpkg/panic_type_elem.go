package main

import (
	"fmt"
	"reflect"
)

func main() {
	t := reflect.TypeOf(42)
	fmt.Println(t)
	fmt.Println(t.Elem())
}
