// os_env_removeall.go - RemoveAll of ".", "a/.", "a/.." and "a/b/" in a temp
// dir; ExpandEnv/Expand odd syntax; Clearenv; Setenv errors as Go's
// *os.SyscallError (a NUL in the value too); IsPathSeparator.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	dir, _ := os.MkdirTemp("", "rmall")
	defer os.RemoveAll(dir)
	os.Chdir(dir)
	os.MkdirAll("a/b", 0o755)
	fmt.Println(os.RemoveAll("."))
	fmt.Println(os.RemoveAll("a/."))
	fmt.Println(os.RemoveAll("a/.."))
	fmt.Println(os.RemoveAll("a/b/"))
	_, err := os.Stat("a/b")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.ExpandEnv("${HOME:-x} $ ${ $} ${A B} $1x $_a $!x"))
	fmt.Println(os.Expand("${x}${y", func(s string) string { return strings.ToUpper(s) }))
	os.Setenv("TZ_TEST", "v")
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("TZ_TEST") == "")
	os.Setenv("ONLY", "1")
	fmt.Println(os.Environ())
	fmt.Println(os.Setenv("K", "a\x00b"))
	fmt.Println(os.Unsetenv("NEVER"))
	_, err = os.UserHomeDir()
	fmt.Println(err)
	fmt.Println(os.Getpid() > 1, os.Args[0] != "")
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'))
}

func init() {
	err := os.Setenv("A=B", "x")
	fmt.Printf("%T %v\n", err, err)
}
