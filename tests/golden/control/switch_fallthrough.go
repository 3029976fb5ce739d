package main

import "fmt"

// Tagless switches, fallthrough into default (also a default written in
// the middle), case expressions evaluated in order and only as needed.

func classify(n int) string {
	out := ""
	switch {
	case n < 0:
		out += "negative "
		fallthrough
	case n == 0:
		out += "small "
	case n > 100:
		out += "big "
		fallthrough
	default:
		out += "default"
	}
	return out
}

func middle(n int) string {
	switch n {
	case 1:
		return "one"
	default:
		return "other"
	case 2:
		return "two"
	}
}

func chain(n int) []string {
	var s []string
	switch n {
	case 1:
		s = append(s, "1")
		fallthrough
	default:
		s = append(s, "default")
		fallthrough
	case 3:
		s = append(s, "3")
	case 4:
		s = append(s, "4")
	}
	return s
}

var calls []int

func probe(i int, r bool) bool {
	calls = append(calls, i)
	return r
}

func main() {
	for _, n := range []int{-5, 0, 7, 500} {
		fmt.Printf("%d: %q\n", n, classify(n))
	}
	for n := 0; n < 4; n++ {
		fmt.Print(middle(n), " ")
	}
	fmt.Println()
	for n := 0; n <= 4; n++ {
		fmt.Println(n, chain(n))
	}

	switch {
	case probe(1, false), probe(2, true), probe(3, true):
		fmt.Println("matched", calls)
	case probe(4, true):
		fmt.Println("not reached")
	}
	calls = nil
	switch {
	case probe(1, false):
	case probe(2, false):
	default:
		fmt.Println("default after", calls)
	}

	switch x := 5; {
	case x > 3:
		fmt.Println("x > 3")
		fallthrough
	case x > 10:
		fmt.Println("fell into x > 10 without testing it")
	}

	switch {
	}
	switch s := "go"; s + "pher" {
	case "gopher":
		fmt.Println("gopher")
	}

	count := 0
	for i := 0; i < 6; i++ {
		switch {
		case i%2 == 0:
			continue
		case i == 5:
			break
		default:
			count += 10
		}
		count++
	}
	fmt.Println(count)
}
