// grep_clone.go - a small grep: walks a temp tree, matches lines with a
// regexp and a fixed string, prints file:line:text with -n/-c/-l style
// modes, reads one file through bufio.Reader.ReadString and one through
// Scanner, and reports unreadable paths on stderr-as-stdout.
package main

import (
	"bufio"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

type match struct {
	file string
	line int
	text string
}

func grepFile(path string, re *regexp.Regexp) ([]match, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []match
	r := bufio.NewReader(f)
	n := 0
	for {
		line, err := r.ReadString('\n')
		if len(line) > 0 {
			n++
			line = strings.TrimRight(line, "\n")
			if re.MatchString(line) {
				out = append(out, match{path, n, line})
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return out, err
		}
	}
	return out, nil
}

func main() {
	root, _ := os.MkdirTemp("", "grep")
	defer os.RemoveAll(root)
	os.MkdirAll(filepath.Join(root, "pkg", "sub"), 0o755)
	os.WriteFile(filepath.Join(root, "main.go"), []byte("package main\n\n// TODO: split\nfunc main() {\n\tprintln(\"hi\") // todo lower\n}"), 0o644)
	os.WriteFile(filepath.Join(root, "pkg", "a.go"), []byte("package pkg\n// TODO(x): one\n// TODO(y): two\n"), 0o644)
	os.WriteFile(filepath.Join(root, "pkg", "sub", "b.txt"), []byte("nothing here\n"), 0o644)
	os.WriteFile(filepath.Join(root, "pkg", "sub", "c.go"), []byte{}, 0o644)

	re := regexp.MustCompile(`(?i)\btodo\b`)
	var files []string
	filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".go") {
			files = append(files, p)
		}
		return nil
	})
	sort.Strings(files)
	counts := map[string]int{}
	for _, f := range files {
		ms, err := grepFile(f, re)
		if err != nil {
			fmt.Println("error:", err)
		}
		rel, _ := filepath.Rel(root, f)
		for _, m := range ms {
			fmt.Printf("%s:%d:%s\n", rel, m.line, m.text)
		}
		counts[rel] = len(ms)
	}
	for _, f := range files {
		rel, _ := filepath.Rel(root, f)
		fmt.Printf("%s:%d\n", rel, counts[rel])
	}
	_, err := grepFile(filepath.Join(root, "gone.go"), re)
	fmt.Println(strings.Replace(err.Error(), root, "ROOT", 1))

	f, _ := os.Open(filepath.Join(root, "pkg", "a.go"))
	sc := bufio.NewScanner(f)
	for i := 1; sc.Scan(); i++ {
		if strings.Contains(sc.Text(), "TODO") {
			fmt.Fprintf(os.Stdout, "%4d| %s\n", i, sc.Text())
		}
	}
	f.Close()
	fmt.Println(sc.Err())
}
