// test_json.c - encoding/json's C parts that need no runtime: Go's
// scanner (validity, SyntaxError texts and offsets), floatEncoder's
// number format, string escaping, Indent and compact, typeless helpers.
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/json_internal.h"

static char *fmt_float(double f, int bits) {
    StrBuf b = {0};
    if (!json_format_float(&b, f, bits)) return strdup("!");
    sb_putc(&b, 0);
    return b.p;
}

START_TEST(float_format) {
    static const struct { double f; int bits; const char *want; } cases[] = {
        {0, 64, "0"}, {1, 64, "1"}, {-1.5, 64, "-1.5"}, {0.1, 64, "0.1"}, {1e20, 64, "100000000000000000000"},
        {1e21, 64, "1e+21"}, {1e-6, 64, "0.000001"}, {1e-7, 64, "1e-7"}, {3.14159e-10, 64, "3.14159e-10"},
        {1.7976931348623157e308, 64, "1.7976931348623157e+308"}, {5e-324, 64, "5e-324"},
        {(float)0.1, 32, "0.1"}, {(float)1e21, 32, "1e+21"}, {123456789.123, 64, "123456789.123"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char *got = fmt_float(cases[i].f, cases[i].bits);
        ck_assert_str_eq(got, cases[i].want);
        free(got);
    }
    char *nan = fmt_float(0.0 / 0.0, 64);
    ck_assert_str_eq(nan, "!");
    free(nan);
}
END_TEST

START_TEST(string_escaping) {
    StrBuf b = {0};
    const char *s = "a<b>&\"\\\n\t\x01\xff\xe2\x80\xa8z";
    json_write_string(&b, (const uint8_t *)s, strlen(s), true);
    sb_putc(&b, 0);
    ck_assert_str_eq(b.p, "\"a\\u003cb\\u003e\\u0026\\\"\\\\\\n\\t\\u0001\\ufffd\\u2028z\"");
    b.len = 0;
    json_write_string(&b, (const uint8_t *)"<&>", 3, false);
    sb_putc(&b, 0);
    ck_assert_str_eq(b.p, "\"<&>\"");
    sb_free(&b);
}
END_TEST

static void check_syntax(const char *in, const char *want, int64_t offset) {
    JsonScanner s = {0};
    bool ok = json_check_valid(&s, (const uint8_t *)in, strlen(in));
    if (!want) {
        ck_assert_msg(ok, "%s should be valid", in);
    } else {
        ck_assert_msg(!ok, "%s should be invalid", in);
        ck_assert_str_eq(s.err, want);
        ck_assert_int_eq(s.bytes, offset);
    }
    json_scan_free(&s);
}

START_TEST(scanner_errors) {
    check_syntax("{\"a\": [1, 2.5e-3, true, null, \"x\\u00e9\"]}", NULL, 0);
    check_syntax("", "unexpected end of JSON input", 0);
    check_syntax("{\"a\":}", "invalid character '}' looking for beginning of value", 6);
    check_syntax("[1 2]", "invalid character '2' after array element", 4);
    check_syntax("tru ", "invalid character ' ' in literal true (expecting 'e')", 4);
    check_syntax("{'a':1}", "invalid character '\\'' looking for beginning of object key string", 2);
    check_syntax("01", "invalid character '1' after top-level value", 2);
    check_syntax("\"\x01\"", "invalid character '\\x01' in string literal", 2);
    check_syntax("\"\\u12x\"", "invalid character 'x' in \\u hexadecimal character escape", 6);
}
END_TEST

START_TEST(indent_and_compact) {
    const char *in = " {\"a\" : [1, {}, []], \"b\":\"<x>\"} ";
    StrBuf out = {0};
    GoString prefix = {(const uint8_t *)">", 1}, indent = {(const uint8_t *)"  ", 2};
    JsonScanner s = {0};
    ck_assert(json_indent(&s, &out, (const uint8_t *)in, strlen(in), prefix, indent));
    sb_putc(&out, 0);
    ck_assert_str_eq(out.p, "{\n>  \"a\": [\n>    1,\n>    {},\n>    []\n>  ],\n>  \"b\": \"<x>\"\n>} ");
    out.len = 0;
    json_scan_free(&s);
    // invalid input: nothing appended, Go's error text and offset
    JsonScanner bad = {0};
    ck_assert(!json_indent(&bad, &out, (const uint8_t *)"[1,]", 4, prefix, indent));
    ck_assert_uint_eq(out.len, 0);
    ck_assert_str_eq(bad.err, "invalid character ']' looking for beginning of value");
    ck_assert_int_eq(bad.bytes, 4);
    json_scan_free(&bad);
    ck_assert(json_compact(&s, &out, (const uint8_t *)in, strlen(in), true));
    sb_putc(&out, 0);
    ck_assert_str_eq(out.p, "{\"a\":[1,{},[]],\"b\":\"\\u003cx\\u003e\"}");
    out.len = 0;
    ck_assert(!json_compact(&s, &out, (const uint8_t *)"[1,", 3, false));
    ck_assert_uint_eq(out.len, 0);
    json_scan_free(&s);
    sb_free(&out);
}
END_TEST

Suite *json_suite(void);
Suite *json_suite(void) {
    Suite *s = suite_create("json");
    TCase *tc = tcase_create("encoding");
    tcase_add_test(tc, float_format);
    tcase_add_test(tc, string_escaping);
    tcase_add_test(tc, scanner_errors);
    tcase_add_test(tc, indent_and_compact);
    suite_add_tcase(s, tc);
    return s;
}
