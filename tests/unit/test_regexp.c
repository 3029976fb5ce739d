// test_regexp.c - the RE2 bridge (runtime/re2_bridge.cc): Go's leftmost-
// first and leftmost-longest results, search from a position with the
// text before it as context, group names, and the error codes and
// fragments that pkg_regexp.c turns into Go's error texts; and
// LiteralPrefix's walk of a pattern (regexp_prefix.c).
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/pkg_internal.h"
#include "runtime/re2_bridge.h"

static Re2Prog *compile(const char *pat, int mode) {
    Re2Err err;
    char *arg;
    size_t n;
    Re2Prog *p = re2_compile(pat, strlen(pat), mode, &err, &arg, &n);
    ck_assert_ptr_nonnull(p);
    ck_assert_int_eq(err, RE2E_OK);
    return p;
}

START_TEST(leftmost_first_and_longest) {
    int64_t caps[4];
    Re2Prog *p = compile("a(|b)", RE2_MODE_PERL);
    ck_assert(re2_match(p, "xab", 3, 0, 2, caps));
    ck_assert_int_eq(caps[0], 1);
    ck_assert_int_eq(caps[1], 2);   // the empty alternative wins, as in Go
    re2_free(p);
    p = compile("a(|b)", RE2_MODE_LONGEST);
    ck_assert(re2_match(p, "xab", 3, 0, 2, caps));
    ck_assert_int_eq(caps[1], 3);
    re2_free(p);
}
END_TEST

START_TEST(search_from_pos_keeps_context) {
    int64_t caps[2];
    Re2Prog *p = compile("\\bb", RE2_MODE_PERL);
    ck_assert(!re2_match(p, "ab", 2, 1, 1, caps));   // no word boundary inside "ab"
    ck_assert(re2_match(p, "a b", 3, 1, 1, caps));
    ck_assert_int_eq(caps[0], 2);
    re2_free(p);
    p = compile("^x", RE2_MODE_PERL);
    ck_assert(!re2_match(p, "xx", 2, 1, 0, NULL));
    re2_free(p);
}
END_TEST

START_TEST(groups) {
    int64_t caps[6];
    Re2Prog *p = compile("(?P<first>a)(b)?", RE2_MODE_PERL);
    ck_assert_int_eq(re2_num_groups(p), 2);
    ck_assert_str_eq(re2_group_name(p, 1), "first");
    ck_assert_ptr_null(re2_group_name(p, 2));
    ck_assert(re2_match(p, "a", 1, 0, 3, caps));
    ck_assert_int_eq(caps[4], -1);
    ck_assert_int_eq(caps[5], -1);
    re2_free(p);
}
END_TEST

START_TEST(errors) {
    static const struct { const char *pat; Re2Err code; const char *arg; } cases[] = {
        {"(", RE2E_MISSING_PAREN, "("},
        {"a)", RE2E_UNEXPECTED_PAREN, "a)"},
        {"a**", RE2E_REPEAT_OP, "**"},
        {"[z-a]", RE2E_BAD_CHAR_RANGE, "z-a"},
        {"x{1001}", RE2E_REPEAT_SIZE, "{1001}"},
        {"(?<n>a)", RE2E_BAD_PERL_OP, "(?<"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Re2Err err;
        char *arg;
        size_t n;
        ck_assert_ptr_null(re2_compile(cases[i].pat, strlen(cases[i].pat), RE2_MODE_PERL, &err, &arg, &n));
        ck_assert_int_eq(err, cases[i].code);
        ck_assert_uint_eq(n, strlen(cases[i].arg));
        ck_assert(memcmp(arg, cases[i].arg, n) == 0);
        free(arg);
    }
}
END_TEST

// prefix_is: LiteralPrefix of pat is want (complete as given), as Go 1.19.
static void prefix_is(const char *pat, const char *want, bool complete) {
    StrBuf b = {0};
    bool c = !complete;
    rt_regexp_literal_prefix(NULL, (GoString){(const uint8_t *)pat, (int64_t)strlen(pat)}, &b, &c);
    sb_putc(&b, 0);
    ck_assert_msg(strcmp(b.p, want) == 0 && c == complete, "%s: got %s %d", pat, b.p, c);
    sb_free(&b);
}

START_TEST(literal_prefix) {
    prefix_is("abc", "abc", true);
    prefix_is("abc+", "abc", false);      // x+ emits x once
    prefix_is("abc*", "ab", false);
    prefix_is("ab|ac", "a", false);       // Go factors the common prefix
    prefix_is("(a)(b)", "ab", true);      // captures are skipped
    prefix_is("^abc", "", false);         // not one-pass: Prog.Prefix sees ^
    prefix_is("^abc$", "abc", true);      // one-pass: onePassPrefix
    prefix_is("^(a)$", "", false);        // onePassPrefix stops at a capture
    prefix_is("(?i)123a", "123", false);  // folding stops at a letter
    prefix_is("a{2,}b", "aa", false);
    prefix_is("a{0}bc", "bc", true);
    prefix_is("\\Qa.b\\E+c", "a.b", false);
    prefix_is("[a-a]x", "ax", true);
    prefix_is("\\x{fffd}a", "", false);   // Go stops at U+FFFD
}
END_TEST

Suite *regexp_suite(void);
Suite *regexp_suite(void) {
    Suite *s = suite_create("regexp");
    TCase *tc = tcase_create("re2_bridge");
    tcase_add_test(tc, leftmost_first_and_longest);
    tcase_add_test(tc, search_from_pos_keeps_context);
    tcase_add_test(tc, groups);
    tcase_add_test(tc, errors);
    tcase_add_test(tc, literal_prefix);
    suite_add_tcase(s, tc);
    return s;
}
