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
// Any. The pattern as written stays the Regexp's String() and the source
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

bool rt_regexp_uclass_rewrite(Runtime *rt, const uint8_t *p, size_t n, StrBuf *out, size_t *unknown, size_t *unknown_len) {
    if (!memmem(p, n, "\\p", 2) && !memmem(p, n, "\\P", 2)) return false;
    Scopes s = {calloc(n + 2, sizeof(bool)), 0};
    uint64_t *bits = malloc(RT_UNICODE_BITS / 8);
    if (!s.fold || !bits) rt_fatal(rt, "out of memory");
    *unknown_len = 0;
    bool in_class = false;
    size_t body = 0;   // in a class: where its items start
    for (size_t i = 0; i < n;) {
        uint8_t c = p[i];
        if (c == '\\' && i + 1 < n) {
            uint8_t d = p[i + 1];
            ClassEsc e;
            // x-\p{..} inside a class is Go's error: RE2 reports it.
            bool range_end = in_class && i > body && p[i - 1] == '-' && i - 1 > body;
            if ((d == 'p' || d == 'P') && !range_end && parse_esc(p, n, i, &e)) {
                if (!rt_unicode_class_set(e.name, e.name_len, bits)) {
                    if (!*unknown_len) {
                        *unknown = i;
                        *unknown_len = e.seq;
                    }
                    sb_puts(out, RT_UCLASS_UNKNOWN);
                } else {
                    if (s.fold[s.depth] && has_fold_table(e.name, e.name_len)) fold_close(bits);
                    if (e.negated)
                        for (int w = 0; w < WORDS; w++) bits[w] = ~bits[w];
                    // The set is closed under folding already: outside a
                    // class, (?-i:) spares RE2 folding it again.
                    bool fold = s.fold[s.depth] && !in_class;
                    if (!in_class) sb_puts(out, fold ? "(?-i:[" : "[");
                    if (!emit_ranges(bits, out)) sb_puts(out, in_class ? "\\x{D800}-\\x{D800}" : "^\\x00-\\x{10FFFF}");
                    if (!in_class) sb_puts(out, fold ? "])" : "]");
                }
                i += e.seq;
                continue;
            }
            if (d == 'Q' && !in_class) {
                const uint8_t *q = memmem(p + i + 2, n - i - 2, "\\E", 2);
                size_t end = q ? (size_t)(q - p) + 2 : n;
                sb_put(out, p + i, end - i);
                i = end;
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
        }
        sb_putc(out, (char)c);
        i++;
    }
    free(bits);
    free(s.fold);
    return true;
}
