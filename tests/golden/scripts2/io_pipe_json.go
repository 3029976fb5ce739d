// io_pipe_json.go - a producer goroutine streams JSON records through an
// io.Pipe to a consumer that decodes them; errors close the pipe.
package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

type Event struct {
	Seq  int    `json:"seq"`
	Kind string `json:"kind"`
}

func main() {
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		enc := json.NewEncoder(pw)
		for i := 1; i <= 5; i++ {
			kind := "tick"
			if i%2 == 0 {
				kind = "tock"
			}
			if err := enc.Encode(Event{i, kind}); err != nil {
				fmt.Println("encode:", err)
				return
			}
		}
		pw.CloseWithError(errors.New("producer finished early"))
	}()
	dec := json.NewDecoder(pr)
	for {
		var e Event
		err := dec.Decode(&e)
		if err != nil {
			fmt.Println("decode stopped:", err)
			break
		}
		fmt.Printf("event %d %s\n", e.Seq, e.Kind)
	}
	wg.Wait()

	// Line-oriented: an upper-casing stage between two pipes.
	r1, w1 := io.Pipe()
	r2, w2 := io.Pipe()
	go func() {
		defer w1.Close()
		for _, l := range []string{"alpha", "beta", "gamma"} {
			fmt.Fprintln(w1, l)
		}
	}()
	go func() {
		sc := bufio.NewScanner(r1)
		for sc.Scan() {
			io.WriteString(w2, strings.ToUpper(sc.Text())+"\n")
		}
		w2.Close()
	}()
	all, err := io.ReadAll(r2)
	fmt.Printf("%q %v\n", all, err)

	r3, w3 := io.Pipe()
	r3.Close()
	n, err := w3.Write([]byte("x"))
	fmt.Println(n, err, errors.Is(err, io.ErrClosedPipe))
	var sb strings.Builder
	n64, err := io.Copy(&sb, io.TeeReader(strings.NewReader("tee me"), io.Discard))
	fmt.Println(n64, err, sb.String())
}
