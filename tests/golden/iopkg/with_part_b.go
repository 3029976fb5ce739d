package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

type Rec struct {
	Name string `json:"name"`
	N    int    `json:"n,omitempty"`
}

func main() {
	dir, _ := os.MkdirTemp("", "cross")
	defer os.RemoveAll(dir)
	p := filepath.Join(dir, "data.json")
	f, _ := os.Create(p)
	enc := json.NewEncoder(f)
	enc.Encode(Rec{"a", 1})
	enc.Encode(Rec{"b", 0})
	f.Close()
	f, _ = os.Open(p)
	dec := json.NewDecoder(bufio.NewReader(f))
	for dec.More() {
		var r Rec
		if err := dec.Decode(&r); err != nil {
			fmt.Println(err)
			break
		}
		fmt.Println(r)
	}
	f.Close()
	var buf bytes.Buffer
	json.NewEncoder(&buf).Encode(map[string]int{"z": 1, "a": 2})
	fmt.Print(buf.String())
	t := time.Date(2020, 5, 17, 10, 30, 0, 0, time.UTC)
	os.Chtimes(p, t, t)
	fi, _ := os.Stat(p)
	fmt.Println(fi.ModTime().UTC().Format(time.RFC3339), fi.ModTime().Equal(t))
	fs := flag.NewFlagSet("x", flag.ContinueOnError)
	d := fs.Duration("d", time.Second, "dur")
	fmt.Println(fs.Parse([]string{"-d", "1h2m3.5s"}), *d)
	fs.SetOutput(os.Stdout)
	fmt.Println(fs.Parse([]string{"-d", "forever"}))
	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	sc := bufio.NewScanner(strings.NewReader("bob@example.com\nnothing\nann@test.com"))
	for sc.Scan() {
		fmt.Println(re.FindStringSubmatch(sc.Text()))
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), info.ModTime().Year())
	}
}
