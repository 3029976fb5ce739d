// markdown_toc scans an embedded markdown document, builds a table of
// contents with numbered sections and GitHub-style anchors (deduplicated),
// skipping fenced code blocks, and counts words per section.
package main

import (
	"bufio"
	"fmt"
	"strings"
	"unicode"
)

const doc = "# gosub\n" +
	"An interpreter.\n" +
	"## Getting started\n" +
	"Build it with make, then run it.\n" +
	"### Requirements\n" +
	"A C compiler, re2c and bison.\n" +
	"```sh\n" +
	"# not a heading\n" +
	"make\n" +
	"```\n" +
	"### Building & Testing!\n" +
	"Run `make test` to check everything works as it should.\n" +
	"## Design\n" +
	"Three stages: lex, parse, evaluate.\n" +
	"## Design\n" +
	"(duplicate title on purpose)\n" +
	"#### Deep   Dive: GC — the Collector\n" +
	"Mark and sweep.\n" +
	"#NotAHeading\n" +
	"## FAQ\n"

type heading struct {
	level  int
	title  string
	anchor string
	words  int
}

func slug(title string, seen map[string]int) string {
	var sb strings.Builder
	for _, r := range strings.ToLower(title) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_':
			sb.WriteRune(r)
		case r == ' ':
			sb.WriteByte('-')
		}
	}
	s := sb.String()
	if n := seen[s]; n > 0 {
		seen[s] = n + 1
		return fmt.Sprintf("%s-%d", s, n)
	}
	seen[s] = 1
	return s
}

func main() {
	var hs []heading
	seen := map[string]int{}
	inFence := false
	sc := bufio.NewScanner(strings.NewReader(doc))
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "```") {
			inFence = !inFence
			continue
		}
		level := len(line) - len(strings.TrimLeft(line, "#"))
		if !inFence && level > 0 && level <= 6 && strings.HasPrefix(line[level:], " ") {
			title := strings.Join(strings.Fields(line[level:]), " ")
			hs = append(hs, heading{level: level, title: title, anchor: slug(title, seen)})
			continue
		}
		if len(hs) > 0 {
			hs[len(hs)-1].words += len(strings.Fields(line))
		}
	}
	counters := make([]int, 7)
	for _, h := range hs {
		counters[h.level]++
		for l := h.level + 1; l < len(counters); l++ {
			counters[l] = 0
		}
		var nums []string
		for l := 1; l <= h.level; l++ {
			nums = append(nums, fmt.Sprint(counters[l]))
		}
		indent := strings.Repeat("  ", h.level-1)
		fmt.Printf("%s- %s [%s](#%s) (%d words)\n", indent, strings.Join(nums, "."), h.title, h.anchor, h.words)
	}
	fmt.Println(len(hs), "headings, fence closed:", !inFence)
}
