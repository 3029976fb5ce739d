// roman converts integers to Roman numerals and back, validating the input
// by round-tripping, and reports errors for malformed numerals.
package main

import (
	"fmt"
	"strings"
)

var table = []struct {
	value  int
	symbol string
}{
	{1000, "M"}, {900, "CM"}, {500, "D"}, {400, "CD"},
	{100, "C"}, {90, "XC"}, {50, "L"}, {40, "XL"},
	{10, "X"}, {9, "IX"}, {5, "V"}, {4, "IV"}, {1, "I"},
}

func toRoman(n int) (string, error) {
	if n <= 0 || n >= 4000 {
		return "", fmt.Errorf("toRoman: %d out of range 1..3999", n)
	}
	var sb strings.Builder
	for _, e := range table {
		for n >= e.value {
			sb.WriteString(e.symbol)
			n -= e.value
		}
	}
	return sb.String(), nil
}

func value(c byte) int {
	switch c {
	case 'I':
		return 1
	case 'V':
		return 5
	case 'X':
		return 10
	case 'L':
		return 50
	case 'C':
		return 100
	case 'D':
		return 500
	case 'M':
		return 1000
	}
	return 0
}

func fromRoman(s string) (int, error) {
	s = strings.ToUpper(strings.TrimSpace(s))
	if s == "" {
		return 0, fmt.Errorf("fromRoman: empty numeral")
	}
	total := 0
	for i := 0; i < len(s); i++ {
		v := value(s[i])
		if v == 0 {
			return 0, fmt.Errorf("fromRoman: bad digit %q at %d in %q", s[i], i, s)
		}
		if i+1 < len(s) && value(s[i+1]) > v {
			total -= v
		} else {
			total += v
		}
	}
	if back, _ := toRoman(total); back != s {
		return 0, fmt.Errorf("fromRoman: %q is not canonical (did you mean %s?)", s, back)
	}
	return total, nil
}

func main() {
	for _, n := range []int{1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000} {
		r, err := toRoman(n)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%4d = %s\n", n, r)
	}
	for _, s := range []string{"MCMXCIV", "mmxxiv", "IIII", "IC", "XLII", "", "MMXQ", " vii "} {
		n, err := fromRoman(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-8q = %d\n", s, n)
	}
	sum := 0
	for i := 1; i <= 100; i++ {
		r, _ := toRoman(i)
		sum += len(r)
	}
	fmt.Println("characters to write 1..100:", sum)
}
