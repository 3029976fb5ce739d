// output.c - StrBuf (a growable malloc'ed byte buffer for C-side text)
// and the process's buffered standard output.
//
// Invariants: os.Stdout bytes are kept in rt->out and reach fd 1 in order:
// when the buffer passes OUT_FLUSH_AT bytes, at rt_flush (exit, before
// reading stdin) and before every write to stderr, so interleaving of
// stdout and stderr is what an unbuffered Go program would produce.
// StrBuf memory is C memory, never Go memory: it must not hold the only
// reference to a heap object.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"

enum { OUT_FLUSH_AT = 64 * 1024 };

// ---- StrBuf -------------------------------------------------------------------

static void sb_reserve(StrBuf *b, size_t extra) {
    if (b->len + extra <= b->cap) return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < b->len + extra) cap *= 2;
    char *p = realloc(b->p, cap);
    if (!p) {
        // Go's words and exit status; no Runtime here to flush or trace
        static const char msg[] = "fatal error: runtime: out of memory\n";
        if (write(2, msg, sizeof msg - 1) < 0) _exit(2);
        _exit(2);
    }
    b->p = p;
    b->cap = cap;
}

void sb_putc(StrBuf *b, char c) {
    sb_reserve(b, 1);
    b->p[b->len++] = c;
}

void sb_put(StrBuf *b, const void *p, size_t n) {
    if (n == 0) return;
    sb_reserve(b, n);
    memcpy(b->p + b->len, p, n);
    b->len += n;
}

void sb_puts(StrBuf *b, const char *s) { sb_put(b, s, strlen(s)); }

void sb_printf(StrBuf *b, const char *fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        sb_put(b, small, (size_t)n);
        return;
    }
    sb_reserve(b, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(b->p + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void sb_free(StrBuf *b) {
    free(b->p);
    b->p = NULL;
    b->len = b->cap = 0;
}

// ---- stdout / stderr --------------------------------------------------------------

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return;   // EPIPE and friends: Go drops the output as well
        }
        p += w;
        n -= (size_t)w;
    }
}

void rt_flush(Runtime *rt) {
    if (rt->out.len == 0) return;
    write_all(1, rt->out.p, rt->out.len);
    rt->out.len = 0;
}

void rt_write_stdout(Runtime *rt, const void *p, size_t n) {
    if (rt->out.len + n > OUT_FLUSH_AT) {
        rt_flush(rt);
        if (n > OUT_FLUSH_AT) {
            write_all(1, p, n);
            return;
        }
    }
    sb_put(&rt->out, p, n);
}

void rt_write_stderr(Runtime *rt, const void *p, size_t n) {
    rt_flush(rt);
    write_all(2, p, n);
}
