// pkg_bufio.c - package bufio: Scanner (Go's Scan loop over a split
// function: ScanLines by default, ScanWords, ScanRunes, ScanBytes or a Go
// func), Reader.ReadString and Writer (a 4096-byte buffer flushed when
// full and by Flush, as Go's; unflushed output is lost, as in Go).
//
// Sources (an interface{} holding an io.Reader) are *os.File (read(2),
// after flushing buffered stdout), *strings.Reader, or any value with a
// Read method (called through the interpreter). Writers are *os.File,
// *strings.Builder or anything with a Write method.
//
// The C structs mirror the NativeType texts field for field (the checker
// lays the Go types out; the collector scans them with its masks).
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

enum { MAX_TOKEN = 64 * 1024, WRITER_SIZE = 4096 };

static const GoString err_too_long = {(const uint8_t *)"bufio.Scanner: token too long", 29};
static const GoString err_negative_advance = {(const uint8_t *)"bufio.Scanner: SplitFunc returns negative advance count", 55};
static const GoString err_advance_too_far = {(const uint8_t *)"bufio.Scanner: SplitFunc returns advance count beyond input", 59};
static const GoString err_bad_read_count = {(const uint8_t *)"bufio.Scanner: Read returned impossible count", 45};
static const GoString err_final_token = {(const uint8_t *)"final token", 11};

typedef struct Scanner {
    GoIface r;
    void *split;
    GoSlice buf;
    int64_t start, end;
    GoSlice tok;
    GoIface err;
    bool eof, done, scan_called;
    int64_t max, empties;
} Scanner;

typedef struct BufWriter { GoIface w; GoSlice buf; GoIface err; } BufWriter;


// ---- split functions ------------------------------------------------------------------

static void set_split(Value *res, int64_t adv, GoSlice tok, bool has_tok) {
    res[0].w[1] = 0;
    res[0].i = adv;
    res[1].sl = has_tok ? tok : (GoSlice){NULL, 0, 0};
    res[2].e = (GoIface){NULL, NULL};
}

static GoSlice sub(GoSlice s, int64_t i, int64_t j) {
    return (GoSlice){(char *)s.ptr + i, (uint32_t)(j - i), (uint32_t)(s.cap - i)};
}

static void scan_lines(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    GoSlice d = a[0].sl;
    bool at_eof = a[1].b;
    const uint8_t *p = d.ptr;
    set_split(res, 0, d, false);
    if (at_eof && d.len == 0)
        return;
    const uint8_t *nl = d.len ? memchr(p, '\n', d.len) : NULL;
    if (nl) {
        int64_t i = nl - p, j = i;
        if (j > 0 && p[j - 1] == '\r')
            j--;
        set_split(res, i + 1, sub(d, 0, j), true);
        return;
    }
    if (at_eof) {
        int64_t j = d.len;
        if (j > 0 && p[j - 1] == '\r')
            j--;
        set_split(res, d.len, sub(d, 0, j), true);
    }
}

static void scan_bytes(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    GoSlice d = a[0].sl;
    set_split(res, 0, d, false);
    if (d.len > 0)
        set_split(res, 1, sub(d, 0, 1), true);
}

static void scan_runes(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    GoSlice d = a[0].sl;
    set_split(res, 0, d, false);
    if (d.len == 0)
        return;
    const uint8_t *p = d.ptr;
    if (p[0] < 0x80) {
        set_split(res, 1, sub(d, 0, 1), true);
        return;
    }
    int w;
    int32_t r = rt_decode_rune((GoString){p, d.len}, 0, &w);
    if (w > 1 || r != 0xfffd) {
        set_split(res, w, sub(d, 0, w), true);
        return;
    }
    // an incomplete encoding waits for more data unless at EOF
    if (!a[1].b && d.len < 4) {
        uint8_t b = p[0];
        int need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
        if (need > 1 && (int64_t)d.len < need) {
            bool prefix = true;
            for (uint32_t i = 1; i < d.len; i++)
                prefix = prefix && (p[i] & 0xc0) == 0x80;
            if (prefix)
                return;
        }
    }
    static const uint8_t error_rune[] = {0xef, 0xbf, 0xbd};
    set_split(res, 1, (GoSlice){(void *)error_rune, 3, 3}, true);
}

static void scan_words(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    GoSlice d = a[0].sl;
    GoString s = {d.ptr, d.len};
    set_split(res, 0, d, false);
    int64_t start = 0;
    while (start < s.len) {
        int w;
        int32_t r = rt_decode_rune(s, start, &w);
        if (!rt_is_space(r))
            break;
        start += w;
    }
    for (int64_t i = start; i < s.len;) {
        int w;
        int32_t r = rt_decode_rune(s, i, &w);
        if (rt_is_space(r)) {
            set_split(res, i + w, sub(d, start, i), true);
            return;
        }
        i += w;
    }
    if (a[1].b && s.len > start)
        set_split(res, s.len, sub(d, start, s.len), true);
    else
        set_split(res, start, d, false);
}

// ---- Scanner ------------------------------------------------------------------------------

static Scanner *scanner_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void new_scanner(Runtime *rt, Value *a, Value *res) {
    const Type *t = rt_pkg_type(rt, "bufio", "Scanner", false);
    if (!t)
        rt_fatal(rt, "bufio.Scanner: package type missing");
    Scanner *s = rt_alloc(rt, t);
    rt_store(rt, &rt_ptype_error, &s->r, a[0]);
    s->max = MAX_TOKEN;
    res[0].p = s;
}

static void call_split(Runtime *rt, Scanner *s, Value *res) {
    Value a[2];
    a[0].sl = sub(s->buf, s->start, s->end);
    a[0].sl.cap = a[0].sl.len;
    a[1].w[1] = 0;
    a[1].u = s->eof;
    res[0].i = 0;
    res[1].sl = (GoSlice){NULL, 0, 0};
    res[2].e = (GoIface){NULL, NULL};
    if (!s->split) {
        scan_lines(rt, a, res);
        return;
    }
    Value fn;
    fn.w[1] = 0;
    fn.p = s->split;
    rt_call_func(rt, fn, a, 2, res);
}

static void set_err(Runtime *rt, Scanner *s, GoIface e) {
    Value v;
    v.e = e;
    rt_store(rt, &rt_ptype_error, &s->err, v);
}

// fill reads more input into s->buf, moving and growing it as Go does.
static void fill(Runtime *rt, Scanner *s) {
    if (s->start > 0 && (s->end == (int64_t)s->buf.len || s->start > (int64_t)s->buf.len / 2)) {
        memmove(s->buf.ptr, (char *)s->buf.ptr + s->start, (size_t)(s->end - s->start));
        s->end -= s->start;
        s->start = 0;
    }
    if (s->end == (int64_t)s->buf.len) {
        if ((int64_t)s->buf.len >= s->max) {
            set_err(rt, s, rt_error_static(&err_too_long));
            return;
        }
        int64_t n = s->buf.len * 2;
        if (n == 0)
            n = 4096;
        if (n > s->max)
            n = s->max;
        Value v;
        v.sl = rt_make_slice(rt, &rt_ptype_uint8, n, n);
        if (s->end > s->start)   // the first buffer starts empty (and NULL)
            memcpy(v.sl.ptr, (char *)s->buf.ptr + s->start, (size_t)(s->end - s->start));
        s->end -= s->start;
        s->start = 0;
        rt_store(rt, &rt_ptype_bytes, &s->buf, v);
    }
    // Go's read loop: keep what came with an error, give up with
    // io.ErrNoProgress after 100 reads returning (0, nil)
    for (int loop = 0;;) {
        GoIface err;
        int64_t room = s->buf.len - s->end;
        GoSlice dst = {(uint8_t *)s->buf.ptr + s->end, (uint32_t)room, (uint32_t)room};
        int64_t k = rt_io_read(rt, s->r, dst, &err);
        if (k < 0 || k > room) {
            set_err(rt, s, rt_error_static(&err_bad_read_count));
            s->eof = true;
            return;
        }
        s->end += k;
        if (err.type) {
            if (err.data != rt_io_eof().data)
                set_err(rt, s, err);
            s->eof = true;
            return;
        }
        if (k > 0)
            return;
        if (++loop > 100) {
            set_err(rt, s, rt_io_no_progress());
            s->eof = true;
            return;
        }
    }
}

static void scanner_scan(Runtime *rt, Value *a, Value *res) {
    Scanner *s = scanner_of(rt, a[0]);
    res[0].w[1] = 0;
    res[0].u = 0;
    if (s->done)
        return;
    s->scan_called = true;
    for (;;) {
        if (s->end > s->start || s->eof) {
            Value r[3];
            call_split(rt, s, r);
            if (r[2].e.type) {
                if (r[2].e.data == (void *)&err_final_token) {   // the last token, then stop
                    rt_store(rt, &rt_ptype_bytes, &s->tok, r[1]);
                    s->done = true;
                    res[0].u = 1;
                    return;
                }
                set_err(rt, s, r[2].e);
                s->done = true;
                return;
            }
            if (r[0].i < 0 || r[0].i > s->end - s->start) {
                set_err(rt, s, rt_error_static(r[0].i < 0 ? &err_negative_advance : &err_advance_too_far));
                s->done = true;
                return;
            }
            s->start += r[0].i;
            if (r[1].sl.ptr) {
                Value v = r[1];
                rt_store(rt, &rt_ptype_bytes, &s->tok, v);
                s->empties = !(s->eof || s->err.type) || r[0].i > 0 ? 0 : s->empties + 1;
                if (s->empties > 100)
                    rt_panic(rt, rt_iface_box(rt, &rt_ptype_string, (Value){.s = rt_string_from_c(rt,
                        "bufio.Scan: too many empty tokens without progressing", 53)}));
                res[0].u = 1;
                return;
            }
        }
        if (s->eof || s->err.type) {
            s->start = s->end = 0;
            s->done = true;
            return;
        }
        fill(rt, s);
    }
}

static void scanner_text(Runtime *rt, Value *a, Value *res) {
    Scanner *s = scanner_of(rt, a[0]);
    res[0].s = rt_string_from_c(rt, s->tok.ptr, s->tok.len);
}

static void scanner_bytes(Runtime *rt, Value *a, Value *res) { res[0].sl = scanner_of(rt, a[0])->tok; }
static void scanner_err(Runtime *rt, Value *a, Value *res) { res[0].e = scanner_of(rt, a[0])->err; }

static void scanner_split(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Scanner *s = scanner_of(rt, a[0]);
    if (s->scan_called)
        rt_panic_string(rt, "Split called after Scan");
    gc_write_ptr(rt, &s->split, a[1].p);
}

static void scanner_buffer(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Scanner *s = scanner_of(rt, a[0]);
    if (s->scan_called)
        rt_panic_string(rt, "Buffer called after Scan");
    Value v = a[1];
    v.sl.len = v.sl.cap;
    rt_store(rt, &rt_ptype_bytes, &s->buf, v);
    s->max = a[2].i;
}

// ---- Writer -------------------------------------------------------------------------------

static void set_werr(Runtime *rt, BufWriter *w, GoIface e) { rt_store(rt, &rt_ptype_error, &w->err, (Value){.e = e}); }

static void new_writer_size(Runtime *rt, GoIface dst, int64_t size, Value *res) {
    const Type *t = rt_pkg_type(rt, "bufio", "Writer", false);
    if (!t)
        rt_fatal(rt, "bufio.Writer: package type missing");
    if (dst.type == rt_pkg_type(rt, "bufio", "Writer", true) && dst.data &&
        (int64_t)((BufWriter *)dst.data)->buf.cap >= size) {
        res[0].p = dst.data;
        return;
    }
    if (size <= 0)
        size = WRITER_SIZE;
    BufWriter *w = rt_alloc(rt, t);
    rt_store(rt, &rt_ptype_error, &w->w, (Value){.e = dst});
    Value v;
    v.sl = rt_make_slice(rt, &rt_ptype_uint8, 0, size);
    rt_store(rt, &rt_ptype_bytes, &w->buf, v);
    res[0].p = w;
}

static void new_writer(Runtime *rt, Value *a, Value *res) { new_writer_size(rt, a[0].e, WRITER_SIZE, res); }
static void new_writer_sized(Runtime *rt, Value *a, Value *res) { new_writer_size(rt, a[0].e, a[1].i, res); }

static void writer_size(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    res[0].i = ((BufWriter *)a[0].p)->buf.cap;
}

static void writer_reset(Runtime *rt, Value *a, Value *res) {
    (void)res;
    BufWriter *w = a[0].p;
    if (!w)
        rt_panic_nil_deref(rt);
    rt_store(rt, &rt_ptype_error, &w->w, a[1]);
    set_werr(rt, w, (GoIface){NULL, NULL});
    w->buf.len = 0;
}

static void new_read_writer(Runtime *rt, Value *a, Value *res) {
    const Type *t = rt_pkg_type(rt, "bufio", "ReadWriter", false);
    void **rw = rt_alloc(rt, t);
    gc_write_ptr(rt, &rw[0], a[0].p);
    gc_write_ptr(rt, &rw[1], a[1].p);
    res[0].p = rw;
}

// flush: Go's (*Writer).Flush: the error stays in w and every later call reports it.
static GoIface flush(Runtime *rt, BufWriter *w) {
    if (w->err.type)
        return w->err;
    if (w->buf.len == 0)
        return (GoIface){NULL, NULL};
    GoIface err;
    int64_t n = rt_io_write(rt, w->w, w->buf.ptr, w->buf.len, &err);
    if (n < (int64_t)w->buf.len && !err.type)
        err = rt_io_short_write();
    if (err.type) {
        if (n > 0 && n < (int64_t)w->buf.len)
            memmove(w->buf.ptr, (char *)w->buf.ptr + n, w->buf.len - (size_t)n);
        w->buf.len -= (uint32_t)(n > 0 ? n : 0);
        set_werr(rt, w, err);
        return err;
    }
    w->buf.len = 0;
    return err;
}

// buffered_write: Go's (*Writer).Write, or with as_string its WriteString:
// copies into the buffer and flushes it when full; an empty buffer hands
// a long write straight to the destination (for WriteString only when the
// destination has a WriteString method, which it then calls).
static int64_t buffered_write(Runtime *rt, BufWriter *w, const uint8_t *s, size_t n, bool as_string, GoIface *err) {
    int64_t nn = 0;
    const Method *sw = as_string && w->w.type ? rt_find_method(w->w.type, "WriteString") : NULL;
    while (n > w->buf.cap - w->buf.len && !w->err.type) {
        int64_t k;
        if (w->buf.len == 0 && (!as_string || sw)) {
            GoIface e;
            if (!sw || sw->native) {
                k = rt_io_write(rt, w->w, s, (int64_t)n, &e);
            } else {
                Value arg[1], r[2];
                arg[0].s = (GoString){s, (int64_t)n};
                r[1].e = (GoIface){NULL, NULL};
                rt_call_method(rt, w->w, "WriteString", arg, 1, r);
                k = r[0].i;
                e = r[1].e;
            }
            set_werr(rt, w, e);
        } else {
            k = (int64_t)(w->buf.cap - w->buf.len);
            memcpy((char *)w->buf.ptr + w->buf.len, s, (size_t)k);
            w->buf.len += (uint32_t)k;
            flush(rt, w);
        }
        nn += k;
        s += k;
        n -= (size_t)k;
    }
    *err = w->err;
    if (w->err.type)
        return nn;
    if (n)
        memcpy((char *)w->buf.ptr + w->buf.len, s, n);
    w->buf.len += (uint32_t)n;
    return nn + (int64_t)n;
}

int64_t rt_bufio_write(Runtime *rt, void *writer, const void *p, size_t n, GoIface *err) {
    BufWriter *w = writer;
    if (!w)
        rt_panic_nil_deref(rt);
    return buffered_write(rt, w, p, n, false, err);
}

static void set_n_err(Value *res, int64_t n, GoIface err) {
    res[0].w[1] = 0;
    res[0].i = n;
    res[1].e = err;
}

// write_string: Go's (*Writer).WriteString (buffered_write).
static int64_t write_string(Runtime *rt, BufWriter *w, GoString str, GoIface *err) {
    return buffered_write(rt, w, str.ptr, (size_t)str.len, true, err);
}

static void writer_write_string(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    GoIface err;
    int64_t n = write_string(rt, a[0].p, a[1].s, &err);
    set_n_err(res, n, err);
}

static void writer_write(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    int64_t n = rt_bufio_write(rt, a[0].p, a[1].sl.ptr, a[1].sl.len, &err);
    set_n_err(res, n, err);
}

static void writer_write_byte(Runtime *rt, Value *a, Value *res) {
    BufWriter *w = a[0].p;
    if (!w)
        rt_panic_nil_deref(rt);
    res[0].e = w->err;
    if (w->err.type)
        return;
    if (w->buf.cap - w->buf.len == 0 && flush(rt, w).type) {
        res[0].e = w->err;
        return;
    }
    ((uint8_t *)w->buf.ptr)[w->buf.len++] = (uint8_t)a[1].u;
}

static void writer_write_rune(Runtime *rt, Value *a, Value *res) {
    BufWriter *w = a[0].p;
    if (!w)
        rt_panic_nil_deref(rt);
    int32_t r = (int32_t)a[1].i;
    if ((uint32_t)r < 0x80) {
        writer_write_byte(rt, a, res + 1);
        set_n_err(res, res[1].e.type ? 0 : 1, res[1].e);
        return;
    }
    if (w->err.type) {
        set_n_err(res, 0, w->err);
        return;
    }
    char buf[4];
    int n = rt_encode_rune(buf, r);
    if (w->buf.cap - w->buf.len < 4) {
        if (flush(rt, w).type) {
            set_n_err(res, 0, w->err);
            return;
        }
        if (w->buf.cap - w->buf.len < 4) {
            GoIface err;
            int64_t k = write_string(rt, w, (GoString){(const uint8_t *)buf, n}, &err);
            set_n_err(res, k, err);
            return;
        }
    }
    memcpy((char *)w->buf.ptr + w->buf.len, buf, (size_t)n);
    w->buf.len += (uint32_t)n;
    set_n_err(res, n, (GoIface){NULL, NULL});
}

static void writer_flush(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    res[0].e = flush(rt, a[0].p);
}

static void writer_buffered(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    res[0].i = ((BufWriter *)a[0].p)->buf.len;
}

// writer_read_from: Go's (*Writer).ReadFrom: fill the buffer from r,
// flushing when full; an empty buffer hands r to the writer's own
// ReadFrom when it has one.
static void writer_read_from(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    BufWriter *w = a[0].p;
    GoIface r = a[1].e, err = {NULL, NULL};
    int64_t n = 0;
    res[0] = (Value){.w = {0, 0}};
    if (w->err.type) {
        res[1].e = w->err;
        return;
    }
    bool rf = w->w.type && rt_find_method(w->w.type, "ReadFrom");
    for (;;) {
        if (w->buf.len == w->buf.cap) {
            GoIface e = flush(rt, w);
            if (e.type) {
                res[0].i = n;
                res[1].e = e;
                return;
            }
        }
        if (rf && w->buf.len == 0) {
            Value arg[1], out[2];
            arg[0].e = r;
            rt_call_method(rt, w->w, "ReadFrom", arg, 1, out);
            if (out[1].e.type) set_werr(rt, w, out[1].e);
            res[0].i = n + out[0].i;
            res[1].e = out[1].e;
            return;
        }
        int64_t m = 0;
        int tries = 0;
        for (; tries < 100; tries++) {
            GoSlice room = {(char *)w->buf.ptr + w->buf.len, w->buf.cap - w->buf.len, w->buf.cap - w->buf.len};
            m = rt_io_read(rt, r, room, &err);
            if (m != 0 || err.type) break;
        }
        if (tries == 100) {
            res[0].i = n;
            res[1].e = rt_io_no_progress();
            return;
        }
        w->buf.len += (uint32_t)m;
        n += m;
        if (err.type) break;
    }
    if (err.data == rt_io_eof().data)
        err = w->buf.len == w->buf.cap ? flush(rt, w) : (GoIface){NULL, NULL};
    res[0].i = n;
    res[1].e = err;
}

// writer_available_buffer: an empty slice over the free part of the buffer.
static void writer_available_buffer(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    BufWriter *w = a[0].p;
    res[0] = (Value){.w = {0, 0}};
    res[0].sl = (GoSlice){(char *)w->buf.ptr + w->buf.len, 0, w->buf.cap - w->buf.len};
}

static void writer_available(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    BufWriter *w = a[0].p;
    res[0].i = w->buf.cap - w->buf.len;
}

static void var_err_too_long(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_too_long); }
static void var_err_negative_advance(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_negative_advance); }
static void var_err_advance_too_far(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_advance_too_far); }
static void var_err_bad_read_count(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_bad_read_count); }
static void var_err_final_token(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_final_token); }

static void var_err_buffer_full(Runtime *rt, Value *out) { (void)rt; out->e = rt_bufio_error(0); }
static void var_err_negative_count(Runtime *rt, Value *out) { (void)rt; out->e = rt_bufio_error(1); }
static void var_err_unread_byte(Runtime *rt, Value *out) { (void)rt; out->e = rt_bufio_error(2); }
static void var_err_unread_rune(Runtime *rt, Value *out) { (void)rt; out->e = rt_bufio_error(3); }

#define SPLIT_SIG "func(data []byte, atEOF bool) (advance int, token []byte, err error)"

static const NativeFunc bufio_funcs[] = {
    {"NewScanner", "func(r io.Reader) *Scanner", new_scanner},
    {"(*Scanner).Scan", "func() bool", scanner_scan},
    {"(*Scanner).Text", "func() string", scanner_text},
    {"(*Scanner).Bytes", "func() []byte", scanner_bytes},
    {"(*Scanner).Err", "func() error", scanner_err},
    {"(*Scanner).Split", "func(split SplitFunc)", scanner_split},
    {"(*Scanner).Buffer", "func(buf []byte, max int)", scanner_buffer},
    {"ScanLines", SPLIT_SIG, scan_lines},
    {"ScanWords", SPLIT_SIG, scan_words},
    {"ScanRunes", SPLIT_SIG, scan_runes},
    {"ScanBytes", SPLIT_SIG, scan_bytes},
    {"NewWriter", "func(w io.Writer) *Writer", new_writer},
    {"(*Writer).WriteString", "func(s string) (int, error)", writer_write_string},
    {"(*Writer).Write", "func(p []byte) (nn int, err error)", writer_write},
    {"(*Writer).WriteByte", "func(c byte) error", writer_write_byte},
    {"(*Writer).WriteRune", "func(r rune) (size int, err error)", writer_write_rune},
    {"(*Writer).Flush", "func() error", writer_flush},
    {"NewWriterSize", "func(w io.Writer, size int) *Writer", new_writer_sized},
    {"NewReadWriter", "func(r *Reader, w *Writer) *ReadWriter", new_read_writer},
    {"(*Writer).Size", "func() int", writer_size},
    {"(*Writer).Reset", "func(w io.Writer)", writer_reset},
    {"(*Writer).Buffered", "func() int", writer_buffered},
    {"(*Writer).Available", "func() int", writer_available},
    {"(*Writer).AvailableBuffer", "func() []byte", writer_available_buffer},
    {"(*Writer).ReadFrom", "func(r io.Reader) (n int64, err error)", writer_read_from},
    {"NewReader", "func(rd io.Reader) *Reader", rt_bufio_new_reader},
    {"NewReaderSize", "func(rd io.Reader, size int) *Reader", rt_bufio_new_reader_size},
    {"(*Reader).Reset", "func(r io.Reader)", rt_bufio_reader_reset},
    {"(*Reader).Size", "func() int", rt_bufio_reader_size},
    {"(*Reader).Buffered", "func() int", rt_bufio_reader_buffered},
    {"(*Reader).Read", "func(p []byte) (n int, err error)", rt_bufio_reader_read},
    {"(*Reader).ReadByte", "func() (byte, error)", rt_bufio_reader_read_byte},
    {"(*Reader).UnreadByte", "func() error", rt_bufio_reader_unread_byte},
    {"(*Reader).ReadRune", "func() (r rune, size int, err error)", rt_bufio_reader_read_rune},
    {"(*Reader).UnreadRune", "func() error", rt_bufio_reader_unread_rune},
    {"(*Reader).Peek", "func(n int) ([]byte, error)", rt_bufio_reader_peek},
    {"(*Reader).Discard", "func(n int) (discarded int, err error)", rt_bufio_reader_discard},
    {"(*Reader).ReadSlice", "func(delim byte) (line []byte, err error)", rt_bufio_reader_read_slice},
    {"(*Reader).ReadString", "func(delim byte) (string, error)", rt_bufio_reader_read_string},
    {"(*Reader).ReadBytes", "func(delim byte) ([]byte, error)", rt_bufio_reader_read_bytes},
    {"(*Reader).ReadLine", "func() (line []byte, isPrefix bool, err error)", rt_bufio_reader_read_line},
    {"(*Reader).WriteTo", "func(w io.Writer) (n int64, err error)", rt_bufio_reader_write_to},
};

static const NativeType bufio_types[] = {
    {"SplitFunc", SPLIT_SIG},
    {"Scanner", "struct { r interface{}; split SplitFunc; buf []byte; start int; end int; tok []byte; "
                "err error; eof bool; done bool; scanCalled bool; max int; empties int }"},
    {"Writer", "struct { w interface{}; buf []byte; err error }"},
    {"Reader", "struct { buf []byte; rd io.Reader; r int; w int; err error; lastByte int; lastRuneSize int }"},
    {"ReadWriter", "struct { *Reader; *Writer }"},
};

static const NativeVar bufio_vars[] = {
    {"ErrBufferFull", "error", var_err_buffer_full},
    {"ErrNegativeCount", "error", var_err_negative_count},
    {"ErrInvalidUnreadByte", "error", var_err_unread_byte},
    {"ErrInvalidUnreadRune", "error", var_err_unread_rune},
    {"ErrTooLong", "error", var_err_too_long},
    {"ErrNegativeAdvance", "error", var_err_negative_advance},
    {"ErrAdvanceTooFar", "error", var_err_advance_too_far},
    {"ErrBadReadCount", "error", var_err_bad_read_count},
    {"ErrFinalToken", "error", var_err_final_token},
};

static const NativeConst bufio_consts[] = {
    {"MaxScanTokenSize", "untyped int", "65536"},
};

static const char *const bufio_imports[] = {"io", NULL};

const NativePkg rt_pkg_bufio = {
    .path = "bufio", .name = "bufio",
    .funcs = bufio_funcs, .nfuncs = sizeof bufio_funcs / sizeof bufio_funcs[0],
    .types = bufio_types, .ntypes = sizeof bufio_types / sizeof bufio_types[0],
    .consts = bufio_consts, .nconsts = sizeof bufio_consts / sizeof bufio_consts[0],
    .vars = bufio_vars, .nvars = sizeof bufio_vars / sizeof bufio_vars[0],
    .imports = bufio_imports,
};
