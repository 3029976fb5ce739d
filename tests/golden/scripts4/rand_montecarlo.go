package main

import (
	"fmt"
	"math"
	"math/rand"
	"sort"
)

type lcg struct{ s uint64 }

func (l *lcg) Int63() int64    { l.s = l.s*6364136223846793005 + 1442695040888963407; return int64(l.s >> 1) }
func (l *lcg) Seed(seed int64) { l.s = uint64(seed) }

func main() {
	r := rand.New(rand.NewSource(42))
	counts := make([]int, 7)
	for i := 0; i < 6000; i++ {
		counts[r.Intn(6)+1]++
	}
	fmt.Println(counts)
	fmt.Println(r.Int(), r.Int31(), r.Int63(), r.Uint32(), r.Uint64(), r.Int31n(1000), r.Int63n(1e12), r.Intn(1<<40))
	fmt.Println(r.Float64(), r.Float32(), r.NormFloat64(), r.ExpFloat64())
	fmt.Println(r.Perm(10))
	s := []string{"a", "b", "c", "d", "e", "f", "g"}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	buf := make([]byte, 13)
	n, err := r.Read(buf)
	fmt.Println(n, err, buf)
	inside := 0
	for i := 0; i < 100000; i++ {
		x, y := r.Float64(), r.Float64()
		if x*x+y*y <= 1 {
			inside++
		}
	}
	fmt.Printf("pi ~ %.5f\n", 4*float64(inside)/100000)
	var sum, sq float64
	for i := 0; i < 10000; i++ {
		v := r.NormFloat64()*2 + 10
		sum += v
		sq += v * v
	}
	mean := sum / 10000
	fmt.Printf("mean %.4f sd %.4f\n", mean, math.Sqrt(sq/10000-mean*mean))
	var e float64
	for i := 0; i < 10000; i++ {
		e += r.ExpFloat64() / 3
	}
	fmt.Printf("exp mean %.4f\n", e/10000)
	r.Seed(7)
	a := r.Int63()
	r.Seed(7)
	fmt.Println(a == r.Int63(), a)
	src := rand.NewSource(-5)
	fmt.Println(src.Int63())
	s64 := rand.NewSource(99).(rand.Source64)
	fmt.Println(s64.Uint64())
	z := rand.NewZipf(rand.New(rand.NewSource(3)), 1.5, 2, 100)
	zs := []int{}
	for i := 0; i < 15; i++ {
		zs = append(zs, int(z.Uint64()))
	}
	fmt.Println(zs)
	custom := rand.New(&lcg{})
	custom.Seed(1)
	fmt.Println(custom.Intn(100), custom.Float64(), custom.Perm(5))
	rand.Seed(123)
	fmt.Println(rand.Intn(1000), rand.Float64(), rand.Perm(4))
	hist := map[int]int{}
	for i := 0; i < 1000; i++ {
		hist[int(math.Floor(r.NormFloat64()))]++
	}
	keys := []int{}
	for k := range hist {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	for _, k := range keys {
		fmt.Printf("%3d %d\n", k, hist[k])
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	r.Intn(0)
}
