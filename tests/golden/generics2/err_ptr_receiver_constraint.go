package main

import "fmt"

// String is declared on *Celsius; a []Celsius does not satisfy Stringer.

type Stringer interface{ String() string }

type Celsius float64

func (c *Celsius) String() string { return fmt.Sprintf("%.1fC", float64(*c)) }

func JoinAll[T Stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String() + " "
	}
	return s
}

func main() {
	temps := []Celsius{21.5, 19}
	fmt.Println(JoinAll(temps))
}
