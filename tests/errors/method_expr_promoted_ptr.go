package main

type Inner struct{ n int }

func (i *Inner) Inc() {}

type S struct{ Inner }

func main() {
	f := S.Inc
	_ = f
}
