package main

import "fmt"

// Typed constants keep their type through expressions; arithmetic on them
// is still exact at compile time but must fit the type.

const MaxLevel int8 = 100
const Ratio float32 = 0.1
const Mask uint16 = 0xF0F0
const Greeting string = "hi"

type Celsius float64
type Weekday int

const (
	Freezing Celsius = 0
	Boiling  Celsius = 100
)

const (
	Mon Weekday = iota + 1
	Tue
	Wed
)

func main() {
	fmt.Printf("%T %v\n", MaxLevel, MaxLevel)
	fmt.Printf("%T %v\n", MaxLevel/3, MaxLevel/3)
	fmt.Printf("%T %v\n", Ratio*3, Ratio*3)
	fmt.Printf("%T %v\n", Mask>>4, Mask>>4)
	fmt.Printf("%T %#x\n", ^Mask, ^Mask)
	fmt.Printf("%T %v\n", Greeting+"!", Greeting+"!")
	fmt.Printf("%T %v %v\n", Boiling, Boiling, Boiling-Freezing)
	fmt.Printf("%T %v %v %v\n", Tue, Mon, Tue, Wed)

	var d Weekday = Wed
	d++
	fmt.Println(d, d == 4)

	// an untyped constant mixed with a typed one takes the typed type
	x := MaxLevel + 20
	fmt.Printf("%T %v\n", x, x)
	var level int8 = MaxLevel
	level += 27
	fmt.Println(level) // 127
	level++
	fmt.Println(level) // wraps at run time: -128

	const big = 1 << 40
	var n int64 = big
	fmt.Println(n, float64(big), big/1024)
}
