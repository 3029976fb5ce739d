package main

import (
	"errors"
	"fmt"
)

// Print/Sprint spacing rules (spaces only between operands when neither is
// a string), Println/Sprintln (always spaces), Sprintf, Errorf with %v and
// %d, and printing of nil values, pointers to structs and errors.

type Point struct {
	X, Y int
}

func validate(age int) error {
	if age < 0 {
		return fmt.Errorf("invalid age %d: must be >= %d", age, 0)
	}
	if age > 150 {
		return errors.New("age too large")
	}
	return nil
}

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	s := fmt.Sprint("x", 1, 2, "y", false, true)
	fmt.Println(s, len(s))
	ln := fmt.Sprintln("x", 1, 2, "y")
	fmt.Printf("%q\n", ln)
	fmt.Println(fmt.Sprintf("%03d-%s", 7, "bond"))

	for _, age := range []int{30, -1, 200} {
		err := validate(age)
		fmt.Println(age, err, err == nil)
		if err != nil {
			fmt.Printf("error: %v / %s / %q\n", err, err, err)
		}
	}
	wrapped := fmt.Errorf("loading config: %v", validate(-5))
	fmt.Println(wrapped)

	p := &Point{1, 2}
	fmt.Println(*p, p.X)
	fmt.Printf("%v %+v\n", p, p)
	var nilp *Point
	var nilErr error
	var nilSlice []int
	var nilMap map[string]int
	fmt.Println(nilp, nilErr, nilSlice, nilMap)
	fmt.Printf("%v %d %s\n", nilErr, nilSlice, nilSlice)

	// Println on mixed values
	fmt.Println("sum:", 1+2, "avg:", 7/2.0, "ok:", true, 'a', byte('a'))
	fmt.Println()
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
	fmt.Println(fmt.Sprint(), fmt.Sprint(nil), fmt.Sprintf("%d", 1, 2))
	fmt.Println(fmt.Sprintf("%d %s", 5))
}
