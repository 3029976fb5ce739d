// stringer_showcase prints values of types with and without String and
// Error methods through fmt's verbs %v %+v %#v %T %q %x %s %d.
package main

import (
	"errors"
	"fmt"
)

type Color int

const (
	Red Color = iota
	Green
	Blue
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	case Blue:
		return "Blue"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Point struct {
	X, Y int
}

type Pixel struct {
	Point
	C     Color
	Label string
	Tags  []string
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

type ParseError struct {
	Line int
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type ID [4]byte

func (id ID) String() string { return fmt.Sprintf("%x-%x", id[:2], id[2:]) }

func main() {
	p := Point{3, -4}
	px := Pixel{p, Blue, "corner", []string{"a", "b c"}}
	fmt.Printf("%v | %+v | %#v | %T\n", p, p, p, p)
	fmt.Printf("%v\n%+v\n", px, px)
	fmt.Printf("%T\n", px)
	fmt.Printf("%v %d %s %q %x %#v\n", Green, Green, Green, Green, Green, Green)
	fmt.Printf("%v %v\n", Color(7), []Color{Red, Blue})
	fmt.Printf("%v %.2f %s\n", Temp(21.55), Temp(21.55), Temp(-3))
	m := map[Color]int{Blue: 3, Red: 1, Green: 2}
	fmt.Println(m)

	var err error = &ParseError{12, "unexpected '}'"}
	fmt.Println(err)
	fmt.Printf("%v | %s | %q\n", err, err, err)
	fmt.Printf("%T\n", err)
	wrapped := fmt.Errorf("config: %w", err)
	fmt.Printf("%v | %T\n", wrapped, wrapped)
	var pe *ParseError
	fmt.Println(errors.As(wrapped, &pe), pe.Line)

	id := ID{0xde, 0xad, 0xbe, 0xef}
	fmt.Printf("%v %s %x %X % x\n", id, id, "hi", []byte("hi"), "hey")
	fmt.Printf("%q %q %q %+q\n", "tab\there", 'x', []string{"a", "ü"}, "ü")
	fmt.Printf("%#x %#o %b %08.3f %-6d| %+d %x\n", 255, 8, 5, 3.14159, 42, 7, -255)
	fmt.Printf("%5t|%-7v|%07d|%+.2e\n", true, nil, -42, 12345.678)
	var np *Point
	var ni interface{}
	fmt.Printf("%v %+v %v %d\n", np, ni, []interface{}{1, "a", nil, 2.5, Red}, []int(nil))
	fmt.Printf("%v %+v\n", &p, &px.Point)
	fmt.Printf("%s|%d|%z\n", 42, "str", 1)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, Red), fmt.Sprintln("x", 1))
}
