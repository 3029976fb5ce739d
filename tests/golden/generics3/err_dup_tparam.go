package main

type A[T, T any] struct{}

func f[T, T any]() {}

func main() {}
