package main

import "fmt"

type T [len(T{})]int

func main() { fmt.Println(T{}) }
