package main

import (
	"fmt"
	"math/rand"
	"strings"
)

func main() {
	// Go 1.19: the global source starts as if seeded with 1
	fmt.Println(rand.Int(), rand.Intn(100), rand.Int31(), rand.Int31n(50), rand.Int63(), rand.Int63n(1e15), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Float32(), rand.Float64(), rand.NormFloat64(), rand.ExpFloat64())
	fmt.Println(rand.Perm(6))
	words := strings.Fields("alpha beta gamma delta epsilon zeta eta theta")
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	b := make([]byte, 7)
	rand.Read(b)
	fmt.Printf("%x\n", b)
	const letters = "abcdefghijklmnopqrstuvwxyz0123456789"
	gen := func(r *rand.Rand, n int) string {
		var sb strings.Builder
		for i := 0; i < n; i++ {
			sb.WriteByte(letters[r.Intn(len(letters))])
		}
		return sb.String()
	}
	r := rand.New(rand.NewSource(2023))
	for i := 0; i < 5; i++ {
		fmt.Print(gen(r, 8), " ")
	}
	fmt.Println()
	// weighted choice
	weights := []float64{0.5, 0.3, 0.15, 0.05}
	counts := make([]int, len(weights))
	for i := 0; i < 20000; i++ {
		x := r.Float64()
		for k, w := range weights {
			if x < w {
				counts[k]++
				break
			}
			x -= w
		}
	}
	fmt.Println(counts)
	// reservoir sampling
	res := make([]int, 5)
	for i := 0; i < 1000; i++ {
		if i < 5 {
			res[i] = i
		} else if j := r.Intn(i + 1); j < 5 {
			res[j] = i
		}
	}
	fmt.Println(res)
	// big bounds
	fmt.Println(r.Int63n(1<<62+1), r.Int31n(1<<30+1), r.Intn(1<<62), r.Int63n(1), r.Int31n(1))
	for _, f := range []func(){
		func() { r.Int63n(0) },
		func() { r.Int31n(-1) },
		func() { rand.Intn(-5) },
		func() { rand.Perm(-1) },
		func() { r.Shuffle(-1, func(i, j int) {}) },
	} {
		func() {
			defer func() { fmt.Println(recover()) }()
			f()
		}()
	}
	r2 := rand.New(rand.NewSource(1))
	rand.Seed(1)
	fmt.Println(r2.Int63() == rand.Int63(), rand.New(rand.NewSource(0)).Int63() == rand.New(rand.NewSource(89482311)).Int63())
}
