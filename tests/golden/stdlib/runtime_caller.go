package main

// runtime.Caller, Callers, CallersFrames, FuncForPC and the Func methods,
// from main, a method, a closure, a deferred call and a goroutine (whose
// frames end in runtime.goexit, main's in runtime.main); GOOS, GOARCH,
// Compiler; log's Lshortfile uses the same frames.

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"sync"
)

func show(pc uintptr, file string, line int, ok bool) {
	fmt.Println(filepath.Base(file), line, ok, pc != 0, runtime.FuncForPC(pc).Name())
}

func trace(skip int) {
	pcs := make([]uintptr, 16)
	n := runtime.Callers(skip, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		fmt.Printf("  %s %s:%d func=%v\n", f.Function, filepath.Base(f.File), f.Line, f.Func != nil)
		if !more {
			break
		}
	}
}

type T struct{ name string }

func (t *T) where() {
	show(runtime.Caller(0))
	show(runtime.Caller(1))
}

func here() string {
	_, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", filepath.Base(file), line)
}

func main() {
	fmt.Println(runtime.GOOS, runtime.GOARCH, runtime.Compiler)
	var s string = runtime.GOOS // typed string constants
	fmt.Println(len(s) > 0)
	show(runtime.Caller(0))
	show(runtime.Caller(1))
	show(runtime.Caller(2))
	show(runtime.Caller(3))
	(&T{"t"}).where()
	func() { fmt.Println("closure at", here()) }()
	trace(0)
	trace(2)
	func() {
		defer func() { fmt.Println("deferred at", here()) }()
	}()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		trace(1)
	}()
	wg.Wait()
	pc, _, _, _ := runtime.Caller(0)
	f := runtime.FuncForPC(pc)
	file, line := f.FileLine(pc)
	fmt.Println(f.Name(), filepath.Base(file), line, f.Entry() != 0, f.Entry() <= pc)
	fmt.Println(runtime.FuncForPC(0) == nil, runtime.FuncForPC(0).Name() == "")
	st := string(debug.Stack())
	fmt.Println(strings.HasPrefix(st, "goroutine 1 [running]:\n"), strings.Contains(st, "main.main()"))
	buf := make([]byte, 1024)
	n := runtime.Stack(buf, false)
	fmt.Println(strings.HasPrefix(string(buf[:n]), "goroutine 1 [running]:\n"))
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("logged")
	runtime.KeepAlive(f)
}
