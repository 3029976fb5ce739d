package main

import (
	"fmt"
	"reflect"
)

func main() {
	var z reflect.Value
	fmt.Println(z)
	fmt.Printf("%v %d\n", z, z)
}
