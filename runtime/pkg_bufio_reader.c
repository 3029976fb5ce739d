// pkg_bufio_reader.c - bufio.Reader, ported from Go 1.19's bufio.go:
// the same buffer (4096 bytes by default, at least 16), the same fill
// rule (slide, then up to 100 reads that return nothing), ReadSlice as
// the base of ReadString/ReadBytes/ReadLine, and the lastByte /
// lastRuneSize bookkeeping of the Unread methods. Its table entries are
// in pkg_bufio.c.
//
// Reader is "struct { buf []byte; rd io.Reader; r int; w int; err error;
// lastByte int; lastRuneSize int }".
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

enum { DEFAULT_SIZE = 4096, MIN_SIZE = 16, MAX_EMPTY_READS = 100 };

typedef struct BufReader {
    GoSlice buf;
    GoIface rd;
    int64_t r, w;
    GoIface err;
    int64_t last_byte, last_rune_size;
} BufReader;

static const GoIface no_error = {NULL, NULL};
static const GoString err_buffer_full = {(const uint8_t *)"bufio: buffer full", 18};
static const GoString err_negative_count = {(const uint8_t *)"bufio: negative count", 21};
static const GoString err_unread_byte = {(const uint8_t *)"bufio: invalid use of UnreadByte", 32};
static const GoString err_unread_rune = {(const uint8_t *)"bufio: invalid use of UnreadRune", 32};

GoIface rt_bufio_error(int which) {
    static const GoString *const all[] = {&err_buffer_full, &err_negative_count, &err_unread_byte,
                                          &err_unread_rune};
    return rt_error_static(all[which]);
}

static BufReader *rd_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void set_err(Runtime *rt, BufReader *b, GoIface e) { rt_store(rt, &rt_ptype_error, &b->err, (Value){.e = e}); }

static GoIface read_err(Runtime *rt, BufReader *b) {
    GoIface e = b->err;
    set_err(rt, b, no_error);
    return e;
}

static GoSlice view(BufReader *b, int64_t i, int64_t j) {
    return (GoSlice){(char *)b->buf.ptr + i, (uint32_t)(j - i), (uint32_t)(b->buf.cap - i)};
}

static void fill(Runtime *rt, BufReader *b) {
    if (b->r > 0) {
        memmove(b->buf.ptr, (char *)b->buf.ptr + b->r, (size_t)(b->w - b->r));
        b->w -= b->r;
        b->r = 0;
    }
    if (b->w >= b->buf.len)
        rt_panic_plain(rt, "bufio: tried to fill full buffer");
    for (int i = MAX_EMPTY_READS; i > 0; i--) {
        GoIface err;
        int64_t n = rt_io_read(rt, b->rd, view(b, b->w, b->buf.len), &err);
        if (n < 0)
            rt_panic_plain(rt, "bufio: reader returned negative count from Read");
        b->w += n;
        if (err.type) {
            set_err(rt, b, err);
            return;
        }
        if (n > 0)
            return;
    }
    set_err(rt, b, rt_io_no_progress());
}

static void reset(Runtime *rt, BufReader *b, GoSlice buf, GoIface rd) {
    rt_store(rt, &rt_ptype_bytes, &b->buf, (Value){.sl = buf});
    rt_store(rt, &rt_ptype_error, &b->rd, (Value){.e = rd});
    b->r = b->w = 0;
    set_err(rt, b, no_error);
    b->last_byte = b->last_rune_size = -1;
}

static const Type *reader_type(Runtime *rt, bool ptr) {
    const Type *t = rt_pkg_type(rt, "bufio", "Reader", ptr);
    if (!t)
        rt_fatal(rt, "bufio.Reader: package type missing");
    return t;
}

static void new_reader_size(Runtime *rt, GoIface rd, int64_t size, Value *res) {
    if (rd.type == reader_type(rt, true) && rd.data && (int64_t)((BufReader *)rd.data)->buf.len >= size) {
        res[0].p = rd.data;
        return;
    }
    if (size < MIN_SIZE)
        size = MIN_SIZE;
    BufReader *b = rt_alloc(rt, reader_type(rt, false));
    reset(rt, b, rt_make_slice(rt, &rt_ptype_uint8, size, size), rd);
    res[0].p = b;
}

void rt_bufio_new_reader(Runtime *rt, Value *a, Value *res) { new_reader_size(rt, a[0].e, DEFAULT_SIZE, res); }
void rt_bufio_new_reader_size(Runtime *rt, Value *a, Value *res) { new_reader_size(rt, a[0].e, a[1].i, res); }

void rt_bufio_reader_reset(Runtime *rt, Value *a, Value *res) {
    (void)res;
    BufReader *b = rd_of(rt, a[0]);
    GoSlice buf = b->buf.ptr ? b->buf : rt_make_slice(rt, &rt_ptype_uint8, DEFAULT_SIZE, DEFAULT_SIZE);
    reset(rt, b, buf, a[1].e);
}

void rt_bufio_reader_size(Runtime *rt, Value *a, Value *res) { res[0].i = rd_of(rt, a[0])->buf.len; }
void rt_bufio_reader_buffered(Runtime *rt, Value *a, Value *res) {
    BufReader *b = rd_of(rt, a[0]);
    res[0].i = b->w - b->r;
}

static void set_n_err(Value *res, int64_t n, GoIface err) {
    res[0].w[1] = 0;
    res[0].i = n;
    res[1].e = err;
}

void rt_bufio_reader_read(Runtime *rt, Value *a, Value *res) {
    BufReader *b = rd_of(rt, a[0]);
    GoSlice p = a[1].sl;
    if (p.len == 0) {
        set_n_err(res, 0, b->w - b->r > 0 ? no_error : read_err(rt, b));
        return;
    }
    if (b->r == b->w) {
        if (b->err.type) {
            set_n_err(res, 0, read_err(rt, b));
            return;
        }
        GoIface err;
        if (p.len >= b->buf.len) {
            int64_t n = rt_io_read(rt, b->rd, p, &err);
            set_err(rt, b, err);
            if (n > 0) {
                b->last_byte = ((uint8_t *)p.ptr)[n - 1];
                b->last_rune_size = -1;
            }
            set_n_err(res, n, read_err(rt, b));
            return;
        }
        b->r = b->w = 0;
        int64_t n = rt_io_read(rt, b->rd, b->buf, &err);
        set_err(rt, b, err);
        if (n == 0) {
            set_n_err(res, 0, read_err(rt, b));
            return;
        }
        b->w += n;
    }
    int64_t n = b->w - b->r < p.len ? b->w - b->r : p.len;
    memmove(p.ptr, (char *)b->buf.ptr + b->r, (size_t)n);
    b->r += n;
    b->last_byte = ((uint8_t *)b->buf.ptr)[b->r - 1];
    b->last_rune_size = -1;
    set_n_err(res, n, no_error);
}

void rt_bufio_reader_read_byte(Runtime *rt, Value *a, Value *res) {
    BufReader *b = rd_of(rt, a[0]);
    b->last_rune_size = -1;
    res[0].w[1] = 0;
    res[0].u = 0;
    res[1].e = no_error;
    while (b->r == b->w) {
        if (b->err.type) {
            res[1].e = read_err(rt, b);
            return;
        }
        fill(rt, b);
    }
    uint8_t c = ((uint8_t *)b->buf.ptr)[b->r++];
    b->last_byte = c;
    res[0].u = c;
}

void rt_bufio_reader_unread_byte(Runtime *rt, Value *a, Value *res) {
    BufReader *b = rd_of(rt, a[0]);
    res[0].e = no_error;
    if (b->last_byte < 0 || (b->r == 0 && b->w > 0)) {
        res[0].e = rt_error_static(&err_unread_byte);
        return;
    }
    if (b->r > 0)
        b->r--;
    else
        b->w = 1;
    ((uint8_t *)b->buf.ptr)[b->r] = (uint8_t)b->last_byte;
    b->last_byte = b->last_rune_size = -1;
}

static bool full_rune(const uint8_t *p, int64_t n) {
    if (n <= 0)
        return false;
    int need = p[0] < 0x80 ? 1 : p[0] >= 0xf0 ? 4 : p[0] >= 0xe0 ? 3 : p[0] >= 0xc0 ? 2 : 1;
    if (n >= need)
        return true;
    // an invalid prefix is a full (error) rune
    for (int64_t i = 1; i < n; i++)
        if ((p[i] & 0xc0) != 0x80)
            return true;
    return false;
}

void rt_bufio_reader_read_rune(Runtime *rt, Value *a, Value *res) {
    BufReader *b = rd_of(rt, a[0]);
    while (b->r + 4 > b->w && !full_rune((uint8_t *)b->buf.ptr + b->r, b->w - b->r) && !b->err.type &&
           b->w - b->r < b->buf.len)
        fill(rt, b);
    b->last_rune_size = -1;
    res[0].w[1] = res[1].w[1] = 0;
    res[0].i = res[1].i = 0;
    res[2].e = no_error;
    if (b->r == b->w) {
        res[2].e = read_err(rt, b);
        return;
    }
    int w;
    int32_t r = rt_decode_rune((GoString){(uint8_t *)b->buf.ptr + b->r, b->w - b->r}, 0, &w);
    b->r += w;
    b->last_byte = ((uint8_t *)b->buf.ptr)[b->r - 1];
    b->last_rune_size = w;
    res[0].i = r;
    res[1].i = w;
}

void rt_bufio_reader_unread_rune(Runtime *rt, Value *a, Value *res) {
    BufReader *b = rd_of(rt, a[0]);
    res[0].e = no_error;
    if (b->last_rune_size < 0 || b->r < b->last_rune_size) {
        res[0].e = rt_error_static(&err_unread_rune);
        return;
    }
    b->r -= b->last_rune_size;
    b->last_byte = b->last_rune_size = -1;
}

void rt_bufio_reader_peek(Runtime *rt, Value *a, Value *res) {
    BufReader *b = rd_of(rt, a[0]);
    int64_t n = a[1].i;
    res[1].e = no_error;
    if (n < 0) {
        res[0].sl = (GoSlice){NULL, 0, 0};
        res[1].e = rt_error_static(&err_negative_count);
        return;
    }
    b->last_byte = b->last_rune_size = -1;
    while (b->w - b->r < n && b->w - b->r < b->buf.len && !b->err.type)
        fill(rt, b);
    if (n > b->buf.len) {
        res[0].sl = view(b, b->r, b->w);
        res[1].e = rt_error_static(&err_buffer_full);
        return;
    }
    if (b->w - b->r < n) {
        n = b->w - b->r;
        res[1].e = read_err(rt, b);
        if (!res[1].e.type)
            res[1].e = rt_error_static(&err_buffer_full);
    }
    res[0].sl = view(b, b->r, b->r + n);
}

void rt_bufio_reader_discard(Runtime *rt, Value *a, Value *res) {
    BufReader *b = rd_of(rt, a[0]);
    int64_t n = a[1].i;
    if (n < 0) {
        set_n_err(res, 0, rt_error_static(&err_negative_count));
        return;
    }
    b->last_byte = b->last_rune_size = -1;
    int64_t remain = n;
    for (;;) {
        int64_t skip = b->w - b->r;
        if (skip == 0) {
            fill(rt, b);
            skip = b->w - b->r;
        }
        if (skip > remain)
            skip = remain;
        b->r += skip;
        remain -= skip;
        if (remain == 0) {
            set_n_err(res, n, no_error);
            return;
        }
        if (b->err.type) {
            set_n_err(res, n - remain, read_err(rt, b));
            return;
        }
    }
}

// read_slice: Go's ReadSlice (a view into the buffer).
static GoSlice read_slice(Runtime *rt, BufReader *b, uint8_t delim, GoIface *err) {
    int64_t s = 0;
    GoSlice line;
    *err = no_error;
    for (;;) {
        const uint8_t *p = (uint8_t *)b->buf.ptr + b->r + s;
        const uint8_t *hit = b->w - b->r - s > 0 ? memchr(p, delim, (size_t)(b->w - b->r - s)) : NULL;
        if (hit) {
            int64_t i = (hit - p) + s;
            line = view(b, b->r, b->r + i + 1);
            b->r += i + 1;
            break;
        }
        if (b->err.type) {
            line = view(b, b->r, b->w);
            b->r = b->w;
            *err = read_err(rt, b);
            break;
        }
        if (b->w - b->r >= b->buf.len) {
            b->r = b->w;
            line = b->buf;
            *err = rt_error_static(&err_buffer_full);
            break;
        }
        s = b->w - b->r;
        fill(rt, b);
    }
    if (line.len > 0) {
        b->last_byte = ((uint8_t *)line.ptr)[line.len - 1];
        b->last_rune_size = -1;
    }
    return line;
}

static bool is_buffer_full(GoIface e) { return e.data == (void *)&err_buffer_full; }

void rt_bufio_reader_read_slice(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    res[0].sl = read_slice(rt, rd_of(rt, a[0]), (uint8_t)a[1].u, &err);
    res[1].e = err;
}

// collect: Go's collectFragments: everything up to and including delim.
static void collect(Runtime *rt, BufReader *b, uint8_t delim, StrBuf *out, GoIface *err) {
    for (;;) {
        GoSlice frag = read_slice(rt, b, delim, err);
        sb_put(out, frag.ptr, frag.len);
        if (!is_buffer_full(*err))
            return;
    }
}

void rt_bufio_reader_read_string(Runtime *rt, Value *a, Value *res) {
    StrBuf out = {0};
    GoIface err;
    collect(rt, rd_of(rt, a[0]), (uint8_t)a[1].u, &out, &err);
    res[0].s = rt_string_from_c(rt, out.p ? out.p : "", out.len);
    res[1].e = err;
    sb_free(&out);
}

void rt_bufio_reader_read_bytes(Runtime *rt, Value *a, Value *res) {
    StrBuf out = {0};
    GoIface err;
    collect(rt, rd_of(rt, a[0]), (uint8_t)a[1].u, &out, &err);
    GoSlice s = rt_make_slice(rt, &rt_ptype_uint8, (int64_t)out.len, (int64_t)out.len);
    if (out.len)
        memcpy(s.ptr, out.p, out.len);
    res[0].sl = s;
    res[1].e = err;
    sb_free(&out);
}

void rt_bufio_reader_read_line(Runtime *rt, Value *a, Value *res) {
    BufReader *b = rd_of(rt, a[0]);
    GoIface err;
    GoSlice line = read_slice(rt, b, '\n', &err);
    res[1].w[1] = 0;
    res[1].u = 0;
    res[2].e = no_error;
    if (is_buffer_full(err)) {
        if (line.len > 0 && ((uint8_t *)line.ptr)[line.len - 1] == '\r') {
            b->r--;
            line.len--;
        }
        res[0].sl = line;
        res[1].u = 1;
        return;
    }
    if (line.len == 0) {
        res[0].sl = err.type ? (GoSlice){NULL, 0, 0} : line;
        res[2].e = err;
        return;
    }
    if (((uint8_t *)line.ptr)[line.len - 1] == '\n') {
        int drop = line.len > 1 && ((uint8_t *)line.ptr)[line.len - 2] == '\r' ? 2 : 1;
        line.len -= (uint32_t)drop;
    }
    res[0].sl = line;
}

void rt_bufio_reader_write_to(Runtime *rt, Value *a, Value *res) {
    BufReader *b = rd_of(rt, a[0]);
    b->last_byte = b->last_rune_size = -1;
    int64_t n = 0;
    for (;;) {
        if (b->w > b->r) {
            GoIface werr;
            int64_t m = rt_io_write(rt, a[1].e, (char *)b->buf.ptr + b->r, b->w - b->r, &werr);
            b->r += m;
            n += m;
            if (werr.type) {
                set_n_err(res, n, werr);
                return;
            }
        }
        if (b->err.type) {
            GoIface e = read_err(rt, b);
            set_n_err(res, n, e.data == rt_io_eof().data ? no_error : e);
            return;
        }
        fill(rt, b);
    }
}
