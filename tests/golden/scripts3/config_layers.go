// config_layers.go - a config loader with three layers: defaults, a
// key=value file (path from a flag), environment variables (APP_*), then
// command-line flags, which win only when set (flag.Visit). Errors name the
// file and line; unknown keys and bad values are reported.
package main

import (
	"bufio"
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Config struct {
	Name    string
	Port    int
	Debug   bool
	Timeout time.Duration
	Tags    []string
}

var errUnknown = errors.New("unknown key")

func (c *Config) set(key, val string) error {
	switch strings.ToLower(key) {
	case "name":
		c.Name = val
	case "port":
		p, err := strconv.Atoi(val)
		if err != nil {
			return fmt.Errorf("port: %w", err)
		}
		c.Port = p
	case "debug":
		b, err := strconv.ParseBool(val)
		if err != nil {
			return fmt.Errorf("debug: %w", err)
		}
		c.Debug = b
	case "timeout":
		d, err := time.ParseDuration(val)
		if err != nil {
			return fmt.Errorf("timeout: %w", err)
		}
		c.Timeout = d
	case "tags":
		c.Tags = strings.Split(val, ",")
	default:
		return fmt.Errorf("%w %q", errUnknown, key)
	}
	return nil
}

func loadFile(c *Config, path string) []error {
	f, err := os.Open(path)
	if err != nil {
		return []error{err}
	}
	defer f.Close()
	var errs []error
	sc := bufio.NewScanner(f)
	for ln := 1; sc.Scan(); ln++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || line[0] == '#' || line[0] == ';' {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			errs = append(errs, fmt.Errorf("%s:%d: missing '='", filepath.Base(path), ln))
			continue
		}
		if err := c.set(strings.TrimSpace(k), strings.TrimSpace(v)); err != nil {
			errs = append(errs, fmt.Errorf("%s:%d: %w", filepath.Base(path), ln, err))
		}
	}
	return errs
}

func loadEnv(c *Config) []error {
	var keys []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "APP_") {
			keys = append(keys, kv)
		}
	}
	sort.Strings(keys)
	var errs []error
	for _, kv := range keys {
		k, v, _ := strings.Cut(strings.TrimPrefix(kv, "APP_"), "=")
		if err := c.set(k, v); err != nil {
			errs = append(errs, fmt.Errorf("env APP_%s: %w", k, err))
		}
	}
	return errs
}

func run(args []string, file string) {
	c := &Config{Name: "default", Port: 80, Timeout: time.Second}
	fs := flag.NewFlagSet("app", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	cfgPath := fs.String("config", file, "config file")
	port := fs.Int("port", 0, "port")
	debug := fs.Bool("debug", false, "debug")
	if err := fs.Parse(args); err != nil {
		fmt.Println("flags:", err)
		return
	}
	var errs []error
	errs = append(errs, loadFile(c, *cfgPath)...)
	errs = append(errs, loadEnv(c)...)
	fs.Visit(func(f *flag.Flag) {
		switch f.Name {
		case "port":
			c.Port = *port
		case "debug":
			c.Debug = *debug
		}
	})
	fmt.Printf("%+v\n", *c)
	for _, e := range errs {
		var ne *strconv.NumError
		fmt.Printf("  error: %v (unknown=%v num=%v notexist=%v)\n", e.Error(),
			errors.Is(e, errUnknown), errors.As(e, &ne), errors.Is(e, os.ErrNotExist))
	}
}

func main() {
	dir, _ := os.MkdirTemp("", "cfg")
	defer os.RemoveAll(dir)
	os.Chdir(dir)
	file := "app.conf"
	os.WriteFile(file, []byte("# app config\nname = svc\nport=8080\n\ntimeout=2m\ncolor=blue\nbroken line\ndebug=maybe\ntags=a,b,c\n"), 0o644)
	run(nil, file)
	os.Setenv("APP_PORT", "9090")
	os.Setenv("APP_TIMEOUT", "soon")
	run([]string{"-debug"}, file)
	run([]string{"-port", "7", "-debug=false"}, file)
	run([]string{"-config", "missing.conf"}, file)
	run([]string{"-port", "x"}, file)
}
