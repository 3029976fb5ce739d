// regexp_uclass.c - Go 1.19's Unicode classes for regexp on RE2. RE2's
// tables are a newer Unicode than Go 1.19's 13.0 (\p{Han} would match
// 4204 more runes), so before a Perl-syntax pattern reaches RE2 every
// \p{Name}, \P{Name}, \pL, \PL and \p{^Name} is replaced by the explicit
// ranges of gosub's copy of Go's tables (unicode_tables.c):
//   \p{X} -> [ranges]            (outside a bracket class)
//   [\p{X}a] -> [ranges a]       (inside one)
// A negated class becomes its complement in 0..0x10FFFF (surrogates
// included, as Go's appendNegatedTable; no text ever holds one). Under
// case folding ((?i), tracked through groups as Go scopes flags) the class
// is first closed under Go's SimpleFold orbits, as Go adds
// unicode.FoldCategory/FoldScript, so the complement is Go's too.
// Names are Go's: the keys of unicode.Categories and unicode.Scripts, and
// Any.
// Case folding: under (?i) RE2 folds with its own (newer) tables, which
// add case pairs Go 1.19 lacks (Glagolitic U+2C2F/U+2C5F, Vithkuqi; all
// other orbits agree, checked rune by rune). A literal such rune is
// written (?-i:r), and a bracket class holding one is split (fold_class). The pattern as written stays the Regexp's String() and the source
// of error fragments (pkg_regexp.c).
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "pkg_internal.h"

#define WORDS (RT_UNICODE_BITS / 64)

static bool has_bit(const uint64_t *b, int32_t r) { return (b[r >> 6] >> (r & 63)) & 1; }
static void put_bit(uint64_t *b, int32_t r) { b[r >> 6] |= (uint64_t)1 << (r & 63); }

// simple_fold: Go's unicode.SimpleFold over Unicode 13 (runes assigned
// later have no case in Go 1.19).
static int32_t simple_fold(int32_t r) {
    int32_t o = rt_unicode_orbit(r);
    if (o < 0) {
        int32_t l = utf8proc_tolower(r);
        o = l != r ? l : utf8proc_toupper(r);
    }
    return o == r || rt_unicode_after13(r) || rt_unicode_after13(o) ? r : o;
}

int32_t rt_regexp_simple_fold(int32_t r) { return simple_fold(r); }

// fold_close adds to b every rune in the SimpleFold orbit of one in b.
static void fold_close(uint64_t *b) {
    for (int32_t w = 0; w < WORDS; w++) {
        for (uint64_t m = b[w]; m; m &= m - 1) {
            int32_t r = w * 64 + __builtin_ctzll(m);
            int32_t f = simple_fold(r);
            for (int k = 0; f != r && k < 8; k++, f = simple_fold(f)) put_bit(b, f);
        }
    }
}

// has_fold_table: Go has a unicode.FoldCategory or FoldScript table for
// the class (the others are closed under folding already).
static bool has_fold_table(const uint8_t *name, size_t n) {
    static const char *const names[] = {"L", "Ll", "Lt", "Lu", "M", "Mn", "Common", "Greek", "Inherited"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strlen(names[i]) == n && memcmp(names[i], name, n) == 0) return true;
    return false;
}

// emit_ranges appends b's runs as \x{lo}-\x{hi}; false when b is empty.
static bool emit_ranges(const uint64_t *b, StrBuf *out) {
    bool any = false;
    int32_t r = 0;
    while (r < RT_UNICODE_BITS) {
        if (!(r & 63) && !b[r >> 6]) {
            r += 64;
            continue;
        }
        if (!has_bit(b, r)) {
            r++;
            continue;
        }
        int32_t lo = r;
        while (r < RT_UNICODE_BITS) {
            if (!(r & 63) && b[r >> 6] == ~(uint64_t)0) r += 64;
            else if (has_bit(b, r)) r++;
            else break;
        }
        sb_printf(out, "\\x{%X}-\\x{%X}", (unsigned)lo, (unsigned)(r - 1));
        any = true;
    }
    return any;
}

// A class escape at p[i]: seq is its length, name/name_len the class
// name, negated after \P and ^.
typedef struct ClassEsc {
    size_t seq;
    const uint8_t *name;
    size_t name_len;
    bool negated;
} ClassEsc;

// parse_esc reads \p or \P at p[i] as Go's parseUnicodeClass; false for
// the malformed ones (no name, no closing brace, a non-ASCII letter),
// which are left to RE2 (whose error texts are Go's).
static bool parse_esc(const uint8_t *p, size_t n, size_t i, ClassEsc *e) {
    size_t j = i + 2;
    if (j >= n || p[j] >= 0x80) return false;
    e->negated = p[i + 1] == 'P';
    if (p[j] == '{') {
        const uint8_t *end = memchr(p + j, '}', n - j);
        if (!end) return false;
        e->name = p + j + 1;
        e->name_len = (size_t)(end - e->name);
        e->seq = (size_t)(end - (p + i)) + 1;
    } else {
        e->name = p + j;
        e->name_len = 1;
        e->seq = 3;
    }
    if (e->name_len > 0 && e->name[0] == '^') {
        e->negated = !e->negated;
        e->name++;
        e->name_len--;
    }
    return true;
}

// Flag scopes: fold[depth] is whether (?i) holds in the open group.
typedef struct Scopes {
    bool *fold;
    size_t depth;
} Scopes;

// open_group handles '(' at p[i] (flags (?i) (?-i) (?i:...) included);
// returns how many bytes of p it read.
static size_t open_group(Scopes *s, const uint8_t *p, size_t n, size_t i) {
    bool cur = s->fold[s->depth];
    if (i + 1 < n && p[i + 1] == '?' && i + 2 < n && p[i + 2] != 'P' && p[i + 2] != '<') {
        bool v = cur, neg = false;
        for (size_t k = i + 2; k < n; k++) {
            uint8_t c = p[k];
            if (c == '-') neg = true;
            else if (c == 'i') v = !neg;
            else if (c == ')') {
                s->fold[s->depth] = v;
                return k + 1 - i;
            } else if (c == ':') {
                s->fold[++s->depth] = v;
                return 1;
            } else if (c != 'm' && c != 's' && c != 'U') break;
        }
    }
    s->fold[++s->depth] = cur;
    return 1;
}

bool rt_regexp_fold_differs(int32_t r) {
    const utf8proc_property_t *pr = utf8proc_get_property(r);
    if (pr->lowercase_seqindex == UINT16_MAX && pr->uppercase_seqindex == UINT16_MAX && pr->titlecase_seqindex == UINT16_MAX)
        return false;
    int32_t l = utf8proc_tolower(r), u = utf8proc_toupper(r), t = utf8proc_totitle(r);
    return rt_unicode_after13(r) || rt_unicode_after13(l) || rt_unicode_after13(u) || rt_unicode_after13(t);
}

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
    return -1;
}

// one_rune reads the single rune at p[i] as Go's parser would (a raw
// rune, or an escape naming one: \x{..}, \x.., octal, \a \f \t \n \r \v,
// escaped punctuation); false for anything else (\d, \pL, bad UTF-8, ...).
static bool one_rune(const uint8_t *p, size_t n, size_t i, int32_t *r, size_t *next) {
    if (i >= n) return false;
    if (p[i] != '\\') {
        int w;
        *r = rt_decode_rune((GoString){p, (int64_t)n}, (int64_t)i, &w);
        if (*r == 0xFFFD && w == 1) return false;
        *next = i + (size_t)w;
        return true;
    }
    if (i + 1 >= n) return false;
    uint8_t c = p[i + 1];
    size_t j = i + 2;
    const char *e = strchr("aftnrv", c);
    if (c && e) {
        *r = "\a\f\t\n\r\v"[e - "aftnrv"];
    } else if (c == 'x') {
        int32_t v = 0;
        if (j < n && p[j] == '{') {
            size_t k = j + 1;
            for (; k < n && hexval(p[k]) >= 0 && v <= 0x10FFFF; k++) v = v * 16 + hexval(p[k]);
            if (k == j + 1 || k >= n || p[k] != '}' || v > 0x10FFFF) return false;
            j = k + 1;
        } else {
            if (j + 1 >= n || hexval(p[j]) < 0 || hexval(p[j + 1]) < 0) return false;
            v = hexval(p[j]) * 16 + hexval(p[j + 1]);
            j += 2;
        }
        *r = v;
    } else if (c >= '0' && c <= '7') {
        if (c != '0' && (j >= n || p[j] < '0' || p[j] > '7')) return false;   // a backreference
        int32_t v = c - '0';
        for (int k = 0; k < 2 && j < n && p[j] >= '0' && p[j] <= '7'; k++, j++) v = v * 8 + (p[j] - '0');
        *r = v;
    } else if (c < 0x80 && !(c >= '0' && c <= '9') && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
        *r = c;
    } else {
        return false;
    }
    *next = j;
    return true;
}

// Rewrite: the state of one rt_regexp_uclass_rewrite.
typedef struct Rewrite {
    Runtime *rt;
    StrBuf *out;
    uint64_t *bits;          // scratch for \p classes
    uint64_t *dbits;         // scratch for fold_class
    size_t *unknown, *unknown_len;
} Rewrite;

// expand_class writes the ranges of the class escape e at p[i] (in a
// bracket class or not, under (?i) or not).
static void expand_class(Rewrite *w, const ClassEsc *e, size_t i, bool fold, bool in_class) {
    StrBuf *out = w->out;
    uint64_t *bits = w->bits = w->bits ? w->bits : malloc(RT_UNICODE_BITS / 8);
    if (!bits) rt_fatal(w->rt, "out of memory");
    if (!rt_unicode_class_set(e->name, e->name_len, bits)) {
        if (!*w->unknown_len) {
            *w->unknown = i;
            *w->unknown_len = e->seq;
        }
        sb_puts(out, RT_UCLASS_UNKNOWN);
        return;
    }
    if (fold && has_fold_table(e->name, e->name_len)) fold_close(bits);
    if (e->negated)
        for (int k = 0; k < WORDS; k++) bits[k] = ~bits[k];
    // The set is closed under folding already: outside a class, (?-i:)
    // spares RE2 folding it again.
    bool wrap = fold && !in_class;
    if (!in_class) sb_puts(out, wrap ? "(?-i:[" : "[");
    if (!emit_ranges(bits, out)) sb_puts(out, in_class ? "\\x{D800}-\\x{D800}" : "^\\x00-\\x{10FFFF}");
    if (!in_class) sb_puts(out, wrap ? "])" : "]");
}

// put_fold_literal writes the rune r spelled p[i..next) outside a class
// under (?i): unfolded when RE2 would fold it and Go does not.
static void put_fold_literal(StrBuf *out, const uint8_t *p, size_t i, size_t next, int32_t r) {
    bool wrap = rt_regexp_fold_differs(r);
    if (wrap) sb_puts(out, "(?-i:");
    sb_put(out, p + i, next - i);
    if (wrap) sb_putc(out, ')');
}

// fold_class rewrites the bracket class at p[i] == '[' under (?i) when a
// rune in it folds differently in RE2 than in Go (rt_regexp_fold_differs:
// Go 1.19 has no case for it): with X the class's runes and D those runes,
//   [X]  -> (?:[X-D]|(?-i:[D]))           Go folds X-D as RE2 does
//   [^X] -> (?:[^X-D Dall]|(?-i:[Dall-D])) Dall: every such rune
// Returns false, writing nothing, when no rune of the class is one, or the
// class is malformed (RE2 then reports Go's error); else *next is after it.
static bool fold_class(Rewrite *w, const uint8_t *p, size_t n, size_t i, size_t *next) {
    StrBuf *out = w->out;
    size_t j = i + 1, body;
    bool neg = j < n && p[j] == '^';
    if (neg) j++;
    body = j;
    bool any = false;
    // Pass 1: find the end, check every range, look for a differing rune.
    for (bool first = true; j < n && (p[j] != ']' || first); first = false) {
        if (p[j] == '[' && j + 1 < n && p[j + 1] == ':') {
            const uint8_t *q = memmem(p + j + 2, n - j - 2, ":]", 2);
            if (q) {
                j = (size_t)(q - p) + 2;
                continue;
            }
        }
        if (p[j] == '\\' && j + 1 < n && strchr("dDsSwWpP", p[j + 1])) {
            ClassEsc e;
            if (p[j + 1] == 'p' || p[j + 1] == 'P') {
                if (!parse_esc(p, n, j, &e)) return false;
                j += e.seq;
            } else {
                j += 2;
            }
            continue;
        }
        int32_t lo, hi;
        if (!one_rune(p, n, j, &lo, &j)) return false;
        hi = lo;
        if (j + 1 < n && p[j] == '-' && p[j + 1] != ']' && (!one_rune(p, n, j + 1, &hi, &j) || hi < lo)) return false;
        for (int32_t r = lo; r <= hi && !any; r++) any = rt_regexp_fold_differs(r);
    }
    if (j >= n || !any) return false;
    *next = j + 1;
    // Pass 2: the class without the differing runes; those in bits.
    uint64_t *bits = w->dbits = w->dbits ? w->dbits : malloc(RT_UNICODE_BITS / 8);
    if (!bits) rt_fatal(w->rt, "out of memory");
    memset(bits, 0, RT_UNICODE_BITS / 8);
    sb_puts(out, neg ? "(?:[^" : "(?:[");
    size_t start = out->len;
    for (size_t k = body; k < j;) {
        size_t from = k;
        if (p[k] == '[' && k + 1 < n && p[k + 1] == ':') {
            const uint8_t *q = memmem(p + k + 2, n - k - 2, ":]", 2);
            if (q) {
                k = (size_t)(q - p) + 2;
                sb_put(out, p + from, k - from);
                continue;
            }
        }
        if (p[k] == '\\' && strchr("dDsSwWpP", p[k + 1])) {
            ClassEsc e;
            if (p[k + 1] == 'p' || p[k + 1] == 'P') {
                parse_esc(p, n, k, &e);
                expand_class(w, &e, k, true, true);
                k += e.seq;
            } else {
                sb_put(out, p + from, k - from + 2);
                k += 2;
            }
            continue;
        }
        int32_t lo, hi;
        one_rune(p, n, k, &lo, &k);
        hi = lo;
        if (k + 1 < j + 1 && p[k] == '-' && p[k + 1] != ']') one_rune(p, n, k + 1, &hi, &k);
        for (int32_t r = lo; r <= hi;) {
            if (rt_regexp_fold_differs(r)) {
                put_bit(bits, r++);
                continue;
            }
            int32_t e = r;
            while (e < hi && !rt_regexp_fold_differs(e + 1)) e++;
            sb_printf(out, "\\x{%X}-\\x{%X}", (unsigned)r, (unsigned)e);
            if (e == hi) break;
            r = e + 1;
        }
    }
    if (neg) {
        for (int32_t r = 0; r < RT_UNICODE_BITS; r++) {
            if (!rt_regexp_fold_differs(r)) continue;
            sb_printf(out, "\\x{%X}", (unsigned)r);
            bits[r >> 6] ^= (uint64_t)1 << (r & 63);
        }
    }
    bool rest = out->len > start;
    if (!rest) {   // [X-D] is empty: only the unfolded part
        out->len = start - (neg ? 5 : 4);
        sb_puts(out, "(?:");
    } else {
        sb_putc(out, ']');
    }
    StrBuf d = {0};
    if (emit_ranges(bits, &d)) {
        sb_puts(out, rest ? "|(?-i:[" : "(?-i:[");
        sb_put(out, d.p, d.len);
        sb_puts(out, "])");
    } else if (!rest) {
        sb_puts(out, "[^\\x00-\\x{10FFFF}]");
    }
    sb_free(&d);
    sb_putc(out, ')');
    return true;
}

// has_fold_rune: p[0..n) holds a rune (raw or \x escape) that folds
// differently in RE2 than in Go, and a flags group: fold_literal and
// fold_class may have work.
static bool has_fold_rune(const uint8_t *p, size_t n) {
    if (!memmem(p, n, "(?", 2)) return false;
    for (size_t i = 0; i < n;) {
        int32_t r;
        size_t next;
        if ((p[i] >= 0x80 || (p[i] == '\\' && i + 1 < n && p[i + 1] == 'x')) && one_rune(p, n, i, &r, &next)) {
            if (rt_regexp_fold_differs(r)) return true;
            i = next;
        } else if (p[i] == '\\' && i + 1 < n && p[i + 1] == 'x') {
            i += 2;
        } else {
            i++;
        }
    }
    // A range may hold one: [\x00-\x{10FFFF}].
    return memchr(p, '[', n) != NULL && memchr(p, '-', n) != NULL;
}

bool rt_regexp_uclass_rewrite(Runtime *rt, const uint8_t *p, size_t n, StrBuf *out, size_t *unknown, size_t *unknown_len) {
    if (!memmem(p, n, "\\p", 2) && !memmem(p, n, "\\P", 2) && !has_fold_rune(p, n)) return false;
    Scopes s = {calloc(n + 2, sizeof(bool)), 0};
    Rewrite w = {rt, out, NULL, NULL, unknown, unknown_len};
    if (!s.fold) rt_fatal(rt, "out of memory");
    *unknown_len = 0;
    bool in_class = false;
    size_t body = 0;   // in a class: where its items start
    for (size_t i = 0; i < n;) {
        uint8_t c = p[i];
        bool fold = s.fold[s.depth];
        if (c == '\\' && i + 1 < n) {
            uint8_t d = p[i + 1];
            ClassEsc e;
            int32_t r;
            size_t next;
            // x-\p{..} inside a class is Go's error: RE2 reports it.
            bool range_end = in_class && i > body && p[i - 1] == '-' && i - 1 > body;
            if ((d == 'p' || d == 'P') && !range_end && parse_esc(p, n, i, &e)) {
                expand_class(&w, &e, i, fold, in_class);
                i += e.seq;
                continue;
            }
            if (d == 'Q' && !in_class) {
                const uint8_t *q = memmem(p + i + 2, n - i - 2, "\\E", 2);
                size_t end = q ? (size_t)(q - p) + 2 : n, stop = q ? end - 2 : n;
                if (!fold) {
                    sb_put(out, p + i, end - i);
                } else {   // each rune on its own, as \x{..}
                    for (size_t k = i + 2; k < stop; k = next) {
                        if (!one_rune(p, stop, k, &r, &next)) r = p[k], next = k + 1;
                        sb_puts(out, rt_regexp_fold_differs(r) ? "(?-i:" : "(?:");
                        sb_printf(out, "\\x{%X})", (unsigned)r);
                    }
                }
                i = end;
                continue;
            }
            if (fold && !in_class && d == 'x' && one_rune(p, n, i, &r, &next)) {
                put_fold_literal(out, p, i, next, r);
                i = next;
                continue;
            }
            sb_put(out, p + i, 2);
            i += 2;
            continue;
        }
        if (in_class) {
            if (c == '[' && i + 1 < n && p[i + 1] == ':') {
                const uint8_t *q = memmem(p + i + 2, n - i - 2, ":]", 2);
                if (q) {
                    size_t end = (size_t)(q - p) + 2;
                    sb_put(out, p + i, end - i);
                    i = end;
                    continue;
                }
            } else if (c == ']' && i > body) {
                in_class = false;
            }
        } else if (c == '[') {
            size_t next;
            if (fold && fold_class(&w, p, n, i, &next)) {
                i = next;
                continue;
            }
            in_class = true;
            body = i + 1;
            if (body < n && p[body] == '^') body++;
            sb_put(out, p + i, body - i);
            i = body;
            continue;
        } else if (c == '(') {
            size_t k = open_group(&s, p, n, i);
            sb_put(out, p + i, k);
            i += k;
            continue;
        } else if (c == ')' && s.depth > 0) {
            s.depth--;
        } else if (c >= 0x80 && fold) {
            int32_t r;
            size_t next;
            if (one_rune(p, n, i, &r, &next)) {
                put_fold_literal(out, p, i, next, r);
                i = next;
                continue;
            }
        }
        sb_putc(out, (char)c);
        i++;
    }
    free(w.bits);
    free(w.dbits);
    free(s.fold);
    return true;
}

bool rt_regexp_posix_rewrite(const uint8_t *p, size_t n, StrBuf *out) {
    bool any = false;
    size_t copied = 0;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\\') {
            i++;
            continue;
        }
        if (p[i] != '[') continue;
        size_t j = i + 1;
        bool neg = j < n && p[j] == '^';
        if (neg) j++;
        for (bool first = true; j < n && (p[j] != ']' || first); first = false) {
            if (p[j] == '[' && j + 1 < n && p[j + 1] == ':') {
                const uint8_t *q = memmem(p + j + 2, n - j - 2, ":]", 2);
                if (q) {
                    j = (size_t)(q - p) + 2;
                    continue;
                }
            }
            j += p[j] == '\\' ? 2 : 1;
        }
        if (j >= n) break;   // unclosed: RE2 reports it
        if (neg) {
            sb_put(out, p + copied, j - copied);
            sb_puts(out, "\\n");
            copied = j;
            any = true;
        }
        i = j;
    }
    if (any) sb_put(out, p + copied, n - copied);
    return any;
}
