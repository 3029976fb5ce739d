// pkg_regexp.c - package regexp on RE2 (re2_bridge.cc), the engine Go's
// regexp was ported from. RE2 answers one question, "the leftmost match at
// or after pos"; everything Go-specific is here, ported from Go 1.19's
// regexp.go: the iteration of FindAll (an empty match right after a
// previous match is skipped) and ReplaceAll, $-expansion, Split, the error
// texts, MustCompile's panic, QuoteMeta.
//
// Where RE2 and Go differ and how it is closed:
//   - \C (any byte) is RE2-only: RE2 sees \i (which it rejects) in its
//     place, so the first error in the pattern is Go's "invalid escape
//     sequence: `\C`" or an earlier one.
//   - a bad repeat count after a repetition (a{2}{1001}) is Go's "invalid
//     repeat count" (Go checks the count before the nesting), and the
//     fragment of a bad count stops before a lazy '?'; an unfinished \x{
//     at the end is an invalid escape, not invalid UTF-8 (go_fragment).
//   - CompilePOSIX: Go's POSIX syntax has no ClassNL, so a negated class
//     does not match \n; RE2 always sets it: [^a] is given as [^a\n].
//   - Nesting deeper than 1000 groups: Go's "expression nests too deeply"
//     is reported here (RE2 accepts it).
//   - invalid UTF-8 in a pattern: RE2 names no fragment; Go's text shows
//     the rest of the pattern from the bad byte, computed here.
//   - the other parse errors: RE2's codes map one to one to Go's, and the
//     fragment RE2 blames is the one Go prints.
//   - MatchReader and FindReader*Index read the whole input first (Go
//     reads only as far as the match needs; results are the same).
//   - RE2's \B also holds between the bytes of one UTF-8 character: such
//     matches are skipped (exec), as Go only tries character boundaries.
//   - invalid UTF-8 in the searched text: Go reads each bad byte as U+FFFD
//     of width 1, RE2 matches none: such a text is searched as a valid
//     copy (see Fixed below).
//   - LiteralPrefix needs Go's compiled program: regexp_prefix.c walks
//     the pattern instead.
//   - RE2's Unicode tables are newer than Go 1.19's: Unicode class
//     escapes are replaced by Go's ranges first, and runes RE2 folds under
//     (?i) but Go does not are kept out of RE2's folding (regexp_uclass.c).
//
// The bridge is loaded with dlopen on first use (re2_load.c), so programs
// that never compile a regexp do not load RE2 or the C++ runtime.
// Compiled programs are C++ objects: the Runtime keeps them in a table
// (Runtime.regexp_progs) keyed by pattern and mode, so recompiling the same
// pattern reuses its program; the table is freed with the Runtime. A Go
// *regexp.Regexp holds the table index, never a C pointer.
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "internal.h"
#include "pkg_internal.h"
#include "re2_load.h"

// Regexp (Go type: struct { expr string; numSubexp int; subexpNames
// []string; longest bool; posix bool; prog int }).
typedef struct Regexp {
    GoString expr;
    int64_t num_subexp;
    GoSlice subexp_names;
    bool longest, posix;
    int64_t prog;             // 1 + index in Runtime.regexp_progs; 0 for a zero Regexp
} Regexp;

typedef struct ProgEntry {
    char *expr;
    size_t len;
    int mode;
    Re2Prog *prog;
} ProgEntry;

struct RegexpProgs {
    ProgEntry *v;
    size_t n, cap;
};

void rt_regexp_free(Runtime *rt) {
    struct RegexpProgs *t = rt->regexp_progs;
    if (!t) return;
    for (size_t i = 0; i < t->n; i++) {
        rt->re2_api->free(t->v[i].prog);
        free(t->v[i].expr);
    }
    free(t->v);
    free(t);
    rt->regexp_progs = NULL;
}

static const uint8_t mask_word0[] = {0x01};
#define SLICE_TYPE(var, el, spelling) \
    static const Type var = {.kind = KIND_SLICE, .align = 8, .flags = TF_BOXED, .size = 16, .underlying = &var, \
                             .elem = (el), .ptrwords = 1, .gcmask = mask_word0, .str = (spelling)}
SLICE_TYPE(ty_ints, &rt_ptype_int, "[]int");
SLICE_TYPE(ty_strings, &rt_ptype_string, "[]string");
SLICE_TYPE(ty_bytes_list, &rt_ptype_bytes, "[][]uint8");

// ---- compiling ----

static const char *const err_text[] = {
    [RE2E_INTERNAL] = "unexpected error",
    [RE2E_BAD_ESCAPE] = "invalid escape sequence",
    [RE2E_BAD_CHAR_CLASS] = "invalid character class",
    [RE2E_BAD_CHAR_RANGE] = "invalid character class range",
    [RE2E_MISSING_BRACKET] = "missing closing ]",
    [RE2E_MISSING_PAREN] = "missing closing )",
    [RE2E_UNEXPECTED_PAREN] = "unexpected )",
    [RE2E_TRAILING_BACKSLASH] = "trailing backslash at end of expression",
    [RE2E_REPEAT_ARGUMENT] = "missing argument to repetition operator",
    [RE2E_REPEAT_SIZE] = "invalid repeat count",
    [RE2E_REPEAT_OP] = "invalid nested repetition operator",
    [RE2E_BAD_PERL_OP] = "invalid or unsupported Perl syntax",
    [RE2E_BAD_UTF8] = "invalid UTF-8",
    [RE2E_BAD_NAMED_CAPTURE] = "invalid named capture",
    [RE2E_TOO_LARGE] = "expression too large",
};

// go_only_check finds what Go rejects and RE2 accepts: \C (*c_at is the
// offset of the first, or -1), and nesting deeper than Go's limit
// (RE2E_INTERNAL). Returns RE2E_BAD_ESCAPE when there is a \C.
static Re2Err go_only_check(const uint8_t *p, size_t n, int64_t *c_at) {
    int depth = 0, max_depth = 0;
    bool in_class = false;
    *c_at = -1;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '\\' && i + 1 < n) {
            if (p[i + 1] == 'C' && *c_at < 0) *c_at = (int64_t)i;
            if (p[i + 1] == 'Q') {
                const uint8_t *e = memmem(p + i + 2, n - i - 2, "\\E", 2);
                i = e ? (size_t)(e - p) + 1 : n;
                continue;
            }
            i++;
        } else if (in_class) {
            if (p[i] == ']') in_class = false;
        } else if (p[i] == '[') {
            in_class = true;
            if (i + 1 < n && p[i + 1] == '^') i++;
            if (i + 1 < n && p[i + 1] == ']') i++;
        } else if (p[i] == '(') {
            if (++depth > max_depth) max_depth = depth;
        } else if (p[i] == ')') {
            depth--;
        }
    }
    if (max_depth >= 1000) return RE2E_INTERNAL;
    return *c_at >= 0 ? RE2E_BAD_ESCAPE : RE2E_OK;
}

// bad_count: the repetition {..} at p[0..n) has a count Go rejects by
// itself (over 1000, or max < min); *len is its length without a '?'.
static bool bad_count(const char *p, size_t n, size_t *len) {
    if (n < 3 || p[0] != '{') return false;
    int64_t lo = 0, hi = -2;
    size_t i = 1;
    for (; i < n && p[i] >= '0' && p[i] <= '9'; i++) lo = lo < 100000 ? lo * 10 + (p[i] - '0') : lo;
    if (i < n && p[i] == ',') {
        hi = -1;
        for (i++; i < n && p[i] >= '0' && p[i] <= '9'; i++) hi = hi < 0 ? p[i] - '0' : hi < 100000 ? hi * 10 + (p[i] - '0') : hi;
    }
    if (i >= n || p[i] != '}') return false;
    *len = i + 1;
    if (hi == -2) hi = lo;
    return lo > 1000 || hi > 1000 || (hi >= 0 && hi < lo);
}

// go_fragment turns RE2's repetition errors into Go's: Go checks a
// count's range before nesting (a{2}{1001}: "invalid repeat count"), and
// its fragment for a bad count stops before a non-greedy '?'.
static void go_fragment(Re2Err *code, const char **arg, size_t *arg_len) {
    size_t len;
    if (*code == RE2E_REPEAT_SIZE && bad_count(*arg, *arg_len, &len) && len + 1 == *arg_len) {
        *arg_len = len;
    } else if (*code == RE2E_REPEAT_OP && *arg_len > 1) {
        const char *last = memrchr(*arg, '{', *arg_len);
        if (last && last > *arg && bad_count(last, *arg_len - (size_t)(last - *arg), &len)) {
            *code = RE2E_REPEAT_SIZE;
            *arg_len = len;
            *arg = last;
        }
    }
}

// compile_error: Go's *syntax.Error text, as an error value.
static GoIface compile_error(Runtime *rt, const char *code, const uint8_t *arg, size_t n) {
    StrBuf b = {0};
    sb_puts(&b, "error parsing regexp: ");
    sb_puts(&b, code);
    sb_puts(&b, ": `");
    sb_put(&b, arg, n);
    sb_putc(&b, '`');
    GoIface e = rt_error_new(rt, b.p, b.len);
    sb_free(&b);
    return e;
}

// re2_error: Go's error for RE2's code and fragment (posix: CompilePOSIX,
// which has no \p classes). expr is the pattern
// as written, except that each \C may have been replaced by \i (see
// find_prog): a bad escape \i then blames the first of them.
static GoIface re2_error(Runtime *rt, GoString expr, bool posix, Re2Err code, const char *arg, size_t arg_len) {
    go_fragment(&code, &arg, &arg_len);
    bool class_esc = arg_len == 2 && (memcmp(arg, "\\p", 2) == 0 || memcmp(arg, "\\P", 2) == 0);
    if (code == RE2E_BAD_ESCAPE && class_esc && !posix && expr.len >= 2 && expr.ptr[expr.len - 2] == '\\' &&
        (expr.ptr[expr.len - 1] == 'p' || expr.ptr[expr.len - 1] == 'P')) {
        // [\p at the end: Go reads a class with no name (but [a-\p: a bad range end)
        const uint8_t *q = expr.ptr + expr.len - 2;
        bool range_end = q - expr.ptr >= 2 && q[-1] == '-' && q[-2] != '[' && q[-2] != '^';
        if (!range_end) code = RE2E_BAD_CHAR_RANGE;
    }
    if (code == RE2E_BAD_CHAR_RANGE && class_esc && !posix) {
        // \p before a bad byte: Go's error is the bad UTF-8.
        for (int64_t i = 0; i + 2 < expr.len; i++) {
            int w;
            if (expr.ptr[i] == '\\' && (expr.ptr[i + 1] == 'p' || expr.ptr[i + 1] == 'P') &&
                rt_decode_rune(expr, i + 2, &w) == 0xFFFD && w == 1)
                return compile_error(rt, err_text[RE2E_BAD_UTF8], expr.ptr + i + 2, (size_t)(expr.len - i - 2));
        }
    }
    if (code == RE2E_BAD_ESCAPE && arg_len == 2 && memcmp(arg, "\\i", 2) == 0) {
        for (int64_t i = 0; i + 1 < expr.len; i++) {
            if (expr.ptr[i] != '\\') continue;
            if (expr.ptr[i + 1] == 'i' || expr.ptr[i + 1] == 'C') return compile_error(rt, err_text[code], expr.ptr + i, 2);
            i++;
        }
    }
    if (code == RE2E_BAD_UTF8 && utf8proc_decompose((const utf8proc_uint8_t *)expr.ptr, expr.len, NULL, 0, 0) >= 0) {
        // RE2 reads an unfinished \x{.. at the end as bad UTF-8; Go's
        // text is the escape to the end.
        const uint8_t *x = memmem(expr.ptr, (size_t)expr.len, "\\x{", 3);
        while (x) {
            const uint8_t *next = memmem(x + 3, (size_t)(expr.ptr + expr.len - x - 3), "\\x{", 3);
            if (!next && !memchr(x, '}', (size_t)(expr.ptr + expr.len - x)))
                return compile_error(rt, err_text[RE2E_BAD_ESCAPE], x, (size_t)(expr.ptr + expr.len - x));
            x = next;
        }
    }
    if (code == RE2E_BAD_UTF8) {
        for (int64_t i = 0; i < expr.len;) {
            int w;
            int32_t r = rt_decode_rune(expr, i, &w);
            if (r == 0xFFFD && w == 1) return compile_error(rt, err_text[code], expr.ptr + i, (size_t)(expr.len - i));
            i += w;
        }
    }
    return compile_error(rt, err_text[code], (const uint8_t *)(arg ? arg : ""), arg_len);
}

// compile_go_classes compiles expr in mode with Go 1.19's Unicode classes
// (regexp_uclass.c); NULL with *err set, its fragment from shown (expr as
// written, which may differ from expr at a \C: see find_prog).
static Re2Prog *compile_go_classes(Runtime *rt, GoString expr, GoString shown, int mode, GoIface *err) {
    StrBuf rw = {0};
    size_t unknown = 0, unknown_len = 0;
    bool rewritten = mode == RE2_MODE_POSIX
                         ? rt_regexp_posix_rewrite(expr.ptr, (size_t)expr.len, &rw)
                         : rt_regexp_uclass_rewrite(rt, expr.ptr, (size_t)expr.len, &rw, &unknown, &unknown_len);
    Re2Err code;
    char *arg = NULL;
    size_t arg_len = 0;
    Re2Prog *prog = rewritten ? re2_api(rt)->compile(rw.p, rw.len, mode, &code, &arg, &arg_len)
                              : re2_api(rt)->compile((const char *)expr.ptr, (size_t)expr.len, mode, &code, &arg, &arg_len);
    sb_free(&rw);
    if (prog) return prog;
    size_t k = strlen(RT_UCLASS_UNKNOWN);
    if (rewritten && unknown_len && code == RE2E_BAD_CHAR_RANGE && arg_len == k && memcmp(arg, RT_UCLASS_UNKNOWN, k) == 0) {
        *err = compile_error(rt, err_text[code], expr.ptr + unknown, unknown_len);
        free(arg);
        return NULL;
    }
    if (rewritten) {
        // The fragment must come from the pattern as written: the error
        // lies outside the classes, so RE2 finds it in expr too.
        char *arg2 = NULL;
        size_t arg2_len = 0;
        Re2Err code2;
        Re2Prog *p2 = re2_api(rt)->compile((const char *)expr.ptr, (size_t)expr.len, mode, &code2, &arg2, &arg2_len);
        if (p2) {
            re2_api(rt)->free(p2);   // only the expansion fails (e.g. too large): its error
        } else {
            free(arg);
            arg = arg2, arg_len = arg2_len, code = code2;
        }
    }
    if (arg && shown.ptr != expr.ptr && !(arg_len == 2 && memcmp(arg, "\\i", 2) == 0)) {
        const uint8_t *at = memmem(expr.ptr, (size_t)expr.len, arg, arg_len);
        if (at) memcpy(arg, shown.ptr + (at - expr.ptr), arg_len);
    }
    *err = re2_error(rt, shown, mode == RE2_MODE_POSIX, code, arg, arg_len);
    free(arg);
    return NULL;
}

// find_prog: the table index of expr compiled in mode, compiling it on
// first use; -1 with *err set when it does not compile.
static int64_t find_prog(Runtime *rt, GoString expr, int mode, GoIface *err) {
    struct RegexpProgs *t = rt->regexp_progs;
    if (!t) {
        t = rt->regexp_progs = calloc(1, sizeof *t);
        if (!t) rt_fatal(rt, "out of memory");
    }
    for (size_t i = 0; i < t->n; i++)
        if (t->v[i].mode == mode && t->v[i].len == (size_t)expr.len && memcmp(t->v[i].expr, expr.ptr, t->v[i].len) == 0)
            return (int64_t)i;
    int64_t c_at;
    Re2Err code = go_only_check(expr.ptr, (size_t)expr.len, &c_at);
    if (code == RE2E_INTERNAL) {
        *err = compile_error(rt, "expression nests too deeply", expr.ptr, (size_t)expr.len);
        return -1;
    }
    if (code == RE2E_BAD_ESCAPE) {
        // Go rejects \C, RE2 accepts it: RE2 sees \i (an escape it rejects
        // too) in its place, so that an error before it is reported first.
        uint8_t *copy = malloc((size_t)expr.len);
        if (!copy) rt_fatal(rt, "out of memory");
        memcpy(copy, expr.ptr, (size_t)expr.len);
        for (int64_t i = c_at; i + 1 < expr.len; i++) {
            if (copy[i] != '\\') continue;
            if (copy[i + 1] == 'C') copy[i + 1] = 'i';
            i++;
        }
        Re2Prog *bad = compile_go_classes(rt, (GoString){copy, expr.len}, expr, mode, err);
        if (bad) re2_api(rt)->free(bad);
        free(copy);
        return -1;
    }
    Re2Prog *prog = compile_go_classes(rt, expr, expr, mode, err);
    if (!prog) return -1;
    if (t->n == t->cap) {
        t->cap = t->cap ? 2 * t->cap : 8;
        t->v = realloc(t->v, t->cap * sizeof *t->v);
        if (!t->v) rt_fatal(rt, "out of memory");
    }
    ProgEntry *e = &t->v[t->n];
    e->expr = malloc((size_t)expr.len + 1);
    if (!e->expr) rt_fatal(rt, "out of memory");
    memcpy(e->expr, expr.ptr, (size_t)expr.len);
    e->len = (size_t)expr.len;
    e->mode = mode;
    e->prog = prog;
    return (int64_t)t->n++;
}

// prog_of: re's program; a zero Regexp (never compiled) panics as Go's
// nil prog does.
static const Re2Prog *prog_of(Runtime *rt, const Regexp *re) {
    if (re->prog <= 0) rt_panic_nil_deref(rt);
    return rt->regexp_progs->v[re->prog - 1].prog;
}

static void set_string(Runtime *rt, GoString *slot, GoString s) {
    gc_write_ptr(rt, (void **)&slot->ptr, (void *)s.ptr);
    slot->len = s.len;
}

// compile: Go's compile(expr, mode, longest); NULL with *err on error.
static Regexp *compile(Runtime *rt, GoString expr, bool posix, GoIface *err) {
    int64_t prog = find_prog(rt, expr, posix ? RE2_MODE_POSIX : RE2_MODE_PERL, err);
    if (prog < 0) return NULL;
    const Re2Prog *p = rt->regexp_progs->v[prog].prog;
    const Type *t = rt_pkg_type(rt, "regexp", "Regexp", false);
    if (!t) rt_fatal(rt, "regexp.Regexp: package type missing");
    Regexp *re = rt_alloc(rt, t);
    set_string(rt, &re->expr, expr);
    re->num_subexp = rt->re2_api->num_groups(p);
    re->longest = posix;
    re->posix = posix;
    re->prog = prog + 1;
    GoSlice names = rt_make_slice(rt, &rt_ptype_string, re->num_subexp + 1, re->num_subexp + 1);
    GoString *nv = names.ptr;
    for (int64_t i = 1; i <= re->num_subexp; i++) {
        const char *name = rt->re2_api->group_name(p, (int)i);
        if (name) set_string(rt, &nv[i], rt_string_from_c(rt, name, strlen(name)));
    }
    gc_write_ptr(rt, &re->subexp_names.ptr, names.ptr);
    re->subexp_names.len = re->subexp_names.cap = names.len;
    return re;
}

static Regexp *recv(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

// ---- matching (Go's doExecute, allMatches, replaceAll) ----

// Invalid UTF-8 in the searched text: Go reads each bad byte as U+FFFD of
// width 1, RE2 matches no bad byte. A text that is not valid UTF-8 is
// searched as a copy with each bad byte spelled EF BF BD (so `.`, [^x]
// and \x{FFFD} match it as in Go), and offsets are mapped between the two
// through the sorted list of the bad bytes' offsets. The copy and the list
// are made once per call of a method (Input.fixed), on the Go heap.
typedef struct Fixed { const uint8_t *q; int64_t qn; const int64_t *bad; int64_t nbad; } Fixed;

// The searched text; state: IN_UNKNOWN until exec first looks at it.
enum { IN_UNKNOWN, IN_VALID, IN_FIXED };
typedef struct Input { const uint8_t *p; int64_t n; int state; Fixed fixed; } Input;

static Input in_str(GoString s) { return (Input){s.ptr, s.len, IN_UNKNOWN, {0}}; }
static Input in_bytes(GoSlice b) { return (Input){b.ptr, b.len, IN_UNKNOWN, {0}}; }

// bad_at: whether in.p[i] starts no valid rune (Go: RuneError of width 1).
static bool bad_at(Input in, int64_t i, int *w) {
    if (in.p[i] < 0x80) {
        *w = 1;
        return false;
    }
    int32_t r = rt_decode_rune((GoString){in.p, in.n}, i, w);
    return r == 0xFFFD && *w == 1;
}

// prepare: decides in->state, building the valid copy when needed.
static void prepare(Runtime *rt, Input *in) {
    if (in->state != IN_UNKNOWN) return;
    int64_t nbad = 0;
    int w;
    for (int64_t i = 0; i < in->n; i += w) nbad += bad_at(*in, i, &w);
    in->state = nbad ? IN_FIXED : IN_VALID;
    if (!nbad) return;
    GoSlice q = rt_make_slice(rt, &rt_ptype_uint8, in->n + 2 * nbad, in->n + 2 * nbad);
    GoSlice bad = rt_make_slice(rt, &rt_ptype_int, nbad, nbad);
    uint8_t *d = q.ptr;
    int64_t *b = bad.ptr, k = 0;
    for (int64_t i = 0; i < in->n; i += w) {
        if (bad_at(*in, i, &w)) {
            b[k++] = i;
            memcpy(d, "\xEF\xBF\xBD", 3);
            d += 3;
        } else {
            memcpy(d, in->p + i, (size_t)w);
            d += w;
        }
    }
    in->fixed = (Fixed){q.ptr, (int64_t)q.len, b, nbad};
}

// to_fixed: the offset in the copy of the text's offset pos.
static int64_t to_fixed(const Fixed *f, int64_t pos) {
    int64_t lo = 0, hi = f->nbad;   // count the bad bytes before pos
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        if (f->bad[mid] < pos) lo = mid + 1; else hi = mid;
    }
    return pos + 2 * lo;
}

// from_fixed: the text's offset of the copy's offset x (x is a rune
// boundary of the copy, as RE2's match offsets are).
static int64_t from_fixed(const Fixed *f, int64_t x) {
    if (x < 0) return x;
    int64_t lo = 0, hi = f->nbad;   // count the U+FFFD that start before x
    while (lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        if (f->bad[mid] + 2 * mid < x) lo = mid + 1; else hi = mid;
    }
    if (lo > 0 && x < f->bad[lo - 1] + 2 * (lo - 1) + 3) return f->bad[lo - 1] + 1;   // inside one: not expected
    return x - 2 * lo;
}

// rune_end: when i is inside a valid multi-byte UTF-8 sequence of in, the
// index just past it; else -1.
static int64_t rune_end(Input in, int64_t i) {
    if (i <= 0 || i >= in.n || (in.p[i] & 0xC0) != 0x80) return -1;
    for (int64_t j = i - 1; j >= 0 && j >= i - 3; j--) {
        if ((in.p[j] & 0xC0) == 0x80) continue;
        int w;
        rt_decode_rune((GoString){in.p, in.n}, j, &w);
        return j + w > i ? j + w : -1;
    }
    return -1;
}

// exec_valid: the leftmost match in valid UTF-8 at or after pos; caps has
// 2*ncap slots. RE2's empty-width \B can hold between the bytes of one
// character; Go only looks at character boundaries, so such matches are
// skipped.
static bool exec_valid(Runtime *rt, const Regexp *re, const Re2Prog *prog, Input in, int64_t pos, int ncap, int64_t *caps) {
    if (ncap == 0 && (re->expr.len < 2 || !memmem(re->expr.ptr, (size_t)re->expr.len, "\\B", 2)))   // yes/no
        return rt->re2_api->match(prog, (const char *)in.p, (size_t)in.n, (size_t)pos, 0, NULL);
    int64_t local[2], *c = ncap > 0 ? caps : local;
    for (;;) {
        if (!rt->re2_api->match(prog, (const char *)in.p, (size_t)in.n, (size_t)pos, ncap > 0 ? ncap : 1, c))
            return false;
        int64_t next = rune_end(in, c[0]);
        if (next < 0) return true;
        pos = next;
    }
}

// exec: the leftmost match of re in *in at or after pos (offsets of *in).
static bool exec(Runtime *rt, const Regexp *re, Input *in, int64_t pos, int ncap, int64_t *caps) {
    const Re2Prog *prog = prog_of(rt, re);   // panics first for a zero Regexp
    prepare(rt, in);
    if (in->state == IN_VALID) return exec_valid(rt, re, prog, *in, pos, ncap, caps);
    const Fixed *f = &in->fixed;
    Input t = {f->q, f->qn, IN_VALID, {0}};
    if (!exec_valid(rt, re, prog, t, to_fixed(f, pos), ncap, caps)) return false;
    for (int i = 0; i < 2 * ncap; i++) caps[i] = from_fixed(f, caps[i]);
    return true;
}

static int width_at(Input in, int64_t pos) {
    if (pos >= in.n) return 0;
    int w;
    rt_decode_rune((GoString){in.p, in.n}, pos, &w);
    return w;
}

typedef void (*Deliver)(Runtime *rt, void *ctx, const int64_t *caps);

// all_matches: Go's allMatches: up to n matches, skipping an empty match
// that starts where the previous match ended.
static void all_matches(Runtime *rt, const Regexp *re, Input in, int64_t n, int ncap, Deliver deliver, void *ctx) {
    int64_t *caps = malloc(sizeof(int64_t) * 2 * (size_t)(ncap > 1 ? ncap : 1));
    if (!caps) rt_fatal(rt, "out of memory");
    for (int64_t pos = 0, i = 0, prev_end = -1; i < n && pos <= in.n;) {
        if (!exec(rt, re, &in, pos, ncap, caps)) break;
        bool accept = true;
        if (caps[1] == pos) {
            if (caps[0] == prev_end) accept = false;
            int w = width_at(in, pos);
            pos = w > 0 ? pos + w : in.n + 1;
        } else {
            pos = caps[1];
        }
        prev_end = caps[1];
        if (accept) {
            deliver(rt, ctx, caps);
            i++;
        }
    }
    free(caps);
}

typedef void (*Replace)(Runtime *rt, void *ctx, StrBuf *dst, const int64_t *caps);

// replace_all: Go's replaceAll.
static void replace_all(Runtime *rt, const Regexp *re, Input src, int ncap, Replace repl, void *ctx, StrBuf *buf) {
    int64_t last_end = 0, search = 0;
    int64_t *caps = malloc(sizeof(int64_t) * 2 * (size_t)ncap);
    if (!caps) rt_fatal(rt, "out of memory");
    while (search <= src.n) {
        if (!exec(rt, re, &src, search, ncap, caps)) break;
        sb_put(buf, src.p + last_end, (size_t)(caps[0] - last_end));
        if (caps[1] > last_end || caps[0] == 0) repl(rt, ctx, buf, caps);
        last_end = caps[1];
        int w = width_at(src, search);
        if (search + w > caps[1])
            search += w;
        else if (search + 1 > caps[1])
            search++;
        else
            search = caps[1];
    }
    sb_put(buf, src.p + last_end, (size_t)(src.n - last_end));
    free(caps);
}

// ---- $-expansion (Go's expand and extract) ----

static bool is_letter_or_digit(int32_t r) {
    if (r < 0x80) return (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || (r >= '0' && r <= '9');
    utf8proc_category_t c = utf8proc_category(r);
    return c == UTF8PROC_CATEGORY_LU || c == UTF8PROC_CATEGORY_LL || c == UTF8PROC_CATEGORY_LT
        || c == UTF8PROC_CATEGORY_LM || c == UTF8PROC_CATEGORY_LO || c == UTF8PROC_CATEGORY_ND;
}

// extract: Go's extract: a group reference at t[0..); false when none.
static bool extract(Input t, Input *name, int64_t *num, int64_t *rest_at) {
    if (t.n == 0) return false;
    bool brace = t.p[0] == '{';
    int64_t start = brace ? 1 : 0, i = start;
    while (i < t.n) {
        int w;
        int32_t r = rt_decode_rune((GoString){t.p, t.n}, i, &w);
        if (!is_letter_or_digit(r) && r != '_') break;
        i += w;
    }
    if (i == start) return false;
    *name = (Input){t.p + start, i - start, IN_UNKNOWN, {0}};
    if (brace) {
        if (i >= t.n || t.p[i] != '}') return false;
        i++;
    }
    *num = 0;
    for (int64_t k = 0; k < name->n; k++) {
        if (name->p[k] < '0' || '9' < name->p[k] || *num >= 100000000) {
            *num = -1;
            break;
        }
        *num = *num * 10 + (name->p[k] - '0');
    }
    if (name->p[0] == '0' && name->n > 1) *num = -1;
    *rest_at = i;
    return true;
}

static void expand(const Regexp *re, StrBuf *dst, Input tmpl, Input src, const int64_t *match, int64_t nmatch) {
    while (tmpl.n > 0) {
        const uint8_t *d = memchr(tmpl.p, '$', (size_t)tmpl.n);
        if (!d) break;
        sb_put(dst, tmpl.p, (size_t)(d - tmpl.p));
        tmpl.n -= d - tmpl.p + 1;
        tmpl.p = d + 1;
        if (tmpl.n > 0 && tmpl.p[0] == '$') {
            sb_putc(dst, '$');
            tmpl.p++, tmpl.n--;
            continue;
        }
        Input name;
        int64_t num, rest;
        if (!extract(tmpl, &name, &num, &rest)) {
            sb_putc(dst, '$');
            continue;
        }
        tmpl.p += rest, tmpl.n -= rest;
        if (num >= 0) {
            if (2 * num + 1 < nmatch && match[2 * num] >= 0)
                sb_put(dst, src.p + match[2 * num], (size_t)(match[2 * num + 1] - match[2 * num]));
            continue;
        }
        const GoString *names = re->subexp_names.ptr;
        for (int64_t i = 0; i < (int64_t)re->subexp_names.len; i++) {
            if (names[i].len == name.n && memcmp(names[i].ptr, name.p, (size_t)name.n) == 0 && 2 * i + 1 < nmatch
                && match[2 * i] >= 0) {
                sb_put(dst, src.p + match[2 * i], (size_t)(match[2 * i + 1] - match[2 * i]));
                break;
            }
        }
    }
    sb_put(dst, tmpl.p, (size_t)tmpl.n);
}

// ---- results ----

static Value nil_val(void) { return (Value){.w = {0, 0}}; }

static Value slice_val(GoSlice s) {
    Value v = nil_val();
    v.sl = s;
    return v;
}

static GoString sub_str(Input in, int64_t a, int64_t b) { return (GoString){in.p + a, b - a}; }

static GoSlice sub_bytes(Input in, int64_t a, int64_t b) {
    return (GoSlice){(void *)(in.p + a), (uint32_t)(b - a), (uint32_t)(b - a)};
}

static GoSlice ints(Runtime *rt, const int64_t *v, int64_t n) {
    GoSlice s = rt_make_slice(rt, &rt_ptype_int, n, n);
    memcpy(s.ptr, v, (size_t)n * sizeof *v);
    return s;
}

// A growing result slice of elem values (FindAll*): Go's make(..., 0, 10) + append.
typedef struct Acc {
    const Type *elem;
    GoSlice s;
    Input in;
    int64_t nsub;
    bool bytes;
} Acc;

static void acc_push(Runtime *rt, Acc *acc, const void *v) {
    if (!acc->s.ptr) acc->s = rt_make_slice(rt, acc->elem, 0, 10);
    acc->s = rt_append(rt, acc->elem, acc->s, v, 1);
}

static void deliver_str(Runtime *rt, void *ctx, const int64_t *m) {
    Acc *acc = ctx;
    if (acc->bytes) {
        GoSlice b = sub_bytes(acc->in, m[0], m[1]);
        acc_push(rt, acc, &b);
    } else {
        GoString s = sub_str(acc->in, m[0], m[1]);
        acc_push(rt, acc, &s);
    }
}

static void deliver_index(Runtime *rt, void *ctx, const int64_t *m) {
    Acc *acc = ctx;
    GoSlice s = ints(rt, m, 2 * acc->nsub);
    acc_push(rt, acc, &s);
}

static GoSlice submatches(Runtime *rt, Input in, const int64_t *m, int64_t nsub, bool bytes) {
    GoSlice s = rt_make_slice(rt, bytes ? &rt_ptype_bytes : &rt_ptype_string, nsub, nsub);
    for (int64_t j = 0; j < nsub; j++) {
        if (m[2 * j] < 0) continue;
        if (bytes) {
            GoSlice b = sub_bytes(in, m[2 * j], m[2 * j + 1]);
            gc_write_ptr(rt, &((GoSlice *)s.ptr)[j].ptr, b.ptr);
            ((GoSlice *)s.ptr)[j].len = ((GoSlice *)s.ptr)[j].cap = b.len;
        } else {
            set_string(rt, &((GoString *)s.ptr)[j], sub_str(in, m[2 * j], m[2 * j + 1]));
        }
    }
    return s;
}

static void deliver_sub(Runtime *rt, void *ctx, const int64_t *m) {
    Acc *acc = ctx;
    GoSlice s = submatches(rt, acc->in, m, acc->nsub, acc->bytes);
    acc_push(rt, acc, &s);
}

// ---- the methods ----

static int64_t all_n(int64_t n, Input in) { return n < 0 ? in.n + 1 : n; }

static void find_one(Runtime *rt, Value *a, Value *res, Input in, bool bytes) {
    Regexp *re = recv(rt, a[0]);
    int64_t m[2];
    res[0] = nil_val();
    if (!exec(rt, re, &in, 0, 1, m)) return;
    if (bytes)
        res[0].sl = sub_bytes(in, m[0], m[1]);
    else
        res[0].s = sub_str(in, m[0], m[1]);
}

static void find_index(Runtime *rt, Value *a, Value *res, Input in) {
    Regexp *re = recv(rt, a[0]);
    int64_t m[2];
    res[0] = nil_val();
    if (exec(rt, re, &in, 0, 1, m)) res[0].sl = ints(rt, m, 2);
}

static void find_sub(Runtime *rt, Value *a, Value *res, Input in, bool bytes, bool index) {
    Regexp *re = recv(rt, a[0]);
    int64_t nsub = re->num_subexp + 1;
    int64_t *m = malloc(sizeof(int64_t) * 2 * (size_t)nsub);
    if (!m) rt_fatal(rt, "out of memory");
    res[0] = nil_val();
    if (exec(rt, re, &in, 0, (int)nsub, m)) res[0].sl = index ? ints(rt, m, 2 * nsub) : submatches(rt, in, m, nsub, bytes);
    free(m);
}

static void find_all(Runtime *rt, Value *a, Value *res, Input in, bool bytes, int kind) {
    Regexp *re = recv(rt, a[0]);
    Acc acc = {.in = in, .bytes = bytes, .nsub = kind == 0 ? 1 : re->num_subexp + 1};
    Deliver d = deliver_str;
    int ncap = 1;
    if (kind == 0) {
        acc.elem = bytes ? &rt_ptype_bytes : &rt_ptype_string;
    } else if (kind == 1) {
        acc.elem = &ty_ints;
        acc.nsub = 1;
        d = deliver_index;
    } else if (kind == 2) {
        acc.elem = bytes ? &ty_bytes_list : &ty_strings;
        d = deliver_sub;
        ncap = (int)acc.nsub;
    } else {
        acc.elem = &ty_ints;
        d = deliver_index;
        ncap = (int)acc.nsub;
    }
    all_matches(rt, re, in, all_n(a[2].i, in), ncap, d, &acc);
    res[0] = slice_val(acc.s);
}

#define IN_S in_str(a[1].s)
#define IN_B in_bytes(a[1].sl)
static void m_find_string(Runtime *rt, Value *a, Value *res) { find_one(rt, a, res, IN_S, false); }
static void m_find(Runtime *rt, Value *a, Value *res) { find_one(rt, a, res, IN_B, true); }
static void m_find_string_index(Runtime *rt, Value *a, Value *res) { find_index(rt, a, res, IN_S); }
static void m_find_index(Runtime *rt, Value *a, Value *res) { find_index(rt, a, res, IN_B); }
static void m_find_string_sub(Runtime *rt, Value *a, Value *res) { find_sub(rt, a, res, IN_S, false, false); }
static void m_find_sub(Runtime *rt, Value *a, Value *res) { find_sub(rt, a, res, IN_B, true, false); }
static void m_find_string_sub_index(Runtime *rt, Value *a, Value *res) { find_sub(rt, a, res, IN_S, false, true); }
static void m_find_sub_index(Runtime *rt, Value *a, Value *res) { find_sub(rt, a, res, IN_B, true, true); }
static void m_find_all_string(Runtime *rt, Value *a, Value *res) { find_all(rt, a, res, IN_S, false, 0); }
static void m_find_all(Runtime *rt, Value *a, Value *res) { find_all(rt, a, res, IN_B, true, 0); }
static void m_find_all_string_index(Runtime *rt, Value *a, Value *res) { find_all(rt, a, res, IN_S, false, 1); }
static void m_find_all_index(Runtime *rt, Value *a, Value *res) { find_all(rt, a, res, IN_B, true, 1); }
static void m_find_all_string_sub(Runtime *rt, Value *a, Value *res) { find_all(rt, a, res, IN_S, false, 2); }
static void m_find_all_sub(Runtime *rt, Value *a, Value *res) { find_all(rt, a, res, IN_B, true, 2); }
static void m_find_all_string_sub_index(Runtime *rt, Value *a, Value *res) { find_all(rt, a, res, IN_S, false, 3); }
static void m_find_all_sub_index(Runtime *rt, Value *a, Value *res) { find_all(rt, a, res, IN_B, true, 3); }

static void m_match_string(Runtime *rt, Value *a, Value *res) {
    Input in = IN_S;
    res[0] = nil_val();
    res[0].b = exec(rt, recv(rt, a[0]), &in, 0, 0, NULL);
}

static void m_match(Runtime *rt, Value *a, Value *res) {
    Input in = IN_B;
    res[0] = nil_val();
    res[0].b = exec(rt, recv(rt, a[0]), &in, 0, 0, NULL);
}

// ---- replacing ----

typedef struct ReplCtx {
    const Regexp *re;
    Input src, repl;
    int64_t nmatch;
    Value fn;
    bool bytes;
} ReplCtx;

static void repl_expand(Runtime *rt, void *ctx, StrBuf *dst, const int64_t *m) {
    ReplCtx *c = ctx;
    (void)rt;
    expand(c->re, dst, c->repl, c->src, m, c->nmatch);
}

static void repl_literal(Runtime *rt, void *ctx, StrBuf *dst, const int64_t *m) {
    ReplCtx *c = ctx;
    (void)rt, (void)m;
    sb_put(dst, c->repl.p, (size_t)c->repl.n);
}

static void repl_func(Runtime *rt, void *ctx, StrBuf *dst, const int64_t *m) {
    ReplCtx *c = ctx;
    Value arg = nil_val(), r[1] = {nil_val()};
    if (c->bytes)
        arg.sl = sub_bytes(c->src, m[0], m[1]);
    else
        arg.s = sub_str(c->src, m[0], m[1]);
    rt_call_func(rt, c->fn, &arg, 1, r);
    if (c->bytes)
        sb_put(dst, r[0].sl.ptr, r[0].sl.len);
    else
        sb_put(dst, r[0].s.ptr, (size_t)r[0].s.len);
}

static void replace(Runtime *rt, Value *a, Value *res, bool bytes, Replace how) {
    const Regexp *re = recv(rt, a[0]);
    ReplCtx c = {.re = re, .bytes = bytes, .fn = a[2]};
    c.src = bytes ? in_bytes(a[1].sl) : in_str(a[1].s);
    if (how != repl_func) c.repl = bytes ? in_bytes(a[2].sl) : in_str(a[2].s);
    int ncap = 1;
    if (how == repl_expand && memchr(c.repl.p ? (const void *)c.repl.p : "", '$', (size_t)c.repl.n))
        ncap = (int)re->num_subexp + 1;
    c.nmatch = 2 * ncap;
    StrBuf b = {0};
    replace_all(rt, re, c.src, ncap, how, &c, &b);
    res[0] = nil_val();
    if (bytes) {
        GoSlice out = rt_make_slice(rt, &rt_ptype_uint8, (int64_t)b.len, (int64_t)b.len);
        if (b.len) memcpy(out.ptr, b.p, b.len);
        if (b.len) res[0].sl = out;   // Go appends to a nil buf
    } else {
        res[0].s = rt_string_from_c(rt, b.p ? b.p : "", b.len);
    }
    sb_free(&b);
}

static void m_replace_all_string(Runtime *rt, Value *a, Value *res) { replace(rt, a, res, false, repl_expand); }
static void m_replace_all(Runtime *rt, Value *a, Value *res) { replace(rt, a, res, true, repl_expand); }
static void m_replace_all_literal_string(Runtime *rt, Value *a, Value *res) { replace(rt, a, res, false, repl_literal); }
static void m_replace_all_literal(Runtime *rt, Value *a, Value *res) { replace(rt, a, res, true, repl_literal); }
static void m_replace_all_string_func(Runtime *rt, Value *a, Value *res) { replace(rt, a, res, false, repl_func); }
static void m_replace_all_func(Runtime *rt, Value *a, Value *res) { replace(rt, a, res, true, repl_func); }

static void do_expand(Runtime *rt, Value *a, Value *res, bool bytes) {
    const Regexp *re = recv(rt, a[0]);
    Input tmpl = bytes ? in_bytes(a[2].sl) : in_str(a[2].s), src = bytes ? in_bytes(a[3].sl) : in_str(a[3].s);
    GoSlice match = a[4].sl;
    StrBuf b = {0};
    expand(re, &b, tmpl, src, match.ptr, match.len);
    res[0] = slice_val(b.len ? rt_append(rt, &rt_ptype_uint8, a[1].sl, b.p, b.len) : a[1].sl);
    sb_free(&b);
}

static void m_expand(Runtime *rt, Value *a, Value *res) { do_expand(rt, a, res, true); }
static void m_expand_string(Runtime *rt, Value *a, Value *res) { do_expand(rt, a, res, false); }

// m_split: Go's Split.
static void m_split(Runtime *rt, Value *a, Value *res) {
    const Regexp *re = recv(rt, a[0]);
    GoString s = a[1].s;
    int64_t n = a[2].i;
    res[0] = nil_val();
    if (n == 0) return;
    if (re->expr.len > 0 && s.len == 0) {
        res[0].sl = rt_make_slice(rt, &rt_ptype_string, 1, 1);
        return;
    }
    Acc acc = {.elem = &ty_ints, .in = in_str(s), .nsub = 1};
    all_matches(rt, re, acc.in, all_n(n, acc.in), 1, deliver_index, &acc);
    GoSlice out = rt_make_slice(rt, &rt_ptype_string, 0, acc.s.len);
    int64_t beg = 0, end = 0;
    for (uint32_t i = 0; i < acc.s.len; i++) {
        const int64_t *m = ((GoSlice *)acc.s.ptr)[i].ptr;
        if (n > 0 && (int64_t)out.len >= n - 1) break;
        end = m[0];
        if (m[1] != 0) {
            GoString piece = sub_str(acc.in, beg, end);
            out = rt_append(rt, &rt_ptype_string, out, &piece, 1);
        }
        beg = m[1];
    }
    if (end != s.len) {
        GoString piece = sub_str(acc.in, beg, s.len);
        out = rt_append(rt, &rt_ptype_string, out, &piece, 1);
    }
    res[0].sl = out;
}

// ---- the rest of Regexp's methods ----

static void m_string(Runtime *rt, Value *a, Value *res) { res[0] = nil_val(), res[0].s = recv(rt, a[0])->expr; }
static void m_num_subexp(Runtime *rt, Value *a, Value *res) { res[0] = nil_val(), res[0].i = recv(rt, a[0])->num_subexp; }
static void m_subexp_names(Runtime *rt, Value *a, Value *res) { res[0] = slice_val(recv(rt, a[0])->subexp_names); }

static void m_subexp_index(Runtime *rt, Value *a, Value *res) {
    const Regexp *re = recv(rt, a[0]);
    res[0] = nil_val();
    res[0].i = -1;
    if (a[1].s.len == 0) return;
    const GoString *names = re->subexp_names.ptr;
    for (uint32_t i = 0; i < re->subexp_names.len; i++) {
        if (rt_string_eq(names[i], a[1].s)) {
            res[0].i = i;
            return;
        }
    }
}

static void m_longest(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Regexp *re = recv(rt, a[0]);
    if (re->longest) return;
    re->longest = true;
    if (re->prog == 0) return;   // a zero Regexp: Go only sets the flag
    GoIface err;
    int64_t prog = find_prog(rt, re->expr, RE2_MODE_LONGEST, &err);
    if (prog < 0) rt_fatal(rt, "regexp: Longest: recompiling failed");
    re->longest = true;
    re->prog = prog + 1;
}

// m_copy: Copy (deprecated in Go, still there): a shallow copy; the
// program table entry is shared, as Go shares the compiled program.
static void m_copy(Runtime *rt, Value *a, Value *res) {
    const Regexp *re = recv(rt, a[0]);
    Regexp *c = rt_alloc(rt, rt_pkg_type(rt, "regexp", "Regexp", false));
    set_string(rt, &c->expr, re->expr);
    gc_write_ptr(rt, &c->subexp_names.ptr, re->subexp_names.ptr);
    c->subexp_names.len = re->subexp_names.len;
    c->subexp_names.cap = re->subexp_names.cap;
    c->num_subexp = re->num_subexp;
    c->longest = re->longest;
    c->posix = re->posix;
    c->prog = re->prog;
    res[0] = nil_val();
    res[0].p = c;
}

// ---- io.RuneReader input: read to the first error, then search ----

// The runes of a reader, UTF-8 encoded in text; bad lists the reader
// offsets of the runes read as U+FFFD of size 1 (Go's bad bytes), which
// take 3 bytes in text, so Go's offsets (sums of ReadRune's sizes) are
// found through Fixed's mapping. A reader whose sizes differ from the
// encoding otherwise gives offsets in text.
typedef struct Runes {
    StrBuf text;
    int64_t *bad, nbad, cap, pos;
    bool odd;                 // a size that is not the encoding's, except U+FFFD/1
} Runes;

static void read_runes(Runtime *rt, GoIface r, Runes *out) {
    for (;;) {
        Value res[3] = {{.w = {0, 0}}, {.w = {0, 0}}, {.w = {0, 0}}};
        rt_call_method(rt, r, "ReadRune", NULL, 0, res);
        if (res[2].e.type) return;
        char buf[4];
        int n = rt_encode_rune(buf, (int32_t)res[0].i);
        sb_put(&out->text, buf, (size_t)n);
        if (res[0].i == 0xFFFD && res[1].i == 1) {
            if (out->nbad == out->cap) {
                out->cap = out->cap ? 2 * out->cap : 16;
                out->bad = realloc(out->bad, (size_t)out->cap * sizeof *out->bad);
                if (!out->bad) rt_fatal(rt, "out of memory");
            }
            out->bad[out->nbad++] = out->pos;
        } else if (res[1].i != n) {
            out->odd = true;
        }
        out->pos += res[1].i;
    }
}

static void reader_op(Runtime *rt, const Regexp *re, GoIface r, Value *res, int what) {
    Runes rs = {0};
    read_runes(rt, r, &rs);
    Input in = {(const uint8_t *)rs.text.p, (int64_t)rs.text.len, IN_UNKNOWN, {0}};
    if (rs.nbad && !rs.odd)
        in = (Input){NULL, rs.pos, IN_FIXED, {(const uint8_t *)rs.text.p, (int64_t)rs.text.len, rs.bad, rs.nbad}};
    int ncap = what == 2 ? (int)re->num_subexp + 1 : 1;
    int64_t *m = malloc(sizeof(int64_t) * 2 * (size_t)ncap);
    if (!m) rt_fatal(rt, "out of memory");
    res[0] = nil_val();
    bool ok = exec(rt, re, &in, 0, what == 0 ? 0 : ncap, m);
    if (what == 0)
        res[0].b = ok;
    else if (ok)
        res[0].sl = ints(rt, m, 2 * ncap);
    free(m);
    free(rs.bad);
    sb_free(&rs.text);
}

static void m_match_reader(Runtime *rt, Value *a, Value *res) { reader_op(rt, recv(rt, a[0]), a[1].e, res, 0); }
static void m_find_reader_index(Runtime *rt, Value *a, Value *res) { reader_op(rt, recv(rt, a[0]), a[1].e, res, 1); }
static void m_find_reader_sub_index(Runtime *rt, Value *a, Value *res) { reader_op(rt, recv(rt, a[0]), a[1].e, res, 2); }

// ---- package functions ----

static void compile_fn(Runtime *rt, Value *a, Value *res, bool posix) {
    GoIface err = {NULL, NULL};
    Regexp *re = compile(rt, a[0].s, posix, &err);
    res[0] = nil_val();
    res[0].p = re;
    res[1] = nil_val();
    res[1].e = err;
}

static void f_compile(Runtime *rt, Value *a, Value *res) { compile_fn(rt, a, res, false); }
static void f_compile_posix(Runtime *rt, Value *a, Value *res) { compile_fn(rt, a, res, true); }

static void must_compile(Runtime *rt, Value *a, Value *res, bool posix) {
    GoIface err = {NULL, NULL};
    Regexp *re = compile(rt, a[0].s, posix, &err);
    if (!re) {
        GoString text;
        StrBuf b = {0};
        sb_puts(&b, posix ? "regexp: CompilePOSIX(" : "regexp: Compile(");
        GoString s = a[0].s;
        if (rt_can_backquote(s.ptr, (size_t)s.len)) {
            sb_putc(&b, '`');
            sb_put(&b, s.ptr, (size_t)s.len);
            sb_putc(&b, '`');
        } else {
            rt_quote(&b, s.ptr, (size_t)s.len, false);
        }
        sb_puts(&b, "): ");
        if (rt_error_text(rt, err, &text)) sb_put(&b, text.ptr, (size_t)text.len);
        Value msg = nil_val();
        msg.s = rt_string_from_c(rt, b.p, b.len);
        sb_free(&b);
        rt_panic(rt, rt_iface_box(rt, &rt_ptype_string, msg));
    }
    res[0] = nil_val();
    res[0].p = re;
}

static void f_must_compile(Runtime *rt, Value *a, Value *res) { must_compile(rt, a, res, false); }
static void f_must_compile_posix(Runtime *rt, Value *a, Value *res) { must_compile(rt, a, res, true); }

static void match_fn(Runtime *rt, Value *a, Value *res, bool bytes) {
    GoIface err = {NULL, NULL};
    Regexp *re = compile(rt, a[0].s, false, &err);
    res[0] = nil_val();
    res[1] = nil_val();
    if (!re) {
        res[1].e = err;
        return;
    }
    Input in = bytes ? in_bytes(a[1].sl) : in_str(a[1].s);
    res[0].b = exec(rt, re, &in, 0, 0, NULL);
}

static void f_match_string(Runtime *rt, Value *a, Value *res) { match_fn(rt, a, res, false); }

static void f_match_reader(Runtime *rt, Value *a, Value *res) {
    GoIface err = {NULL, NULL};
    Regexp *re = compile(rt, a[0].s, false, &err);
    res[1] = nil_val();
    if (!re) {
        res[0] = nil_val();
        res[1].e = err;
        return;
    }
    reader_op(rt, re, a[1].e, res, 0);
}
static void f_match(Runtime *rt, Value *a, Value *res) { match_fn(rt, a, res, true); }

static bool special(uint8_t b) { return b < 0x80 && strchr("\\.+*?()|[]{}^$", b) && b != 0; }

static void f_quote_meta(Runtime *rt, Value *a, Value *res) {
    GoString s = a[0].s;
    StrBuf b = {0};
    for (int64_t i = 0; i < s.len; i++) {
        if (special(s.ptr[i])) sb_putc(&b, '\\');
        sb_putc(&b, (char)s.ptr[i]);
    }
    res[0] = nil_val();
    res[0].s = b.len == (size_t)s.len ? s : rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

// m_literal_prefix: LiteralPrefix (regexp_prefix.c); a zero Regexp has
// Go's zero fields ("", false).
static void m_literal_prefix(Runtime *rt, Value *a, Value *res) {
    Regexp *re = recv(rt, a[0]);
    StrBuf b = {0};
    bool complete = false;
    if (re->prog > 0) rt_regexp_literal_prefix(rt, re->expr, &b, &complete);
    res[0] = res[1] = nil_val();
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    res[1].b = complete;
    sb_free(&b);
}

static const NativeFunc regexp_funcs[] = {
    {"Compile", "func(expr string) (*Regexp, error)", f_compile},
    {"CompilePOSIX", "func(expr string) (*Regexp, error)", f_compile_posix},
    {"MustCompile", "func(str string) *Regexp", f_must_compile},
    {"MustCompilePOSIX", "func(str string) *Regexp", f_must_compile_posix},
    {"MatchString", "func(pattern string, s string) (matched bool, err error)", f_match_string},
    {"Match", "func(pattern string, b []byte) (matched bool, err error)", f_match},
    {"MatchReader", "func(pattern string, r runeReader) (matched bool, err error)", f_match_reader},
    {"(*Regexp).MatchReader", "func(r runeReader) bool", m_match_reader},
    {"(*Regexp).FindReaderIndex", "func(r runeReader) (loc []int)", m_find_reader_index},
    {"(*Regexp).FindReaderSubmatchIndex", "func(r runeReader) []int", m_find_reader_sub_index},
    {"QuoteMeta", "func(s string) string", f_quote_meta},
    {"(*Regexp).String", "func() string", m_string},
    {"(*Regexp).NumSubexp", "func() int", m_num_subexp},
    {"(*Regexp).SubexpNames", "func() []string", m_subexp_names},
    {"(*Regexp).SubexpIndex", "func(name string) int", m_subexp_index},
    {"(*Regexp).Longest", "func()", m_longest},
    {"(*Regexp).Copy", "func() *Regexp", m_copy},
    {"(*Regexp).LiteralPrefix", "func() (prefix string, complete bool)", m_literal_prefix},
    {"(*Regexp).MatchString", "func(s string) bool", m_match_string},
    {"(*Regexp).Match", "func(b []byte) bool", m_match},
    {"(*Regexp).FindString", "func(s string) string", m_find_string},
    {"(*Regexp).Find", "func(b []byte) []byte", m_find},
    {"(*Regexp).FindStringIndex", "func(s string) (loc []int)", m_find_string_index},
    {"(*Regexp).FindIndex", "func(b []byte) (loc []int)", m_find_index},
    {"(*Regexp).FindStringSubmatch", "func(s string) []string", m_find_string_sub},
    {"(*Regexp).FindSubmatch", "func(b []byte) [][]byte", m_find_sub},
    {"(*Regexp).FindStringSubmatchIndex", "func(s string) []int", m_find_string_sub_index},
    {"(*Regexp).FindSubmatchIndex", "func(b []byte) []int", m_find_sub_index},
    {"(*Regexp).FindAllString", "func(s string, n int) []string", m_find_all_string},
    {"(*Regexp).FindAll", "func(b []byte, n int) [][]byte", m_find_all},
    {"(*Regexp).FindAllStringIndex", "func(s string, n int) [][]int", m_find_all_string_index},
    {"(*Regexp).FindAllIndex", "func(b []byte, n int) [][]int", m_find_all_index},
    {"(*Regexp).FindAllStringSubmatch", "func(s string, n int) [][]string", m_find_all_string_sub},
    {"(*Regexp).FindAllSubmatch", "func(b []byte, n int) [][][]byte", m_find_all_sub},
    {"(*Regexp).FindAllStringSubmatchIndex", "func(s string, n int) [][]int", m_find_all_string_sub_index},
    {"(*Regexp).FindAllSubmatchIndex", "func(b []byte, n int) [][]int", m_find_all_sub_index},
    {"(*Regexp).ReplaceAllString", "func(src, repl string) string", m_replace_all_string},
    {"(*Regexp).ReplaceAll", "func(src, repl []byte) []byte", m_replace_all},
    {"(*Regexp).ReplaceAllLiteralString", "func(src, repl string) string", m_replace_all_literal_string},
    {"(*Regexp).ReplaceAllLiteral", "func(src, repl []byte) []byte", m_replace_all_literal},
    {"(*Regexp).ReplaceAllStringFunc", "func(src string, repl func(string) string) string", m_replace_all_string_func},
    {"(*Regexp).ReplaceAllFunc", "func(src []byte, repl func([]byte) []byte) []byte", m_replace_all_func},
    {"(*Regexp).Expand", "func(dst []byte, template []byte, src []byte, match []int) []byte", m_expand},
    {"(*Regexp).ExpandString", "func(dst []byte, template string, src string, match []int) []byte", m_expand_string},
    {"(*Regexp).Split", "func(s string, n int) []string", m_split},
};

static const NativeType regexp_types[] = {
    {"runeReader", "interface { ReadRune() (r rune, size int, err error) }"},
    {"Regexp", "struct { expr string; numSubexp int; subexpNames []string; longest bool; posix bool; prog int }"},
};

const NativePkg rt_pkg_regexp = {
    .path = "regexp", .name = "regexp",
    .funcs = regexp_funcs, .nfuncs = sizeof regexp_funcs / sizeof regexp_funcs[0],
    .types = regexp_types, .ntypes = sizeof regexp_types / sizeof regexp_types[0],
};
