package main

// Exactly ten errors: gc stops at the tenth with "too many errors" even
// when no more follow.

func main() {
	var v0 int = "x"
	var v1 int = "x"
	var v2 int = "x"
	var v3 int = "x"
	var v4 int = "x"
	var v5 int = "x"
	var v6 int = "x"
	var v7 int = "x"
	var v8 int = "x"
	var v9 int = "x"
}
