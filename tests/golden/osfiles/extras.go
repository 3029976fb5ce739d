package main

import (
	"fmt"
	"io"
	"io/ioutil"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, err := ioutil.TempDir("", "extras")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	clean := func(s string) string { return strings.ReplaceAll(s, dir, "DIR") }
	p := filepath.Join(dir, "data.txt")
	fmt.Println(ioutil.WriteFile(p, []byte("0123456789"), 0644))
	b, err := ioutil.ReadFile(p)
	fmt.Println(string(b), err)
	f, _ := os.OpenFile(p, os.O_RDWR, 0)
	buf := make([]byte, 4)
	n, err := f.ReadAt(buf, 3)
	fmt.Println(n, err, string(buf))
	n, err = f.ReadAt(buf, 8)
	fmt.Println(n, err, string(buf[:n]))
	n, err = f.WriteAt([]byte("AB"), 5)
	fmt.Println(n, err)
	fmt.Println(f.Truncate(8))
	f.Close()
	b, _ = ioutil.ReadFile(p)
	fmt.Println(string(b))
	fmt.Println(os.Symlink(p, filepath.Join(dir, "link")))
	target, err := os.Readlink(filepath.Join(dir, "link"))
	fmt.Println(clean(target), err)
	fi, _ := os.Lstat(filepath.Join(dir, "link"))
	fmt.Println(fi.Mode()&os.ModeSymlink != 0, fi.Mode().Type() == os.ModeSymlink)
	fi, _ = os.Stat(filepath.Join(dir, "link"))
	fmt.Println(fi.Mode(), fi.Size())
	_, err = os.Readlink(p)
	fmt.Println(clean(err.Error()))
	err = os.Symlink(p, filepath.Join(dir, "link"))
	fmt.Println(clean(err.Error()), os.IsExist(err))
	fmt.Println(os.Link(p, filepath.Join(dir, "hard")))
	os.Mkdir(filepath.Join(dir, "sub"), 0700)
	infos, err := ioutil.ReadDir(dir)
	for _, i := range infos {
		fmt.Println(i.Name(), i.IsDir(), i.Mode())
	}
	fmt.Println(err)
	d, _ := os.Open(dir)
	names, err := d.Readdirnames(2)
	fmt.Println(len(names), err)
	names, err = d.Readdirnames(-1)
	fmt.Println(len(names), err)
	names, err = d.Readdirnames(5)
	fmt.Println(len(names), err)
	d.Close()
	tf, _ := ioutil.TempFile(dir, "t-*.log")
	fmt.Println(strings.HasSuffix(tf.Name(), ".log"))
	tf.Close()
	data, _ := ioutil.ReadAll(strings.NewReader("via ioutil"))
	fmt.Println(string(data))
	fmt.Fprintln(ioutil.Discard, "gone")
	rc := ioutil.NopCloser(strings.NewReader("x"))
	io.Copy(os.Stdout, rc)
	fmt.Println(rc.Close())
	_, err = ioutil.ReadDir(filepath.Join(dir, "nope"))
	fmt.Println(clean(err.Error()))
}
