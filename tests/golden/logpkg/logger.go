package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
	"strings"
)

func main() {
	log.SetFlags(0)
	log.Println("plain", 1, 2)
	log.Printf("formatted %d%%", 50)
	log.Print("no newline", "added")
	log.Print("has newline\n")
	log.SetPrefix("[app] ")
	log.Println("prefixed")
	fmt.Println(log.Prefix(), log.Flags())
	log.SetFlags(log.Lmsgprefix)
	log.Println("msgprefix")
	log.SetFlags(log.Lshortfile)
	log.Println("with file")
	log.SetOutput(os.Stdout)
	log.Println("now on stdout")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("both")

	var buf bytes.Buffer
	l := log.New(&buf, "mine: ", 0)
	l.Printf("x=%v", []int{1, 2})
	l.Println("second")
	l.SetPrefix("p2 ")
	l.Print("third")
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Writer() == &buf)

	var ts bytes.Buffer
	t := log.New(&ts, "", log.LstdFlags)
	t.Println("timestamped")
	s := ts.String()
	// "2006/01/02 15:04:05 timestamped\n"
	fmt.Println(len(s), s[4] == '/', s[7] == '/', s[10] == ' ', s[13] == ':', s[16] == ':', strings.HasSuffix(s, " timestamped\n"))
	ts.Reset()
	t.SetFlags(log.Ldate | log.Lmicroseconds | log.LUTC)
	t.Print("micro")
	s = ts.String()
	fmt.Println(len(s), s[19] == '.', strings.HasSuffix(s, " micro\n"))
	fmt.Println(log.Default() != nil, log.LstdFlags, log.Llongfile, log.LUTC)
	log.Default().SetOutput(os.Stderr)
	log.SetPrefix("")
	log.SetFlags(0)
	defer func() {
		r := recover()
		fmt.Printf("recovered %q\n", r)
		log.Fatalf("fatal: %s", "bye")
	}()
	log.Panicln("panic", "now")
}
