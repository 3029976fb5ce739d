package main

import (
	"fmt"
	"os"
	"strings"
)

var seed uint32 = 99

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
	for i := 0; i < 300; i++ {
		var pairs []string
		for j := rnd(4); j >= 0; j-- {
			pairs = append(pairs, gen("abc", 3), gen("xyz", 2))
		}
		r := strings.NewReplacer(pairs...)
		s := gen("abcd", 12)
		fmt.Printf("%q %q %q\n", pairs, s, r.Replace(s))
		n, err := r.WriteString(os.Stdout, s+"\n")
		fmt.Println(n, err)
	}
	fmt.Println(strings.NewReplacer("a", "1", "a", "2").Replace("aaa"))
	fmt.Println(strings.NewReplacer("", "X").Replace("abc"))
	fmt.Println(strings.NewReplacer("<", "&lt;", ">", "&gt;").Replace("<b>hi</b>"))
}
