package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "gosub-test-*")
	if err != nil {
		fmt.Println("mkdirtemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	name := filepath.Join(dir, "a.txt")
	f, err := os.Create(name)
	fmt.Println(err, f.Name() == name)
	n, err := f.WriteString("hello\nworld\n")
	fmt.Println(n, err)
	n, err = f.Write([]byte("third line\n"))
	fmt.Println(n, err)
	fmt.Fprintf(f, "number %d\n", 42)
	fmt.Println(f.Close())
	fmt.Println(strings.ReplaceAll(f.Close().Error(), dir, "DIR"))
	_, err = f.Write([]byte("x"))
	fmt.Println(err != nil)

	data, err := os.ReadFile(name)
	fmt.Printf("%q %v\n", data, err)

	g, _ := os.Open(name)
	buf := make([]byte, 5)
	for {
		n, err := g.Read(buf)
		fmt.Printf("%d %q %v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	off, err := g.Seek(6, io.SeekStart)
	fmt.Println(off, err)
	n, _ = g.Read(buf)
	fmt.Printf("%q\n", buf[:n])
	fi, err := g.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.Mode(), fi.IsDir(), err)
	g.Close()

	_, err = os.Open(filepath.Join(dir, "missing"))
	var pe *fs.PathError
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err))
	fmt.Println(errors.As(err, &pe), pe.Op, filepath.Base(pe.Path), pe.Err)
	fmt.Printf("%T %T\n", err, pe.Err)

	err = os.Mkdir(filepath.Join(dir, "sub"), 0755)
	fmt.Println(err)
	err = os.Mkdir(filepath.Join(dir, "sub"), 0755)
	fmt.Println(errors.Is(err, os.ErrExist), os.IsExist(err))
	fmt.Println(os.MkdirAll(filepath.Join(dir, "sub", "x", "y"), 0755))
	fmt.Println(os.WriteFile(filepath.Join(dir, "sub", "b.txt"), []byte("bee"), 0644))
	fmt.Println(os.WriteFile(filepath.Join(dir, "sub", "c.txt"), nil, 0600))
	entries, err := os.ReadDir(filepath.Join(dir, "sub"))
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Mode(), info.Size())
	}
	st, _ := os.Stat(filepath.Join(dir, "sub"))
	fmt.Println(st.Name(), st.IsDir(), st.Mode(), st.Mode().IsDir(), st.Mode().Perm())
	err = os.Remove(filepath.Join(dir, "sub"))
	fmt.Println(err != nil, errors.Is(err, os.ErrExist))
	err = os.Rename(filepath.Join(dir, "nope"), filepath.Join(dir, "nope2"))
	fmt.Println(err != nil, os.IsNotExist(err))
	fmt.Println(os.Rename(name, filepath.Join(dir, "renamed.txt")))
	_, err = os.Stat(name)
	fmt.Println(os.IsNotExist(err))

	h, err := os.OpenFile(filepath.Join(dir, "renamed.txt"), os.O_APPEND|os.O_WRONLY, 0644)
	fmt.Println(err)
	h.WriteString("appended\n")
	h.Close()
	data, _ = os.ReadFile(filepath.Join(dir, "renamed.txt"))
	fmt.Print(string(data))
	_, err = os.OpenFile(filepath.Join(dir, "renamed.txt"), os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0644)
	fmt.Println(os.IsExist(err))

	tf, err := os.CreateTemp(dir, "tmp*.txt")
	fmt.Println(err, filepath.Ext(tf.Name()), filepath.Dir(tf.Name()) == dir)
	tf.Close()

	fmt.Println(os.FileMode(0755), os.FileMode(0644)|os.ModeDir, os.ModeSymlink|0777, fs.FileMode(0))
	fmt.Println(os.RemoveAll(filepath.Join(dir, "sub")))
	_, err = os.Stat(filepath.Join(dir, "sub"))
	fmt.Println(os.IsNotExist(err))
	_, err = os.ReadFile("/nonexistent/file")
	fmt.Println(err)
	_, err = os.ReadDir("/nonexistent")
	fmt.Println(err)
	fmt.Println(os.Remove("/nonexistent"))
	fmt.Println(os.Chdir("/nonexistent"))
	fmt.Println(os.Mkdir("/nonexistent/a/b", 0755))
	fmt.Println(os.MkdirAll("/dev/null/x", 0755))
	_, err = os.MkdirTemp("", "a/b")
	fmt.Println(err)
}
