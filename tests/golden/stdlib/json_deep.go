package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

func main() {
	var v interface{}
	err := json.Unmarshal([]byte(strings.Repeat("[", 1200)+strings.Repeat("]", 1200)), &v)
	fmt.Println(err)
	err = json.Unmarshal([]byte(strings.Repeat("[", 10001)+strings.Repeat("]", 10001)), &v)
	fmt.Println(err)
	b, err := json.Marshal(v)
	fmt.Println(len(b), err)
	done := make(chan bool)
	go func() {
		var w interface{}
		err := json.Unmarshal([]byte(strings.Repeat(`{"a":`, 1100)+"1"+strings.Repeat("}", 1100)), &w)
		fmt.Println(err)
		b, err := json.Marshal(w)
		fmt.Println(len(b), err)
		done <- true
	}()
	<-done
}
