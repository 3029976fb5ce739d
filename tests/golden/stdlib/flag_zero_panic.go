package main

// flag's PrintDefaults calls String on a zero value of each flag's Value
// type; Go 1.19 recovers a panic there and reports it after the defaults.

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

type cfg struct{ names []string }

// listFlag's zero value has a nil *cfg: String dereferences it.
type listFlag struct{ c *cfg }

func (l listFlag) String() string     { return strings.Join(l.c.names, ",") }
func (l listFlag) Set(s string) error { l.c.names = append(l.c.names, s); return nil }

type ptrFlag struct{ v *int }

func (p *ptrFlag) String() string     { return fmt.Sprint(*p.v) }
func (p *ptrFlag) Set(s string) error { return nil }

type msgFlag int

func (m *msgFlag) String() string {
	if *m == 0 {
		panic("zero msgFlag")
	}
	return fmt.Sprint(int(*m))
}
func (m *msgFlag) Set(s string) error { *m = msgFlag(len(s)); return nil }

type errFlag struct{ on bool }

func (e errFlag) String() string {
	if !e.on {
		panic(errors.New("errFlag is off"))
	}
	return "on"
}
func (e errFlag) Set(s string) error { return nil }

type point struct{ X, Y int }

type structPanic struct{ p *point }

func (s structPanic) String() string {
	if s.p == nil {
		panic(point{1, 2})
	}
	return "p"
}
func (s structPanic) Set(string) error { return errors.New("never") }

func main() {
	fs := flag.NewFlagSet("z", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	c := &cfg{names: []string{"a"}}
	fs.Var(listFlag{c}, "list", "names")
	n := 3
	fs.Var(&ptrFlag{&n}, "ptr", "an int")
	m := msgFlag(4)
	fs.Var(&m, "msg", "a `message` length")
	fs.Var(errFlag{true}, "e", "an errFlag")
	fs.Var(structPanic{&point{}}, "sp", "panics with a struct")
	fs.Int("i", 2, "int")
	fs.PrintDefaults()
	fmt.Println("--- parse error")
	fmt.Println(fs.Parse([]string{"-sp", "x"}))
	fmt.Println("--- command line, to stderr, exit 2")
	os.Args[0] = "prog"
	flag.Var(&m, "msg", "message")
	flag.CommandLine.Parse([]string{"-nope"})
}
