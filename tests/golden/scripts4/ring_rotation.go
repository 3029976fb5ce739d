package main

import (
	"container/ring"
	"fmt"
)

func show(r *ring.Ring) {
	fmt.Print("len=", r.Len(), " [")
	r.Do(func(v any) { fmt.Print(" ", v) })
	fmt.Println(" ]")
}

func main() {
	var nilr *ring.Ring
	fmt.Println(nilr.Len())
	nilr.Do(func(any) { panic("never") })
	var z ring.Ring
	fmt.Println(z.Len(), z.Next() == &z, z.Prev() == &z, z.Move(3) == &z)
	fmt.Println(ring.New(0) == nil, ring.New(-1) == nil)

	players := ring.New(4)
	for _, n := range []string{"ann", "bob", "cat", "dan"} {
		players.Value = n
		players = players.Next()
	}
	show(players)
	turn := players
	for i := 0; i < 6; i++ {
		fmt.Print(turn.Value, " ")
		turn = turn.Next()
	}
	fmt.Println()
	extra := ring.New(2)
	extra.Value = "eve"
	extra.Next().Value = "fay"
	rest := players.Link(extra)
	show(players)
	show(rest)
	out := players.Unlink(3)
	show(players)
	show(out)
	fmt.Println(players.Unlink(0) == nil, players.Move(-5).Value, players.Move(7).Value)
	sum := 0
	nums := ring.New(5)
	for i := 1; i <= 5; i++ {
		nums.Value = i
		nums = nums.Next()
	}
	nums.Do(func(v any) { sum += v.(int) })
	fmt.Println(sum)
	// moving window average
	win := ring.New(3)
	for _, x := range []float64{1, 2, 3, 4, 10, 20} {
		win.Value = x
		win = win.Next()
		s, n := 0.0, 0
		win.Do(func(v any) {
			if v != nil {
				s += v.(float64)
				n++
			}
		})
		fmt.Printf("%.2f ", s/float64(n))
	}
	fmt.Println()
	self := ring.New(1)
	self.Link(self)
	show(self)
	fmt.Printf("%T\n", self)
	defer func() { fmt.Println("recovered:", recover()) }()
	nilr.Next()
}
