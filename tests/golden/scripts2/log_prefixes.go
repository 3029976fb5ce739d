// log_prefixes.go - loggers with prefixes and flags writing to stdout and
// to a buffer; log.Panic recovered; Lmsgprefix and Lshortfile.
package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

type service struct {
	name string
	log  *log.Logger
}

func (s *service) start(port int) {
	s.log.Printf("starting on :%d", port)
	if port < 1024 {
		s.log.Println("warning: privileged port", port)
	}
}

func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.Print("plain message")
	log.SetPrefix("main: ")
	log.Println("with prefix", 42, true)
	fmt.Printf("prefix=%q flags=%d\n", log.Prefix(), log.Flags())

	api := &service{"api", log.New(os.Stdout, "[api] ", 0)}
	db := &service{"db", log.New(os.Stdout, "[db] ", log.Lmsgprefix)}
	api.start(8080)
	db.start(80)

	var buf bytes.Buffer
	l := log.New(&buf, "audit ", log.Lshortfile)
	l.Printf("user %s logged in", "ann")
	l.Output(1, "direct output")
	l.SetFlags(log.Lshortfile | log.Lmsgprefix)
	l.Print("no newline at end")
	fmt.Print(buf.String())
	fmt.Println(strings.Count(buf.String(), "\n"), "lines")

	func() {
		defer func() {
			r := recover()
			fmt.Printf("recovered: %v (%T)\n", r, r)
		}()
		log.Panicf("bad state %d", 7)
	}()
	log.SetFlags(log.Lmsgprefix)
	log.SetPrefix("fatal> ")
	log.Fatalln("giving up:", "disk full")
}
