// ini_config.go - parse an INI-style configuration: sections, comments,
// quoted values, typed getters with strconv and line-numbered errors.
package main

import (
	"bufio"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"
)

const conf = `; global settings
name = demo service
debug = true

[server]
host = 0.0.0.0
port = 8080
timeout = 2m30s
# a comment
motd = "Hello, \"world\"\tand tabs"

[limits]
max_conns = 1e3
ratio = 0.75
burst = -12
bad line without equals
[broken
`

type Config map[string]map[string]string

func parse(src string) (Config, []error) {
	cfg := Config{"": {}}
	section := ""
	var errs []error
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, ";") || strings.HasPrefix(line, "#"):
		case strings.HasPrefix(line, "["):
			if !strings.HasSuffix(line, "]") {
				errs = append(errs, fmt.Errorf("line %d: unterminated section %q", n, line))
				continue
			}
			section = strings.TrimSpace(line[1 : len(line)-1])
			cfg[section] = map[string]string{}
		default:
			k, v, ok := strings.Cut(line, "=")
			if !ok {
				errs = append(errs, fmt.Errorf("line %d: expected key = value, got %q", n, line))
				continue
			}
			v = strings.TrimSpace(v)
			if strings.HasPrefix(v, `"`) {
				u, err := strconv.Unquote(v)
				if err != nil {
					errs = append(errs, fmt.Errorf("line %d: %w", n, err))
					continue
				}
				v = u
			}
			cfg[section][strings.TrimSpace(k)] = v
		}
	}
	return cfg, errs
}

func main() {
	cfg, errs := parse(conf)
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	var sections []string
	for s := range cfg {
		sections = append(sections, s)
	}
	sort.Strings(sections)
	for _, s := range sections {
		keys := make([]string, 0, len(cfg[s]))
		for k := range cfg[s] {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		fmt.Printf("[%s]\n", s)
		for _, k := range keys {
			fmt.Printf("  %s=%q\n", k, cfg[s][k])
		}
	}
	port, err := strconv.Atoi(cfg["server"]["port"])
	fmt.Println(port, err)
	d, err := time.ParseDuration(cfg["server"]["timeout"])
	fmt.Println(d, d.Seconds(), err)
	_, err = strconv.Atoi(cfg["limits"]["max_conns"])
	fmt.Println(err)
	f, err := strconv.ParseFloat(cfg["limits"]["max_conns"], 64)
	fmt.Println(f, err)
	u, err := strconv.ParseUint(cfg["limits"]["burst"], 10, 32)
	fmt.Println(u, err)
	i8, err := strconv.ParseInt("300", 10, 8)
	fmt.Println(i8, err)
	b, err := strconv.ParseBool(cfg[""]["debug"])
	fmt.Println(b, err)
	fmt.Println(cfg["server"]["motd"])
}
