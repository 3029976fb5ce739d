// os_ops_errors.go - file-system operations that fail: Chdir to a file,
// Rename onto an existing directory (Go refuses with EEXIST even when it is
// empty), Link/Symlink over existing names, Readlink of a file, Truncate,
// Getwd in a removed directory, opens through files and into directories.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "ops2")
	defer os.RemoveAll(dir)
	h := func(err error) string { return strings.ReplaceAll(fmt.Sprint(err), dir, "$D") }
	j := func(p string) string { return filepath.Join(dir, p) }
	os.WriteFile(j("file"), []byte("x"), 0o644)
	os.MkdirAll(j("full/sub"), 0o755)
	os.MkdirAll(j("empty"), 0o755)
	fmt.Println("chdir file:", h(os.Chdir(j("file"))))
	fmt.Println("mkdirall file:", h(os.MkdirAll(j("file"), 0o755)))
	fmt.Println("mkdirall existing dir:", h(os.MkdirAll(j("full"), 0o755)))
	fmt.Println("mkdir file:", h(os.Mkdir(j("file"), 0o755)))
	fmt.Println("removeall empty string:", h(os.RemoveAll("")))
	fmt.Println("rename dir over nonempty:", h(os.Rename(j("empty"), j("full"))))
	fmt.Println("rename nonempty over empty:", h(os.Rename(j("full"), j("empty"))))
	fmt.Println("rename file over dir:", h(os.Rename(j("file"), j("full"))))
	fmt.Println("link:", h(os.Link(j("file"), j("hard"))))
	fmt.Println("link again:", h(os.Link(j("file"), j("hard"))))
	fmt.Println("symlink:", h(os.Symlink("file", j("sym"))))
	fmt.Println("symlink exists:", h(os.Symlink("file", j("sym"))))
	_, err := os.Readlink(j("file"))
	fmt.Println("readlink file:", h(err))
	fmt.Println("truncate neg:", h(os.Truncate(j("file"), -1)))
	fmt.Println("truncate dir:", h(os.Truncate(j("full"), 0)))
	fmt.Println("remove file as dir:", h(os.Remove(j("file/x"))))
	st, _ := os.Stat(j("hard"))
	fmt.Println(st.Size(), st.Mode())
	fmt.Println("lchown:", h(os.Lchown(j("sym"), os.Getuid(), os.Getgid())))
	fmt.Println("chown missing:", h(os.Chown(j("zz"), 0, 0)))
	os.Chdir(j("full/sub"))
	os.RemoveAll(j("full"))
	wd, err := os.Getwd()
	fmt.Println("getwd removed:", h(err), wd == "")
	fmt.Println(os.Chdir(dir))
	_, err = os.OpenFile(j("newfile"), os.O_RDONLY, 0)
	fmt.Println(h(err))
	f, err := os.OpenFile(j("newfile"), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o600)
	fmt.Println(err)
	_, err = f.Read(make([]byte, 1))
	fmt.Println("read wronly:", h(err))
	f.Close()
	_, err = os.OpenFile(j("file/nested"), os.O_CREATE|os.O_WRONLY, 0o644)
	fmt.Println(h(err))
	_, err = os.Create(j("nodir/x"))
	fmt.Println(h(err))
	_, err = os.Create(dir)
	fmt.Println(h(err))
	_, err = os.ReadFile(j("sym/x"))
	fmt.Println(h(err))
	os.Symlink("loop", j("loop"))
	_, err = os.Stat(j("loop"))
	fmt.Println(h(err))
	_, err = os.Open(strings.Repeat("n", 300))
	fmt.Println(len(fmt.Sprint(err)) > 0, strings.HasSuffix(fmt.Sprint(err), "file name too long"))
}
