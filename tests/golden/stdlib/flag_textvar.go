package main

import (
	"encoding"
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// Level implements both halves of the text interfaces.
type Level int

func (l Level) MarshalText() ([]byte, error) {
	switch l {
	case 0:
		return []byte("info"), nil
	case 1:
		return []byte("debug"), nil
	case 2:
		return []byte("trace"), nil
	}
	return nil, errors.New("bad level")
}

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range []string{"info", "debug", "trace"} {
		if strings.EqualFold(n, string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

// Words marshals with an error when empty: its String is then "".
type Words struct{ w []string }

func (w *Words) MarshalText() ([]byte, error) {
	if len(w.w) == 0 {
		return nil, errors.New("empty")
	}
	return []byte(strings.Join(w.w, "+")), nil
}

func (w *Words) UnmarshalText(b []byte) error {
	w.w = strings.Fields(string(b))
	if len(w.w) == 0 {
		return errors.New("no words")
	}
	return nil
}

// A pointer default whose String panics would matter; this one marshals.
type Point struct{ X, Y int }

func (p Point) MarshalText() ([]byte, error) { return []byte(fmt.Sprintf("%d,%d", p.X, p.Y)), nil }
func (p *Point) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d,%d", &p.X, &p.Y)
	return err
}

var _ encoding.TextUnmarshaler = (*Level)(nil)

func main() {
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var lvl Level
	var zero Level
	var words Words
	var when time.Time
	var start time.Time
	var pt Point
	fs.TextVar(&lvl, "level", Level(1), "log `level` (info, debug, trace)")
	fs.TextVar(&zero, "zero", Level(0), "a level whose default is the zero value")
	fs.TextVar(&words, "words", &Words{[]string{"a"}}, "some words")
	fs.TextVar(&when, "when", time.Date(2022, 8, 2, 10, 30, 0, 0, time.UTC), "a time")
	fs.TextVar(&start, "start", time.Time{}, "the zero time")
	fs.TextVar(&pt, "pt", &Point{3, 4}, "a point")
	fmt.Println(lvl, zero, words.w, when, start.IsZero(), pt)
	fs.PrintDefaults()

	f := fs.Lookup("level")
	fmt.Printf("%T %q %q %v\n", f.Value, f.DefValue, f.Value.String(), f.Value)
	g := f.Value.(flag.Getter)
	fmt.Printf("%T %v\n", g.Get(), g.Get() == interface{}(&lvl))

	err := fs.Parse([]string{"-level", "TRACE", "-when=2021-01-02T03:04:05Z", "-words", "x y  z", "-pt", "7,8", "rest"})
	fmt.Println(err, lvl, when, words.w, pt, fs.Args())
	fmt.Println(fs.Lookup("level").Value, fs.Lookup("when").Value, fs.Lookup("words").Value)
	words.w = nil
	fmt.Printf("%q\n", fs.Lookup("words").Value.String())
	fs.Visit(func(f *flag.Flag) { fmt.Println("set:", f.Name, f.Value) })

	fmt.Println("--- bad values")
	for _, args := range [][]string{{"-level=loud"}, {"-when", "yesterday"}, {"-words="}, {"-pt", "x"}} {
		err = fs.Parse(args)
		fmt.Println("err:", err)
	}
	fmt.Println(fs.Set("level", "info"), lvl, fs.Set("level", "nope"), lvl)

	fmt.Println("--- command line")
	var cl Level = 2
	flag.TextVar(&cl, "cl", Level(2), "package-level `lvl`")
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()
	os.Args = []string{"prog", "-cl", "debug"}
	flag.Parse()
	fmt.Println(cl, flag.Lookup("cl").Value)
	os.Args = []string{"prog", "-cl", "shout"}
	flag.Parse()
	fmt.Println("not reached")
}
