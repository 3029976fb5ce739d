package main

import "fmt"

// Automatic semicolon insertion: a newline ends a statement after an
// identifier, a literal, return/break/continue/fallthrough, ++/--, and a
// closing ) ] or }. Lines ending in an operator or comma continue.

func total(xs ...int) (sum int) {
	for _, x := range xs {
		sum +=
			x
	}
	return
}

func pick(n int) string {
	switch {
	case n < 0:
		return "negative"
	case n == 0:
		return "zero"
	}
	return "positive"
}

func main() {
	values := []int{
		1,
		2,
		3,
	}
	n := total(
		values[0],
		values[1],
		values[2],
	)
	fmt.Println(n)

	i := 0
	i++
	i++
	i--
	fmt.Println(i)

	x := 1 +
		2*
			3
	fmt.Println(x)

	ok := x > 5 &&
		n == 6 ||
		false
	fmt.Println(ok)

	m := map[string]int{"a": 1,
		"b": 2}
	fmt.Println(m["a"] + m["b"])

	var s string; s = "semi"; fmt.Println(s)
	for j := 0; j < 3; j++ { fmt.Print(j) }
	fmt.Println()

	f := func() int { return 7 }
	fmt.Println(f(), pick(-1), pick(0), pick(3))
	/* a block comment
	spanning lines acts like a newline */ fmt.Println("after comment")
	y := 5 /* inline */ + 1 // line comment
	fmt.Println(y)
}
