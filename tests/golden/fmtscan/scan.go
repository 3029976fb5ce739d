package main

import (
	"bufio"
	"fmt"
	"strings"
)

type Celsius float64
type ID int

func main() {
	var a, b int
	var s string
	var f float64
	n, err := fmt.Sscan("12 34\nhello 2.5", &a, &b, &s, &f)
	fmt.Println(n, err, a, b, s, f)
	n, err = fmt.Sscanln("1 2\n3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1\n2", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanln("1 2 3", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("   ", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("abc", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscan("99999999999999999999", &a)
	fmt.Println(n, err)
	var i8 int8
	n, err = fmt.Sscan("300", &i8)
	fmt.Println(n, err, i8)
	var u uint
	n, err = fmt.Sscan("-5", &u)
	fmt.Println(n, err, u)
	n, err = fmt.Sscan("0x1f 0b101 0o17 017", &a, &b, &i8, &u)
	fmt.Println(n, err, a, b, i8, u)
	var t bool
	var c Celsius
	var id ID
	n, err = fmt.Sscan("true 36.6 42", &t, &c, &id)
	fmt.Println(n, err, t, c, id)
	n, err = fmt.Sscan("maybe", &t)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("age=42 name=bob", "age=%d name=%s", &a, &s)
	fmt.Println(n, err, a, s)
	n, err = fmt.Sscanf("7-8", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscanf("7 8", "%d-%d", &a, &b)
	fmt.Println(n, err, a, b)
	var r rune
	n, err = fmt.Sscanf("x:ff", "%c:%x", &r, &a)
	fmt.Println(n, err, string(r), a)
	n, err = fmt.Sscanf("\"quoted str\" rest", "%q %s", &s, &b)
	fmt.Println(n, err, s)
	n, err = fmt.Sscanf("1 2", "%d", &a, &b)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("1", "%d %d", &a)
	fmt.Println(n, err)
	n, err = fmt.Sscanf("12345", "%3d%d", &a, &b)
	fmt.Println(n, err, a, b)
	n, err = fmt.Sscan("1.5e3 -inf", &f, &c)
	fmt.Println(n, err, f, c)
	n, err = fmt.Sscan("5", a)
	fmt.Println(n, err)
	var bs []byte
	n, err = fmt.Sscan("bytes!", &bs)
	fmt.Println(n, err, string(bs))
	n, err = fmt.Sscanf("100%", "%d%%", &a)
	fmt.Println(n, err, a)

	rd := bufio.NewReader(strings.NewReader("3\n10 20 30\nword\n"))
	var cnt int
	fmt.Fscan(rd, &cnt)
	sum := 0
	for i := 0; i < cnt; i++ {
		var x int
		fmt.Fscan(rd, &x)
		sum += x
	}
	var w string
	fmt.Fscanln(rd, &w)
	fmt.Fscanln(rd, &w)
	fmt.Println(cnt, sum, w)
	sr := strings.NewReader("1 2 3")
	var x, y, z int
	fmt.Fscan(sr, &x)
	fmt.Fscan(sr, &y, &z)
	fmt.Println(x, y, z)
	n, err = fmt.Scan(&x)
	fmt.Println(n, err)
}
