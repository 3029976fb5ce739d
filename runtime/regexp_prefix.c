// regexp_prefix.c - (*regexp.Regexp).LiteralPrefix without Go's compiled
// program. RE2 does not publish its parse tree, so the pattern is walked
// here: the walk emits the first instructions Go's compiler would emit
// (a rune, a capture, an empty-width assertion, "something else", the
// final match) and stops at the first "something else". Go's
// syntax.Prog.Prefix and regexp.onePassPrefix then run over that list.
//
// What the walk knows of Go's parser and simplifier: literals, escapes
// (\x.., \Q..\E, punctuation, \a\f\t\n\r\v, octal \0..), one-rune
// classes ([a], [aa], [[], [^\x00-\x{10FFFE}] are literals), groups
// (capturing, (?:), flags (?i) and (?i:...)), the repetitions (x+ emits x;
// x{n,...} emits n copies; x*, x?, x{0,m} emit nothing literal; x{0} and
// a repeated empty group are the empty match, compiled to a Nop; a
// repetition after a flags group repeats the atom before it), and
// alternations: Go factors the common leading literal out (ab|ac is
// a(?:b|c)), an alternation of empty alternatives collapses (|, (?:|)),
// and one of equal literals is that literal (a|a; ab|ab is ab and a Nop).
//
// Go uses onePassPrefix only when the program is one-pass: anchored by ^
// (or \A) and $ (or \z), no top-level |, fewer than 1000 instructions
// (prog_size) and unambiguous (ambiguous: Go's makeOnePass check made on
// the pattern). Known gap: that check follows Go's program only as far as
// this file models it; a few loops over pieces that can match empty
// differ (^x(?:a*)+$: Go "x", gosub "").
#include <string.h>
#include <utf8proc.h>

#include "internal.h"
#include "pkg_internal.h"

// IT_NOP: Go's InstNop, compiled for an empty match ((?:), x{0}); only
// onePassPrefix sees it (Prog.Prefix skips it).
typedef enum { IT_RUNE, IT_CAP, IT_BEGIN_TEXT, IT_END_TEXT, IT_EMPTY, IT_OTHER, IT_MATCH, IT_NOP } ItemKind;

typedef struct Item { ItemKind kind; int32_t r; bool fold; } Item;

typedef struct Items { Item *v; size_t n, cap; Runtime *rt; } Items;

// The regexp flags that change what the walk emits.
enum { FL_FOLD = 1, FL_MULTILINE = 2, FL_DOTNL = 4 };

static void push(Items *it, ItemKind k, int32_t r, bool fold) {
    if (it->n == it->cap) {
        it->cap = it->cap ? 2 * it->cap : 16;
        it->v = realloc(it->v, it->cap * sizeof *it->v);
        if (!it->v) rt_fatal(it->rt, "out of memory");
    }
    it->v[it->n++] = (Item){k, r, fold};
}

typedef struct Pat { const uint8_t *p; int64_t n; } Pat;

static int32_t rune_at(Pat s, int64_t i, int *w) { return rt_decode_rune((GoString){s.p, s.n}, i, w); }

// has_fold: Go's unicode.SimpleFold(r) != r (Unicode 13: a case pair
// assigned later is none).
static bool has_fold(int32_t r) {
    if (rt_unicode_orbit(r) >= 0) return true;
    return (utf8proc_toupper(r) != r || utf8proc_tolower(r) != r) && !rt_regexp_fold_differs(r);
}

static int hexval(uint8_t c) {
    if (c >= '0' && c <= '9') return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f') return (c | 0x20) - 'a' + 10;
    return -1;
}

// An atom: the literal rune r (kind IT_RUNE), an empty-width assertion,
// a group p[gs..ge) (kind IT_CAP for a capturing one, IT_MATCH for a
// non-capturing one, with flags gflags), or IT_OTHER.
typedef struct Atom { ItemKind kind; int32_t r; int64_t gs, ge; int gflags; } Atom;

// class_end: the index after the bracket class at s.p[i] == '[' (s.n
// when unclosed), as Go's parseClass reads it: a ']' first is literal, and
// [:name:] is one item. *body (when not NULL) is where the items start.
static int64_t class_end(Pat s, int64_t i, int64_t *body) {
    i++;
    if (i < s.n && s.p[i] == '^') i++;
    if (body) *body = i;
    for (bool first = true; i < s.n && (s.p[i] != ']' || first); first = false) {
        if (s.p[i] == '[' && i + 1 < s.n && s.p[i + 1] == ':') {
            const uint8_t *q = memmem(s.p + i + 2, (size_t)(s.n - i - 2), ":]", 2);
            if (q) {
                i = q - s.p + 2;
                continue;
            }
        }
        i += s.p[i] == '\\' ? 2 : 1;
    }
    return i < s.n ? i + 1 : s.n;
}

// group_end: the index of the ')' closing the group opened before i (n
// when missing), skipping escapes and classes.
static int64_t group_end(Pat s, int64_t i) {
    int depth = 0;
    while (i < s.n) {
        uint8_t c = s.p[i];
        if (c == '\\') {
            if (i + 1 < s.n && s.p[i + 1] == 'Q') {
                const uint8_t *e = memmem(s.p + i + 2, (size_t)(s.n - i - 2), "\\E", 2);
                i = e ? e - s.p + 2 : s.n;
                continue;
            }
            i += 2;
        } else if (c == '[') {
            i = class_end(s, i, NULL);
        } else if (c == '(') {
            depth++, i++;
        } else if (c == ')') {
            if (depth-- == 0) return i;
            i++;
        } else {
            i++;
        }
    }
    return s.n;
}

// escape: the atom of the escape at s.p[i] == '\\'; *next after it.
static Atom escape(Pat s, int64_t i, int64_t *next) {
    Atom a = {.kind = IT_RUNE};
    uint8_t c = i + 1 < s.n ? s.p[i + 1] : 0;
    *next = i + 2;
    static const char simple[] = "a\af\ft\tn\nr\rv\v";
    const char *e = c ? strchr("aftnrv", c) : NULL;
    if (e) {
        a.r = simple[2 * (e - "aftnrv") + 1];
    } else if (c == 'A') {
        a.kind = IT_BEGIN_TEXT;
    } else if (c == 'z') {
        a.kind = IT_END_TEXT;
    } else if (c == 'b' || c == 'B') {
        a.kind = IT_EMPTY;
    } else if (c == 'x') {
        int64_t j = i + 2;
        int32_t r = 0;
        if (j < s.n && s.p[j] == '{') {
            for (j++; j < s.n && hexval(s.p[j]) >= 0; j++) r = r * 16 + hexval(s.p[j]);
            j++;
        } else {
            for (int k = 0; k < 2 && j < s.n && hexval(s.p[j]) >= 0; k++, j++) r = r * 16 + hexval(s.p[j]);
        }
        a.r = r, *next = j;
    } else if (c == '0' || (c >= '1' && c <= '7' && i + 2 < s.n && s.p[i + 2] >= '0' && s.p[i + 2] <= '7')) {
        int64_t j = i + 2;   // octal: \0, or \1..\7 followed by an octal digit (else a backreference)
        int32_t r = c - '0';
        for (int k = 0; k < 2 && j < s.n && s.p[j] >= '0' && s.p[j] <= '7'; k++, j++) r = r * 8 + (s.p[j] - '0');
        a.r = r, *next = j;
    } else if (c && c < 0x80 && !(c >= '0' && c <= '9') && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
        a.r = c;   // escaped punctuation
    } else {
        a.kind = IT_OTHER;   // \d \pL \1 ...
        if ((c == 'p' || c == 'P') && i + 2 < s.n) {   // the class name is part of the escape
            const uint8_t *close = s.p[i + 2] == '{' ? memchr(s.p + i + 2, '}', (size_t)(s.n - i - 2)) : NULL;
            int w;
            if (close) *next = close - s.p + 1;
            else rune_at(s, i + 2, &w), *next = i + 2 + w;
        }
    }
    return a;
}

// class_rune reads one rune item of a class at s.p[i] (a raw rune or an
// escape naming one); false for anything else.
static bool class_rune(Pat s, int64_t i, int32_t *r, int64_t *next) {
    if (s.p[i] == '\\') {
        Atom e = escape(s, i, next);
        *r = e.r;
        return e.kind == IT_RUNE;
    }
    int w;
    *r = rune_at(s, i, &w);
    *next = i + w;
    return true;
}

static int cmp_range(const void *x, const void *y) {
    const int32_t *a = x, *b = y;
    return (a[0] > b[0]) - (a[0] < b[0]);
}

// klass: the atom of the class at s.p[i] == '['; a class of one rune
// ([a], [aa], [a-a], [[], [^\x00-\x{10FFFE}]) is that rune, as Go's
// parser makes it a literal; anything else IT_OTHER.
static Atom klass(Pat s, int64_t i, int64_t *next) {
    Atom a = {.kind = IT_OTHER};
    int64_t body;
    *next = class_end(s, i, &body);
    bool neg = s.p[i + 1] == '^';
    int64_t end = *next - 1;
    int32_t (*rg)[2] = NULL;
    size_t n = 0;
    for (int64_t j = body; j < end; n++) {
        int32_t lo, hi;
        if (s.p[j] == '[' && j + 1 < end && s.p[j + 1] == ':') goto done;
        if (!class_rune(s, j, &lo, &j)) goto done;
        hi = lo;
        if (j + 1 < end && s.p[j] == '-' && !class_rune(s, j + 1, &hi, &j)) goto done;
        int32_t (*grown)[2] = realloc(rg, (n + 1) * sizeof *rg);
        if (!grown) goto done;   // out of memory: not a one-rune class, as far as the prefix goes
        rg = grown;
        rg[n][0] = lo, rg[n][1] = hi;
    }
    if (n == 0) goto done;
    qsort(rg, n, sizeof *rg, cmp_range);
    size_t m = 0;   // merge overlapping and adjacent ranges
    for (size_t k = 1; k < n; k++) {
        if (rg[k][0] <= rg[m][1] + 1) {
            if (rg[k][1] > rg[m][1]) rg[m][1] = rg[k][1];
        } else {
            m++;
            rg[m][0] = rg[k][0], rg[m][1] = rg[k][1];
        }
    }
    n = m + 1;
    if (!neg && n == 1 && rg[0][0] == rg[0][1]) {
        a.kind = IT_RUNE, a.r = rg[0][0];
    } else if (neg) {   // the complement in 0..0x10FFFF is one rune
        if (n == 1 && rg[0][0] == 0 && rg[0][1] == 0x10FFFE) a.kind = IT_RUNE, a.r = 0x10FFFF;
        if (n == 1 && rg[0][0] == 1 && rg[0][1] == 0x10FFFF) a.kind = IT_RUNE, a.r = 0;
        if (n == 2 && rg[0][0] == 0 && rg[1][1] == 0x10FFFF && rg[0][1] + 2 == rg[1][0]) a.kind = IT_RUNE, a.r = rg[0][1] + 1;
    }
done:
    free(rg);
    return a;
}

// group: the atom of the group at s.p[i] == '('; a flags-only group
// (?i) changes *flags and yields IT_EMPTY with gs == -1.
static Atom group(Pat s, int64_t i, int64_t *next, int *flags) {
    Atom a = {.kind = IT_CAP, .gflags = *flags};
    int64_t j = i + 1;
    if (j < s.n && s.p[j] == '?') {
        j++;
        if (j < s.n && (s.p[j] == 'P' || s.p[j] == '<')) {
            while (j < s.n && s.p[j] != '>') j++;
            j++;
        } else {
            bool neg = false;
            int f = *flags;
            for (; j < s.n && s.p[j] != ':' && s.p[j] != ')'; j++) {
                int bit = s.p[j] == 'i' ? FL_FOLD : s.p[j] == 'm' ? FL_MULTILINE : s.p[j] == 's' ? FL_DOTNL : 0;
                if (s.p[j] == '-') neg = true;
                f = neg ? f & ~bit : f | bit;
            }
            if (j < s.n && s.p[j] == ')') {
                *flags = f;
                *next = j + 1;
                return (Atom){.kind = IT_EMPTY, .gs = -1};
            }
            a.kind = IT_MATCH, a.gflags = f;
            j++;
        }
    }
    a.gs = j;
    a.ge = group_end(s, j);
    *next = a.ge + 1;
    return a;
}

// repeat: the repetition at s.p[i] if any: *min, *max (-1: none), *next.
static bool repeat(Pat s, int64_t i, int64_t *min, int64_t *max, int64_t *next) {
    if (i >= s.n) return false;
    uint8_t c = s.p[i];
    int64_t j = i + 1;
    if (c == '*' || c == '+' || c == '?') {
        *min = c == '+';
        *max = c == '?' ? 1 : -1;
    } else if (c == '{') {
        int64_t lo = 0, hi;
        if (j >= s.n || s.p[j] < '0' || s.p[j] > '9') return false;
        for (; j < s.n && s.p[j] >= '0' && s.p[j] <= '9'; j++) lo = lo * 10 + (s.p[j] - '0');
        hi = lo;
        if (j < s.n && s.p[j] == ',') {
            hi = -1;
            if (++j < s.n && s.p[j] >= '0' && s.p[j] <= '9')
                for (hi = 0; j < s.n && s.p[j] >= '0' && s.p[j] <= '9'; j++) hi = hi * 10 + (s.p[j] - '0');
        }
        if (j >= s.n || s.p[j] != '}') return false;
        j++;
        *min = lo, *max = hi;
    } else {
        return false;
    }
    if (j < s.n && s.p[j] == '?') j++;   // non-greedy: the same instructions first
    *next = j;
    return true;
}

static bool walk(Items *it, Pat s, int64_t from, int64_t to, int flags);

// emit_atom appends a's instructions once; false at a stop.
static bool emit_atom(Items *it, Pat s, Atom a, int flags) {
    switch (a.kind) {
    case IT_RUNE: {
        bool fold = (flags & FL_FOLD) && has_fold(a.r);
        push(it, IT_RUNE, a.r, fold);
        return true;
    }
    case IT_CAP:
        push(it, IT_CAP, 0, false);
        return walk(it, s, a.gs, a.ge, a.gflags);
    case IT_MATCH: {
        size_t before = it->n;
        bool more = walk(it, s, a.gs, a.ge, a.gflags);
        if (more && it->n == before) push(it, IT_NOP, 0, false);   // (?:): the empty match
        return more;
    }
    case IT_OTHER:
        push(it, IT_OTHER, 0, false);
        return false;
    default:
        push(it, a.kind, 0, false);
        return true;
    }
}

// alternatives: the indexes of the top-level '|' in s[from..to).
static size_t alternatives(Pat s, int64_t from, int64_t to, int64_t *bars, size_t max) {
    size_t n = 0;
    Pat sub = {s.p, to};
    for (int64_t i = from; i < to;) {
        uint8_t c = s.p[i];
        if (c == '|') {
            if (n < max) bars[n] = i;
            n++, i++;
        } else if (c == '(') {
            i = group_end(sub, i + 1) + 1;
        } else if (c == '[') {
            int64_t next;
            klass(sub, i, &next);
            i = next;
        } else {
            i += c == '\\' ? 2 : 1;
        }
    }
    return n;
}

// leading: the literal runes an alternative s[from..to) starts with (a
// rune followed by a repetition is not part of it), at most max.
static size_t leading(Pat s, int64_t from, int64_t to, int flags, Item *out, size_t max, int64_t *stop) {
    Pat sub = {s.p, to};
    size_t n = 0;
    int64_t i = from;
    for (; i < to && n < max;) {
        int64_t next, lo, hi, after;
        Atom a;
        int w;
        if (s.p[i] == '\\' && i + 1 < to && s.p[i + 1] == 'Q') {
            const uint8_t *e = memmem(s.p + i + 2, (size_t)(to - i - 2), "\\E", 2);
            int64_t end = e ? e - s.p : to, after_q = e ? end + 2 : to, j = i + 2;
            bool rep = repeat(sub, after_q, &lo, &hi, &after);   // applies to the last rune
            for (; j < end && n < max; j += w) {
                int32_t r = rune_at(sub, j, &w);
                if (rep && j + w >= end) break;
                out[n++] = (Item){IT_RUNE, r, (flags & FL_FOLD) && has_fold(r)};
            }
            if (j < end) break;
            i = after_q;
            continue;
        }
        if (s.p[i] == '(') {
            // A non-capturing group or a flags group that keeps the case
            // folding: Go's parser joins its literal to the ones around.
            int f = flags;
            int64_t bars[1], inner;
            Atom g = group(sub, i, &next, &f);
            if ((f & FL_FOLD) != (flags & FL_FOLD) || repeat(sub, next, &lo, &hi, &after)) break;
            if (g.kind == IT_EMPTY && g.gs == -1) {
                i = next;
                continue;
            }
            if (g.kind != IT_MATCH || alternatives(s, g.gs, g.ge, bars, 1)) break;
            n += leading(s, g.gs, g.ge, flags, out + n, max - n, &inner);
            if (inner != g.ge) break;
            i = next;
            continue;
        }
        if (s.p[i] == '\\')
            a = escape(sub, i, &next);
        else if (s.p[i] == '[')
            a = klass(sub, i, &next);
        else if (strchr("|.^$*+?)", s.p[i]) || (s.p[i] == '{' && repeat(sub, i, &lo, &hi, &after)))
            break;
        else
            a = (Atom){.kind = IT_RUNE, .r = rune_at(sub, i, &w)}, next = i + w;
        if (a.kind != IT_RUNE || repeat(sub, next, &lo, &hi, &after)) break;
        out[n++] = (Item){IT_RUNE, a.r, (flags & FL_FOLD) && has_fold(a.r)};
        i = next;
    }
    *stop = i;
    return n;
}

enum { MAX_ALTS = 64, MAX_LEAD = 64 };

// empty_alt: s[from..to) is what Go's parser reduces to the empty match:
// nothing, flags groups, and non-capturing groups (unrepeated) of such
// alternatives ((?:), (?i:|)); an alternation of them is collapsed.
static bool empty_alt(Pat s, int64_t from, int64_t to) {
    int64_t bars[MAX_ALTS];
    size_t nbars = alternatives(s, from, to, bars, MAX_ALTS);
    if (nbars > MAX_ALTS) return false;
    for (size_t k = 0; k <= nbars; k++) {
        int64_t i = k ? bars[k - 1] + 1 : from, end = k < nbars ? bars[k] : to, next, lo, hi, after;
        Pat sub = {s.p, end};
        while (i < end) {
            if (s.p[i] != '(' || i + 1 >= end || s.p[i + 1] != '?') return false;
            int f = 0;
            Atom g = group(sub, i, &next, &f);
            if (!(g.kind == IT_EMPTY && g.gs == -1)) {
                if (g.kind != IT_MATCH || !empty_alt(s, g.gs, g.ge) || repeat(sub, next, &lo, &hi, &after)) return false;
            }
            i = next;
        }
    }
    return true;
}

// fixed_piece: s[i..) starts with a literal rune repeated a fixed number
// of times (a{2}, \x41{3}?): *r, *count, and *end after it.
static bool fixed_piece(Pat s, int64_t i, int64_t to, int32_t *r, int64_t *count, int64_t *end) {
    Pat sub = {s.p, to};
    int64_t next, lo, hi;
    int w;
    if (i >= to || strchr("([.^$|)*+?{", s.p[i])) return false;
    if (s.p[i] == '\\') {
        if (i + 1 < to && s.p[i + 1] == 'Q') return false;
        Atom a = escape(sub, i, &next);
        if (a.kind != IT_RUNE) return false;
        *r = a.r;
    } else {
        *r = rune_at(sub, i, &w);
        next = i + w;
    }
    if (!repeat(sub, next, &lo, &hi, end) || lo != hi || s.p[next] != '{') return false;
    *count = lo;
    return true;
}

// walk_alts: Go factors alternatives s[starts[k]..ends[k]): first their
// common leading literal; then a common first piece that is a fixed
// repetition of a character (a{2}b|a{2}c is a{2}(?:b|c)), again. What
// follows is an alternation (a stop), unless every alternative is the
// common literal alone (a|a, |): then true.
static bool walk_alts(Items *it, Pat s, int64_t *starts, const int64_t *ends, size_t nalts, int flags) {
    Item common[MAX_LEAD], cur[MAX_LEAD];
    size_t lens[MAX_ALTS + 1], ncommon = 0;
    int64_t stops[MAX_ALTS + 1];
    for (size_t k = 0; k < nalts; k++) {
        size_t n = leading(s, starts[k], ends[k], flags, k ? cur : common, MAX_LEAD, &stops[k]), m = 0;
        lens[k] = n;
        if (k == 0) {
            ncommon = n;
            continue;
        }
        while (m < n && m < ncommon && cur[m].r == common[m].r && cur[m].fold == common[m].fold) m++;
        ncommon = m;
    }
    for (size_t k = 0; k < ncommon; k++) push(it, IT_RUNE, common[k].r, common[k].fold);
    bool empty = true, single = ncommon == 1, whole = true;
    for (size_t k = 0; k < nalts; k++) {
        empty = empty && lens[k] == ncommon && empty_alt(s, stops[k], ends[k]);
        single = single && stops[k] == ends[k];
        whole = whole && lens[k] == ncommon;
    }
    if (empty) {
        // a|a: Go's parser merges one-rune alternatives into a class (the
        // literal a); ab|ab is ab followed by the empty match (a Nop).
        if (!single) push(it, IT_NOP, 0, false);
        return true;
    }
    int32_t r0 = 0;
    int64_t n0 = 0, end0 = 0;
    bool same = whole && fixed_piece(s, stops[0], ends[0], &r0, &n0, &end0);
    for (size_t k = 1; k < nalts && same; k++) {
        int32_t r;
        int64_t n, end;
        same = fixed_piece(s, stops[k], ends[k], &r, &n, &end) && end - stops[k] == end0 - stops[0] &&
               memcmp(s.p + stops[k], s.p + stops[0], (size_t)(end0 - stops[0])) == 0;
        stops[k] = end;
    }
    if (!same) {
        push(it, IT_OTHER, 0, false);
        return false;
    }
    stops[0] = end0;
    bool fold = (flags & FL_FOLD) && has_fold(r0);
    for (int64_t k = 0; k < n0; k++) push(it, IT_RUNE, r0, fold);
    memcpy(starts, stops, nalts * sizeof *starts);
    return walk_alts(it, s, starts, ends, nalts, flags);
}

// walk_alternation: the alternatives of s[from..to) split at bars.
static bool walk_alternation(Items *it, Pat s, int64_t from, int64_t to, int flags, const int64_t *bars, size_t nbars) {
    int64_t starts[MAX_ALTS + 1], ends[MAX_ALTS + 1];
    for (size_t k = 0; k <= nbars; k++) {
        starts[k] = k ? bars[k - 1] + 1 : from;
        ends[k] = k < nbars ? bars[k] : to;
    }
    return walk_alts(it, s, starts, ends, nbars + 1, flags);
}

// walk appends the instructions of s[from..to); false at a stop.
static bool walk(Items *it, Pat s, int64_t from, int64_t to, int flags) {
    int64_t bars[MAX_ALTS];
    size_t nbars = alternatives(s, from, to, bars, MAX_ALTS);
    if (nbars > MAX_ALTS) nbars = MAX_ALTS;   // only the first alternatives are compared
    if (nbars) return walk_alternation(it, s, from, to, flags, bars, nbars);
    Pat sub = {s.p, to};
    for (int64_t i = from; i < to;) {
        int64_t next, lo, hi;
        int w;
        Atom a;
        uint8_t c = s.p[i];
        if (c == '\\') {
            a = escape(sub, i, &next);
            if (i + 1 < to && s.p[i + 1] == 'Q') {
                const uint8_t *e = memmem(s.p + i + 2, (size_t)(to - i - 2), "\\E", 2);
                int64_t end = e ? e - s.p : to;
                if (end == i + 2) {
                    i = e ? end + 2 : to;
                    continue;
                }
                int64_t last = end - 1;   // a repetition after \E applies to the last rune
                while (last > i + 2 && (s.p[last] & 0xC0) == 0x80) last--;
                for (int64_t j = i + 2; j < last; j += w) {
                    int32_t r = rune_at(sub, j, &w);
                    push(it, IT_RUNE, r, (flags & FL_FOLD) && has_fold(r));
                }
                a = (Atom){.kind = IT_RUNE, .r = rune_at(sub, last, &w)};
                next = e ? end + 2 : to;
            }
        } else if (c == '[') {
            a = klass(sub, i, &next);
        } else if (c == '(') {
            a = group(sub, i, &next, &flags);
            if (a.kind == IT_EMPTY && a.gs == -1) {
                i = next;
                continue;
            }
        } else if (c == '.') {
            a = (Atom){.kind = IT_OTHER}, next = i + 1;
        } else if (c == '^' || c == '$') {
            bool text = !(flags & FL_MULTILINE);
            a = (Atom){.kind = !text ? IT_EMPTY : c == '^' ? IT_BEGIN_TEXT : IT_END_TEXT}, next = i + 1;
        } else {
            a = (Atom){.kind = IT_RUNE, .r = rune_at(sub, i, &w)}, next = i + w;
        }
        int atom_flags = flags;
        for (int f = flags;;) {   // a(?i)* repeats a: flags groups push nothing
            int64_t after;
            if (next >= to || s.p[next] != '(') break;
            Atom g = group(sub, next, &after, &f);
            if (!(g.kind == IT_EMPTY && g.gs == -1)) break;
            flags = f, next = after;
        }
        if (!repeat(sub, next, &lo, &hi, &i)) {
            i = next;
            lo = hi = 1;
        } else {
            for (;;) {   // x{2}(?i){3}: a flags group ends a repetition, a second one repeats the first
                int64_t at = i, lo2, hi2;
                for (int f = flags;;) {
                    int64_t after;
                    if (at >= to || s.p[at] != '(') break;
                    Atom g = group(sub, at, &after, &f);
                    if (!(g.kind == IT_EMPTY && g.gs == -1)) break;
                    flags = f, at = after;
                }
                if (at == i || !repeat(sub, at, &lo2, &hi2, &i)) {
                    i = at;
                    break;
                }
                bool exact = hi == lo && hi2 == lo2;
                lo *= lo2;
                hi = hi == 0 || hi2 == 0 ? 0 : exact ? lo : -1;
            }
        }
        if (hi == 0) {   // x{0}: the empty match
            push(it, IT_NOP, 0, false);
            continue;
        }
        size_t before = it->n;
        bool more = emit_atom(it, s, a, atom_flags);
        bool empty = more;
        for (size_t k = before; k < it->n && empty; k++) empty = it->v[k].kind == IT_NOP;
        if (empty && it->n > before + 1) it->n = before + 1;   // one Nop stands for the empty match
        if (empty) {
            // (?:)* is the empty match, however repeated, but Go
            // simplifies x{n,m} with m > n+1 to n copies and (x(x)?)?,
            // an alternation however empty x is.
            if (hi < 0 || hi - lo < 2) continue;
            push(it, IT_OTHER, 0, false);
            return false;
        }
        if (lo == 0) it->n = before;   // x* x? x{0,m}: nothing literal (the probe is undone)
        if (!more || lo == 0) {
            if (lo == 0) push(it, IT_OTHER, 0, false);
            return false;
        }
        for (int64_t k = 1; k < lo; k++)
            if (!emit_atom(it, s, a, atom_flags)) return false;
        if (hi != lo) {
            push(it, IT_OTHER, 0, false);
            return false;
        }
    }
    return true;
}

// prog_size estimates how many instructions Go's compiler emits for
// s[from..to) (literal runes, classes, assertions 1; a capture 2; an
// alternation 1 per '|'; x*, x+, x? one more than x; x{n,m} n copies
// and m-n of x? after simplification). Go gives up one-pass matching for a
// program of 1000 instructions or more.
static int64_t prog_size(Pat s, int64_t from, int64_t to) {
    int64_t bars[MAX_ALTS];
    size_t nbars = alternatives(s, from, to, bars, MAX_ALTS);
    if (nbars) {
        if (nbars > MAX_ALTS) return 1000;
        int64_t n = (int64_t)nbars, start = from;
        for (size_t k = 0; k <= nbars; k++) {
            int64_t end = k < nbars ? bars[k] : to;
            n += prog_size(s, start, end);
            start = end + 1;
        }
        return n;
    }
    Pat sub = {s.p, to};
    int64_t n = 0;
    for (int64_t i = from; i < to && n < 1000;) {
        int64_t next, lo, hi, base = 1;
        int f = 0;
        uint8_t c = s.p[i];
        if (c == '\\' && i + 1 < to && s.p[i + 1] == 'Q') {
            const uint8_t *e = memmem(s.p + i + 2, (size_t)(to - i - 2), "\\E", 2);
            int64_t end = e ? e - s.p : to;
            for (int64_t j = i + 2; j < end; j++) n += (s.p[j] & 0xC0) != 0x80;
            bool runes = end > i + 2;
            i = e ? end + 2 : to;
            if (runes && repeat(sub, i, &lo, &hi, &next)) {   // repeats the last rune
                i = next;
                n += hi == 0 ? 0 : hi < 0 ? (lo > 1 ? lo - 1 : 0) + 1 : lo + (hi - lo) * 2 - 1;
            }
            continue;
        }
        if (c == '\\') {
            escape(sub, i, &next);
        } else if (c == '[') {
            next = class_end(sub, i, NULL);
        } else if (c == '(') {
            Atom g = group(sub, i, &next, &f);
            if (g.kind == IT_EMPTY && g.gs == -1) {
                i = next;
                continue;
            }
            base = g.ge > g.gs ? prog_size(s, g.gs, g.ge) : 1;
            if (g.kind == IT_CAP) base += 2;
        } else {
            int w;
            rune_at(sub, i, &w);
            next = i + w;
        }
        if (!repeat(sub, next, &lo, &hi, &i)) {
            i = next;
            n += base;
        } else if (hi == 0) {
            n += 1;
        } else if (hi < 0) {
            n += (lo > 1 ? lo : 1) * base + 1;
        } else {
            n += lo * base + (hi - lo) * (base + 1);
        }
    }
    return n;
}

// final_flags: the flags in effect at the end of the pattern (flags
// groups at the top level: (?m) makes a final $ an end of line).
static int final_flags(Pat s) {
    int flags = 0;
    for (int64_t i = 0; i < s.n;) {
        uint8_t c = s.p[i];
        if (c == '(') {
            int64_t next;
            group(s, i, &next, &flags);
            i = next;
        } else if (c == '[') {
            i = class_end(s, i, NULL);
        } else if (c == '\\' && i + 1 < s.n && s.p[i + 1] == 'Q') {
            const uint8_t *e = memmem(s.p + i + 2, (size_t)(s.n - i - 2), "\\E", 2);
            i = e ? e - s.p + 2 : s.n;
        } else {
            i += c == '\\' ? 2 : 1;
        }
    }
    return flags;
}

// ---- Go's one-pass ambiguity check, made on the pattern ----
// makeOnePass (Go's onepass.go) rejects a program in which an alternation
// (|, x*, x+, x?, x{n,m}) has two branches that can start with the same
// rune, or two that reach the match without reading input. Here the
// pattern is followed backwards with what may come after each piece (its
// first runes, and whether the match is reachable without input), after
// Go's parser has rewritten alternatives: adjacent one-character ones
// merged into a class, then runs with a common leading literal or a common
// first character-class piece factored, runs of empty ones collapsed.
// Approximation: a repeated piece that can match empty is taken as
// ambiguous; past a work budget the pattern counts as unambiguous.

typedef struct RSet { int32_t (*v)[2]; size_t n, cap; } RSet;

typedef struct Amb { Runtime *rt; bool bad, giveup; long budget; } Amb;

// Fol: what may follow a point: its first runes f, and m, whether the
// match is reachable from it without input.
typedef struct Fol { RSet f; bool m; } Fol;

static void rs_add(Amb *a, RSet *s, int32_t lo, int32_t hi) {
    if (s->n == s->cap) {
        size_t cap = s->cap ? 2 * s->cap : 8;
        int32_t (*v)[2] = realloc(s->v, cap * sizeof *v);
        if (!v) rt_fatal(a->rt, "out of memory");
        s->v = v, s->cap = cap;
    }
    s->v[s->n][0] = lo, s->v[s->n][1] = hi;
    s->n++;
}

static void rs_free(RSet *s) {
    free(s->v);
    *s = (RSet){0};
}

// rs_norm sorts s and merges its overlapping and adjacent ranges.
static void rs_norm(RSet *s) {
    if (s->n < 2) return;
    qsort(s->v, s->n, sizeof *s->v, cmp_range);
    size_t m = 0;
    for (size_t k = 1; k < s->n; k++) {
        if (s->v[k][0] <= s->v[m][1] + 1) {
            if (s->v[k][1] > s->v[m][1]) s->v[m][1] = s->v[k][1];
        } else {
            m++;
            s->v[m][0] = s->v[k][0], s->v[m][1] = s->v[k][1];
        }
    }
    s->n = m + 1;
}

static void rs_union(Amb *a, RSet *d, const RSet *s) {
    for (size_t k = 0; k < s->n; k++) rs_add(a, d, s->v[k][0], s->v[k][1]);
    rs_norm(d);
}

static RSet rs_dup(Amb *a, const RSet *s) {
    RSet d = {0};
    rs_union(a, &d, s);
    return d;
}

// rs_meets: normalized x and y share a rune.
static bool rs_meets(const RSet *x, const RSet *y) {
    for (size_t i = 0, j = 0; i < x->n && j < y->n;) {
        if (x->v[i][1] < y->v[j][0]) i++;
        else if (y->v[j][1] < x->v[i][0]) j++;
        else return true;
    }
    return false;
}

// rs_negate: the complement of s in 0..0x10FFFF.
static void rs_negate(Amb *a, RSet *s) {
    rs_norm(s);
    RSet c = {0};
    int32_t next = 0;
    for (size_t k = 0; k < s->n; k++) {
        if (s->v[k][0] > next) rs_add(a, &c, next, s->v[k][0] - 1);
        next = s->v[k][1] + 1;
    }
    if (next <= 0x10FFFF) rs_add(a, &c, next, 0x10FFFF);
    rs_free(s);
    *s = c;
}

// rs_fold closes s under Go's SimpleFold orbits.
static void rs_fold(Amb *a, RSet *s) {
    size_t n = s->n;
    for (size_t k = 0; k < n; k++) {
        for (int32_t r = s->v[k][0]; r <= s->v[k][1]; r++) {
            for (int32_t f = rt_regexp_simple_fold(r); f != r; f = rt_regexp_simple_fold(f)) rs_add(a, s, f, f);
        }
    }
    rs_norm(s);
}

// perl_set: the runes of \d, \s, \w (c lower case; upper case negates).
static void perl_set(Amb *a, RSet *s, uint8_t c, bool fold) {
    RSet t = {0};
    switch (c | 0x20) {
    case 'd':
        rs_add(a, &t, '0', '9');
        break;
    case 's':
        rs_add(a, &t, '\t', '\n'), rs_add(a, &t, '\f', '\r'), rs_add(a, &t, ' ', ' ');
        break;
    default:
        rs_add(a, &t, '0', '9'), rs_add(a, &t, 'A', 'Z'), rs_add(a, &t, '_', '_'), rs_add(a, &t, 'a', 'z');
        break;
    }
    if (fold) rs_fold(a, &t);
    if (c >= 'A' && c <= 'Z') rs_negate(a, &t);
    rs_union(a, s, &t);
    rs_free(&t);
}

// posix_set: the runes of [:name:] at p[0..n) (with ^: negated); false
// for a name Go does not know.
static bool posix_set(Amb *a, RSet *s, const uint8_t *p, size_t n, bool fold) {
    static const struct { const char *name, *ranges; } tab[] = {
        {"alnum", "09AZaz"}, {"alpha", "AZaz"}, {"ascii", "\x01\x7f"}, {"blank", "\t\t  "},
        {"cntrl", "\x01\x1f\x7f\x7f"}, {"digit", "09"}, {"graph", "!~"}, {"lower", "az"},
        {"print", " ~"}, {"punct", "!/:@[`{~"}, {"space", "\t\r  "}, {"upper", "AZ"},
        {"word", "09AZ__az"}, {"xdigit", "09AFaf"},
    };
    bool neg = n > 0 && p[0] == '^';
    if (neg) p++, n--;
    for (size_t k = 0; k < sizeof tab / sizeof tab[0]; k++) {
        if (strlen(tab[k].name) != n || memcmp(tab[k].name, p, n) != 0) continue;
        RSet t = {0};
        for (const char *r = tab[k].ranges; *r; r += 2) rs_add(a, &t, (uint8_t)r[0], (uint8_t)r[1]);
        if (!strcmp(tab[k].name, "ascii") || !strcmp(tab[k].name, "cntrl")) rs_add(a, &t, 0, 0);
        if (fold) rs_fold(a, &t);
        if (neg) rs_negate(a, &t);
        rs_union(a, s, &t);
        rs_free(&t);
        return true;
    }
    return false;
}

// uni_set: the runes of \p.. / \P.. at s.p[i]; *next after it.
static void uni_set(Amb *a, Pat s, int64_t i, RSet *out, bool fold, int64_t *next) {
    bool neg = s.p[i + 1] == 'P';
    const uint8_t *name = s.p + i + 2;
    size_t n = 1;
    *next = i + 3;
    if (i + 2 < s.n && s.p[i + 2] == '{') {
        const uint8_t *e = memchr(s.p + i + 2, '}', (size_t)(s.n - i - 2));
        if (!e) {
            a->giveup = true;
            return;
        }
        name = s.p + i + 3;
        n = (size_t)(e - name);
        *next = e - s.p + 1;
    }
    if (n > 0 && name[0] == '^') neg = !neg, name++, n--;
    uint64_t *bits = malloc(RT_UNICODE_BITS / 8);
    if (!bits) rt_fatal(a->rt, "out of memory");
    RSet t = {0};
    if (!rt_unicode_class_set(name, n, bits)) {
        a->giveup = true;
    } else {
        for (int32_t r = 0; r < RT_UNICODE_BITS;) {
            if (!((bits[r >> 6] >> (r & 63)) & 1)) {
                r++;
                continue;
            }
            int32_t lo = r;
            while (r < RT_UNICODE_BITS && ((bits[r >> 6] >> (r & 63)) & 1)) r++;
            rs_add(a, &t, lo, r - 1);
        }
    }
    free(bits);
    if (fold) rs_fold(a, &t);
    if (neg) rs_negate(a, &t);
    rs_union(a, out, &t);
    rs_free(&t);
}

// class_set: the runes of the bracket class at s.p[i], as Go's parseClass
// builds them (each item folded under (?i), then the class negated).
static void class_set(Amb *a, Pat s, int64_t i, bool fold, RSet *out) {
    int64_t body, end = class_end(s, i, &body) - 1;
    for (int64_t j = body; j < end && !a->giveup;) {
        if (s.p[j] == '[' && j + 1 < end && s.p[j + 1] == ':') {
            const uint8_t *q = memmem(s.p + j + 2, (size_t)(s.n - j - 2), ":]", 2);
            if (q && posix_set(a, out, s.p + j + 2, (size_t)(q - (s.p + j + 2)), fold)) {
                j = q - s.p + 2;
                continue;
            }
        }
        if (s.p[j] == '\\' && j + 1 < end && strchr("dDsSwW", s.p[j + 1])) {
            perl_set(a, out, s.p[j + 1], fold);
            j += 2;
            continue;
        }
        if (s.p[j] == '\\' && j + 1 < end && (s.p[j + 1] == 'p' || s.p[j + 1] == 'P')) {
            uni_set(a, s, j, out, fold, &j);
            continue;
        }
        int32_t lo, hi;
        if (!class_rune(s, j, &lo, &j)) {
            a->giveup = true;
            return;
        }
        hi = lo;
        if (j + 1 < end && s.p[j] == '-') class_rune(s, j + 1, &hi, &j);
        RSet t = {0};
        rs_add(a, &t, lo, hi);
        if (fold) rs_fold(a, &t);
        rs_union(a, out, &t);
        rs_free(&t);
    }
    rs_norm(out);
    if (s.p[i + 1] == '^') rs_negate(a, out);
}

// A piece of a concatenation: an atom s.p[at..next) repeated lo..hi times
// (hi -1: no limit) under flags.
typedef enum { AK_SET, AK_ASSERT, AK_GROUP } AKind;
typedef struct APiece {
    AKind kind;
    int64_t at, next, gs, ge, lo, hi;
    int flags;
    bool cap, lit;
    int32_t r;
} APiece;

// piece_set: the runes a one-character atom matches.
static void piece_set(Amb *a, Pat s, const APiece *x, RSet *out) {
    bool fold = x->flags & FL_FOLD;
    if (x->lit) {
        rs_add(a, out, x->r, x->r);
        if (fold) rs_fold(a, out);
    } else if (s.p[x->at] == '.') {
        if (x->flags & FL_DOTNL) {
            rs_add(a, out, 0, 0x10FFFF);
        } else {
            rs_add(a, out, 0, '\n' - 1);
            rs_add(a, out, '\n' + 1, 0x10FFFF);
        }
    } else if (s.p[x->at] == '[') {
        class_set(a, s, x->at, fold, out);
    } else if (s.p[x->at + 1] == 'p' || s.p[x->at + 1] == 'P') {
        int64_t next;
        uni_set(a, s, x->at, out, fold, &next);
    } else if (strchr("dDsSwW", s.p[x->at + 1])) {
        perl_set(a, out, s.p[x->at + 1], fold);
    } else {
        a->giveup = true;   // \C or a backreference: not in a valid pattern
    }
    rs_norm(out);
}

// pieces: the pieces of the concatenation s[from..to) (no top-level |).
static size_t pieces(Amb *a, Pat s, int64_t from, int64_t to, int flags, APiece **out) {
    Pat sub = {s.p, to};
    APiece *v = NULL;
    size_t n = 0, cap = 0;
    for (int64_t i = from; i < to;) {
        APiece x = {.flags = flags, .at = i, .lo = 1, .hi = 1};
        uint8_t c = s.p[i];
        int64_t next;
        int w;
        if (c == '\\' && i + 1 < to && s.p[i + 1] == 'Q') {
            const uint8_t *e = memmem(s.p + i + 2, (size_t)(to - i - 2), "\\E", 2);
            int64_t end = e ? e - s.p : to;
            next = e ? end + 2 : to;
            if (end == i + 2) {
                i = next;
                continue;
            }
            for (int64_t j = i + 2; j < end; j += w) {   // all but the last rune
                int32_t r = rune_at(sub, j, &w);
                if (j + w >= end) {
                    x.kind = AK_SET, x.lit = true, x.r = r;
                    break;
                }
                if (n == cap && !(v = realloc(v, (cap = cap ? 2 * cap : 8) * sizeof *v))) rt_fatal(a->rt, "out of memory");
                v[n++] = (APiece){.kind = AK_SET, .lit = true, .r = r, .flags = flags, .at = j, .next = j + w, .lo = 1, .hi = 1};
            }
        } else if (c == '\\') {
            Atom at = escape(sub, i, &next);
            if (at.kind == IT_RUNE) x.kind = AK_SET, x.lit = true, x.r = at.r;
            else x.kind = at.kind == IT_OTHER ? AK_SET : AK_ASSERT;
        } else if (c == '[') {
            next = class_end(sub, i, NULL);
            x.kind = AK_SET;
        } else if (c == '(') {
            int f = flags;
            Atom g = group(sub, i, &next, &f);
            if (g.kind == IT_EMPTY && g.gs == -1) {
                flags = f;
                i = next;
                continue;
            }
            x.kind = AK_GROUP, x.gs = g.gs, x.ge = g.ge, x.cap = g.kind == IT_CAP, x.flags = g.gflags;
        } else if (c == '.') {
            x.kind = AK_SET, next = i + 1;
        } else if (c == '^' || c == '$') {
            x.kind = AK_ASSERT, next = i + 1;
        } else {
            x.kind = AK_SET, x.lit = true, x.r = rune_at(sub, i, &w), next = i + w;
        }
        if (x.kind == AK_SET && x.lit) x.flags = flags;
        // Repetitions, also after flags groups (a(?i)*), stacked (a{2}(?i){3}).
        int64_t lo, hi;
        x.lo = x.hi = 1;
        for (bool first = true;; first = false) {
            int64_t at = next;
            for (int f = flags;;) {
                int64_t after;
                if (at >= to || s.p[at] != '(') break;
                Atom g = group(sub, at, &after, &f);
                if (!(g.kind == IT_EMPTY && g.gs == -1)) break;
                flags = f, at = after;
            }
            if (!repeat(sub, at, &lo, &hi, &next)) {
                next = at;
                break;
            }
            if (first) {
                x.lo = lo, x.hi = hi;
            } else {
                bool exact = x.hi == x.lo && hi == lo;
                x.lo *= lo;
                x.hi = x.hi == 0 || hi == 0 ? 0 : exact ? x.lo : -1;
            }
        }
        x.next = next;
        if (n == cap && !(v = realloc(v, (cap = cap ? 2 * cap : 8) * sizeof *v))) rt_fatal(a->rt, "out of memory");
        v[n++] = x;
        i = next;
    }
    *out = v;
    return n;
}

static void seq(Amb *a, Pat s, int64_t from, int64_t to, int flags, Fol *f);

static Fol fol_dup(Amb *a, const Fol *f) { return (Fol){rs_dup(a, &f->f), f->m}; }

// unit: *f becomes what the atom x once, then *f, starts with.
static void unit(Amb *a, Pat s, const APiece *x, Fol *f) {
    if (--a->budget < 0) a->giveup = true;
    if (a->giveup || x->kind == AK_ASSERT) return;
    if (x->kind == AK_GROUP) {
        seq(a, s, x->gs, x->ge, x->flags, f);
        return;
    }
    rs_free(&f->f);
    piece_set(a, s, x, &f->f);
    f->m = false;
}

// alt_check: branch b joins the branches in acc; two may not share a
// first rune nor both reach the match without input.
static void alt_check(Amb *a, Fol *acc, const Fol *b) {
    if (rs_meets(&acc->f, &b->f) || (acc->m && b->m)) a->bad = true;
    rs_union(a, &acc->f, &b->f);
    acc->m = acc->m || b->m;
}

// piece: *f becomes what the piece x, then *f, starts with.
static void piece(Amb *a, Pat s, const APiece *x, Fol *f) {
    if (x->hi == 0 || a->giveup) return;   // x{0}: a Nop
    if (x->kind == AK_GROUP && !x->cap && empty_alt(s, x->gs, x->ge)) {
        // (?:)*: the empty match, but (?:){n,m} with m > n+1 is
        // (x(x)?)?, an alternation of two empty branches.
        if (x->hi >= 0 && x->hi - x->lo >= 2 && (f->f.n || f->m)) a->bad = true;
        return;
    }
    if (x->lo == 1 && x->hi == 1) {
        unit(a, s, x, f);
        return;
    }
    Fol probe = {{0}, true};   // x can match empty: it passes m through
    bool bad = a->bad;
    unit(a, s, x, &probe);
    a->bad = bad;
    bool nullable = probe.m, reads = probe.f.n > 0;
    rs_free(&probe.f);
    if (x->hi < 0) {   // a loop: x{lo,}
        if (nullable && reads) {
            a->bad = true;
            return;
        }
        if (nullable) {
            // x reads nothing ($+, \b+, ()+): x+ loops back to itself
            // without input, which Go's check skips as visited; x* is
            // (x+)?, two ways to what follows.
            if (x->lo == 0 && (f->f.n || f->m)) a->bad = true;
            return;
        }
        Fol fx = {{0}, false};
        unit(a, s, x, &fx);
        Fol loop = fol_dup(a, f);
        alt_check(a, &loop, &fx);   // Alt(x again, what follows)
        Fol inner = fol_dup(a, &loop);
        unit(a, s, x, &inner);   // x's own alternatives, followed by the loop
        rs_free(&inner.f);
        rs_free(&f->f);
        if (x->lo == 0) {
            rs_free(&fx.f);
            *f = loop;
            return;
        }
        rs_free(&loop.f);
        *f = fx;
        for (int64_t k = 1; k < x->lo && !a->giveup; k++) unit(a, s, x, f);
        return;
    }
    // x{lo,hi}: lo copies, then hi-lo nested x? (x(x)?)? leaving to *f.
    Fol cur = fol_dup(a, f);
    for (int64_t k = 0; k < x->hi - x->lo && !a->giveup; k++) {
        Fol br = fol_dup(a, &cur);
        unit(a, s, x, &br);
        Fol alt = fol_dup(a, f);
        alt_check(a, &alt, &br);
        rs_free(&br.f);
        rs_free(&cur.f);
        cur = alt;
    }
    rs_free(&f->f);
    *f = cur;
    for (int64_t k = 0; k < x->lo && !a->giveup; k++) unit(a, s, x, f);
}

// one_char: the alternative s[from..to) is one character atom, unrepeated
// (Go's parser merges runs of them into one class).
static bool one_char(Amb *a, Pat s, int64_t from, int64_t to, int flags, APiece *out) {
    APiece *v;
    size_t n = pieces(a, s, from, to, flags, &v);
    bool one = n == 1 && v[0].kind == AK_SET && v[0].lo == 1 && v[0].hi == 1;
    if (one) *out = v[0];
    free(v);
    return one;
}

// first_piece: the alternative s[from..to) starts with a character piece
// Go's factoring takes out (a class, ., or one repeated a fixed number of
// times), from s.p[from] on, and more follows.
static bool first_piece(Amb *a, Pat s, int64_t from, int64_t to, int flags, APiece *out) {
    APiece *v;
    size_t n = pieces(a, s, from, to, flags, &v);
    bool ok = n >= 1 && v[0].kind == AK_SET && v[0].lo == v[0].hi && v[0].lo >= 1 && v[0].at == from;
    if (ok) *out = v[0];
    free(v);
    return ok;
}

// alts: *f becomes what the alternatives s[starts[k]..ends[k]), then *f,
// start with, after Go's rewriting of them (see above).
static void alts(Amb *a, Pat s, const int64_t *starts, const int64_t *ends, size_t n, int flags, Fol *f) {
    Fol acc = {{0}, false};
    for (size_t k = 0; k < n && !a->giveup;) {
        size_t j = k + 1;
        Fol br = fol_dup(a, f);
        APiece x;
        Item l0, lj;
        int64_t stop;
        if (k + 1 < n && one_char(a, s, starts[k], ends[k], flags, &x) && one_char(a, s, starts[k + 1], ends[k + 1], flags, &x)) {
            // a run of one-character alternatives: one class
            one_char(a, s, starts[k], ends[k], flags, &x);
            rs_free(&br.f);
            piece_set(a, s, &x, &br.f);
            br.m = false;
            while (j < n && one_char(a, s, starts[j], ends[j], flags, &x)) {
                RSet t = {0};
                piece_set(a, s, &x, &t);
                rs_union(a, &br.f, &t);
                rs_free(&t);
                j++;
            }
        } else if (empty_alt(s, starts[k], ends[k])) {   // a run of empty ones: one empty match
            while (j < n && empty_alt(s, starts[j], ends[j])) j++;
        } else if (leading(s, starts[k], ends[k], flags, &l0, 1, &stop)) {
            while (j < n && leading(s, starts[j], ends[j], flags, &lj, 1, &stop) && lj.r == l0.r && lj.fold == l0.fold) j++;
            if (j - k >= 2) {   // a common leading literal: factored out
                Item common[MAX_LEAD], cur[MAX_LEAD];
                size_t ncommon = leading(s, starts[k], ends[k], flags, common, MAX_LEAD, &stop);
                for (size_t i = k + 1; i < j; i++) {
                    size_t m = 0, len = leading(s, starts[i], ends[i], flags, cur, MAX_LEAD, &stop);
                    while (m < len && m < ncommon && cur[m].r == common[m].r && cur[m].fold == common[m].fold) m++;
                    ncommon = m;
                }
                int64_t *rest = malloc((j - k) * sizeof *rest);
                if (!rest) rt_fatal(a->rt, "out of memory");
                for (size_t i = k; i < j; i++) {
                    leading(s, starts[i], ends[i], flags, cur, ncommon, &rest[i - k]);
                    // the prefix must end between atoms (not in a group or \Q..\E)
                    if (leading(s, starts[i], rest[i - k], flags, cur, MAX_LEAD, &stop) != ncommon || stop != rest[i - k])
                        a->giveup = true;
                }
                alts(a, s, rest, ends + k, j - k, flags, &br);
                free(rest);
                rs_free(&br.f);
                rs_add(a, &br.f, common[0].r, common[0].r);
                if (common[0].fold) rs_fold(a, &br.f);
                br.m = false;
            } else {
                seq(a, s, starts[k], ends[k], flags, &br);
            }
        } else if (first_piece(a, s, starts[k], ends[k], flags, &x)) {
            APiece y;
            while (j < n && first_piece(a, s, starts[j], ends[j], flags, &y) && y.next - y.at == x.next - x.at &&
                   y.flags == x.flags && memcmp(s.p + y.at, s.p + x.at, (size_t)(x.next - x.at)) == 0)
                j++;
            if (j - k >= 2) {   // a common first character piece: factored out
                int64_t *rest = malloc((j - k) * sizeof *rest);
                if (!rest) rt_fatal(a->rt, "out of memory");
                for (size_t i = k; i < j; i++) rest[i - k] = starts[i] + (x.next - x.at);
                alts(a, s, rest, ends + k, j - k, flags, &br);
                free(rest);
                piece(a, s, &x, &br);
            } else {
                seq(a, s, starts[k], ends[k], flags, &br);
            }
        } else {
            seq(a, s, starts[k], ends[k], flags, &br);
        }
        alt_check(a, &acc, &br);
        rs_free(&br.f);
        k = j;
    }
    rs_free(&f->f);
    *f = acc;
}

// seq: *f becomes what s[from..to), then *f, starts with.
static void seq(Amb *a, Pat s, int64_t from, int64_t to, int flags, Fol *f) {
    if (a->giveup) return;
    int64_t bars[MAX_ALTS];
    size_t nbars = alternatives(s, from, to, bars, MAX_ALTS);
    if (nbars > MAX_ALTS) {
        a->giveup = true;
        return;
    }
    if (nbars) {
        int64_t starts[MAX_ALTS + 1], ends[MAX_ALTS + 1];
        for (size_t k = 0; k <= nbars; k++) {
            starts[k] = k ? bars[k - 1] + 1 : from;
            ends[k] = k < nbars ? bars[k] : to;
        }
        alts(a, s, starts, ends, nbars + 1, flags, f);
        return;
    }
    APiece *v;
    size_t n = pieces(a, s, from, to, flags, &v);
    for (size_t k = n; k-- > 0 && !a->giveup;) piece(a, s, &v[k], f);
    free(v);
}

// ambiguous: Go's makeOnePass would reject the program of s.
static bool ambiguous(Runtime *rt, Pat s) {
    Amb a = {.rt = rt, .budget = 20000};
    Fol f = {{0}, true};   // at the end: the match
    seq(&a, s, 0, s.n, 0, &f);
    rs_free(&f.f);
    return a.bad && !a.giveup;
}

// onepass_like: Go's one-pass test: the pattern is anchored at both ends
// with no top-level |, small enough, and not ambiguous.
static bool onepass_like(const Items *it, Pat s) {
    int64_t bars[1];
    if (it->n == 0 || it->v[0].kind != IT_BEGIN_TEXT || alternatives(s, 0, s.n, bars, 1)) return false;
    if (prog_size(s, 0, s.n) + 2 >= 1000) return false;   // + Go's Fail and Match
    if (ambiguous(it->rt, s)) return false;
    if (s.n >= 2 && s.p[s.n - 2] == '\\' && s.p[s.n - 1] == 'z') return true;
    if (s.n < 1 || s.p[s.n - 1] != '$') return false;
    int64_t k = 0;
    while (s.n - 2 - k >= 0 && s.p[s.n - 2 - k] == '\\') k++;
    return k % 2 == 0 && !(final_flags(s) & FL_MULTILINE);
}

static bool prefix_rune(const Item *i) { return i->kind == IT_RUNE && !i->fold && i->r != 0xFFFD; }

void rt_regexp_literal_prefix(Runtime *rt, GoString expr, StrBuf *prefix, bool *complete) {
    Items it = {.rt = rt};
    Pat s = {expr.ptr, expr.len};
    if (walk(&it, s, 0, s.n, 0)) push(&it, IT_MATCH, 0, false);
    push(&it, IT_OTHER, 0, false);   // a sentinel: every scan below stops
    size_t i = 0;
    char buf[4];
    *complete = false;
    if (onepass_like(&it, s)) {   // Go's onePassPrefix: no capture skipped
        for (i = 1; it.v[i].kind == IT_NOP; i++) {}
        size_t first = i;
        for (; prefix_rune(&it.v[i]); i++) sb_put(prefix, buf, (size_t)rt_encode_rune(buf, it.v[i].r));
        *complete = i > first && it.v[i].kind == IT_END_TEXT && it.v[i + 1].kind == IT_MATCH;
    } else {   // Go's Prog.Prefix: captures are skipped
        while (it.v[i].kind == IT_CAP || it.v[i].kind == IT_NOP) i++;
        if (it.v[i].kind != IT_RUNE) {
            *complete = it.v[i].kind == IT_MATCH;
        } else {
            for (; prefix_rune(&it.v[i]); i++) {
                sb_put(prefix, buf, (size_t)rt_encode_rune(buf, it.v[i].r));
                while (it.v[i + 1].kind == IT_CAP || it.v[i + 1].kind == IT_NOP) i++;
            }
            *complete = it.v[i].kind == IT_MATCH;
        }
    }
    free(it.v);
}
