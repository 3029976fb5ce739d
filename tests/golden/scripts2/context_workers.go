// context_workers.go - cancellation with context: a search that stops
// all workers at the first hit, a deadline on slow work, values passed
// down a request chain.
package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type key string

func search(ctx context.Context, id int, data []int, target int, found chan<- string) {
	for i, v := range data {
		select {
		case <-ctx.Done():
			return
		default:
		}
		if v == target {
			found <- fmt.Sprintf("worker %d found %d at %d", id, target, i)
			return
		}
	}
}

func slow(ctx context.Context, d time.Duration) error {
	select {
	case <-time.After(d):
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func handler(ctx context.Context) string {
	user, _ := ctx.Value(key("user")).(string)
	reqID, ok := ctx.Value(key("req")).(int)
	return fmt.Sprintf("user=%s req=%d ok=%v missing=%v", user, reqID, ok, ctx.Value(key("nope")))
}

func main() {
	data := make([][]int, 4)
	for w := range data {
		for i := 0; i < 1000; i++ {
			data[w] = append(data[w], w*1000+i)
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	found := make(chan string, 4)
	var wg sync.WaitGroup
	for w := range data {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			search(ctx, w, data[w], 2500, found)
		}(w)
	}
	fmt.Println(<-found)
	cancel()
	wg.Wait()
	fmt.Println("after cancel:", ctx.Err(), errors.Is(ctx.Err(), context.Canceled))

	tctx, tcancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer tcancel()
	var results []string
	var mu sync.Mutex
	for _, d := range []time.Duration{5 * time.Millisecond, 200 * time.Millisecond, 10 * time.Millisecond} {
		wg.Add(1)
		go func(d time.Duration) {
			defer wg.Done()
			err := slow(tctx, d)
			mu.Lock()
			results = append(results, fmt.Sprintf("%v: %v", d, err))
			mu.Unlock()
		}(d)
	}
	wg.Wait()
	sort.Strings(results)
	for _, r := range results {
		fmt.Println(r)
	}
	fmt.Println(errors.Is(tctx.Err(), context.DeadlineExceeded), tctx.Err())
	_, hasDeadline := tctx.Deadline()
	fmt.Println("has deadline:", hasDeadline)

	rctx := context.WithValue(context.WithValue(context.Background(), key("user"), "ann"), key("req"), 42)
	fmt.Println(handler(rctx))
	child, ccancel := context.WithCancel(rctx)
	ccancel()
	fmt.Println(handler(child), child.Err(), rctx.Err())
	fmt.Println(context.Background(), context.TODO())
}
