// Operators on type parameters whose constraint embeds a union through
// another (generic) interface, including one listing complex types (Go's
// test/typeparam/absdiff.go), and constraint type inference from a
// ~struct core type (issue50690a.go).
package main

import "fmt"

type Numeric interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~complex64 | ~complex128
}

type numericAbs[T any] interface {
	Numeric
	Abs() T
}

func absDifference[T numericAbs[T]](a, b T) T {
	d := a - b
	return d.Abs()
}

type myInt int

func (a myInt) Abs() myInt {
	if a < 0 {
		return -a
	}
	return a
}

type myFloat float64

func (a myFloat) Abs() myFloat {
	if a < 0 {
		return -a
	}
	return a
}

func Sum[T Numeric](args ...T) T {
	var sum T
	for i := 0; i < len(args); i++ {
		sum += args[i]
	}
	return sum
}

type Ledger[T ~string, K Numeric] struct {
	ID_      T
	Amounts_ []K
	SumFn_   func(...K) K
}

func (l Ledger[T, _]) ID() T               { return l.ID_ }
func (l Ledger[_, K]) Amounts() []K        { return l.Amounts_ }
func (l Ledger[_, K]) SumFn() func(...K) K { return l.SumFn_ }

func PrintLedger[
	T ~string,
	K Numeric,
	L interface {
		~struct {
			ID_      T
			Amounts_ []K
			SumFn_   func(...K) K
		}
		ID() T
		Amounts() []K
		SumFn() func(...K) K
	},
](l L) {
	fmt.Printf("%s has a sum of %v\n", l.ID(), l.SumFn()(l.Amounts()...))
}

type Named struct {
	Name string
	Age  int
}

func Describe[P interface {
	~struct {
		Name string
		Age  int
	}
}](p P) string {
	return fmt.Sprintf("%T %v", p, p)
}

func main() {
	fmt.Println(absDifference(myInt(3), myInt(10)), absDifference(myFloat(1.5), myFloat(-2)))
	fmt.Println(Sum(1, 2, 3), Sum(1.5, 2.25), Sum[uint8](200, 100))
	PrintLedger(Ledger[string, int]{ID_: "fake", Amounts_: []int{1, 2, 3}, SumFn_: Sum[int]})
	type acct string
	PrintLedger(Ledger[acct, float64]{"acct", []float64{0.5, 0.25}, Sum[float64]})
	fmt.Println(Describe(Named{"x", 3}))
}
