// string.c - Go strings: concatenation, comparison, and conversions
// between strings, bytes and runes with Go's UTF-8 rules.
//
// Invariants: string bytes are immutable once a GoString is handed out;
// they live in pointer-free heap objects (rt_alloc_noscan) or in static /
// arena memory (literals). Results of length 0 point at a static empty
// byte, never NULL, so memcmp never sees a null pointer. Invalid UTF-8
// decodes to U+FFFD with width 1, and invalid runes encode as U+FFFD, as
// Go's unicode/utf8 does.
#include <string.h>

#include "internal.h"
#include "value_internal.h"

static const uint8_t empty_bytes[1] = {0};

static GoString empty_string(void) {
    GoString s = {empty_bytes, 0};
    return s;
}

GoString rt_string_from_c(Runtime *rt, const char *s, size_t n) {
    if (n == 0) return empty_string();
    uint8_t *p = rt_alloc_noscan(rt, n, false);
    memcpy(p, s, n);
    GoString r = {p, (int64_t)n};
    return r;
}

GoString rt_string_concat(Runtime *rt, GoString a, GoString b) {
    if (a.len == 0) return b;
    if (b.len == 0) return a;
    size_t n = (size_t)a.len + (size_t)b.len;
    uint8_t *p = rt_alloc_noscan(rt, n, false);
    memcpy(p, a.ptr, (size_t)a.len);
    memcpy(p + a.len, b.ptr, (size_t)b.len);
    GoString r = {p, (int64_t)n};
    return r;
}

int rt_string_compare(GoString a, GoString b) {
    size_t n = (size_t)(a.len < b.len ? a.len : b.len);
    int c = n ? memcmp(a.ptr, b.ptr, n) : 0;
    if (c != 0) return c < 0 ? -1 : 1;
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

// ---- UTF-8 -------------------------------------------------------------------

int rt_utf8_encode(uint8_t buf[4], int64_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x80) {
        buf[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0x800) {
        buf[0] = (uint8_t)(0xC0 | (r >> 6));
        buf[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (uint8_t)(0xE0 | (r >> 12));
        buf[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    buf[0] = (uint8_t)(0xF0 | (r >> 18));
    buf[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
    buf[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    buf[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

static int rune_len(int32_t r) {
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) return 3;
    return r < 0x80 ? 1 : r < 0x800 ? 2 : r < 0x10000 ? 3 : 4;
}

static bool is_cont(uint8_t b) { return (b & 0xC0) == 0x80; }

// Decoding follows unicode/utf8.DecodeRune: the second byte's valid range
// depends on the first (no overlongs, no surrogates, nothing above U+10FFFF).
int32_t rt_decode_rune(GoString s, int64_t i, int *w) {
    const uint8_t *p = s.ptr + i;
    int64_t n = s.len - i;
    uint8_t b0 = p[0];
    *w = 1;
    if (b0 < 0x80) return b0;
    if (b0 < 0xC2 || b0 > 0xF4) return 0xFFFD;
    int need = b0 < 0xE0 ? 2 : b0 < 0xF0 ? 3 : 4;
    if (n < 2) return 0xFFFD;
    uint8_t lo = 0x80, hi = 0xBF;
    if (b0 == 0xE0) lo = 0xA0;
    else if (b0 == 0xED) hi = 0x9F;
    else if (b0 == 0xF0) lo = 0x90;
    else if (b0 == 0xF4) hi = 0x8F;
    if (p[1] < lo || p[1] > hi) return 0xFFFD;
    if (need == 2) {
        *w = 2;
        return (int32_t)(b0 & 0x1F) << 6 | (p[1] & 0x3F);
    }
    if (n < 3 || !is_cont(p[2])) return 0xFFFD;
    if (need == 3) {
        *w = 3;
        return (int32_t)(b0 & 0x0F) << 12 | (int32_t)(p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    }
    if (n < 4 || !is_cont(p[3])) return 0xFFFD;
    *w = 4;
    return (int32_t)(b0 & 0x07) << 18 | (int32_t)(p[1] & 0x3F) << 12 | (int32_t)(p[2] & 0x3F) << 6 |
           (p[3] & 0x3F);
}

// ---- conversions ---------------------------------------------------------------

GoString rt_string_from_rune(Runtime *rt, int64_t r) {
    uint8_t buf[4];
    int n = rt_utf8_encode(buf, r);
    return rt_string_from_c(rt, (const char *)buf, (size_t)n);
}

GoString rt_string_from_bytes(Runtime *rt, GoSlice b) {
    return rt_string_from_c(rt, b.ptr, b.len);
}

GoString rt_string_from_runes(Runtime *rt, GoSlice r) {
    const int32_t *rs = r.ptr;
    size_t n = 0;
    for (uint32_t i = 0; i < r.len; i++) n += (size_t)rune_len(rs[i]);
    if (n == 0) return empty_string();
    uint8_t *p = rt_alloc_noscan(rt, n, false);
    size_t off = 0;
    for (uint32_t i = 0; i < r.len; i++) off += (size_t)rt_utf8_encode(p + off, rs[i]);
    GoString s = {p, (int64_t)n};
    return s;
}

// Go's rawbyteslice/rawruneslice round the capacity up to the malloc size
// class (what an escaping conversion gets); slice_type is []byte / []rune.
GoSlice rt_bytes_from_string(Runtime *rt, const Type *slice_type, GoString s) {
    if (s.len == 0) return rt_make_slice(rt, slice_type->elem, 0, 0);
    GoSlice r = {NULL, 0, 0};
    if (s.len > INT32_MAX) rt_panic_runtime(rt, "makeslice: len out of range");
    size_t cap = rt_roundupsize((size_t)s.len);
    if (cap > INT32_MAX) cap = INT32_MAX;
    uint8_t *p = rt_alloc_array(rt, slice_type->elem, cap);
    memcpy(p, s.ptr, (size_t)s.len);
    r.ptr = p;
    r.len = (uint32_t)s.len;
    r.cap = (uint32_t)cap;
    return r;
}

GoSlice rt_runes_from_string(Runtime *rt, const Type *slice_type, GoString s) {
    size_t n = 0;
    for (int64_t i = 0; i < s.len; n++) {
        int w;
        rt_decode_rune(s, i, &w);
        i += w;
    }
    if (n == 0) return rt_make_slice(rt, slice_type->elem, 0, 0);
    GoSlice r = {NULL, 0, 0};
    size_t cap = rt_roundupsize(n * 4) / 4;
    int32_t *p = rt_alloc_array(rt, slice_type->elem, cap);
    size_t k = 0;
    for (int64_t i = 0; i < s.len; k++) {
        int w;
        p[k] = rt_decode_rune(s, i, &w);
        i += w;
    }
    r.ptr = p;
    r.len = (uint32_t)n;
    r.cap = (uint32_t)cap;
    return r;
}
