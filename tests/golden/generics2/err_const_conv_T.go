package main

// A constant that does not fit one type of T's type set (int8).

func Small[T ~int8 | ~int](x T) T { return x + T(1000) }

func main() { _ = Small(1) }
