package main

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
)

func main() {
	r := rand.New(rand.NewSource(11))
	h := uint32(0)
	mix := func(s string) {
		for i := 0; i < len(s); i++ {
			h = h*16777619 ^ uint32(s[i])
		}
	}
	fmts := []byte{'e', 'E', 'f', 'g', 'G', 'b', 'x', 'X'}
	for i := 0; i < 3000; i++ {
		var f float64
		switch r.Intn(5) {
		case 0:
			f = math.Float64frombits(r.Uint64())
		case 1:
			f = r.NormFloat64() * math.Pow(10, float64(r.Intn(40)-20))
		case 2:
			f = float64(r.Int63n(1e6)) / 1000
		case 3:
			f = float64(float32(r.Float64() * 1e5))
		default:
			f = math.Ldexp(r.Float64(), r.Intn(2000)-1000)
		}
		fm := fmts[r.Intn(len(fmts))]
		prec := r.Intn(25) - 1
		bs := 64
		if r.Intn(3) == 0 {
			bs = 32
		}
		s := strconv.FormatFloat(f, fm, prec, bs)
		mix(s)
		g, err := strconv.ParseFloat(strconv.FormatFloat(f, 'g', -1, 64), 64)
		if err != nil || (g != f && !math.IsNaN(f)) {
			fmt.Println("roundtrip", f, g, err)
		}
		if i < 20 {
			fmt.Println(s)
		}
		// random strings to parse
		var b []byte
		alpha := "0123456789.eE+-_xXpPinfINFaA"
		for k := r.Intn(12); k >= 0; k-- {
			b = append(b, alpha[r.Intn(len(alpha))])
		}
		v, err := strconv.ParseFloat(string(b), 64)
		mix(fmt.Sprint(v, err))
		iv, err := strconv.ParseInt(string(b), 0, 64)
		mix(fmt.Sprint(iv, err))
		if i < 10 {
			fmt.Println(string(b), v, err, iv)
		}
		q := make([]byte, r.Intn(8))
		for k := range q {
			q[k] = byte(r.Intn(256))
		}
		qs := strconv.Quote(string(q)) + strconv.QuoteToASCII(string(q)) + strconv.QuoteToGraphic(string(q))
		mix(qs)
		u, err := strconv.Unquote(`"` + string(q) + `"`)
		mix(fmt.Sprint(u, err))
		mix(strconv.QuoteRune(rune(r.Intn(0x110010))))
	}
	fmt.Println("hash", h)
}
