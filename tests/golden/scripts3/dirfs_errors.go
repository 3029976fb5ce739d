// dirfs_errors.go - os.DirFS and io/fs error paths: invalid names, missing
// files, ReadDir of a file, ReadFile of a dir, WalkDir of a missing root,
// bad Glob pattern, Sub, Seek on an fs.File, Chtimes/ModTime.
package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	root, _ := os.MkdirTemp("", "fsys")
	defer os.RemoveAll(root)
	hide := func(e error) string { return strings.ReplaceAll(fmt.Sprint(e), root, "$R") }
	os.MkdirAll(filepath.Join(root, "d/e"), 0o755)
	os.WriteFile(filepath.Join(root, "d/f.txt"), []byte("content"), 0o644)
	fsys := os.DirFS(root)
	for _, name := range []string{"d", "d/f.txt", "nope", "../x", "/abs", "d/", "./d", "", "."} {
		f, err := fsys.Open(name)
		if err != nil {
			var pe *fs.PathError
			errors.As(err, &pe)
			fmt.Printf("open %q: %s | op=%s path=%q invalid=%v notexist=%v\n", name, hide(err), pe.Op, strings.ReplaceAll(pe.Path, root, "$R"), errors.Is(err, fs.ErrInvalid), errors.Is(err, fs.ErrNotExist))
			continue
		}
		st, _ := f.Stat()
		fmt.Printf("open %q: ok %s dir=%v\n", name, st.Name(), st.IsDir())
		if rd, ok := f.(fs.ReadDirFile); ok && st.IsDir() {
			ents, err := rd.ReadDir(-1)
			fmt.Println("  entries", len(ents), err)
		}
		f.Close()
	}
	_, err := fs.ReadDir(fsys, "d/f.txt")
	fmt.Println(hide(err))
	_, err = fs.Stat(fsys, "zz")
	fmt.Println(hide(err))
	_, err = fs.ReadFile(fsys, "d")
	fmt.Println(hide(err))
	b, err := fs.ReadFile(fsys, "d/f.txt")
	fmt.Println(string(b), err)
	err = fs.WalkDir(fsys, "nope", func(p string, d fs.DirEntry, err error) error {
		fmt.Println("cb", p, d == nil, hide(err))
		return err
	})
	fmt.Println(hide(err))
	m, err := fs.Glob(fsys, "[")
	fmt.Println(m, err)
	_, err = fs.Sub(fsys, "../up")
	fmt.Println(err)
	sub, _ := fs.Sub(fsys, "d")
	b, err = fs.ReadFile(sub, "f.txt")
	fmt.Println(string(b), err)
	_, err = fs.ReadFile(sub, "nope")
	fmt.Println(hide(err))
	f, _ := fsys.Open("d/f.txt")
	p := make([]byte, 3)
	n, err := f.Read(p)
	fmt.Println(n, err, string(p))
	if s, ok := f.(io.Seeker); ok {
		s.Seek(0, io.SeekStart)
		n, _ = f.Read(p)
		fmt.Println("seek ok", string(p[:n]))
	}
	f.Close()
	t := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	fmt.Println(os.Chtimes(filepath.Join(root, "d/f.txt"), t, t))
	st, _ := os.Stat(filepath.Join(root, "d/f.txt"))
	fmt.Println(st.ModTime().UTC(), st.ModTime().Equal(t))
	fmt.Println(hide(os.Chtimes(filepath.Join(root, "zz"), t, t)))
}
