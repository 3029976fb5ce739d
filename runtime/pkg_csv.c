// pkg_csv.c - package encoding/csv, ported from Go 1.19's reader.go and
// writer.go: readRecord's field rules (quotes, doubled quotes, fields
// across lines, LazyQuotes, TrimLeadingSpace, comments, empty lines),
// *ParseError with its line/column texts, FieldsPerRecord, ReuseRecord,
// FieldPos and InputOffset; Writer's quoting rules (fieldNeedsQuotes) and
// UseCRLF. Input is read through a *bufio.Reader as Go's is (ReadSlice);
// a record is parsed in C buffers and handed back as one []string.
//
// Reader is "struct { Comma rune; Comment rune; FieldsPerRecord int;
// LazyQuotes bool; TrimLeadingSpace bool; ReuseRecord bool; TrailingComma
// bool; r *bufio.Reader; numLine int; offset int64; fieldPos []int;
// lastRecord []string }"; Writer is "struct { Comma rune; UseCRLF bool;
// w *bufio.Writer }".
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

typedef struct CsvReader {
    int32_t comma, comment;
    int64_t fields_per_record;
    bool lazy_quotes, trim_leading_space, reuse_record, trailing_comma;
    void *r;
    int64_t num_line, offset;
    GoSlice field_pos, last_record;
} CsvReader;
typedef struct CsvWriter { int32_t comma; bool use_crlf; void *w; } CsvWriter;
typedef struct ParseError { int64_t start_line, line, column; GoIface err; } ParseError;

static const GoIface no_error = {NULL, NULL};
static const GoString err_trailing_comma = {(const uint8_t *)"extra delimiter at end of line", 30};
static const GoString err_bare_quote = {(const uint8_t *)"bare \" in non-quoted-field", 26};
static const GoString err_quote = {(const uint8_t *)"extraneous or missing \" in quoted-field", 39};
static const GoString err_field_count = {(const uint8_t *)"wrong number of fields", 22};
static const GoString err_invalid_delim = {(const uint8_t *)"csv: invalid field or comment delimiter", 39};

static const Type *csv_type(Runtime *rt, const char *name, bool ptr) {
    const Type *t = rt_pkg_type(rt, "encoding/csv", name, ptr);
    if (!t)
        rt_fatal(rt, "csv.%s: package type missing", name);
    return t;
}

static bool valid_delim(int32_t r) {
    return r != 0 && r != '"' && r != '\r' && r != '\n' && r >= 0 && r <= 0x10ffff && !(r >= 0xd800 && r <= 0xdfff) &&
           r != 0xfffd;
}

static GoIface parse_error(Runtime *rt, int64_t start, int64_t line, int64_t col, const GoString *e) {
    ParseError *pe = rt_alloc(rt, csv_type(rt, "ParseError", false));
    pe->start_line = start;
    pe->line = line;
    pe->column = col;
    rt_store(rt, &rt_ptype_error, &pe->err, (Value){.e = rt_error_static(e)});
    return (GoIface){csv_type(rt, "ParseError", true), pe};
}

static void parse_error_error(Runtime *rt, Value *a, Value *res) {
    ParseError *e = a[0].p;
    if (!e)
        rt_panic_nil_deref(rt);
    StrBuf b = {0};
    GoString t = {NULL, 0};
    rt_error_text(rt, e->err, &t);
    if (e->err.data == (void *)&err_field_count)
        sb_printf(&b, "record on line %ld: ", (long)e->line);
    else if (e->start_line != e->line)
        sb_printf(&b, "record on line %ld; parse error on line %ld, column %ld: ", (long)e->start_line,
                  (long)e->line, (long)e->column);
    else
        sb_printf(&b, "parse error on line %ld, column %ld: ", (long)e->line, (long)e->column);
    sb_put(&b, t.ptr, (size_t)t.len);
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

static void parse_error_unwrap(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    res[0].e = ((ParseError *)a[0].p)->err;
}

// ---- Reader ----------------------------------------------------------------------------

static void new_reader(Runtime *rt, Value *a, Value *res) {
    CsvReader *r = rt_alloc(rt, csv_type(rt, "Reader", false));
    r->comma = ',';
    Value br[1];
    rt_bufio_new_reader(rt, a, br);
    gc_write_ptr(rt, &r->r, br[0].p);
    res[0].w[1] = 0;
    res[0].p = r;
}

// read_line: Go's readLine into line (replaced): false at the end (io.EOF)
// with nothing read; *err other read errors.
static bool read_line(Runtime *rt, CsvReader *r, StrBuf *line, GoIface *err) {
    line->len = 0;
    *err = no_error;
    Value a[2], res[2];
    a[0].w[1] = 0;
    a[0].p = r->r;
    a[1].w[1] = 0;
    a[1].u = '\n';
    GoIface full = rt_bufio_error(0);
    for (;;) {
        rt_bufio_reader_read_slice(rt, a, res);
        sb_put(line, res[0].sl.ptr, res[0].sl.len);
        if (res[1].e.type != full.type || res[1].e.data != full.data)
            break;
    }
    GoIface e = res[1].e;
    size_t n = line->len;
    bool eof = e.type && e.data == rt_io_eof().data;
    if (n > 0 && eof) {
        e = no_error;
        eof = false;
        if (line->p[n - 1] == '\r')
            line->len--;
    }
    if (eof)
        return false;
    *err = e;
    r->num_line++;
    r->offset += (int64_t)n;
    n = line->len;
    if (n >= 2 && line->p[n - 2] == '\r' && line->p[n - 1] == '\n') {
        line->p[n - 2] = '\n';
        line->len--;
    }
    return true;
}

static size_t length_nl(const char *p, size_t n) { return n > 0 && p[n - 1] == '\n' ? 1 : 0; }

static int32_t first_rune(const char *p, size_t n) {
    int w;
    return n ? rt_decode_rune((GoString){(const uint8_t *)p, (int64_t)n}, 0, &w) : 0xfffd;
}

// Field boundaries and positions of the record being parsed.
typedef struct Fields { int64_t *end, *line, *col; size_t n, cap; } Fields;

static void add_field(Fields *f, size_t end, int64_t line, int64_t col) {
    if (f->n == f->cap) {
        f->cap = f->cap ? f->cap * 2 : 16;
        f->end = realloc(f->end, f->cap * sizeof *f->end);
        f->line = realloc(f->line, f->cap * sizeof *f->line);
        f->col = realloc(f->col, f->cap * sizeof *f->col);
        if (!f->end || !f->line || !f->col)
            abort();
    }
    f->end[f->n] = (int64_t)end;
    f->line[f->n] = line;
    f->col[f->n] = col;
    f->n++;
}

static int comma_len(int32_t c) {
    char tmp[4];
    return rt_encode_rune(tmp, c);
}

// index_rune: the byte index of rune c in p[0..n), -1 if absent.
static int64_t index_rune(const char *p, size_t n, int32_t c) {
    char enc[4];
    int k = rt_encode_rune(enc, c);
    for (size_t i = 0; i + (size_t)k <= n; i++)
        if (memcmp(p + i, enc, (size_t)k) == 0)
            return (int64_t)i;
    return -1;
}

// parse_record: Go's readRecord after the line is read: the fields into
// rec/fields; returns the error (nil, a *ParseError or a read error).
static GoIface parse_record(Runtime *rt, CsvReader *r, StrBuf *lb, GoIface err_read, StrBuf *rec, Fields *f) {
    const char *line = lb->p;
    size_t len = lb->len;
    int64_t rec_line = r->num_line, pline = r->num_line, pcol = 1;
    int clen = comma_len(r->comma);
    for (;;) {
        if (r->trim_leading_space) {
            size_t i = 0;
            while (i < len) {
                int w;
                int32_t c = rt_decode_rune((GoString){(const uint8_t *)line + i, (int64_t)(len - i)}, 0, &w);
                if (!rt_is_space(c))
                    break;
                i += (size_t)w;
            }
            if (i == len)
                pcol -= (int64_t)length_nl(line, len);
            line += i;
            len -= i;
            pcol += (int64_t)i;
        }
        if (len == 0 || line[0] != '"') {
            int64_t i = index_rune(line, len, r->comma);
            size_t flen = i >= 0 ? (size_t)i : len - length_nl(line, len);
            if (!r->lazy_quotes) {
                const char *q = memchr(line, '"', flen);
                if (q)
                    return parse_error(rt, rec_line, r->num_line, pcol + (q - line), &err_bare_quote);
            }
            sb_put(rec, line, flen);
            add_field(f, rec->len, pline, pcol);
            if (i >= 0) {
                line += i + clen;
                len -= (size_t)i + (size_t)clen;
                pcol += i + clen;
                continue;
            }
            return err_read;
        }
        int64_t fline = pline, fcol = pcol;
        line++;
        len--;
        pcol++;
        for (;;) {
            const char *q = memchr(line, '"', len);
            if (q) {
                size_t i = (size_t)(q - line);
                sb_put(rec, line, i);
                line += i + 1;
                len -= i + 1;
                pcol += (int64_t)i + 1;
                int32_t rn = first_rune(line, len);
                if (len > 0 && rn == '"') {
                    sb_putc(rec, '"');
                    line++;
                    len--;
                    pcol++;
                } else if (len > 0 && rn == r->comma) {
                    line += clen;
                    len -= (size_t)clen;
                    pcol += clen;
                    add_field(f, rec->len, fline, fcol);
                    break;
                } else if (length_nl(line, len) == len) {
                    add_field(f, rec->len, fline, fcol);
                    return err_read;
                } else if (r->lazy_quotes) {
                    sb_putc(rec, '"');
                } else {
                    return parse_error(rt, rec_line, r->num_line, pcol - 1, &err_quote);
                }
            } else if (len > 0) {
                sb_put(rec, line, len);
                if (err_read.type)
                    return err_read;
                pcol += (int64_t)len;
                bool more = read_line(rt, r, lb, &err_read);
                line = lb->p;
                len = more ? lb->len : 0;
                if (len > 0) {
                    pline++;
                    pcol = 1;
                }
            } else {
                if (!r->lazy_quotes && !err_read.type)
                    return parse_error(rt, rec_line, pline, pcol, &err_quote);
                add_field(f, rec->len, fline, fcol);
                return err_read;
            }
        }
    }
}

// read_record: Go's readRecord: the record, or NULL slice and io.EOF.
static GoSlice read_record(Runtime *rt, CsvReader *r, GoSlice dst, GoIface *err) {
    *err = no_error;
    if (r->comma == r->comment || !valid_delim(r->comma) || (r->comment != 0 && !valid_delim(r->comment))) {
        *err = rt_error_static(&err_invalid_delim);
        return (GoSlice){NULL, 0, 0};
    }
    StrBuf line = {0}, rec = {0};
    GoIface err_read = no_error;
    bool got = false;
    while (!err_read.type) {
        got = read_line(rt, r, &line, &err_read);
        if (!got)
            break;
        if (r->comment != 0 && first_rune(line.p, line.len) == r->comment)
            continue;
        if (!err_read.type && line.len == length_nl(line.p, line.len))
            continue;
        break;
    }
    if (!got) {
        sb_free(&line);
        *err = rt_io_eof();
        return (GoSlice){NULL, 0, 0};
    }
    Fields f = {0};
    int64_t rec_line = r->num_line;
    GoIface e = parse_record(rt, r, &line, err_read, &rec, &f);
    GoSlice out = dst.cap >= f.n ? (GoSlice){dst.ptr, (uint32_t)f.n, dst.cap}
                                 : rt_make_slice(rt, &rt_ptype_string, (int64_t)f.n, (int64_t)f.n);
    GoString all = rt_string_from_c(rt, rec.p ? rec.p : "", rec.len);
    GoSlice pos = rt_make_slice(rt, &rt_ptype_int, (int64_t)f.n * 2, (int64_t)f.n * 2);
    int64_t pre = 0;
    for (size_t i = 0; i < f.n; i++) {
        GoString s = {all.ptr + pre, f.end[i] - pre};
        rt_store(rt, &rt_ptype_string, (GoString *)out.ptr + i, (Value){.s = s});
        pre = f.end[i];
        ((int64_t *)pos.ptr)[2 * i] = f.line[i];
        ((int64_t *)pos.ptr)[2 * i + 1] = f.col[i];
    }
    rt_store(rt, &rt_ptype_bytes, &r->field_pos, (Value){.sl = pos});
    free(f.end);
    free(f.line);
    free(f.col);
    sb_free(&line);
    sb_free(&rec);
    if (r->fields_per_record > 0) {
        if ((int64_t)f.n != r->fields_per_record && !e.type)
            e = parse_error(rt, rec_line, rec_line, 1, &err_field_count);
    } else if (r->fields_per_record == 0) {
        r->fields_per_record = (int64_t)f.n;
    }
    *err = e;
    return out;
}

static CsvReader *reader_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void reader_read(Runtime *rt, Value *a, Value *res) {
    CsvReader *r = reader_of(rt, a[0]);
    GoIface err;
    GoSlice rec;
    if (r->reuse_record) {
        rec = read_record(rt, r, r->last_record, &err);
        rt_store(rt, &rt_ptype_bytes, &r->last_record, (Value){.sl = rec});
    } else {
        rec = read_record(rt, r, (GoSlice){NULL, 0, 0}, &err);
    }
    res[0].sl = rec;
    res[1].e = err;
}

static void reader_read_all(Runtime *rt, Value *a, Value *res) {
    CsvReader *r = reader_of(rt, a[0]);
    GoSlice all = {NULL, 0, 0};
    for (;;) {
        GoIface err;
        GoSlice rec = read_record(rt, r, (GoSlice){NULL, 0, 0}, &err);
        if (err.type && err.data == rt_io_eof().data) {
            res[0].sl = all;
            res[1].e = no_error;
            return;
        }
        if (err.type) {
            res[0].sl = (GoSlice){NULL, 0, 0};
            res[1].e = err;
            return;
        }
        all = rt_append(rt, &rt_ptype_bytes, all, &rec, 1);
    }
}

static void reader_field_pos(Runtime *rt, Value *a, Value *res) {
    CsvReader *r = reader_of(rt, a[0]);
    int64_t i = a[1].i;
    if (i < 0 || i >= (int64_t)r->field_pos.len / 2)
        rt_panic(rt, rt_iface_box(rt, &rt_ptype_string,
                                  (Value){.s = rt_string_from_c(rt, "out of range index passed to FieldPos", 37)}));
    res[0].i = ((int64_t *)r->field_pos.ptr)[2 * i];
    res[1].i = ((int64_t *)r->field_pos.ptr)[2 * i + 1];
}

static void reader_input_offset(Runtime *rt, Value *a, Value *res) { res[0].i = reader_of(rt, a[0])->offset; }

// ---- Writer ----------------------------------------------------------------------------

static void new_writer(Runtime *rt, Value *a, Value *res) {
    CsvWriter *w = rt_alloc(rt, csv_type(rt, "Writer", false));
    w->comma = ',';
    Value bw[1];
    rt_native_call(rt, "bufio", "NewWriter", a, bw);
    gc_write_ptr(rt, &w->w, bw[0].p);
    res[0].w[1] = 0;
    res[0].p = w;
}

static bool needs_quotes(GoString f, int32_t comma) {
    if (f.len == 0)
        return false;
    if (f.len == 2 && f.ptr[0] == '\\' && f.ptr[1] == '.')
        return true;
    for (int64_t i = 0; i < f.len; i++)
        if (f.ptr[i] == '\n' || f.ptr[i] == '\r' || f.ptr[i] == '"')
            return true;
    if (index_rune((const char *)f.ptr, (size_t)f.len, comma) >= 0)
        return true;
    int w;
    return rt_is_space(rt_decode_rune(f, 0, &w));
}

static GoIface write_record(Runtime *rt, CsvWriter *w, GoSlice record) {
    if (!valid_delim(w->comma))
        return rt_error_static(&err_invalid_delim);
    StrBuf b = {0};
    char enc[4];
    for (uint32_t n = 0; n < record.len; n++) {
        GoString f = ((GoString *)record.ptr)[n];
        if (n > 0)
            sb_put(&b, enc, (size_t)rt_encode_rune(enc, w->comma));
        if (!needs_quotes(f, w->comma)) {
            sb_put(&b, f.ptr, (size_t)f.len);
            continue;
        }
        sb_putc(&b, '"');
        for (int64_t i = 0; i < f.len; i++) {
            uint8_t c = f.ptr[i];
            if (c == '"')
                sb_puts(&b, "\"\"");
            else if (c == '\r') {
                if (!w->use_crlf)
                    sb_putc(&b, '\r');
            } else if (c == '\n')
                sb_puts(&b, w->use_crlf ? "\r\n" : "\n");
            else
                sb_putc(&b, (char)c);
        }
        sb_putc(&b, '"');
    }
    sb_puts(&b, w->use_crlf ? "\r\n" : "\n");
    GoIface err;
    rt_bufio_write(rt, w->w, b.p, b.len, &err);
    sb_free(&b);
    return err;
}

static CsvWriter *writer_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void writer_write(Runtime *rt, Value *a, Value *res) { res[0].e = write_record(rt, writer_of(rt, a[0]), a[1].sl); }

static void writer_flush(Runtime *rt, Value *a, Value *res) {
    Value b[1], r[1];
    b[0].w[1] = 0;
    b[0].p = writer_of(rt, a[0])->w;
    rt_native_call(rt, "bufio", "(*Writer).Flush", b, r);
    (void)res;
}

// Error: Go's w.w.Write(nil): the bufio.Writer's sticky error.
static void writer_error(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    rt_bufio_write(rt, writer_of(rt, a[0])->w, NULL, 0, &err);
    res[0].e = err;
}

static void writer_write_all(Runtime *rt, Value *a, Value *res) {
    CsvWriter *w = writer_of(rt, a[0]);
    for (uint32_t i = 0; i < a[1].sl.len; i++) {
        GoIface e = write_record(rt, w, ((GoSlice *)a[1].sl.ptr)[i]);
        if (e.type) {
            res[0].e = e;
            return;
        }
    }
    Value b[1];
    b[0].w[1] = 0;
    b[0].p = w->w;
    rt_native_call(rt, "bufio", "(*Writer).Flush", b, res);
}

static void var_err_trailing_comma(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_trailing_comma); }
static void var_err_bare_quote(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_bare_quote); }
static void var_err_quote(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_quote); }
static void var_err_field_count(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_field_count); }

static const NativeFunc csv_funcs[] = {
    {"NewReader", "func(r io.Reader) *Reader", new_reader},
    {"NewWriter", "func(w io.Writer) *Writer", new_writer},
    {"(*Reader).Read", "func() (record []string, err error)", reader_read},
    {"(*Reader).ReadAll", "func() (records [][]string, err error)", reader_read_all},
    {"(*Reader).FieldPos", "func(field int) (line, column int)", reader_field_pos},
    {"(*Reader).InputOffset", "func() int64", reader_input_offset},
    {"(*Writer).Write", "func(record []string) error", writer_write},
    {"(*Writer).WriteAll", "func(records [][]string) error", writer_write_all},
    {"(*Writer).Flush", "func()", writer_flush},
    {"(*Writer).Error", "func() error", writer_error},
    {"(*ParseError).Error", "func() string", parse_error_error},
    {"(*ParseError).Unwrap", "func() error", parse_error_unwrap},
};

static const NativeType csv_types[] = {
    {"Reader", "struct { Comma rune; Comment rune; FieldsPerRecord int; LazyQuotes bool; TrimLeadingSpace bool; "
               "ReuseRecord bool; TrailingComma bool; r *bufio.Reader; numLine int; offset int64; fieldPos []int; "
               "lastRecord []string }"},
    {"Writer", "struct { Comma rune; UseCRLF bool; w *bufio.Writer }"},
    {"ParseError", "struct { StartLine int; Line int; Column int; Err error }"},
};

static const NativeVar csv_vars[] = {
    {"ErrTrailingComma", "error", var_err_trailing_comma},
    {"ErrBareQuote", "error", var_err_bare_quote},
    {"ErrQuote", "error", var_err_quote},
    {"ErrFieldCount", "error", var_err_field_count},
};

static const char *const csv_imports[] = {"io", "bufio", NULL};

const NativePkg rt_pkg_csv = {
    .path = "encoding/csv", .name = "csv",
    .funcs = csv_funcs, .nfuncs = sizeof csv_funcs / sizeof csv_funcs[0],
    .types = csv_types, .ntypes = sizeof csv_types / sizeof csv_types[0],
    .vars = csv_vars, .nvars = sizeof csv_vars / sizeof csv_vars[0],
    .imports = csv_imports,
};
