// config_parser reads an INI-like configuration with sections, typed
// getters built on strconv, and reports strconv's *NumError details.
package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const configText = `
# server settings
[server]
host = example.org
port = 8080
debug = true
timeout = 2.5

[limits]
max_conns = 99999999999999999999
ratio = 0.75x
retries = -3
workers = 0x10
enabled = maybe

[empty]
broken line without equals
`

type Config struct {
	values map[string]string
	errs   []string
}

func Parse(text string) *Config {
	c := &Config{values: map[string]string{}}
	section := ""
	for n, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case strings.HasPrefix(line, "[") && strings.HasSuffix(line, "]"):
			section = line[1 : len(line)-1]
			continue
		}
		eq := strings.Index(line, "=")
		if eq < 0 {
			c.errs = append(c.errs, fmt.Sprintf("line %d: missing '=' in %q", n, line))
			continue
		}
		key := section + "." + strings.TrimSpace(line[:eq])
		c.values[key] = strings.TrimSpace(line[eq+1:])
	}
	return c
}

func (c *Config) Int(key string) (int, error) {
	v, ok := c.values[key]
	if !ok {
		return 0, fmt.Errorf("%s: not set", key)
	}
	n, err := strconv.ParseInt(v, 0, 32)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", key, err)
	}
	return int(n), nil
}

func (c *Config) Float(key string) (float64, error) {
	f, err := strconv.ParseFloat(c.values[key], 64)
	if err != nil {
		return 0, fmt.Errorf("%s: %w", key, err)
	}
	return f, nil
}

func (c *Config) Bool(key string) (bool, error) {
	b, err := strconv.ParseBool(c.values[key])
	if err != nil {
		return false, fmt.Errorf("%s: %w", key, err)
	}
	return b, nil
}

func report(key string, v interface{}, err error) {
	if err == nil {
		fmt.Printf("%-17s = %v (%T)\n", key, v, v)
		return
	}
	fmt.Printf("%-17s ! %v\n", key, err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("%-17s   func=%s num=%q range=%t syntax=%t\n", "", ne.Func, ne.Num,
			errors.Is(err, strconv.ErrRange), errors.Is(ne, strconv.ErrSyntax))
	}
}

func main() {
	c := Parse(configText)
	keys := make([]string, 0, len(c.values))
	for k := range c.values {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println("keys:", strings.Join(keys, " "))
	for _, e := range c.errs {
		fmt.Println("parse:", e)
	}
	for _, k := range []string{"server.port", "limits.max_conns", "limits.retries", "limits.workers", "server.host", "limits.missing"} {
		v, err := c.Int(k)
		report(k, v, err)
	}
	for _, k := range []string{"server.timeout", "limits.ratio"} {
		v, err := c.Float(k)
		report(k, v, err)
	}
	for _, k := range []string{"server.debug", "limits.enabled"} {
		v, err := c.Bool(k)
		report(k, v, err)
	}
	_, err := strconv.Atoi("")
	fmt.Println(err)
	_, err = strconv.ParseUint("-1", 10, 64)
	fmt.Println(err)
}
