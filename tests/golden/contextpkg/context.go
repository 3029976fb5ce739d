package main

import (
	"context"
	"errors"
	"fmt"
	"os/exec"
	"time"
)

type key string

func main() {
	bg := context.Background()
	fmt.Println(bg, context.TODO(), bg.Err(), bg.Done() == nil)
	_, ok := bg.Deadline()
	fmt.Println(ok, bg.Value("x"))

	ctx, cancel := context.WithCancel(bg)
	child, cancelChild := context.WithCancel(ctx)
	defer cancelChild()
	vctx := context.WithValue(child, key("user"), "gopher")
	fmt.Println(ctx.Err(), vctx.Value(key("user")), vctx.Value(key("other")), vctx.Value("user"))
	cancel()
	<-child.Done()
	fmt.Println(ctx.Err(), child.Err(), vctx.Err(), errors.Is(vctx.Err(), context.Canceled))
	cancel()

	tctx, tcancel := context.WithTimeout(bg, 50*time.Millisecond)
	defer tcancel()
	dl, ok := tctx.Deadline()
	fmt.Println(ok, time.Until(dl) > 0)
	select {
	case <-tctx.Done():
		fmt.Println("done:", tctx.Err(), tctx.Err() == context.DeadlineExceeded, errors.Is(tctx.Err(), context.DeadlineExceeded))
	case <-time.After(2 * time.Second):
		fmt.Println("timeout did not fire")
	}
	past, pcancel := context.WithDeadline(bg, time.Now().Add(-time.Second))
	fmt.Println(past.Err())
	pcancel()
	inner, icancel := context.WithTimeout(tctx, time.Hour)
	fmt.Println(inner.Err())
	icancel()

	outer, ocancel := context.WithTimeout(bg, time.Hour)
	short, scancel := context.WithTimeout(outer, 10*time.Millisecond)
	d1, _ := outer.Deadline()
	d2, _ := short.Deadline()
	fmt.Println(d2.Before(d1))
	<-short.Done()
	fmt.Println(short.Err(), outer.Err())
	scancel()
	ocancel()

	cctx, ccancel := context.WithTimeout(bg, 100*time.Millisecond)
	defer ccancel()
	start := time.Now()
	err := exec.CommandContext(cctx, "sleep", "5").Run()
	fmt.Println(err, time.Since(start) < 3*time.Second, cctx.Err())
	err = exec.CommandContext(cctx, "echo", "late").Run()
	fmt.Println(err)
	out, err := exec.CommandContext(bg, "echo", "fine").Output()
	fmt.Printf("%q %v\n", out, err)
	var de interface{ Timeout() bool }
	fmt.Println(errors.As(context.DeadlineExceeded, &de), de.Timeout())
	fmt.Printf("%T %v\n", context.DeadlineExceeded, context.Canceled)
}

type wrapped struct{ context.Context }

func init() {
	parent, cancel := context.WithCancel(context.Background())
	w := wrapped{parent}
	child, cc := context.WithCancel(w)
	defer cc()
	cancel()
	select {
	case <-child.Done():
		fmt.Println("wrapped parent propagated:", child.Err())
	case <-time.After(2 * time.Second):
		fmt.Println("not propagated")
	}
	v := context.WithValue(w, key("k"), 1)
	fmt.Println(v.Value(key("k")), v.Err())
}
