// loopvar_119 registers callbacks inside loops, the classic Go 1.19 pitfall:
// closures capture the single loop variable of a 3-clause or range loop,
// so they all see its final value unless the code copies it (i := i).
// Programs valid in Go 1.19 must behave exactly as in Go 1.19.
package main

import (
	"fmt"
	"strings"
)

type Job struct {
	Name string
	Cost int
}

type Scheduler struct {
	tasks []func() string
}

func (s *Scheduler) Add(f func() string) { s.tasks = append(s.tasks, f) }

func (s *Scheduler) RunAll() string {
	var out []string
	for _, t := range s.tasks {
		out = append(out, t())
	}
	return strings.Join(out, " ")
}

func main() {
	var buggy, fixed Scheduler
	for i := 0; i < 4; i++ {
		buggy.Add(func() string { return fmt.Sprint(i) })
		i := i
		fixed.Add(func() string { return fmt.Sprint(i) })
	}
	fmt.Println("3-clause buggy:", buggy.RunAll())
	fmt.Println("3-clause fixed:", fixed.RunAll())

	jobs := []Job{{"build", 3}, {"test", 5}, {"ship", 1}}
	var byRef, byVal Scheduler
	var ptrs []*Job
	for _, j := range jobs {
		byRef.Add(func() string { return j.Name })
		ptrs = append(ptrs, &j)
		j := j
		byVal.Add(func() string { return j.Name })
	}
	fmt.Println("range buggy:", byRef.RunAll())
	fmt.Println("range fixed:", byVal.RunAll())
	same := ptrs[0] == ptrs[1] && ptrs[1] == ptrs[2]
	fmt.Println("all &j equal:", same, "last:", *ptrs[0])

	for i := range jobs {
		ptrs[i] = &jobs[i]
	}
	for _, p := range ptrs {
		p.Cost *= 10
	}
	fmt.Println("through element pointers:", jobs)

	for _, j := range jobs {
		j.Cost = 0 // modifies the copy only
	}
	fmt.Println("after range copy edit:", jobs)

	counters := map[string]func() int{}
	for _, name := range []string{"a", "b"} {
		n := 0
		counters[name] = func() int { n++; return n }
	}
	counters["a"]()
	counters["a"]()
	fmt.Println("independent counters:", counters["a"](), counters["b"]())

	var deferred []string
	func() {
		for i := 0; i < 3; i++ {
			defer func() { deferred = append(deferred, fmt.Sprint("closure", i)) }()
			defer func(n int) { deferred = append(deferred, fmt.Sprint("arg", n)) }(i)
		}
	}()
	fmt.Println(deferred)
	k := 0
	for k = 0; k < 10; k += 3 {
	}
	fmt.Println("k after loop:", k)
}
