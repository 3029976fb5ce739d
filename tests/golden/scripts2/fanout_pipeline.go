// fanout_pipeline.go - a three-stage pipeline with fan-out/fan-in:
// generate, hash in parallel workers, collect and sort; an error stage
// that stops early through a done channel.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

func gen(done <-chan struct{}, words ...string) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for _, w := range words {
			select {
			case out <- w:
			case <-done:
				return
			}
		}
	}()
	return out
}

func checksum(s string) uint32 {
	var h uint32 = 2166136261
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

type result struct {
	word string
	sum  uint32
	err  error
}

func worker(done <-chan struct{}, in <-chan string) <-chan result {
	out := make(chan result)
	go func() {
		defer close(out)
		for w := range in {
			r := result{word: w, sum: checksum(w)}
			if strings.ContainsAny(w, "0123456789") {
				r.err = errors.New("digits not allowed: " + w)
			}
			select {
			case out <- r:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan result) <-chan result {
	var wg sync.WaitGroup
	out := make(chan result)
	for _, c := range cs {
		wg.Add(1)
		go func(c <-chan result) {
			defer wg.Done()
			for r := range c {
				select {
				case out <- r:
				case <-done:
					return
				}
			}
		}(c)
	}
	go func() { wg.Wait(); close(out) }()
	return out
}

func main() {
	words := strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet")
	done := make(chan struct{})
	in := gen(done, words...)
	var workers []<-chan result
	for i := 0; i < 3; i++ {
		workers = append(workers, worker(done, in))
	}
	var rs []result
	for r := range merge(done, workers...) {
		rs = append(rs, r)
	}
	close(done)
	sort.Slice(rs, func(i, j int) bool { return rs[i].word < rs[j].word })
	for _, r := range rs {
		fmt.Printf("%-8s %08x\n", r.word, r.sum)
	}

	done2 := make(chan struct{})
	in2 := gen(done2, "ok", "fine", "b4d", "never", "seen")
	var firstErr error
	count := 0
	for r := range merge(done2, worker(done2, in2)) {
		if r.err != nil {
			firstErr = r.err
			close(done2)
			break
		}
		count++
	}
	fmt.Println("processed", count, "before error:", firstErr)
}
