package main

import "fmt"

// The pointer constraint requires Set on *T; Config has no Set method.

type Setter[T any] interface {
	*T
	Set(string)
}

type Config struct{ raw string }

func (c Config) Get() string { return c.raw }

func Load[T any, PT Setter[T]](s string) T {
	var v T
	PT(&v).Set(s)
	return v
}

func main() {
	fmt.Println(Load[Config]("x=1"))
}
