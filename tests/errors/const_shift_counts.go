package main

import "fmt"

const a = 1 << -1
const b = 1 << 1.5
const c = 1 << 100000000

var d = 1 << 2000
var e = 1e308 * 1e308

func main() { fmt.Println(a, b, c, d, e) }
