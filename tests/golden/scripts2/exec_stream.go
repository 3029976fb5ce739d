// exec_stream.go - stream a child's output line by line through
// StdoutPipe, feed another through StdinPipe, and chain two commands
// with an os.Pipe.
package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
)

func main() {
	cmd := exec.Command("sh", "-c", "for i in 1 2 3 4; do echo line $i; done; echo oops >&2; exit 0")
	out, err := cmd.StdoutPipe()
	if err != nil {
		fmt.Println(err)
		return
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		fmt.Println(err)
		return
	}
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		fmt.Printf("got %q\n", sc.Text())
	}
	fmt.Println("wait:", cmd.Wait(), "stderr:", strings.TrimSpace(stderr.String()))

	wc := exec.Command("wc", "-l")
	in, _ := wc.StdinPipe()
	var counted strings.Builder
	wc.Stdout = &counted
	wc.Start()
	for i := 0; i < 250; i++ {
		fmt.Fprintf(in, "row %d\n", i)
	}
	in.Close()
	fmt.Println("wc:", wc.Wait(), strings.TrimSpace(counted.String()))

	r, w, err := os.Pipe()
	if err != nil {
		fmt.Println(err)
		return
	}
	producer := exec.Command("printf", "pear\\napple\\nfig\\n")
	producer.Stdout = w
	sorter := exec.Command("sort")
	sorter.Stdin = r
	var sorted strings.Builder
	sorter.Stdout = &sorted
	producer.Start()
	sorter.Start()
	producer.Wait()
	w.Close()
	sorter.Wait()
	r.Close()
	fmt.Printf("%q\n", sorted.String())

	c := exec.Command("cat")
	c.Stdin = io.MultiReader(strings.NewReader("multi "), strings.NewReader("reader\n"))
	b, err := c.Output()
	fmt.Printf("%q %v\n", b, err)
	c2 := exec.Command("true")
	_, err = c2.StdoutPipe()
	c2.Stdout = os.Stdout
	fmt.Println(c2.Run())
	c3 := exec.Command("sh", "-c", "kill -TERM $$")
	err = c3.Run()
	fmt.Println(err, c3.ProcessState.ExitCode(), c3.ProcessState.String())
}
