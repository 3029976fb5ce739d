package main

import (
	"encoding/json"
	"fmt"
)

func main() {
	var x json.Delim
	fmt.Println(json.Compact, x, json.MarshalSomething)
}
