// os_proc_info.go - a diagnostics script: working directory changes,
// temp dirs, file modes with umask-independent chmod, symlinks and
// Readlink, Lstat vs Stat, Chtimes, and exit codes of children.
package main

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

func main() {
	start, _ := os.Getwd()
	dir, _ := os.MkdirTemp("", "diag")
	defer os.RemoveAll(dir)
	hide := func(s string) string {
		real, _ := filepath.EvalSymlinks(dir)
		return strings.ReplaceAll(strings.ReplaceAll(s, real, "$D"), dir, "$D")
	}
	os.Chdir(dir)
	wd, _ := os.Getwd()
	fmt.Println(hide(wd))
	os.WriteFile("data.txt", []byte("12345"), 0o600)
	os.Chmod("data.txt", 0o754)
	os.Mkdir("sub", 0o700)
	os.Chmod("sub", 0o755|fs.ModeSticky)
	os.Symlink("data.txt", "link")
	os.Symlink("missing", "dangling")
	for _, n := range []string{"data.txt", "sub", "link", "dangling"} {
		li, err := os.Lstat(n)
		if err != nil {
			fmt.Println(err)
			continue
		}
		si, err := os.Stat(n)
		sm := "-"
		if err == nil {
			sm = si.Mode().String()
		} else {
			sm = hide(err.Error())
		}
		fmt.Printf("%-9s lstat=%-12v stat=%-12s dir=%v sym=%v\n", n, li.Mode(), sm, li.IsDir(), li.Mode()&fs.ModeSymlink != 0)
	}
	target, err := os.Readlink("link")
	fmt.Println(target, err)
	_, err = os.Readlink("data.txt")
	fmt.Println(hide(fmt.Sprint(err)))
	mt := time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC)
	fmt.Println(os.Chtimes("data.txt", mt, mt))
	st, _ := os.Stat("data.txt")
	fmt.Println(st.ModTime().UTC(), st.ModTime().Equal(mt))
	abs, _ := filepath.Abs("sub/../data.txt")
	fmt.Println(hide(abs))
	err = os.Chdir("nope")
	fmt.Println(err)
	os.Chdir(start)
	for _, code := range []int{0, 1, 3, 255} {
		err := exec.Command("sh", "-c", fmt.Sprintf("exit %d", code)).Run()
		if ee, ok := err.(*exec.ExitError); ok {
			fmt.Println(code, ee.ExitCode(), ee.String(), ee.Exited())
		} else {
			fmt.Println(code, err)
		}
	}
	fmt.Println(os.TempDir() != "", os.Getpid() > 0, os.Getppid() > 0, os.Getuid() >= 0)
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	fmt.Println(os.DevNull, os.PathSeparator, os.PathListSeparator, string(filepath.Separator))
}
