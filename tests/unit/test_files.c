// test_files.c - the C logic of the file packages (issue 12 part A) that
// is worth testing alone: path.Clean's lexical rules, path.Match's
// patterns and bad-pattern errors (cases from Go's path tests), and
// fs.FileMode's String.
#include <check.h>
#include <string.h>

#include "runtime/pkg_internal.h"

static GoString gs(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

static void clean_is(const char *in, const char *want) {
    StrBuf b = {0};
    rt_path_clean(&b, gs(in));
    sb_putc(&b, 0);
    ck_assert_str_eq(b.p, want);
    sb_free(&b);
}

START_TEST(path_clean) {
    clean_is("", ".");
    clean_is("abc", "abc");
    clean_is("abc/def/", "abc/def");
    clean_is("a/b/c/..", "a/b");
    clean_is("/../..", "/");
    clean_is("../../abc", "../../abc");
    clean_is("abc/../../..", "../..");
    clean_is("//abc//def//", "/abc/def");
    clean_is("abc/./def/.", "abc/def");
    clean_is("abc/def/../../..", "..");
    clean_is("/abc/def/../../..", "/");
    clean_is("a/../b/./c/../d", "b/d");
}
END_TEST

START_TEST(path_match) {
    ck_assert_int_eq(rt_path_match(gs("abc"), gs("abc")), 1);
    ck_assert_int_eq(rt_path_match(gs("*"), gs("abc")), 1);
    ck_assert_int_eq(rt_path_match(gs("*c"), gs("abc")), 1);
    ck_assert_int_eq(rt_path_match(gs("a*/b"), gs("a/c/b")), 0);
    ck_assert_int_eq(rt_path_match(gs("a*b*c*d*e*/f"), gs("axbxcxdxe/f")), 1);
    ck_assert_int_eq(rt_path_match(gs("a*b?c*x"), gs("abxbbxdbxebxczzx")), 1);
    ck_assert_int_eq(rt_path_match(gs("ab[c]"), gs("abc")), 1);
    ck_assert_int_eq(rt_path_match(gs("ab[^b-d]"), gs("abc")), 0);
    ck_assert_int_eq(rt_path_match(gs("a\\*b"), gs("a*b")), 1);
    ck_assert_int_eq(rt_path_match(gs("a?b"), gs("a☺b")), 1);
    ck_assert_int_eq(rt_path_match(gs("[\\-]"), gs("-")), 1);
    ck_assert_int_eq(rt_path_match(gs("["), gs("a")), -1);
    ck_assert_int_eq(rt_path_match(gs("[^"), gs("a")), -1);
    ck_assert_int_eq(rt_path_match(gs("a["), gs("ab")), -1);
    ck_assert_int_eq(rt_path_match(gs("*x"), gs("xxx")), 1);
    ck_assert_int_eq(rt_path_match(gs("[]a]"), gs("]")), -1);
}
END_TEST

static void mode_is(uint32_t m, const char *want) {
    StrBuf b = {0};
    rt_file_mode_string(&b, m);
    sb_putc(&b, 0);
    ck_assert_str_eq(b.p, want);
    sb_free(&b);
}

START_TEST(file_mode_string) {
    mode_is(0, "----------");
    mode_is(0755, "-rwxr-xr-x");
    mode_is(0644 | (1u << 31), "drw-r--r--");
    mode_is(0777 | (1u << 27), "Lrwxrwxrwx");
    mode_is((1u << 26) | (1u << 21) | 0620, "Dcrw--w----");
    mode_is((1u << 31) | (1u << 20) | 0777, "dtrwxrwxrwx");
}
END_TEST

Suite *files_suite(void);
Suite *files_suite(void) {
    Suite *s = suite_create("files");
    TCase *tc = tcase_create("files");
    tcase_add_test(tc, path_clean);
    tcase_add_test(tc, path_match);
    tcase_add_test(tc, file_mode_string);
    suite_add_tcase(s, tc);
    return s;
}
