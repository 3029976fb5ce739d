// pkg_tabwriter.c - package text/tabwriter, Go 1.19's elastic tabstops
// algorithm (tabwriter.go) function by function: cells are collected per
// line as text is written, a line with a single cell (or \f) flushes, and
// format() computes column blocks recursively. The Writer's state lives in
// Go slices on our heap (buf, a flat cell list, line ends), so a Writer
// is an ordinary Go value; output goes through the Go io.Writer's Write.
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "pkg_internal.h"

enum { FILTER_HTML = 1, STRIP_ESCAPE = 2, ALIGN_RIGHT = 4, DISCARD_EMPTY = 8, TAB_INDENT = 16, DEBUG = 32 };
enum { ESCAPE = 0xff };

// Writer: struct { output writer; minwidth, tabwidth, padding int; padchar
// byte; flags uint; buf []byte; pos int; cell [3]int; endChar byte;
// cells []int; lineEnds []int; err error }. cells holds (size, width, htab)
// triples; lineEnds[i] is the number of triples up to the end of line i;
// the last (current) line runs from the last entry to len(cells)/3.
// ready is false in a zero Writer until its first reset (Go's b.lines is
// then empty, and terminating a cell panics with index -1).
typedef struct TabWriter {
    GoIface output;
    int64_t minwidth, tabwidth, padding;
    uint8_t padchar;
    uint64_t flags;
    GoSlice buf;
    int64_t pos;
    int64_t cell[3];
    uint8_t end_char;
    GoSlice cells, line_ends;
    GoIface err;
    bool ready;
} TabWriter;

static void append_ints(Runtime *rt, GoSlice *s, const int64_t *v, size_t n) {
    GoSlice out = rt_append(rt, &rt_ptype_int, *s, v, n);
    rt_store(rt, &rt_ptype_bytes, s, (Value){.sl = out});   // any slice type stores alike
}

static int64_t nlines(const TabWriter *b) { return (int64_t)b->line_ends.len + 1; }

// line_cells: the cells of line i (a pointer to triples) and their count.
static const int64_t *line_cells(const TabWriter *b, int64_t i, int64_t *n) {
    const int64_t *ends = b->line_ends.ptr, *cells = b->cells.ptr;
    int64_t start = i == 0 ? 0 : ends[i - 1];
    int64_t end = i < (int64_t)b->line_ends.len ? ends[i] : (int64_t)b->cells.len / 3;
    *n = end - start;
    return cells + 3 * start;
}

static void reset(TabWriter *b) {
    b->buf.len = 0;
    b->pos = 0;
    memset(b->cell, 0, sizeof b->cell);
    b->end_char = 0;
    b->cells.len = 0;
    b->line_ends.len = 0;
    b->ready = true;
}

static void add_line(Runtime *rt, TabWriter *b) {
    int64_t n = (int64_t)b->cells.len / 3;
    append_ints(rt, &b->line_ends, &n, 1);
}

// write0: the output's Write; the first error sticks and stops output.
static void write0(Runtime *rt, TabWriter *b, const void *p, size_t n) {
    if (b->err.type || n == 0) return;
    Value arg = {.w = {0, 0}}, r[2] = {{.w = {0, 0}}, {.w = {0, 0}}};
    arg.sl = rt_make_slice(rt, &rt_ptype_uint8, (int64_t)n, (int64_t)n);
    memcpy(arg.sl.ptr, p, n);
    rt_call_method(rt, b->output, "Write", &arg, 1, r);
    GoIface err = r[1].e;
    if (!err.type && r[0].i != (int64_t)n) {
        static const char msg[] = "short write";   // io.ErrShortWrite's text
        err = rt_error_new(rt, msg, sizeof msg - 1);
    }
    if (err.type) rt_store(rt, &rt_ptype_error, &b->err, (Value){.e = err});
}

static void write_n(Runtime *rt, TabWriter *b, uint8_t c, int64_t n) {
    if (n <= 0) return;
    char *p = malloc((size_t)n);
    if (!p) rt_fatal(rt, "out of memory");
    memset(p, c, (size_t)n);
    write0(rt, b, p, (size_t)n);
    free(p);
}

static void write_padding(Runtime *rt, TabWriter *b, int64_t textw, int64_t cellw, bool use_tabs) {
    if (b->padchar == '\t' || use_tabs) {
        if (b->tabwidth == 0) return;
        cellw = (cellw + b->tabwidth - 1) / b->tabwidth * b->tabwidth;
        int64_t n = cellw - textw;
        if (n < 0) rt_panic_string(rt, "internal error");
        write_n(rt, b, '\t', (n + b->tabwidth - 1) / b->tabwidth);
        return;
    }
    write_n(rt, b, b->padchar, cellw - textw);
}

typedef struct Widths { int64_t *v; size_t n, cap; } Widths;

static int64_t write_lines(Runtime *rt, TabWriter *b, const Widths *w, int64_t pos, int64_t line0, int64_t line1) {
    const uint8_t *buf = b->buf.ptr;
    for (int64_t i = line0; i < line1; i++) {
        int64_t nc;
        const int64_t *line = line_cells(b, i, &nc);
        bool use_tabs = (b->flags & TAB_INDENT) != 0;
        for (int64_t j = 0; j < nc; j++) {
            const int64_t *c = line + 3 * j;
            if (j > 0 && (b->flags & DEBUG)) write0(rt, b, "|", 1);
            if (c[0] == 0) {
                if ((size_t)j < w->n) write_padding(rt, b, c[1], w->v[j], use_tabs);
            } else {
                use_tabs = false;
                if (!(b->flags & ALIGN_RIGHT)) {
                    write0(rt, b, buf ? buf + pos : buf, (size_t)c[0]);
                    pos += c[0];
                    if ((size_t)j < w->n) write_padding(rt, b, c[1], w->v[j], false);
                } else {
                    if ((size_t)j < w->n) write_padding(rt, b, c[1], w->v[j], false);
                    write0(rt, b, buf ? buf + pos : buf, (size_t)c[0]);
                    pos += c[0];
                }
            }
        }
        if (i + 1 == nlines(b)) {
            write0(rt, b, buf ? buf + pos : buf, (size_t)b->cell[0]);
            pos += b->cell[0];
        } else {
            write0(rt, b, "\n", 1);
        }
    }
    return pos;
}

static int64_t format(Runtime *rt, TabWriter *b, Widths *w, int64_t pos, int64_t line0, int64_t line1) {
    size_t column = w->n;
    for (int64_t this = line0; this < line1; this++) {
        int64_t nc;
        const int64_t *line = line_cells(b, this, &nc);
        if ((int64_t)column >= nc - 1) continue;
        pos = write_lines(rt, b, w, pos, line0, this);
        line0 = this;
        int64_t width = b->minwidth;
        bool discardable = true;
        for (; this < line1; this++) {
            line = line_cells(b, this, &nc);
            if ((int64_t)column >= nc - 1) break;
            const int64_t *c = line + 3 * column;
            if (c[1] + b->padding > width) width = c[1] + b->padding;
            if (c[1] > 0 || c[2]) discardable = false;
        }
        if (discardable && (b->flags & DISCARD_EMPTY)) width = 0;
        if (w->n == w->cap) {
            w->cap = w->cap ? 2 * w->cap : 8;
            w->v = realloc(w->v, w->cap * sizeof *w->v);
            if (!w->v) rt_fatal(rt, "out of memory");
        }
        w->v[w->n++] = width;
        pos = format(rt, b, w, pos, line0, this);
        w->n--;
        line0 = this;
    }
    return write_lines(rt, b, w, pos, line0, line1);
}

static void append_text(Runtime *rt, TabWriter *b, const uint8_t *p, size_t n) {
    GoSlice out = rt_append(rt, &rt_ptype_uint8, b->buf, p, n);
    rt_store(rt, &rt_ptype_bytes, &b->buf, (Value){.sl = out});
    b->cell[0] += (int64_t)n;
}

static void update_width(TabWriter *b) {
    if (b->buf.len > b->pos) b->cell[1] += (int64_t)rt_rune_count((const uint8_t *)b->buf.ptr + b->pos, (size_t)(b->buf.len - b->pos));
    b->pos = b->buf.len;
}

static void end_escape(TabWriter *b) {
    switch (b->end_char) {
    case ESCAPE:
        update_width(b);
        if (!(b->flags & STRIP_ESCAPE)) b->cell[1] -= 2;
        break;
    case ';': b->cell[1]++; break;
    }
    b->pos = b->buf.len;
    b->end_char = 0;
}

static int64_t terminate_cell(Runtime *rt, TabWriter *b, bool htab) {
    if (!b->ready) rt_panic_index(rt, -1, 0);   // Go: &b.lines[len(b.lines)-1] of a zero Writer
    b->cell[2] = htab;
    append_ints(rt, &b->cells, b->cell, 3);
    memset(b->cell, 0, sizeof b->cell);
    int64_t n;
    line_cells(b, nlines(b) - 1, &n);
    return n;
}

static void flush_no_defers(Runtime *rt, TabWriter *b) {
    if (b->cell[0] > 0) {
        if (b->end_char) end_escape(b);
        terminate_cell(rt, b, false);
    }
    Widths w = {0};
    if (b->ready) format(rt, b, &w, 0, 0, nlines(b));
    free(w.v);
    reset(b);
}

static TabWriter *recv(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

static void tw_init(Runtime *rt, TabWriter *b, Value *a) {
    if (a[1].i < 0 || a[2].i < 0 || a[3].i < 0) rt_panic_string(rt, "negative minwidth, tabwidth, or padding");
    rt_store(rt, &rt_ptype_error, &b->output, a[0]);   // interface layout
    b->minwidth = a[1].i;
    b->tabwidth = a[2].i;
    b->padding = a[3].i;
    b->padchar = (uint8_t)a[4].u;
    b->flags = a[5].u;
    if (b->padchar == '\t') b->flags &= ~(uint64_t)ALIGN_RIGHT;
    rt_store(rt, &rt_ptype_error, &b->err, (Value){.w = {0, 0}});
    reset(b);
}

static void m_init(Runtime *rt, Value *a, Value *res) {
    TabWriter *b = recv(rt, a[0]);
    tw_init(rt, b, a + 1);
    res[0] = a[0];
}

static void f_new_writer(Runtime *rt, Value *a, Value *res) {
    const Type *t = rt_pkg_type(rt, "text/tabwriter", "Writer", false);
    if (!t) rt_fatal(rt, "text/tabwriter.Writer: package type missing");
    TabWriter *b = rt_alloc(rt, t);
    tw_init(rt, b, a);
    res[0] = (Value){.w = {0, 0}};
    res[0].p = b;
}

static void take_error(Runtime *rt, TabWriter *b, Value *out) {
    *out = (Value){.w = {0, 0}};
    out->e = b->err;
    rt_store(rt, &rt_ptype_error, &b->err, (Value){.w = {0, 0}});
}

typedef void (*WriterOp)(Runtime *rt, TabWriter *b, GoSlice in);

static void flush_op(Runtime *rt, TabWriter *b, GoSlice in) {
    (void)in;
    flush_no_defers(rt, b);
}

// guarded runs op as Go's Write and Flush run with `defer
// b.handlePanic(&err, op)`: a panic inside (a zero Writer, the output's
// Write method) is recovered and replaced by the string panic
// "tabwriter: panic during <op>", so Go's report shows both. (Go's
// osError panics are not needed: write errors stick in b->err.)
static void guarded(Runtime *rt, TabWriter *b, WriterOp op, GoSlice in, const char *msg) {
    PanicHandler h;
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) {
        op(rt, b, in);
        rt_pop_handler(rt, &h);
        return;
    }
    rt_current_panic(rt)->recovered = true;   // handlePanic's recover()
    if (op == flush_op) reset(b);
    rt_panic_string(rt, msg);
}

static void m_flush(Runtime *rt, Value *a, Value *res) {
    TabWriter *b = recv(rt, a[0]);
    guarded(rt, b, flush_op, (GoSlice){0}, "tabwriter: panic during Flush");
    take_error(rt, b, &res[0]);
}

static void write_op(Runtime *rt, TabWriter *b, GoSlice in) {
    const uint8_t *buf = in.ptr;
    size_t n = 0;
    for (size_t i = 0; i < in.len; i++) {
        uint8_t ch = buf[i];
        if (b->end_char == 0) {
            if (ch == '\t' || ch == '\v' || ch == '\n' || ch == '\f') {
                append_text(rt, b, buf + n, i - n);
                update_width(b);
                n = i + 1;
                int64_t ncells = terminate_cell(rt, b, ch == '\t');
                if (ch == '\n' || ch == '\f') {
                    add_line(rt, b);
                    if (ch == '\f' || ncells == 1) {
                        flush_no_defers(rt, b);
                        if (ch == '\f' && (b->flags & DEBUG)) write0(rt, b, "---\n", 4);
                    }
                }
            } else if (ch == ESCAPE) {
                append_text(rt, b, buf + n, i - n);
                update_width(b);
                n = i;
                if (b->flags & STRIP_ESCAPE) n++;
                b->end_char = ESCAPE;
            } else if ((ch == '<' || ch == '&') && (b->flags & FILTER_HTML)) {
                append_text(rt, b, buf + n, i - n);
                update_width(b);
                n = i;
                b->end_char = ch == '<' ? '>' : ';';
            }
        } else if (ch == b->end_char) {
            size_t j = i + 1;
            if (ch == ESCAPE && (b->flags & STRIP_ESCAPE)) j = i;
            append_text(rt, b, buf + n, j - n);
            n = i + 1;
            end_escape(b);
        }
    }
    append_text(rt, b, buf + n, in.len - n);
}

static void m_write(Runtime *rt, Value *a, Value *res) {
    TabWriter *b = recv(rt, a[0]);
    guarded(rt, b, write_op, a[1].sl, "tabwriter: panic during Write");
    res[0] = (Value){.w = {0, 0}};
    res[0].i = a[1].sl.len;
    take_error(rt, b, &res[1]);
}

static const NativeFunc tabwriter_funcs[] = {
    {"NewWriter", "func(output writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer", f_new_writer},
    {"(*Writer).Init", "func(output writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer", m_init},
    {"(*Writer).Write", "func(buf []byte) (n int, err error)", m_write},
    {"(*Writer).Flush", "func() error", m_flush},
};

static const NativeType tabwriter_types[] = {
    {"writer", "interface { Write(p []byte) (n int, err error) }"},
    {"Writer", "struct { output writer; minwidth int; tabwidth int; padding int; padchar byte; flags uint; "
               "buf []byte; pos int; cell [3]int; endChar byte; cells []int; lineEnds []int; err error; ready bool }"},
};

static const NativeConst tabwriter_consts[] = {
    {"FilterHTML", "uint", "1"},
    {"StripEscape", "uint", "2"},
    {"AlignRight", "uint", "4"},
    {"DiscardEmptyColumns", "uint", "8"},
    {"TabIndent", "uint", "16"},
    {"Debug", "uint", "32"},
    {"Escape", "untyped rune", "255"},
};

const NativePkg rt_pkg_tabwriter = {
    .path = "text/tabwriter", .name = "tabwriter",
    .funcs = tabwriter_funcs, .nfuncs = sizeof tabwriter_funcs / sizeof tabwriter_funcs[0],
    .types = tabwriter_types, .ntypes = sizeof tabwriter_types / sizeof tabwriter_types[0],
    .consts = tabwriter_consts, .nconsts = sizeof tabwriter_consts / sizeof tabwriter_consts[0],
};
