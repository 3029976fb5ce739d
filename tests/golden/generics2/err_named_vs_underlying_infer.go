package main

// Arguments of type int and MyInt for one T: inference takes int from the
// first and reports the second (it does not pick MyInt).

type Ordered interface{ ~int | ~string }

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type MyInt int

func main() {
	var a int = 1
	var b MyInt = 2
	_ = Max(a, b)
}
