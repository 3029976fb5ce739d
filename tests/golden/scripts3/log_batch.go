// log_batch.go - a log-heavy batch job: a custom logger writing to a
// buffer, flags without timestamps, Lshortfile/Llongfile-free prefixes,
// Lmsgprefix, SetOutput, Writer, Output, Print* newline rules, Panicf
// recovered, and finally log.Fatalf (exit status 1).
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	var buf bytes.Buffer
	lg := log.New(&buf, "[job] ", 0)
	lg.Println("start", 3, "items")
	lg.Printf("item %d done", 1)
	lg.Printf("with newline %s\n", "x")
	lg.Print("no", "space", 1, 2, "x")
	lg.SetPrefix("[job2] ")
	lg.SetFlags(log.Lmsgprefix)
	lg.Print("msgprefix")
	fmt.Print(buf.String())
	fmt.Println(lg.Prefix(), lg.Flags(), lg.Writer() == &buf)
	buf.Reset()
	lg.Output(1, "via output")
	fmt.Printf("%q\n", buf.String())

	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("main: ")
	log.Println("to stdout")
	fmt.Println(log.Flags(), log.Prefix())
	log.SetFlags(log.Lshortfile)
	log.Println("with file")
	log.SetFlags(log.LstdFlags)
	var tb bytes.Buffer
	tl := log.New(&tb, "", log.LstdFlags|log.Lmicroseconds|log.LUTC)
	tl.Print("x")
	line := tb.String()
	fmt.Println(len(line), line[4] == '/', line[7] == '/', line[10] == ' ', line[13] == ':', line[19] == '.', strings.HasSuffix(line, " x\n"))
	fmt.Println(log.Ldate, log.Ltime, log.Lmicroseconds, log.Llongfile, log.Lshortfile, log.LUTC, log.Lmsgprefix, log.LstdFlags)
	log.SetFlags(0)
	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered %T %v\n", r, r)
		}()
		log.Panicf("bad item %d", 7)
	}()
	func() {
		defer func() { fmt.Println("recovered", recover()) }()
		lg.Panicln("panic", "ln")
	}()
	fmt.Print(buf.String())
	d := log.Default()
	d.Println("default logger")
	log.SetOutput(os.Stderr)
	log.Fatalf("fatal: %s", "giving up")
	fmt.Println("not reached")
}
