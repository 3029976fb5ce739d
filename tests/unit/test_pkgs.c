// test_pkgs.c - the C logic of the built-in packages that is worth testing
// alone: time.Duration's String, the stability and tie order of the sort
// algorithms (Go 1.19's pdqsort / SymMerge), and strings.Replacer's
// first-listed-wins matching.
#include <check.h>
#include <string.h>

#include "runtime/pkg_internal.h"

static const char *dur(int64_t d, char *buf) {
    size_t n = rt_duration_string(d, buf);
    buf[n] = 0;
    return buf;
}

START_TEST(duration_string) {
    char b[33];
    ck_assert_str_eq(dur(0, b), "0s");
    ck_assert_str_eq(dur(1, b), "1ns");
    ck_assert_str_eq(dur(1500, b), "1.5µs");
    ck_assert_str_eq(dur(150000000, b), "150ms");
    ck_assert_str_eq(dur(1500000000, b), "1.5s");
    ck_assert_str_eq(dur(120000000000, b), "2m0s");
    ck_assert_str_eq(dur(3723500000000, b), "1h2m3.5s");
    ck_assert_str_eq(dur(-5000000000, b), "-5s");
    ck_assert_str_eq(dur(INT64_MIN, b), "-2562047h47m16.854775808s");
}
END_TEST

// Records: sort by key only; id shows where equal keys went.
typedef struct Rec { int key, id; } Rec;
typedef struct Recs { Rec *v; int less_calls; } Recs;

static bool rec_less(void *ctx, int64_t i, int64_t j) {
    Recs *r = ctx;
    r->less_calls++;
    return r->v[i].key < r->v[j].key;
}

static void rec_swap(void *ctx, int64_t i, int64_t j) {
    Recs *r = ctx;
    Rec t = r->v[i];
    r->v[i] = r->v[j];
    r->v[j] = t;
}

START_TEST(stable_keeps_order) {
    enum { N = 500 };
    Rec v[N];
    for (int i = 0; i < N; i++)
        v[i] = (Rec){(i * 37) % 7, i};
    Recs r = {v, 0};
    RtLessSwap ls = {rec_less, rec_swap, &r};
    rt_stable_sort(&ls, N);
    for (int i = 1; i < N; i++) {
        ck_assert_int_le(v[i - 1].key, v[i].key);
        if (v[i - 1].key == v[i].key)
            ck_assert_int_lt(v[i - 1].id, v[i].id);
    }
    ck_assert(rt_is_sorted(&ls, N));
}
END_TEST

START_TEST(pdqsort_matches_go) {
    // Go 1.19: sort.Slice of keys (i*7)%5 over 26 elements puts the ids of
    // key 0 in this order (recorded with go run).
    enum { N = 26 };
    Rec v[N];
    for (int i = 0; i < N; i++)
        v[i] = (Rec){(i * 7) % 5, i};
    Recs r = {v, 0};
    RtLessSwap ls = {rec_less, rec_swap, &r};
    rt_sort(&ls, N);
    static const int want0[] = {25, 20, 5, 0, 15, 10};
    for (int i = 0; i < 6; i++)
        ck_assert_int_eq(v[i].id, want0[i]);
    ck_assert_int_eq(rt_bits_len(26), 5);
    ck_assert_int_eq(rt_bits_len(0), 0);
}
END_TEST

START_TEST(pdqsort_large) {
    enum { N = 5000 };
    static Rec v[N];
    for (int i = 0; i < N; i++)
        v[i] = (Rec){(int)((i * 7919u) % 1009u), i};
    Recs r = {v, 0};
    RtLessSwap ls = {rec_less, rec_swap, &r};
    rt_sort(&ls, N);
    ck_assert(rt_is_sorted(&ls, N));
    // descending input takes the reverse fast path
    for (int i = 0; i < N; i++)
        v[i] = (Rec){N - i, i};
    rt_sort(&ls, N);
    ck_assert(rt_is_sorted(&ls, N));
}
END_TEST

static GoString gstr(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

static bool replaced(const char *const *pairs, int n, const char *in, const char *want) {
    RtConfig cfg = {.gogc = -1};
    Runtime *rt = rt_new(&cfg, NULL);
    ck_assert_ptr_nonnull(rt);
    GoString p[8];
    for (int i = 0; i < n; i++)
        p[i] = gstr(pairs[i]);
    GoString out = rt_replace_all_pairs(rt, p, n, gstr(in));
    bool ok = out.len == (int64_t)strlen(want) && memcmp(out.ptr, want, strlen(want)) == 0;
    rt_free(rt);
    return ok;
}

START_TEST(replacer_semantics) {
    static const char *const html[] = {"<", "&lt;", ">", "&gt;", "&", "&amp;"};
    ck_assert(replaced(html, 6, "a < b && c > d", "a &lt; b &amp;&amp; c &gt; d"));
    ck_assert(replaced(html, 6, "plain", "plain"));
    static const char *const first_wins[] = {"a", "1", "aa", "2", "aaa", "3"};
    ck_assert(replaced(first_wins, 6, "aaaa", "1111"));
    static const char *const longest_first[] = {"aaa", "3", "aa", "2", "a", "1"};
    ck_assert(replaced(longest_first, 6, "aaaa", "31"));
    static const char *const empty[] = {"", "-"};
    ck_assert(replaced(empty, 2, "abc", "-a-b-c-"));
}
END_TEST

Suite *pkgs_suite(void);
Suite *pkgs_suite(void) {
    Suite *s = suite_create("pkgs");
    TCase *tc = tcase_create("core");
    tcase_add_test(tc, duration_string);
    tcase_add_test(tc, stable_keeps_order);
    tcase_add_test(tc, pdqsort_matches_go);
    tcase_add_test(tc, pdqsort_large);
    tcase_add_test(tc, replacer_semantics);
    suite_add_tcase(s, tc);
    return s;
}
