// loan_schedule prints an amortization table for a fixed-rate loan, with
// the payment from the annuity formula, rounding to cents each month, and
// compares total interest for several terms.
package main

import (
	"fmt"
	"math"
	"strings"
)

type Loan struct {
	Principal  float64
	AnnualRate float64 // percent
	Months     int
}

func round2(x float64) float64 { return math.Round(x*100) / 100 }

func (l Loan) Payment() float64 {
	r := l.AnnualRate / 100 / 12
	if r == 0 {
		return round2(l.Principal / float64(l.Months))
	}
	p := l.Principal * r / (1 - math.Pow(1+r, -float64(l.Months)))
	return round2(p)
}

type Row struct {
	Month                              int
	Payment, Interest, Principal, Left float64
}

func (l Loan) Schedule() []Row {
	r := l.AnnualRate / 100 / 12
	pay := l.Payment()
	left := l.Principal
	var rows []Row
	for m := 1; m <= l.Months; m++ {
		interest := round2(left * r)
		princ := pay - interest
		if m == l.Months || princ > left {
			princ = left
		}
		left = round2(left - princ)
		rows = append(rows, Row{m, round2(princ + interest), interest, round2(princ), left})
	}
	return rows
}

func main() {
	l := Loan{Principal: 12000, AnnualRate: 6.5, Months: 12}
	fmt.Printf("loan %.2f at %.2f%% for %d months: payment %.2f\n", l.Principal, l.AnnualRate, l.Months, l.Payment())
	fmt.Printf("%5s %10s %10s %10s %11s\n", "month", "payment", "interest", "principal", "balance")
	fmt.Println(strings.Repeat("=", 50))
	var totI, totP float64
	for _, row := range l.Schedule() {
		totI += row.Interest
		totP += row.Payment
		fmt.Printf("%5d %10.2f %10.2f %10.2f %11.2f\n", row.Month, row.Payment, row.Interest, row.Principal, row.Left)
	}
	fmt.Println(strings.Repeat("=", 50))
	fmt.Printf("%5s %10.2f %10.2f\n", "total", totP, totI)

	fmt.Println("\nterm comparison for 250000 at 4.25%:")
	for _, years := range []int{10, 15, 20, 30} {
		ln := Loan{250000, 4.25, years * 12}
		pay := ln.Payment()
		total := pay * float64(ln.Months)
		fmt.Printf("  %2d years: %9.2f/month, interest %11.2f (%5.1f%%)\n", years, pay, total-ln.Principal, (total-ln.Principal)/ln.Principal*100)
	}
	zero := Loan{1000, 0, 3}
	fmt.Printf("zero-rate: %v payment=%.2f rows=%v\n", zero, zero.Payment(), zero.Schedule())
	fmt.Println(math.Round(2.5), math.Round(-2.5), math.Floor(-1.5), math.Ceil(1.2), math.Trunc(-1.7), round2(1.005), round2(2.675))
}
