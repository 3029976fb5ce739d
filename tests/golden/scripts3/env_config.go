// env_config.go - environment handling: Setenv/Unsetenv/Getenv/LookupEnv,
// Environ containing what we set, ExpandEnv/Expand with ${} and $x, Clearenv
// scoped to a child via exec Env, Getpid/Getppid/Hostname normalised,
// Executable and Args[0], Getuid.
package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("CFG_NAME", "demo")
	os.Setenv("CFG_EMPTY", "")
	fmt.Printf("%q %q %q\n", os.Getenv("CFG_NAME"), os.Getenv("CFG_EMPTY"), os.Getenv("CFG_MISSING"))
	v, ok := os.LookupEnv("CFG_EMPTY")
	fmt.Printf("%q %v\n", v, ok)
	found := 0
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "CFG_") {
			found++
		}
	}
	fmt.Println("found", found)
	fmt.Println(os.Unsetenv("CFG_EMPTY"))
	_, ok = os.LookupEnv("CFG_EMPTY")
	fmt.Println(ok)
	fmt.Println(os.Setenv("", "x"))
	fmt.Println(os.Setenv("A=B", "x"))
	fmt.Println(os.ExpandEnv("name=$CFG_NAME, braces=${CFG_NAME}x, missing=[$CFG_MISSING], dollar=$$, end=$"))
	fmt.Println(os.Expand("$a-${b}-$c-${}-$1-${!}", func(k string) string { return "<" + k + ">" }))
	host, err := os.Hostname()
	fmt.Println(host != "", err)
	fmt.Println(os.Getpid() > 0, os.Getppid() > 0, os.Getuid() >= 0, os.Geteuid() >= 0, os.Getgid() >= 0)
	fmt.Println(len(os.Args) >= 1)
	exe, err := os.Executable()
	fmt.Println(exe != "", err)
	fmt.Println(os.PathSeparator == '/', os.PathListSeparator == ':', os.DevNull)
	home, err := os.UserHomeDir()
	fmt.Println(home != "", err)
	_, err = os.UserCacheDir()
	fmt.Println(err == nil)
	fmt.Println(os.TempDir() != "")
	pg := os.Getpagesize()
	fmt.Println(pg >= 4096)
}
