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
#include <signal.h>
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

// ---- SIGPIPE ----------------------------------------------------------------------
// Go's rule: a write to a broken pipe fails with EPIPE on any descriptor
// but 1 and 2, where it kills the program with SIGPIPE (unless the program
// ignores or catches the signal). So SIGPIPE gets a handler doing nothing
// (an exec'd child starts with the default again), and a broken stdout or
// stderr dies of it by hand.

static void sigpipe_noop(int sig) { (void)sig; }

void rt_sigpipe_init(void) {
    struct sigaction old;
    if (sigaction(SIGPIPE, NULL, &old) < 0 || old.sa_handler != SIG_DFL) return;
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = sigpipe_noop;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_RESTART;
    sigaction(SIGPIPE, &sa, NULL);
}

static void die_of_sigpipe(void) {
    struct sigaction old;
    if (sigaction(SIGPIPE, NULL, &old) < 0 || old.sa_handler != sigpipe_noop) return;
    signal(SIGPIPE, SIG_DFL);
    raise(SIGPIPE);
}

// ---- stdout / stderr --------------------------------------------------------------

static void write_all(int fd, const char *p, size_t n) {
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            if (errno == EPIPE) die_of_sigpipe();
            return;   // other errors: Go drops the output as well
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
