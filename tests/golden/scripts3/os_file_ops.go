// os_file_ops.go - a file copier with progress and a log appender: Create,
// OpenFile flags (APPEND, TRUNC, RDWR), Seek whence values, ReadAt/WriteAt,
// Stat fields, Truncate, Sync, Name, Chmod and FileMode printing.
package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

func copyFile(dst, src string, progress func(int64)) (int64, error) {
	in, err := os.Open(src)
	if err != nil {
		return 0, err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return 0, err
	}
	defer out.Close()
	buf := make([]byte, 1000)
	var total int64
	for {
		n, err := in.Read(buf)
		if n > 0 {
			if _, werr := out.Write(buf[:n]); werr != nil {
				return total, werr
			}
			total += int64(n)
			progress(total)
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return total, err
		}
	}
	return total, out.Sync()
}

func main() {
	dir, _ := os.MkdirTemp("", "ops")
	defer os.RemoveAll(dir)
	src := filepath.Join(dir, "src.bin")
	os.WriteFile(src, []byte(strings.Repeat("0123456789", 350)), 0o600)
	n, err := copyFile(filepath.Join(dir, "dst.bin"), src, func(t int64) { fmt.Printf("\rcopied %d", t) })
	fmt.Println()
	fmt.Println(n, err)

	logp := filepath.Join(dir, "app.log")
	for i := 0; i < 3; i++ {
		f, err := os.OpenFile(logp, os.O_APPEND|os.O_CREATE|os.O_WRONLY, 0o644)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Fprintf(f, "entry %d\n", i)
		f.Close()
	}
	data, _ := os.ReadFile(logp)
	fmt.Print(string(data))

	f, _ := os.OpenFile(logp, os.O_RDWR, 0)
	pos, err := f.Seek(-8, io.SeekEnd)
	fmt.Println(pos, err)
	b := make([]byte, 5)
	k, err := f.Read(b)
	fmt.Printf("%d %q %v\n", k, b[:k], err)
	pos, _ = f.Seek(0, io.SeekCurrent)
	fmt.Println("cur", pos)
	k, err = f.ReadAt(b, 2)
	fmt.Printf("%d %q %v\n", k, b[:k], err)
	k, err = f.ReadAt(b, 1000)
	fmt.Printf("%d %v\n", k, err)
	k, err = f.WriteAt([]byte("ENTRY"), 0)
	fmt.Println(k, err)
	_, err = f.Seek(-100, io.SeekStart)
	fmt.Println(strings.ReplaceAll(fmt.Sprint(err), dir, "$D"))
	fi, _ := f.Stat()
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode(), fi.Mode().IsRegular(), fi.Mode().Perm())
	fmt.Println(strings.ReplaceAll(f.Name(), dir, "$D"))
	f.Truncate(5)
	f.Close()
	data, _ = os.ReadFile(logp)
	fmt.Printf("%q\n", data)

	f, _ = os.OpenFile(logp, os.O_TRUNC|os.O_WRONLY, 0)
	f.WriteString("new")
	f.Close()
	data, _ = os.ReadFile(logp)
	fmt.Printf("%q\n", data)

	os.Chmod(logp, 0o751)
	fi, _ = os.Stat(logp)
	fmt.Println(fi.Mode(), fi.Mode().String(), uint32(fi.Mode()))
	di, _ := os.Stat(dir)
	fmt.Println(di.Mode().IsDir(), di.Mode()&fs.ModeDir != 0, di.Mode().Type() == fs.ModeDir, di.IsDir())
	os.Symlink(logp, filepath.Join(dir, "link"))
	li, _ := os.Lstat(filepath.Join(dir, "link"))
	fmt.Println(li.Mode()&fs.ModeSymlink != 0, li.Mode().Type())
	tgt, err := os.Readlink(filepath.Join(dir, "link"))
	fmt.Println(strings.ReplaceAll(tgt, dir, "$D"), err)
	si, _ := os.Stat(filepath.Join(dir, "link"))
	fmt.Println(si.Mode().IsRegular(), si.Size(), os.SameFile(si, fi))
	for _, m := range []fs.FileMode{0, 0o644, fs.ModeDir | 0o755, fs.ModeSymlink | 0o777, fs.ModeNamedPipe | 0o600, fs.ModeSetuid | 0o4755, fs.ModeSticky | fs.ModeDir | 0o1777, fs.ModeDevice | fs.ModeCharDevice | 0o666} {
		fmt.Printf("%v %s %o %d\n", m, m, m, m)
	}
}
