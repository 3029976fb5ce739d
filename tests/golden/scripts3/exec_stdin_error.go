// exec_stdin_error.go - a user io.Reader as Stdin: its read error comes back
// from Run when the child succeeds, as Go's copying goroutine reports it.
package main

import (
	"fmt"
	"os/exec"
	"strings"
)

type slowReader struct {
	parts []string
	calls int
}

func (s *slowReader) Read(p []byte) (int, error) {
	s.calls++
	if len(s.parts) == 0 {
		return 0, fmt.Errorf("done after %d calls", s.calls)
	}
	n := copy(p, s.parts[0])
	s.parts = s.parts[1:]
	return n, nil
}

func main() {
	sr := &slowReader{parts: []string{"a\n", "b\n", "c\n"}}
	cmd := exec.Command("cat")
	cmd.Stdin = sr
	var sb strings.Builder
	cmd.Stdout = &sb
	err := cmd.Run()
	fmt.Printf("%v %q %d\n", err, sb.String(), sr.calls)
	defer func() { fmt.Println("recovered:", recover()) }()
	cmd = exec.Command("cat")
	cmd.Stdin = &slowReader{}
	cmd.Run()
}
