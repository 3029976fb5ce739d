package main

var x = x

var y int = func() int { return y }()

var z = g()

func g() int { return h() }

func h() int { return z }

func main() {}
