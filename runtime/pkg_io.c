// pkg_io.c - package io: its interfaces, ReadAll, Copy, CopyN,
// CopyBuffer, ReadFull, ReadAtLeast, WriteString, MultiWriter,
// MultiReader, TeeReader, LimitReader (*LimitedReader), SectionReader, NopCloser,
// Discard and Pipe, each following Go 1.19's io.go line by line (buffer
// sizes, the WriterTo/ReaderFrom shortcuts of Copy, the errors).
//
// rt_io_read / rt_io_write are how every package here reads from an
// io.Reader and writes to an io.Writer: *os.File, *strings.Builder,
// *strings.Reader, *bufio.Writer and *bytes.Buffer directly, anything
// else through its Go (or C) Read/Write method (RtHooks.call_method).
// Pipe is Go's: a channel of []byte, a channel of counts and a done
// channel, driven with rt_select so both ends park like goroutines do.
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

static const GoIface no_error = {NULL, NULL};
static const GoString err_short_write = {(const uint8_t *)"short write", 11};
static const GoString err_invalid_write = {(const uint8_t *)"invalid write result", 20};
static const GoString err_short_buffer = {(const uint8_t *)"short buffer", 12};
static const GoString err_no_progress = {(const uint8_t *)"multiple Read calls return no data or error", 43};
static const GoString err_closed_pipe = {(const uint8_t *)"io: read/write on closed pipe", 29};
static const GoString err_unexpected_eof = {(const uint8_t *)"unexpected EOF", 14};

GoIface rt_io_unexpected_eof(void) { return rt_error_static(&err_unexpected_eof); }
GoIface rt_io_short_write(void) { return rt_error_static(&err_short_write); }
GoIface rt_io_no_progress(void) { return rt_error_static(&err_no_progress); }

static bool is_eof(GoIface e) { return e.type && e.data == rt_io_eof().data; }

static bool is_ptr_to(const Type *t, const char *pkg, const char *name) {
    return t && t->kind == KIND_POINTER && t->elem && t->elem->name && t->elem->pkg &&
           strcmp(t->elem->name, name) == 0 && strcmp(t->elem->pkg, pkg) == 0;
}

int64_t rt_io_write(Runtime *rt, GoIface w, const void *p, int64_t n, GoIface *err) {
    *err = no_error;
    if (!w.type)
        rt_panic_nil_deref(rt);
    if (w.data && is_ptr_to(w.type, "os", "File"))
        return rt_os_file_write(rt, w.data, p, n, err);
    if (w.data && is_ptr_to(w.type, "strings", "Builder")) {
        rt_builder_write(rt, w.data, p, (size_t)n);
        return n;
    }
    if (w.data && is_ptr_to(w.type, "bufio", "Writer")) {
        return rt_bufio_write(rt, w.data, p, (size_t)n, err);
    }
    if (w.data && is_ptr_to(w.type, "bytes", "Buffer")) {
        rt_bytes_buffer_write(rt, w.data, p, n);
        return n;
    }
    Value a[1], res[2];
    a[0].sl = rt_make_slice(rt, &rt_ptype_uint8, n, n);
    if (n)
        memcpy(a[0].sl.ptr, p, (size_t)n);
    res[0].w[0] = res[0].w[1] = 0;
    res[1].e = no_error;
    if (!rt_call_method(rt, w, "Write", a, 1, res))
        rt_panic_plain(rt, "io: value has no Write method");
    *err = res[1].e;
    return res[0].i;
}

int64_t rt_io_read(Runtime *rt, GoIface r, GoSlice buf, GoIface *err) {
    *err = no_error;
    if (!r.type)
        rt_panic_nil_deref(rt);
    if (r.data && is_ptr_to(r.type, "os", "File"))
        return rt_os_file_read(rt, r.data, buf.ptr, buf.len, err);
    if (r.data && is_ptr_to(r.type, "strings", "Reader")) {
        int64_t k = rt_strings_reader_read(rt, r.data, buf.ptr, buf.len);
        if (k < 0)
            *err = rt_io_eof();
        return k < 0 ? 0 : k;
    }
    Value a[1], res[2];
    a[0].sl = buf;
    res[0].w[0] = res[0].w[1] = 0;
    res[1].e = no_error;
    if (!rt_call_method(rt, r, "Read", a, 1, res))
        rt_panic_plain(rt, "io: value has no Read method");
    *err = res[1].e;
    return res[0].i;
}

static void set_n_err(Value *res, int64_t n, GoIface err) {
    res[0].w[1] = 0;
    res[0].i = n;
    res[1].e = err;
}

static const Type *io_type(Runtime *rt, const char *name, bool ptr) {
    const Type *t = rt_pkg_type(rt, "io", name, ptr);
    if (!t)
        rt_fatal(rt, "io.%s: package type missing", name);
    return t;
}

// ---- ReadAll, ReadFull, ReadAtLeast, WriteString ------------------------------------------

static void io_read_all(Runtime *rt, Value *a, Value *res) {
    GoSlice b = rt_make_slice(rt, &rt_ptype_uint8, 0, 512);
    for (;;) {
        if (b.len == b.cap) {
            uint8_t zero = 0;
            b = rt_append(rt, &rt_ptype_uint8, b, &zero, 1);
            b.len--;
        }
        GoSlice free_part = {(char *)b.ptr + b.len, b.cap - b.len, b.cap - b.len};
        GoIface err;
        int64_t n = rt_io_read(rt, a[0].e, free_part, &err);
        b.len += (uint32_t)n;
        if (err.type) {
            res[0].sl = b;
            res[1].e = is_eof(err) ? no_error : err;
            return;
        }
    }
}

static int64_t read_at_least(Runtime *rt, GoIface r, GoSlice buf, int64_t min, GoIface *err) {
    *err = no_error;
    if ((int64_t)buf.len < min) {
        *err = rt_error_static(&err_short_buffer);
        return 0;
    }
    int64_t n = 0;
    while (n < min && !err->type) {
        GoSlice rest = {(char *)buf.ptr + n, buf.len - (uint32_t)n, buf.cap - (uint32_t)n};
        n += rt_io_read(rt, r, rest, err);
    }
    if (n >= min)
        *err = no_error;
    else if (n > 0 && is_eof(*err))
        *err = rt_io_unexpected_eof();
    return n;
}

static void io_read_at_least(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    int64_t n = read_at_least(rt, a[0].e, a[1].sl, a[2].i, &err);
    set_n_err(res, n, err);
}

static void io_read_full(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    int64_t n = read_at_least(rt, a[0].e, a[1].sl, a[1].sl.len, &err);
    set_n_err(res, n, err);
}

static void io_write_string(Runtime *rt, Value *a, Value *res) {
    Value arg[1];
    arg[0] = a[1];
    if (a[0].e.type && rt_find_method(a[0].e.type, "WriteString") &&
        rt_call_method(rt, a[0].e, "WriteString", arg, 1, res))
        return;
    GoIface err;
    int64_t n = rt_io_write(rt, a[0].e, a[1].s.ptr, a[1].s.len, &err);
    set_n_err(res, n, err);
}

// ---- Copy ------------------------------------------------------------------------------

typedef struct LimitedReader { GoIface r; int64_t n; } LimitedReader;

static bool call_if_has(Runtime *rt, GoIface recv, const char *name, Value *arg, Value *res) {
    if (!recv.type || !rt_find_method(recv.type, name))
        return false;
    return rt_call_method(rt, recv, name, arg, 1, res);
}

static int64_t copy_buffer(Runtime *rt, GoIface dst, GoIface src, GoSlice buf, GoIface *err) {
    Value arg[1], res[2];
    *err = no_error;
    arg[0].e = dst;
    if (call_if_has(rt, src, "WriteTo", arg, res)) {
        *err = res[1].e;
        return res[0].i;
    }
    arg[0].e = src;
    if (call_if_has(rt, dst, "ReadFrom", arg, res)) {
        *err = res[1].e;
        return res[0].i;
    }
    if (!buf.ptr) {
        int64_t size = 32 * 1024;
        if (is_ptr_to(src.type, "io", "LimitedReader") && src.data) {
            int64_t ln = ((LimitedReader *)src.data)->n;
            if (size > ln)
                size = ln < 1 ? 1 : ln;
        }
        buf = rt_make_slice(rt, &rt_ptype_uint8, size, size);
    }
    int64_t written = 0;
    for (;;) {
        GoIface er, ew;
        int64_t nr = rt_io_read(rt, src, buf, &er);
        if (nr > 0) {
            int64_t nw = rt_io_write(rt, dst, buf.ptr, nr, &ew);
            if (nw < 0 || nr < nw) {
                nw = 0;
                if (!ew.type)
                    ew = rt_error_static(&err_invalid_write);
            }
            written += nw;
            if (ew.type) {
                *err = ew;
                break;
            }
            if (nr != nw) {
                *err = rt_error_static(&err_short_write);
                break;
            }
        }
        if (er.type) {
            if (!is_eof(er))
                *err = er;
            break;
        }
    }
    return written;
}

static void io_copy(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    int64_t n = copy_buffer(rt, a[0].e, a[1].e, (GoSlice){NULL, 0, 0}, &err);
    set_n_err(res, n, err);
}

static void io_copy_buffer(Runtime *rt, Value *a, Value *res) {
    if (a[2].sl.ptr && a[2].sl.len == 0)
        rt_panic(rt, rt_iface_box(rt, &rt_ptype_string,
                                  (Value){.s = rt_string_from_c(rt, "empty buffer in CopyBuffer", 26)}));
    GoIface err;
    int64_t n = copy_buffer(rt, a[0].e, a[1].e, a[2].sl, &err);
    set_n_err(res, n, err);
}

static GoIface limit_reader(Runtime *rt, GoIface r, int64_t n) {
    LimitedReader *l = rt_alloc(rt, io_type(rt, "LimitedReader", false));
    Value v;
    v.e = r;
    rt_store(rt, &rt_ptype_error, &l->r, v);
    l->n = n;
    return (GoIface){io_type(rt, "LimitedReader", true), l};
}

static void io_limit_reader(Runtime *rt, Value *a, Value *res) { res[0].e = limit_reader(rt, a[0].e, a[1].i); }

static void io_copy_n(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    int64_t n = a[2].i;
    int64_t w = copy_buffer(rt, a[0].e, limit_reader(rt, a[1].e, n), (GoSlice){NULL, 0, 0}, &err);
    if (w == n)
        err = no_error;
    else if (w < n && !err.type)
        err = rt_io_eof();
    set_n_err(res, w, err);
}

static void limited_read(Runtime *rt, Value *a, Value *res) {
    LimitedReader *l = a[0].p;
    if (!l)
        rt_panic_nil_deref(rt);
    if (l->n <= 0) {
        set_n_err(res, 0, rt_io_eof());
        return;
    }
    GoSlice p = a[1].sl;
    if ((int64_t)p.len > l->n)
        p.len = (uint32_t)l->n;
    GoIface err;
    int64_t n = rt_io_read(rt, l->r, p, &err);
    l->n -= n;
    set_n_err(res, n, err);
}

// ---- SectionReader: Go's io.go (Read, Seek, ReadAt, Size) --------------------------------

typedef struct SectionReader { GoIface r; int64_t base, off, limit; } SectionReader;

static const GoString err_whence = {(const uint8_t *)"Seek: invalid whence", 20};
static const GoString err_offset = {(const uint8_t *)"Seek: invalid offset", 20};

static void io_new_section_reader(Runtime *rt, Value *a, Value *res) {
    SectionReader *s = rt_alloc(rt, io_type(rt, "SectionReader", false));
    rt_store(rt, &rt_ptype_error, &s->r, a[0]);   // any two-word interface has error's layout
    int64_t off = a[1].i, n = a[2].i;
    s->base = s->off = off;
    s->limit = off <= INT64_MAX - n ? n + off : INT64_MAX;
    res[0].w[1] = 0;
    res[0].p = s;
}

static SectionReader *section(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

// read_at calls r.ReadAt(p, off).
static void read_at(Runtime *rt, GoIface r, GoSlice p, int64_t off, Value *res) {
    Value a[2];
    a[0].sl = p;
    a[1].w[1] = 0;
    a[1].i = off;
    set_n_err(res, 0, no_error);
    if (!r.type)
        rt_panic_nil_deref(rt);
    rt_call_method(rt, r, "ReadAt", a, 2, res);
}

static void section_read(Runtime *rt, Value *a, Value *res) {
    SectionReader *s = section(rt, a[0]);
    if (s->off >= s->limit) {
        set_n_err(res, 0, rt_io_eof());
        return;
    }
    GoSlice p = a[1].sl;
    if ((int64_t)p.len > s->limit - s->off)
        p.len = (uint32_t)(s->limit - s->off);
    read_at(rt, s->r, p, s->off, res);
    s->off += res[0].i;
}

static void section_seek(Runtime *rt, Value *a, Value *res) {
    SectionReader *s = section(rt, a[0]);
    int64_t offset = a[1].i;
    switch (a[2].i) {
    case 0: offset += s->base; break;
    case 1: offset += s->off; break;
    case 2: offset += s->limit; break;
    default: set_n_err(res, 0, rt_error_static(&err_whence)); return;
    }
    if (offset < s->base) {
        set_n_err(res, 0, rt_error_static(&err_offset));
        return;
    }
    s->off = offset;
    set_n_err(res, offset - s->base, no_error);
}

static void section_read_at(Runtime *rt, Value *a, Value *res) {
    SectionReader *s = section(rt, a[0]);
    int64_t off = a[2].i;
    if (off < 0 || off >= s->limit - s->base) {
        set_n_err(res, 0, rt_io_eof());
        return;
    }
    off += s->base;
    GoSlice p = a[1].sl;
    if ((int64_t)p.len > s->limit - off) {
        p.len = (uint32_t)(s->limit - off);
        read_at(rt, s->r, p, off, res);
        if (!res[1].e.type)
            res[1].e = rt_io_eof();
        return;
    }
    read_at(rt, s->r, p, off, res);
}

static void section_size(Runtime *rt, Value *a, Value *res) {
    SectionReader *s = section(rt, a[0]);
    res[0].w[1] = 0;
    res[0].i = s->limit - s->base;
}

// ---- MultiWriter, MultiReader, TeeReader, NopCloser, Discard ------------------------------

static GoSlice copy_ifaces(Runtime *rt, const Type *elem, GoSlice s) {
    GoSlice out = rt_make_slice(rt, elem, s.len, s.len);
    rt_copy_slice(rt, elem, out, s);
    return out;
}

typedef struct MultiRW { GoSlice list; } MultiRW;

static void io_multi_writer(Runtime *rt, Value *a, Value *res) {
    const Type *wt = io_type(rt, "Writer", false), *mt = io_type(rt, "multiWriter", true);
    GoSlice all = {NULL, 0, 0};
    for (uint32_t i = 0; i < a[0].sl.len; i++) {
        GoIface w = ((GoIface *)a[0].sl.ptr)[i];
        if (w.type == mt && w.data) {
            GoSlice inner = ((MultiRW *)w.data)->list;
            all = rt_append(rt, wt, all, inner.ptr, inner.len);
        } else {
            all = rt_append(rt, wt, all, &w, 1);
        }
    }
    MultiRW *m = rt_alloc(rt, io_type(rt, "multiWriter", false));
    rt_store(rt, &rt_ptype_bytes, &m->list, (Value){.sl = all});
    res[0].e = (GoIface){mt, m};
}

static void multi_writer_write(Runtime *rt, Value *a, Value *res) {
    MultiRW *m = a[0].p;
    GoSlice p = a[1].sl;
    for (uint32_t i = 0; i < m->list.len; i++) {
        GoIface err;
        int64_t n = rt_io_write(rt, ((GoIface *)m->list.ptr)[i], p.ptr, p.len, &err);
        if (err.type) {
            set_n_err(res, n, err);
            return;
        }
        if (n != p.len) {
            set_n_err(res, n, rt_error_static(&err_short_write));
            return;
        }
    }
    set_n_err(res, p.len, no_error);
}

// multi_writer_write_string: (*multiWriter).WriteString, as Go's: each
// writer's WriteString when it has one (io.StringWriter), else its Write.
static void multi_writer_write_string(Runtime *rt, Value *a, Value *res) {
    MultiRW *m = a[0].p;
    GoString str = a[1].s;
    for (uint32_t i = 0; i < m->list.len; i++) {
        Value args[2] = {{.e = ((GoIface *)m->list.ptr)[i]}, a[1]};
        io_write_string(rt, args, res);
        if (res[1].e.type)
            return;
        if (res[0].i != str.len) {
            res[1].e = rt_error_static(&err_short_write);
            return;
        }
    }
    set_n_err(res, str.len, no_error);
}

static void io_multi_reader(Runtime *rt, Value *a, Value *res) {
    const Type *rt_t = io_type(rt, "Reader", false);
    MultiRW *m = rt_alloc(rt, io_type(rt, "multiReader", false));
    rt_store(rt, &rt_ptype_bytes, &m->list, (Value){.sl = copy_ifaces(rt, rt_t, a[0].sl)});
    res[0].e = (GoIface){io_type(rt, "multiReader", true), m};
}

static void multi_reader_read(Runtime *rt, Value *a, Value *res) {
    MultiRW *m = a[0].p;
    const Type *mt = io_type(rt, "multiReader", true);
    while (m->list.len > 0) {
        GoIface *first = m->list.ptr;
        if (m->list.len == 1 && first->type == mt && first->data) {
            rt_store(rt, &rt_ptype_bytes, &m->list, (Value){.sl = ((MultiRW *)first->data)->list});
            continue;
        }
        GoIface err;
        int64_t n = rt_io_read(rt, *first, a[1].sl, &err);
        if (is_eof(err)) {
            GoSlice rest = {first + 1, m->list.len - 1, m->list.cap - 1};
            rt_store(rt, &rt_ptype_bytes, &m->list, (Value){.sl = rest});
        }
        if (n > 0 || !is_eof(err)) {
            if (is_eof(err) && m->list.len > 0)
                err = no_error;
            set_n_err(res, n, err);
            return;
        }
    }
    set_n_err(res, 0, rt_io_eof());
}

// multi_write_to: (*multiReader).WriteTo as Go's writeToWithBuffer: each
// reader copied to w in turn (nested multiReaders share buf); after an
// error the list keeps the reader that failed and those after it.
static int64_t multi_write_to(Runtime *rt, MultiRW *m, GoIface w, GoSlice buf, GoIface *err) {
    const Type *mt = io_type(rt, "multiReader", true);
    int64_t sum = 0;
    *err = no_error;
    for (uint32_t i = 0; i < m->list.len; i++) {
        GoIface *rs = m->list.ptr;
        GoIface r = rs[i];
        sum += r.type == mt && r.data ? multi_write_to(rt, r.data, w, buf, err) : copy_buffer(rt, w, r, buf, err);
        if (err->type) {
            GoSlice rest = {rs + i, m->list.len - i, m->list.cap - i};
            rt_store(rt, &rt_ptype_bytes, &m->list, (Value){.sl = rest});
            return sum;
        }
        rt_store(rt, &rt_ptype_error, &rs[i], (Value){.e = no_error});
    }
    rt_store(rt, &rt_ptype_bytes, &m->list, (Value){.sl = {NULL, 0, 0}});
    return sum;
}

static void multi_reader_write_to(Runtime *rt, Value *a, Value *res) {
    GoSlice buf = rt_make_slice(rt, &rt_ptype_uint8, 32 * 1024, 32 * 1024);
    GoIface err;
    int64_t n = multi_write_to(rt, a[0].p, a[1].e, buf, &err);
    res[0] = (Value){.w = {0, 0}};
    res[0].i = n;
    res[1].e = err;
}

typedef struct TeeReader { GoIface r, w; } TeeReader;

static void io_tee_reader(Runtime *rt, Value *a, Value *res) {
    TeeReader *t = rt_alloc(rt, io_type(rt, "teeReader", false));
    rt_store(rt, &rt_ptype_error, &t->r, a[0]);
    rt_store(rt, &rt_ptype_error, &t->w, a[1]);
    res[0].e = (GoIface){io_type(rt, "teeReader", true), t};
}

static void tee_read(Runtime *rt, Value *a, Value *res) {
    TeeReader *t = a[0].p;
    GoIface err;
    int64_t n = rt_io_read(rt, t->r, a[1].sl, &err);
    if (n > 0) {
        GoIface werr;
        int64_t wn = rt_io_write(rt, t->w, a[1].sl.ptr, n, &werr);
        if (werr.type) {
            set_n_err(res, wn, werr);
            return;
        }
    }
    set_n_err(res, n, err);
}

// io_nop_closer: io.NopCloser, a nopCloser value, or a nopCloserWriterTo
// when r has WriteTo (Go 1.19 keeps io.Copy's WriterTo shortcut that way).
static void io_nop_closer(Runtime *rt, Value *a, Value *res) {
    const char *name = a[0].e.type && rt_find_method(a[0].e.type, "WriteTo") ? "nopCloserWriterTo" : "nopCloser";
    GoIface *c = rt_alloc(rt, io_type(rt, name, false));
    rt_store(rt, &rt_ptype_error, c, a[0]);
    res[0].e = (GoIface){io_type(rt, name, false), c};
}

static void nop_write_to(Runtime *rt, Value *a, Value *res) {
    res[0] = (Value){.w = {0, 0}};
    res[1].e = no_error;
    rt_call_method(rt, *(GoIface *)a[0].p, "WriteTo", &a[1], 1, res);
}

static void nop_read(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    int64_t n = rt_io_read(rt, *(GoIface *)a[0].p, a[1].sl, &err);
    set_n_err(res, n, err);
}

static void nop_close(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].e = no_error; }

static void discard_write(Runtime *rt, Value *a, Value *res) { (void)rt; set_n_err(res, a[1].sl.len, no_error); }
// discard_read_from: discard.ReadFrom, reading r to its end (8 KiB at a time).
static void discard_read_from(Runtime *rt, Value *a, Value *res) {
    GoSlice buf = rt_make_slice(rt, &rt_ptype_uint8, 8192, 8192);
    int64_t n = 0;
    for (;;) {
        GoIface err;
        n += rt_io_read(rt, a[1].e, buf, &err);
        if (err.type) {
            res[0] = (Value){.w = {0, 0}};
            res[0].i = n;
            res[1].e = is_eof(err) ? no_error : err;
            return;
        }
    }
}

static void discard_write_string(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    set_n_err(res, a[1].s.len, no_error);
}

static void var_discard(Runtime *rt, Value *out) {
    const Type *t = io_type(rt, "discard", false);
    out->e = rt_iface_box(rt, t, rt_zero_value(rt, t));
}

// ---- Pipe ------------------------------------------------------------------------------

// pipe: "struct { wrCh chan []byte; rdCh chan int; done chan struct{}; rerr error; werr error; closed bool }"
typedef struct Pipe { GoChan *wr, *rd, *done; GoIface rerr, werr; bool closed; } Pipe;

static void io_pipe(Runtime *rt, Value *a, Value *res) {
    (void)a;
    const Type *pt = io_type(rt, "pipe", false);
    const Field *f = pt->underlying->fields;
    Pipe *p = rt_alloc(rt, pt);
    gc_write_ptr(rt, (void **)&p->wr, rt_chan_new(rt, f[0].type, 0));
    gc_write_ptr(rt, (void **)&p->rd, rt_chan_new(rt, f[1].type, 0));
    gc_write_ptr(rt, (void **)&p->done, rt_chan_new(rt, f[2].type, 0));
    void **r = rt_alloc(rt, io_type(rt, "PipeReader", false));
    void **w = rt_alloc(rt, io_type(rt, "PipeWriter", false));
    gc_write_ptr(rt, r, p);
    gc_write_ptr(rt, w, p);
    res[0].p = r;
    res[1].w[1] = 0;
    res[1].p = w;
}

static Pipe *pipe_of(Runtime *rt, Value v) {
    if (!v.p || !*(void **)v.p)
        rt_panic_nil_deref(rt);
    return *(Pipe **)v.p;
}

static GoIface read_close_error(Pipe *p) {
    if (!p->rerr.type && p->werr.type)
        return p->werr;
    return rt_error_static(&err_closed_pipe);
}

static GoIface write_close_error(Pipe *p) {
    if (!p->werr.type && p->rerr.type)
        return p->rerr;
    return rt_error_static(&err_closed_pipe);
}

static void pipe_read(Runtime *rt, Value *a, Value *res) {
    Pipe *p = pipe_of(rt, a[0]);
    if (p->closed) {
        set_n_err(res, 0, read_close_error(p));
        return;
    }
    GoSlice bw = {NULL, 0, 0};
    RtSelectCase cs[2] = {{.c = p->wr, .elem = &bw}, {.c = p->done}};
    if (rt_select(rt, cs, 2, false) == 1) {
        set_n_err(res, 0, read_close_error(p));
        return;
    }
    int64_t nr = rt_copy_slice(rt, &rt_ptype_uint8, a[1].sl, bw);
    rt_chan_send(rt, p->rd, &nr);
    set_n_err(res, nr, no_error);
}

static void pipe_write(Runtime *rt, Value *a, Value *res) {
    Pipe *p = pipe_of(rt, a[0]);
    if (p->closed) {
        set_n_err(res, 0, write_close_error(p));
        return;
    }
    GoSlice b = a[1].sl;
    int64_t n = 0;
    for (bool once = true; once || b.len > 0; once = false) {
        RtSelectCase cs[2] = {{.c = p->wr, .elem = &b, .send = true}, {.c = p->done}};
        if (rt_select(rt, cs, 2, false) == 1) {
            set_n_err(res, n, write_close_error(p));
            return;
        }
        int64_t nw = 0;
        rt_chan_recv(rt, p->rd, &nw);
        b.ptr = (char *)b.ptr + nw;
        b.len -= (uint32_t)nw;
        b.cap -= (uint32_t)nw;
        n += nw;
    }
    set_n_err(res, n, no_error);
}

static void pipe_close(Runtime *rt, Pipe *p, GoIface *slot, GoIface err) {
    if (!slot->type)
        rt_store(rt, &rt_ptype_error, slot, (Value){.e = err});
    if (!p->closed) {
        p->closed = true;
        rt_chan_close(rt, p->done);
    }
}

static void pipe_reader_close(Runtime *rt, Value *a, Value *res) {
    Pipe *p = pipe_of(rt, a[0]);
    pipe_close(rt, p, &p->rerr, rt_error_static(&err_closed_pipe));
    res[0].e = no_error;
}

static void pipe_reader_close_with_error(Runtime *rt, Value *a, Value *res) {
    Pipe *p = pipe_of(rt, a[0]);
    pipe_close(rt, p, &p->rerr, a[1].e.type ? a[1].e : rt_error_static(&err_closed_pipe));
    res[0].e = no_error;
}

static void pipe_writer_close(Runtime *rt, Value *a, Value *res) {
    Pipe *p = pipe_of(rt, a[0]);
    pipe_close(rt, p, &p->werr, rt_io_eof());
    res[0].e = no_error;
}

static void pipe_writer_close_with_error(Runtime *rt, Value *a, Value *res) {
    Pipe *p = pipe_of(rt, a[0]);
    pipe_close(rt, p, &p->werr, a[1].e.type ? a[1].e : rt_io_eof());
    res[0].e = no_error;
}

// ---- the table ---------------------------------------------------------------------------

static void var_eof(Runtime *rt, Value *out) { (void)rt; out->e = rt_io_eof(); }
static void var_unexpected_eof(Runtime *rt, Value *out) { (void)rt; out->e = rt_io_unexpected_eof(); }
static void var_short_write(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_short_write); }
static void var_short_buffer(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_short_buffer); }
static void var_no_progress(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_no_progress); }
static void var_closed_pipe(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_closed_pipe); }

#define RW_SIG "func(p []byte) (n int, err error)"

static const NativeFunc io_funcs[] = {
    {"ReadAll", "func(r Reader) ([]byte, error)", io_read_all},
    {"ReadAtLeast", "func(r Reader, buf []byte, min int) (n int, err error)", io_read_at_least},
    {"ReadFull", "func(r Reader, buf []byte) (n int, err error)", io_read_full},
    {"WriteString", "func(w Writer, s string) (n int, err error)", io_write_string},
    {"Copy", "func(dst Writer, src Reader) (written int64, err error)", io_copy},
    {"CopyBuffer", "func(dst Writer, src Reader, buf []byte) (written int64, err error)", io_copy_buffer},
    {"CopyN", "func(dst Writer, src Reader, n int64) (written int64, err error)", io_copy_n},
    {"LimitReader", "func(r Reader, n int64) Reader", io_limit_reader},
    {"MultiWriter", "func(writers ...Writer) Writer", io_multi_writer},
    {"MultiReader", "func(readers ...Reader) Reader", io_multi_reader},
    {"TeeReader", "func(r Reader, w Writer) Reader", io_tee_reader},
    {"NopCloser", "func(r Reader) ReadCloser", io_nop_closer},
    {"Pipe", "func() (*PipeReader, *PipeWriter)", io_pipe},
    {"(*LimitedReader).Read", RW_SIG, limited_read},
    {"NewSectionReader", "func(r ReaderAt, off int64, n int64) *SectionReader", io_new_section_reader},
    {"(*SectionReader).Read", RW_SIG, section_read},
    {"(*SectionReader).Seek", "func(offset int64, whence int) (int64, error)", section_seek},
    {"(*SectionReader).ReadAt", "func(p []byte, off int64) (n int, err error)", section_read_at},
    {"(*SectionReader).Size", "func() int64", section_size},
    {"(*multiWriter).Write", RW_SIG, multi_writer_write},
    {"(*multiWriter).WriteString", "func(s string) (n int, err error)", multi_writer_write_string},
    {"(*multiReader).Read", RW_SIG, multi_reader_read},
    {"(*multiReader).WriteTo", "func(w Writer) (sum int64, err error)", multi_reader_write_to},
    {"(*teeReader).Read", RW_SIG, tee_read},
    {"nopCloser.Read", RW_SIG, nop_read},
    {"nopCloser.Close", "func() error", nop_close},
    {"nopCloserWriterTo.Read", RW_SIG, nop_read},
    {"nopCloserWriterTo.Close", "func() error", nop_close},
    {"nopCloserWriterTo.WriteTo", "func(w Writer) (n int64, err error)", nop_write_to},
    {"discard.Write", RW_SIG, discard_write},
    {"discard.WriteString", "func(s string) (int, error)", discard_write_string},
    {"discard.ReadFrom", "func(r Reader) (n int64, err error)", discard_read_from},
    {"(*PipeReader).Read", "func(data []byte) (n int, err error)", pipe_read},
    {"(*PipeReader).Close", "func() error", pipe_reader_close},
    {"(*PipeReader).CloseWithError", "func(err error) error", pipe_reader_close_with_error},
    {"(*PipeWriter).Write", "func(data []byte) (n int, err error)", pipe_write},
    {"(*PipeWriter).Close", "func() error", pipe_writer_close},
    {"(*PipeWriter).CloseWithError", "func(err error) error", pipe_writer_close_with_error},
};

static const NativeType io_types[] = {
    {"Reader", "interface { Read(p []byte) (n int, err error) }"},
    {"Writer", "interface { Write(p []byte) (n int, err error) }"},
    {"Closer", "interface { Close() error }"},
    {"Seeker", "interface { Seek(offset int64, whence int) (int64, error) }"},
    {"ReadWriter", "interface { Reader; Writer }"},
    {"ReadCloser", "interface { Reader; Closer }"},
    {"WriteCloser", "interface { Writer; Closer }"},
    {"ReadWriteCloser", "interface { Reader; Writer; Closer }"},
    {"ReadSeeker", "interface { Reader; Seeker }"},
    {"ReadSeekCloser", "interface { Reader; Seeker; Closer }"},
    {"WriteSeeker", "interface { Writer; Seeker }"},
    {"ReadWriteSeeker", "interface { Reader; Writer; Seeker }"},
    {"ReaderFrom", "interface { ReadFrom(r Reader) (n int64, err error) }"},
    {"WriterTo", "interface { WriteTo(w Writer) (n int64, err error) }"},
    {"ReaderAt", "interface { ReadAt(p []byte, off int64) (n int, err error) }"},
    {"WriterAt", "interface { WriteAt(p []byte, off int64) (n int, err error) }"},
    {"ByteReader", "interface { ReadByte() (byte, error) }"},
    {"ByteScanner", "interface { ByteReader; UnreadByte() error }"},
    {"ByteWriter", "interface { WriteByte(c byte) error }"},
    {"RuneReader", "interface { ReadRune() (r rune, size int, err error) }"},
    {"RuneScanner", "interface { RuneReader; UnreadRune() error }"},
    {"StringWriter", "interface { WriteString(s string) (n int, err error) }"},
    {"LimitedReader", "struct { R Reader; N int64 }"},
    {"SectionReader", "struct { r ReaderAt; base int64; off int64; limit int64 }"},
    {"multiWriter", "struct { writers []Writer }"},
    {"multiReader", "struct { readers []Reader }"},
    {"teeReader", "struct { r Reader; w Writer }"},
    {"nopCloser", "struct { r Reader }"},
    {"nopCloserWriterTo", "struct { r Reader }"},
    {"discard", "struct {}"},
    {"pipe", "struct { wrCh chan []byte; rdCh chan int; done chan struct{}; rerr error; werr error; closed bool }"},
    {"PipeReader", "struct { p *pipe }"},
    {"PipeWriter", "struct { p *pipe }"},
};

static const NativeConst io_consts[] = {
    {"SeekStart", "untyped int", "0"},
    {"SeekCurrent", "untyped int", "1"},
    {"SeekEnd", "untyped int", "2"},
};

static const NativeVar io_vars[] = {
    {"EOF", "error", var_eof},
    {"ErrUnexpectedEOF", "error", var_unexpected_eof},
    {"ErrShortWrite", "error", var_short_write},
    {"ErrShortBuffer", "error", var_short_buffer},
    {"ErrNoProgress", "error", var_no_progress},
    {"ErrClosedPipe", "error", var_closed_pipe},
    {"Discard", "Writer", var_discard},
};

const NativePkg rt_pkg_io = {
    .path = "io", .name = "io",
    .funcs = io_funcs, .nfuncs = sizeof io_funcs / sizeof io_funcs[0],
    .types = io_types, .ntypes = sizeof io_types / sizeof io_types[0],
    .consts = io_consts, .nconsts = sizeof io_consts / sizeof io_consts[0],
    .vars = io_vars, .nvars = sizeof io_vars / sizeof io_vars[0],
};
