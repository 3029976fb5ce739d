package main

import "fmt"

// switch forms: with a tag, tagless, with init statement, case lists,
// fallthrough, default in any position, no match, non-constant cases.

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	if c >= '0' && c <= '9' {
		return "digit"
	}
	return "consonant"
}

func level(n int) []string {
	var out []string
	switch n {
	case 3:
		out = append(out, "three")
		fallthrough
	case 2:
		out = append(out, "two")
		fallthrough
	case 1:
		out = append(out, "one")
	case 0:
		out = append(out, "zero")
	}
	return out
}

func main() {
	for _, s := range []int{95, 85, 72, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("hi 2u") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for n := 0; n <= 4; n++ {
		fmt.Println(n, level(n), len(level(n)))
	}

	switch x := 7; {
	case x > 5:
		fmt.Println("big")
	case x > 2:
		fmt.Println("medium")
	}

	// default may come first; it still runs only when nothing matches
	for _, v := range []string{"go", "c", "lua"} {
		switch v {
		default:
			fmt.Println(v, "other")
		case "go":
			fmt.Println(v, "compiled")
		case "lua", "python":
			fmt.Println(v, "scripted")
		}
	}

	// cases are evaluated in order, lazily
	calls := 0
	check := func(v int) int { calls++; return v }
	switch 2 {
	case check(1), check(2), check(3):
		fmt.Println("matched after", calls, "calls")
	}
	switch {
	}
	switch y := 5; y {
	case 1:
		fmt.Println("one")
	}
	fmt.Println("done")
}
