// defer_patterns collects the defer/recover idioms of real code: recover
// converting panics to errors, runtime errors as runtime.Error, re-panic,
// deferred closures changing named results, LIFO order and argument
// evaluation at defer time.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("safeDiv(%d, %d): %v", a, b, r)
		}
	}()
	return a / b, nil
}

func parseAll(items []string) (n int, err error) {
	defer func() {
		r := recover()
		if r == nil {
			return
		}
		if re, ok := r.(runtime.Error); ok {
			err = errors.New("runtime: " + re.Error())
			return
		}
		if e, ok := r.(error); ok {
			err = e
			return
		}
		panic(r) // not ours: re-panic
	}()
	for i, it := range items {
		switch {
		case it == "boom":
			panic(errors.New("explicit boom at " + fmt.Sprint(i)))
		case it == "oob":
			_ = items[len(items)+i]
		case it == "weird":
			panic(fmt.Sprintf("weird item %d", i))
		}
		n++
	}
	return n, nil
}

func counter() (count int) {
	defer func() { count *= 10 }()
	defer func() { count += 2 }()
	count = 1
	return count + 1 // count=2, then +2, then *10
}

func order() string {
	var sb strings.Builder
	for i := 0; i < 4; i++ {
		defer sb.WriteString(fmt.Sprint(i))
	}
	x := "early"
	defer fmt.Print("deferred arg: ", x, "\n")
	x = "late"
	defer func() { fmt.Println("closure sees:", x) }()
	return sb.String() // still empty: the defers run after this is evaluated
}

type resource struct {
	name string
	log  *[]string
}

func open(name string, log *[]string) *resource {
	*log = append(*log, "open "+name)
	return &resource{name, log}
}

func (r *resource) Close() { *r.log = append(*r.log, "close "+r.name) }

func useResources(fail bool) (log []string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	a := open("a", &log)
	defer a.Close()
	b := open("b", &log)
	defer b.Close()
	if fail {
		var m map[string]int
		m["x"] = 1
	}
	return log, nil
}

func main() {
	for _, d := range []int{3, 0} {
		q, err := safeDiv(10, d)
		fmt.Println("div:", q, err)
	}
	for _, in := range [][]string{{"a", "b"}, {"a", "boom"}, {"a", "b", "oob"}} {
		n, err := parseAll(in)
		fmt.Println("parse:", n, err)
	}
	func() {
		defer func() { fmt.Println("outer recovered:", recover()) }()
		parseAll([]string{"weird"})
	}()
	fmt.Println("counter:", counter())
	fmt.Printf("order returned %q\n", order())
	log, err := useResources(false)
	fmt.Println(log, err)
	log, err = useResources(true)
	fmt.Println(log, err)
	fmt.Println("recover outside panic:", recover())
}
