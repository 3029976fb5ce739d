package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	os.Setenv("GOSUB_TEST_VAR", "hello")
	fmt.Println(os.Getenv("GOSUB_TEST_VAR"))
	v, ok := os.LookupEnv("GOSUB_TEST_VAR")
	fmt.Println(v, ok)
	v, ok = os.LookupEnv("GOSUB_TEST_MISSING")
	fmt.Printf("%q %v\n", v, ok)
	found := false
	for _, e := range os.Environ() {
		if strings.HasPrefix(e, "GOSUB_TEST_VAR=") {
			found = true
		}
	}
	fmt.Println(found)
	fmt.Println(os.ExpandEnv("[$GOSUB_TEST_VAR] [${GOSUB_TEST_VAR}] [$GOSUB_TEST_MISSING] $"))
	fmt.Println(os.Expand("$a-${b}-$$-${}", func(s string) string { return strings.ToUpper(s) + "!" }))
	os.Unsetenv("GOSUB_TEST_VAR")
	_, ok = os.LookupEnv("GOSUB_TEST_VAR")
	fmt.Println(ok)
	fmt.Println(os.Setenv("", "x"))
	h, err := os.Hostname()
	fmt.Println(h != "", err)
	fmt.Println(os.Getpid() > 0)
	wd, err := os.Getwd()
	fmt.Println(wd != "", err)
	fmt.Println(os.Chdir("/"))
	wd, _ = os.Getwd()
	fmt.Println(wd)
	fmt.Println(os.Stdout.Name(), os.Stderr.Name(), os.Stdin.Name())
	fmt.Println(len(os.Args))
	fmt.Fprintln(os.Stderr, "to stderr")
	os.Stdout.WriteString("direct\n")
	defer fmt.Println("deferred: not printed")
	os.Exit(3)
}
