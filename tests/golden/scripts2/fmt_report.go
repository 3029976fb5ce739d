// fmt_report.go - printing domain values with fmt: Stringer and error
// implementations, %v/%+v/%#v on nested data, widths, flags, %T, %q, %x.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Status int

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) String() string {
	switch s {
	case Active:
		return "active"
	case Suspended:
		return "suspended"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type Address struct {
	City, Zip string
}

type Account struct {
	ID      int
	Owner   string
	Balance float64
	Status  Status
	Addr    *Address
	Tags    []string
	Limits  map[string]int
	Opened  time.Duration
	private bool
}

type LimitError struct {
	Want, Max float64
}

func (e LimitError) Error() string { return fmt.Sprintf("limit exceeded: %.2f > %.2f", e.Want, e.Max) }

func main() {
	a := Account{7, "Zoë", 1234.5, Active, &Address{"Oslo", "0150"}, []string{"vip", "eu"}, map[string]int{"daily": 500, "atm": 200}, 36 * time.Hour, true}
	b := a
	b.Addr = nil // a pointer prints as an address
	fmt.Printf("%v\n%+v\n", b, b)
	fmt.Printf("%#v\n", *a.Addr)
	fmt.Printf("%#v %#v %#v\n", a.Tags, a.Limits, a.Status)
	fmt.Printf("%T %T %T %T\n", a, a.Addr, a.Limits, a.Status)
	fmt.Printf("|%8.2f|%-8.1f|%+d|%08.3f|%x|%X|%o|%b|%e|\n", a.Balance, a.Balance, a.ID, -3.14159, 255, "hi", 8, 5, 123456.789)
	fmt.Printf("|%6s|%-6s|%.2s|%q|%+q|%x|% x|%U|%c|\n", "ab", "ab", "abc", "zoë\n", "zoë", "zoë", "zoë", 'ë', 0x1F600)
	fmt.Printf("%v %d %s %v\n", Status(9), Suspended, Suspended, []Status{1, 2})
	var err error = LimitError{2000, 1500}
	wrapped := fmt.Errorf("withdraw from %d: %w", a.ID, err)
	fmt.Println(wrapped)
	var le LimitError
	fmt.Println(errors.As(wrapped, &le), le.Max)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	fmt.Printf("%5t|%v|%p\n", true, nil, nil)
	fmt.Printf("%d %s\n", "str", 42)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%!\n")
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil), fmt.Sprintln("x", 1))
	fmt.Printf("%6.2f%%\n", 12.3456)
	fmt.Printf("%*d|%-*d|%.*f\n", 5, 42, 4, 7, 2, 3.14159)
	fmt.Printf("%v %v\n", [3]bool{true}, struct {
		A int
		B []byte
	}{1, []byte("hi")})
	fmt.Printf("%s %v %x\n", []byte("bytes"), []byte("ab"), []byte("ab"))
	var np *Address
	var ni interface{}
	fmt.Printf("%v %+v %v %d\n", np, ni, []interface{}{1, "a", nil}, []int(nil))
}
