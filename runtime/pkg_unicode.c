// pkg_unicode.c - packages unicode (character classes and case mapping)
// and unicode/utf8 (encoding and decoding).
//
// Classes come from utf8proc's general categories, filtered to Unicode
// 13.0 (Go 1.19's tables): code points assigned later are unassigned
// here (rt_unicode_after13), as Go sees them.
#include <string.h>
#include <utf8proc.h>

#include "internal.h"
#include "pkg_internal.h"
#include "unicode_table_list.h"

// category: r's general category, UTF8PROC_CATEGORY_CN for invalid or
// post-13.0 code points.
static utf8proc_category_t category(int64_t r) {
    if (r < 0 || r > 0x10ffff || rt_unicode_after13((int32_t)r))
        return UTF8PROC_CATEGORY_CN;
    return utf8proc_category((utf8proc_int32_t)r);
}

static bool is_letter(int64_t r) {
    utf8proc_category_t c = category(r);
    return c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_LO;
}

static bool is_cat_range(int64_t r, utf8proc_category_t lo, utf8proc_category_t hi) {
    utf8proc_category_t c = category(r);
    return c >= lo && c <= hi;
}

static bool is_graphic(int64_t r) {
    // L, M, N, P, S and Zs
    return is_cat_range(r, UTF8PROC_CATEGORY_LU, UTF8PROC_CATEGORY_ZS);
}

bool rt_is_space(int32_t r) {
    if (r < 0x100)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xa0;
    return r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x2028 || r == 0x2029 ||
           r == 0x202f || r == 0x205f || r == 0x3000;
}

typedef enum CaseKind { CASE_UPPER, CASE_LOWER, CASE_TITLE } CaseKind;

// to_case: unicode.ToUpper/ToLower/ToTitle (ß has no upper/title case in
// Unicode 13's simple mappings; utf8proc gives ẞ).
static int64_t to_case(int64_t r, CaseKind k) {
    if (r < 0 || r > 0x10ffff || rt_unicode_after13((int32_t)r))
        return r;
    switch (k) {
    case CASE_UPPER: return r == 0xdf ? r : utf8proc_toupper((utf8proc_int32_t)r);
    case CASE_LOWER: return utf8proc_tolower((utf8proc_int32_t)r);
    default: return r == 0xdf ? r : utf8proc_totitle((utf8proc_int32_t)r);
    }
}

// rt_unicode_special: see pkg_internal.h.
int32_t rt_unicode_special(GoSlice special, int kind, int32_t r) {
    bool found;
    int32_t m = rt_unicode_special_to(special, kind, r, &found);
    if (m == r && !found) m = (int32_t)to_case(r, (CaseKind)kind);
    return m;
}

static void sc_to_upper(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = rt_unicode_special(a[0].sl, 0, (int32_t)a[1].i); }
static void sc_to_lower(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = rt_unicode_special(a[0].sl, 1, (int32_t)a[1].i); }
static void sc_to_title(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = rt_unicode_special(a[0].sl, 2, (int32_t)a[1].i); }

#define BOOL_FN(name, expr) \
    static void name(Runtime *rt, Value *a, Value *res) { \
        (void)rt; \
        int64_t r = (int32_t)a[0].i; \
        res[0].u = (expr); \
    }

BOOL_FN(u_is_letter, is_letter(r))
BOOL_FN(u_is_digit, category(r) == UTF8PROC_CATEGORY_ND)
BOOL_FN(u_is_number, is_cat_range(r, UTF8PROC_CATEGORY_ND, UTF8PROC_CATEGORY_NO))
BOOL_FN(u_is_space, r >= 0 && rt_is_space((int32_t)r))
BOOL_FN(u_is_upper, category(r) == UTF8PROC_CATEGORY_LU)
BOOL_FN(u_is_lower, category(r) == UTF8PROC_CATEGORY_LL)
BOOL_FN(u_is_title, category(r) == UTF8PROC_CATEGORY_LT)
BOOL_FN(u_is_mark, is_cat_range(r, UTF8PROC_CATEGORY_MN, UTF8PROC_CATEGORY_ME))
BOOL_FN(u_is_punct, is_cat_range(r, UTF8PROC_CATEGORY_PC, UTF8PROC_CATEGORY_PO))
BOOL_FN(u_is_symbol, is_cat_range(r, UTF8PROC_CATEGORY_SM, UTF8PROC_CATEGORY_SO))
BOOL_FN(u_is_print, r >= 0 && r <= 0x10ffff && rt_is_print((int32_t)r))
BOOL_FN(u_is_graphic, is_graphic(r))
BOOL_FN(u_is_control, (r >= 0 && r < 0x20) || (r >= 0x7f && r < 0xa0))

static void u_to_upper(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = (int32_t)to_case((int32_t)a[0].i, CASE_UPPER); }
static void u_to_lower(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = (int32_t)to_case((int32_t)a[0].i, CASE_LOWER); }
static void u_to_title(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = (int32_t)to_case((int32_t)a[0].i, CASE_TITLE); }

// rt_unicode_simple_fold: Go's SimpleFold: the caseOrbit successor, else
// the other case.
int32_t rt_unicode_simple_fold(int32_t r) {
    int32_t o;
    if (r < 0 || r > 0x10ffff) {
        o = r;
    } else if ((o = rt_unicode_orbit(r)) < 0) {
        int64_t l = to_case(r, CASE_LOWER);
        o = (int32_t)(l != r ? l : to_case(r, CASE_UPPER));
    }
    return o;
}

static void u_simple_fold(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    res[0].i = rt_unicode_simple_fold((int32_t)a[0].i);
}

// u_to: Go's To(_case, r) (an invalid case gives ReplacementChar).
static void u_to(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int64_t c = a[0].i;
    int32_t r = (int32_t)a[1].i;
    res[0].i = c < 0 || c > 2 ? 0xFFFD : (int32_t)to_case(r, c == 0 ? CASE_UPPER : c == 1 ? CASE_LOWER : CASE_TITLE);
}

static const NativeFunc unicode_funcs[] = {
    {"SimpleFold", "func(r rune) rune", u_simple_fold},
    {"To", "func(_case int, r rune) rune", u_to},
    {"Is", "func(rangeTab *RangeTable, r rune) bool", rt_unicode_is},
    {"In", "func(r rune, ranges ...*RangeTable) bool", rt_unicode_in},
    {"IsOneOf", "func(ranges []*RangeTable, r rune) bool", rt_unicode_is_one_of},
    {"IsLetter", "func(r rune) bool", u_is_letter},
    {"IsDigit", "func(r rune) bool", u_is_digit},
    {"IsNumber", "func(r rune) bool", u_is_number},
    {"IsSpace", "func(r rune) bool", u_is_space},
    {"IsUpper", "func(r rune) bool", u_is_upper},
    {"IsLower", "func(r rune) bool", u_is_lower},
    {"IsTitle", "func(r rune) bool", u_is_title},
    {"IsMark", "func(r rune) bool", u_is_mark},
    {"IsPunct", "func(r rune) bool", u_is_punct},
    {"IsSymbol", "func(r rune) bool", u_is_symbol},
    {"IsPrint", "func(r rune) bool", u_is_print},
    {"IsGraphic", "func(r rune) bool", u_is_graphic},
    {"IsControl", "func(r rune) bool", u_is_control},
    {"ToUpper", "func(r rune) rune", u_to_upper},
    {"ToLower", "func(r rune) rune", u_to_lower},
    {"ToTitle", "func(r rune) rune", u_to_title},
    {"SpecialCase.ToUpper", "func(r rune) rune", sc_to_upper},
    {"SpecialCase.ToLower", "func(r rune) rune", sc_to_lower},
    {"SpecialCase.ToTitle", "func(r rune) rune", sc_to_title},
};

static const NativeConst unicode_consts[] = {
    {"MaxRune", "untyped rune", "1114111"},
    {"ReplacementChar", "untyped rune", "65533"},
    {"MaxASCII", "untyped rune", "127"},
    {"MaxLatin1", "untyped rune", "255"},
    {"UpperCase", "untyped int", "0"},
    {"LowerCase", "untyped int", "1"},
    {"TitleCase", "untyped int", "2"},
    {"MaxCase", "untyped int", "3"},
    {"Version", "untyped string", "13.0.0"},
    {"UpperLower", "untyped rune", "1114112"},
};

static const NativeType unicode_types[] = {
    {"Range16", "struct { Lo uint16; Hi uint16; Stride uint16 }"},
    {"Range32", "struct { Lo uint32; Hi uint32; Stride uint32 }"},
    {"RangeTable", "struct { R16 []Range16; R32 []Range32; LatinOffset int }"},
    {"d", "[3]rune"},
    {"CaseRange", "struct { Lo uint32; Hi uint32; Delta d }"},
    {"SpecialCase", "[]CaseRange"},
};

#define COUNT_VAR(name, tab) +1
enum { NUNICODE_VARS = 0 UNICODE_TABLE_VARS(COUNT_VAR) + 7 };   // + TurkishCase ... PrintRanges

const NativePkg rt_pkg_unicode = {
    .path = "unicode", .name = "unicode",
    .funcs = unicode_funcs, .nfuncs = sizeof unicode_funcs / sizeof unicode_funcs[0],
    .consts = unicode_consts, .nconsts = sizeof unicode_consts / sizeof unicode_consts[0],
    .types = unicode_types, .ntypes = sizeof unicode_types / sizeof unicode_types[0],
    .vars = rt_unicode_vars, .nvars = NUNICODE_VARS,
};

// ---- unicode/utf8 ---------------------------------------------------------------------

int32_t rt_decode_last_rune(const uint8_t *p, int64_t end, int *size) {
    if (end == 0) {
        *size = 0;
        return 0xfffd;
    }
    int64_t start = end - 1;
    if (p[start] < 0x80) {
        *size = 1;
        return p[start];
    }
    int64_t lim = end - 4 < 0 ? 0 : end - 4;
    for (start--; start >= lim; start--)
        if ((p[start] & 0xc0) != 0x80)
            break;
    if (start < 0)
        start = 0;
    int w;
    int32_t r = rt_decode_rune((GoString){p + start, end - start}, 0, &w);
    if (start + w != end) {
        *size = 1;
        return 0xfffd;
    }
    *size = w;
    return r;
}

static int32_t decode_first(const uint8_t *p, int64_t n, int *w) {
    if (n == 0) {
        *w = 0;
        return 0xfffd;
    }
    return rt_decode_rune((GoString){p, n}, 0, w);
}

static bool valid(const uint8_t *p, int64_t n) {
    for (int64_t i = 0; i < n;) {
        int w;
        int32_t r = rt_decode_rune((GoString){p, n}, i, &w);
        if (r == 0xfffd && w == 1)
            return false;
        i += w;
    }
    return true;
}

// full_rune: utf8.FullRune: p begins with a full encoding or an invalid one.
static bool full_rune(const uint8_t *p, int64_t n) {
    if (n == 0)
        return false;
    uint8_t b = p[0];
    int need = b < 0x80 ? 1 : b < 0xc2 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : b < 0xf5 ? 4 : 1;
    if (n >= need)
        return true;
    uint8_t lo = 0x80, hi = 0xbf;
    if (b == 0xe0) lo = 0xa0;
    else if (b == 0xed) hi = 0x9f;
    else if (b == 0xf0) lo = 0x90;
    else if (b == 0xf4) hi = 0x8f;
    if (n > 1 && (p[1] < lo || p[1] > hi))
        return true;
    if (n > 2 && (p[2] < 0x80 || p[2] > 0xbf))
        return true;
    return false;
}

static int64_t rune_len(int64_t r) {
    if (r < 0) return -1;
    if (r < 0x80) return 1;
    if (r < 0x800) return 2;
    if (r >= 0xd800 && r < 0xe000) return -1;
    if (r < 0x10000) return 3;
    if (r <= 0x10ffff) return 4;
    return -1;
}

static void set2(Value *res, int64_t r, int64_t w) {
    res[0].w[1] = res[1].w[1] = 0;
    res[0].i = (int32_t)r;
    res[1].i = w;
}

static void f_count_str(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = (int64_t)rt_rune_count(a[0].s.ptr, (size_t)a[0].s.len); }
static void f_count(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = (int64_t)rt_rune_count(a[0].sl.ptr, a[0].sl.len); }
static void f_valid_str(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].u = valid(a[0].s.ptr, a[0].s.len); }
static void f_valid(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].u = valid(a[0].sl.ptr, a[0].sl.len); }
static void f_full_str(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].u = full_rune(a[0].s.ptr, a[0].s.len); }
static void f_full(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].u = full_rune(a[0].sl.ptr, a[0].sl.len); }
static void f_rune_len(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = rune_len((int32_t)a[0].i); }
static void f_rune_start(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].u = ((uint8_t)a[0].u & 0xc0) != 0x80; }

static void f_valid_rune(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int64_t r = (int32_t)a[0].i;
    res[0].u = (r >= 0 && r < 0xd800) || (r > 0xdfff && r <= 0x10ffff);
}

static void f_decode_str(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int w;
    int32_t r = decode_first(a[0].s.ptr, a[0].s.len, &w);
    set2(res, r, w);
}

static void f_decode(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int w;
    int32_t r = decode_first(a[0].sl.ptr, a[0].sl.len, &w);
    set2(res, r, w);
}

static void f_decode_last_str(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int w;
    int32_t r = rt_decode_last_rune(a[0].s.ptr, a[0].s.len, &w);
    set2(res, r, w);
}

static void f_decode_last(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int w;
    int32_t r = rt_decode_last_rune(a[0].sl.ptr, a[0].sl.len, &w);
    set2(res, r, w);
}

static void f_encode(Runtime *rt, Value *a, Value *res) {
    char buf[4];
    int n = rt_encode_rune(buf, (int32_t)a[1].i);
    if ((uint32_t)n > a[0].sl.len)
        rt_panic_index(rt, n - 1, a[0].sl.len);
    memcpy(a[0].sl.ptr, buf, (size_t)n);
    res[0].i = n;
}

static void f_append(Runtime *rt, Value *a, Value *res) {
    char buf[4];
    int n = rt_encode_rune(buf, (int32_t)a[1].i);
    res[0].sl = rt_append(rt, &rt_ptype_uint8, a[0].sl, buf, (size_t)n);
}

static const NativeFunc utf8_funcs[] = {
    {"RuneCountInString", "func(s string) int", f_count_str},
    {"RuneCount", "func(p []byte) int", f_count},
    {"ValidString", "func(s string) bool", f_valid_str},
    {"Valid", "func(p []byte) bool", f_valid},
    {"ValidRune", "func(r rune) bool", f_valid_rune},
    {"FullRuneInString", "func(s string) bool", f_full_str},
    {"FullRune", "func(p []byte) bool", f_full},
    {"RuneLen", "func(r rune) int", f_rune_len},
    {"RuneStart", "func(b byte) bool", f_rune_start},
    {"DecodeRuneInString", "func(s string) (rune, int)", f_decode_str},
    {"DecodeRune", "func(p []byte) (rune, int)", f_decode},
    {"DecodeLastRuneInString", "func(s string) (rune, int)", f_decode_last_str},
    {"DecodeLastRune", "func(p []byte) (rune, int)", f_decode_last},
    {"EncodeRune", "func(p []byte, r rune) int", f_encode},
    {"AppendRune", "func(p []byte, r rune) []byte", f_append},
};

static const NativeConst utf8_consts[] = {
    {"RuneError", "untyped rune", "65533"},
    {"RuneSelf", "untyped int", "128"},
    {"MaxRune", "untyped rune", "1114111"},
    {"UTFMax", "untyped int", "4"},
};

const NativePkg rt_pkg_utf8 = {
    .path = "unicode/utf8", .name = "utf8",
    .funcs = utf8_funcs, .nfuncs = sizeof utf8_funcs / sizeof utf8_funcs[0],
    .consts = utf8_consts, .nconsts = sizeof utf8_consts / sizeof utf8_consts[0],
};
