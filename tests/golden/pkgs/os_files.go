package main

import (
	"fmt"
	"os"
	"strings"
)

func main() {
	path := "/tmp/gosub_pkgs_files_test.txt"
	err := os.WriteFile(path, []byte("line one\nline two\n"), 0644)
	fmt.Println(err)
	data, err := os.ReadFile(path)
	fmt.Println(len(data), err)
	fmt.Print(strings.ToUpper(string(data)))
	_, err = os.ReadFile("/nonexistent/zzz")
	fmt.Println(err)
	v, ok := os.LookupEnv("GOSUB_SURELY_UNSET_VAR")
	fmt.Printf("%q %v\n", v, ok)
	_, ok = os.LookupEnv("PATH")
	fmt.Println(ok)
	os.Stdout.WriteString("bye\n")
	os.Exit(3)
}
