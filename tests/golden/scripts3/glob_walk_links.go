// glob_walk_links.go - Glob patterns (classes, escapes, hidden files, bad
// ones), Walk not following a symlink while WalkDir on a link root does,
// EvalSymlinks, ReadLine over a tiny buffer, Copy/CopyN between files.
package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "glob")
	defer os.RemoveAll(dir)
	for _, n := range []string{"a.txt", "b.txt", "c.log", "sub/d.txt", "sub/e.go", "[x].txt", ".hidden"} {
		p := filepath.Join(dir, n)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(n), 0o644)
	}
	os.Chdir(dir)
	for _, pat := range []string{"*.txt", "*", "sub/*", "*/*.go", "?.log", "[ab].txt", "\\[x\\].txt", "[x].txt", "nomatch*", "sub", "*/", ".*", "[!a].txt", "[^a].txt"} {
		m, err := filepath.Glob(pat)
		fmt.Printf("%-12s %q %v\n", pat, m, err)
	}
	os.Symlink("sub", "link")
	var seen []string
	filepath.Walk(".", func(p string, info os.FileInfo, err error) error {
		seen = append(seen, fmt.Sprintf("%s:%v", p, info.Mode().Type()))
		return nil
	})
	fmt.Println(seen)
	seen = nil
	filepath.WalkDir("link", func(p string, d os.DirEntry, err error) error {
		seen = append(seen, fmt.Sprintf("%s:%v", p, d.Type()))
		return nil
	})
	fmt.Println(seen)
	ents, _ := os.ReadDir(".")
	names := []string{}
	for _, e := range ents {
		names = append(names, e.Name())
	}
	fmt.Println(names, sort.StringsAreSorted(names))
	ev, err := filepath.EvalSymlinks("link/e.go")
	fmt.Println(ev, err)
	_, err = filepath.EvalSymlinks("nolink")
	fmt.Println(err)
	// big file through bufio with ReadLine
	var big bytes.Buffer
	for i := 0; i < 1000; i++ {
		fmt.Fprintf(&big, "line %04d %s\n", i, strings.Repeat("=", i%50))
	}
	os.WriteFile("big.txt", big.Bytes(), 0o644)
	f, _ := os.Open("big.txt")
	r := bufio.NewReaderSize(f, 16)
	lines, longest, prefixes := 0, 0, 0
	for {
		l, isPrefix, err := r.ReadLine()
		if err != nil {
			fmt.Println(err == io.EOF)
			break
		}
		if isPrefix {
			prefixes++
		} else {
			lines++
		}
		if len(l) > longest {
			longest = len(l)
		}
	}
	fmt.Println(lines, longest, prefixes)
	f.Seek(0, io.SeekStart)
	r.Reset(f)
	n, err := r.WriteTo(io.Discard)
	fmt.Println(n, err)
	f.Close()
	// io.ReadAll of a file, io.Copy file->file with offsets
	src, _ := os.Open("big.txt")
	src.Seek(100, io.SeekStart)
	dst, _ := os.Create("copy.txt")
	k, err := io.Copy(dst, io.LimitReader(src, 50))
	fmt.Println(k, err)
	k, err = io.CopyN(dst, src, 10)
	fmt.Println(k, err)
	dst.Close()
	src.Close()
	b, _ := os.ReadFile("copy.txt")
	fmt.Printf("%q\n", b)
	// a writer that errors mid-Copy
	pr, pw := io.Pipe()
	go func() {
		pw.Write([]byte("abc"))
		pw.CloseWithError(errors.New("upstream died"))
	}()
	k, err = io.Copy(io.Discard, pr)
	fmt.Println(k, err)
	// os.File as io.ReaderAt in SectionReader
	f, _ = os.Open("big.txt")
	sr := io.NewSectionReader(f, 10, 20)
	b, _ = io.ReadAll(sr)
	fmt.Printf("%q\n", b)
	f.Close()
}
