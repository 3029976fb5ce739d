// json_pretty prints a nested map[string]interface{} document as indented
// JSON, with sorted keys, using type switches on the dynamic values.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func write(b *strings.Builder, v interface{}, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		b.WriteString("null")
	case bool:
		b.WriteString(strconv.FormatBool(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case float64:
		b.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		b.WriteString(strconv.Quote(x))
	case []interface{}:
		if len(x) == 0 {
			b.WriteString("[]")
			return
		}
		b.WriteString("[\n")
		for i, e := range x {
			b.WriteString(pad + "  ")
			write(b, e, indent+1)
			if i < len(x)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "]")
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		b.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(b, "%s  %q: ", pad, k)
			write(b, x[k], indent+1)
			if i < len(keys)-1 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
		}
		b.WriteString(pad + "}")
	default:
		fmt.Fprintf(b, "\"<unsupported %T>\"", x)
	}
}

func count(v interface{}) (leaves int) {
	switch x := v.(type) {
	case []interface{}:
		for _, e := range x {
			leaves += count(e)
		}
	case map[string]interface{}:
		for _, e := range x {
			leaves += count(e)
		}
	default:
		leaves = 1
	}
	return
}

func main() {
	doc := map[string]interface{}{
		"name":    "gosub",
		"version": 1.5,
		"stable":  false,
		"tags":    []interface{}{"go", "interpreter", "c"},
		"owner":   nil,
		"stats": map[string]interface{}{
			"files": 42,
			"lines": 12345,
			"ratio": 0.25,
			"empty": []interface{}{},
		},
		"matrix": []interface{}{
			[]interface{}{1, 2},
			[]interface{}{3, "four\t\"4\""},
		},
		"weird": struct{ X int }{7},
	}
	var b strings.Builder
	write(&b, doc, 0)
	fmt.Println(b.String())
	fmt.Println("leaves:", count(doc))
	fmt.Println("bytes:", b.Len())
}
