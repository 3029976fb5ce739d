// pkg_exec.c - package os/exec (Command, LookPath, Cmd.Run/Start/Wait/
// Output/CombinedOutput/StdinPipe/StdoutPipe/StderrPipe, *exec.Error,
// *exec.ExitError) and what os has for processes (os.Pipe, *os.Process,
// *os.ProcessState), with Go 1.19's error texts.
//
// A child gets /dev/null for a nil Stdin/Stdout/Stderr, the descriptor of
// an *os.File directly, and a pipe for any other io.Reader/io.Writer.
// As in Go, goroutines started by Start do the copying: stdin_copy reads
// a non-file Stdin and writes it to the child's pipe (non-blocking, parked
// in the netpoller while the pipe is full), pump_out runs a poll(2) loop
// handing what arrives on the stdout/stderr pipes to the Go writers
// (rt_io_write) until both close. Wait reaps the child, then waits for
// them. Parked goroutines wait in the netpoller (rt_poll_wait) on the
// pipes, and Wait on a pidfd of the child (pidfd_open, Linux 5.3) until it
// exits, so the others run meanwhile (a goroutine feeding StdinPipe, a
// timer killing the child) and nothing polls. A Cmd with a context
// (CommandContext), or a kernel without pidfd_open, polls without
// blocking and sleeps in between instead, checking the context each time.
//
// The child is made with fork and execve; it reports a failed chdir or
// execve through a close-on-exec pipe, so Start returns Go's
// *PathError ("fork/exec /x: permission denied", "chdir /x: ...").
#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include "internal.h"
#include "pkg_internal.h"

extern char **environ;

typedef struct Cmd {
    GoString path;
    GoSlice args, env;
    GoString dir;
    GoIface in, out, err;
    void *process, *state;
    GoIface cmd_err, look_path_err;
    GoSlice close_after_start, close_after_wait;   // []*os.File
    GoSlice err_capture;
    int64_t in_fd, out_fd, err_fd;   // the parent's pipe ends (-1: none)
    bool capture_err, same_out_err, killed;
    bool stdin_busy;                 // stdin_copy is still feeding the child
    bool pump_busy;                  // pump_out is still copying the child's output
    GoIface ctx;                     // CommandContext's context.Context (nil: none)
    GoIface stdin_err;               // stdin_copy's error, returned by a successful Wait
} Cmd;
typedef struct Process { int64_t pid; bool done; } Process;
typedef struct ProcessState { int64_t pid, status, utime, stime; } ProcessState;
typedef struct ExecError { GoString name; GoIface err; } ExecError;
typedef struct ExitError { ProcessState *state; GoSlice stderr_data; } ExitError;

static const GoIface no_error = {NULL, NULL};
static const GoString err_not_found = {(const uint8_t *)"executable file not found in $PATH", 34};
static const GoString err_dot = {(const uint8_t *)"cannot run executable found relative to current directory", 57};

static const Type *pkg_t(Runtime *rt, const char *pkg, const char *name, bool ptr) {
    const Type *t = rt_pkg_type(rt, pkg, name, ptr);
    if (!t)
        rt_fatal(rt, "%s.%s: package type missing", pkg, name);
    return t;
}

static GoIface plain_error(Runtime *rt, const char *msg) { return rt_error_new(rt, msg, strlen(msg)); }

static GoString cstr(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

// ---- LookPath ----------------------------------------------------------------------

// find_executable: Go's findExecutable: nil, a *PathError from stat, or fs.ErrPermission.
static GoIface find_executable(Runtime *rt, GoString file) {
    char *p = rt_cstring(file);
    struct stat st;
    int r = stat(p, &st), err = errno;
    free(p);
    if (r < 0)
        return rt_path_error(rt, "stat", file, err);
    if (!S_ISDIR(st.st_mode) && (st.st_mode & 0111))
        return no_error;
    return rt_fs_sentinel(FS_ERR_PERMISSION);
}

static GoIface exec_error(Runtime *rt, GoString name, GoIface err) {
    ExecError *e = rt_alloc(rt, pkg_t(rt, "os/exec", "Error", false));
    rt_store(rt, &rt_ptype_string, &e->name, (Value){.s = name});
    rt_store(rt, &rt_ptype_error, &e->err, (Value){.e = err});
    return (GoIface){pkg_t(rt, "os/exec", "Error", true), e};
}

static GoString look_path(Runtime *rt, GoString file, GoIface *err) {
    *err = no_error;
    if (memchr(file.ptr, '/', (size_t)file.len)) {
        GoIface e = find_executable(rt, file);
        if (!e.type)
            return file;
        *err = exec_error(rt, file, e);
        return (GoString){NULL, 0};
    }
    const char *path = getenv("PATH");
    path = path ? path : "";
    for (const char *p = path;;) {
        const char *colon = strchr(p, ':');
        size_t n = colon ? (size_t)(colon - p) : strlen(p);
        GoString dir = n ? rt_string_from_c(rt, p, n) : cstr(".");
        GoString full = rt_path_join2(rt, dir, file);
        if (!find_executable(rt, full).type) {
            if (full.ptr[0] != '/')
                *err = exec_error(rt, file, rt_error_static(&err_dot));
            return full;
        }
        if (!colon)
            break;
        p = colon + 1;
    }
    *err = exec_error(rt, file, rt_error_static(&err_not_found));
    return (GoString){NULL, 0};
}

static void exec_look_path(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    res[0].s = look_path(rt, a[0].s, &err);
    res[1].e = err;
}

static void error_error(Runtime *rt, Value *a, Value *res) {
    ExecError *e = a[0].p;
    if (!e)
        rt_panic_nil_deref(rt);
    StrBuf b = {0};
    sb_puts(&b, "exec: ");
    rt_quote(&b, e->name.ptr, (size_t)e->name.len, false);
    sb_puts(&b, ": ");
    GoString t;
    if (rt_error_text(rt, e->err, &t))
        sb_put(&b, t.ptr, (size_t)t.len);
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

static void error_unwrap(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    res[0].e = ((ExecError *)a[0].p)->err;
}

// ---- Command ------------------------------------------------------------------------

static Cmd *cmd_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void exec_command(Runtime *rt, Value *a, Value *res) {
    Cmd *c = rt_alloc(rt, pkg_t(rt, "os/exec", "Cmd", false));
    GoString name = a[0].s;
    rt_store(rt, &rt_ptype_string, &c->path, (Value){.s = name});
    GoSlice args = rt_append(rt, &rt_ptype_string, (GoSlice){NULL, 0, 0}, &name, 1);
    args = rt_append(rt, &rt_ptype_string, args, a[1].sl.ptr, a[1].sl.len);
    rt_store(rt, &rt_ptype_bytes, &c->args, (Value){.sl = args});
    c->in_fd = c->out_fd = c->err_fd = -1;
    if (!memchr(name.ptr, '/', (size_t)name.len) && name.len > 0) {
        GoIface err;
        GoString lp = look_path(rt, name, &err);
        if (lp.len)
            rt_store(rt, &rt_ptype_string, &c->path, (Value){.s = lp});
        if (err.type)
            rt_store(rt, &rt_ptype_error, &c->cmd_err, (Value){.e = err});
    }
    res[0].w[1] = 0;
    res[0].p = c;
}

static void exec_command_context(Runtime *rt, Value *a, Value *res) {
    if (!a[0].e.type)
        rt_panic(rt, rt_iface_box(rt, &rt_ptype_string, (Value){.s = rt_string_from_c(rt, "nil Context", 11)}));
    exec_command(rt, a + 1, res);
    rt_store(rt, &rt_ptype_error, &((Cmd *)res[0].p)->ctx, a[0]);
}

// ctx_err: ctx.Err() of the command's context (nil without one).
static GoIface ctx_err(Runtime *rt, Cmd *c) {
    Value r[1];
    r[0].e = (GoIface){NULL, NULL};
    if (c->ctx.type)
        rt_call_method(rt, c->ctx, "Err", NULL, 0, r);
    return r[0].e;
}

// watch_ctx: kills the child once its context is done (Go's watchCtx).
static void watch_ctx(Runtime *rt, Cmd *c) {
    if (c->killed || !c->ctx.type || !c->process || !ctx_err(rt, c).type)
        return;
    c->killed = true;
    kill((pid_t)((Process *)c->process)->pid, SIGKILL);
}

static void cmd_string(Runtime *rt, Value *a, Value *res) {
    Cmd *c = cmd_of(rt, a[0]);
    StrBuf b = {0};
    bool failed = c->cmd_err.type || c->look_path_err.type;
    for (uint32_t i = 0; i < c->args.len; i++) {
        GoString s = ((GoString *)c->args.ptr)[i];
        if (i == 0 && !failed)
            s = c->path;
        if (i)
            sb_putc(&b, ' ');
        sb_put(&b, s.ptr, (size_t)s.len);
    }
    if (c->args.len == 0 && !failed)
        sb_put(&b, c->path.ptr, (size_t)c->path.len);
    res[0].s = rt_string_from_c(rt, b.p ? b.p : "", b.len);
    sb_free(&b);
}

// ---- files and pipes ---------------------------------------------------------------------

static bool is_file(Runtime *rt, GoIface v) { return v.type && v.type == rt_pkg_type(rt, "os", "File", true) && v.data; }

static void append_file(Runtime *rt, GoSlice *list, OsFile *f) {
    *list = rt_append(rt, pkg_t(rt, "os", "File", true), *list, &f, 1);
}

static void close_files(Runtime *rt, GoSlice *list) {
    for (uint32_t i = 0; i < list->len; i++) {
        OsFile *f = ((OsFile **)list->ptr)[i];
        if (!f->closed) {
            close((int)f->fd);
            f->closed = true;
        }
    }
    rt_store(rt, &rt_ptype_bytes, list, (Value){.sl = (GoSlice){NULL, 0, 0}});
}

static bool make_pipe(Runtime *rt, OsFile **r, OsFile **w, GoIface *err) {
    int p[2];
    if (pipe2(p, O_CLOEXEC) < 0) {
        *err = rt_path_error(rt, "pipe", (GoString){NULL, 0}, errno);
        return false;
    }
    *r = rt_os_new_file(rt, p[0], cstr("|0"));
    *w = rt_os_new_file(rt, p[1], cstr("|1"));
    return true;
}

void rt_os_pipe(Runtime *rt, Value *a, Value *res) {
    (void)a;
    OsFile *r = NULL, *w = NULL;
    GoIface err = no_error;
    make_pipe(rt, &r, &w, &err);
    res[0].w[1] = res[1].w[1] = 0;
    res[0].p = r;
    res[1].p = w;
    res[2].e = err;
}

static void std_pipe(Runtime *rt, Value *a, Value *res, int which) {
    Cmd *c = cmd_of(rt, a[0]);
    static const char *const names[] = {"Stdin", "Stdout", "Stderr"};
    GoIface *slot = which == 0 ? &c->in : which == 1 ? &c->out : &c->err;
    StrBuf b = {0};
    res[0].e = no_error;
    res[1].e = no_error;
    if (slot->type) {
        sb_printf(&b, "exec: %s already set", names[which]);
    } else if (c->process) {
        sb_printf(&b, "exec: %sPipe after process started", names[which]);
    }
    if (b.len) {
        res[1].e = rt_error_new(rt, b.p, b.len);
        sb_free(&b);
        return;
    }
    OsFile *r, *w;
    if (!make_pipe(rt, &r, &w, &res[1].e))
        return;
    const Type *ft = pkg_t(rt, "os", "File", true);
    OsFile *child = which == 0 ? r : w, *parent = which == 0 ? w : r;
    rt_store(rt, &rt_ptype_error, slot, (Value){.e = (GoIface){ft, child}});
    GoSlice l = c->close_after_start;
    append_file(rt, &l, child);
    rt_store(rt, &rt_ptype_bytes, &c->close_after_start, (Value){.sl = l});
    l = c->close_after_wait;
    append_file(rt, &l, parent);
    rt_store(rt, &rt_ptype_bytes, &c->close_after_wait, (Value){.sl = l});
    res[0].e = (GoIface){ft, parent};
}

static void cmd_stdin_pipe(Runtime *rt, Value *a, Value *res) { std_pipe(rt, a, res, 0); }
static void cmd_stdout_pipe(Runtime *rt, Value *a, Value *res) { std_pipe(rt, a, res, 1); }
static void cmd_stderr_pipe(Runtime *rt, Value *a, Value *res) { std_pipe(rt, a, res, 2); }

// ---- Start ----------------------------------------------------------------------------

// child_fd: the descriptor the child gets for slot i (0 stdin...), opening
// /dev/null or a pipe as needed; *parent_end is the pipe end we keep.
static int child_fd(Runtime *rt, Cmd *c, int i, GoIface v, int *parent_end, int *to_close) {
    *parent_end = -1;
    *to_close = -1;
    if (is_file(rt, v))
        return (int)((OsFile *)v.data)->fd;
    if (!v.type) {
        int fd = open("/dev/null", (i == 0 ? O_RDONLY : O_WRONLY) | O_CLOEXEC);
        *to_close = fd;
        return fd;
    }
    if (i == 2 && c->same_out_err)
        return -2;
    int p[2];
    if (pipe2(p, O_CLOEXEC) < 0)
        return -1;
    *parent_end = i == 0 ? p[1] : p[0];
    *to_close = i == 0 ? p[0] : p[1];
    return *to_close;
}

// write_polled writes p[:n] to the non-blocking descriptor fd, parking in
// the netpoller while the pipe is full; 0 or the errno of a failed write
// (EPIPE: the child stopped reading).
static int write_polled(Runtime *rt, int fd, const char *p, int64_t n) {
    while (n > 0) {
        ssize_t k = write(fd, p, (size_t)n);
        if (k > 0) {
            p += k;
            n -= k;
            continue;
        }
        if (k < 0 && errno != EAGAIN && errno != EINTR)
            return errno;
        struct pollfd pf = {fd, POLLOUT, 0};
        rt_poll_wait(rt, &pf, 1);
        if (!rt_others_may_run(rt))   // alone: the netpoller returned at once
            poll(&pf, 1, -1);
    }
    return 0;
}

// stdin_copy: the goroutine feeding a non-file Stdin to the child, as Go's
// io.Copy goroutine in (*Cmd).stdin: it closes the pipe at the reader's
// end or when the child stops reading (EPIPE, no error); Wait waits for it
// and returns its error (the reader's, or a failed write's) if the child
// succeeded.
static void stdin_copy(Runtime *rt, void *arg) {
    Cmd *c = arg;
    int fd = (int)c->in_fd;
    c->in_fd = -1;
    GoSlice buf = rt_make_slice(rt, &rt_ptype_uint8, 32768, 32768);
    GoIface err = no_error;
    for (;;) {
        int64_t n = rt_io_read(rt, c->in, buf, &err);
        int werr = n > 0 ? write_polled(rt, fd, buf.ptr, n) : 0;
        if (werr) {
            err = werr == EPIPE ? no_error : rt_path_error(rt, "write", cstr("|1"), werr);
            break;
        }
        if (err.type) {
            if (err.data == rt_io_eof().data)
                err = no_error;
            break;
        }
    }
    close(fd);
    rt_store(rt, &rt_ptype_error, &c->stdin_err, (Value){.e = err});
    c->stdin_busy = false;
}

// build_env: Go's Cmd.environ: Env, or the process's environment plus
// PWD=<abs Dir> when Dir is set; then dedupEnv (the last value of a key
// wins, in the order of the kept entries). A NULL-terminated malloc'ed
// array of malloc'ed strings.
static char **build_env(Runtime *rt, Cmd *c) {
    size_t n = 0, cap = 16;
    char **in = malloc(cap * sizeof *in);
    if (!in)
        abort();
    #define PUSH(s) do { if (n + 1 >= cap) { cap *= 2; in = realloc(in, cap * sizeof *in); if (!in) abort(); } in[n++] = (s); } while (0)
    if (c->env.ptr) {
        for (uint32_t i = 0; i < c->env.len; i++)
            PUSH(rt_cstring(((GoString *)c->env.ptr)[i]));
    } else {
        for (char **e = environ; e && *e; e++)
            PUSH(strdup(*e));
        if (c->dir.len) {
            Value a[1], r[2];
            a[0].s = c->dir;
            rt_native_call(rt, "path/filepath", "Abs", a, r);
            if (!r[1].e.type) {
                StrBuf b = {0};
                sb_puts(&b, "PWD=");
                sb_put(&b, r[0].s.ptr, (size_t)r[0].s.len);
                sb_putc(&b, 0);
                PUSH(b.p);
            }
        }
    }
    #undef PUSH
    char **out = calloc(n + 1, sizeof *out);
    if (!out)
        abort();
    size_t k = 0;
    for (size_t i = n; i-- > 0;) {
        char *kv = in[i];
        char *eq = strchr(kv[0] == '=' ? kv + 1 : kv, '=');
        bool dup = false;
        if (eq) {
            size_t klen = (size_t)(eq - kv);
            for (size_t j = 0; j < k && !dup; j++)
                dup = strncmp(out[j], kv, klen) == 0 && out[j][klen] == '=';
        }
        if ((!eq && kv[0] == 0) || dup)
            free(kv);
        else
            out[k++] = kv;
    }
    free(in);
    for (size_t i = 0; i < k / 2; i++) {
        char *t = out[i];
        out[i] = out[k - 1 - i];
        out[k - 1 - i] = t;
    }
    return out;
}

static void cmd_environ(Runtime *rt, Value *a, Value *res) {
    char **env = build_env(rt, cmd_of(rt, a[0]));
    GoSlice s = {NULL, 0, 0};
    for (char **e = env; *e; e++) {
        GoString g = rt_string_from_c(rt, *e, strlen(*e));
        s = rt_append(rt, &rt_ptype_string, s, &g, 1);
        free(*e);
    }
    free(env);
    res[0].sl = s;
}

static char **c_strings(GoSlice l) {
    char **v = calloc(l.len + 1, sizeof *v);
    if (!v)
        abort();
    for (uint32_t i = 0; i < l.len; i++)
        v[i] = rt_cstring(((GoString *)l.ptr)[i]);
    return v;
}

static void free_strings(char **v) {
    for (char **p = v; p && *p; p++)
        free(*p);
    free(v);
}

// run_child: in the forked child: set up descriptors and exec; on failure
// write the errno (and which step) to errfd.
_Noreturn static void run_child(int fds[3], const char *dir, const char *path, char **argv, char **envp,
                                int errfd) {
    for (int i = 0; i < 3; i++)
        if (fds[i] >= 0 && fds[i] < 3 && fds[i] != i)
            fds[i] = fcntl(fds[i], F_DUPFD_CLOEXEC, 3);
    for (int i = 0; i < 3; i++) {
        int src = fds[i] == -2 ? fds[1] : fds[i];
        if (src == i)
            fcntl(i, F_SETFD, 0);
        else
            dup2(src, i);
    }
    int msg[2] = {0, 0};
    if (dir && chdir(dir) < 0) {
        msg[0] = 1;
        msg[1] = errno;
    } else {
        execve(path, argv, envp);
        msg[1] = errno;
    }
    if (write(errfd, msg, sizeof msg) < 0)
        _exit(127);
    _exit(127);
}

static void pump_out(Runtime *rt, void *arg);

static GoIface start(Runtime *rt, Cmd *c) {
    if (c->path.len == 0 && !c->cmd_err.type && !c->look_path_err.type)
        rt_store(rt, &rt_ptype_error, &c->cmd_err, (Value){.e = plain_error(rt, "exec: no command")});
    if (c->cmd_err.type || c->look_path_err.type) {
        close_files(rt, &c->close_after_start);
        close_files(rt, &c->close_after_wait);
        return c->look_path_err.type ? c->look_path_err : c->cmd_err;
    }
    if (c->process)
        return plain_error(rt, "exec: already started");
    GoIface ce = ctx_err(rt, c);
    if (ce.type) {
        close_files(rt, &c->close_after_start);
        close_files(rt, &c->close_after_wait);
        return ce;
    }
    if (c->dir.len) {
        char *d = rt_cstring(c->dir);
        struct stat st;
        int r = stat(d, &st), e = errno;
        free(d);
        if (r < 0)
            return rt_path_error(rt, "chdir", c->dir, e);
    }
    c->same_out_err = c->out.type && !is_file(rt, c->out) && c->out.type == c->err.type && c->out.data == c->err.data;
    int fds[3], parent[3], to_close[3];
    GoIface *slots[3] = {&c->in, &c->out, &c->err};
    for (int i = 0; i < 3; i++)
        fds[i] = child_fd(rt, c, i, *slots[i], &parent[i], &to_close[i]);
    char **argv = c_strings(c->args), **envp = build_env(rt, c);
    char *path = rt_cstring(c->path), *dir = c->dir.len ? rt_cstring(c->dir) : NULL;
    int ep[2];
    if (pipe2(ep, O_CLOEXEC) < 0)
        ep[0] = ep[1] = -1;
    rt_flush(rt);
    pid_t pid = fork();
    if (pid == 0)
        run_child(fds, dir, path, argv, envp, ep[1]);
    int fork_err = errno;
    free_strings(argv);
    free_strings(envp);
    free(path);
    free(dir);
    close(ep[1]);
    for (int i = 0; i < 3; i++)
        if (to_close[i] >= 0)
            close(to_close[i]);
    close_files(rt, &c->close_after_start);
    int msg[2] = {0, 0};
    ssize_t got = pid > 0 ? read(ep[0], msg, sizeof msg) : 0;
    close(ep[0]);
    if (pid < 0 || got == (ssize_t)sizeof msg) {
        if (pid > 0)
            waitpid(pid, NULL, 0);
        for (int i = 0; i < 3; i++)
            if (parent[i] >= 0)
                close(parent[i]);
        close_files(rt, &c->close_after_wait);
        if (pid < 0)
            return rt_path_error(rt, "fork/exec", c->path, fork_err);
        return msg[0] == 1 ? rt_path_error(rt, "chdir", c->dir, msg[1]) : rt_path_error(rt, "fork/exec", c->path, msg[1]);
    }
    c->in_fd = parent[0];
    c->out_fd = parent[1];
    c->err_fd = parent[2];
    Process *p = rt_alloc(rt, pkg_t(rt, "os", "Process", false));
    p->pid = pid;
    gc_write_ptr(rt, &c->process, p);
    if (c->in_fd >= 0) {   // a non-file Stdin: fed by its own goroutine, writing only what the pipe takes
        fcntl((int)c->in_fd, F_SETFL, fcntl((int)c->in_fd, F_GETFL) | O_NONBLOCK);
        c->stdin_busy = true;
        static const RtGoOrigin origin = {"os/exec.(*Cmd).Start.func1", "/usr/lib/go-1.19/src/os/exec/exec.go", 493, 0x5c};
        rt_go_at(rt, stdin_copy, c, &origin);
    }
    if (c->out_fd >= 0 || c->err_fd >= 0) {
        c->pump_busy = true;
        static const RtGoOrigin origin = {"os/exec.(*Cmd).Start.func2", "/usr/lib/go-1.19/src/os/exec/exec.go", 493, 0x5c};
        rt_go_at(rt, pump_out, c, &origin);
    }
    return no_error;
}

static void cmd_start(Runtime *rt, Value *a, Value *res) { res[0].e = start(rt, cmd_of(rt, a[0])); }

// ---- Wait ---------------------------------------------------------------------------------

static void deliver(Runtime *rt, Cmd *c, GoIface w, const char *buf, ssize_t n, bool is_err) {
    if (is_err && c->capture_err) {
        GoSlice s = rt_append(rt, &rt_ptype_uint8, c->err_capture, buf, (size_t)n);
        rt_store(rt, &rt_ptype_bytes, &c->err_capture, (Value){.sl = s});
        return;
    }
    GoIface err;
    rt_io_write(rt, w, buf, n, &err);
}

// pump moves data between the parent's pipe ends and the Go values until
// the child closes its stdout and stderr.
// Waiting for the child: alone, the program blocks in poll/waitpid; with
// other goroutines or timers it parks in the netpoller, or (with a
// context to watch) polls without blocking and sleeps in between
// (rt_idle_wait), so they run meanwhile (one feeding StdinPipe, a timer
// that kills the child...).
static bool others_running(Runtime *rt) { return rt_others_may_run(rt); }
static void idle(Runtime *rt, int64_t *backoff) { rt_idle_wait(rt, backoff); }

static void pump(Runtime *rt, Cmd *c) {
    int64_t backoff = 0;
    char buf[32768];
    while (c->out_fd >= 0 || c->err_fd >= 0) {
        struct pollfd pf[3] = {{-1, 0, 0}, {(int)c->out_fd, POLLIN, 0}, {(int)c->err_fd, POLLIN, 0}};
        bool shared = c->ctx.type || others_running(rt);
        if (shared && !c->ctx.type)
            rt_poll_wait(rt, pf, 3);   // parked until a pipe is ready (or the program is alone)
        int ready = poll(pf, 3, shared ? 0 : -1);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (ready == 0) {
            watch_ctx(rt, c);
            idle(rt, &backoff);
            continue;
        }
        backoff = 0;
        int64_t *fds[2] = {&c->out_fd, &c->err_fd};
        for (int i = 0; i < 2; i++) {
            if (*fds[i] < 0 || !(pf[i + 1].revents & (POLLIN | POLLERR | POLLHUP)))
                continue;
            ssize_t k = read((int)*fds[i], buf, sizeof buf);
            if (k < 0 && errno == EINTR)
                continue;
            if (k <= 0) {
                close((int)*fds[i]);
                *fds[i] = -1;
                continue;
            }
            deliver(rt, c, i == 0 ? c->out : c->err, buf, k, i == 1);
        }
    }
}

// pump_out: the goroutine copying the child's stdout and stderr pipes to
// the Go writers from Start on, as Go's copying goroutines do (a program
// may wait for the child's output before it calls Wait); Wait waits for it.
static void pump_out(Runtime *rt, void *arg) {
    Cmd *c = arg;
    pump(rt, c);
    c->pump_busy = false;
}

static int64_t tv_ns(struct timeval tv) { return (int64_t)tv.tv_sec * 1000000000 + (int64_t)tv.tv_usec * 1000; }

static GoIface new_state(Runtime *rt, int64_t pid, int status, const struct rusage *ru, ProcessState **out) {
    ProcessState *s = rt_alloc(rt, pkg_t(rt, "os", "ProcessState", false));
    s->pid = pid;
    s->status = status;
    s->utime = tv_ns(ru->ru_utime);
    s->stime = tv_ns(ru->ru_stime);
    *out = s;
    return no_error;
}

// park_until_exit parks the goroutine in the netpoller until child pid
// has exited (its pidfd is readable); without pidfd_open it returns at
// once and the caller polls.
static void park_until_exit(Runtime *rt, pid_t pid) {
#ifdef SYS_pidfd_open
    int fd = (int)syscall(SYS_pidfd_open, pid, 0);
    if (fd < 0)
        return;
    struct pollfd pf = {fd, POLLIN, 0};
    rt_poll_wait(rt, &pf, 1);
    close(fd);
#else
    (void)rt, (void)pid;
#endif
}

static GoIface wait_cmd(Runtime *rt, Cmd *c) {
    if (!c->process)
        return plain_error(rt, "exec: not started");
    if (c->state)
        return plain_error(rt, "exec: Wait was already called");
    Process *p = c->process;
    int status = 0;
    struct rusage ru = {0};
    int64_t backoff = 0;
    if (!c->ctx.type && others_running(rt))
        park_until_exit(rt, (pid_t)p->pid);
    int werr = 0;
    for (;;) {
        // a context may end with nothing else running (a deadline is no
        // timer here): poll it between non-blocking waits
        bool shared = c->ctx.type || others_running(rt);
        pid_t r = wait4((pid_t)p->pid, &status, shared ? WNOHANG : 0, &ru);
        if (r < 0 && errno == EINTR)
            continue;
        if (r == 0) {
            watch_ctx(rt, c);
            idle(rt, &backoff);
            continue;
        }
        werr = r < 0 ? errno : 0;   // ECHILD: Process.Wait reaped it already
        break;
    }
    p->done = true;
    for (backoff = 0; c->stdin_busy || c->pump_busy;)   // Go's Wait waits for its copying goroutines too
        idle(rt, &backoff);
    if (werr) {
        close_files(rt, &c->close_after_wait);
        return rt_os_syscall_error(rt, "waitid", rt_errno(rt, werr));
    }
    ProcessState *s;
    new_state(rt, p->pid, status, &ru, &s);
    gc_write_ptr(rt, &c->state, s);
    close_files(rt, &c->close_after_wait);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
        return c->stdin_err;
    ExitError *e = rt_alloc(rt, pkg_t(rt, "os/exec", "ExitError", false));
    gc_write_ptr(rt, (void **)&e->state, s);
    if (c->capture_err)
        rt_store(rt, &rt_ptype_bytes, &e->stderr_data, (Value){.sl = c->err_capture});
    return (GoIface){pkg_t(rt, "os/exec", "ExitError", true), e};
}

static void cmd_wait(Runtime *rt, Value *a, Value *res) { res[0].e = wait_cmd(rt, cmd_of(rt, a[0])); }

static GoIface run(Runtime *rt, Cmd *c) {
    GoIface e = start(rt, c);
    return e.type ? e : wait_cmd(rt, c);
}

static void cmd_run(Runtime *rt, Value *a, Value *res) { res[0].e = run(rt, cmd_of(rt, a[0])); }

static GoIface new_bytes_buffer(Runtime *rt) {
    const Type *t = pkg_t(rt, "bytes", "Buffer", false);
    return (GoIface){pkg_t(rt, "bytes", "Buffer", true), rt_alloc(rt, t)};
}

static GoSlice buffer_bytes(GoIface b) {
    GoSlice s = *(GoSlice *)b.data;
    int64_t off = ((int64_t *)b.data)[2];
    return (GoSlice){s.ptr ? (char *)s.ptr + off : NULL, s.len - (uint32_t)off, s.cap - (uint32_t)off};
}

static void cmd_output(Runtime *rt, Value *a, Value *res) {
    Cmd *c = cmd_of(rt, a[0]);
    res[0].sl = (GoSlice){NULL, 0, 0};
    if (c->out.type) {
        res[1].e = plain_error(rt, "exec: Stdout already set");
        return;
    }
    GoIface buf = new_bytes_buffer(rt);
    rt_store(rt, &rt_ptype_error, &c->out, (Value){.e = buf});
    c->capture_err = !c->err.type;
    if (c->capture_err)
        rt_store(rt, &rt_ptype_error, &c->err, (Value){.e = new_bytes_buffer(rt)});
    res[1].e = run(rt, c);
    res[0].sl = buffer_bytes(buf);
}

static void cmd_combined_output(Runtime *rt, Value *a, Value *res) {
    Cmd *c = cmd_of(rt, a[0]);
    res[0].sl = (GoSlice){NULL, 0, 0};
    if (c->out.type || c->err.type) {
        res[1].e = plain_error(rt, c->out.type ? "exec: Stdout already set" : "exec: Stderr already set");
        return;
    }
    GoIface buf = new_bytes_buffer(rt);
    rt_store(rt, &rt_ptype_error, &c->out, (Value){.e = buf});
    rt_store(rt, &rt_ptype_error, &c->err, (Value){.e = buf});
    res[1].e = run(rt, c);
    res[0].sl = buffer_bytes(buf);
}

// ---- os.ProcessState, os.Process, ExitError ------------------------------------------------

static ProcessState *state_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

void rt_os_state_exit_code(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p) {
        res[0].i = -1;
        return;
    }
    int st = (int)state_of(rt, a[0])->status;
    res[0].i = WIFEXITED(st) ? WEXITSTATUS(st) : -1;
}

// (*ProcessState).UserTime / SystemTime: the child's CPU times from wait4.
void rt_os_state_user_time(Runtime *rt, Value *a, Value *res) { res[0].i = state_of(rt, a[0])->utime; }
void rt_os_state_system_time(Runtime *rt, Value *a, Value *res) { res[0].i = state_of(rt, a[0])->stime; }

// (*ProcessState).Sys: the syscall.WaitStatus, boxed as interface{}.
void rt_os_state_sys(Runtime *rt, Value *a, Value *res) {
    Value v = {.w = {0, 0}};
    v.u = (uint32_t)state_of(rt, a[0])->status;
    res[0].e = rt_iface_box(rt, pkg_t(rt, "syscall", "WaitStatus", false), v);
}

void rt_os_state_exited(Runtime *rt, Value *a, Value *res) {
    res[0].w[1] = 0;
    res[0].u = WIFEXITED((int)state_of(rt, a[0])->status);
}

void rt_os_state_success(Runtime *rt, Value *a, Value *res) {
    int st = (int)state_of(rt, a[0])->status;
    res[0].w[1] = 0;
    res[0].u = WIFEXITED(st) && WEXITSTATUS(st) == 0;
}

void rt_os_state_pid(Runtime *rt, Value *a, Value *res) { res[0].i = state_of(rt, a[0])->pid; }

void rt_os_state_string(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p) {
        res[0].s = cstr("<nil>");
        return;
    }
    int st = (int)state_of(rt, a[0])->status;
    StrBuf b = {0};
    if (WIFEXITED(st)) {
        sb_printf(&b, "exit status %d", WEXITSTATUS(st));
    } else if (WIFSIGNALED(st)) {
        Value sig[1], name[1];
        sig[0].i = WTERMSIG(st);
        rt_native_call(rt, "syscall", "Signal.String", sig, name);
        sb_puts(&b, "signal: ");
        sb_put(&b, name[0].s.ptr, (size_t)name[0].s.len);
        if (WCOREDUMP(st))
            sb_puts(&b, " (core dumped)");
    } else if (WIFSTOPPED(st)) {
        sb_printf(&b, "stop signal: %d", WSTOPSIG(st));
    }
    res[0].s = rt_string_from_c(rt, b.p ? b.p : "", b.len);
    sb_free(&b);
}

static void exit_error_error(Runtime *rt, Value *a, Value *res) {
    ExitError *e = a[0].p;
    if (!e)
        rt_panic_nil_deref(rt);
    Value s[1] = {{.p = e->state}};
    s[0].w[1] = 0;
    s[0].p = e->state;
    rt_os_state_string(rt, s, res);
}

void rt_os_process_signal(Runtime *rt, Value *a, Value *res) {
    Process *p = a[0].p;
    if (!p)
        rt_panic_nil_deref(rt);
    res[0].e = no_error;
    if (p->done) {
        res[0].e = rt_fs_sentinel(FS_ERR_PROCESS_DONE);
        return;
    }
    int sig = a[1].e.type ? (int)(intptr_t)a[1].e.data : SIGKILL;
    if (kill((pid_t)p->pid, sig) < 0)
        res[0].e = rt_errno(rt, errno);
}

// rt_os_process_wait: (*Process).Wait, as Go's: the child's ProcessState,
// or a *SyscallError ("waitid: no child processes" once it was waited for).
void rt_os_process_wait(Runtime *rt, Value *a, Value *res) {
    Process *p = a[0].p;
    if (!p)
        rt_panic_nil_deref(rt);
    res[0].w[1] = 0;
    res[0].p = NULL;
    res[1].e = no_error;
    if (p->pid == -1) {
        res[1].e = rt_os_syscall_error(rt, "wait", rt_errno(rt, EINVAL));
        return;
    }
    if (others_running(rt))
        park_until_exit(rt, (pid_t)p->pid);
    int status = 0;
    struct rusage ru = {0};
    int64_t backoff = 0;
    for (;;) {
        pid_t r = wait4((pid_t)p->pid, &status, others_running(rt) ? WNOHANG : 0, &ru);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0) {
            // Go's blockUntilWaitable fails first, in waitid
            res[1].e = rt_os_syscall_error(rt, "waitid", rt_errno(rt, errno));
            return;
        }
        if (r > 0)
            break;
        idle(rt, &backoff);
    }
    p->done = true;
    ProcessState *st;
    new_state(rt, p->pid, status, &ru, &st);
    res[0].p = st;
}

void rt_os_process_release(Runtime *rt, Value *a, Value *res) {
    Process *p = a[0].p;
    if (!p)
        rt_panic_nil_deref(rt);
    p->pid = -1;
    res[0].e = no_error;
}

void rt_os_find_process(Runtime *rt, Value *a, Value *res) {
    Process *p = rt_alloc(rt, pkg_t(rt, "os", "Process", false));
    p->pid = a[0].i;
    res[0].w[1] = 0;
    res[0].p = p;
    res[1].e = no_error;
}

void rt_os_process_kill(Runtime *rt, Value *a, Value *res) {
    Value args[2];
    args[0] = a[0];
    args[1].e = (GoIface){NULL, NULL};
    rt_os_process_signal(rt, args, res);
}

static void var_err_not_found(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_not_found); }
static void var_err_dot(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_dot); }

static const NativeFunc exec_funcs[] = {
    {"Command", "func(name string, arg ...string) *Cmd", exec_command},
    {"LookPath", "func(file string) (string, error)", exec_look_path},
    {"CommandContext", "func(ctx context.Context, name string, arg ...string) *Cmd", exec_command_context},
    {"(*Cmd).Run", "func() error", cmd_run},
    {"(*Cmd).Start", "func() error", cmd_start},
    {"(*Cmd).Wait", "func() error", cmd_wait},
    {"(*Cmd).Output", "func() ([]byte, error)", cmd_output},
    {"(*Cmd).CombinedOutput", "func() ([]byte, error)", cmd_combined_output},
    {"(*Cmd).StdinPipe", "func() (io.WriteCloser, error)", cmd_stdin_pipe},
    {"(*Cmd).StdoutPipe", "func() (io.ReadCloser, error)", cmd_stdout_pipe},
    {"(*Cmd).StderrPipe", "func() (io.ReadCloser, error)", cmd_stderr_pipe},
    {"(*Cmd).String", "func() string", cmd_string},
    {"(*Cmd).Environ", "func() []string", cmd_environ},
    {"(*Error).Error", "func() string", error_error},
    {"(*Error).Unwrap", "func() error", error_unwrap},
    {"(*ExitError).Error", "func() string", exit_error_error},
};

static const NativeType exec_types[] = {
    {"Cmd", "struct { Path string; Args []string; Env []string; Dir string; Stdin io.Reader; Stdout io.Writer; "
            "Stderr io.Writer; Process *os.Process; ProcessState *os.ProcessState; Err error; lookPathErr error; "
            "closeAfterStart []*os.File; closeAfterWait []*os.File; errCapture []byte; "
            "inFd int; outFd int; errFd int; captureErr bool; sameOutErr bool; killed bool; stdinBusy bool; pumpBusy bool; ctx interface{}; stdinErr error }"},
    {"Error", "struct { Name string; Err error }"},
    {"ExitError", "struct { *os.ProcessState; Stderr []byte }"},
};

static const NativeVar exec_vars[] = {
    {"ErrNotFound", "error", var_err_not_found},
    {"ErrDot", "error", var_err_dot},
};

static const char *const exec_imports[] = {"io", "os", "bytes", "path/filepath", "context", NULL};

const NativePkg rt_pkg_exec = {
    .path = "os/exec", .name = "exec",
    .funcs = exec_funcs, .nfuncs = sizeof exec_funcs / sizeof exec_funcs[0],
    .types = exec_types, .ntypes = sizeof exec_types / sizeof exec_types[0],
    .vars = exec_vars, .nvars = sizeof exec_vars / sizeof exec_vars[0],
    .imports = exec_imports,
};
