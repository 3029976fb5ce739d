// regexp_named.go - parse access-log lines with named groups, aggregate
// them, and rewrite with ${name} templates.
package main

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

const logs = `127.0.0.1 - - [10/Oct/2023:13:55:36 +0000] "GET /index.html HTTP/1.1" 200 2326
10.0.0.5 - bob [10/Oct/2023:13:55:40 +0000] "POST /api/login HTTP/1.1" 401 45
10.0.0.5 - bob [10/Oct/2023:13:56:01 +0000] "POST /api/login HTTP/1.1" 200 512
192.168.1.9 - - [10/Oct/2023:13:57:12 +0000] "GET /img/logo.png HTTP/2.0" 304 0
garbage line here
10.0.0.7 - - [10/Oct/2023:13:58:00 +0000] "DELETE /api/items/42 HTTP/1.1" 500 17`

var lineRE = regexp.MustCompile(`^(?P<ip>\d+(?:\.\d+){3}) \S+ (?P<user>\S+) \[(?P<when>[^\]]+)\] "(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)" (?P<status>\d{3}) (?P<size>\d+)$`)

func main() {
	names := lineRE.SubexpNames()
	fmt.Println(len(names)-1, "groups:", strings.Join(names[1:], ","))
	fmt.Println("status index:", lineRE.SubexpIndex("status"), "nope:", lineRE.SubexpIndex("nope"))
	byStatus := map[string]int{}
	bytes := 0
	for i, line := range strings.Split(logs, "\n") {
		m := lineRE.FindStringSubmatch(line)
		if m == nil {
			fmt.Printf("line %d: no match: %q\n", i+1, line)
			continue
		}
		rec := map[string]string{}
		for j, n := range names {
			if n != "" {
				rec[n] = m[j]
			}
		}
		byStatus[rec["status"][:1]+"xx"]++
		n, _ := strconv.Atoi(rec["size"])
		bytes += n
		fmt.Printf("%-12s %-6s %-18s %s user=%s\n", rec["ip"], rec["method"], rec["path"], rec["status"], rec["user"])
	}
	var keys []string
	for k := range byStatus {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, byStatus[k])
	}
	fmt.Println("bytes:", bytes)

	dates := regexp.MustCompile(`(?P<d>\d{2})/(?P<mon>[A-Za-z]{3})/(?P<y>\d{4})`)
	fmt.Println(dates.ReplaceAllString("on 10/Oct/2023 and 01/Jan/2024", "${y}-${mon}-${d}"))
	fmt.Println(dates.ReplaceAllString("10/Oct/2023", "$y_$d"), dates.ReplaceAllLiteralString("10/Oct/2023", "$y"))
	var out []byte
	for _, sm := range dates.FindAllStringSubmatchIndex("x 10/Oct/2023 y 11/Nov/2022", -1) {
		out = dates.ExpandString(out, "[$mon $y]", "x 10/Oct/2023 y 11/Nov/2022", sm)
	}
	fmt.Println(string(out))
	ids := regexp.MustCompile(`/api/items/(\d+)`)
	fmt.Println(ids.FindAllStringSubmatch(logs, -1), ids.NumSubexp())
	fmt.Println(regexp.MustCompile(`\s+`).Split(" a  b\tc\n", -1))
	fmt.Printf("%q\n", regexp.MustCompile(`a*`).FindAllString("baaab", -1))
	_, err := regexp.Compile(`(?P<x>a)(?P<x>b`)
	fmt.Println(err)
	_, err = regexp.Compile(`a{2,1}`)
	fmt.Println(err)
	fmt.Println(regexp.QuoteMeta("1+1=2? [yes]"))
}
