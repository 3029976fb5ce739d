// rand_seeded.go - reproducible simulations with seeded generators: dice
// rolls, a shuffled deck, sampling, a random walk, weighted choice.
package main

import (
	"fmt"
	"math/rand"
	"sort"
	"strings"
)

func main() {
	r := rand.New(rand.NewSource(42))
	counts := make([]int, 7)
	for i := 0; i < 6000; i++ {
		counts[r.Intn(6)+1]++
	}
	fmt.Println("dice:", counts[1:])

	suits := []string{"S", "H", "D", "C"}
	ranks := strings.Split("A 2 3 4 5 6 7 8 9 10 J Q K", " ")
	var deck []string
	for _, s := range suits {
		for _, rk := range ranks {
			deck = append(deck, rk+s)
		}
	}
	r.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println("hand:", deck[:5])

	perm := r.Perm(10)
	fmt.Println("perm:", perm)
	sample := perm[:3]
	sort.Ints(sample)
	fmt.Println("sample:", sample)

	pos, maxPos := 0, 0
	for i := 0; i < 1000; i++ {
		if r.Float64() < 0.5 {
			pos--
		} else {
			pos++
		}
		if pos > maxPos {
			maxPos = pos
		}
	}
	fmt.Println("walk:", pos, maxPos)

	weights := map[string]int{"common": 70, "rare": 25, "epic": 5}
	names := []string{"common", "rare", "epic"}
	got := map[string]int{}
	for i := 0; i < 1000; i++ {
		n := r.Intn(100)
		for _, name := range names {
			if n < weights[name] {
				got[name]++
				break
			}
			n -= weights[name]
		}
	}
	fmt.Println("loot:", got["common"], got["rare"], got["epic"])
	fmt.Printf("%.4f %.4f %d %d %d\n", r.NormFloat64(), r.ExpFloat64(), r.Int63n(1e12), r.Int31n(1000), r.Uint32())

	rand.Seed(7)
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Float32())
	a, b := rand.New(rand.NewSource(1)), rand.New(rand.NewSource(1))
	fmt.Println(a.Int() == b.Int(), a.Int63() == b.Int63())
	var buf [6]byte
	a.Read(buf[:])
	fmt.Printf("%x\n", buf)
}
