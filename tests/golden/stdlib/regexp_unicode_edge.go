// regexp Unicode classes next to the rest of the syntax: \Q..\E, escaped
// backslashes, POSIX classes, ] first in a class, - after a class, flags
// scoped by groups, repetition.
package main

import (
	"fmt"
	"regexp"
)

func main() {
	text := `aB\p{Foo}p{Foo} ΩωÀàǅ-z]1٣x: Ⓐⓐ`
	for _, p := range []string{`\Q\p{Foo}\E`, `\\p{Foo}`, `[[:alpha:]\p{Greek}]+`, `[]\p{Greek}]+`, `(?i)(?P<n>\p{Lu})`, `(?s-i)\p{Ll}+`,
		`[\p{L}-z]+`, `(?i)[\p{Lu}-]+`, `[^]\p{L}]+`, `\p{Greek}{2}`, `(?i)\P{Ll}+`, `(?U)\pL+`, `[\d\p{Nd}]+`, `(?i)[^\P{Lu}]+`, `(?i)\p{So}+`, `[\p{Lu}-\p{Ll}]+`} {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Println(p, err)
			continue
		}
		fmt.Printf("%s %q %d\n", p, re.FindAllString(text, -1), re.NumSubexp())
	}
}
