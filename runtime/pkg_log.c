// pkg_log.c - package log, after Go 1.19's log.go: Logger (prefix, flags,
// output), the standard logger (the runtime's package state, writing to
// os.Stderr with LstdFlags), Go's header format (formatHeader: date, time,
// microseconds, UTC, file:line, Lmsgprefix), Print/Printf/Println,
// Fatal* (exit status 1) and Panic* (panic with the message).
//
// Logger is "struct { prefix string; flag int; out io.Writer }". The
// caller's file:line for Lshortfile/Llongfile comes from the interpreter's
// trace (RtHooks.print_frames): the innermost Go frame is the caller.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "internal.h"
#include "pkg_internal.h"

typedef struct Logger { GoString prefix; int64_t flag; GoIface out; } Logger;

enum { LDATE = 1, LTIME = 2, LMICRO = 4, LLONGFILE = 8, LSHORTFILE = 16, LUTC = 32, LMSGPREFIX = 64 };

static const Type *logger_type(Runtime *rt, bool ptr) {
    const Type *t = rt_pkg_type(rt, "log", "Logger", ptr);
    if (!t)
        rt_fatal(rt, "log.Logger: package type missing");
    return t;
}

// stderr_file: os.Stderr as it was when the program started (Go's log
// captures it in log.std at init, so assigning os.Stderr later does not
// move the standard logger).
static GoIface stderr_file(Runtime *rt) { return (GoIface){rt_pkg_type(rt, "os", "File", true), rt_os_stderr(rt)}; }

static Logger *new_logger(Runtime *rt, GoIface out, GoString prefix, int64_t flag) {
    Logger *l = rt_alloc(rt, logger_type(rt, false));
    rt_store(rt, &rt_ptype_string, &l->prefix, (Value){.s = prefix});
    rt_store(rt, &rt_ptype_error, &l->out, (Value){.e = out});
    l->flag = flag;
    return l;
}

static Logger *std_logger(Runtime *rt) {
    void **slot = rt_pkg_state(rt, RT_PKG_STATE_LOG);
    if (!*slot)
        gc_write_ptr(rt, slot, new_logger(rt, stderr_file(rt), (GoString){NULL, 0}, LDATE | LTIME));
    return *slot;
}

static Logger *logger_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

// ---- the header -------------------------------------------------------------------------

static void itoa_w(StrBuf *b, long v, int wid) { sb_printf(b, "%0*ld", wid, v); }

// Where Go's log.go calls runtime.Caller (Logger.Output, Go 1.19) and
// where package-level Output calls it: an Output calldepth that lands
// inside package log reports these lines of log.go, as Go does.
#define LOG_GO "/usr/lib/go-1.19/src/log/log.go"
enum { LOG_GO_LOGGER_OUTPUT = 185, LOG_GO_OUTPUT = 413 };

// caller_file: the file and line of the Go frame skip frames out from the
// innermost one ("???" and 0 if there is none, as Go's log); a negative
// skip is -line of a frame inside log.go.
static void caller_file(Runtime *rt, int skip, StrBuf *file, int *line) {
    size_t start = file->len;
    *line = 0;
    if (skip < 0) {
        sb_puts(file, LOG_GO);
        *line = -skip;
        return;
    }
    char *text = NULL;
    size_t len = 0;
    FILE *f = rt->hooks.print_frames ? open_memstream(&text, &len) : NULL;
    if (f) {
        rt->hooks.print_frames(rt->hooks.ctx, f);
        fclose(f);
        char *tab = text ? strchr(text, '\t') : NULL;
        for (int i = 0; i < skip && tab; i++)
            tab = strchr(tab + 1, '\t');
        char *colon = tab ? strchr(tab, ':') : NULL;
        if (tab && colon) {
            sb_put(file, tab + 1, (size_t)(colon - tab - 1));
            *line = atoi(colon + 1);
        }
    }
    free(text);
    if (file->len == start)
        sb_puts(file, "???");
}

static void format_header(Runtime *rt, Logger *l, int skip, StrBuf *b) {
    if (!(l->flag & LMSGPREFIX))
        sb_put(b, l->prefix.ptr, (size_t)l->prefix.len);
    if (l->flag & (LDATE | LTIME | LMICRO)) {
        struct timespec ts;
        clock_gettime(CLOCK_REALTIME, &ts);
        struct tm tm;
        if (l->flag & LUTC)
            gmtime_r(&ts.tv_sec, &tm);
        else
            localtime_r(&ts.tv_sec, &tm);
        if (l->flag & LDATE) {
            itoa_w(b, tm.tm_year + 1900, 4);
            sb_putc(b, '/');
            itoa_w(b, tm.tm_mon + 1, 2);
            sb_putc(b, '/');
            itoa_w(b, tm.tm_mday, 2);
            sb_putc(b, ' ');
        }
        if (l->flag & (LTIME | LMICRO)) {
            itoa_w(b, tm.tm_hour, 2);
            sb_putc(b, ':');
            itoa_w(b, tm.tm_min, 2);
            sb_putc(b, ':');
            itoa_w(b, tm.tm_sec, 2);
            if (l->flag & LMICRO) {
                sb_putc(b, '.');
                itoa_w(b, ts.tv_nsec / 1000, 6);
            }
            sb_putc(b, ' ');
        }
    }
    if (l->flag & (LSHORTFILE | LLONGFILE)) {
        StrBuf file = {0};
        int line;
        if (!(l->flag & LSHORTFILE)) {   // Go records the absolute path of the source
            char *cwd = getcwd(NULL, 0);
            if (cwd)
                sb_printf(&file, "%s/", cwd);
            free(cwd);
        }
        size_t at = file.len;
        caller_file(rt, skip, &file, &line);
        bool unknown = file.len - at == 3 && memcmp(file.p + at, "???", 3) == 0;
        if (at && file.len > at && (file.p[at] == '/' || unknown)) {   // already absolute, or no file
            memmove(file.p, file.p + at, file.len - at);
            file.len -= at;
        }
        const char *name = file.p;
        size_t n = file.len;
        if (l->flag & LSHORTFILE) {
            for (size_t i = file.len; i-- > 1;) {
                if (file.p[i] == '/') {
                    name = file.p + i + 1;
                    n = file.len - i - 1;
                    break;
                }
            }
        }
        sb_put(b, name, n);
        sb_printf(b, ":%d: ", line);
        sb_free(&file);
    }
    if (l->flag & LMSGPREFIX)
        sb_put(b, l->prefix.ptr, (size_t)l->prefix.len);
}

// output: Logger.Output: header, message, a newline if missing, one Write;
// skip: the Go frames between the caller to report and the innermost one.
static GoIface output(Runtime *rt, Logger *l, int skip, const char *s, size_t n) {
    StrBuf b = {0};
    format_header(rt, l, skip, &b);
    sb_put(&b, s, n);
    if (n == 0 || s[n - 1] != '\n')
        sb_putc(&b, '\n');
    GoIface err;
    rt_io_write(rt, l->out, b.p, (int64_t)b.len, &err);
    sb_free(&b);
    return err;
}

// ---- printing --------------------------------------------------------------------------------

typedef enum { P_PRINT, P_PRINTF, P_PRINTLN } PrintKind;
typedef enum { A_NONE, A_FATAL, A_PANIC } After;

// log_print formats args (a[0] format for Printf) as fmt does, writes it
// through l, then exits or panics.
static void log_print(Runtime *rt, Logger *l, Value *a, PrintKind k, After after) {
    StrBuf b = {0};
    Value va = k == P_PRINTF ? a[1] : a[0];
    const GoIface *args = va.sl.ptr;
    int n = (int)va.sl.len;
    if (k == P_PRINT)
        rt_fmt_sprint(rt, &b, args, n);
    else if (k == P_PRINTLN)
        rt_fmt_sprintln(rt, &b, args, n);
    else
        rt_fmt_sprintf(rt, &b, a[0].s, args, n);
    output(rt, l, 0, b.p ? b.p : "", b.len);
    if (after == A_FATAL) {
        sb_free(&b);
        rt_exit(rt, 1);
    }
    if (after == A_PANIC) {
        GoString s = rt_string_from_c(rt, b.p ? b.p : "", b.len);
        sb_free(&b);
        rt_panic(rt, rt_iface_box(rt, &rt_ptype_string, (Value){.s = s}));
    }
    sb_free(&b);
}

#define PRINTERS(Name, K, A)                                                                         \
    static void pk_##Name(Runtime *rt, Value *a, Value *res) {                                       \
        (void)res;                                                                                   \
        log_print(rt, std_logger(rt), a, K, A);                                                      \
    }                                                                                                \
    static void lg_##Name(Runtime *rt, Value *a, Value *res) {                                       \
        (void)res;                                                                                   \
        log_print(rt, logger_of(rt, a[0]), a + 1, K, A);                                             \
    }

PRINTERS(print, P_PRINT, A_NONE)
PRINTERS(printf, P_PRINTF, A_NONE)
PRINTERS(println, P_PRINTLN, A_NONE)
PRINTERS(fatal, P_PRINT, A_FATAL)
PRINTERS(fatalf, P_PRINTF, A_FATAL)
PRINTERS(fatalln, P_PRINTLN, A_FATAL)
PRINTERS(panic, P_PRINT, A_PANIC)
PRINTERS(panicf, P_PRINTF, A_PANIC)
PRINTERS(panicln, P_PRINTLN, A_PANIC)

// Output(calldepth, s): calldepth 1 reports Output's caller (the innermost
// Go frame); 0 reports Logger.Output itself in log.go, and for the package
// function -1 does, 0 its own line.
static int skip_of(int64_t calldepth, bool pkg) {
    if (calldepth >= 1)
        return (int)(calldepth - 1);
    if (pkg && calldepth == 0)
        return -LOG_GO_OUTPUT;
    return -LOG_GO_LOGGER_OUTPUT;
}

static void pk_output(Runtime *rt, Value *a, Value *res) {
    res[0].e = output(rt, std_logger(rt), skip_of(a[0].i, true), (const char *)a[1].s.ptr, (size_t)a[1].s.len);
}
static void lg_output(Runtime *rt, Value *a, Value *res) {
    res[0].e = output(rt, logger_of(rt, a[0]), skip_of(a[1].i, false), (const char *)a[2].s.ptr, (size_t)a[2].s.len);
}

// ---- settings ----------------------------------------------------------------------------

static void set_flags(Logger *l, int64_t f) { l->flag = f; }
static void set_prefix(Runtime *rt, Logger *l, Value p) { rt_store(rt, &rt_ptype_string, &l->prefix, p); }
static void set_output(Runtime *rt, Logger *l, Value w) { rt_store(rt, &rt_ptype_error, &l->out, w); }

static void pk_set_flags(Runtime *rt, Value *a, Value *res) { (void)res; set_flags(std_logger(rt), a[0].i); }
static void lg_set_flags(Runtime *rt, Value *a, Value *res) { (void)res; set_flags(logger_of(rt, a[0]), a[1].i); }
static void pk_flags(Runtime *rt, Value *a, Value *res) { (void)a; res[0].i = std_logger(rt)->flag; }
static void lg_flags(Runtime *rt, Value *a, Value *res) { res[0].i = logger_of(rt, a[0])->flag; }
static void pk_set_prefix(Runtime *rt, Value *a, Value *res) { (void)res; set_prefix(rt, std_logger(rt), a[0]); }
static void lg_set_prefix(Runtime *rt, Value *a, Value *res) { (void)res; set_prefix(rt, logger_of(rt, a[0]), a[1]); }
static void pk_prefix(Runtime *rt, Value *a, Value *res) { (void)a; res[0].s = std_logger(rt)->prefix; }
static void lg_prefix(Runtime *rt, Value *a, Value *res) { res[0].s = logger_of(rt, a[0])->prefix; }
static void pk_set_output(Runtime *rt, Value *a, Value *res) { (void)res; set_output(rt, std_logger(rt), a[0]); }
static void lg_set_output(Runtime *rt, Value *a, Value *res) { (void)res; set_output(rt, logger_of(rt, a[0]), a[1]); }
static void pk_writer(Runtime *rt, Value *a, Value *res) { (void)a; res[0].e = std_logger(rt)->out; }
static void lg_writer(Runtime *rt, Value *a, Value *res) { res[0].e = logger_of(rt, a[0])->out; }

static void log_new(Runtime *rt, Value *a, Value *res) {
    res[0].w[1] = 0;
    res[0].p = new_logger(rt, a[0].e, a[1].s, a[2].i);
}

static void log_default(Runtime *rt, Value *a, Value *res) {
    (void)a;
    res[0].w[1] = 0;
    res[0].p = std_logger(rt);
}

#define V "v ...interface{}"
#define BOTH(Name, sig, fn) {Name, sig, pk_##fn}, {"(*Logger)." Name, sig, lg_##fn}

static const NativeFunc log_funcs[] = {
    BOTH("Print", "func(" V ")", print),
    BOTH("Printf", "func(format string, " V ")", printf),
    BOTH("Println", "func(" V ")", println),
    BOTH("Fatal", "func(" V ")", fatal),
    BOTH("Fatalf", "func(format string, " V ")", fatalf),
    BOTH("Fatalln", "func(" V ")", fatalln),
    BOTH("Panic", "func(" V ")", panic),
    BOTH("Panicf", "func(format string, " V ")", panicf),
    BOTH("Panicln", "func(" V ")", panicln),
    BOTH("Output", "func(calldepth int, s string) error", output),
    BOTH("SetFlags", "func(flag int)", set_flags),
    BOTH("Flags", "func() int", flags),
    BOTH("SetPrefix", "func(prefix string)", set_prefix),
    BOTH("Prefix", "func() string", prefix),
    BOTH("SetOutput", "func(w io.Writer)", set_output),
    BOTH("Writer", "func() io.Writer", writer),
    {"New", "func(out io.Writer, prefix string, flag int) *Logger", log_new},
    {"Default", "func() *Logger", log_default},
};

static const NativeType log_types[] = {
    {"Logger", "struct { prefix string; flag int; out io.Writer }"},
};

static const NativeConst log_consts[] = {
    {"Ldate", "untyped int", "1"},        {"Ltime", "untyped int", "2"},
    {"Lmicroseconds", "untyped int", "4"}, {"Llongfile", "untyped int", "8"},
    {"Lshortfile", "untyped int", "16"},  {"LUTC", "untyped int", "32"},
    {"Lmsgprefix", "untyped int", "64"},  {"LstdFlags", "untyped int", "3"},
};

static const char *const log_imports[] = {"io", "os", NULL};

const NativePkg rt_pkg_log = {
    .path = "log", .name = "log",
    .funcs = log_funcs, .nfuncs = sizeof log_funcs / sizeof log_funcs[0],
    .types = log_types, .ntypes = sizeof log_types / sizeof log_types[0],
    .consts = log_consts, .nconsts = sizeof log_consts / sizeof log_consts[0],
    .imports = log_imports,
};
