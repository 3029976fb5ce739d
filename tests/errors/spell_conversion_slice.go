package main

// Go spells types in messages as the program wrote them (byte, rune,
// parameter names: interp/check/spell.c); here: conversion slice.

func main() {
	s := "x"
	var n int = []rune(s)
	_ = n
}
