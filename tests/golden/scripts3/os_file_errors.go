// os_file_errors.go - every error path of *os.File a script meets: missing
// files, O_EXCL, writing a read-only file, writing/reading a closed file,
// ReadDir on a file, Seek on a pipe, Mkdir of an existing dir, Remove of a
// non-empty dir, Rename of a missing file, with errors.Is and *fs.PathError.
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

var dir string

func show(what string, err error) {
	if err == nil {
		fmt.Printf("%s: ok\n", what)
		return
	}
	msg := strings.ReplaceAll(err.Error(), dir, "$D")
	var pe *fs.PathError
	var le *os.LinkError
	kind := fmt.Sprintf("%T", err)
	if errors.As(err, &pe) {
		kind += " op=" + pe.Op
	}
	if errors.As(err, &le) {
		kind += " op=" + le.Op
	}
	fmt.Printf("%s: %s [%s] notexist=%v exist=%v perm=%v closed=%v\n", what, msg, kind,
		errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrExist), errors.Is(err, fs.ErrPermission), errors.Is(err, os.ErrClosed))
}

func main() {
	dir, _ = os.MkdirTemp("", "oserr")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "f.txt")

	_, err := os.Open(filepath.Join(dir, "missing"))
	show("open missing", err)
	_, err = os.ReadFile(filepath.Join(dir, "missing"))
	show("readfile missing", err)
	_, err = os.Stat(filepath.Join(dir, "missing", "deeper"))
	show("stat missing", err)
	fmt.Println(os.IsNotExist(err), os.IsExist(err))

	err = os.WriteFile(p, []byte("hello\n"), 0o644)
	show("writefile", err)
	_, err = os.OpenFile(p, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o644)
	show("excl", err)
	fmt.Println(os.IsExist(err))

	f, _ := os.Open(p)
	_, err = f.Write([]byte("x"))
	show("write ro", err)
	_, err = f.WriteString("x")
	show("writestring ro", err)
	_, err = f.ReadDir(-1)
	show("readdir file", err)
	_, err = f.Readdirnames(-1)
	show("readdirnames file", err)
	f.Close()
	_, err = f.Read(make([]byte, 4))
	show("read closed", err)
	_, err = f.Write([]byte("x"))
	show("write closed", err)
	err = f.Close()
	show("close twice", err)
	_, err = f.Seek(0, io.SeekStart)
	show("seek closed", err)
	_, err = f.Stat()
	show("stat closed", err)

	d, _ := os.Open(dir)
	_, err = d.Read(make([]byte, 4))
	show("read dir", err)
	d.Close()
	_, err = os.OpenFile(dir, os.O_WRONLY, 0)
	show("open dir for write", err)
	_, err = os.ReadFile(dir)
	show("readfile dir", err)

	err = os.Mkdir(dir, 0o755)
	show("mkdir existing", err)
	err = os.MkdirAll(filepath.Join(p, "sub"), 0o755)
	show("mkdirall through file", err)
	err = os.Mkdir(filepath.Join(dir, "a", "b"), 0o755)
	show("mkdir no parent", err)
	os.MkdirAll(filepath.Join(dir, "full", "x"), 0o755)
	err = os.Remove(filepath.Join(dir, "full"))
	show("remove nonempty", err)
	err = os.Remove(filepath.Join(dir, "nothing"))
	show("remove missing", err)
	err = os.RemoveAll(filepath.Join(dir, "nothing"))
	show("removeall missing", err)
	err = os.Rename(filepath.Join(dir, "nothing"), filepath.Join(dir, "other"))
	show("rename missing", err)
	_, err = os.ReadDir(filepath.Join(dir, "nothing"))
	show("readdir missing", err)
	_, err = os.ReadDir(p)
	show("readdir file", err)
	err = os.Chdir(filepath.Join(dir, "nothing"))
	show("chdir missing", err)
	_, err = os.Lstat(filepath.Join(dir, "nothing"))
	show("lstat missing", err)
	err = os.Truncate(filepath.Join(dir, "nothing"), 0)
	show("truncate missing", err)
	err = os.Chmod(filepath.Join(dir, "nothing"), 0o600)
	show("chmod missing", err)

	pr, pw, _ := os.Pipe()
	_, err = pr.Seek(0, io.SeekStart)
	show("seek pipe", err)
	pw.Close()
	pr.Close()

	var nf *os.File
	_, err = nf.Read(nil)
	show("nil file read", err)
	err = nf.Close()
	show("nil file close", err)
}

func init() { _ = show }
