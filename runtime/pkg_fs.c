// pkg_fs.c - package io/fs (FileInfo, FileMode and its String, DirEntry,
// PathError, the sentinel errors ErrNotExist/ErrExist/ErrPermission/
// ErrInvalid/ErrClosed, SkipDir) and package syscall's Errno, the error
// inside every *fs.PathError os returns.
//
// The sentinels are *errors.errorString values in static memory (one
// pointer each, so == and errors.Is compare them); os's ErrNotExist...
// are the same values. Errno.Is reports the sentinel an errno stands
// for, as Go's syscall does, so errors.Is(err, fs.ErrNotExist) works
// through a *PathError's Unwrap.
#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"
#include "pkg_internal.h"

static const GoString err_invalid = {(const uint8_t *)"invalid argument", 16};
static const GoString err_permission = {(const uint8_t *)"permission denied", 17};
static const GoString err_exist = {(const uint8_t *)"file already exists", 19};
static const GoString err_not_exist = {(const uint8_t *)"file does not exist", 19};
static const GoString err_closed = {(const uint8_t *)"file already closed", 19};
static const GoString err_skip_dir = {(const uint8_t *)"skip this directory", 19};
static const GoString err_no_deadline = {(const uint8_t *)"file type does not support deadline", 35};
static const GoString err_deadline = {(const uint8_t *)"i/o timeout", 11};
static const GoString err_process_done = {(const uint8_t *)"os: process already finished", 28};

GoIface rt_fs_sentinel(FsErr which) {
    static const GoString *const all[] = {
        [FS_ERR_INVALID] = &err_invalid, [FS_ERR_PERMISSION] = &err_permission,
        [FS_ERR_EXIST] = &err_exist, [FS_ERR_NOT_EXIST] = &err_not_exist,
        [FS_ERR_CLOSED] = &err_closed, [FS_ERR_SKIP_DIR] = &err_skip_dir,
        [FS_ERR_NO_DEADLINE] = &err_no_deadline, [FS_ERR_DEADLINE] = &err_deadline,
        [FS_ERR_PROCESS_DONE] = &err_process_done,
    };
    return rt_error_static(all[which]);
}

bool rt_fs_is_sentinel(GoIface e, FsErr which) {
    GoIface s = rt_fs_sentinel(which);
    return e.type == s.type && e.data == s.data;
}

static void set_bool(Value *res, bool v) {
    res[0].w[1] = 0;
    res[0].u = v;
}

// ---- syscall.Errno -------------------------------------------------------------------

GoIface rt_errno(Runtime *rt, int err) {
    const Type *t = rt_pkg_type(rt, "syscall", "Errno", false);
    if (!t)
        rt_fatal(rt, "syscall.Errno: package type missing");
    return (GoIface){t, (void *)(uintptr_t)err};
}

// errno_text: Go's text of errno err (glibc's, lowercased as Go's table is).
static GoString errno_text(Runtime *rt, int err) {
    const char *m = strerror(err);
    StrBuf b = {0};
    sb_puts(&b, m);
    if (b.len && b.p[0] >= 'A' && b.p[0] <= 'Z')
        b.p[0] = (char)(b.p[0] - 'A' + 'a');
    GoString s = rt_string_from_c(rt, b.p ? b.p : "", b.len);
    sb_free(&b);
    return s;
}

static void errno_error(Runtime *rt, Value *a, Value *res) { res[0].s = errno_text(rt, (int)a[0].u); }

static void errno_is(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int e = (int)a[0].u;
    GoIface t = a[1].e;
    res[0].w[1] = 0;
    res[0].u = rt_fs_is_sentinel(t, FS_ERR_PERMISSION) ? (e == EACCES || e == EPERM)
             : rt_fs_is_sentinel(t, FS_ERR_EXIST)    ? (e == EEXIST || e == ENOTEMPTY)
             : rt_fs_is_sentinel(t, FS_ERR_NOT_EXIST) ? e == ENOENT
                                                      : 0;
}

static void errno_timeout(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    uint64_t e = a[0].u;
    set_bool(res, e == EAGAIN || e == ETIMEDOUT);
}

static void errno_temporary(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    uint64_t e = a[0].u;
    set_bool(res, e == EINTR || e == EMFILE || e == ENFILE || e == EAGAIN || e == ETIMEDOUT);
}

// ---- WaitStatus (Linux's wait status word) ---------------------------------------------

static void ws_exited(Runtime *rt, Value *a, Value *res) { (void)rt; set_bool(res, WIFEXITED((int)a[0].u)); }
static void ws_signaled(Runtime *rt, Value *a, Value *res) { (void)rt; set_bool(res, WIFSIGNALED((int)a[0].u)); }
static void ws_stopped(Runtime *rt, Value *a, Value *res) { (void)rt; set_bool(res, WIFSTOPPED((int)a[0].u)); }
static void ws_continued(Runtime *rt, Value *a, Value *res) { (void)rt; set_bool(res, WIFCONTINUED((int)a[0].u)); }
static void ws_core_dump(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    set_bool(res, WIFSIGNALED((int)a[0].u) && WCOREDUMP((int)a[0].u));
}

static void set_int_res(Value *res, int64_t v) {
    res[0].w[1] = 0;
    res[0].i = v;
}

// ws_exit_status: -1 unless the process exited, as Go's.
static void ws_exit_status(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int st = (int)a[0].u;
    set_int_res(res, WIFEXITED(st) ? WEXITSTATUS(st) : -1);
}

static void ws_signal(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int st = (int)a[0].u;
    set_int_res(res, WIFSIGNALED(st) ? WTERMSIG(st) : -1);
}

static void ws_stop_signal(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int st = (int)a[0].u;
    set_int_res(res, WIFSTOPPED(st) ? WSTOPSIG(st) : -1);
}

static const NativeType syscall_types[] = {
    {"Errno", "uintptr"},
    {"Signal", "int"},
    {"WaitStatus", "uint32"},
};

static const NativeConst syscall_consts[] = {
    {"ENOENT", "Errno", "2"},   {"EEXIST", "Errno", "17"},  {"EACCES", "Errno", "13"},
    {"EPERM", "Errno", "1"},    {"ENOTDIR", "Errno", "20"}, {"EISDIR", "Errno", "21"},
    {"EINVAL", "Errno", "22"},  {"ENOTEMPTY", "Errno", "39"}, {"EBADF", "Errno", "9"},
    {"SIGINT", "Signal", "2"},  {"SIGTERM", "Signal", "15"}, {"SIGKILL", "Signal", "9"},
    {"SIGHUP", "Signal", "1"},  {"SIGQUIT", "Signal", "3"}, {"SIGUSR1", "Signal", "10"},
    {"SIGUSR2", "Signal", "12"},
    {"ESRCH", "Errno", "3"},    {"EINTR", "Errno", "4"},    {"EIO", "Errno", "5"},
    {"ENXIO", "Errno", "6"},    {"E2BIG", "Errno", "7"},    {"ENOEXEC", "Errno", "8"},
    {"ECHILD", "Errno", "10"},  {"EAGAIN", "Errno", "11"},  {"ENOMEM", "Errno", "12"},
    {"EFAULT", "Errno", "14"},  {"EBUSY", "Errno", "16"},   {"EXDEV", "Errno", "18"},
    {"ENODEV", "Errno", "19"},  {"ENFILE", "Errno", "23"},  {"EMFILE", "Errno", "24"},
    {"ENOTTY", "Errno", "25"},  {"ETXTBSY", "Errno", "26"}, {"EFBIG", "Errno", "27"},
    {"ENOSPC", "Errno", "28"},  {"ESPIPE", "Errno", "29"},  {"EROFS", "Errno", "30"},
    {"EMLINK", "Errno", "31"},  {"EPIPE", "Errno", "32"},   {"EDOM", "Errno", "33"},
    {"ERANGE", "Errno", "34"},  {"EDEADLK", "Errno", "35"}, {"ENAMETOOLONG", "Errno", "36"},
    {"ENOSYS", "Errno", "38"},  {"ELOOP", "Errno", "40"},   {"EWOULDBLOCK", "Errno", "11"},
    {"ENOTSUP", "Errno", "95"}, {"ETIMEDOUT", "Errno", "110"}, {"ECONNREFUSED", "Errno", "111"},
    {"SIGILL", "Signal", "4"},  {"SIGTRAP", "Signal", "5"}, {"SIGABRT", "Signal", "6"},
    {"SIGBUS", "Signal", "7"},  {"SIGFPE", "Signal", "8"},  {"SIGSEGV", "Signal", "11"},
    {"SIGPIPE", "Signal", "13"}, {"SIGALRM", "Signal", "14"}, {"SIGCHLD", "Signal", "17"},
    {"SIGCONT", "Signal", "18"}, {"SIGSTOP", "Signal", "19"}, {"SIGTSTP", "Signal", "20"},
    {"SIGTTIN", "Signal", "21"}, {"SIGTTOU", "Signal", "22"}, {"SIGURG", "Signal", "23"},
    {"SIGXCPU", "Signal", "24"}, {"SIGXFSZ", "Signal", "25"}, {"SIGVTALRM", "Signal", "26"},
    {"SIGPROF", "Signal", "27"}, {"SIGWINCH", "Signal", "28"}, {"SIGIO", "Signal", "29"},
    {"SIGPWR", "Signal", "30"}, {"SIGSYS", "Signal", "31"},
};

// ---- Signal ---------------------------------------------------------------------------

static void signal_string(Runtime *rt, Value *a, Value *res) {
    int s = (int)a[0].i;
    const char *m = s > 0 && s < 65 ? strsignal(s) : NULL;
    StrBuf b = {0};
    if (m && strncmp(m, "Unknown", 7) != 0 && strncmp(m, "Real-time", 9) != 0) {
        sb_puts(&b, m);
        if (b.p[0] >= 'A' && b.p[0] <= 'Z')
            b.p[0] = (char)(b.p[0] - 'A' + 'a');
    } else {
        sb_printf(&b, "signal %d", s);
    }
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

static void signal_signal(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a, (void)res; }

// ---- process calls ---------------------------------------------------------------------

static void sys_kill(Runtime *rt, Value *a, Value *res) {
    res[0].e = (GoIface){NULL, NULL};
    if (kill((pid_t)a[0].i, (int)a[1].i) < 0)
        res[0].e = rt_errno(rt, errno);
}

static void set_int(Value *res, int64_t v) {
    res[0].w[1] = 0;
    res[0].i = v;
}

static void sys_getpid(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; set_int(res, getpid()); }
static void sys_getppid(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; set_int(res, getppid()); }
static void sys_getuid(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; set_int(res, getuid()); }
static void sys_geteuid(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; set_int(res, geteuid()); }
static void sys_getgid(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; set_int(res, getgid()); }

static const NativeFunc syscall_funcs[] = {
    {"Errno.Error", "func() string", errno_error},
    {"Errno.Is", "func(target error) bool", errno_is},
    {"Errno.Timeout", "func() bool", errno_timeout},
    {"WaitStatus.Exited", "func() bool", ws_exited},
    {"WaitStatus.Signaled", "func() bool", ws_signaled},
    {"WaitStatus.Stopped", "func() bool", ws_stopped},
    {"WaitStatus.Continued", "func() bool", ws_continued},
    {"WaitStatus.CoreDump", "func() bool", ws_core_dump},
    {"WaitStatus.ExitStatus", "func() int", ws_exit_status},
    {"WaitStatus.Signal", "func() Signal", ws_signal},
    {"WaitStatus.StopSignal", "func() Signal", ws_stop_signal},
    {"Errno.Temporary", "func() bool", errno_temporary},
    {"Signal.String", "func() string", signal_string},
    {"Signal.Signal", "func()", signal_signal},
    {"Kill", "func(pid int, sig Signal) error", sys_kill},
    {"Getpid", "func() int", sys_getpid},
    {"Getppid", "func() int", sys_getppid},
    {"Getuid", "func() int", sys_getuid},
    {"Geteuid", "func() int", sys_geteuid},
    {"Getgid", "func() int", sys_getgid},
};

const NativePkg rt_pkg_syscall = {
    .path = "syscall", .name = "syscall",
    .funcs = syscall_funcs, .nfuncs = sizeof syscall_funcs / sizeof syscall_funcs[0],
    .types = syscall_types, .ntypes = sizeof syscall_types / sizeof syscall_types[0],
    .consts = syscall_consts, .nconsts = sizeof syscall_consts / sizeof syscall_consts[0],
};

// ---- io/fs: FileMode -------------------------------------------------------------------

void rt_file_mode_string(StrBuf *b, uint32_t m) {
    static const char str[] = "dalTLDpSugct?";
    size_t start = b->len;
    for (int i = 0; str[i]; i++)
        if (m & (1u << (31 - i)))
            sb_putc(b, str[i]);
    if (b->len == start)
        sb_putc(b, '-');
    static const char rwx[] = "rwxrwxrwx";
    for (int i = 0; i < 9; i++)
        sb_putc(b, (m & (1u << (8 - i))) ? rwx[i] : '-');
}

static void mode_string(Runtime *rt, Value *a, Value *res) {
    StrBuf b = {0};
    rt_file_mode_string(&b, (uint32_t)a[0].u);
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

enum { MODE_DIR = 1u << 31, MODE_SYMLINK = 1u << 27, MODE_TYPE = 0x8f280000u };


static void mode_is_dir(Runtime *rt, Value *a, Value *res) { (void)rt; set_bool(res, a[0].u & MODE_DIR); }
static void mode_is_regular(Runtime *rt, Value *a, Value *res) { (void)rt; set_bool(res, (a[0].u & MODE_TYPE) == 0); }
static void mode_perm(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].u = a[0].u & 0777; }
static void mode_type(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].u = a[0].u & MODE_TYPE; }

// ---- io/fs: PathError ------------------------------------------------------------------

typedef struct PathError { GoString op, path; GoIface err; } PathError;

GoIface rt_path_error_with(Runtime *rt, const char *op, GoString path, GoIface err) {
    const Type *t = rt_pkg_type(rt, "io/fs", "PathError", false);
    if (!t)
        rt_fatal(rt, "fs.PathError: package type missing");
    PathError *pe = rt_alloc(rt, t);
    Value v;
    v.s = rt_string_from_c(rt, op, strlen(op));
    rt_store(rt, &rt_ptype_string, &pe->op, v);
    v.s = path;
    rt_store(rt, &rt_ptype_string, &pe->path, v);
    v.e = err;
    rt_store(rt, &rt_ptype_error, &pe->err, v);
    return (GoIface){rt_pkg_type(rt, "io/fs", "PathError", true), pe};
}

GoIface rt_path_error(Runtime *rt, const char *op, GoString path, int err) {
    return rt_path_error_with(rt, op, path, rt_errno(rt, err));
}

static void path_error_error(Runtime *rt, Value *a, Value *res) {
    PathError *pe = a[0].p;
    if (!pe)
        rt_panic_nil_deref(rt);
    StrBuf b = {0};
    sb_put(&b, pe->op.ptr, (size_t)pe->op.len);
    sb_putc(&b, ' ');
    sb_put(&b, pe->path.ptr, (size_t)pe->path.len);
    sb_puts(&b, ": ");
    GoString t;
    if (rt_error_text(rt, pe->err, &t))
        sb_put(&b, t.ptr, (size_t)t.len);
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

static void path_error_unwrap(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    res[0].e = ((PathError *)a[0].p)->err;
}

// path_error_timeout: (*PathError).Timeout: whether Err is a timeout (an
// Errno EAGAIN/ETIMEDOUT, os.ErrDeadlineExceeded, or its own Timeout()).
static void path_error_timeout(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    GoIface e = ((PathError *)a[0].p)->err;
    bool t = rt_fs_is_sentinel(e, FS_ERR_DEADLINE);
    if (e.type && e.type == rt_pkg_type(rt, "syscall", "Errno", false))
        t = (uintptr_t)e.data == EAGAIN || (uintptr_t)e.data == ETIMEDOUT;
    else if (e.type && rt_find_method(e.type, "Timeout")) {
        Value r[1] = {{.w = {0, 0}}};
        rt_call_method(rt, e, "Timeout", NULL, 0, r);
        t = r[0].u & 1;
    }
    set_bool(res, t);
}

// ---- io/fs: functions over an fs.FS ----------------------------------------------------

static bool has_method(GoIface v, const char *name) { return v.type && rt_find_method(v.type, name); }

static void call0(Runtime *rt, GoIface recv, const char *name, Value *res) {
    if (!rt_call_method(rt, recv, name, NULL, 0, res))
        rt_panic_nil_deref(rt);
}

// open: fsys.Open(name): the file and *err.
static GoIface open_fs(Runtime *rt, GoIface fsys, GoString name, GoIface *err) {
    Value a[1], r[2];
    a[0].s = name;
    r[1].e = (GoIface){NULL, NULL};
    if (!fsys.type || !rt_call_method(rt, fsys, "Open", a, 1, r))
        rt_panic_nil_deref(rt);
    *err = r[1].e;
    return r[0].e;
}

static void close_file(Runtime *rt, GoIface f) {
    Value r[1];
    call0(rt, f, "Close", r);
}

static void fs_valid_path(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    GoString name = a[0].s;
    bool ok = true;
    for (int64_t i = 0; i < name.len && ok;) {
        int w;
        if (rt_decode_rune(name, i, &w) == 0xfffd && w == 1)
            ok = false;
        i += w;
    }
    if (ok && !(name.len == 1 && name.ptr[0] == '.')) {
        int64_t start = 0;
        for (int64_t i = 0; i <= name.len && ok; i++) {
            if (i < name.len && name.ptr[i] != '/')
                continue;
            int64_t n = i - start;
            const uint8_t *e = name.ptr + start;
            if (n == 0 || (n == 1 && e[0] == '.') || (n == 2 && e[0] == '.' && e[1] == '.'))
                ok = false;
            start = i + 1;
        }
    }
    set_bool(res, ok);
}

// fs_open_for starts fs.X(fsys, name) (method: "Stat", "ReadFile"...):
// when fsys has the method itself it is called and false returned; else
// name is opened, res[0] zeroed and res[1] set to the error, false when
// opening failed, true with *f the open file
static bool fs_open_for(Runtime *rt, Value *a, Value *res, const char *method, GoIface *f, GoIface *err) {
    GoIface fsys = a[0].e;
    if (has_method(fsys, method)) {
        rt_call_method(rt, fsys, method, a + 1, 1, res);
        return false;
    }
    *f = open_fs(rt, fsys, a[1].s, err);
    memset(&res[0], 0, sizeof res[0]);
    res[1].e = *err;
    return err->type == NULL;
}

static void fs_stat(Runtime *rt, Value *a, Value *res) {
    GoIface f, err;
    if (!fs_open_for(rt, a, res, "Stat", &f, &err)) return;
    call0(rt, f, "Stat", res);
    close_file(rt, f);
}

static void fs_read_file(Runtime *rt, Value *a, Value *res) {
    GoIface f, err;
    if (!fs_open_for(rt, a, res, "ReadFile", &f, &err)) return;
    Value st[2], sz[1];
    call0(rt, f, "Stat", st);
    int64_t size = 0;
    if (!st[1].e.type && st[0].e.type) {
        call0(rt, st[0].e, "Size", sz);
        size = sz[0].i;
    }
    GoSlice data = rt_make_slice(rt, &rt_ptype_uint8, 0, size + 1);
    for (;;) {
        if (data.len >= data.cap) {
            uint8_t zero = 0;
            data = rt_append(rt, &rt_ptype_uint8, data, &zero, 1);
            data.len--;
        }
        GoSlice room = {(char *)data.ptr + data.len, data.cap - data.len, data.cap - data.len};
        int64_t n = rt_io_read(rt, f, room, &err);
        data.len += (uint32_t)n;
        if (err.type) {
            res[1].e = err.data == rt_io_eof().data ? (GoIface){NULL, NULL} : err;
            break;
        }
    }
    res[0].sl = data;
    close_file(rt, f);
}

static void fs_read_dir(Runtime *rt, Value *a, Value *res) {
    GoIface f, err;
    if (!fs_open_for(rt, a, res, "ReadDir", &f, &err)) return;
    if (!has_method(f, "ReadDir")) {
        static const GoString ni = {(const uint8_t *)"not implemented", 15};
        res[1].e = rt_path_error_with(rt, "readdir", a[1].s, rt_error_static(&ni));
        close_file(rt, f);
        return;
    }
    Value arg[1];
    arg[0].i = -1;
    rt_call_method(rt, f, "ReadDir", arg, 1, res);
    GoIface *v = res[0].sl.ptr;
    for (uint32_t i = 1; i < res[0].sl.len; i++) {   // sort.Slice by Name
        for (uint32_t j = i; j > 0; j--) {
            Value x[1], y[1];
            call0(rt, v[j], "Name", x);
            call0(rt, v[j - 1], "Name", y);
            if (rt_string_compare(x[0].s, y[0].s) >= 0)
                break;
            GoIface t = v[j];
            rt_store(rt, &rt_ptype_error, &v[j], (Value){.e = v[j - 1]});
            rt_store(rt, &rt_ptype_error, &v[j - 1], (Value){.e = t});
        }
    }
    close_file(rt, f);
}

// ---- Glob: Go's fs.Glob over ReadDir and path.Match ----

static bool has_meta(GoString p) {
    for (int64_t i = 0; i < p.len; i++)
        if (p.ptr[i] && strchr("*?[\\", p.ptr[i])) return true;
    return false;
}

// glob_dir appends to *m the entries of dir matching pattern (a read
// error is ignored, as in Go); false with *err after a bad pattern.
static bool glob_dir(Runtime *rt, GoIface fsys, GoString dir, GoString pattern, GoSlice *m, GoIface *err) {
    Value a[2], r[2];
    a[0].e = fsys;
    a[1].s = dir;
    fs_read_dir(rt, a, r);
    if (r[1].e.type) return true;
    GoSlice ents = r[0].sl;
    for (uint32_t i = 0; i < ents.len; i++) {
        Value nm[1];
        call0(rt, ((GoIface *)ents.ptr)[i], "Name", nm);
        Value ma[2], mr[2];
        ma[0].s = pattern;
        ma[1].s = nm[0].s;
        rt_native_call(rt, "path", "Match", ma, mr);
        if (mr[1].e.type) {
            *err = mr[1].e;
            return false;
        }
        if (!mr[0].b) continue;
        StrBuf b = {0};
        if (!(dir.len == 1 && dir.ptr[0] == '.')) {
            sb_put(&b, dir.ptr, (size_t)dir.len);
            sb_putc(&b, '/');
        }
        sb_put(&b, nm[0].s.ptr, (size_t)nm[0].s.len);
        Value v = {.s = rt_string_from_c(rt, b.p, b.len)};
        sb_free(&b);
        *m = rt_append(rt, &rt_ptype_string, *m, &v.s, 1);
    }
    return true;
}

static void glob(Runtime *rt, GoIface fsys, GoString pattern, Value *res, int depth) {
    res[0].sl = (GoSlice){NULL, 0, 0};
    res[1].e = (GoIface){NULL, NULL};
    if (depth > 10000) return;
    Value ma[2], mr[2];
    ma[0].s = pattern;
    ma[1].s = (GoString){NULL, 0};
    rt_native_call(rt, "path", "Match", ma, mr);   // a malformed pattern fails here
    if (mr[1].e.type) {
        res[1].e = mr[1].e;
        return;
    }
    if (!has_meta(pattern)) {
        Value a[2], r[2];
        a[0].e = fsys;
        a[1].s = pattern;
        fs_stat(rt, a, r);
        if (!r[1].e.type) res[0].sl = rt_append(rt, &rt_ptype_string, (GoSlice){NULL, 0, 0}, &pattern, 1);
        return;
    }
    int64_t slash = pattern.len - 1;
    while (slash >= 0 && pattern.ptr[slash] != '/') slash--;
    GoString dir = {pattern.ptr, slash < 0 ? 0 : slash + 1}, file = {pattern.ptr + slash + 1, pattern.len - slash - 1};
    if (dir.len == 0) dir = (GoString){(const uint8_t *)".", 1};
    else dir.len--;   // cleanGlobPath: the trailing slash
    GoSlice m = {NULL, 0, 0};
    GoIface err = {NULL, NULL};
    if (!has_meta(dir)) {
        glob_dir(rt, fsys, dir, file, &m, &err);
    } else {
        if (dir.len == pattern.len) {
            static const GoString bad = {(const uint8_t *)"syntax error in pattern", 23};
            res[1].e = rt_error_static(&bad);
            return;
        }
        Value sub[2];
        glob(rt, fsys, dir, sub, depth + 1);
        if (sub[1].e.type) {
            res[1].e = sub[1].e;
            return;
        }
        for (uint32_t i = 0; i < sub[0].sl.len && !err.type; i++)
            glob_dir(rt, fsys, ((GoString *)sub[0].sl.ptr)[i], file, &m, &err);
    }
    res[0].sl = m;
    res[1].e = err;
}

// fs_glob: Glob(fsys, pattern), the FS's own Glob when it has one.
static void fs_glob(Runtime *rt, Value *a, Value *res) {
    if (has_method(a[0].e, "Glob")) {
        rt_call_method(rt, a[0].e, "Glob", a + 1, 1, res);
        return;
    }
    glob(rt, a[0].e, a[1].s, res, 0);
}

// ---- Sub: Go's subFS, ported ----

typedef struct SubFS {
    GoIface fsys;
    GoString dir;
} SubFS;

static bool valid_path(Runtime *rt, GoString name) {
    Value a[1], r[1];
    a[0].s = name;
    fs_valid_path(rt, a, r);
    return r[0].b;
}

static GoIface new_sub(Runtime *rt, GoIface fsys, GoString dir) {
    SubFS *f = rt_alloc(rt, rt_pkg_type(rt, "io/fs", "subFS", false));
    rt_store(rt, &rt_ptype_error, &f->fsys, (Value){.e = fsys});
    rt_store(rt, &rt_ptype_string, &f->dir, (Value){.s = dir});
    return (GoIface){rt_pkg_type(rt, "io/fs", "subFS", true), f};
}

// sub_full: dir/name for a valid name, else false with res[n_res - 1] the
// *PathError for op.
static bool sub_full(Runtime *rt, SubFS *f, const char *op, GoString name, GoString *full, Value *res, int n_res) {
    if (!valid_path(rt, name)) {
        for (int i = 0; i < n_res - 1; i++) res[i] = (Value){.w = {0, 0}};
        res[n_res - 1].e = rt_path_error_with(rt, op, name, rt_error_new(rt, "invalid name", 12));
        return false;
    }
    if (name.len == 1 && name.ptr[0] == '.') {
        *full = f->dir;
        return true;
    }
    StrBuf b = {0};
    sb_put(&b, f->dir.ptr, (size_t)f->dir.len);
    sb_putc(&b, '/');
    sb_put(&b, name.ptr, (size_t)name.len);
    *full = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
    return true;
}

// sub_shorten: name relative to f's dir (Go's shorten); false if outside.
static bool sub_shorten(SubFS *f, GoString name, GoString *rel) {
    GoString d = f->dir;
    if (name.len == d.len && memcmp(name.ptr, d.ptr, (size_t)d.len) == 0) {
        *rel = (GoString){(const uint8_t *)".", 1};
        return true;
    }
    if (name.len >= d.len + 2 && name.ptr[d.len] == '/' && memcmp(name.ptr, d.ptr, (size_t)d.len) == 0) {
        *rel = (GoString){name.ptr + d.len + 1, name.len - d.len - 1};
        return true;
    }
    return false;
}

// sub_fix_err: Go's fixErr: a *PathError's Path made relative to f.
static void sub_fix_err(Runtime *rt, SubFS *f, GoIface err) {
    if (!err.type || err.type != rt_pkg_type(rt, "io/fs", "PathError", true)) return;
    PathError *pe = err.data;
    GoString rel;
    if (sub_shorten(f, pe->path, &rel)) rt_store(rt, &rt_ptype_string, &pe->path, (Value){.s = rel});
}

static void fs_sub(Runtime *rt, Value *a, Value *res) {
    GoString dir = a[1].s;
    res[0].e = (GoIface){NULL, NULL};
    res[1].e = (GoIface){NULL, NULL};
    if (!valid_path(rt, dir)) {
        res[1].e = rt_path_error_with(rt, "sub", dir, rt_error_new(rt, "invalid name", 12));
        return;
    }
    if (dir.len == 1 && dir.ptr[0] == '.') {
        res[0].e = a[0].e;
        return;
    }
    if (has_method(a[0].e, "Sub")) {
        rt_call_method(rt, a[0].e, "Sub", a + 1, 1, res);
        return;
    }
    res[0].e = new_sub(rt, a[0].e, dir);
}

static void sub_open(Runtime *rt, Value *a, Value *res) {
    SubFS *f = a[0].p;
    GoString full;
    if (!sub_full(rt, f, "open", a[1].s, &full, res, 2)) return;
    Value arg[1] = {{.s = full}};
    rt_call_method(rt, f->fsys, "Open", arg, 1, res);
    sub_fix_err(rt, f, res[1].e);
}

static void sub_read(Runtime *rt, Value *a, Value *res, void (*fn)(Runtime *, Value *, Value *)) {
    SubFS *f = a[0].p;
    GoString full;
    if (!sub_full(rt, f, "read", a[1].s, &full, res, 2)) return;
    Value args[2];
    args[0].e = f->fsys;
    args[1].s = full;
    fn(rt, args, res);
    sub_fix_err(rt, f, res[1].e);
}
static void sub_read_dir(Runtime *rt, Value *a, Value *res) { sub_read(rt, a, res, fs_read_dir); }
static void sub_read_file(Runtime *rt, Value *a, Value *res) { sub_read(rt, a, res, fs_read_file); }

static void sub_glob(Runtime *rt, Value *a, Value *res) {
    SubFS *f = a[0].p;
    GoString pattern = a[1].s;
    Value ma[2], mr[2];
    ma[0].s = pattern;
    ma[1].s = (GoString){NULL, 0};
    rt_native_call(rt, "path", "Match", ma, mr);
    res[0].sl = (GoSlice){NULL, 0, 0};
    res[1].e = mr[1].e;
    if (mr[1].e.type) return;
    if (pattern.len == 1 && pattern.ptr[0] == '.') {
        res[0].sl = rt_append(rt, &rt_ptype_string, (GoSlice){NULL, 0, 0}, &pattern, 1);
        return;
    }
    StrBuf b = {0};
    sb_put(&b, f->dir.ptr, (size_t)f->dir.len);
    sb_putc(&b, '/');
    sb_put(&b, pattern.ptr, (size_t)pattern.len);
    Value args[2];
    args[0].e = f->fsys;
    args[1].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
    fs_glob(rt, args, res);
    GoString *list = res[0].sl.ptr;
    for (uint32_t i = 0; i < res[0].sl.len; i++) {
        GoString rel;
        if (!sub_shorten(f, list[i], &rel)) {
            StrBuf m = {0};
            sb_puts(&m, "invalid result from inner fsys Glob: ");
            sb_put(&m, list[i].ptr, (size_t)list[i].len);
            sb_puts(&m, " not in ");
            sb_put(&m, f->dir.ptr, (size_t)f->dir.len);
            res[0].sl = (GoSlice){NULL, 0, 0};
            res[1].e = rt_error_new(rt, m.p, m.len);
            sb_free(&m);
            return;
        }
        rt_store(rt, &rt_ptype_string, &list[i], (Value){.s = rel});
    }
    sub_fix_err(rt, f, res[1].e);
}

static void sub_sub(Runtime *rt, Value *a, Value *res) {
    SubFS *f = a[0].p;
    res[1].e = (GoIface){NULL, NULL};
    if (a[1].s.len == 1 && a[1].s.ptr[0] == '.') {
        res[0].e = (GoIface){rt_pkg_type(rt, "io/fs", "subFS", true), f};
        return;
    }
    GoString full;
    if (!sub_full(rt, f, "sub", a[1].s, &full, res, 2)) return;
    res[0].e = new_sub(rt, f->fsys, full);
}

static void var_err_invalid(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_INVALID); }
static void var_err_permission(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_PERMISSION); }
static void var_err_exist(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_EXIST); }
static void var_err_not_exist(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_NOT_EXIST); }
static void var_err_closed(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_CLOSED); }
static void var_skip_dir(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_SKIP_DIR); }

// fs_file_info_to_dir_entry: fs.FileInfoToDirEntry (nil for a nil info).
static void fs_file_info_to_dir_entry(Runtime *rt, Value *a, Value *res) {
    res[0].e = a[0].e.type ? rt_stat_dir_entry(rt, "io/fs", a[0].e) : (GoIface){NULL, NULL};
}

static const NativeFunc fs_funcs[] = {
    {"FileMode.String", "func() string", mode_string},
    {"FileMode.IsDir", "func() bool", mode_is_dir},
    {"FileMode.IsRegular", "func() bool", mode_is_regular},
    {"FileMode.Perm", "func() FileMode", mode_perm},
    {"FileMode.Type", "func() FileMode", mode_type},
    {"(*PathError).Error", "func() string", path_error_error},
    {"(*PathError).Unwrap", "func() error", path_error_unwrap},
    {"ValidPath", "func(name string) bool", fs_valid_path},
    {"Stat", "func(fsys FS, name string) (FileInfo, error)", fs_stat},
    {"ReadFile", "func(fsys FS, name string) ([]byte, error)", fs_read_file},
    {"ReadDir", "func(fsys FS, name string) ([]DirEntry, error)", fs_read_dir},
    {"WalkDir", "func(fsys FS, root string, fn WalkDirFunc) error", rt_fs_walk_dir},
    {"Glob", "func(fsys FS, pattern string) (matches []string, err error)", fs_glob},
    {"Sub", "func(fsys FS, dir string) (FS, error)", fs_sub},
    {"FileInfoToDirEntry", "func(info FileInfo) DirEntry", fs_file_info_to_dir_entry},
    {"(*PathError).Timeout", "func() bool", path_error_timeout},
    {"(*subFS).Open", "func(name string) (File, error)", sub_open},
    {"(*subFS).ReadDir", "func(name string) ([]DirEntry, error)", sub_read_dir},
    {"(*subFS).ReadFile", "func(name string) ([]byte, error)", sub_read_file},
    {"(*subFS).Glob", "func(pattern string) ([]string, error)", sub_glob},
    {"(*subFS).Sub", "func(dir string) (FS, error)", sub_sub},
    {"(*statDirEntry).Name", "func() string", rt_sde_name},
    {"(*statDirEntry).IsDir", "func() bool", rt_sde_is_dir},
    {"(*statDirEntry).Type", "func() FileMode", rt_sde_type},
    {"(*statDirEntry).Info", "func() (FileInfo, error)", rt_sde_info},
};

static const NativeType fs_types[] = {
    {"FileMode", "uint32"},
    {"FileInfo", "interface { Name() string; Size() int64; Mode() FileMode; ModTime() time.Time; "
                 "IsDir() bool; Sys() interface{} }"},
    {"DirEntry", "interface { Name() string; IsDir() bool; Type() FileMode; Info() (FileInfo, error) }"},
    {"PathError", "struct { Op string; Path string; Err error }"},
    {"subFS", "struct { fsys FS; dir string }"},
    {"WalkDirFunc", "func(path string, d DirEntry, err error) error"},
    {"FS", "interface { Open(name string) (File, error) }"},
    {"File", "interface { Stat() (FileInfo, error); Read([]byte) (int, error); Close() error }"},
    {"ReadDirFile", "interface { File; ReadDir(n int) ([]DirEntry, error) }"},
    {"ReadDirFS", "interface { FS; ReadDir(name string) ([]DirEntry, error) }"},
    {"ReadFileFS", "interface { FS; ReadFile(name string) ([]byte, error) }"},
    {"StatFS", "interface { FS; Stat(name string) (FileInfo, error) }"},
    {"GlobFS", "interface { FS; Glob(pattern string) ([]string, error) }"},
    {"SubFS", "interface { FS; Sub(dir string) (FS, error) }"},
    {"statDirEntry", "struct { info FileInfo }"},
};

#define MODE(name, v) {name, "FileMode", v}
static const NativeConst fs_consts[] = {
    MODE("ModeDir", "2147483648"), MODE("ModeAppend", "1073741824"), MODE("ModeExclusive", "536870912"),
    MODE("ModeTemporary", "268435456"), MODE("ModeSymlink", "134217728"), MODE("ModeDevice", "67108864"),
    MODE("ModeNamedPipe", "33554432"), MODE("ModeSocket", "16777216"), MODE("ModeSetuid", "8388608"),
    MODE("ModeSetgid", "4194304"), MODE("ModeCharDevice", "2097152"), MODE("ModeSticky", "1048576"),
    MODE("ModeIrregular", "524288"), MODE("ModeType", "2401763328"), MODE("ModePerm", "511"),
};

static const NativeVar fs_vars[] = {
    {"ErrInvalid", "error", var_err_invalid},
    {"ErrPermission", "error", var_err_permission},
    {"ErrExist", "error", var_err_exist},
    {"ErrNotExist", "error", var_err_not_exist},
    {"ErrClosed", "error", var_err_closed},
    {"SkipDir", "error", var_skip_dir},
};

static const char *const fs_imports[] = {"time", "syscall", NULL};

const NativePkg rt_pkg_fs = {
    .path = "io/fs", .name = "fs",
    .funcs = fs_funcs, .nfuncs = sizeof fs_funcs / sizeof fs_funcs[0],
    .types = fs_types, .ntypes = sizeof fs_types / sizeof fs_types[0],
    .consts = fs_consts, .nconsts = sizeof fs_consts / sizeof fs_consts[0],
    .vars = fs_vars, .nvars = sizeof fs_vars / sizeof fs_vars[0],
    .imports = fs_imports,
};
