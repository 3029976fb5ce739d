// stdlib_gaps.go - functions the symbol probe found missing: fmt.Append*,
// bytes.SplitAfterN/ToValidUTF8, os.UserCacheDir/UserConfigDir/Executable/
// SameFile/Getgroups, signal.Ignored.
package main

import (
	"bytes"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"
)

func main() {
	b := fmt.Append([]byte("x:"), 1, "a", 2.5, nil)
	b = fmt.Appendf(b, "|%05.1f|%q", 3.14159, "q")
	b = fmt.Appendln(b, "end", 7)
	fmt.Printf("%q\n", b)
	fmt.Printf("%q\n", bytes.SplitAfterN([]byte("a,b,c,d"), []byte(","), 2))
	fmt.Printf("%q %q\n", bytes.ToValidUTF8([]byte("a\xffb\xfe\xfdc"), []byte("?")), bytes.ToValidUTF8([]byte("ok"), nil))
	os.Setenv("HOME", "/home/ann")
	os.Setenv("XDG_CACHE_HOME", "")
	os.Unsetenv("XDG_CONFIG_HOME")
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.UserConfigDir())
	os.Setenv("XDG_CACHE_HOME", "/var/cache/ann")
	fmt.Println(os.UserCacheDir())
	os.Unsetenv("HOME")
	fmt.Println(os.UserConfigDir())
	exe, err := os.Executable()
	fmt.Println(filepath.IsAbs(exe), err)
	dir, _ := os.MkdirTemp("", "same")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "f")
	os.WriteFile(p, nil, 0o644)
	os.Symlink(p, p+".link")
	a, _ := os.Stat(p)
	l, _ := os.Stat(p + ".link")
	ll, _ := os.Lstat(p + ".link")
	d, _ := os.Stat(dir)
	fmt.Println(os.SameFile(a, l), os.SameFile(a, ll), os.SameFile(a, d))
	g, err := os.Getgroups()
	fmt.Println(len(g) >= 0, err)
	fmt.Println(signal.Ignored(syscall.SIGUSR1))
	signal.Ignore(syscall.SIGUSR1)
	fmt.Println(signal.Ignored(syscall.SIGUSR1), signal.Ignored(os.Interrupt))
	signal.Reset(syscall.SIGUSR1)
	fmt.Println(signal.Ignored(syscall.SIGUSR1))
}
