package main

import (
	"fmt"
	"math/rand"
)

type counter struct{ n int64 }

func (c *counter) Int63() int64    { c.n += 12345; return c.n }
func (c *counter) Seed(seed int64) { c.n = seed }

func main() {
	// The default source is Seed(1) in Go 1.19.
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Int(), rand.Int63(), rand.Int31())
	fmt.Println(rand.Int63n(1000000007), rand.Int31n(77), rand.Uint32(), rand.Uint64())
	fmt.Println(rand.Float64(), rand.Float32())
	fmt.Println(rand.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	for i := 0; i < 5; i++ {
		fmt.Printf("%.6f %.6f\n", rand.NormFloat64(), rand.ExpFloat64())
	}
	b := make([]byte, 10)
	n, err := rand.Read(b)
	fmt.Println(n, err, b)

	rand.Seed(42)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Float64())
	rand.Seed(-7)
	fmt.Println(rand.Int63())
	rand.Seed(0)
	fmt.Println(rand.Int63())

	r := rand.New(rand.NewSource(2023))
	fmt.Println(r.Intn(10), r.Intn(10), r.Int63(), r.Uint64(), r.Perm(5))
	sum := 0.0
	for i := 0; i < 1000; i++ {
		sum += r.NormFloat64() + r.ExpFloat64()
	}
	fmt.Printf("%.10f\n", sum)
	r.Seed(2023)
	fmt.Println(r.Intn(10), r.Intn(10))
	src := rand.NewSource(5)
	fmt.Println(src.Int63())
	fmt.Printf("%T %T\n", src, r)
	if s64, ok := src.(rand.Source64); ok {
		fmt.Println(s64.Uint64())
	}

	c := rand.New(&counter{})
	fmt.Println(c.Int63(), c.Intn(1000), c.Uint64(), c.Float64())
	c.Seed(100)
	fmt.Println(c.Int63())

	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		rand.Intn(0)
	}()
	rand.Int63n(-1)
}
