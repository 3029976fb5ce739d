// os_sys_errors.go - os.SyscallError and NewSyscallError, IsTimeout, the
// deadline and process sentinels, File.SetDeadline on a regular file,
// fs.FileInfoToDirEntry, Process.Wait/Release, Errno.Timeout, Stat("/").Name().
package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"syscall"
	"time"
)

func main() {
	se := os.NewSyscallError("open", syscall.ENOENT)
	fmt.Println(se, os.IsNotExist(se), errors.Is(se, fs.ErrNotExist), os.NewSyscallError("x", nil) == nil)
	var sep *os.SyscallError
	fmt.Println(errors.As(se, &sep), sep.Syscall, sep.Err, sep.Timeout())
	fmt.Println(os.IsTimeout(se), os.IsTimeout(os.ErrDeadlineExceeded), os.IsTimeout(&fs.PathError{Op: "read", Path: "p", Err: os.ErrDeadlineExceeded}))
	fmt.Println(os.ErrDeadlineExceeded, os.ErrNoDeadline, os.ErrProcessDone)
	f, _ := os.CreateTemp("", "dl")
	defer os.Remove(f.Name())
	fmt.Println(f.SetDeadline(time.Now()), f.SetReadDeadline(time.Time{}), errors.Is(f.SetWriteDeadline(time.Now()), os.ErrNoDeadline))
	f.Close()
	fmt.Println(f.SetDeadline(time.Now()))
	fi, _ := os.Stat("/")
	de := fs.FileInfoToDirEntry(fi)
	fmt.Println(de.Name(), de.IsDir(), de.Type(), fs.FileInfoToDirEntry(nil) == nil)
	info, err := de.Info()
	fmt.Println(info.Name(), err)
	cmd := exec.Command("sh", "-c", "exit 3")
	cmd.Start()
	st, err := cmd.Process.Wait()
	fmt.Println(st, err, st.ExitCode())
	_, err = cmd.Process.Wait()
	fmt.Println(err)
	fmt.Println(cmd.Process.Signal(syscall.SIGTERM), cmd.Process.Signal(syscall.SIGTERM) == os.ErrProcessDone)
	fmt.Println(cmd.Process.Release())
	p, _ := os.FindProcess(os.Getpid())
	fmt.Println(p.Pid == os.Getpid())
	pe := &fs.PathError{Op: "op", Path: "p", Err: syscall.EAGAIN}
	fmt.Println(pe.Timeout(), os.IsTimeout(pe))
	var gfs fs.GlobFS
	var sfs fs.SubFS
	fmt.Println(gfs == nil, sfs == nil)
	sub, _ := fs.Sub(os.DirFS("/"), "etc")
	_, ok := sub.(fs.SubFS)
	fmt.Println(ok)
}

func init() {
	fmt.Println(syscall.EAGAIN.Timeout(), syscall.ENOENT.Timeout(), syscall.EINTR.Temporary(), syscall.ENOENT.Temporary(), syscall.Errno(2))
	fi, _ := os.Lstat("//")
	fmt.Println(fi.Name())
	fi, _ = os.Stat("/tmp/")
	fmt.Println(fi.Name())
}
