package main

type Inner struct{ n int }

func (i *Inner) Inc() {}

func main() {
	f := Inner.Inc
	_ = f
}
