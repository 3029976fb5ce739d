package main

import "fmt"

type E struct{}

func (E) Error() string { panic("in Error") }

func main() {
	defer func() { fmt.Println("recovered:", recover()) }()
	var e error = E{}
	fmt.Println(e)
	panic(e)
}
