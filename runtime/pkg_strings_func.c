// pkg_strings_func.c - the parts of package strings that call Go code or
// carry state: Map and the *Func functions (the rune predicate is a Go
// func value called through rt_call_func), LastIndexAny, SplitAfterN,
// strings.Replacer and strings.Reader. Their table entries are in
// pkg_strings.c.
//
// Replacer keeps a copy of the old/new pairs and applies Go's generic
// algorithm: scanning left to right, at each position the first-listed
// pair whose old string matches there wins; an empty old string matches
// once at every position (not twice in a row).
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

static GoString sb_to_string(Runtime *rt, StrBuf *b) {
    GoString s = rt_string_from_c(rt, b->p ? b->p : "", b->len);
    sb_free(b);
    return s;
}

static int32_t call_rune_fn(Runtime *rt, Value fn, int32_t r, Value *res) {
    Value a[1];
    a[0].w[1] = 0;
    a[0].i = r;
    res[0].w[0] = res[0].w[1] = 0;
    rt_call_func(rt, fn, a, 1, res);
    return (int32_t)res[0].i;
}

static bool pred(Runtime *rt, Value fn, int32_t r) {
    Value res[1];
    call_rune_fn(rt, fn, r, res);
    return res[0].b;
}

void rt_strings_map(Runtime *rt, Value *a, Value *res) {
    GoString s = a[1].s;
    StrBuf b = {0};
    bool changed = false;
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t c = rt_decode_rune(s, i, &w);
        Value r[1];
        int32_t m = call_rune_fn(rt, a[0], c, r);
        if (m != c || (c == 0xfffd && w == 1))
            changed = true;
        if (m >= 0) {
            char buf[4];
            sb_put(&b, buf, (size_t)rt_encode_rune(buf, m));
        }
        i += w;
    }
    if (!changed) {
        sb_free(&b);
        res[0].s = s;
        return;
    }
    res[0].s = sb_to_string(rt, &b);
}

static int64_t index_func(Runtime *rt, GoString s, Value f, bool truth) {
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t c = rt_decode_rune(s, i, &w);
        if (pred(rt, f, c) == truth)
            return i;
        i += w;
    }
    return -1;
}

static int64_t last_index_func(Runtime *rt, GoString s, Value f, bool truth) {
    for (int64_t i = s.len; i > 0;) {
        int w;
        int32_t c = rt_decode_last_rune(s.ptr, i, &w);
        i -= w;
        if (pred(rt, f, c) == truth)
            return i;
    }
    return -1;
}

static GoString trim_left_func(Runtime *rt, GoString s, Value f) {
    int64_t i = index_func(rt, s, f, false);
    if (i == -1)
        return (GoString){s.ptr, 0};
    return (GoString){s.ptr + i, s.len - i};
}

static GoString trim_right_func(Runtime *rt, GoString s, Value f) {
    int64_t i = last_index_func(rt, s, f, false);
    if (i >= 0 && s.ptr[i] >= 0x80) {
        int w;
        rt_decode_rune(s, i, &w);
        i += w;
    } else {
        i++;
    }
    return (GoString){s.ptr, i};
}

void rt_strings_index_func(Runtime *rt, Value *a, Value *res) { res[0].i = index_func(rt, a[0].s, a[1], true); }
void rt_strings_last_index_func(Runtime *rt, Value *a, Value *res) { res[0].i = last_index_func(rt, a[0].s, a[1], true); }
void rt_strings_trim_left_func(Runtime *rt, Value *a, Value *res) { res[0].s = trim_left_func(rt, a[0].s, a[1]); }
void rt_strings_trim_right_func(Runtime *rt, Value *a, Value *res) { res[0].s = trim_right_func(rt, a[0].s, a[1]); }
void rt_strings_trim_func(Runtime *rt, Value *a, Value *res) {
    res[0].s = trim_right_func(rt, trim_left_func(rt, a[0].s, a[1]), a[1]);
}

// strings.FieldsFunc: the runs of runes not satisfying f.
void rt_strings_fields_func(Runtime *rt, Value *a, Value *res) {
    GoString s = a[0].s;
    GoSlice out = {0};
    int64_t start = -1;
    for (int64_t i = 0; i <= s.len;) {
        int w = 1;
        bool sep = i == s.len || pred(rt, a[1], rt_decode_rune(s, i, &w));
        if (sep && start >= 0) {
            GoString part = {s.ptr + start, i - start};
            out = rt_append(rt, &rt_ptype_string, out, &part, 1);
            start = -1;
        } else if (!sep && start < 0) {
            start = i;
        }
        i += w;
    }
    res[0].sl = out;
}

// strings.LastIndexAny.
void rt_strings_last_index_any(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    GoString s = a[0].s, chars = a[1].s;
    res[0].i = -1;
    if (chars.len == 0)
        return;
    for (int64_t i = s.len; i > 0;) {
        int w;
        int32_t c = rt_decode_last_rune(s.ptr, i, &w);
        i -= w;
        for (int64_t j = 0; j < chars.len;) {
            int cw;
            if (rt_decode_rune(chars, j, &cw) == c) {
                res[0].i = i;
                return;
            }
            j += cw;
        }
    }
}

// ---- Replacer: struct { oldnew []string } ---------------------------------------------------

void rt_strings_new_replacer(Runtime *rt, Value *a, Value *res) {
    GoSlice oldnew = a[0].sl;
    if (oldnew.len % 2 == 1)
        rt_panic(rt, rt_iface_box(rt, &rt_ptype_string,
                                  (Value){.s = rt_string_from_c(rt, "strings.NewReplacer: odd argument count", 39)}));
    const Type *t = rt_pkg_type(rt, "strings", "Replacer", false);
    if (!t)
        rt_fatal(rt, "strings.Replacer: package type missing");
    GoSlice *r = rt_alloc(rt, t);
    Value v;
    v.sl = rt_make_slice(rt, &rt_ptype_string, oldnew.len, oldnew.len);
    rt_copy_slice(rt, &rt_ptype_string, v.sl, oldnew);
    rt_store(rt, t->underlying->fields[0].type, r, v);
    res[0].p = r;
}

// replacer_match: the index of the first pair whose old string is a
// prefix of s[i:], or -1 (an empty old string only when allow_empty).
static int64_t replacer_match(const GoString *pairs, int64_t n, GoString s, int64_t i, bool allow_empty) {
    for (int64_t k = 0; k < n; k += 2) {
        GoString old = pairs[k];
        if (old.len == 0 && !allow_empty)
            continue;
        if (old.len <= s.len - i && (old.len == 0 || memcmp(s.ptr + i, old.ptr, (size_t)old.len) == 0))
            return k;
    }
    return -1;
}

GoString rt_replace_all_pairs(Runtime *rt, const GoString *pairs, int64_t n, GoString s) {
    StrBuf b = {0};
    bool changed = false, prev_empty = false;
    int64_t last = 0;
    for (int64_t i = 0; i <= s.len;) {
        int64_t k = replacer_match(pairs, n, s, i, !prev_empty);
        prev_empty = k >= 0 && pairs[k].len == 0;
        if (k < 0) {
            i++;
            continue;
        }
        changed = true;
        if (i > last) sb_put(&b, s.ptr + last, (size_t)(i - last));
        sb_put(&b, pairs[k + 1].ptr, (size_t)pairs[k + 1].len);
        i += pairs[k].len;
        last = i;
    }
    if (!changed) {
        sb_free(&b);
        return s;
    }
    if (s.len > last) sb_put(&b, s.ptr + last, (size_t)(s.len - last));
    return sb_to_string(rt, &b);
}

void rt_strings_replacer_replace(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    GoSlice pairs = *(GoSlice *)a[0].p;
    res[0].s = rt_replace_all_pairs(rt, pairs.ptr, pairs.len, a[1].s);
}

// (*Replacer).WriteString(w, s): Replace(s) written to w.
void rt_strings_replacer_write_string(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    GoSlice pairs = *(GoSlice *)a[0].p;
    GoString out = rt_replace_all_pairs(rt, pairs.ptr, pairs.len, a[2].s);
    GoIface err;
    res[0].w[1] = 0;
    res[0].i = rt_io_write(rt, a[1].e, out.ptr, out.len, &err);
    res[1].e = err;
}

// ---- Reader: struct { s string; i int; prevRune int } ---------------------------------------

typedef struct StringsReader { GoString s; int64_t i, prev_rune; } StringsReader;

void rt_strings_new_reader(Runtime *rt, Value *a, Value *res) {
    const Type *t = rt_pkg_type(rt, "strings", "Reader", false);
    if (!t)
        rt_fatal(rt, "strings.Reader: package type missing");
    StringsReader *r = rt_alloc(rt, t);
    rt_store(rt, &rt_ptype_string, &r->s, a[0]);
    r->prev_rune = -1;
    res[0].p = r;
}

static StringsReader *reader_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

int64_t rt_strings_reader_read(Runtime *rt, void *reader, uint8_t *p, int64_t n) {
    StringsReader *r = reader_of(rt, (Value){.p = reader});
    if (r->i >= r->s.len)
        return -1;
    r->prev_rune = -1;
    int64_t k = r->s.len - r->i < n ? r->s.len - r->i : n;
    memcpy(p, r->s.ptr + r->i, (size_t)k);
    r->i += k;
    return k;
}

void rt_strings_reader_len(Runtime *rt, Value *a, Value *res) {
    StringsReader *r = reader_of(rt, a[0]);
    res[0].i = r->i >= r->s.len ? 0 : r->s.len - r->i;
}

void rt_strings_reader_size(Runtime *rt, Value *a, Value *res) { res[0].i = reader_of(rt, a[0])->s.len; }

void rt_strings_reader_read_method(Runtime *rt, Value *a, Value *res) {
    int64_t n = rt_strings_reader_read(rt, a[0].p, a[1].sl.ptr, a[1].sl.len);
    res[0].w[1] = 0;
    res[0].i = n < 0 ? 0 : n;
    res[1].e = n < 0 ? rt_io_eof() : (GoIface){NULL, NULL};
}

void rt_strings_reader_read_byte(Runtime *rt, Value *a, Value *res) {
    StringsReader *r = reader_of(rt, a[0]);
    res[0].w[1] = 0;
    res[0].u = 0;
    res[1].e = (GoIface){NULL, NULL};
    r->prev_rune = -1;
    if (r->i >= r->s.len) {
        res[1].e = rt_io_eof();
        return;
    }
    res[0].u = r->s.ptr[r->i++];
}

void rt_strings_reader_read_rune(Runtime *rt, Value *a, Value *res) {
    StringsReader *r = reader_of(rt, a[0]);
    res[0].w[1] = res[1].w[1] = 0;
    res[0].i = res[1].i = 0;
    res[2].e = (GoIface){NULL, NULL};
    if (r->i >= r->s.len) {
        r->prev_rune = -1;
        res[2].e = rt_io_eof();
        return;
    }
    r->prev_rune = r->i;
    int w;
    res[0].i = rt_decode_rune(r->s, r->i, &w);
    res[1].i = w;
    r->i += w;
}

void rt_strings_reader_unread_byte(Runtime *rt, Value *a, Value *res) {
    StringsReader *r = reader_of(rt, a[0]);
    res[0].e = (GoIface){NULL, NULL};
    if (r->i <= 0) {
        res[0].e = rt_error_new(rt, "strings.Reader.UnreadByte: at beginning of string", 49);
        return;
    }
    r->prev_rune = -1;
    r->i--;
}

void rt_strings_reader_unread_rune(Runtime *rt, Value *a, Value *res) {
    StringsReader *r = reader_of(rt, a[0]);
    res[0].e = (GoIface){NULL, NULL};
    if (r->i <= 0) {
        res[0].e = rt_error_new(rt, "strings.Reader.UnreadRune: at beginning of string", 49);
        return;
    }
    if (r->prev_rune < 0) {
        res[0].e = rt_error_new(rt, "strings.Reader.UnreadRune: previous operation was not ReadRune", 62);
        return;
    }
    r->i = r->prev_rune;
    r->prev_rune = -1;
}

void rt_strings_reader_seek(Runtime *rt, Value *a, Value *res) {
    StringsReader *r = reader_of(rt, a[0]);
    r->prev_rune = -1;
    int64_t abs;
    res[0].w[1] = 0;
    res[0].i = 0;
    res[1].e = (GoIface){NULL, NULL};
    switch (a[2].i) {
    case 0: abs = a[1].i; break;
    case 1: abs = r->i + a[1].i; break;
    case 2: abs = r->s.len + a[1].i; break;
    default: res[1].e = rt_error_new(rt, "strings.Reader.Seek: invalid whence", 35); return;
    }
    if (abs < 0) {
        res[1].e = rt_error_new(rt, "strings.Reader.Seek: negative position", 38);
        return;
    }
    r->i = abs;
    res[0].i = abs;
}

void rt_strings_reader_write_to(Runtime *rt, Value *a, Value *res) {
    StringsReader *r = reader_of(rt, a[0]);
    r->prev_rune = -1;
    res[0].w[1] = 0;
    res[0].i = 0;
    res[1].e = (GoIface){NULL, NULL};
    if (r->i >= r->s.len)
        return;
    int64_t n = r->s.len - r->i;
    GoIface err;
    int64_t m = rt_io_write(rt, a[1].e, r->s.ptr + r->i, n, &err);
    r->i += m;
    res[0].i = m;
    res[1].e = err.type || m == n ? err : rt_io_short_write();
}

void rt_strings_reader_reset(Runtime *rt, Value *a, Value *res) {
    (void)res;
    StringsReader *r = reader_of(rt, a[0]);
    rt_store(rt, &rt_ptype_string, &r->s, a[1]);
    r->i = 0;
    r->prev_rune = -1;
}

// (*Reader).ReadAt(b, off): Go's error texts; io.EOF when short.
void rt_strings_reader_read_at(Runtime *rt, Value *a, Value *res) {
    StringsReader *r = reader_of(rt, a[0]);
    int64_t off = a[2].i;
    res[0].w[1] = 0;
    res[0].i = 0;
    res[1].e = (GoIface){NULL, NULL};
    if (off < 0) {
        res[1].e = rt_error_new(rt, "strings.Reader.ReadAt: negative offset", 38);
        return;
    }
    if (off >= r->s.len) {
        res[1].e = rt_io_eof();
        return;
    }
    int64_t n = r->s.len - off < (int64_t)a[1].sl.len ? r->s.len - off : (int64_t)a[1].sl.len;
    memcpy(a[1].sl.ptr, r->s.ptr + off, (size_t)n);
    res[0].i = n;
    if (n < (int64_t)a[1].sl.len)
        res[1].e = rt_io_eof();
}

void rt_strings_clone(Runtime *rt, Value *a, Value *res) {
    GoString s = a[0].s;
    res[0].w[1] = 0;
    res[0].s = s.len == 0 ? s : rt_string_from_c(rt, (const char *)s.ptr, (size_t)s.len);
}

// rt_strings_to_valid_utf8: Go's ToValidUTF8: each run of invalid bytes
// becomes one replacement.
void rt_strings_to_valid_utf8(Runtime *rt, Value *a, Value *res) {
    GoString s = a[0].s, repl = a[1].s;
    StrBuf b = {0};
    bool invalid = false, changed = false;
    for (int64_t i = 0; i < s.len;) {
        int w;
        int32_t c = rt_decode_rune(s, i, &w);
        if (c == 0xFFFD && w == 1) {
            if (!invalid) sb_put(&b, repl.ptr, (size_t)repl.len);
            invalid = changed = true;
            i++;
            continue;
        }
        invalid = false;
        sb_put(&b, s.ptr + i, (size_t)w);
        i += w;
    }
    res[0].w[1] = 0;
    res[0].s = changed ? rt_string_from_c(rt, b.p ? b.p : "", b.len) : s;
    sb_free(&b);
}
