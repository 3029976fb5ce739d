// parked.go - collector benchmark: what a parked goroutine costs. N
// goroutines start, say they are ready and park on one channel; the
// resident set (VmRSS) and the page tables (VmPTE) read from
// /proc/self/status before and after give the memory per parked
// goroutine, printed to stderr ("parked: ..."; run.sh shows it); then
// they are released and joined.
// Usage: parked.go [N]   (default 100000)
package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"sync"
)

// status: VmRSS and VmPTE in KB.
func status() (rss, pte int) {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		v, _ := strconv.Atoi(f[1])
		switch f[0] {
		case "VmRSS:":
			rss = v
		case "VmPTE:":
			pte = v
		}
	}
	return rss, pte
}

func main() {
	n := 100000
	if len(os.Args) > 1 {
		if v, err := strconv.Atoi(os.Args[1]); err == nil {
			n = v
		}
	}
	var ready, done sync.WaitGroup
	start := make(chan struct{})
	sum := 0
	var mu sync.Mutex
	rss0, pte0 := status()
	for i := 0; i < n; i++ {
		ready.Add(1)
		done.Add(1)
		go func(i int) {
			ready.Done()
			<-start
			mu.Lock()
			sum += i & 1
			mu.Unlock()
			done.Done()
		}(i)
	}
	ready.Wait()
	rss1, pte1 := status()
	fmt.Fprintf(os.Stderr, "parked: %d goroutines: %.2f KB each (resident %.2f KB + page tables %.2f KB)\n",
		n, float64(rss1-rss0+pte1-pte0)/float64(n), float64(rss1-rss0)/float64(n), float64(pte1-pte0)/float64(n))
	close(start)
	done.Wait()
	fmt.Println("parked goroutines:", n, "odd:", sum)
}
