// json_dynamic.go - decode unknown JSON into interface{}, walk it with a
// type switch, edit it, and re-encode (sorted keys, HTML escaping,
// numbers as float64 or json.Number).
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
)

const doc = `{
  "name": "gosub",
  "version": 1.5,
  "stars": 12000,
  "big": 12345678901234567890,
  "tags": ["go", "interpreter", null, true],
  "owner": {"login": "x<y>&z", "id": 7, "site": null},
  "empty": {}, "list": []
}`

func walk(prefix string, v interface{}) {
	switch x := v.(type) {
	case map[string]interface{}:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		if len(keys) == 0 {
			fmt.Printf("%s = {}\n", prefix)
		}
		for _, k := range keys {
			walk(prefix+"."+k, x[k])
		}
	case []interface{}:
		if len(x) == 0 {
			fmt.Printf("%s = []\n", prefix)
		}
		for i, e := range x {
			walk(fmt.Sprintf("%s[%d]", prefix, i), e)
		}
	case string:
		fmt.Printf("%s = %q (string)\n", prefix, x)
	case float64:
		fmt.Printf("%s = %v (float64)\n", prefix, x)
	case json.Number:
		fmt.Printf("%s = %s (Number)\n", prefix, x)
	case bool:
		fmt.Printf("%s = %t (bool)\n", prefix, x)
	case nil:
		fmt.Printf("%s = null\n", prefix)
	default:
		fmt.Printf("%s = %T?\n", prefix, x)
	}
}

func main() {
	var v interface{}
	if err := json.Unmarshal([]byte(doc), &v); err != nil {
		fmt.Println(err)
		return
	}
	walk("$", v)
	m := v.(map[string]interface{})
	m["stars"] = m["stars"].(float64) + 1
	m["tags"] = append(m["tags"].([]interface{}), "new")
	delete(m, "empty")
	out, _ := json.Marshal(m)
	fmt.Println(string(out))

	dec := json.NewDecoder(strings.NewReader(doc))
	dec.UseNumber()
	var n map[string]interface{}
	fmt.Println(dec.Decode(&n))
	walk("n", map[string]interface{}{"big": n["big"], "version": n["version"]})
	i, err := n["big"].(json.Number).Int64()
	fmt.Println(i, err)
	f, err := n["version"].(json.Number).Float64()
	fmt.Println(f, err)

	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]string{"html": "<b>&</b>"})
	json.NewEncoder(&buf).Encode(map[string]string{"html": "<b>&</b>"})
	fmt.Print(buf.String())
	var pretty bytes.Buffer
	fmt.Println(json.Indent(&pretty, []byte(`{"a":[1,2,{"b":null}],"c":"d"}`), "", "  "))
	fmt.Println(pretty.String())
	fmt.Println(json.Valid([]byte(`{"a":}`)), json.Valid([]byte(`[1, 2.5e3, "x"]`)))
	var floats []float64
	fmt.Println(json.Unmarshal([]byte(`[1e400]`), &floats))
	fmt.Println(json.Unmarshal([]byte(`[1, 2`), &floats))
	for _, f := range []float64{0.1, 1e21, 1e-7, 100, 3.0e20, 123456789.125} {
		b, _ := json.Marshal(f)
		fmt.Print(string(b), " ")
	}
	fmt.Println()
}
