// file_append.go - an append-only journal: OpenFile flags and modes,
// buffered writes, Seek and ReadAt, Stat, Truncate, and the errors of
// misuse (writing a read-only file, using a closed file).
package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func appendLine(path, line string) error {
	f, err := os.OpenFile(path, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o600)
	if err != nil {
		return err
	}
	defer f.Close()
	w := bufio.NewWriter(f)
	if _, err := w.WriteString(line + "\n"); err != nil {
		return err
	}
	return w.Flush()
}

func main() {
	dir, _ := os.MkdirTemp("", "journal")
	defer os.RemoveAll(dir)
	hide := func(err error) string { return strings.ReplaceAll(fmt.Sprint(err), dir, "$DIR") }
	path := filepath.Join(dir, "journal.log")
	for _, l := range []string{"first entry", "second entry", "third"} {
		if err := appendLine(path, l); err != nil {
			fmt.Println(hide(err))
		}
	}
	info, _ := os.Stat(path)
	fmt.Println(info.Name(), info.Size(), info.Mode(), info.Mode().Perm(), info.IsDir(), info.Mode().IsRegular())

	f, _ := os.Open(path)
	r := bufio.NewReader(f)
	for {
		line, err := r.ReadString('\n')
		if err == io.EOF {
			break
		}
		fmt.Printf("> %q\n", line)
	}
	pos, _ := f.Seek(-6, io.SeekEnd)
	buf := make([]byte, 4)
	n, err := f.Read(buf)
	fmt.Println(pos, n, err, string(buf[:n]))
	n, err = f.ReadAt(buf, 6)
	fmt.Println(n, err, string(buf))
	n, err = f.ReadAt(buf, info.Size()-2)
	fmt.Println(n, err)
	_, err = f.Write([]byte("nope"))
	fmt.Println(hide(err))
	f.Close()
	_, err = f.Read(buf)
	fmt.Println(hide(err), errors.Is(err, os.ErrClosed))

	fmt.Println(os.Truncate(path, 12))
	data, _ := os.ReadFile(path)
	fmt.Printf("%q\n", data)
	_, err = os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	fmt.Println(hide(err), errors.Is(err, fs.ErrExist))
	os.Chmod(path, 0o400)
	info, _ = os.Stat(path)
	fmt.Println(info.Mode())
	err = os.Rename(path, filepath.Join(dir, "old.log"))
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		fmt.Println(e.Name(), e.IsDir(), err)
	}
}
