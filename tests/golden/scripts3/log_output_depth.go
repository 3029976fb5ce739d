// log_output_depth.go - log.Logger.Output and log.Output calldepths (0, -1,
// past the outermost frame: "???"), Lshortfile through a helper, empty and
// multi-line messages, a user io.Writer, Panic values, Fatalln on a Logger.
package main

import (
	"bytes"
	"fmt"
	"io"
	"log"
	"os"
	"strings"
)

func helper(l *log.Logger, msg string) {
	l.Output(2, msg)
}

type W struct{ lines []string }

func (w *W) Write(p []byte) (int, error) {
	w.lines = append(w.lines, string(p))
	return len(p), nil
}

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "p: ", log.Lshortfile)
	l.Println("direct")
	helper(l, "via helper")
	l.Print("")
	l.Print("multi\nline")
	l.Printf("")
	l.Println()
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Print("msgprefix with file")
	l.Output(0, "depth0")
	l.Output(5, "depth5")
	log.SetOutput(&buf)
	log.SetFlags(log.Lshortfile)
	log.Output(0, "pkg depth0")
	log.Output(-1, "pkg depth-1")
	log.SetFlags(log.Llongfile)
	log.Output(-1, "long")
	l.SetFlags(log.Llongfile)
	l.Output(9, "long9")
	fmt.Print(buf.String())
	w := &W{}
	l2 := log.New(w, "", 0)
	l2.Printf("a %d", 1)
	l2.Println("b", 2)
	fmt.Printf("%q\n", w.lines)
	l3 := log.New(io.Discard, "", 0)
	l3.Println("nothing")
	log.SetOutput(&buf)
	buf.Reset()
	log.SetFlags(log.Lshortfile)
	log.Print("std")
	log.Output(1, "out1")
	fmt.Print(buf.String())
	fmt.Println(log.Writer() == &buf, log.Default().Writer() == &buf)
	log.Default().SetPrefix("dflt ")
	buf.Reset()
	log.Println("x")
	fmt.Print(buf.String())
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("")
	log.Print("a", "b", 3, 4, "c")
	log.Println("a", "b", 3, 4, "c")
	log.Printf("%v|%s", []int{1}, strings.Repeat("z", 3))
	func() {
		defer func() {
			r := recover()
			fmt.Printf("%T %q\n", r, r)
		}()
		log.Panic("p1", 2)
	}()
	l4 := log.New(os.Stdout, "l4 ", log.Lmsgprefix)
	func() {
		defer func() { fmt.Printf("%q\n", recover()) }()
		l4.Panicf("code %03d", 7)
	}()
	l4.Fatalln("fatal", "now")
}
