// pkg_fmt.c - package fmt's functions: Print, Println, Printf to
// os.Stdout, the Sprint family, Errorf, and Fprint* to an *os.File.
// A ...interface{} parameter arrives as one slice of GoIface.
//
// Fprint/Fprintln/Fprintf write to any io.Writer through rt_io_write.
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

static const GoIface *slice_args(Value v, int *n) {
    *n = (int)v.sl.len;
    return (const GoIface *)v.sl.ptr;
}

// write_fd writes buf to file descriptor fd (1 stdout, 2 stderr) and sets
// the (n int, err error) results. Print/Println/Printf write to os.Stdout
// as it is now: a program that assigned another *File to it (or closed
// it) gets Go's behaviour through that File.
static void write_fd(Runtime *rt, int64_t fd, StrBuf *buf, Value *results) {
    Value *v = fd == 1 ? rt_pkg_var(rt, "os", "Stdout") : NULL;   // NULL: the program never names it
    OsFile *f = v ? v->p : NULL;
    if (v && !(f && f->fd == 1 && !f->closed)) {
        GoIface err = rt_fs_sentinel(FS_ERR_INVALID);
        int64_t n = f ? rt_os_file_write(rt, f, buf->p, (int64_t)buf->len, &err) : 0;
        sb_free(buf);
        results[0].w[1] = 0;
        results[0].i = n;
        results[1].e = err;
        return;
    }
    if (fd == 2)
        rt_write_stderr(rt, buf->p, buf->len);
    else
        rt_write_stdout(rt, buf->p, buf->len);
    results[0].i = (int64_t)buf->len;
    results[1].e = (GoIface){NULL, NULL};
    sb_free(buf);
}

// write_to writes buf to the io.Writer w and sets the (n int, err error)
// results from the writer's.
static void write_to(Runtime *rt, GoIface w, StrBuf *buf, Value *results) {
    GoIface err;
    int64_t n = rt_io_write(rt, w, buf->p, (int64_t)buf->len, &err);
    sb_free(buf);
    results[0].w[1] = 0;
    results[0].i = n;
    results[1].e = err;
}

static GoString to_string(Runtime *rt, StrBuf *buf) {
    GoString s = rt_string_from_c(rt, buf->p ? buf->p : "", buf->len);
    sb_free(buf);
    return s;
}

static void fmt_print(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[0], &n);
    rt_fmt_sprint(rt, &b, a, n);
    write_fd(rt, 1, &b, results);
}

static void fmt_println(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[0], &n);
    rt_fmt_sprintln(rt, &b, a, n);
    write_fd(rt, 1, &b, results);
}

static void fmt_printf(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[1], &n);
    rt_fmt_sprintf(rt, &b, args[0].s, a, n);
    write_fd(rt, 1, &b, results);
}

static void fmt_sprint(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[0], &n);
    rt_fmt_sprint(rt, &b, a, n);
    results[0].s = to_string(rt, &b);
}

static void fmt_sprintln(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[0], &n);
    rt_fmt_sprintln(rt, &b, a, n);
    results[0].s = to_string(rt, &b);
}

static void fmt_sprintf(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[1], &n);
    rt_fmt_sprintf(rt, &b, args[0].s, a, n);
    results[0].s = to_string(rt, &b);
}

// append_buf: Append/Appendf/Appendln's result: b's bytes after dst.
static GoSlice append_buf(Runtime *rt, GoSlice dst, StrBuf *b) {
    GoSlice r = rt_append(rt, &rt_ptype_uint8, dst, b->p, b->len);
    sb_free(b);
    return r;
}

static void fmt_append(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[1], &n);
    rt_fmt_sprint(rt, &b, a, n);
    results[0].sl = append_buf(rt, args[0].sl, &b);
}

static void fmt_appendln(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[1], &n);
    rt_fmt_sprintln(rt, &b, a, n);
    results[0].sl = append_buf(rt, args[0].sl, &b);
}

static void fmt_appendf(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[2], &n);
    rt_fmt_sprintf(rt, &b, args[1].s, a, n);
    results[0].sl = append_buf(rt, args[0].sl, &b);
}

static void fmt_errorf(Runtime *rt, Value *args, Value *results) {
    int n;
    const GoIface *a = slice_args(args[1], &n);
    results[0].e = rt_fmt_errorf(rt, args[0].s, a, n);
}

static void fmt_fprint(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[1], &n);
    rt_fmt_sprint(rt, &b, a, n);
    write_to(rt, args[0].e, &b, results);
}

static void fmt_fprintln(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[1], &n);
    rt_fmt_sprintln(rt, &b, a, n);
    write_to(rt, args[0].e, &b, results);
}

static void fmt_fprintf(Runtime *rt, Value *args, Value *results) {
    StrBuf b = {0};
    int n;
    const GoIface *a = slice_args(args[2], &n);
    rt_fmt_sprintf(rt, &b, args[1].s, a, n);
    write_to(rt, args[0].e, &b, results);
}

static const NativeFunc fmt_funcs[] = {
    {"Print", "func(a ...any) (n int, err error)", fmt_print},
    {"Println", "func(a ...any) (n int, err error)", fmt_println},
    {"Printf", "func(format string, a ...any) (n int, err error)", fmt_printf},
    {"Sprint", "func(a ...any) string", fmt_sprint},
    {"Sprintln", "func(a ...any) string", fmt_sprintln},
    {"Sprintf", "func(format string, a ...any) string", fmt_sprintf},
    {"Append", "func(b []byte, a ...any) []byte", fmt_append},
    {"Appendln", "func(b []byte, a ...any) []byte", fmt_appendln},
    {"Appendf", "func(b []byte, format string, a ...any) []byte", fmt_appendf},
    {"Errorf", "func(format string, a ...any) error", fmt_errorf},
    {"Fprint", "func(w io.Writer, a ...any) (n int, err error)", fmt_fprint},
    {"Fprintln", "func(w io.Writer, a ...any) (n int, err error)", fmt_fprintln},
    {"Fprintf", "func(w io.Writer, format string, a ...any) (n int, err error)",
     fmt_fprintf},
    {"Scan", "func(a ...any) (n int, err error)", rt_fmt_scan},
    {"Scanln", "func(a ...any) (n int, err error)", rt_fmt_scanln},
    {"Scanf", "func(format string, a ...any) (n int, err error)", rt_fmt_scanf},
    {"Sscan", "func(str string, a ...any) (n int, err error)", rt_fmt_sscan},
    {"Sscanln", "func(str string, a ...any) (n int, err error)", rt_fmt_sscanln},
    {"Sscanf", "func(str string, format string, a ...any) (n int, err error)", rt_fmt_sscanf},
    {"Fscan", "func(r io.Reader, a ...any) (n int, err error)", rt_fmt_fscan},
    {"Fscanln", "func(r io.Reader, a ...any) (n int, err error)", rt_fmt_fscanln},
    {"Fscanf", "func(r io.Reader, format string, a ...any) (n int, err error)", rt_fmt_fscanf},
};

static const NativeType fmt_types[] = {
    {"Stringer", "interface { String() string }"},
    {"ScanState", "interface { ReadRune() (r rune, size int, err error); UnreadRune() error; SkipSpace(); "
                  "Token(skipSpace bool, f func(rune) bool) (token []byte, err error); Width() (wid int, ok bool); "
                  "Read(buf []byte) (n int, err error) }"},
    {"Scanner", "interface { Scan(state ScanState, verb rune) error }"},
};

static const char *const fmt_imports[] = {"io", NULL};

// The scan state a fmt.Scanner's Scan method gets (*fmt.ss) and Go's
// scanError live in a package of their own, never imported by a program:
// its scope (six method signatures) is made only when a Scanner operand
// is scanned (rt_pkg_type at run time), not for every program importing fmt.
static const NativeFunc fmt_ss_funcs[] = {
    {"(*ss).ReadRune", "func() (r rune, size int, err error)", rt_fmt_ss_read_rune},
    {"(*ss).UnreadRune", "func() error", rt_fmt_ss_unread_rune},
    {"(*ss).SkipSpace", "func()", rt_fmt_ss_skip_space},
    {"(*ss).Token", "func(skipSpace bool, f func(rune) bool) (tok []byte, err error)", rt_fmt_ss_token},
    {"(*ss).Width", "func() (wid int, ok bool)", rt_fmt_ss_width},
    {"(*ss).Read", "func(buf []byte) (n int, err error)", rt_fmt_ss_read},
};

static const NativeType fmt_ss_types[] = {
    {"ss", "struct { state uintptr }"},
    {"scanError", "struct { err error }"},
};

const NativePkg rt_pkg_fmt_ss = {
    .path = RT_FMT_SS_PATH, .name = "fmt",
    .funcs = fmt_ss_funcs, .nfuncs = sizeof fmt_ss_funcs / sizeof fmt_ss_funcs[0],
    .types = fmt_ss_types, .ntypes = sizeof fmt_ss_types / sizeof fmt_ss_types[0],
};

const NativePkg rt_pkg_fmt = {
    .path = "fmt", .name = "fmt",
    .funcs = fmt_funcs, .nfuncs = sizeof fmt_funcs / sizeof fmt_funcs[0],
    .types = fmt_types, .ntypes = sizeof fmt_types / sizeof fmt_types[0],
    .imports = fmt_imports,
};
