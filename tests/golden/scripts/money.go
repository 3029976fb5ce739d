// money implements a Money type with integer cents: parsing, formatting
// with thousands separators, arithmetic, splitting without losing cents,
// percentages with banker's rounding, and an invoice.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Money int64 // cents

func Parse(s string) (Money, error) {
	s = strings.TrimSpace(strings.TrimPrefix(s, "$"))
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	s = strings.ReplaceAll(s, ",", "")
	whole, frac, _ := strings.Cut(s, ".")
	if len(frac) > 2 {
		return 0, fmt.Errorf("parse %q: too many decimals", s)
	}
	frac = (frac + "00")[:2]
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse money: %w", err)
	}
	f, err := strconv.ParseInt(frac, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("parse money: %w", err)
	}
	m := Money(w*100 + f)
	if neg {
		m = -m
	}
	return m, nil
}

func (m Money) String() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	whole := strconv.FormatInt(int64(m/100), 10)
	var parts []string
	for len(whole) > 3 {
		parts = append([]string{whole[len(whole)-3:]}, parts...)
		whole = whole[:len(whole)-3]
	}
	parts = append([]string{whole}, parts...)
	return fmt.Sprintf("%s$%s.%02d", sign, strings.Join(parts, ","), int64(m%100))
}

// Percent returns m*pct/100 rounded half to even.
func (m Money) Percent(pct int64) Money {
	num := int64(m) * pct
	q, r := num/100, num%100
	if r < 0 {
		r, q = r+100, q-1
	}
	if r > 50 || (r == 50 && q%2 != 0) {
		q++
	}
	return Money(q)
}

var ErrSplit = errors.New("cannot split into zero parts")

func (m Money) Split(n int) ([]Money, error) {
	if n <= 0 {
		return nil, ErrSplit
	}
	base, extra := m/Money(n), int(m%Money(n))
	out := make([]Money, n)
	for i := range out {
		out[i] = base
		if i < extra {
			out[i]++
		}
	}
	return out, nil
}

type Line struct {
	Desc  string
	Qty   int
	Price Money
}

func main() {
	for _, s := range []string{"12.5", "$1,234,567.89", "-0.07", "3", "1.234", "abc", "$-42.10"} {
		m, err := Parse(s)
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		fmt.Printf("%-15q -> %v (%d cents)\n", s, m, int64(m))
	}
	lines := []Line{{"Keyboard", 2, 4999}, {"Mouse", 3, 1999}, {"Cable", 10, 349}, {"Monitor", 1, 129900}}
	var subtotal Money
	for _, l := range lines {
		t := Money(l.Qty) * l.Price
		subtotal += t
		fmt.Printf("%-10s %3d x %10v = %12v\n", l.Desc, l.Qty, l.Price, t)
	}
	disc := subtotal.Percent(-5)
	tax := (subtotal + disc).Percent(21)
	fmt.Printf("%-30s %12v\n%-30s %12v\n%-30s %12v\n%-30s %12v\n", "subtotal", subtotal, "discount 5%", disc, "VAT 21%", tax, "TOTAL", subtotal+disc+tax)
	shares, _ := Money(10000).Split(3)
	fmt.Println("split $100 three ways:", shares)
	_, err := Money(1).Split(0)
	fmt.Println(err, errors.Is(err, ErrSplit))
	for _, c := range []Money{250, 350, 150, -250, 1} {
		fmt.Print(c.Percent(1), " ")
	}
	fmt.Println()
}
