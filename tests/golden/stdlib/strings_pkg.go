package main

import (
	"fmt"
	"strings"
)

// Common strings functions on a small CSV-like report.

func main() {
	data := "name,dept,salary\nann,eng,120\nbob,ops,95\ncarl,eng,101\n"
	lines := strings.Split(strings.TrimSpace(data), "\n")
	fmt.Println(len(lines), lines[0])
	header := strings.Split(lines[0], ",")
	fmt.Printf("%q\n", header)

	var b strings.Builder
	for i, line := range lines[1:] {
		fields := strings.Split(line, ",")
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(strings.ToUpper(fields[0]))
		b.WriteByte('@')
		b.WriteString(fields[1])
		b.WriteRune('→')
	}
	fmt.Println(b.String(), b.Len())

	fmt.Println(strings.Contains(data, "ops"), strings.Contains(data, "hr"))
	fmt.Println(strings.HasPrefix(data, "name"), strings.HasSuffix(data, "101\n"))
	fmt.Println(strings.Index(data, "eng"), strings.LastIndex(data, "eng"), strings.Index(data, "zzz"))
	fmt.Println(strings.Count(data, "eng"), strings.Count("five", ""))
	fmt.Println(strings.Join([]string{"a", "b", "c"}, "/"), strings.Join(nil, ","))
	fmt.Println(strings.Repeat("=-", 5), strings.Repeat("x", 0) == "")
	fmt.Println(strings.Replace("a-b-c-d", "-", "+", 2), strings.ReplaceAll("a-b-c", "-", ""))
	fmt.Printf("%q\n", strings.Fields("  spaced   out\ttext\n"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.Split("abc", ""))
	fmt.Printf("%q %q\n", strings.TrimSpace("\t x y \n"), strings.Trim("--x--", "-"))
	fmt.Println(strings.TrimPrefix("prefix-body", "prefix-"), strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.ToLower("MiXeD"), strings.ToUpper("straße"), strings.ToUpper("àé"))
	fmt.Println(strings.EqualFold("GoSub", "gOsUB"), strings.IndexByte("golang", 'l'))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.ContainsRune("abc", 'c'))
	fmt.Println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
}
