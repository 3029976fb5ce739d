// os_closed_nil.go - every *os.File method on a closed File and on a nil
// *File: Go's "file already closed" / "use of closed file" / ErrInvalid.
package main

import (
	"fmt"
	"io"
	"strings"
	"os"
)

func main() {
	dir, _ := os.MkdirTemp("", "closed")
	defer os.RemoveAll(dir)
	os.Chdir(dir)
	f, _ := os.Create("x.txt")
	f.Close()
	var n *os.File
	for _, g := range []*os.File{f, n} {
		_, err := g.Read(nil)
		fmt.Println("read", err)
		_, err = g.Write(nil)
		fmt.Println("write", err)
		_, err = g.WriteString("")
		fmt.Println("writestring", err)
		_, err = g.ReadAt(make([]byte, 1), 0)
		fmt.Println("readat", err)
		_, err = g.WriteAt([]byte("x"), 0)
		fmt.Println("writeat", err)
		_, err = g.Seek(0, io.SeekStart)
		fmt.Println("seek", err)
		_, err = g.Stat()
		fmt.Println("stat", err)
		fmt.Println("truncate", g.Truncate(0))
		fmt.Println("sync", g.Sync())
		fmt.Println("chmod", g.Chmod(0644))
		fmt.Println("chown", g.Chown(0, 0))
		fmt.Println("chdir", g.Chdir())
		_, err = g.ReadDir(-1)
		fmt.Println("readdir", err)
		_, err = g.Readdir(-1)
		fmt.Println("readdir2", err)
		_, err = g.Readdirnames(-1)
		fmt.Println("readdirnames", err)
		_, err = g.ReadFrom(strings.NewReader("x"))
		fmt.Println("readfrom", err)
		fmt.Println("close", g.Close())
		fmt.Println("fd", int64(g.Fd()))
	}
}
