// template_render fills "{{name}}" placeholders with strings.NewReplacer,
// HTML-escapes values, and renders a mail-merge over embedded records.
package main

import (
	"fmt"
	"sort"
	"strings"
)

var htmlEscaper = strings.NewReplacer(
	"&", "&amp;",
	"<", "&lt;",
	">", "&gt;",
	`"`, "&#34;",
	"'", "&#39;",
)

func render(tmpl string, vars map[string]string, escape bool) (string, []string) {
	keys := make([]string, 0, len(vars))
	for k := range vars {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var pairs []string
	for _, k := range keys {
		v := vars[k]
		if escape {
			v = htmlEscaper.Replace(v)
		}
		pairs = append(pairs, "{{"+k+"}}", v)
	}
	out := strings.NewReplacer(pairs...).Replace(tmpl)
	var missing []string
	rest := out
	for {
		i := strings.Index(rest, "{{")
		if i < 0 {
			break
		}
		j := strings.Index(rest[i:], "}}")
		if j < 0 {
			break
		}
		missing = append(missing, rest[i+2:i+j])
		rest = rest[i+j+2:]
	}
	return out, missing
}

const letter = `<p>Dear {{name}},</p>
<p>your order #{{order}} of {{item}} ships on {{date}}.</p>
<p>{{footer}}</p>`

const records = `name=Ann Lee|order=1001|item=3 × "Widget <XL>"|date=Mon 3 June
name=Bob & Co|order=1002|item=tea|date=
name=O'Hara|order=1003`

func main() {
	for _, rec := range strings.Split(records, "\n") {
		vars := map[string]string{}
		for _, kv := range strings.Split(rec, "|") {
			if k, v, ok := strings.Cut(kv, "="); ok {
				vars[k] = v
			}
		}
		vars["footer"] = "Thanks — The Shop"
		out, missing := render(letter, vars, true)
		fmt.Println(out)
		if len(missing) > 0 {
			fmt.Println("!! missing:", strings.Join(missing, ", "))
		}
		fmt.Println("----")
	}

	r := strings.NewReplacer("a", "1", "aa", "2", "aaa", "3")
	fmt.Println(r.Replace("aaaa"), r.Replace("banana"))
	swap := strings.NewReplacer("cat", "dog", "dog", "cat")
	fmt.Println(swap.Replace("the cat chased the dog"))
	collapse := strings.NewReplacer("\t", " ", "\n", "\\n", "  ", " ")
	fmt.Printf("%q\n", collapse.Replace("a\tb\n c  d"))
	plain, _ := render("{{x}}+{{x}}={{y}} {{z", map[string]string{"x": "<1>", "y": "2"}, false)
	fmt.Println(plain)
	fmt.Println(strings.NewReplacer("", "-").Replace("abc"))
}
