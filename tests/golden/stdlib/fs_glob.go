// fs_glob.go - fs.Glob over os.DirFS: meta characters in directories, escapes,
// bad patterns, plain names.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

func main() {
	root, _ := os.MkdirTemp("", "g")
	defer os.RemoveAll(root)
	for _, n := range []string{"a/x.go", "a/y.txt", "b/z.go", "b/c/w.go", "top.go", "[x]/q.go"} {
		p := filepath.Join(root, n)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, nil, 0o644)
	}
	fsys := os.DirFS(root)
	for _, pat := range []string{"*.go", "*/*.go", "*/*/*.go", "a/x.go", "a/nope.go", "[", "*/[", "?/*", "\\[x]/*", "[[]x]/*", "a/*", "*"} {
		m, err := fs.Glob(fsys, pat)
		fmt.Printf("%-10q %q %v\n", pat, m, err)
	}
}
