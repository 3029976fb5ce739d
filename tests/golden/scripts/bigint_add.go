// bigint_add implements arbitrary-precision non-negative integers as
// little-endian digit slices: parse, add, multiply, compare, and prints
// factorials and Fibonacci numbers far beyond int64.
package main

import (
	"fmt"
	"strings"
)

type Big []byte // decimal digits, least significant first

func Parse(s string) (Big, error) {
	s = strings.TrimLeft(s, "0")
	b := make(Big, len(s))
	for i := range s {
		c := s[len(s)-1-i]
		if c < '0' || c > '9' {
			return nil, fmt.Errorf("bad digit %q in %q", c, s)
		}
		b[i] = c - '0'
	}
	return b, nil
}

func FromInt(n int) Big {
	var b Big
	for ; n > 0; n /= 10 {
		b = append(b, byte(n%10))
	}
	return b
}

func (a Big) Add(b Big) Big {
	var r Big
	carry := byte(0)
	for i := 0; i < len(a) || i < len(b) || carry > 0; i++ {
		d := carry
		if i < len(a) {
			d += a[i]
		}
		if i < len(b) {
			d += b[i]
		}
		r = append(r, d%10)
		carry = d / 10
	}
	return r
}

func (a Big) Mul(b Big) Big {
	if len(a) == 0 || len(b) == 0 {
		return nil
	}
	tmp := make([]int, len(a)+len(b))
	for i, x := range a {
		for j, y := range b {
			tmp[i+j] += int(x) * int(y)
		}
	}
	r := make(Big, len(tmp))
	carry := 0
	for i, v := range tmp {
		v += carry
		r[i] = byte(v % 10)
		carry = v / 10
	}
	for len(r) > 0 && r[len(r)-1] == 0 {
		r = r[:len(r)-1]
	}
	return r
}

func (a Big) Cmp(b Big) int {
	if len(a) != len(b) {
		if len(a) < len(b) {
			return -1
		}
		return 1
	}
	for i := len(a) - 1; i >= 0; i-- {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

func (a Big) String() string {
	if len(a) == 0 {
		return "0"
	}
	buf := make([]byte, len(a))
	for i, d := range a {
		buf[len(a)-1-i] = '0' + d
	}
	return string(buf)
}

func main() {
	f := FromInt(1)
	for i := 1; i <= 30; i++ {
		f = f.Mul(FromInt(i))
		if i%5 == 0 {
			fmt.Printf("%2d! = %v\n", i, f)
		}
	}
	a, b := FromInt(0), FromInt(1)
	for i := 0; i < 150; i++ {
		a, b = b, a.Add(b)
	}
	fmt.Println("fib(150) =", a, "digits:", len(a))
	x, _ := Parse("99999999999999999999")
	y, _ := Parse("1")
	fmt.Println(x, "+", y, "=", x.Add(y))
	fmt.Println(x, "*", x, "=", x.Mul(x))
	z, err := Parse("12a4")
	fmt.Println(z, err)
	zero, _ := Parse("0000")
	fmt.Println("zero:", zero, zero.Mul(x), zero.Add(zero), len(zero))
	fmt.Println(x.Cmp(y), y.Cmp(x), x.Cmp(x), FromInt(1000).Cmp(FromInt(999)))
	p := FromInt(2)
	pow := FromInt(1)
	for i := 0; i < 100; i++ {
		pow = pow.Mul(p)
	}
	fmt.Printf("2^100 = %s\n", pow)
}
