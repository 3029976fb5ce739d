package main

import (
	"fmt"
	"strconv"
)

// strconv conversions and their error texts, used to parse a settings list.

func main() {
	fmt.Println(strconv.Itoa(42), strconv.Itoa(-7)+"!", len(strconv.Itoa(1000000)))
	inputs := []string{"123", "-45", "+6", "0x1F", "12a", "", " 7", "99999999999999999999"}
	for _, in := range inputs {
		n, err := strconv.Atoi(in)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Println("ok:", n)
	}

	v, err := strconv.ParseInt("-1010", 2, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("ff", 16, 64)
	fmt.Println(v, err)
	v, err = strconv.ParseInt("300", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("18446744073709551615", 10, 64)
	fmt.Println(u, err)

	f, err := strconv.ParseFloat("3.25", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("pi", 64)
	fmt.Println(err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)

	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(5, 2), strconv.FormatUint(255, 8))
	fmt.Println(strconv.FormatFloat(1.5, 'f', 2, 64), strconv.FormatFloat(1234.5678, 'e', 3, 64))
	fmt.Println(strconv.FormatFloat(0.1, 'g', -1, 64), strconv.FormatBool(false))
	fmt.Println(strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'))
	s, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", s, err)

	// sum the numeric fields of a settings line
	total := 0
	for _, field := range []string{"10", "20", "x", "30"} {
		n, err := strconv.Atoi(field)
		if err != nil {
			fmt.Println("skip", strconv.Quote(field))
			continue
		}
		total += n
	}
	fmt.Println("total", total)
}
