package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

var seed uint32 = 5

func rnd(n int) int {
	seed = seed*1103515245 + 12345
	return int((seed >> 16) % uint32(n))
}

func gen(alphabet string, maxLen int) string {
	n := rnd(maxLen + 1)
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteByte(alphabet[rnd(len(alphabet))])
	}
	return b.String()
}

func main() {
	for i := 0; i < 30; i++ {
		fs := flag.NewFlagSet(gen("ab", 3), flag.ContinueOnError)
		fs.SetOutput(os.Stdout)
		for j := rnd(5); j >= 0; j-- {
			name := gen("abcxyz", 4) + fmt.Sprint(j)
			usage := gen("use `x` \nthe", 12)
			switch rnd(7) {
			case 0:
				fs.Int(name, rnd(3), usage)
			case 1:
				fs.String(name, gen("ab ", 3), usage)
			case 2:
				fs.Bool(name, rnd(2) == 0, usage)
			case 3:
				fs.Float64(name, float64(rnd(5))/4, usage)
			case 4:
				fs.Duration(name, time.Duration(rnd(3))*time.Second, usage)
			case 5:
				fs.Uint64(name, uint64(rnd(3)), usage)
			case 6:
				fs.Int64(name, int64(rnd(3))-1, usage)
			}
		}
		fs.PrintDefaults()
		fs.Usage()
	}
	dir, _ := os.MkdirTemp("", "glob")
	defer os.RemoveAll(dir)
	for i := 0; i < 40; i++ {
		p := filepath.Join(dir, gen("ab", 2), gen("ab.", 3))
		os.MkdirAll(filepath.Dir(p), 0755)
		os.WriteFile(p, nil, 0644)
	}
	for i := 0; i < 60; i++ {
		pat := filepath.Join(dir, gen("ab*?[]", 3), gen("ab.*?", 3))
		m, err := filepath.Glob(pat)
		for k := range m {
			m[k] = strings.TrimPrefix(m[k], dir)
		}
		fmt.Println(strings.TrimPrefix(pat, dir), m, err)
	}
}
