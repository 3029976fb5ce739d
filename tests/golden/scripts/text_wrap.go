// text_wrap reflows a paragraph to a given width three ways: greedy
// left-aligned, fully justified, and centered, with a ruler line.
package main

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

const para = `Go is an open source programming language that makes it simple to build
secure, scalable systems. It was designed at Google in 2007 to improve
programming productivity in an era of multicore, networked machines and large
codebases — and it is now used everywhere.`

func wrap(words []string, width int) [][]string {
	var lines [][]string
	var cur []string
	n := 0
	for _, w := range words {
		wl := utf8.RuneCountInString(w)
		if len(cur) > 0 && n+1+wl > width {
			lines = append(lines, cur)
			cur, n = nil, 0
		}
		if len(cur) > 0 {
			n++
		}
		cur = append(cur, w)
		n += wl
	}
	if len(cur) > 0 {
		lines = append(lines, cur)
	}
	return lines
}

func justify(line []string, width int, last bool) string {
	if last || len(line) == 1 {
		return strings.Join(line, " ")
	}
	chars := 0
	for _, w := range line {
		chars += utf8.RuneCountInString(w)
	}
	gaps := len(line) - 1
	spaces := width - chars
	var sb strings.Builder
	for i, w := range line {
		sb.WriteString(w)
		if i < gaps {
			n := spaces / gaps
			if i < spaces%gaps {
				n++
			}
			sb.WriteString(strings.Repeat(" ", n))
		}
	}
	return sb.String()
}

func center(s string, width int) string {
	pad := width - utf8.RuneCountInString(s)
	if pad <= 0 {
		return s
	}
	return strings.Repeat(" ", pad/2) + s + strings.Repeat(" ", pad-pad/2)
}

func ruler(width int) string {
	var sb strings.Builder
	for i := 1; i <= width; i++ {
		if i%10 == 0 {
			sb.WriteString(fmt.Sprint(i / 10 % 10))
		} else if i%5 == 0 {
			sb.WriteByte('+')
		} else {
			sb.WriteByte('-')
		}
	}
	return sb.String()
}

func main() {
	words := strings.Fields(para)
	fmt.Println(len(words), "words")
	for _, width := range []int{36, 50} {
		lines := wrap(words, width)
		fmt.Printf("== width %d: %d lines\n%s\n", width, len(lines), ruler(width))
		for _, l := range lines {
			fmt.Printf("%s|\n", strings.Join(l, " ")+strings.Repeat(" ", width-utf8.RuneCountInString(strings.Join(l, " "))))
		}
		fmt.Println(ruler(width))
		for i, l := range lines {
			fmt.Printf("%s|\n", justify(l, width, i == len(lines)-1))
		}
		fmt.Println(ruler(width))
		for _, l := range lines {
			fmt.Printf("[%s]\n", center(strings.Join(l, " "), width))
		}
	}
	fmt.Println(wrap([]string{"supercalifragilistic", "a"}, 5))
}
