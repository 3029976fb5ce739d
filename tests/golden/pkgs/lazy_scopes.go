package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"
)

type myBuf struct{ bytes.Buffer }

type wrapped struct{ *strings.Reader }

func main() {
	// a native type reached only through another package's signature
	info, err := os.Stat(".")
	fmt.Println(err, info.ModTime().Year() > 2000, info.Mode().IsDir(), info.Mode().Perm()&0400 != 0)
	var w io.Writer = os.Stdout
	fmt.Fprintln(w, "to stdout")
	fmt.Printf("%T %T\n", os.Stdin, info.Mode())
	// runtime-made values of types no text names
	var x map[string]int
	err = json.Unmarshal([]byte("{"), &x)
	fmt.Printf("%T %v\n", err, err)
	err = json.Unmarshal([]byte(`{"a":"s"}`), &x)
	var ute *json.UnmarshalTypeError
	fmt.Println(errors.As(err, &ute), ute.Field, ute.Value)
	_, err = os.Open("/nonexistent/x")
	var pe *fs.PathError
	fmt.Println(errors.As(err, &pe), pe.Op, errors.Is(err, os.ErrNotExist))
	var ope *os.PathError
	fmt.Println(errors.As(err, &ope))
	// methods found at run time through fmt
	fmt.Println(time.Second*90, time.March, time.Saturday)
	fmt.Println(strings.NewReplacer("a", "b").Replace("banana"))
	rep := strings.NewReplacer("x", "y").Replace
	fmt.Println(rep("xox"))
	// promoted methods of embedded native types
	var mb myBuf
	mb.WriteString("embedded ")
	fmt.Fprintf(&mb, "%d", 42)
	fmt.Println(mb.String(), mb.Len())
	wr := wrapped{strings.NewReader("abc")}
	b, _ := io.ReadAll(wr)
	fmt.Println(string(b), wr.Size())
	// interface satisfaction by native types
	var _ io.Reader = (*bufio.Reader)(nil)
	var rs io.ReadSeeker = strings.NewReader("seek")
	rs.Seek(2, io.SeekStart)
	rest, _ := io.ReadAll(rs)
	fmt.Println(string(rest))
	xs := []int{3, 1, 2}
	sort.Sort(sort.Reverse(sort.IntSlice(xs)))
	fmt.Println(xs)
	// an embedded native pointer's methods through an error
	err = exec.Command("false").Run()
	if ee, ok := err.(*exec.ExitError); ok {
		fmt.Println("exit", ee.ExitCode(), ee.Exited(), ee.Success())
	}
	fmt.Println(os.ErrNotExist, io.EOF == io.EOF)
	var d time.Duration = 1500 * time.Millisecond
	fmt.Println(d.Seconds(), d.Round(time.Second))
	sc := bufio.NewScanner(strings.NewReader("one two"))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println()
}
