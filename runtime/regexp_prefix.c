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
// Known gap: Go uses onePassPrefix only when the program is one-pass
// (anchored by ^ and $ and unambiguous); here a pattern that starts with
// ^ (or \A) and ends with $ (or \z) with no top-level | and fewer than
// 1000 instructions (prog_size) counts as one-pass: Go's ambiguity check
// is not made, so ^b+\wa$ answers "b" where Go answers "".
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
enum { FL_FOLD = 1, FL_MULTILINE = 2 };

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
                int bit = s.p[j] == 'i' ? FL_FOLD : s.p[j] == 'm' ? FL_MULTILINE : 0;
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
            i = e ? end + 2 : to;
            if (repeat(sub, i, &lo, &hi, &next)) i = next, n++;
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

// onepass_like: the pattern is anchored at both ends with no top-level |
// and small enough (this file's stand-in for Go's one-pass test).
static bool onepass_like(const Items *it, Pat s) {
    int64_t bars[1];
    if (it->n == 0 || it->v[0].kind != IT_BEGIN_TEXT || alternatives(s, 0, s.n, bars, 1)) return false;
    if (prog_size(s, 0, s.n) + 2 >= 1000) return false;   // + Go's Fail and Match
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
