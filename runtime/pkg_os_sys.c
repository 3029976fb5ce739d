// pkg_os_sys.c - package os beyond files (see pkg_os.c for the table):
// directories (Mkdir, MkdirAll, MkdirTemp, CreateTemp, Remove, RemoveAll,
// Rename, Chdir, Getwd), the environment (Getenv, Setenv, LookupEnv,
// Environ, ExpandEnv), the process (Exit, Getpid, Hostname), the error
// predicates (IsNotExist...) and *os.LinkError. Error texts and op words
// are Go 1.19's.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "pkg_internal.h"

extern char **environ;

static const GoIface no_error = {NULL, NULL};

static GoString go_string(Runtime *rt, const char *s) { return rt_string_from_c(rt, s, strlen(s)); }

static void set_bool(Value *v, bool b) {
    v->w[1] = 0;
    v->u = b;
}


void rt_os_signal_value(Runtime *rt, Value *out, int sig) {
    const Type *t = rt_pkg_type(rt, "syscall", "Signal", false);
    if (!t)
        rt_fatal(rt, "syscall.Signal: package type missing");
    out->e = (GoIface){t, (void *)(intptr_t)sig};
}

// ---- directories ----------------------------------------------------------------------

// path_call runs fn(path) and returns nil or a *PathError for op.
static GoIface path_call(Runtime *rt, const char *op, GoString name, int (*fn)(const char *, void *), void *arg) {
    char *path = rt_cstring(name);
    int r = fn(path, arg);
    int err = errno;
    free(path);
    return r < 0 ? rt_path_error(rt, op, name, err) : no_error;
}

// syscall_mode: Go's syscallMode: a FileMode's permission bits and its
// setuid, setgid and sticky bits as the system spells them.
static mode_t syscall_mode(uint64_t m) {
    mode_t o = (mode_t)(m & 0777);
    if (m & (1u << 23)) o |= S_ISUID;
    if (m & (1u << 22)) o |= S_ISGID;
    if (m & (1u << 20)) o |= S_ISVTX;
    return o;
}

static int do_mkdir(const char *p, void *arg) { return mkdir(p, syscall_mode(*(uint64_t *)arg)); }
static int do_chdir(const char *p, void *arg) { (void)arg; return chdir(p); }
static int do_chmod(const char *p, void *arg) { return chmod(p, syscall_mode(*(uint64_t *)arg)); }
static int do_truncate(const char *p, void *arg) { return truncate(p, (off_t) * (int64_t *)arg); }

void rt_os_mkdir(Runtime *rt, Value *a, Value *res) {
    uint64_t perm = a[1].u;
    res[0].e = path_call(rt, "mkdir", a[0].s, do_mkdir, &perm);
}

void rt_os_chdir(Runtime *rt, Value *a, Value *res) { res[0].e = path_call(rt, "chdir", a[0].s, do_chdir, NULL); }

void rt_os_chmod(Runtime *rt, Value *a, Value *res) {
    uint64_t perm = a[1].u;
    res[0].e = path_call(rt, "chmod", a[0].s, do_chmod, &perm);
}

void rt_os_truncate(Runtime *rt, Value *a, Value *res) {
    int64_t size = a[1].i;
    res[0].e = path_call(rt, "truncate", a[0].s, do_truncate, &size);
}

// mkdir_all: Go's MkdirAll (stat first; create the parent, then path).
static GoIface mkdir_all(Runtime *rt, GoString path, uint64_t perm) {
    char *p = rt_cstring(path);
    struct stat st;
    int r = stat(p, &st);
    free(p);
    if (r == 0) {
        if (S_ISDIR(st.st_mode))
            return no_error;
        return rt_path_error(rt, "mkdir", path, ENOTDIR);
    }
    int64_t i = path.len;
    while (i > 0 && path.ptr[i - 1] == '/')
        i--;
    int64_t j = i;
    while (j > 0 && path.ptr[j - 1] != '/')
        j--;
    if (j > 1) {
        GoIface e = mkdir_all(rt, (GoString){path.ptr, j - 1}, perm);
        if (e.type)
            return e;
    }
    GoIface e = path_call(rt, "mkdir", path, do_mkdir, &perm);
    if (!e.type)
        return e;
    p = rt_cstring(path);
    r = lstat(p, &st);
    free(p);
    return r == 0 && S_ISDIR(st.st_mode) ? no_error : e;
}

void rt_os_mkdir_all(Runtime *rt, Value *a, Value *res) { res[0].e = mkdir_all(rt, a[0].s, a[1].u); }

void rt_os_remove(Runtime *rt, Value *a, Value *res) {
    char *p = rt_cstring(a[0].s);
    res[0].e = no_error;
    if (unlink(p) == 0) {
        free(p);
        return;
    }
    int e = errno;
    if (rmdir(p) == 0) {
        free(p);
        return;
    }
    if (errno != ENOTDIR)
        e = errno;
    free(p);
    res[0].e = rt_path_error(rt, "remove", a[0].s, e);
}

// remove_all removes path and everything below it; 0 or an errno, with
// the failing path in *where (malloc'ed).
static int remove_all(const char *path, char **where) {
    struct stat st;
    if (lstat(path, &st) < 0)
        return errno == ENOENT ? 0 : errno;
    if (!S_ISDIR(st.st_mode)) {
        if (unlink(path) == 0 || errno == ENOENT)
            return 0;
        *where = strdup(path);
        return errno;
    }
    DIR *d = opendir(path);
    if (d) {
        struct dirent *e;
        while ((e = readdir(d))) {
            if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
                continue;
            StrBuf b = {0};
            sb_printf(&b, "%s/%s", path, e->d_name);
            sb_putc(&b, 0);
            int r = remove_all(b.p, where);
            sb_free(&b);
            if (r) {
                closedir(d);
                return r;
            }
        }
        closedir(d);
    }
    if (rmdir(path) == 0 || errno == ENOENT)
        return 0;
    *where = strdup(path);
    return errno;
}

void rt_os_remove_all(Runtime *rt, Value *a, Value *res) {
    GoString s = a[0].s;
    res[0].e = no_error;
    if (s.len == 0)
        return;
    if (s.ptr[s.len - 1] == '.' && (s.len == 1 || s.ptr[s.len - 2] == '/')) {
        res[0].e = rt_path_error(rt, "RemoveAll", s, EINVAL);
        return;
    }
    char *p = rt_cstring(s), *where = NULL;
    int r = remove_all(p, &where);
    free(p);
    // "x/..": Go empties it too, then fails to unlink ".." from x
    bool dotdot = s.len >= 2 && memcmp(s.ptr + s.len - 2, "..", 2) == 0 && (s.len == 2 || s.ptr[s.len - 3] == '/');
    if (!r && dotdot)
        r = ENOTEMPTY;
    if (r)
        res[0].e = rt_path_error(rt, "unlinkat", where ? go_string(rt, where) : s, r);
    free(where);
}

// ---- LinkError and Rename -------------------------------------------------------------

typedef struct LinkError { GoString op, old_name, new_name; GoIface err; } LinkError;
typedef struct SyscallError { GoString syscall; GoIface err; } SyscallError;

// link_op runs fn(old, new) (rename, link, symlink): nil or an *os.LinkError.
static void link_op(Runtime *rt, Value *a, Value *res, const char *op, int (*fn)(const char *, const char *)) {
    char *o = rt_cstring(a[0].s), *n = rt_cstring(a[1].s);
    int r = fn(o, n), err = errno;
    free(o);
    free(n);
    res[0].e = no_error;
    if (r == 0)
        return;
    const Type *t = rt_pkg_type(rt, "os", "LinkError", false);
    LinkError *le = rt_alloc(rt, t);
    Value v;
    v.s = go_string(rt, op);
    rt_store(rt, &rt_ptype_string, &le->op, v);
    rt_store(rt, &rt_ptype_string, &le->old_name, a[0]);
    rt_store(rt, &rt_ptype_string, &le->new_name, a[1]);
    v.e = rt_errno(rt, err);
    rt_store(rt, &rt_ptype_error, &le->err, v);
    res[0].e = (GoIface){rt_pkg_type(rt, "os", "LinkError", true), le};
}

// go_rename: Go's os.rename on Unix: a new name that is an existing
// directory is refused with EEXIST (after a missing old name's own
// error), unless both name the same file; else rename(2).
static int go_rename(const char *o, const char *n) {
    struct stat nst, ost;
    if (lstat(n, &nst) == 0 && S_ISDIR(nst.st_mode)) {
        if (lstat(o, &ost) < 0)
            return -1;
        if (strcmp(o, n) == 0 || nst.st_dev != ost.st_dev || nst.st_ino != ost.st_ino) {
            errno = EEXIST;
            return -1;
        }
    }
    return rename(o, n);
}

void rt_os_rename(Runtime *rt, Value *a, Value *res) { link_op(rt, a, res, "rename", go_rename); }
void rt_os_link(Runtime *rt, Value *a, Value *res) { link_op(rt, a, res, "link", link); }
void rt_os_symlink(Runtime *rt, Value *a, Value *res) { link_op(rt, a, res, "symlink", symlink); }

void rt_os_readlink(Runtime *rt, Value *a, Value *res) {
    char *p = rt_cstring(a[0].s), *buf = NULL;
    ssize_t n;
    for (size_t cap = 256;; cap *= 2) {   // grow until the target fits
        free(buf);
        buf = malloc(cap);
        if (!buf)
            abort();
        n = readlink(p, buf, cap);
        if (n < 0 || (size_t)n < cap)
            break;
    }
    int err = errno;
    free(p);
    res[0].s = (GoString){NULL, 0};
    res[1].e = no_error;
    if (n < 0)
        res[1].e = rt_path_error(rt, "readlink", a[0].s, err);
    else
        res[0].s = rt_string_from_c(rt, buf, (size_t)n);
    free(buf);
}

void rt_os_link_error_error(Runtime *rt, Value *a, Value *res) {
    LinkError *le = a[0].p;
    if (!le)
        rt_panic_nil_deref(rt);
    StrBuf b = {0};
    sb_put(&b, le->op.ptr, (size_t)le->op.len);
    sb_putc(&b, ' ');
    sb_put(&b, le->old_name.ptr, (size_t)le->old_name.len);
    sb_putc(&b, ' ');
    sb_put(&b, le->new_name.ptr, (size_t)le->new_name.len);
    sb_puts(&b, ": ");
    GoString t;
    if (rt_error_text(rt, le->err, &t))
        sb_put(&b, t.ptr, (size_t)t.len);
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

void rt_os_link_error_unwrap(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p)
        rt_panic_nil_deref(rt);
    res[0].e = ((LinkError *)a[0].p)->err;
}

// ---- SyscallError ------------------------------------------------------------------------

GoIface rt_os_syscall_error(Runtime *rt, const char *name, GoIface err) {
    SyscallError *e = rt_alloc(rt, rt_pkg_type(rt, "os", "SyscallError", false));
    rt_store(rt, &rt_ptype_string, &e->syscall, (Value){.s = go_string(rt, name)});
    rt_store(rt, &rt_ptype_error, &e->err, (Value){.e = err});
    return (GoIface){rt_pkg_type(rt, "os", "SyscallError", true), e};
}

void rt_os_new_syscall_error(Runtime *rt, Value *a, Value *res) {
    res[0].e = no_error;
    if (!a[1].e.type)
        return;
    SyscallError *e = rt_alloc(rt, rt_pkg_type(rt, "os", "SyscallError", false));
    rt_store(rt, &rt_ptype_string, &e->syscall, a[0]);
    rt_store(rt, &rt_ptype_error, &e->err, a[1]);
    res[0].e = (GoIface){rt_pkg_type(rt, "os", "SyscallError", true), e};
}

static SyscallError *syscall_error_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

void rt_os_syscall_error_error(Runtime *rt, Value *a, Value *res) {
    SyscallError *e = syscall_error_of(rt, a[0]);
    StrBuf b = {0};
    sb_put(&b, e->syscall.ptr, (size_t)e->syscall.len);
    sb_puts(&b, ": ");
    GoString t;
    if (rt_error_text(rt, e->err, &t))
        sb_put(&b, t.ptr, (size_t)t.len);
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

void rt_os_syscall_error_unwrap(Runtime *rt, Value *a, Value *res) { res[0].e = syscall_error_of(rt, a[0])->err; }

// rt_os_no_timeout: the Timeout method of SyscallError and PathError
// (false: no error of ours is a timeout).
void rt_os_no_timeout(Runtime *rt, Value *a, Value *res) {
    (void)rt, (void)a;
    res[0].w[1] = 0;
    res[0].u = 0;
}

// ---- temporary files ---------------------------------------------------------------------

static GoString temp_dir(Runtime *rt) {
    const char *d = getenv("TMPDIR");
    return go_string(rt, d && *d ? d : "/tmp");
}

void rt_os_temp_dir(Runtime *rt, Value *a, Value *res) { (void)a; res[0].s = temp_dir(rt); }

// temp_name: dir + "/" + prefix + random decimal + suffix, split at the
// last '*' of pattern as Go does; NULL when pattern has a '/'.
static char *temp_name(Runtime *rt, GoString dir, GoString pattern) {
    for (int64_t i = 0; i < pattern.len; i++)
        if (pattern.ptr[i] == '/')
            return NULL;
    if (dir.len == 0)
        dir = temp_dir(rt);
    int64_t star = -1;
    for (int64_t i = 0; i < pattern.len; i++)
        if (pattern.ptr[i] == '*')
            star = i;
    int64_t plen = star < 0 ? pattern.len : star;
    uint32_t r = 0;
    if (getrandom(&r, sizeof r, 0) != sizeof r)
        r = (uint32_t)getpid() ^ (uint32_t)(uintptr_t)&r;
    StrBuf b = {0};
    sb_put(&b, dir.ptr, (size_t)dir.len);
    if (dir.ptr[dir.len - 1] != '/')
        sb_putc(&b, '/');
    sb_put(&b, pattern.ptr, (size_t)plen);
    sb_printf(&b, "%u", r);
    if (star >= 0)
        sb_put(&b, pattern.ptr + star + 1, (size_t)(pattern.len - star - 1));
    sb_putc(&b, 0);
    return b.p;
}

// temp_error: the error of a failed try, as Go returns it: OpenFile's or
// Mkdir's own error on the random name, except that MkdirTemp in a missing
// dir reports Stat(dir)'s error.
static GoIface temp_error(Runtime *rt, bool is_dir, GoString dir, GoString name, int err) {
    if (is_dir && err == ENOENT) {
        char *d = rt_cstring(dir);
        struct stat st;
        int serr = stat(d, &st) < 0 ? errno : 0;
        free(d);
        if (serr == ENOENT)
            return rt_path_error(rt, "stat", dir, serr);
    }
    return rt_path_error(rt, is_dir ? "mkdir" : "open", name, err);
}

static void temp_common(Runtime *rt, Value *a, Value *res, bool is_dir) {
    const char *op = is_dir ? "mkdirtemp" : "createtemp";
    res[0].w[0] = res[0].w[1] = 0;
    res[1].e = no_error;
    for (int tries = 0; tries < 10000; tries++) {
        char *name = temp_name(rt, a[0].s, a[1].s);
        if (!name) {
            static const GoString sep = {(const uint8_t *)"pattern contains path separator", 31};
            res[1].e = rt_path_error_with(rt, op, a[1].s, rt_error_static(&sep));
            return;
        }
        int r = is_dir ? mkdir(name, 0700) : open(name, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        int err = errno;
        GoString gname = go_string(rt, name);
        free(name);
        if (r >= 0) {
            if (is_dir)
                res[0].s = gname;
            else
                res[0].p = rt_os_new_file(rt, r, gname);
            return;
        }
        if (err == EEXIST)
            continue;
        res[1].e = temp_error(rt, is_dir, a[0].s.len ? a[0].s : temp_dir(rt), gname, err);
        return;
    }
}

void rt_os_mkdir_temp(Runtime *rt, Value *a, Value *res) { temp_common(rt, a, res, true); }
void rt_os_create_temp(Runtime *rt, Value *a, Value *res) { temp_common(rt, a, res, false); }

// ---- process and environment ---------------------------------------------------------------

void rt_os_exit(Runtime *rt, Value *a, Value *res) {
    (void)res;
    rt_exit(rt, (int)a[0].i);
}

void rt_os_getpid(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].i = getpid(); }
void rt_os_getppid(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].i = getppid(); }
void rt_os_getuid(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].i = getuid(); }
void rt_os_geteuid(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].i = geteuid(); }
void rt_os_getgid(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].i = getgid(); }
void rt_os_getegid(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].i = getegid(); }
void rt_os_getpagesize(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].i = sysconf(_SC_PAGESIZE); }

void rt_os_is_path_separator(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    set_bool(&res[0], (uint8_t)a[0].u == '/');
}

typedef struct Owner { int64_t uid, gid; bool follow; } Owner;

static int do_chown(const char *p, void *arg) {
    Owner *o = arg;
    return o->follow ? chown(p, (uid_t)o->uid, (gid_t)o->gid) : lchown(p, (uid_t)o->uid, (gid_t)o->gid);
}

void rt_os_chown(Runtime *rt, Value *a, Value *res) {
    Owner o = {a[1].i, a[2].i, true};
    res[0].e = path_call(rt, "chown", a[0].s, do_chown, &o);
}

void rt_os_lchown(Runtime *rt, Value *a, Value *res) {
    Owner o = {a[1].i, a[2].i, false};
    res[0].e = path_call(rt, "lchown", a[0].s, do_chown, &o);
}

void rt_os_hostname(Runtime *rt, Value *a, Value *res) {
    (void)a;
    char buf[256];
    res[1].e = no_error;
    if (gethostname(buf, sizeof buf) < 0) {
        res[0].s = (GoString){NULL, 0};
        res[1].e = rt_path_error(rt, "hostname", (GoString){NULL, 0}, errno);
        return;
    }
    buf[sizeof buf - 1] = 0;
    res[0].s = go_string(rt, buf);
}

// Getwd: $PWD when it names the current directory (as Go checks), else getcwd.
void rt_os_getwd(Runtime *rt, Value *a, Value *res) {
    (void)a;
    res[1].e = no_error;
    const char *pwd = getenv("PWD");
    struct stat s1, s2;
    if (pwd && pwd[0] == '/' && stat(pwd, &s1) == 0 && stat(".", &s2) == 0 && s1.st_dev == s2.st_dev &&
        s1.st_ino == s2.st_ino) {
        res[0].s = go_string(rt, pwd);
        return;
    }
    char *cwd = getcwd(NULL, 0);
    if (!cwd) {
        res[0].s = (GoString){NULL, 0};
        res[1].e = rt_os_syscall_error(rt, "getwd", rt_errno(rt, errno));
        return;
    }
    res[0].s = go_string(rt, cwd);
    free(cwd);
}

void rt_os_user_home_dir(Runtime *rt, Value *a, Value *res) {
    (void)a;
    const char *h = getenv("HOME");
    res[1].e = no_error;
    res[0].s = (GoString){NULL, 0};
    if (h && *h) {
        res[0].s = go_string(rt, h);
        return;
    }
    static const GoString msg = {(const uint8_t *)"$HOME is not defined", 20};
    res[1].e = rt_error_static(&msg);
}

// user_dir: Go's UserCacheDir/UserConfigDir: $var, else $HOME/sub.
static void user_dir(Runtime *rt, Value *res, const char *var, const char *sub, const GoString *msg) {
    const char *d = getenv(var);
    res[1].e = no_error;
    res[0].s = (GoString){NULL, 0};
    if (d && *d) {
        res[0].s = go_string(rt, d);
        return;
    }
    const char *h = getenv("HOME");
    if (!h || !*h) {
        res[1].e = rt_error_static(msg);
        return;
    }
    StrBuf b = {0};
    sb_puts(&b, h);
    sb_puts(&b, sub);
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

void rt_os_user_cache_dir(Runtime *rt, Value *a, Value *res) {
    (void)a;
    static const GoString msg = {(const uint8_t *)"neither $XDG_CACHE_HOME nor $HOME are defined", 45};
    user_dir(rt, res, "XDG_CACHE_HOME", "/.cache", &msg);
}

void rt_os_user_config_dir(Runtime *rt, Value *a, Value *res) {
    (void)a;
    static const GoString msg = {(const uint8_t *)"neither $XDG_CONFIG_HOME nor $HOME are defined", 46};
    user_dir(rt, res, "XDG_CONFIG_HOME", "/.config", &msg);
}

// rt_os_executable: os.Executable (the interpreter's own path, as
// /proc/self/exe names it).
void rt_os_executable(Runtime *rt, Value *a, Value *res) {
    (void)a;
    char *p = realpath("/proc/self/exe", NULL);
    res[0].s = (GoString){NULL, 0};
    res[1].e = no_error;
    if (!p) {
        res[1].e = rt_path_error(rt, "readlink", go_string(rt, "/proc/self/exe"), errno);
        return;
    }
    res[0].s = go_string(rt, p);
    free(p);
}

// rt_os_getgroups: os.Getgroups.
void rt_os_getgroups(Runtime *rt, Value *a, Value *res) {
    (void)a;
    int n = getgroups(0, NULL);
    gid_t *g = malloc((size_t)(n > 0 ? n : 1) * sizeof *g);
    if (!g) abort();
    n = n > 0 ? getgroups(n, g) : 0;
    res[1].e = no_error;
    if (n < 0) {
        res[0].sl = (GoSlice){NULL, 0, 0};
        res[1].e = rt_errno(rt, errno);
        free(g);
        return;
    }
    GoSlice s = rt_make_slice(rt, &rt_ptype_int, n, n);
    for (int i = 0; i < n; i++) ((int64_t *)s.ptr)[i] = g[i];
    free(g);
    res[0].sl = s;
}

void rt_os_getenv(Runtime *rt, Value *a, Value *res) {
    char *k = rt_cstring(a[0].s);
    const char *v = getenv(k);
    free(k);
    res[0].s = v ? go_string(rt, v) : (GoString){NULL, 0};
}

void rt_os_lookup_env(Runtime *rt, Value *a, Value *res) {
    char *k = rt_cstring(a[0].s);
    const char *v = getenv(k);
    free(k);
    res[0].s = v ? go_string(rt, v) : (GoString){NULL, 0};
    set_bool(&res[1], v != NULL);
}

void rt_os_setenv(Runtime *rt, Value *a, Value *res) {
    res[0].e = no_error;
    GoString k = a[0].s;
    bool bad = k.len == 0;
    for (int64_t i = 0; i < k.len; i++)
        bad = bad || k.ptr[i] == '=' || k.ptr[i] == 0;
    bad = bad || (a[1].s.len && memchr(a[1].s.ptr, 0, (size_t)a[1].s.len));
    if (bad) {
        res[0].e = rt_os_syscall_error(rt, "setenv", rt_errno(rt, EINVAL));
        return;
    }
    char *kc = rt_cstring(k), *vc = rt_cstring(a[1].s);
    setenv(kc, vc, 1);
    free(kc);
    free(vc);
}

void rt_os_unsetenv(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    char *k = rt_cstring(a[0].s);
    unsetenv(k);
    free(k);
    res[0].e = no_error;
}

void rt_os_clearenv(Runtime *rt, Value *a, Value *res) {
    (void)rt, (void)a, (void)res;
    clearenv();
}

void rt_os_environ(Runtime *rt, Value *a, Value *res) {
    (void)a;
    int64_t n = 0;
    while (environ && environ[n])
        n++;
    GoSlice s = rt_make_slice(rt, &rt_ptype_string, n, n);
    for (int64_t i = 0; i < n; i++) {
        Value v;
        v.s = go_string(rt, environ[i]);
        rt_store(rt, &rt_ptype_string, (GoString *)s.ptr + i, v);
    }
    res[0].sl = s;
}

// expand: os.Expand(s, mapping) with mapping a Go func (fn.p) or, for
// ExpandEnv, the environment (fn.p NULL).
static bool is_shell_special(uint8_t c) {
    return c == '*' || c == '#' || c == '$' || c == '@' || c == '!' || c == '?' || c == '-' ||
           (c >= '0' && c <= '9');
}

static bool is_alnum(uint8_t c) {
    return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// shell_name: Go's getShellName: the name at s and the bytes it takes.
static GoString shell_name(GoString s, int64_t *w) {
    if (s.ptr[0] == '{') {
        if (s.len > 2 && is_shell_special(s.ptr[1]) && s.ptr[2] == '}') {
            *w = 3;
            return (GoString){s.ptr + 1, 1};
        }
        for (int64_t i = 1; i < s.len; i++) {
            if (s.ptr[i] == '}') {
                if (i == 1) {
                    *w = 2;
                    return (GoString){NULL, 0};
                }
                *w = i + 1;
                return (GoString){s.ptr + 1, i - 1};
            }
        }
        *w = 1;
        return (GoString){NULL, 0};
    }
    if (is_shell_special(s.ptr[0])) {
        *w = 1;
        return (GoString){s.ptr, 1};
    }
    int64_t i = 0;
    while (i < s.len && is_alnum(s.ptr[i]))
        i++;
    *w = i;
    return (GoString){s.ptr, i};
}

static GoString map_name(Runtime *rt, Value fn, GoString name) {
    if (!fn.p) {
        char *k = rt_cstring(name);
        const char *v = getenv(k);
        free(k);
        return v ? go_string(rt, v) : (GoString){NULL, 0};
    }
    Value args[1], r[1];
    args[0].s = name;
    rt_call_func(rt, fn, args, 1, r);
    return r[0].s;
}

static GoString expand(Runtime *rt, GoString s, Value fn) {
    StrBuf b = {0};
    bool any = false;
    int64_t i = 0;
    for (int64_t j = 0; j < s.len; j++) {
        if (s.ptr[j] != '$' || j + 1 >= s.len)
            continue;
        any = true;
        sb_put(&b, s.ptr + i, (size_t)(j - i));
        int64_t w;
        GoString name = shell_name((GoString){s.ptr + j + 1, s.len - j - 1}, &w);
        if (name.len == 0 && w > 0) {
            // invalid syntax: eat the characters
        } else if (name.len == 0) {
            sb_putc(&b, '$');
        } else {
            GoString v = map_name(rt, fn, name);
            sb_put(&b, v.ptr, (size_t)v.len);
        }
        j += w;
        i = j + 1;
    }
    if (!any)
        return s;
    sb_put(&b, s.ptr + i, (size_t)(s.len - i));
    GoString r = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
    return r;
}

void rt_os_expand_env(Runtime *rt, Value *a, Value *res) {
    Value none = {.w = {0, 0}};
    res[0].s = expand(rt, a[0].s, none);
}

void rt_os_expand(Runtime *rt, Value *a, Value *res) { res[0].s = expand(rt, a[0].s, a[1]); }

// ---- error predicates -------------------------------------------------------------------

// underlying_error: err's Err field for *PathError, *LinkError.
static GoIface underlying_error(Runtime *rt, GoIface err) {
    if (!err.type || err.type->kind != KIND_POINTER || !err.type->elem || !err.type->elem->pkg || !err.data)
        return err;
    const Type *pe = rt_pkg_type(rt, "io/fs", "PathError", false);
    const Type *le = rt_pkg_type(rt, "os", "LinkError", false);
    const Type *se = rt_pkg_type(rt, "os", "SyscallError", false);
    if (err.type->elem == pe)
        return ((GoIface *)err.data)[2];
    if (err.type->elem == le)
        return ((LinkError *)err.data)->err;
    if (err.type->elem == se)
        return ((SyscallError *)err.data)->err;
    return err;
}

static bool error_is(Runtime *rt, GoIface err, FsErr which, int e1, int e2) {
    err = underlying_error(rt, err);
    if (rt_fs_is_sentinel(err, which))
        return true;
    const Type *errno_t = rt_pkg_type(rt, "syscall", "Errno", false);
    if (err.type && err.type == errno_t) {
        int e = (int)(uintptr_t)err.data;
        return e == e1 || e == e2;
    }
    return false;
}

void rt_os_is_not_exist(Runtime *rt, Value *a, Value *res) {
    set_bool(&res[0], error_is(rt, a[0].e, FS_ERR_NOT_EXIST, ENOENT, ENOENT));
}
void rt_os_is_exist(Runtime *rt, Value *a, Value *res) {
    set_bool(&res[0], error_is(rt, a[0].e, FS_ERR_EXIST, EEXIST, ENOTEMPTY));
}
void rt_os_is_permission(Runtime *rt, Value *a, Value *res) {
    set_bool(&res[0], error_is(rt, a[0].e, FS_ERR_PERMISSION, EACCES, EPERM));
}

// rt_os_is_timeout: os.IsTimeout: ErrDeadlineExceeded, or an Errno that
// is a timeout (EAGAIN, ETIMEDOUT), under a PathError/LinkError/SyscallError.
void rt_os_is_timeout(Runtime *rt, Value *a, Value *res) {
    set_bool(&res[0], error_is(rt, a[0].e, FS_ERR_DEADLINE, EAGAIN, ETIMEDOUT));
}

// ---- DirFS ----------------------------------------------------------------------------

void rt_os_dir_fs(Runtime *rt, Value *a, Value *res) {
    const Type *t = rt_pkg_type(rt, "os", "dirFS", false);
    res[0].e = rt_iface_box(rt, t, a[0]);
}

// dir_fs_join: dirFS.join: the OS path of name in dir, or NULL and *err.
static bool dir_fs_join(Runtime *rt, GoString dir, GoString name, GoString *out, GoIface *err) {
    if (dir.len == 0) {
        *err = rt_error_new(rt, "os: DirFS with empty root", 25);
        return false;
    }
    Value a[1], r[1];
    a[0].s = name;
    rt_native_call(rt, "io/fs", "ValidPath", a, r);
    if (!r[0].b) {
        *err = rt_fs_sentinel(FS_ERR_INVALID);
        return false;
    }
    GoString slash = {(const uint8_t *)"/", 1};
    *out = dir.ptr[dir.len - 1] == '/' ? rt_string_concat(rt, dir, name)
                                       : rt_string_concat(rt, rt_string_concat(rt, dir, slash), name);
    return true;
}

void rt_os_dir_fs_open(Runtime *rt, Value *a, Value *res) {
    GoString full;
    GoIface err;
    res[0].e = no_error;
    res[1].e = no_error;
    if (!dir_fs_join(rt, a[0].s, a[1].s, &full, &err)) {
        res[1].e = rt_path_error_with(rt, "stat", a[1].s, err);
        return;
    }
    Value arg[1], r[2];
    arg[0].s = full;
    rt_native_call(rt, "os", "Open", arg, r);
    res[1].e = r[1].e;
    if (!r[1].e.type)
        res[0].e = (GoIface){rt_pkg_type(rt, "os", "File", true), r[0].p};
}

void rt_os_dir_fs_stat(Runtime *rt, Value *a, Value *res) {
    GoString full;
    GoIface err;
    res[0].e = no_error;
    res[1].e = no_error;
    if (!dir_fs_join(rt, a[0].s, a[1].s, &full, &err)) {
        res[1].e = rt_path_error_with(rt, "stat", a[1].s, err);
        return;
    }
    Value arg[1];
    arg[0].s = full;
    rt_native_call(rt, "os", "Stat", arg, res);
}

// Chtimes: the access and modification times (time.Time, through Time.UnixNano).
void rt_os_chtimes(Runtime *rt, Value *a, Value *res) {
    Value r[1];
    struct timespec ts[2];
    for (int i = 0; i < 2; i++) {
        rt_native_call(rt, "time", "Time.UnixNano", a + 1 + i, r);
        ts[i].tv_sec = r[0].i / 1000000000;
        ts[i].tv_nsec = r[0].i % 1000000000;
        if (ts[i].tv_nsec < 0) {
            ts[i].tv_nsec += 1000000000;
            ts[i].tv_sec--;
        }
    }
    char *p = rt_cstring(a[0].s);
    int e = utimensat(AT_FDCWD, p, ts, 0) < 0 ? errno : 0;
    free(p);
    res[0].e = e ? rt_path_error(rt, "chtimes", a[0].s, e) : no_error;
}
