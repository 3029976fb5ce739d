package main

import "fmt"

func main() {
	fmt.Printf()
	fmt.Sprint(fmt.Println)
	var x any = 1
	var y interface{} = 2
	var s string = x
	var t string = y
	fmt.Println(s, t)
}
