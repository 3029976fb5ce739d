// pkg_bytes.c - package bytes: Buffer (Go 1.19's buffer.go: its growth
// rule, so Cap() prints what Go prints, lastRead for the Unread methods),
// Reader, and the functions that mirror package strings. Those run the
// strings function of the same name on string views of the []byte
// arguments (no copy) and copy string results back into fresh []byte
// values, so the two packages can never disagree.
//
// Buffer is "struct { buf []byte; off int; lastRead int }" (zero value
// ready to use, as in Go); Reader is "struct { s []byte; i int64;
// prevRune int }".
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

enum { SMALL_BUFFER = 64, MIN_READ = 512 };
enum { OP_READ = -1, OP_INVALID = 0 };

typedef struct Buffer { GoSlice buf; int64_t off, last_read; } Buffer;
typedef struct BReader { GoSlice s; int64_t i, prev_rune; } BReader;

static const GoIface no_error = {NULL, NULL};
static const GoString err_unread_byte = {(const uint8_t *)"bytes.Buffer: UnreadByte: previous operation was not a successful read", 70};
static const GoString err_unread_rune = {(const uint8_t *)"bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune", 74};
static const GoString err_too_large = {(const uint8_t *)"bytes.Buffer: too large", 23};

static void set_n_err(Value *res, int64_t n, GoIface err) {
    res[0].w[1] = 0;
    res[0].i = n;
    res[1].e = err;
}

_Noreturn static void panic_text(Runtime *rt, const char *msg) {
    Value v;
    v.s = rt_string_from_c(rt, msg, strlen(msg));
    rt_panic(rt, rt_iface_box(rt, &rt_ptype_string, v));
}

static Buffer *buf_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void set_buf(Runtime *rt, Buffer *b, GoSlice s) { rt_store(rt, &rt_ptype_bytes, &b->buf, (Value){.sl = s}); }

static int64_t blen(const Buffer *b) { return (int64_t)b->buf.len - b->off; }

static void reset(Buffer *b) {
    b->buf.len = 0;
    b->off = 0;
    b->last_read = OP_INVALID;
}

// grow: Go's (*Buffer).grow: room for n more bytes; returns where to write.
static int64_t grow(Runtime *rt, Buffer *b, int64_t n) {
    int64_t m = blen(b);
    if (m == 0 && b->off != 0)
        reset(b);
    if (n <= (int64_t)(b->buf.cap - b->buf.len)) {
        int64_t l = b->buf.len;
        b->buf.len += (uint32_t)n;
        return l;
    }
    if (!b->buf.ptr && n <= SMALL_BUFFER) {
        set_buf(rt, b, rt_make_slice(rt, &rt_ptype_uint8, n, SMALL_BUFFER));
        return 0;
    }
    int64_t c = b->buf.cap;
    if (n <= c / 2 - m) {
        if (m)
            memmove(b->buf.ptr, (char *)b->buf.ptr + b->off, (size_t)m);
    } else if (c + n > 0x7fffffff - c) {
        rt_panic(rt, rt_error_static(&err_too_large));
    } else {
        int64_t want = m + b->off + n;   // growSlice(buf[off:], off+n)
        if (want < 2 * (c - b->off))
            want = 2 * (c - b->off);
        GoSlice zeros = rt_make_slice(rt, &rt_ptype_uint8, want, want);
        GoSlice nb = rt_append(rt, &rt_ptype_uint8, (GoSlice){NULL, 0, 0}, zeros.ptr, (size_t)want);
        if (m)
            memcpy(nb.ptr, (char *)b->buf.ptr + b->off, (size_t)m);
        set_buf(rt, b, nb);
    }
    b->off = 0;
    b->buf.len = (uint32_t)(m + n);
    return m;
}

// reserve: Go's tryGrowByReslice, then grow: room for n bytes at the
// returned index (no reset of a drained buffer while the capacity lasts).
static int64_t reserve(Runtime *rt, Buffer *b, int64_t n) {
    if (n <= (int64_t)(b->buf.cap - b->buf.len)) {
        int64_t l = b->buf.len;
        b->buf.len += (uint32_t)n;
        return l;
    }
    return grow(rt, b, n);
}

void rt_bytes_buffer_write(Runtime *rt, void *bp, const void *p, int64_t n) {
    Buffer *b = bp;
    b->last_read = OP_INVALID;
    int64_t m = reserve(rt, b, n);
    if (n)
        memmove((char *)b->buf.ptr + m, p, (size_t)n);
}

static void buf_write(Runtime *rt, Value *a, Value *res) {
    rt_bytes_buffer_write(rt, buf_of(rt, a[0]), a[1].sl.ptr, a[1].sl.len);
    set_n_err(res, a[1].sl.len, no_error);
}

static void buf_write_string(Runtime *rt, Value *a, Value *res) {
    rt_bytes_buffer_write(rt, buf_of(rt, a[0]), a[1].s.ptr, a[1].s.len);
    set_n_err(res, a[1].s.len, no_error);
}

static void buf_write_byte(Runtime *rt, Value *a, Value *res) {
    uint8_t c = (uint8_t)a[1].u;
    rt_bytes_buffer_write(rt, buf_of(rt, a[0]), &c, 1);
    res[0].e = no_error;
}

static void buf_write_rune(Runtime *rt, Value *a, Value *res) {
    Buffer *b = buf_of(rt, a[0]);
    int32_t r = (int32_t)a[1].i;
    if ((uint32_t)r < 0x80) {
        uint8_t c = (uint8_t)r;
        rt_bytes_buffer_write(rt, b, &c, 1);
        set_n_err(res, 1, no_error);
        return;
    }
    b->last_read = OP_INVALID;
    int64_t m = reserve(rt, b, 4);   // utf8.UTFMax, as Go reserves
    int n = rt_encode_rune((char *)b->buf.ptr + m, r);
    b->buf.len = (uint32_t)(m + n);
    set_n_err(res, n, no_error);
}

static void buf_string(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p) {
        res[0].s = rt_string_from_c(rt, "<nil>", 5);
        return;
    }
    Buffer *b = a[0].p;
    res[0].s = rt_string_from_c(rt, b->buf.ptr ? (char *)b->buf.ptr + b->off : "", (size_t)blen(b));
}

static void buf_bytes(Runtime *rt, Value *a, Value *res) {
    Buffer *b = buf_of(rt, a[0]);
    res[0].sl = (GoSlice){(char *)b->buf.ptr + b->off, (uint32_t)blen(b), (uint32_t)(b->buf.cap - b->off)};
}

static void buf_len(Runtime *rt, Value *a, Value *res) { res[0].i = blen(buf_of(rt, a[0])); }
static void buf_cap(Runtime *rt, Value *a, Value *res) { res[0].i = buf_of(rt, a[0])->buf.cap; }
static void buf_reset(Runtime *rt, Value *a, Value *res) { (void)res; reset(buf_of(rt, a[0])); }

static void buf_truncate(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Buffer *b = buf_of(rt, a[0]);
    int64_t n = a[1].i;
    if (n == 0) {
        reset(b);
        return;
    }
    b->last_read = OP_INVALID;
    if (n < 0 || n > blen(b))
        panic_text(rt, "bytes.Buffer: truncation out of range");
    b->buf.len = (uint32_t)(b->off + n);
}

static void buf_grow(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Buffer *b = buf_of(rt, a[0]);
    if (a[1].i < 0)
        panic_text(rt, "bytes.Buffer.Grow: negative count");
    int64_t m = grow(rt, b, a[1].i);
    b->buf.len = (uint32_t)m;
}

static void buf_read(Runtime *rt, Value *a, Value *res) {
    Buffer *b = buf_of(rt, a[0]);
    b->last_read = OP_INVALID;
    if (blen(b) <= 0) {
        reset(b);
        set_n_err(res, 0, a[1].sl.len == 0 ? no_error : rt_io_eof());
        return;
    }
    int64_t n = blen(b) < a[1].sl.len ? blen(b) : a[1].sl.len;
    memmove(a[1].sl.ptr, (char *)b->buf.ptr + b->off, (size_t)n);
    b->off += n;
    if (n > 0)
        b->last_read = OP_READ;
    set_n_err(res, n, no_error);
}

static void buf_next(Runtime *rt, Value *a, Value *res) {
    Buffer *b = buf_of(rt, a[0]);
    b->last_read = OP_INVALID;
    int64_t n = a[1].i, m = blen(b);
    if (n > m)
        n = m;
    res[0].sl = (GoSlice){b->buf.ptr ? (char *)b->buf.ptr + b->off : NULL, (uint32_t)n, (uint32_t)(b->buf.cap - b->off)};
    b->off += n;
    if (n > 0)
        b->last_read = OP_READ;
}

static void buf_read_byte(Runtime *rt, Value *a, Value *res) {
    Buffer *b = buf_of(rt, a[0]);
    res[0].w[1] = 0;
    res[0].u = 0;
    res[1].e = no_error;
    if (blen(b) <= 0) {
        reset(b);
        res[1].e = rt_io_eof();
        return;
    }
    res[0].u = ((uint8_t *)b->buf.ptr)[b->off++];
    b->last_read = OP_READ;
}

static void buf_read_rune(Runtime *rt, Value *a, Value *res) {
    Buffer *b = buf_of(rt, a[0]);
    res[0].w[1] = res[1].w[1] = 0;
    res[0].i = res[1].i = 0;
    res[2].e = no_error;
    if (blen(b) <= 0) {
        reset(b);
        res[2].e = rt_io_eof();
        return;
    }
    int w;
    int32_t r = rt_decode_rune((GoString){(uint8_t *)b->buf.ptr + b->off, blen(b)}, 0, &w);
    b->off += w;
    b->last_read = w;
    res[0].i = r;
    res[1].i = w;
}

static void buf_unread_byte(Runtime *rt, Value *a, Value *res) {
    Buffer *b = buf_of(rt, a[0]);
    res[0].e = no_error;
    if (b->last_read == OP_INVALID) {
        res[0].e = rt_error_static(&err_unread_byte);
        return;
    }
    b->last_read = OP_INVALID;
    if (b->off > 0)
        b->off--;
}

static void buf_unread_rune(Runtime *rt, Value *a, Value *res) {
    Buffer *b = buf_of(rt, a[0]);
    res[0].e = no_error;
    if (b->last_read <= OP_INVALID) {
        res[0].e = rt_error_static(&err_unread_rune);
        return;
    }
    if (b->off >= b->last_read)
        b->off -= b->last_read;
    b->last_read = OP_INVALID;
}

// read_slice: Go's readSlice: the bytes up to and including delim (a view).
static GoSlice read_slice(Buffer *b, uint8_t delim, GoIface *err) {
    *err = no_error;
    const uint8_t *p = (uint8_t *)b->buf.ptr + b->off;
    const uint8_t *hit = blen(b) > 0 ? memchr(p, delim, (size_t)blen(b)) : NULL;
    int64_t end = hit ? b->off + (hit - p) + 1 : (int64_t)b->buf.len;
    if (!hit)
        *err = rt_io_eof();
    GoSlice line = {(char *)b->buf.ptr + b->off, (uint32_t)(end - b->off), (uint32_t)(b->buf.cap - b->off)};
    b->off = end;
    b->last_read = OP_READ;
    return line;
}

static void buf_read_string(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    GoSlice s = read_slice(buf_of(rt, a[0]), (uint8_t)a[1].u, &err);
    res[0].s = rt_string_from_c(rt, s.ptr, s.len);
    res[1].e = err;
}

static void buf_read_bytes(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    GoSlice s = read_slice(buf_of(rt, a[0]), (uint8_t)a[1].u, &err);
    GoSlice out = {NULL, 0, 0};
    res[0].sl = rt_append(rt, &rt_ptype_uint8, out, s.ptr, s.len);
    res[1].e = err;
}

static void buf_write_to(Runtime *rt, Value *a, Value *res) {
    Buffer *b = buf_of(rt, a[0]);
    b->last_read = OP_INVALID;
    int64_t n = 0, nbytes = blen(b);
    if (nbytes > 0) {
        GoIface err;
        int64_t m = rt_io_write(rt, a[1].e, (char *)b->buf.ptr + b->off, nbytes, &err);
        if (m > nbytes)
            panic_text(rt, "bytes.Buffer.WriteTo: invalid Write count");
        b->off += m;
        n = m;
        if (err.type) {
            set_n_err(res, n, err);
            return;
        }
        if (m != nbytes) {
            set_n_err(res, n, rt_io_short_write());
            return;
        }
    }
    reset(b);
    set_n_err(res, n, no_error);
}

static void buf_read_from(Runtime *rt, Value *a, Value *res) {
    Buffer *b = buf_of(rt, a[0]);
    b->last_read = OP_INVALID;
    int64_t n = 0;
    for (;;) {
        int64_t i = grow(rt, b, MIN_READ);
        b->buf.len = (uint32_t)i;
        GoSlice room = {(char *)b->buf.ptr + i, b->buf.cap - (uint32_t)i, b->buf.cap - (uint32_t)i};
        GoIface e;
        int64_t m = rt_io_read(rt, a[1].e, room, &e);
        if (m < 0)
            panic_text(rt, "bytes.Buffer: reader returned negative count from Read");
        b->buf.len = (uint32_t)(i + m);
        n += m;
        if (e.type) {
            set_n_err(res, n, e.data == rt_io_eof().data ? no_error : e);
            return;
        }
    }
}

static const Type *bytes_type(Runtime *rt, const char *name) {
    const Type *t = rt_pkg_type(rt, "bytes", name, false);
    if (!t)
        rt_fatal(rt, "bytes.%s: package type missing", name);
    return t;
}

static void new_buffer(Runtime *rt, Value *a, Value *res) {
    Buffer *b = rt_alloc(rt, bytes_type(rt, "Buffer"));
    set_buf(rt, b, a[0].sl);
    res[0].p = b;
}

static void new_buffer_string(Runtime *rt, Value *a, Value *res) {
    Buffer *b = rt_alloc(rt, bytes_type(rt, "Buffer"));
    set_buf(rt, b, rt_bytes_from_string(rt, &rt_ptype_bytes, a[0].s));
    res[0].p = b;
}

// ---- Reader ---------------------------------------------------------------------------

static BReader *rd_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void new_reader(Runtime *rt, Value *a, Value *res) {
    BReader *r = rt_alloc(rt, bytes_type(rt, "Reader"));
    rt_store(rt, &rt_ptype_bytes, &r->s, a[0]);
    r->prev_rune = -1;
    res[0].p = r;
}

static void rd_len(Runtime *rt, Value *a, Value *res) {
    BReader *r = rd_of(rt, a[0]);
    res[0].i = r->i >= r->s.len ? 0 : (int64_t)r->s.len - r->i;
}

static void rd_size(Runtime *rt, Value *a, Value *res) { res[0].i = rd_of(rt, a[0])->s.len; }

static void rd_read(Runtime *rt, Value *a, Value *res) {
    BReader *r = rd_of(rt, a[0]);
    if (r->i >= r->s.len) {
        set_n_err(res, 0, rt_io_eof());
        return;
    }
    r->prev_rune = -1;
    int64_t n = (int64_t)r->s.len - r->i;
    if (n > a[1].sl.len)
        n = a[1].sl.len;
    memmove(a[1].sl.ptr, (char *)r->s.ptr + r->i, (size_t)n);
    r->i += n;
    set_n_err(res, n, no_error);
}

static void rd_read_byte(Runtime *rt, Value *a, Value *res) {
    BReader *r = rd_of(rt, a[0]);
    r->prev_rune = -1;
    res[0].w[1] = 0;
    res[0].u = 0;
    res[1].e = no_error;
    if (r->i >= r->s.len) {
        res[1].e = rt_io_eof();
        return;
    }
    res[0].u = ((uint8_t *)r->s.ptr)[r->i++];
}

static void rd_unread_byte(Runtime *rt, Value *a, Value *res) {
    BReader *r = rd_of(rt, a[0]);
    res[0].e = no_error;
    if (r->i <= 0) {
        res[0].e = rt_error_new(rt, "bytes.Reader.UnreadByte: at beginning of slice", 46);
        return;
    }
    r->prev_rune = -1;
    r->i--;
}

static void rd_read_rune(Runtime *rt, Value *a, Value *res) {
    BReader *r = rd_of(rt, a[0]);
    res[0].w[1] = res[1].w[1] = 0;
    res[0].i = res[1].i = 0;
    res[2].e = no_error;
    if (r->i >= r->s.len) {
        r->prev_rune = -1;
        res[2].e = rt_io_eof();
        return;
    }
    r->prev_rune = r->i;
    int w;
    res[0].i = rt_decode_rune((GoString){r->s.ptr, r->s.len}, r->i, &w);
    res[1].i = w;
    r->i += w;
}

static void rd_unread_rune(Runtime *rt, Value *a, Value *res) {
    BReader *r = rd_of(rt, a[0]);
    res[0].e = no_error;
    if (r->i <= 0) {
        res[0].e = rt_error_new(rt, "bytes.Reader.UnreadRune: at beginning of slice", 46);
        return;
    }
    if (r->prev_rune < 0) {
        res[0].e = rt_error_new(rt, "bytes.Reader.UnreadRune: previous operation was not ReadRune", 60);
        return;
    }
    r->i = r->prev_rune;
    r->prev_rune = -1;
}

static void rd_seek(Runtime *rt, Value *a, Value *res) {
    BReader *r = rd_of(rt, a[0]);
    r->prev_rune = -1;
    int64_t abs;
    switch (a[2].i) {
    case 0: abs = a[1].i; break;
    case 1: abs = r->i + a[1].i; break;
    case 2: abs = (int64_t)r->s.len + a[1].i; break;
    default: set_n_err(res, 0, rt_error_new(rt, "bytes.Reader.Seek: invalid whence", 33)); return;
    }
    if (abs < 0) {
        set_n_err(res, 0, rt_error_new(rt, "bytes.Reader.Seek: negative position", 36));
        return;
    }
    r->i = abs;
    set_n_err(res, abs, no_error);
}

static void rd_write_to(Runtime *rt, Value *a, Value *res) {
    BReader *r = rd_of(rt, a[0]);
    r->prev_rune = -1;
    if (r->i >= r->s.len) {
        set_n_err(res, 0, no_error);
        return;
    }
    int64_t n = (int64_t)r->s.len - r->i;
    GoIface err;
    int64_t m = rt_io_write(rt, a[1].e, (char *)r->s.ptr + r->i, n, &err);
    if (m > n)
        panic_text(rt, "bytes.Reader.WriteTo: invalid Write count");
    r->i += m;
    set_n_err(res, m, err);
}

static void rd_read_at(Runtime *rt, Value *a, Value *res) {
    BReader *r = rd_of(rt, a[0]);
    int64_t off = a[2].i, len = r->s.len;
    if (off < 0) {
        set_n_err(res, 0, rt_error_new(rt, "bytes.Reader.ReadAt: negative offset", 36));
        return;
    }
    if (off >= len) {
        set_n_err(res, 0, rt_io_eof());
        return;
    }
    int64_t n = len - off < (int64_t)a[1].sl.len ? len - off : (int64_t)a[1].sl.len;
    memmove(a[1].sl.ptr, (char *)r->s.ptr + off, (size_t)n);
    set_n_err(res, n, n < (int64_t)a[1].sl.len ? rt_io_eof() : no_error);
}

static void rd_reset(Runtime *rt, Value *a, Value *res) {
    (void)res;
    BReader *r = rd_of(rt, a[0]);
    rt_store(rt, &rt_ptype_bytes, &r->s, a[1]);
    r->i = 0;
    r->prev_rune = -1;
}

// ---- functions mirroring strings -----------------------------------------------------

// adapt calls strings.name with args a[0..nargs) (those in in_mask as
// string views) and converts results: OUT_SAME none, OUT_BYTES
// res[0] string to []byte, OUT_LIST res[0] []string to [][]byte, OUT_CUT
// res[0] and res[1].
enum { OUT_SAME, OUT_BYTES, OUT_LIST, OUT_CUT };

static GoSlice to_bytes(Runtime *rt, GoString s) { return rt_bytes_from_string(rt, &rt_ptype_bytes, s); }

static void adapt(Runtime *rt, Value *a, Value *res, const char *name, unsigned in_mask, int nargs, int out) {
    Value args[4];
    for (int i = 0; i < nargs; i++) {
        args[i] = a[i];
        if (in_mask & (1u << i))
            args[i].s = (GoString){a[i].sl.ptr, a[i].sl.len};
    }
    rt_native_call(rt, "strings", name, args, res);
    if (out == OUT_BYTES || out == OUT_CUT)
        res[0].sl = to_bytes(rt, res[0].s);
    if (out == OUT_CUT)
        res[1].sl = to_bytes(rt, res[1].s);
    if (out == OUT_LIST) {
        GoSlice l = res[0].sl;
        GoSlice o = rt_make_slice(rt, &rt_ptype_bytes, l.len, l.len);
        for (uint32_t i = 0; i < l.len; i++)
            rt_store(rt, &rt_ptype_bytes, (GoSlice *)o.ptr + i, (Value){.sl = to_bytes(rt, ((GoString *)l.ptr)[i])});
        res[0].sl = o;
    }
}

#define WRAP(cname, sname, mask, nargs, out) \
    static void cname(Runtime *rt, Value *a, Value *res) { adapt(rt, a, res, sname, mask, nargs, out); }

// ---- results that are subslices of s, as Go's bytes returns them ----------------------
// strings computes the pieces on a string view of s; these put them back
// as slices of s's own array (a change through one shows in the other),
// with Go's capacities: "tight" (cap = len: Split's inner pieces, Fields)
// or up to s's capacity (Trim*, the last piece, Cut), and Go's nil results.

static GoSlice sub_of(GoSlice s, int64_t off, int64_t len, bool tight) {
    if (!s.ptr)
        return (GoSlice){NULL, 0, 0};
    return (GoSlice){(char *)s.ptr + off, (uint32_t)len, (uint32_t)(tight ? len : (int64_t)s.cap - off)};
}

// view_off: where the string r (a strings result) starts in s, or -1 when it
// is not a view of s's bytes.
static int64_t view_off(GoSlice s, GoString r) {
    const uint8_t *p = s.ptr;
    return r.len && p && r.ptr >= p && r.ptr + r.len <= p + s.len ? r.ptr - p : -1;
}

typedef enum { EMPTY_NIL, EMPTY_AT_START, EMPTY_AT_END } EmptyAs;

// trim_result: strings' trimmed view r of s as a subslice of s; an empty
// result is nil or s[0:0] / s[len:], as the Go function returns it.
static GoSlice trim_result(Runtime *rt, GoSlice s, GoString r, EmptyAs empty) {
    if (r.len == 0)
        return empty == EMPTY_NIL ? (GoSlice){NULL, 0, 0} : sub_of(s, empty == EMPTY_AT_END ? s.len : 0, 0, false);
    int64_t off = view_off(s, r);
    return off < 0 ? to_bytes(rt, r) : sub_of(s, off, r.len, false);
}

#define TRIM(cname, sname, mask, nargs, empty)                             \
    static void cname(Runtime *rt, Value *a, Value *res) {                 \
        GoSlice s = a[0].sl;                                               \
        adapt(rt, a, res, sname, mask, nargs, OUT_SAME);                   \
        res[0].sl = trim_result(rt, s, res[0].s, empty);                   \
    }

// Trim/TrimLeft of "" are nil in Go even with an empty cutset
static EmptyAs trim_cutset_empty(GoSlice s, GoString cutset) {
    return cutset.len == 0 && s.len ? EMPTY_AT_START : EMPTY_NIL;
}

static void b_trim(Runtime *rt, Value *a, Value *res) {
    GoSlice s = a[0].sl;
    EmptyAs e = trim_cutset_empty(s, a[1].s);
    adapt(rt, a, res, "Trim", 1, 2, OUT_SAME);
    res[0].sl = trim_result(rt, s, res[0].s, e);
}

static void b_trim_left(Runtime *rt, Value *a, Value *res) {
    GoSlice s = a[0].sl;
    EmptyAs e = trim_cutset_empty(s, a[1].s);
    adapt(rt, a, res, "TrimLeft", 1, 2, OUT_SAME);
    res[0].sl = trim_result(rt, s, res[0].s, e);
}

TRIM(b_trim_space, "TrimSpace", 1, 1, EMPTY_NIL)
TRIM(b_trim_right, "TrimRight", 1, 2, EMPTY_AT_START)
TRIM(b_trim_prefix, "TrimPrefix", 3, 2, EMPTY_AT_END)
TRIM(b_trim_suffix, "TrimSuffix", 3, 2, EMPTY_AT_START)
TRIM(b_trim_func, "TrimFunc", 1, 2, EMPTY_NIL)
TRIM(b_trim_left_func, "TrimLeftFunc", 1, 2, EMPTY_NIL)
TRIM(b_trim_right_func, "TrimRightFunc", 1, 2, EMPTY_AT_START)

// explode: Go's bytes.explode, s split into UTF-8 sequences (an invalid
// byte alone, kept as it is), at most n pieces, the last one the rest.
static GoSlice explode(Runtime *rt, GoSlice s, int64_t n) {
    if (n <= 0 || n > (int64_t)s.len)
        n = s.len;
    GoSlice out = rt_make_slice(rt, &rt_ptype_bytes, n, n);
    int64_t na = 0, off = 0;
    while (off < (int64_t)s.len) {
        int w = 1;
        if (na + 1 < n)
            rt_decode_rune((GoString){s.ptr, s.len}, off, &w);
        int64_t size = na + 1 >= n ? (int64_t)s.len - off : w;
        GoSlice piece = sub_of(s, off, size, na + 1 < n);
        rt_store(rt, &rt_ptype_bytes, (GoSlice *)out.ptr + na++, (Value){.sl = piece});
        off += size;
    }
    out.len = (uint32_t)na;
    return out;
}

// split_result: strings' pieces of s as slices of s: piece i starts after
// piece i-1 and, for Split, the separator; inner pieces are tight, the
// last one keeps the rest of s's capacity (Go's genSplit).
static GoSlice split_result(Runtime *rt, GoSlice s, GoSlice pieces, int64_t sep_len, bool after) {
    if (!pieces.ptr)
        return pieces;
    GoSlice out = rt_make_slice(rt, &rt_ptype_bytes, pieces.len, pieces.len);
    int64_t off = 0;
    for (uint32_t i = 0; i < pieces.len; i++) {
        int64_t len = ((GoString *)pieces.ptr)[i].len;
        GoSlice piece = sub_of(s, off, len, i + 1 < pieces.len);
        if (!s.ptr)
            piece = (GoSlice){NULL, 0, 0};
        rt_store(rt, &rt_ptype_bytes, (GoSlice *)out.ptr + i, (Value){.sl = piece});
        off += len + (after ? 0 : sep_len);
    }
    return out;
}

static void split_common(Runtime *rt, Value *a, Value *res, const char *name, int nargs, bool after) {
    GoSlice s = a[0].sl;
    int64_t sep_len = a[1].sl.len, n = nargs == 3 ? a[2].i : -1;
    if (sep_len == 0 && n != 0) {
        res[0].sl = explode(rt, s, n);
        return;
    }
    adapt(rt, a, res, name, 3, nargs, OUT_SAME);
    res[0].sl = split_result(rt, s, res[0].sl, sep_len, after);
}

static void b_split(Runtime *rt, Value *a, Value *res) { split_common(rt, a, res, "Split", 2, false); }
static void b_split_n(Runtime *rt, Value *a, Value *res) { split_common(rt, a, res, "SplitN", 3, false); }
static void b_split_after(Runtime *rt, Value *a, Value *res) { split_common(rt, a, res, "SplitAfter", 2, true); }
static void b_split_after_n(Runtime *rt, Value *a, Value *res) { split_common(rt, a, res, "SplitAfterN", 3, true); }

// fields_result: Fields/FieldsFunc's pieces (never empty) as tight slices of s.
static void fields_common(Runtime *rt, Value *a, Value *res, const char *name, int nargs) {
    GoSlice s = a[0].sl;
    adapt(rt, a, res, name, 1, nargs, OUT_SAME);
    GoSlice l = res[0].sl;
    GoSlice out = rt_make_slice(rt, &rt_ptype_bytes, l.len, l.len);
    for (uint32_t i = 0; i < l.len; i++) {
        GoString r = ((GoString *)l.ptr)[i];
        int64_t off = view_off(s, r);
        GoSlice piece = off < 0 ? to_bytes(rt, r) : sub_of(s, off, r.len, true);
        rt_store(rt, &rt_ptype_bytes, (GoSlice *)out.ptr + i, (Value){.sl = piece});
    }
    res[0].sl = out;
}

static void b_fields(Runtime *rt, Value *a, Value *res) { fields_common(rt, a, res, "Fields", 1); }
static void b_fields_func(Runtime *rt, Value *a, Value *res) { fields_common(rt, a, res, "FieldsFunc", 2); }

// b_cut: bytes.Cut: s[:i] and s[i+len(sep):], or s and nil.
static void b_cut(Runtime *rt, Value *a, Value *res) {
    GoSlice s = a[0].sl;
    int64_t sep_len = a[1].sl.len;
    adapt(rt, a, res, "Cut", 3, 2, OUT_SAME);
    if (!res[2].b) {
        res[0].sl = s;
        res[1].sl = (GoSlice){NULL, 0, 0};
        return;
    }
    int64_t before = res[0].s.len;
    res[0].sl = sub_of(s, 0, before, false);
    res[1].sl = sub_of(s, before + sep_len, (int64_t)s.len - before - sep_len, false);
}

WRAP(b_contains, "Contains", 3, 2, OUT_SAME)
WRAP(b_contains_any, "ContainsAny", 1, 2, OUT_SAME)
WRAP(b_contains_rune, "ContainsRune", 1, 2, OUT_SAME)
WRAP(b_count, "Count", 3, 2, OUT_SAME)
WRAP(b_index, "Index", 3, 2, OUT_SAME)
WRAP(b_last_index, "LastIndex", 3, 2, OUT_SAME)
WRAP(b_index_byte, "IndexByte", 1, 2, OUT_SAME)
WRAP(b_last_index_byte, "LastIndexByte", 1, 2, OUT_SAME)
WRAP(b_index_rune, "IndexRune", 1, 2, OUT_SAME)
WRAP(b_index_any, "IndexAny", 1, 2, OUT_SAME)
WRAP(b_last_index_any, "LastIndexAny", 1, 2, OUT_SAME)
WRAP(b_index_func, "IndexFunc", 1, 2, OUT_SAME)
WRAP(b_last_index_func, "LastIndexFunc", 1, 2, OUT_SAME)
WRAP(b_has_prefix, "HasPrefix", 3, 2, OUT_SAME)
WRAP(b_has_suffix, "HasSuffix", 3, 2, OUT_SAME)
WRAP(b_compare, "Compare", 3, 2, OUT_SAME)
WRAP(b_equal_fold, "EqualFold", 3, 2, OUT_SAME)
WRAP(b_to_upper, "ToUpper", 1, 1, OUT_BYTES)
WRAP(b_to_lower, "ToLower", 1, 1, OUT_BYTES)
WRAP(b_to_title, "ToTitle", 1, 1, OUT_BYTES)
WRAP(b_title, "Title", 1, 1, OUT_BYTES)
WRAP(b_to_upper_special, "ToUpperSpecial", 2, 2, OUT_BYTES)
WRAP(b_to_lower_special, "ToLowerSpecial", 2, 2, OUT_BYTES)
WRAP(b_to_title_special, "ToTitleSpecial", 2, 2, OUT_BYTES)
WRAP(b_repeat, "Repeat", 1, 2, OUT_BYTES)
WRAP(b_replace, "Replace", 7, 4, OUT_BYTES)
WRAP(b_replace_all, "ReplaceAll", 7, 3, OUT_BYTES)
WRAP(b_map, "Map", 2, 2, OUT_BYTES)
WRAP(b_to_valid_utf8, "ToValidUTF8", 3, 2, OUT_BYTES)

static void b_equal(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    res[0].w[1] = 0;
    res[0].u = a[0].sl.len == a[1].sl.len && (a[0].sl.len == 0 || memcmp(a[0].sl.ptr, a[1].sl.ptr, a[0].sl.len) == 0);
}

static void b_join(Runtime *rt, Value *a, Value *res) {
    GoSlice l = a[0].sl;
    GoSlice v = rt_make_slice(rt, &rt_ptype_string, l.len, l.len);
    for (uint32_t i = 0; i < l.len; i++) {
        GoSlice e = ((GoSlice *)l.ptr)[i];
        rt_store(rt, &rt_ptype_string, (GoString *)v.ptr + i, (Value){.s = (GoString){e.ptr, e.len}});
    }
    Value args[2];
    args[0].sl = v;
    args[1].s = (GoString){a[1].sl.ptr, a[1].sl.len};
    rt_native_call(rt, "strings", "Join", args, res);
    res[0].sl = l.len == 0 ? rt_make_slice(rt, &rt_ptype_uint8, 0, 0) : to_bytes(rt, res[0].s);
}

static void b_runes(Runtime *rt, Value *a, Value *res) {
    GoString s = {a[0].sl.ptr, a[0].sl.len};
    int64_t n = (int64_t)rt_rune_count(s.ptr, (size_t)s.len);
    const Type *rune_t = rt_pkg_type(rt, "bytes", "runeType", false);
    GoSlice out = rt_make_slice(rt, rune_t, n, n);
    int64_t k = 0;
    for (int64_t i = 0; i < s.len;) {
        int w;
        ((int32_t *)out.ptr)[k++] = rt_decode_rune(s, i, &w);
        i += w;
    }
    res[0].sl = out;
}

static void var_err_too_large(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_too_large); }

#define FN "func(r rune) bool"
static const NativeFunc bytes_funcs[] = {
    {"Contains", "func(b, subslice []byte) bool", b_contains},
    {"ContainsAny", "func(b []byte, chars string) bool", b_contains_any},
    {"ContainsRune", "func(b []byte, r rune) bool", b_contains_rune},
    {"Count", "func(s, sep []byte) int", b_count},
    {"Index", "func(s, sep []byte) int", b_index},
    {"LastIndex", "func(s, sep []byte) int", b_last_index},
    {"IndexByte", "func(b []byte, c byte) int", b_index_byte},
    {"LastIndexByte", "func(s []byte, c byte) int", b_last_index_byte},
    {"IndexRune", "func(s []byte, r rune) int", b_index_rune},
    {"IndexAny", "func(s []byte, chars string) int", b_index_any},
    {"LastIndexAny", "func(s []byte, chars string) int", b_last_index_any},
    {"IndexFunc", "func(s []byte, f " FN ") int", b_index_func},
    {"LastIndexFunc", "func(s []byte, f " FN ") int", b_last_index_func},
    {"HasPrefix", "func(s, prefix []byte) bool", b_has_prefix},
    {"HasSuffix", "func(s, suffix []byte) bool", b_has_suffix},
    {"Compare", "func(a, b []byte) int", b_compare},
    {"Equal", "func(a, b []byte) bool", b_equal},
    {"EqualFold", "func(s, t []byte) bool", b_equal_fold},
    {"ToUpper", "func(s []byte) []byte", b_to_upper},
    {"SplitAfterN", "func(s, sep []byte, n int) [][]byte", b_split_after_n},
    {"ToValidUTF8", "func(s, replacement []byte) []byte", b_to_valid_utf8},
    {"ToUpperSpecial", "func(c unicode.SpecialCase, s []byte) []byte", b_to_upper_special},
    {"ToLowerSpecial", "func(c unicode.SpecialCase, s []byte) []byte", b_to_lower_special},
    {"ToTitleSpecial", "func(c unicode.SpecialCase, s []byte) []byte", b_to_title_special},
    {"ToLower", "func(s []byte) []byte", b_to_lower},
    {"ToTitle", "func(s []byte) []byte", b_to_title},
    {"Title", "func(s []byte) []byte", b_title},
    {"TrimSpace", "func(s []byte) []byte", b_trim_space},
    {"Trim", "func(s []byte, cutset string) []byte", b_trim},
    {"TrimLeft", "func(s []byte, cutset string) []byte", b_trim_left},
    {"TrimRight", "func(s []byte, cutset string) []byte", b_trim_right},
    {"TrimPrefix", "func(s, prefix []byte) []byte", b_trim_prefix},
    {"TrimSuffix", "func(s, suffix []byte) []byte", b_trim_suffix},
    {"TrimFunc", "func(s []byte, f " FN ") []byte", b_trim_func},
    {"TrimLeftFunc", "func(s []byte, f " FN ") []byte", b_trim_left_func},
    {"TrimRightFunc", "func(s []byte, f " FN ") []byte", b_trim_right_func},
    {"Repeat", "func(b []byte, count int) []byte", b_repeat},
    {"Replace", "func(s, old, new []byte, n int) []byte", b_replace},
    {"ReplaceAll", "func(s, old, new []byte) []byte", b_replace_all},
    {"Map", "func(mapping func(r rune) rune, s []byte) []byte", b_map},
    {"Fields", "func(s []byte) [][]byte", b_fields},
    {"FieldsFunc", "func(s []byte, f " FN ") [][]byte", b_fields_func},
    {"Split", "func(s, sep []byte) [][]byte", b_split},
    {"SplitN", "func(s, sep []byte, n int) [][]byte", b_split_n},
    {"SplitAfter", "func(s, sep []byte) [][]byte", b_split_after},
    {"Cut", "func(s, sep []byte) (before, after []byte, found bool)", b_cut},
    {"Join", "func(s [][]byte, sep []byte) []byte", b_join},
    {"Runes", "func(s []byte) []rune", b_runes},
    {"NewBuffer", "func(buf []byte) *Buffer", new_buffer},
    {"NewBufferString", "func(s string) *Buffer", new_buffer_string},
    {"NewReader", "func(b []byte) *Reader", new_reader},
    {"(*Buffer).Write", "func(p []byte) (n int, err error)", buf_write},
    {"(*Buffer).WriteString", "func(s string) (n int, err error)", buf_write_string},
    {"(*Buffer).WriteByte", "func(c byte) error", buf_write_byte},
    {"(*Buffer).WriteRune", "func(r rune) (n int, err error)", buf_write_rune},
    {"(*Buffer).String", "func() string", buf_string},
    {"(*Buffer).Bytes", "func() []byte", buf_bytes},
    {"(*Buffer).Len", "func() int", buf_len},
    {"(*Buffer).Cap", "func() int", buf_cap},
    {"(*Buffer).Reset", "func()", buf_reset},
    {"(*Buffer).Truncate", "func(n int)", buf_truncate},
    {"(*Buffer).Grow", "func(n int)", buf_grow},
    {"(*Buffer).Read", "func(p []byte) (n int, err error)", buf_read},
    {"(*Buffer).Next", "func(n int) []byte", buf_next},
    {"(*Buffer).ReadByte", "func() (byte, error)", buf_read_byte},
    {"(*Buffer).ReadRune", "func() (r rune, size int, err error)", buf_read_rune},
    {"(*Buffer).UnreadByte", "func() error", buf_unread_byte},
    {"(*Buffer).UnreadRune", "func() error", buf_unread_rune},
    {"(*Buffer).ReadString", "func(delim byte) (line string, err error)", buf_read_string},
    {"(*Buffer).ReadBytes", "func(delim byte) (line []byte, err error)", buf_read_bytes},
    {"(*Buffer).WriteTo", "func(w io.Writer) (n int64, err error)", buf_write_to},
    {"(*Buffer).ReadFrom", "func(r io.Reader) (n int64, err error)", buf_read_from},
    {"(*Reader).Len", "func() int", rd_len},
    {"(*Reader).Size", "func() int64", rd_size},
    {"(*Reader).Read", "func(b []byte) (n int, err error)", rd_read},
    {"(*Reader).ReadByte", "func() (byte, error)", rd_read_byte},
    {"(*Reader).UnreadByte", "func() error", rd_unread_byte},
    {"(*Reader).ReadRune", "func() (ch rune, size int, err error)", rd_read_rune},
    {"(*Reader).UnreadRune", "func() error", rd_unread_rune},
    {"(*Reader).Seek", "func(offset int64, whence int) (int64, error)", rd_seek},
    {"(*Reader).WriteTo", "func(w io.Writer) (n int64, err error)", rd_write_to},
    {"(*Reader).Reset", "func(b []byte)", rd_reset},
    {"(*Reader).ReadAt", "func(b []byte, off int64) (n int, err error)", rd_read_at},
};

static const NativeType bytes_types[] = {
    {"Buffer", "struct { buf []byte; off int; lastRead int }"},
    {"Reader", "struct { s []byte; i int64; prevRune int }"},
    {"runeType", "= rune"},
};

static const NativeConst bytes_consts[] = {
    {"MinRead", "untyped int", "512"},
};

static const NativeVar bytes_vars[] = {
    {"ErrTooLarge", "error", var_err_too_large},
};

static const char *const bytes_imports[] = {"io", "unicode", NULL};

const NativePkg rt_pkg_bytes = {
    .path = "bytes", .name = "bytes",
    .funcs = bytes_funcs, .nfuncs = sizeof bytes_funcs / sizeof bytes_funcs[0],
    .types = bytes_types, .ntypes = sizeof bytes_types / sizeof bytes_types[0],
    .consts = bytes_consts, .nconsts = sizeof bytes_consts / sizeof bytes_consts[0],
    .vars = bytes_vars, .nvars = sizeof bytes_vars / sizeof bytes_vars[0],
    .imports = bytes_imports,
};
