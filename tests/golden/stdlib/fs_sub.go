// fs_sub.go - fs.Sub over os.DirFS: ReadFile, Open, Glob, Sub, ReadDir, WalkDir
// and Stat through the sub-FS, with its path errors.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	root, _ := os.MkdirTemp("", "g")
	defer os.RemoveAll(root)
	for _, n := range []string{"a/x.go", "a/y.txt", "a/b/z.go"} {
		p := filepath.Join(root, n)
		os.MkdirAll(filepath.Dir(p), 0o755)
		os.WriteFile(p, []byte(n), 0o644)
	}
	fsys := os.DirFS(root)
	sub, err := fs.Sub(fsys, "a")
	fmt.Printf("%T %v\n", sub, err)
	b, err := fs.ReadFile(sub, "b/z.go")
	fmt.Println(string(b), err)
	hide := func(err error) string { return strings.ReplaceAll(fmt.Sprint(err), root, "$ROOT") }
	_, err = fs.ReadFile(sub, "nope")
	fmt.Println(hide(err))
	_, err = sub.Open("../x")
	fmt.Println(err)
	m, err := fs.Glob(sub, "*.go")
	fmt.Println(m, err)
	m, err = fs.Glob(sub, "*/*")
	fmt.Println(m, err)
	s2, err := fs.Sub(sub, "b")
	fmt.Println(err)
	ents, err := fs.ReadDir(s2, ".")
	fmt.Println(len(ents), ents[0].Name(), err)
	_, err = fs.Sub(fsys, "/abs")
	fmt.Println(err)
	same, _ := fs.Sub(fsys, ".")
	fmt.Println(same == fsys)
	fs.WalkDir(sub, ".", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("walk", p, d.IsDir(), err)
		return nil
	})
	st, err := fs.Stat(sub, "x.go")
	fmt.Println(st.Name(), st.Size(), err)
}
