package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"runtime"
	"strings"
)

// Goroutines start on small stacks and continue deep calls on a big
// segment (issue 11): recursion that crosses the boundary again and
// again, panics recovered on either side of it, goroutines that park,
// collect and print deep down, a goroutine that dies deep down.

type node struct {
	next *node
	val  int
}

func depth(n int) int {
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1
}

// list builds a list n long, one node per frame: until the innermost call
// returns, each node is referenced only from its frame.
func list(n int, c chan int) int {
	if n == 0 {
		runtime.GC()
		v := <-c // parked on the segment; main collects meanwhile
		runtime.GC()
		return v
	}
	nd := &node{val: n}
	r := list(n-1, c)
	if nd.val != n {
		panic("lost node")
	}
	return r + nd.val
}

func deepPanic(n int, trail *[]string) {
	defer func() {
		if n%200 == 0 {
			*trail = append(*trail, fmt.Sprint("defer ", n))
		}
	}()
	if n == 0 {
		panic(errors.New("bottom"))
	}
	deepPanic(n-1, trail)
}

// recoverAt recurses n deep, then panics; the frame at depth at recovers.
func recoverAt(n, at int) (r string) {
	if n == at {
		defer func() {
			r = fmt.Sprint("recovered at ", at, ": ", recover())
		}()
	}
	if n == 0 {
		panic("deep")
	}
	return recoverAt(n-1, at)
}

// nested: a panic whose deferred call recurses deep and panics again there,
// recovered deep down; the first panic goes on and is recovered on top.
func nested() (r string) {
	defer func() { r += fmt.Sprint(" | top: ", recover()) }()
	defer func() {
		r = recoverAt(1500, 700)
	}()
	panic("first")
}

type tree struct {
	Kids []*tree `json:",omitempty"`
}

func main() {
	out := make(chan string)
	go func() {
		s := 0
		for i := 0; i < 2000; i++ { // each call crosses onto the segment and back
			s += depth(1000 + i%7)
		}
		out <- fmt.Sprint("crossings: ", s)
	}()
	fmt.Println(<-out)

	c, sums := make(chan int), make(chan int)
	for g := 0; g < 3; g++ {
		go func(g int) { sums <- list(400*(g+1), c) }(g)
	}
	runtime.GC()
	for g := 0; g < 3; g++ {
		c <- g
		runtime.GC()
	}
	fmt.Println("lists:", <-sums+<-sums+<-sums)

	go func() {
		var trail []string
		func() {
			defer func() { trail = append(trail, fmt.Sprint("recovered: ", recover())) }()
			deepPanic(600, &trail)
		}()
		out <- strings.Join(trail, ", ")
	}()
	fmt.Println(<-out)

	go func() {
		out <- recoverAt(2000, 1990) + "; " + recoverAt(2000, 5) + "; " + nested()
	}()
	fmt.Println(<-out)

	go func() {
		t := &tree{}
		for i := 0; i < 600; i++ {
			t = &tree{Kids: []*tree{t}}
		}
		b, err := json.Marshal(t)
		var back tree
		err2 := json.Unmarshal(b, &back)
		var x interface{} = 0
		for i := 0; i < 600; i++ {
			x = []interface{}{x}
		}
		s := fmt.Sprint(x)
		out <- fmt.Sprint(len(b), err, err2, len(s))
	}()
	fmt.Println(<-out)

	done := make(chan bool)
	go func() {
		defer func() { done <- true }()
		func() {
			defer func() { recover() }()
			var m map[string]int
			var f func(int) int
			f = func(n int) int {
				if n == 0 {
					m["x"] = 1
				}
				return f(n-1) + 1
			}
			f(10000)
		}()
		fmt.Println("after assignment to nil map deep down:", runtime.NumGoroutine() >= 2)
	}()
	<-done
	fmt.Println("goroutines:", depth(100000), runtime.NumGoroutine())
}
