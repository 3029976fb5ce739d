package main

// Adding an untyped rune constant to a ~string type parameter value.

type Stringish interface{ ~string }

func Join[S Stringish](xs []S) S {
	var out S
	for _, x := range xs {
		out += x + ','
	}
	return out
}

func main() {}
