// pkg_strings.c - package strings: searching, splitting, joining,
// replacing, trimming and case mapping over UTF-8 bytes (Go 1.19's
// semantics: invalid bytes count as one rune each and become U+FFFD when
// a function maps runes), and strings.Builder (struct { addr *Builder; buf []byte }, Go's copy check).
// Case mapping and white space come from utf8proc (Unicode simple case
// mappings, as Go's unicode.ToUpper/ToLower).
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "internal.h"
#include "pkg_internal.h"

static GoString gs(const uint8_t *p, int64_t n) { return (GoString){p, n}; }

static GoString sb_to_string(Runtime *rt, StrBuf *b) {
    GoString s = rt_string_from_c(rt, b->p ? b->p : "", b->len);
    sb_free(b);
    return s;
}

// decode: rune at s[i] and its width (invalid: U+FFFD, 1).
static int32_t decode(GoString s, int64_t i, int *w) {
    if (s.ptr[i] < 0x80) {
        *w = 1;
        return s.ptr[i];
    }
    return rt_decode_rune(s, i, w);
}

static void put_rune(StrBuf *b, int32_t r) {
    char buf[4];
    sb_put(b, buf, (size_t)rt_encode_rune(buf, r));
}

// index_of: strings.Index over bytes.
static int64_t index_of(GoString s, GoString sep) {
    if (sep.len == 0)
        return 0;
    if (sep.len > s.len)
        return -1;
    const uint8_t *p = memmem(s.ptr, (size_t)s.len, sep.ptr, (size_t)sep.len);
    return p ? p - s.ptr : -1;
}

static int64_t last_index_of(GoString s, GoString sep) {
    if (sep.len == 0)
        return s.len;
    for (int64_t i = s.len - sep.len; i >= 0; i--)
        if (memcmp(s.ptr + i, sep.ptr, (size_t)sep.len) == 0)
            return i;
    return -1;
}

static int64_t index_rune(GoString s, int32_t r) {
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t c = decode(s, i, &w);
        if (c == r)
            return i;
        i += w;
    }
    return -1;
}

static int64_t count_of(GoString s, GoString sep) {
    if (sep.len == 0)
        return (int64_t)rt_rune_count(s.ptr, (size_t)s.len) + 1;
    int64_t n = 0;
    for (;;) {
        int64_t i = index_of(s, sep);
        if (i < 0)
            return n;
        n++;
        s.ptr += i + sep.len;
        s.len -= i + sep.len;
    }
}

// is_space: unicode.IsSpace.
static bool is_space(int32_t r) {
    if (r < 0x100)
        return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xa0;
    return r == 0x1680 || (r >= 0x2000 && r <= 0x200a) || r == 0x2028 || r == 0x2029 ||
           r == 0x202f || r == 0x205f || r == 0x3000;
}

// string_slice makes a []string of n elements from parts.
static GoSlice string_slice(Runtime *rt, const GoString *parts, int64_t n) {
    GoSlice sl = rt_make_slice(rt, &rt_ptype_string, n, n);
    for (int64_t i = 0; i < n; i++) {
        Value v;
        v.s = parts[i];
        rt_store(rt, &rt_ptype_string, (GoString *)sl.ptr + i, v);
    }
    return sl;
}

// ---- searching ------------------------------------------------------------------------

static void s_contains(Runtime *rt, Value *a, Value *r) { (void)rt; r[0].b = index_of(a[0].s, a[1].s) >= 0; }
static void s_index(Runtime *rt, Value *a, Value *r) { (void)rt; r[0].i = index_of(a[0].s, a[1].s); }
static void s_last_index(Runtime *rt, Value *a, Value *r) { (void)rt; r[0].i = last_index_of(a[0].s, a[1].s); }
static void s_count(Runtime *rt, Value *a, Value *r) { (void)rt; r[0].i = count_of(a[0].s, a[1].s); }
static void s_index_rune(Runtime *rt, Value *a, Value *r) { (void)rt; r[0].i = index_rune(a[0].s, (int32_t)a[1].i); }
static void s_contains_rune(Runtime *rt, Value *a, Value *r) { (void)rt; r[0].b = index_rune(a[0].s, (int32_t)a[1].i) >= 0; }

static void s_index_byte(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    const uint8_t *p = a[0].s.len ? memchr(a[0].s.ptr, (int)(uint8_t)a[1].u, (size_t)a[0].s.len) : NULL;
    r[0].i = p ? p - a[0].s.ptr : -1;
}

static void s_last_index_byte(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    r[0].i = -1;
    for (int64_t i = a[0].s.len - 1; i >= 0; i--)
        if (a[0].s.ptr[i] == (uint8_t)a[1].u) {
            r[0].i = i;
            return;
        }
}

static void s_index_any(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    GoString s = a[0].s;
    r[0].i = -1;
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t c = decode(s, i, &w);
        if (index_rune(a[1].s, c) >= 0) {
            r[0].i = i;
            return;
        }
        i += w;
    }
}

static void s_contains_any(Runtime *rt, Value *a, Value *r) {
    Value t[1];
    s_index_any(rt, a, t);
    r[0].b = t[0].i >= 0;
}

static void s_has_prefix(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    r[0].b = a[0].s.len >= a[1].s.len && memcmp(a[0].s.ptr, a[1].s.ptr, (size_t)a[1].s.len) == 0;
}

static void s_has_suffix(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    GoString s = a[0].s, x = a[1].s;
    r[0].b = s.len >= x.len && memcmp(s.ptr + s.len - x.len, x.ptr, (size_t)x.len) == 0;
}

static void s_compare(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    int c = rt_string_compare(a[0].s, a[1].s);
    r[0].i = c < 0 ? -1 : c > 0;
}

// ---- splitting and joining ---------------------------------------------------------------

// gen_split: Go's genSplit(s, sep, sepSave, n).
static GoSlice gen_split(Runtime *rt, GoString s, GoString sep, int64_t save, int64_t n) {
    if (n == 0)
        return (GoSlice){NULL, 0, 0};
    if (sep.len == 0) {   // explode into UTF-8 sequences
        int64_t l = (int64_t)rt_rune_count(s.ptr, (size_t)s.len);
        if (n < 0 || n > l)
            n = l;
        GoString *parts = malloc((size_t)(n + 1) * sizeof *parts);
        int64_t i = 0, pos = 0;
        for (; i < n - 1; i++) {
            int w;
            int32_t c = decode(s, pos, &w);
            parts[i] = c == 0xfffd ? gs((const uint8_t *)"\xef\xbf\xbd", 3) : gs(s.ptr + pos, w);
            pos += w;
        }
        if (n > 0)
            parts[n - 1] = gs(s.ptr + pos, s.len - pos);
        GoSlice sl = string_slice(rt, parts, n);
        free(parts);
        return sl;
    }
    if (n < 0)
        n = count_of(s, sep) + 1;
    if (n > s.len + 1)
        n = s.len + 1;
    GoString *parts = malloc((size_t)(n + 1) * sizeof *parts);
    int64_t i = 0;
    while (i < n - 1) {
        int64_t m = index_of(s, sep);
        if (m < 0)
            break;
        parts[i++] = gs(s.ptr, m + save);
        s.ptr += m + sep.len;
        s.len -= m + sep.len;
    }
    parts[i++] = s;
    GoSlice sl = string_slice(rt, parts, i);
    free(parts);
    return sl;
}

static void s_split(Runtime *rt, Value *a, Value *r) { r[0].sl = gen_split(rt, a[0].s, a[1].s, 0, -1); }
static void s_split_n(Runtime *rt, Value *a, Value *r) { r[0].sl = gen_split(rt, a[0].s, a[1].s, 0, a[2].i); }
static void s_split_after(Runtime *rt, Value *a, Value *r) { r[0].sl = gen_split(rt, a[0].s, a[1].s, a[1].s.len, -1); }
static void s_split_after_n(Runtime *rt, Value *a, Value *r) { r[0].sl = gen_split(rt, a[0].s, a[1].s, a[1].s.len, a[2].i); }

static void s_fields(Runtime *rt, Value *a, Value *r) {
    GoString s = a[0].s;
    size_t cap = 8, n = 0;
    GoString *parts = malloc(cap * sizeof *parts);
    int64_t start = -1;
    for (int64_t i = 0; i <= s.len;) {
        int w = 1;
        bool space = true;
        if (i < s.len)
            space = is_space(decode(s, i, &w));
        if (space && start >= 0) {
            if (n == cap)
                parts = realloc(parts, (cap *= 2) * sizeof *parts);
            parts[n++] = gs(s.ptr + start, i - start);
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
        i += w;
    }
    r[0].sl = string_slice(rt, parts, (int64_t)n);
    free(parts);
}

static void s_join(Runtime *rt, Value *a, Value *r) {
    const GoString *elems = a[0].sl.ptr;
    StrBuf b = {0};
    for (uint32_t i = 0; i < a[0].sl.len; i++) {
        if (i > 0)
            sb_put(&b, a[1].s.ptr, (size_t)a[1].s.len);
        sb_put(&b, elems[i].ptr, (size_t)elems[i].len);
    }
    r[0].s = sb_to_string(rt, &b);
}

static void s_repeat(Runtime *rt, Value *a, Value *r) {
    int64_t count = a[1].i;
    GoString s = a[0].s;
    if (count < 0)
        rt_panic_plain(rt, "strings: negative Repeat count");
    if (s.len > 0 && count > INT64_MAX / s.len)
        rt_panic_plain(rt, "strings: Repeat count causes overflow");
    StrBuf b = {0};
    for (int64_t i = 0; i < count; i++)
        sb_put(&b, s.ptr, (size_t)s.len);
    r[0].s = sb_to_string(rt, &b);
}

// replace: Go's Replace(s, old, new, n).
static GoString replace(Runtime *rt, GoString s, GoString old, GoString new, int64_t n) {
    if (rt_string_eq(old, new) || n == 0)
        return s;
    int64_t m = count_of(s, old);
    if (m == 0)
        return s;
    if (n < 0 || m < n)
        n = m;
    StrBuf b = {0};
    int64_t start = 0;
    for (int64_t i = 0; i < n; i++) {
        int64_t j = start;
        if (old.len == 0) {
            if (i > 0) {
                int w;
                decode(s, start, &w);
                j += w;
            }
        } else {
            j += index_of(gs(s.ptr + start, s.len - start), old);
        }
        sb_put(&b, s.ptr + start, (size_t)(j - start));
        sb_put(&b, new.ptr, (size_t)new.len);
        start = j + old.len;
    }
    sb_put(&b, s.ptr + start, (size_t)(s.len - start));
    return sb_to_string(rt, &b);
}

static void s_replace(Runtime *rt, Value *a, Value *r) { r[0].s = replace(rt, a[0].s, a[1].s, a[2].s, a[3].i); }
static void s_replace_all(Runtime *rt, Value *a, Value *r) { r[0].s = replace(rt, a[0].s, a[1].s, a[2].s, -1); }

static void s_cut(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    GoString s = a[0].s, sep = a[1].s;
    int64_t i = index_of(s, sep);
    if (i >= 0) {
        r[0].s = gs(s.ptr, i);
        r[1].s = gs(s.ptr + i + sep.len, s.len - i - sep.len);
        r[2].b = true;
    } else {
        r[0].s = s;
        r[1].s = gs(NULL, 0);
        r[2].b = false;
    }
}

// ---- case and trimming -----------------------------------------------------------------------

typedef int32_t (*RuneMap)(int32_t);
// Go 1.19's case tables are Unicode 13's: runes assigned later map to
// themselves, and ß has no upper or title case (utf8proc gives ẞ).
static int32_t to_upper(int32_t r) {
    return r == 0xdf || rt_unicode_after13(r) ? r : utf8proc_toupper(r);
}
static int32_t to_lower(int32_t r) {
    return rt_unicode_after13(r) ? r : utf8proc_tolower(r);
}
static int32_t to_title(int32_t r) {
    return r == 0xdf || rt_unicode_after13(r) ? r : utf8proc_totitle(r);
}

// map_runes: strings.Map with f (invalid bytes become U+FFFD).
static GoString map_runes(Runtime *rt, GoString s, RuneMap f) {
    StrBuf b = {0};
    for (int64_t i = 0; i < s.len;) {
        int w;
        put_rune(&b, f(decode(s, i, &w)));
        i += w;
    }
    return sb_to_string(rt, &b);
}

// special_map: strings.ToUpperSpecial/ToLowerSpecial/ToTitleSpecial
// (Go: Map(c.ToUpper, s)...; kind 0/1/2); s itself when nothing changes.
static GoString special_map(Runtime *rt, GoSlice c, int kind, GoString s) {
    StrBuf b = {0};
    bool changed = false;
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t r = decode(s, i, &w);
        int32_t m = rt_unicode_special(c, kind, r);
        changed = changed || m != r || (r == 0xfffd && w == 1);
        if (m >= 0) put_rune(&b, m);
        i += w;
    }
    if (!changed) {
        sb_free(&b);
        return s;
    }
    return sb_to_string(rt, &b);
}

static void s_to_upper_special(Runtime *rt, Value *a, Value *r) { r[0].s = special_map(rt, a[0].sl, 0, a[1].s); }
static void s_to_lower_special(Runtime *rt, Value *a, Value *r) { r[0].s = special_map(rt, a[0].sl, 1, a[1].s); }
static void s_to_title_special(Runtime *rt, Value *a, Value *r) { r[0].s = special_map(rt, a[0].sl, 2, a[1].s); }

static void s_to_upper(Runtime *rt, Value *a, Value *r) { r[0].s = map_runes(rt, a[0].s, to_upper); }
static void s_to_lower(Runtime *rt, Value *a, Value *r) { r[0].s = map_runes(rt, a[0].s, to_lower); }
static void s_to_title(Runtime *rt, Value *a, Value *r) { r[0].s = map_runes(rt, a[0].s, to_title); }

// is_separator: Go's isSeparator (strings.Title's word boundaries).
static bool is_separator(int32_t r) {
    if (r <= 0x7f) {
        if ((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_')
            return false;
        return true;
    }
    utf8proc_category_t c = utf8proc_category(r);
    if (c >= UTF8PROC_CATEGORY_LU && c <= UTF8PROC_CATEGORY_NO)
        return false;
    return is_space(r);
}

static void s_title(Runtime *rt, Value *a, Value *r) {
    GoString s = a[0].s;
    StrBuf b = {0};
    int32_t prev = ' ';
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t c = decode(s, i, &w);
        put_rune(&b, is_separator(prev) ? to_title(c) : c);
        prev = c;
        i += w;
    }
    r[0].s = sb_to_string(rt, &b);
}

bool rt_equal_fold(GoString s, GoString t) {
    int64_t i = 0, j = 0;
    while (i < s.len && j < t.len) {
        int w1, w2;
        int32_t c1 = decode(s, i, &w1), c2 = decode(t, j, &w2);
        i += w1;
        j += w2;
        if (c1 == c2) continue;
        if (c2 < c1) {
            int32_t tmp = c1;
            c1 = c2;
            c2 = tmp;
        }
        if (c2 < 0x80) {   // Go's fast check for ASCII
            if (c1 >= 'A' && c1 <= 'Z' && c2 == c1 + 'a' - 'A') continue;
            return false;
        }
        // Go: the SimpleFold orbit of the smaller rune reaches the larger
        int32_t f = rt_unicode_simple_fold(c1);
        while (f != c1 && f < c2) f = rt_unicode_simple_fold(f);
        if (f != c2) return false;
    }
    return i == s.len && j == t.len;
}

static void s_equal_fold(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    r[0].b = rt_equal_fold(a[0].s, a[1].s);
}

static bool in_cutset(GoString cutset, int32_t c) {
    return index_rune(cutset, c) >= 0;
}

// trim_left / trim_right: the span of s left after dropping runes in
// cutset (or white space when cutset is NULL) from that end.
static GoString trim_left(GoString s, const GoString *cutset) {
    while (s.len > 0) {
        int w;
        int32_t c = decode(s, 0, &w);
        if (cutset ? !in_cutset(*cutset, c) : !is_space(c))
            break;
        s.ptr += w;
        s.len -= w;
    }
    return s;
}

static GoString trim_right(GoString s, const GoString *cutset) {
    while (s.len > 0) {
        int64_t start = s.len - 1;
        while (start > 0 && s.len - start < 4 && (s.ptr[start] & 0xc0) == 0x80)
            start--;
        int w;
        int32_t c = decode(s, start, &w);
        if (start + w != s.len) {   // invalid tail byte: one rune of its own
            start = s.len - 1;
            c = 0xfffd;
        }
        if (cutset ? !in_cutset(*cutset, c) : !is_space(c))
            break;
        s.len = start;
    }
    return s;
}

static void s_trim_space(Runtime *rt, Value *a, Value *r) { (void)rt; r[0].s = trim_right(trim_left(a[0].s, NULL), NULL); }
static void s_trim(Runtime *rt, Value *a, Value *r) { (void)rt; r[0].s = trim_right(trim_left(a[0].s, &a[1].s), &a[1].s); }
static void s_trim_left(Runtime *rt, Value *a, Value *r) { (void)rt; r[0].s = trim_left(a[0].s, &a[1].s); }
static void s_trim_right(Runtime *rt, Value *a, Value *r) { (void)rt; r[0].s = trim_right(a[0].s, &a[1].s); }

static void s_trim_prefix(Runtime *rt, Value *a, Value *r) {
    Value t[1];
    s_has_prefix(rt, a, t);
    r[0].s = t[0].b ? gs(a[0].s.ptr + a[1].s.len, a[0].s.len - a[1].s.len) : a[0].s;
}

static void s_trim_suffix(Runtime *rt, Value *a, Value *r) {
    Value t[1];
    s_has_suffix(rt, a, t);
    r[0].s = t[0].b ? gs(a[0].s.ptr, a[0].s.len - a[1].s.len) : a[0].s;
}

// ---- Builder ------------------------------------------------------------------------------

// Builder memory: struct { addr *Builder; buf []byte } at the receiver
// pointer; addr is Go's copyCheck: the Builder's own address once written.
typedef struct Builder {
    struct Builder *addr;
    GoSlice buf;
} Builder;

static GoSlice *builder_buf(Runtime *rt, Value recv) {
    if (!recv.p)
        rt_panic_nil_deref(rt);
    return &((Builder *)recv.p)->buf;
}

// copy_check: Go's Builder.copyCheck, before every write and Grow.
static GoSlice *copy_check(Runtime *rt, Builder *b) {
    if (!b)
        rt_panic_nil_deref(rt);
    if (!b->addr)
        gc_write_ptr(rt, (void **)&b->addr, b);
    else if (b->addr != b)
        rt_panic_string(rt, "strings: illegal use of non-zero Builder copied by value");
    return &b->buf;
}

void rt_builder_write(Runtime *rt, void *b, const void *p, size_t n) {
    GoSlice *buf = copy_check(rt, b);
    Value v;
    v.sl = rt_append(rt, &rt_ptype_uint8, *buf, p, n);
    rt_store(rt, &rt_ptype_bytes, buf, v);
}

static void b_write_string(Runtime *rt, Value *a, Value *r) {
    rt_builder_write(rt, a[0].p, a[1].s.ptr, (size_t)a[1].s.len);
    r[0].i = a[1].s.len;
    r[1].e = (GoIface){NULL, NULL};
}

static void b_write(Runtime *rt, Value *a, Value *r) {
    rt_builder_write(rt, a[0].p, a[1].sl.ptr, a[1].sl.len);
    r[0].i = a[1].sl.len;
    r[1].e = (GoIface){NULL, NULL};
}

static void b_write_byte(Runtime *rt, Value *a, Value *r) {
    uint8_t c = (uint8_t)a[1].u;
    rt_builder_write(rt, a[0].p, &c, 1);
    r[0].e = (GoIface){NULL, NULL};
}

static void b_write_rune(Runtime *rt, Value *a, Value *r) {
    char buf[4];
    int n = rt_encode_rune(buf, (int32_t)a[1].i);
    rt_builder_write(rt, a[0].p, buf, (size_t)n);
    r[0].i = n;
    r[1].e = (GoIface){NULL, NULL};
}

// String aliases the buffer: bytes below len are never rewritten.
static void b_string(Runtime *rt, Value *a, Value *r) {
    GoSlice *buf = builder_buf(rt, a[0]);
    r[0].s = gs(buf->ptr, buf->len);
}

static void b_len(Runtime *rt, Value *a, Value *r) { r[0].i = builder_buf(rt, a[0])->len; }
static void b_cap(Runtime *rt, Value *a, Value *r) { r[0].i = builder_buf(rt, a[0])->cap; }

static void b_reset(Runtime *rt, Value *a, Value *r) {
    (void)r;
    Value v;
    v.sl = (GoSlice){NULL, 0, 0};
    rt_store(rt, &rt_ptype_bytes, builder_buf(rt, a[0]), v);
    gc_write_ptr(rt, (void **)&((Builder *)a[0].p)->addr, NULL);
}

static void b_grow(Runtime *rt, Value *a, Value *r) {
    (void)r;
    GoSlice *buf = copy_check(rt, a[0].p);
    int64_t n = a[1].i;
    if (n < 0)
        rt_panic_string(rt, "strings.Builder.Grow: negative count");
    if ((int64_t)buf->cap - buf->len < n) {
        Value v;
        v.sl = rt_make_slice(rt, &rt_ptype_uint8, buf->len, 2 * (int64_t)buf->cap + n);
        if (buf->len)
            memcpy(v.sl.ptr, buf->ptr, buf->len);
        rt_store(rt, &rt_ptype_bytes, buf, v);
    }
}

#define SS "func(s, substr string) "
static const NativeFunc strings_funcs[] = {
    {"Contains", SS "bool", s_contains},
    {"ContainsAny", "func(s, chars string) bool", s_contains_any},
    {"ContainsRune", "func(s string, r rune) bool", s_contains_rune},
    {"Count", SS "int", s_count},
    {"Index", SS "int", s_index},
    {"LastIndex", SS "int", s_last_index},
    {"IndexByte", "func(s string, c byte) int", s_index_byte},
    {"LastIndexByte", "func(s string, c byte) int", s_last_index_byte},
    {"IndexRune", "func(s string, r rune) int", s_index_rune},
    {"IndexAny", "func(s, chars string) int", s_index_any},
    {"HasPrefix", "func(s, prefix string) bool", s_has_prefix},
    {"HasSuffix", "func(s, suffix string) bool", s_has_suffix},
    {"Compare", "func(a, b string) int", s_compare},
    {"Split", "func(s, sep string) []string", s_split},
    {"SplitN", "func(s, sep string, n int) []string", s_split_n},
    {"SplitAfter", "func(s, sep string) []string", s_split_after},
    {"Fields", "func(s string) []string", s_fields},
    {"Join", "func(elems []string, sep string) string", s_join},
    {"Repeat", "func(s string, count int) string", s_repeat},
    {"Replace", "func(s, old, new string, n int) string", s_replace},
    {"ReplaceAll", "func(s, old, new string) string", s_replace_all},
    {"Cut", "func(s, sep string) (before, after string, found bool)", s_cut},
    {"ToUpper", "func(s string) string", s_to_upper},
    {"ToLower", "func(s string) string", s_to_lower},
    {"ToTitle", "func(s string) string", s_to_title},
    {"ToUpperSpecial", "func(c unicode.SpecialCase, s string) string", s_to_upper_special},
    {"ToLowerSpecial", "func(c unicode.SpecialCase, s string) string", s_to_lower_special},
    {"ToTitleSpecial", "func(c unicode.SpecialCase, s string) string", s_to_title_special},
    {"Title", "func(s string) string", s_title},
    {"EqualFold", "func(s, t string) bool", s_equal_fold},
    {"TrimSpace", "func(s string) string", s_trim_space},
    {"Trim", "func(s, cutset string) string", s_trim},
    {"TrimLeft", "func(s, cutset string) string", s_trim_left},
    {"TrimRight", "func(s, cutset string) string", s_trim_right},
    {"TrimPrefix", "func(s, prefix string) string", s_trim_prefix},
    {"TrimSuffix", "func(s, suffix string) string", s_trim_suffix},
    {"(*Builder).WriteString", "func(s string) (int, error)", b_write_string},
    {"(*Builder).Write", "func(p []byte) (int, error)", b_write},
    {"(*Builder).WriteByte", "func(c byte) error", b_write_byte},
    {"(*Builder).WriteRune", "func(r rune) (int, error)", b_write_rune},
    {"(*Builder).String", "func() string", b_string},
    {"(*Builder).Len", "func() int", b_len},
    {"(*Builder).Cap", "func() int", b_cap},
    {"(*Builder).Reset", "func()", b_reset},
    {"(*Builder).Grow", "func(n int)", b_grow},
    {"SplitAfterN", "func(s, sep string, n int) []string", s_split_after_n},
    {"Map", "func(mapping func(rune) rune, s string) string", rt_strings_map},
    {"Clone", "func(s string) string", rt_strings_clone},
    {"ToValidUTF8", "func(s, replacement string) string", rt_strings_to_valid_utf8},
    {"IndexFunc", "func(s string, f func(rune) bool) int", rt_strings_index_func},
    {"LastIndexFunc", "func(s string, f func(rune) bool) int", rt_strings_last_index_func},
    {"TrimFunc", "func(s string, f func(rune) bool) string", rt_strings_trim_func},
    {"TrimLeftFunc", "func(s string, f func(rune) bool) string", rt_strings_trim_left_func},
    {"TrimRightFunc", "func(s string, f func(rune) bool) string", rt_strings_trim_right_func},
    {"FieldsFunc", "func(s string, f func(rune) bool) []string", rt_strings_fields_func},
    {"LastIndexAny", "func(s, chars string) int", rt_strings_last_index_any},
    {"NewReplacer", "func(oldnew ...string) *Replacer", rt_strings_new_replacer},
    {"(*Replacer).Replace", "func(s string) string", rt_strings_replacer_replace},
    {"(*Replacer).WriteString", "func(w io.Writer, s string) (n int, err error)", rt_strings_replacer_write_string},
    {"NewReader", "func(s string) *Reader", rt_strings_new_reader},
    {"(*Reader).Len", "func() int", rt_strings_reader_len},
    {"(*Reader).Size", "func() int64", rt_strings_reader_size},
    {"(*Reader).Read", "func(b []byte) (n int, err error)", rt_strings_reader_read_method},
    {"(*Reader).ReadByte", "func() (byte, error)", rt_strings_reader_read_byte},
    {"(*Reader).ReadRune", "func() (ch rune, size int, err error)", rt_strings_reader_read_rune},
    {"(*Reader).UnreadByte", "func() error", rt_strings_reader_unread_byte},
    {"(*Reader).UnreadRune", "func() error", rt_strings_reader_unread_rune},
    {"(*Reader).Seek", "func(offset int64, whence int) (int64, error)", rt_strings_reader_seek},
    {"(*Reader).WriteTo", "func(w io.Writer) (n int64, err error)", rt_strings_reader_write_to},
    {"(*Reader).Reset", "func(s string)", rt_strings_reader_reset},
    {"(*Reader).ReadAt", "func(b []byte, off int64) (n int, err error)", rt_strings_reader_read_at},
};

static const NativeType strings_types[] = {
    {"Builder", "struct { addr *Builder; buf []byte }"},
    {"Replacer", "struct { oldnew []string }"},
    {"Reader", "struct { s string; i int; prevRune int }"},
};

static const char *const strings_imports[] = {"io", "unicode", NULL};

const NativePkg rt_pkg_strings = {
    .path = "strings", .name = "strings",
    .funcs = strings_funcs, .nfuncs = sizeof strings_funcs / sizeof strings_funcs[0],
    .types = strings_types, .ntypes = sizeof strings_types / sizeof strings_types[0],
    .imports = strings_imports,
};
