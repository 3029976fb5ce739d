// env_expand.go - configuration from environment variables: defaults,
// LookupEnv, ExpandEnv templates, os.Expand with a custom mapping,
// Unsetenv, and Environ filtering.
package main

import (
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
)

func getenvInt(key string, def int) (int, error) {
	v, ok := os.LookupEnv(key)
	if !ok {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil {
		return def, fmt.Errorf("%s: %w", key, err)
	}
	return n, nil
}

func main() {
	os.Setenv("APP_HOST", "example.org")
	os.Setenv("APP_PORT", "8443")
	os.Setenv("APP_WORKERS", "eight")
	os.Setenv("APP_EMPTY", "")
	os.Unsetenv("APP_MISSING")

	port, err := getenvInt("APP_PORT", 80)
	fmt.Println(port, err)
	w, err := getenvInt("APP_WORKERS", 4)
	fmt.Println(w, err)
	m, err := getenvInt("APP_MISSING", 1)
	fmt.Println(m, err)
	v, ok := os.LookupEnv("APP_EMPTY")
	fmt.Printf("%q %v %q\n", v, ok, os.Getenv("APP_MISSING"))

	fmt.Println(os.ExpandEnv("https://${APP_HOST}:$APP_PORT/path?x=$APP_MISSING&y=${APP_EMPTY}end $$ $"))
	vars := map[string]string{"name": "world", "n": "3"}
	fmt.Println(os.Expand("hello $name x$n ${name}s ${unknown}! $1 ${}", func(k string) string {
		if v, ok := vars[k]; ok {
			return v
		}
		return "<" + k + ">"
	}))

	var app []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "APP_") {
			app = append(app, kv)
		}
	}
	sort.Strings(app)
	fmt.Println(app)
	fmt.Println(os.Setenv("", "x"), os.Setenv("A=B", "x"))
	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("APP_HOST") == "")
}
