package main

import "fmt"

// iota patterns: plain enumerations, skipped values, expressions that are
// repeated implicitly, several constants per line, bit flags and sizes.

const (
	Sunday = iota
	Monday
	Tuesday
	_
	Thursday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
)

const (
	FlagRead = 1 << iota
	FlagWrite
	FlagExec
	FlagAll = FlagRead | FlagWrite | FlagExec
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	first  = "x"
	second // repeats "x"
	third  = iota
	fourth
)

const single = iota

func describe(perm int) string {
	s := ""
	if perm&FlagRead != 0 {
		s += "r"
	} else {
		s += "-"
	}
	if perm&FlagWrite != 0 {
		s += "w"
	} else {
		s += "-"
	}
	if perm&FlagExec != 0 {
		s += "x"
	} else {
		s += "-"
	}
	return s
}

func main() {
	fmt.Println(Sunday, Monday, Tuesday, Thursday)
	fmt.Println(KB, MB, GB, TB)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagAll)
	fmt.Println(describe(FlagRead|FlagExec), describe(FlagAll), describe(0))
	fmt.Println(a, b, c, d, e, f)
	fmt.Println(first, second, third, fourth, single)
	fmt.Printf("%T %T\n", KB, TB)
}
