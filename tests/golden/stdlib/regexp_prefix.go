package main

import (
	"fmt"
	"regexp"
)

func main() {
	for _, p := range []string{"", "abc", "abc+", "abc*", "abc?", "ab|ac", "ab|cd", "(abc)d", "(?:abc)d", "^abc", "^abc$", "abc$", "a.c", "a[b]c", "a[bc]d", "(?i)abc", "(?i)123a", "a(?i)bc", `a\.b`, `\Aabc`, `\Aabc\z`, "a{2}b", "a{2,}b", "(a)(b)", "a(b|c)", "日本語x", "ab(?:cd)*", "x\\d", "a\\b", "(?m)^ab", "abc|abd|abe", "a|b", "\\x{fffd}a", "^\\x{fffd}a$", "^a(b|c)$", "^ab(?:c|d)e$", "^(a)$", "[a]", "a+b", "(ab)+", "(?s).", "ab\\Bc", "^abc|^abd", "(?U)ab*", "a{0}bc", "ab{1}c", "ab{1,1}c", "(?i)A", "aa|ab|ba"} {
		re := regexp.MustCompile(p)
		s, c := re.LiteralPrefix()
		fmt.Printf("%-16q %q %v\n", p, s, c)
	}
	for _, p := range []string{"\\Qa.b\\E+c", "a\\x41\\x{42}", "[\\.]x", "(?i:a)b", "(?i)a(?-i)b", "ab(?i)", "a{,2}", "a{2", "(?P<n>ab)c", "^(?:ab)$", "^a{2}$", "^ab\\z", "^ab$|^cd$", "x*", "(a|b)c", "\\Q\\E", "a\\0b", "a\\tb", "日*", "^日本$", "a()b", "(?:)", "ab|", "(?i)Σ", "[^a]", "[]]", "[a-a]", "a\\pLb", "(?s)a.b", "(?m)ab$", "abc(?:d|e)f", "a{1,3}", "(?:ab){2}c", "(ab){0}c", "(?:ab)+?c", "\\141", "\\.\\*\\+", "ab\\z", "abc\\E"} {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Println(p, err)
			continue
		}
		s, c := re.LiteralPrefix()
		fmt.Printf("%-16q %q %v\n", p, s, c)
	}
	var z regexp.Regexp
	fmt.Println(z.LiteralPrefix())
}
