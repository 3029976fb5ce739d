package main

import (
	"fmt"
	"math"
	"math/bits"
	"os"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"
)

const (
	timeout   = 1500 * time.Millisecond
	half      = time.Second / 2
	tick      = time.Duration(250) * time.Millisecond
	week      = 7 * 24 * time.Hour
	maxU      = math.MaxUint32
	wordBits  = bits.UintSize
	layout    = time.RFC3339 + " extra"
	bigShift  = 1 << (bits.UintSize - 1)
	runeLimit = unicode.MaxRune + 1
	utfMax    = utf8.UTFMax * 2
)

type Config struct {
	Retry time.Duration
	Mode  os.FileMode
}

func main() {
	fmt.Printf("%v %T %v %v %v\n", timeout, timeout, half, tick, week)
	fmt.Println(maxU, wordBits, layout, uint64(bigShift), runeLimit, utfMax)
	var d time.Duration = 3 * time.Minute / 4
	fmt.Println(d, d/time.Second, float64(d)/float64(time.Second), time.Duration(float64(time.Second)*0.3))
	fmt.Println(time.Second.Seconds(), time.Hour.Minutes(), (90 * time.Minute).Hours(), time.Duration(math.MaxInt64))
	x := 10
	fmt.Println(time.Duration(x)*time.Second, time.Second*time.Duration(x), -time.Duration(x))
	c := Config{Retry: 2 * time.Second, Mode: 0o644 | os.ModeDir}
	fmt.Printf("%+v %v %o %d\n", c, c.Mode, c.Mode.Perm(), c.Mode&os.ModePerm)
	fmt.Println(strconv.IntSize, math.MaxInt, math.MinInt64, math.MaxInt8, math.SmallestNonzeroFloat32, math.MaxFloat32)
	fmt.Println(math.Pi, float32(math.Pi), math.E, math.Sqrt2, math.Ln2, math.Log2E)
	const big = math.MaxUint64
	fmt.Println(uint64(big), big/2, big>>60)
	fmt.Println(time.January+11, time.Sunday+6, time.Month(5)*2, time.Saturday-time.Monday)
	fmt.Printf("%d %v %s\n", time.December, time.December+1, time.Weekday(3))
	durations := map[string]time.Duration{"t": timeout, "h": half}
	fmt.Println(durations["t"] > durations["h"], durations)
	switch d := 45 * time.Second; {
	case d < time.Minute:
		fmt.Println("under a minute:", d)
	default:
		fmt.Println("long")
	}
	arr := [utfMax]byte{}
	fmt.Println(len(arr), unicode.UpperCase, unicode.MaxCase, utf8.RuneSelf, utf8.RuneError, string(rune(utf8.MaxRune)) == "\U0010FFFF")
}
