// walk_du.go - a du/tree walker: filepath.Walk and WalkDir with SkipDir on
// a directory and on a file, errors from a missing root, the callback
// returning an error, sizes summed per top-level directory, fs.WalkDir over
// os.DirFS, fs.Glob and fs.ReadFile.
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	root, _ := os.MkdirTemp("", "du")
	defer os.RemoveAll(root)
	files := map[string]int{
		"src/main.go": 120, "src/util/str.go": 40, "src/util/num.go": 60,
		"docs/readme.md": 300, "docs/skip/me.md": 999, ".git/HEAD": 23, "top.txt": 5,
	}
	for p, n := range files {
		full := filepath.Join(root, p)
		os.MkdirAll(filepath.Dir(full), 0o755)
		os.WriteFile(full, []byte(strings.Repeat("x", n)), 0o644)
	}
	sizes := map[string]int64{}
	err := filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if info.IsDir() && (info.Name() == ".git" || info.Name() == "skip") {
			fmt.Println("skip", rel)
			return filepath.SkipDir
		}
		depth := strings.Count(rel, string(filepath.Separator))
		if rel == "." {
			depth = -1
		}
		fmt.Printf("%s%s\n", strings.Repeat("  ", depth+1), info.Name()[:0]+filepath.Base(rel))
		if !info.IsDir() {
			top := strings.SplitN(rel, "/", 2)[0]
			sizes[top] += info.Size()
		}
		return nil
	})
	fmt.Println("walk err:", err)
	keys := make([]string, 0, len(sizes))
	for k := range sizes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%6d %s\n", sizes[k], k)
	}

	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if !d.IsDir() && d.Name() == "num.go" {
			return filepath.SkipDir
		}
		rel, _ := filepath.Rel(root, p)
		fmt.Println("wd", rel, d.IsDir(), d.Type().IsDir())
		return nil
	})
	fmt.Println("walkdir err:", err)

	stop := errors.New("found it")
	err = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if d.Name() == "readme.md" {
			return stop
		}
		return nil
	})
	fmt.Println(err, err == stop)

	missing := filepath.Join(root, "missing")
	err = filepath.WalkDir(missing, func(p string, d fs.DirEntry, err error) error {
		fmt.Println("cb", strings.ReplaceAll(p, root, "$R"), d == nil, strings.ReplaceAll(fmt.Sprint(err), root, "$R"))
		return err
	})
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), root, "$R"))
	err = filepath.Walk(missing, func(p string, info os.FileInfo, err error) error {
		fmt.Println("cb", info == nil, err != nil)
		return nil
	})
	fmt.Println(err)

	fsys := os.DirFS(root)
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if d.IsDir() && strings.HasPrefix(d.Name(), ".") && p != "." {
			return fs.SkipDir
		}
		fmt.Println("fs", p)
		return nil
	})
	m, err := fs.Glob(fsys, "src/*/*.go")
	fmt.Println(m, err)
	b, err := fs.ReadFile(fsys, "top.txt")
	fmt.Println(string(b), err)
	_, err = fs.ReadFile(fsys, "nope.txt")
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), root, "$R"))
	_, err = fs.ReadFile(fsys, "/abs")
	fmt.Println(err)
	st, err := fs.Stat(fsys, "docs")
	fmt.Println(st.Name(), st.IsDir(), err)
	ents, _ := fs.ReadDir(fsys, "src")
	for _, e := range ents {
		fmt.Println(e.Name(), e.IsDir())
	}
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"), fs.ValidPath("."))
	sub, err := fs.Sub(fsys, "src")
	m, _ = fs.Glob(sub, "*.go")
	fmt.Println(m, err)
}
