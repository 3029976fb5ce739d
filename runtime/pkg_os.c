// pkg_os.c - package os, files: *os.File (Open, Create, OpenFile and the
// File methods), ReadFile, WriteFile, ReadDir with its DirEntry values,
// Stat/Lstat and the FileInfo they return, and Stdin/Stdout/Stderr.
// The rest of os (directories, paths, environment, process) is in
// pkg_os_sys.c.
//
// A File is the Go struct "struct { fd int; name string; closed bool;
// dirpos int }" (the C struct OsFile mirrors it; the checker lays it out,
// the runtime allocates it with rt_pkg_type). Writes to descriptors 1
// and 2 go through the runtime's buffered stdout / stderr, so output
// interleaves as in Go; reading descriptor 0 flushes stdout first.
// Errors are *fs.PathError values holding a syscall.Errno, with Go's op
// words ("open", "read", "write", "close", "seek", "stat", "lstat").
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "internal.h"
#include "pkg_internal.h"

static const GoIface no_error = {NULL, NULL};

char *rt_cstring(GoString s) {
    char *k = malloc((size_t)s.len + 1);
    if (!k)
        abort();
    if (s.len)
        memcpy(k, s.ptr, (size_t)s.len);
    k[s.len] = 0;
    return k;
}

static GoString go_string(Runtime *rt, const char *s) { return rt_string_from_c(rt, s, strlen(s)); }

static void set_bool(Value *v, bool b) {
    v->w[1] = 0;
    v->u = b;
}

// ---- File values ---------------------------------------------------------------------

static OsFile *file_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

typedef enum { CLOSED_ERR_CLOSED, CLOSED_ERR_CLOSING } ClosedErr;

// file_valid: Go's checkValid plus the closed-descriptor check of a File
// method: nil f sets *err to fs.ErrInvalid (bare, as Go returns it), a closed
// f sets &PathError{op, name, e} where e is os.ErrClosed ("file already
// closed", what wrapErr makes of poll's error) or, for Stat and ReadDir,
// poll's own "use of closed file". Returns NULL in both cases.
static OsFile *file_valid(Runtime *rt, Value v, const char *op, ClosedErr kind, GoIface *err) {
    static const GoString closing = {(const uint8_t *)"use of closed file", 18};
    OsFile *f = v.p;
    *err = no_error;
    if (!f) {
        *err = rt_fs_sentinel(FS_ERR_INVALID);
        return NULL;
    }
    if (f->closed) {
        GoIface inner = kind == CLOSED_ERR_CLOSED ? rt_fs_sentinel(FS_ERR_CLOSED) : rt_error_static(&closing);
        *err = rt_path_error_with(rt, op, f->name, inner);
        return NULL;
    }
    return f;
}

OsFile *rt_os_new_file(Runtime *rt, int fd, GoString name) {
    const Type *t = rt_pkg_type(rt, "os", "File", false);
    if (!t)
        rt_fatal(rt, "os.File: package type missing");
    OsFile *f = rt_alloc(rt, t);
    f->fd = fd;
    Value v;
    v.s = name;
    rt_store(rt, &rt_ptype_string, &f->name, v);
    return f;
}

int64_t rt_os_file_read(Runtime *rt, OsFile *f, void *p, int64_t n, GoIface *err) {
    *err = no_error;
    if (f->closed) {
        *err = rt_path_error_with(rt, "read", f->name, rt_fs_sentinel(FS_ERR_CLOSED));
        return 0;
    }
    if (n == 0)
        return 0;
    if (f->fd == 0)
        rt_flush(rt);
    // a pipe or terminal may block: the other goroutines run meanwhile
    struct pollfd pf = {(int)f->fd, POLLIN, 0};
    rt_poll_wait(rt, &pf, 1);
    ssize_t k;
    do
        k = read((int)f->fd, p, (size_t)n);
    while (k < 0 && errno == EINTR);
    if (k < 0) {
        *err = rt_path_error(rt, "read", f->name, errno);
        return 0;
    }
    if (k == 0)
        *err = rt_io_eof();
    return k;
}

int64_t rt_os_file_write(Runtime *rt, OsFile *f, const void *p, int64_t n, GoIface *err) {
    *err = no_error;
    if (f->closed) {
        *err = rt_path_error_with(rt, "write", f->name, rt_fs_sentinel(FS_ERR_CLOSED));
        return 0;
    }
    if (f->fd == 1 || f->fd == 2) {
        (f->fd == 1 ? rt_write_stdout : rt_write_stderr)(rt, p, (size_t)n);
        return n;
    }
    // a pipe or socket may block: while other goroutines exist, wait in the
    // netpoller until it takes PIPE_BUF bytes, and write no more than that
    bool pollable = false;
    if (f->fd > 2 && rt_others_may_run(rt)) {
        struct stat st;
        pollable = fstat((int)f->fd, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode));
    }
    int64_t done = 0;
    while (done < n) {
        size_t chunk = (size_t)(n - done);
        if (pollable) {
            struct pollfd pf = {(int)f->fd, POLLOUT, 0};
            rt_poll_wait(rt, &pf, 1);
            if (chunk > PIPE_BUF)
                chunk = PIPE_BUF;
        }
        ssize_t k = write((int)f->fd, (const char *)p + done, chunk);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            *err = rt_path_error(rt, "write", f->name, errno);
            break;
        }
        done += k;
    }
    return done;
}

static void file_read(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    res[0].w[1] = 0;
    res[0].i = 0;
    OsFile *f = file_valid(rt, a[0], "read", CLOSED_ERR_CLOSED, &err);
    if (f)
        res[0].i = rt_os_file_read(rt, f, a[1].sl.ptr, a[1].sl.len, &err);
    res[1].e = err;
}

static void file_write(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    res[0].w[1] = 0;
    res[0].i = 0;
    OsFile *f = file_valid(rt, a[0], "write", CLOSED_ERR_CLOSED, &err);
    if (f)
        res[0].i = rt_os_file_write(rt, f, a[1].sl.ptr, a[1].sl.len, &err);
    res[1].e = err;
}

static void file_write_string(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    res[0].w[1] = 0;
    res[0].i = 0;
    OsFile *f = file_valid(rt, a[0], "write", CLOSED_ERR_CLOSED, &err);
    if (f)
        res[0].i = rt_os_file_write(rt, f, a[1].s.ptr, a[1].s.len, &err);
    res[1].e = err;
}

static void file_close(Runtime *rt, Value *a, Value *res) {
    OsFile *f = file_valid(rt, a[0], "close", CLOSED_ERR_CLOSED, &res[0].e);
    if (!f)
        return;
    f->closed = true;
    if (f->fd == 1)
        rt_flush(rt);
    if (f->fd > 2 && close((int)f->fd) < 0)
        res[0].e = rt_path_error(rt, "close", f->name, errno);
}

static void file_seek(Runtime *rt, Value *a, Value *res) {
    res[0].i = 0;
    OsFile *f = file_valid(rt, a[0], "seek", CLOSED_ERR_CLOSED, &res[1].e);
    if (!f)
        return;
    off_t o = lseek((int)f->fd, (off_t)a[1].i, (int)a[2].i);
    if (o < 0)
        res[1].e = rt_path_error(rt, "seek", f->name, errno);
    else
        res[0].i = o;
    f->dirpos = 0;
}

// file_at: (*File).ReadAt / WriteAt (pread/pwrite; ReadAt reports io.EOF when short).
static void file_at(Runtime *rt, Value *a, Value *res, bool write) {
    const char *op = write ? "write" : "read";
    res[0].w[1] = 0;
    res[0].i = 0;
    OsFile *f = file_valid(rt, a[0], op, CLOSED_ERR_CLOSED, &res[1].e);
    if (!f)
        return;
    if (a[2].i < 0) {
        static const GoString neg = {(const uint8_t *)"negative offset", 15};
        res[1].e = rt_path_error_with(rt, write ? "writeat" : "readat", f->name, rt_error_static(&neg));
        return;
    }
    char *p = a[1].sl.ptr;
    int64_t n = a[1].sl.len, done = 0, off = a[2].i;
    while (done < n) {
        ssize_t k = write ? pwrite((int)f->fd, p + done, (size_t)(n - done), (off_t)(off + done))
                          : pread((int)f->fd, p + done, (size_t)(n - done), (off_t)(off + done));
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            res[1].e = rt_path_error(rt, op, f->name, errno);
            break;
        }
        if (k == 0) {
            res[1].e = rt_io_eof();
            break;
        }
        done += k;
    }
    res[0].i = done;
}

static void file_read_at(Runtime *rt, Value *a, Value *res) { file_at(rt, a, res, false); }
static void file_write_at(Runtime *rt, Value *a, Value *res) { file_at(rt, a, res, true); }

static void file_truncate(Runtime *rt, Value *a, Value *res) {
    OsFile *f = file_valid(rt, a[0], "truncate", CLOSED_ERR_CLOSED, &res[0].e);
    if (!f)
        return;
    if (ftruncate((int)f->fd, (off_t)a[1].i) < 0)
        res[0].e = rt_path_error(rt, "truncate", f->name, errno);
}

// sys_mode: Go's syscallMode (permission, setuid, setgid and sticky bits).
static mode_t sys_mode(uint64_t perm) {
    mode_t mode = (mode_t)(perm & 0777);
    if (perm & (1u << 23)) mode |= S_ISUID;
    if (perm & (1u << 22)) mode |= S_ISGID;
    if (perm & (1u << 20)) mode |= S_ISVTX;
    return mode;
}

static void file_chmod(Runtime *rt, Value *a, Value *res) {
    OsFile *f = file_valid(rt, a[0], "chmod", CLOSED_ERR_CLOSED, &res[0].e);
    if (!f)
        return;
    if (fchmod((int)f->fd, sys_mode(a[1].u)) < 0)
        res[0].e = rt_path_error(rt, "chmod", f->name, errno);
}

static void file_chown(Runtime *rt, Value *a, Value *res) {
    OsFile *f = file_valid(rt, a[0], "chown", CLOSED_ERR_CLOSED, &res[0].e);
    if (!f)
        return;
    if (fchown((int)f->fd, (uid_t)a[1].i, (gid_t)a[2].i) < 0)
        res[0].e = rt_path_error(rt, "chown", f->name, errno);
}

static void file_chdir(Runtime *rt, Value *a, Value *res) {
    OsFile *f = file_valid(rt, a[0], "chdir", CLOSED_ERR_CLOSED, &res[0].e);
    if (!f)
        return;
    if (fchdir((int)f->fd) < 0)
        res[0].e = rt_path_error(rt, "chdir", f->name, errno);
}

// file_read_from: (*File).ReadFrom, as Go's genericReadFrom (io.Copy into
// the file): r's WriteTo when it has one, else reads and writes.
static void file_read_from(Runtime *rt, Value *a, Value *res) {
    GoIface r = a[1].e, err = no_error;
    res[0] = (Value){.w = {0, 0}};
    OsFile *f = a[0].p;
    if (!f) {
        res[1].e = rt_fs_sentinel(FS_ERR_INVALID);
        return;
    }
    if (r.type && rt_find_method(r.type, "WriteTo")) {
        Value arg[1];
        arg[0].e = (GoIface){rt_pkg_type(rt, "os", "File", true), f};
        rt_call_method(rt, r, "WriteTo", arg, 1, res);
        return;
    }
    GoSlice buf = rt_make_slice(rt, &rt_ptype_uint8, 32 * 1024, 32 * 1024);
    int64_t n = 0;
    for (;;) {
        GoIface rerr, werr;
        int64_t k = rt_io_read(rt, r, buf, &rerr);
        if (k > 0) {
            int64_t w = rt_os_file_write(rt, f, buf.ptr, k, &werr);
            n += w;
            if (werr.type) {
                err = werr;
                break;
            }
        }
        if (rerr.type) {
            if (rerr.data != rt_io_eof().data) err = rerr;
            break;
        }
    }
    res[0].i = n;
    res[1].e = err;
}

// file_set_deadline: (*File).SetDeadline and friends. Our files never
// use the poller's deadlines, so Go's answer for a regular file holds:
// os.ErrNoDeadline (bare), or poll's "use of closed file".
static void file_set_deadline(Runtime *rt, Value *a, Value *res) {
    static const GoString closing = {(const uint8_t *)"use of closed file", 18};
    OsFile *f = a[0].p;
    res[0].e = !f ? rt_fs_sentinel(FS_ERR_INVALID)
             : f->closed ? rt_error_static(&closing)
                         : rt_fs_sentinel(FS_ERR_NO_DEADLINE);
}

static void file_name(Runtime *rt, Value *a, Value *res) { res[0].s = file_of(rt, a[0])->name; }
// file_fd: (*File).Fd, ^uintptr(0) for a nil or closed File as in Go.
static void file_fd(Runtime *rt, Value *a, Value *res) {
    OsFile *f = a[0].p;
    res[0].u = f && !f->closed ? (uint64_t)f->fd : UINT64_MAX;
}

static void file_sync(Runtime *rt, Value *a, Value *res) {
    OsFile *f = file_valid(rt, a[0], "sync", CLOSED_ERR_CLOSED, &res[0].e);
    if (!f)
        return;
    if (f->fd == 1)
        rt_flush(rt);
    if (fsync((int)f->fd) < 0 && errno != EINVAL)
        res[0].e = rt_path_error(rt, "sync", f->name, errno);
}

// ---- opening ---------------------------------------------------------------------------

// open_file: os.OpenFile (Go adds O_CLOEXEC; perm keeps the permission,
// setuid, setgid and sticky bits).
static void open_file(Runtime *rt, GoString name, int64_t flag, uint64_t perm, Value *res) {
    mode_t mode = (mode_t)(perm & 0777);
    if (perm & (1u << 23)) mode |= S_ISUID;
    if (perm & (1u << 22)) mode |= S_ISGID;
    if (perm & (1u << 20)) mode |= S_ISVTX;
    char *path = rt_cstring(name);
    int fd;
    do
        fd = open(path, (int)flag | O_CLOEXEC, mode);
    while (fd < 0 && errno == EINTR);
    free(path);
    res[0].w[1] = 0;
    res[0].p = NULL;
    res[1].e = no_error;
    if (fd < 0) {
        res[1].e = rt_path_error(rt, "open", name, errno);
        return;
    }
    res[0].p = rt_os_new_file(rt, fd, name);
}

static void os_new_file(Runtime *rt, Value *a, Value *res) {
    res[0].w[1] = 0;
    res[0].p = (int64_t)a[0].u < 0 ? NULL : rt_os_new_file(rt, (int)a[0].u, a[1].s);
}

static void os_open(Runtime *rt, Value *a, Value *res) { open_file(rt, a[0].s, O_RDONLY, 0, res); }
static void os_create(Runtime *rt, Value *a, Value *res) {
    open_file(rt, a[0].s, O_RDWR | O_CREAT | O_TRUNC, 0666, res);
}
static void os_open_file(Runtime *rt, Value *a, Value *res) { open_file(rt, a[0].s, a[1].i, a[2].u, res); }

static void os_read_file(Runtime *rt, Value *a, Value *res) {
    Value r[2];
    open_file(rt, a[0].s, O_RDONLY, 0, r);
    res[0].sl = (GoSlice){NULL, 0, 0};
    res[1].e = r[1].e;
    if (!r[0].p)
        return;
    OsFile *f = r[0].p;
    StrBuf b = {0};
    char chunk[16384];
    for (;;) {
        GoIface err;
        int64_t k = rt_os_file_read(rt, f, chunk, sizeof chunk, &err);
        sb_put(&b, chunk, (size_t)k);
        if (err.type) {
            if (err.data != rt_io_eof().data)
                res[1].e = err;
            break;
        }
    }
    close((int)f->fd);
    f->closed = true;
    GoSlice s = rt_make_slice(rt, &rt_ptype_uint8, (int64_t)b.len, (int64_t)b.len);
    if (b.len)
        memcpy(s.ptr, b.p, b.len);
    sb_free(&b);
    res[0].sl = s;
}

static void os_write_file(Runtime *rt, Value *a, Value *res) {
    Value r[2];
    open_file(rt, a[0].s, O_WRONLY | O_CREAT | O_TRUNC, a[2].u, r);
    res[0].e = r[1].e;
    if (!r[0].p)
        return;
    OsFile *f = r[0].p;
    GoIface err;
    rt_os_file_write(rt, f, a[1].sl.ptr, a[1].sl.len, &err);
    if (close((int)f->fd) < 0 && !err.type)
        err = rt_path_error(rt, "close", f->name, errno);
    f->closed = true;
    res[0].e = err;
}

// ---- FileInfo -----------------------------------------------------------------------

// fileStat: "struct { name string; size int64; mode FileMode; mtime int64 }".
typedef struct FileStat { GoString name; int64_t size; uint32_t mode; int64_t mtime; uint64_t dev, ino; } FileStat;

uint32_t rt_os_mode_of(const struct stat *st) {
    uint32_t m = st->st_mode & 0777;
    switch (st->st_mode & S_IFMT) {
    case S_IFBLK: m |= 1u << 26; break;
    case S_IFCHR: m |= 1u << 26 | 1u << 21; break;
    case S_IFDIR: m |= 1u << 31; break;
    case S_IFIFO: m |= 1u << 25; break;
    case S_IFLNK: m |= 1u << 27; break;
    case S_IFSOCK: m |= 1u << 24; break;
    default: break;
    }
    if (st->st_mode & S_ISGID) m |= 1u << 22;
    if (st->st_mode & S_ISUID) m |= 1u << 23;
    if (st->st_mode & S_ISVTX) m |= 1u << 20;
    return m;
}

// base_name: Go's os basename (trailing slashes dropped, then the last element).
static GoString base_name(GoString s) {
    int64_t n = s.len;
    while (n > 1 && s.ptr[n - 1] == '/')
        n--;
    int64_t i = n - 2;   // as Go's os.basename: a lone "/" stays "/"
    while (i >= 0 && s.ptr[i] != '/')
        i--;
    return (GoString){s.ptr + i + 1, n - i - 1};
}

GoIface rt_os_file_info(Runtime *rt, GoString path, const struct stat *st) {
    const Type *t = rt_pkg_type(rt, "os", "fileStat", false);
    if (!t)
        rt_fatal(rt, "os.fileStat: package type missing");
    FileStat *fs = rt_alloc(rt, t);
    Value v;
    v.s = base_name(path);
    rt_store(rt, &rt_ptype_string, &fs->name, v);
    fs->size = st->st_size;
    fs->mode = rt_os_mode_of(st);
    fs->mtime = (int64_t)st->st_mtim.tv_sec * 1000000000 + st->st_mtim.tv_nsec;
    fs->dev = st->st_dev;
    fs->ino = st->st_ino;
    return (GoIface){rt_pkg_type(rt, "os", "fileStat", true), fs};
}

// os_same_file: os.SameFile: both are this package's FileInfos of one
// device and inode.
static void os_same_file(Runtime *rt, Value *a, Value *res) {
    const Type *t = rt_pkg_type(rt, "os", "fileStat", true);
    res[0] = (Value){.w = {0, 0}};
    if (a[0].e.type != t || a[1].e.type != t)
        return;
    const FileStat *x = a[0].e.data, *y = a[1].e.data;
    res[0].b = x->dev == y->dev && x->ino == y->ino;
}

static void stat_common(Runtime *rt, Value *a, Value *res, bool follow) {
    char *path = rt_cstring(a[0].s);
    struct stat st;
    int r = follow ? stat(path, &st) : lstat(path, &st);
    free(path);
    res[0].e = no_error;
    res[1].e = no_error;
    if (r < 0)
        res[1].e = rt_path_error(rt, follow ? "stat" : "lstat", a[0].s, errno);
    else
        res[0].e = rt_os_file_info(rt, a[0].s, &st);
}

static void os_stat(Runtime *rt, Value *a, Value *res) { stat_common(rt, a, res, true); }
static void os_lstat(Runtime *rt, Value *a, Value *res) { stat_common(rt, a, res, false); }

static void file_stat(Runtime *rt, Value *a, Value *res) {
    struct stat st;
    res[0].e = no_error;
    OsFile *f = file_valid(rt, a[0], "stat", CLOSED_ERR_CLOSING, &res[1].e);
    if (!f)
        return;
    if (fstat((int)f->fd, &st) < 0)
        res[1].e = rt_path_error(rt, "stat", f->name, errno);
    else
        res[0].e = rt_os_file_info(rt, f->name, &st);
}

static FileStat *stat_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void fi_name(Runtime *rt, Value *a, Value *res) { res[0].s = stat_of(rt, a[0])->name; }
static void fi_size(Runtime *rt, Value *a, Value *res) { res[0].i = stat_of(rt, a[0])->size; }
static void fi_mode(Runtime *rt, Value *a, Value *res) { res[0].u = stat_of(rt, a[0])->mode; }
static void fi_is_dir(Runtime *rt, Value *a, Value *res) { set_bool(&res[0], stat_of(rt, a[0])->mode >> 31); }
static void fi_sys(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a; res[0].e = no_error; }

// rt_native_call calls the function name of package pkg from its table
// (time.Unix for ModTime: the layout of time.Time stays time's business).
static void fi_mod_time(Runtime *rt, Value *a, Value *res) {
    int64_t ns = stat_of(rt, a[0])->mtime;
    Value args[2];
    args[0].i = ns / 1000000000;
    args[1].i = ns % 1000000000;
    rt_native_call(rt, "time", "Unix", args, res);
}

// ---- directories ----------------------------------------------------------------------

static uint32_t dtype_mode(unsigned char t) {
    switch (t) {
    case DT_DIR: return 1u << 31;
    case DT_LNK: return 1u << 27;
    case DT_FIFO: return 1u << 25;
    case DT_SOCK: return 1u << 24;
    case DT_BLK: return 1u << 26;
    case DT_CHR: return 1u << 26 | 1u << 21;
    default: return 0;
    }
}

// rt_os_list_dir: see pkg_internal.h.
int64_t rt_os_list_dir(const char *path, DirEnt **out, bool types) {
    DIR *d = opendir(path);
    if (!d)
        return -errno;
    DirEnt *v = NULL;
    int64_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            v = realloc(v, (size_t)cap * sizeof *v);
            if (!v)
                abort();
        }
        uint32_t typ = types ? dtype_mode(e->d_type) : 0;
        if (types && e->d_type == DT_UNKNOWN) {
            struct stat st;
            if (fstatat(dirfd(d), e->d_name, &st, AT_SYMLINK_NOFOLLOW) == 0)
                typ = rt_os_mode_of(&st) & 0x8f280000u;
        }
        v[n].name = strdup(e->d_name);
        v[n].typ = typ;
        n++;
    }
    closedir(d);
    *out = v;
    return n;
}

static int cmp_dirent(const void *a, const void *b) {
    return strcmp(((const DirEnt *)a)->name, ((const DirEnt *)b)->name);
}

// dir_entries: the []DirEntry of ents[from..to) (*os.unixDirent values).
typedef struct UnixDirent { GoString parent, name; uint32_t typ; GoIface info; } UnixDirent;

static GoSlice dir_entries(Runtime *rt, GoString parent, DirEnt *ents, int64_t from, int64_t to) {
    const Type *it = rt_pkg_type(rt, "io/fs", "DirEntry", false);
    const Type *dt = rt_pkg_type(rt, "os", "unixDirent", false);
    const Type *dp = rt_pkg_type(rt, "os", "unixDirent", true);
    if (!it || !dt)
        rt_fatal(rt, "os.DirEntry: package type missing");
    GoSlice s = rt_make_slice(rt, it, to - from, to - from);
    for (int64_t i = from; i < to; i++) {
        UnixDirent *d = rt_alloc(rt, dt);
        Value v;
        v.s = parent;
        rt_store(rt, &rt_ptype_string, &d->parent, v);
        v.s = go_string(rt, ents[i].name);
        rt_store(rt, &rt_ptype_string, &d->name, v);
        d->typ = ents[i].typ;
        v.e = (GoIface){dp, d};
        rt_store(rt, it, (GoIface *)s.ptr + (i - from), v);
    }
    return s;
}

static void free_ents(DirEnt *ents, int64_t n) {
    for (int64_t i = 0; i < n; i++)
        free(ents[i].name);
    free(ents);
}

static void os_read_dir(Runtime *rt, Value *a, Value *res) {
    char *path = rt_cstring(a[0].s);
    DirEnt *ents = NULL;
    int64_t n = rt_os_list_dir(path, &ents, true);
    free(path);
    res[0].sl = (GoSlice){NULL, 0, 0};
    res[1].e = no_error;
    if (n < 0) {
        res[1].e = rt_path_error(rt, n == -ENOTDIR ? "readdirent" : "open", a[0].s, (int)-n);
        return;
    }
    if (n > 1)
        qsort(ents, (size_t)n, sizeof *ents, cmp_dirent);
    res[0].sl = dir_entries(rt, a[0].s, ents, 0, n);
    free_ents(ents, n);
}

// dir_infos: the []FileInfo of ents[from..to) (lstat of each; vanished entries are skipped).
static GoSlice dir_infos(Runtime *rt, GoString parent, DirEnt *ents, int64_t from, int64_t to) {
    const Type *it = rt_pkg_type(rt, "io/fs", "FileInfo", false);
    GoSlice s = rt_make_slice(rt, it, 0, to - from);
    for (int64_t i = from; i < to; i++) {
        StrBuf b = {0};
        sb_put(&b, parent.ptr, (size_t)parent.len);
        sb_printf(&b, "/%s", ents[i].name);
        sb_putc(&b, 0);
        struct stat st;
        int r = lstat(b.p, &st);
        sb_free(&b);
        if (r < 0)
            continue;
        GoIface fi = rt_os_file_info(rt, go_string(rt, ents[i].name), &st);
        s = rt_append(rt, it, s, &fi, 1);
    }
    return s;
}

static GoSlice dir_names(Runtime *rt, DirEnt *ents, int64_t from, int64_t to) {
    GoSlice s = rt_make_slice(rt, &rt_ptype_string, to - from, to - from);
    for (int64_t i = from; i < to; i++)
        rt_store(rt, &rt_ptype_string, (GoString *)s.ptr + (i - from), (Value){.s = go_string(rt, ents[i].name)});
    return s;
}

typedef enum { DIR_ENTRIES, DIR_INFOS, DIR_NAMES } DirKind;

// read_dir_next: (*File).ReadDir / Readdir / Readdirnames(n): the next n
// entries (all when n <= 0), io.EOF at the end for n > 0.
static void read_dir_next(Runtime *rt, Value *a, Value *res, DirKind kind) {
    int64_t want = a[1].i;
    res[0].sl = (GoSlice){NULL, 0, 0};
    OsFile *f = file_valid(rt, a[0], "readdirent", CLOSED_ERR_CLOSING, &res[1].e);
    if (!f)
        return;
    char *path = rt_cstring(f->name);
    DirEnt *ents = NULL;
    int64_t n = rt_os_list_dir(path, &ents, true);
    free(path);
    if (n < 0) {
        res[1].e = rt_path_error(rt, "readdirent", f->name, (int)-n);
        return;
    }
    int64_t from = f->dirpos < n ? f->dirpos : n;
    int64_t to = want > 0 && from + want < n ? from + want : n;
    f->dirpos = to;
    if (want > 0 && from == to)
        res[1].e = rt_io_eof();
    else if (kind == DIR_ENTRIES)
        res[0].sl = dir_entries(rt, f->name, ents, from, to);
    else if (kind == DIR_INFOS)
        res[0].sl = dir_infos(rt, f->name, ents, from, to);
    else
        res[0].sl = dir_names(rt, ents, from, to);
    free_ents(ents, n);
}

static void file_read_dir(Runtime *rt, Value *a, Value *res) { read_dir_next(rt, a, res, DIR_ENTRIES); }
static void file_readdir(Runtime *rt, Value *a, Value *res) { read_dir_next(rt, a, res, DIR_INFOS); }
static void file_readdirnames(Runtime *rt, Value *a, Value *res) { read_dir_next(rt, a, res, DIR_NAMES); }

static UnixDirent *dirent_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static void de_name(Runtime *rt, Value *a, Value *res) { res[0].s = dirent_of(rt, a[0])->name; }
static void de_is_dir(Runtime *rt, Value *a, Value *res) { set_bool(&res[0], dirent_of(rt, a[0])->typ >> 31); }
static void de_type(Runtime *rt, Value *a, Value *res) { res[0].u = dirent_of(rt, a[0])->typ; }

static void de_info(Runtime *rt, Value *a, Value *res) {
    UnixDirent *d = dirent_of(rt, a[0]);
    Value arg[1];
    GoString slash = {(const uint8_t *)"/", 1};
    arg[0].s = rt_string_concat(rt, rt_string_concat(rt, d->parent, slash), d->name);
    stat_common(rt, arg, res, false);
}

// ---- standard files and Args ------------------------------------------------------------

static void var_stdin(Runtime *rt, Value *out) { out->p = rt_os_new_file(rt, 0, go_string(rt, "/dev/stdin")); }
static void var_stdout(Runtime *rt, Value *out) { out->p = rt_os_new_file(rt, 1, go_string(rt, "/dev/stdout")); }
OsFile *rt_os_stderr(Runtime *rt) {
    void **slot = rt_pkg_state(rt, RT_PKG_STATE_STDERR);
    if (!*slot)
        gc_write_ptr(rt, slot, rt_os_new_file(rt, 2, go_string(rt, "/dev/stderr")));
    return *slot;
}

static void var_stderr(Runtime *rt, Value *out) { out->p = rt_os_stderr(rt); }

// var_args: os.Args from the runtime's configuration.
static void var_args(Runtime *rt, Value *out) {
    int n = rt->cfg.argc > 0 ? rt->cfg.argc : 0;
    GoSlice s = rt_make_slice(rt, &rt_ptype_string, n, n);
    for (int i = 0; i < n; i++) {
        Value v;
        v.s = go_string(rt, rt->cfg.argv[i]);
        rt_store(rt, &rt_ptype_string, (GoString *)s.ptr + i, v);
    }
    out->sl = s;
}

static void var_err_not_exist(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_NOT_EXIST); }
static void var_err_exist(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_EXIST); }
static void var_err_permission(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_PERMISSION); }
static void var_err_invalid(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_INVALID); }
static void var_err_closed(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_CLOSED); }
static void var_err_no_deadline(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_NO_DEADLINE); }
static void var_err_deadline(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_DEADLINE); }
static void var_err_process_done(Runtime *rt, Value *out) { (void)rt; out->e = rt_fs_sentinel(FS_ERR_PROCESS_DONE); }
static void var_interrupt(Runtime *rt, Value *out) { rt_os_signal_value(rt, out, 2); }
static void var_kill(Runtime *rt, Value *out) { rt_os_signal_value(rt, out, 9); }

static const NativeFunc os_funcs[] = {
    {"Open", "func(name string) (*File, error)", os_open},
    {"NewFile", "func(fd uintptr, name string) *File", os_new_file},
    {"Create", "func(name string) (*File, error)", os_create},
    {"OpenFile", "func(name string, flag int, perm FileMode) (*File, error)", os_open_file},
    {"ReadFile", "func(name string) ([]byte, error)", os_read_file},
    {"WriteFile", "func(name string, data []byte, perm FileMode) error", os_write_file},
    {"ReadDir", "func(name string) ([]DirEntry, error)", os_read_dir},
    {"Stat", "func(name string) (FileInfo, error)", os_stat},
    {"Lstat", "func(name string) (FileInfo, error)", os_lstat},
    {"(*File).Read", "func(b []byte) (n int, err error)", file_read},
    {"(*File).Write", "func(b []byte) (n int, err error)", file_write},
    {"(*File).WriteString", "func(s string) (n int, err error)", file_write_string},
    {"(*File).Close", "func() error", file_close},
    {"(*File).Seek", "func(offset int64, whence int) (ret int64, err error)", file_seek},
    {"(*File).Name", "func() string", file_name},
    {"(*File).ReadAt", "func(b []byte, off int64) (n int, err error)", file_read_at},
    {"(*File).WriteAt", "func(b []byte, off int64) (n int, err error)", file_write_at},
    {"(*File).Truncate", "func(size int64) error", file_truncate},
    {"Link", "func(oldname, newname string) error", rt_os_link},
    {"Symlink", "func(oldname, newname string) error", rt_os_symlink},
    {"Readlink", "func(name string) (string, error)", rt_os_readlink},
    {"(*File).Fd", "func() uintptr", file_fd},
    {"(*File).Sync", "func() error", file_sync},
    {"(*File).Chmod", "func(mode FileMode) error", file_chmod},
    {"(*File).Chown", "func(uid, gid int) error", file_chown},
    {"(*File).Chdir", "func() error", file_chdir},
    {"(*File).ReadFrom", "func(r io.Reader) (n int64, err error)", file_read_from},
    {"(*File).Stat", "func() (FileInfo, error)", file_stat},
    {"(*File).ReadDir", "func(n int) ([]DirEntry, error)", file_read_dir},
    {"(*File).Readdir", "func(n int) ([]FileInfo, error)", file_readdir},
    {"(*File).Readdirnames", "func(n int) (names []string, err error)", file_readdirnames},
    {"(*fileStat).Name", "func() string", fi_name},
    {"(*fileStat).Size", "func() int64", fi_size},
    {"(*fileStat).Mode", "func() FileMode", fi_mode},
    {"(*fileStat).ModTime", "func() time.Time", fi_mod_time},
    {"(*fileStat).IsDir", "func() bool", fi_is_dir},
    {"(*fileStat).Sys", "func() interface{}", fi_sys},
    {"(*unixDirent).Name", "func() string", de_name},
    {"(*unixDirent).IsDir", "func() bool", de_is_dir},
    {"(*unixDirent).Type", "func() FileMode", de_type},
    {"(*unixDirent).Info", "func() (FileInfo, error)", de_info},
    {"(*LinkError).Error", "func() string", rt_os_link_error_error},
    {"(*LinkError).Unwrap", "func() error", rt_os_link_error_unwrap},
    {"Mkdir", "func(name string, perm FileMode) error", rt_os_mkdir},
    {"MkdirAll", "func(path string, perm FileMode) error", rt_os_mkdir_all},
    {"MkdirTemp", "func(dir, pattern string) (string, error)", rt_os_mkdir_temp},
    {"CreateTemp", "func(dir, pattern string) (*File, error)", rt_os_create_temp},
    {"TempDir", "func() string", rt_os_temp_dir},
    {"Remove", "func(name string) error", rt_os_remove},
    {"RemoveAll", "func(path string) error", rt_os_remove_all},
    {"Rename", "func(oldpath, newpath string) error", rt_os_rename},
    {"Chdir", "func(dir string) error", rt_os_chdir},
    {"Chmod", "func(name string, mode FileMode) error", rt_os_chmod},
    {"Truncate", "func(name string, size int64) error", rt_os_truncate},
    {"Getwd", "func() (dir string, err error)", rt_os_getwd},
    {"UserHomeDir", "func() (string, error)", rt_os_user_home_dir},
    {"UserCacheDir", "func() (string, error)", rt_os_user_cache_dir},
    {"UserConfigDir", "func() (string, error)", rt_os_user_config_dir},
    {"Executable", "func() (string, error)", rt_os_executable},
    {"SameFile", "func(fi1, fi2 FileInfo) bool", os_same_file},
    {"Getgroups", "func() ([]int, error)", rt_os_getgroups},
    {"Hostname", "func() (name string, err error)", rt_os_hostname},
    {"Getpid", "func() int", rt_os_getpid},
    {"Getppid", "func() int", rt_os_getppid},
    {"Getuid", "func() int", rt_os_getuid},
    {"Geteuid", "func() int", rt_os_geteuid},
    {"Getgid", "func() int", rt_os_getgid},
    {"Getegid", "func() int", rt_os_getegid},
    {"Getpagesize", "func() int", rt_os_getpagesize},
    {"IsPathSeparator", "func(c uint8) bool", rt_os_is_path_separator},
    {"Chown", "func(name string, uid, gid int) error", rt_os_chown},
    {"DirFS", "func(dir string) fs.FS", rt_os_dir_fs},
    {"Chtimes", "func(name string, atime time.Time, mtime time.Time) error", rt_os_chtimes},
    {"dirFS.Open", "func(name string) (fs.File, error)", rt_os_dir_fs_open},
    {"dirFS.Stat", "func(name string) (fs.FileInfo, error)", rt_os_dir_fs_stat},
    {"Lchown", "func(name string, uid, gid int) error", rt_os_lchown},
    {"Exit", "func(code int)", rt_os_exit},
    {"Getenv", "func(key string) string", rt_os_getenv},
    {"LookupEnv", "func(key string) (string, bool)", rt_os_lookup_env},
    {"Setenv", "func(key, value string) error", rt_os_setenv},
    {"Unsetenv", "func(key string) error", rt_os_unsetenv},
    {"Clearenv", "func()", rt_os_clearenv},
    {"Environ", "func() []string", rt_os_environ},
    {"ExpandEnv", "func(s string) string", rt_os_expand_env},
    {"Expand", "func(s string, mapping func(string) string) string", rt_os_expand},
    {"IsNotExist", "func(err error) bool", rt_os_is_not_exist},
    {"IsExist", "func(err error) bool", rt_os_is_exist},
    {"IsPermission", "func(err error) bool", rt_os_is_permission},
    {"Pipe", "func() (r *File, w *File, err error)", rt_os_pipe},
    {"(*ProcessState).ExitCode", "func() int", rt_os_state_exit_code},
    {"(*ProcessState).Exited", "func() bool", rt_os_state_exited},
    {"(*ProcessState).Success", "func() bool", rt_os_state_success},
    {"(*ProcessState).Pid", "func() int", rt_os_state_pid},
    {"(*ProcessState).String", "func() string", rt_os_state_string},
    {"(*ProcessState).UserTime", "func() time.Duration", rt_os_state_user_time},
    {"(*ProcessState).SystemTime", "func() time.Duration", rt_os_state_system_time},
    {"(*ProcessState).Sys", "func() any", rt_os_state_sys},
    {"(*Process).Kill", "func() error", rt_os_process_kill},
    {"FindProcess", "func(pid int) (*Process, error)", rt_os_find_process},
    {"(*Process).Signal", "func(sig Signal) error", rt_os_process_signal},
    {"(*Process).Wait", "func() (*ProcessState, error)", rt_os_process_wait},
    {"(*Process).Release", "func() error", rt_os_process_release},
    {"NewSyscallError", "func(syscall string, err error) error", rt_os_new_syscall_error},
    {"(*SyscallError).Error", "func() string", rt_os_syscall_error_error},
    {"(*SyscallError).Unwrap", "func() error", rt_os_syscall_error_unwrap},
    {"(*SyscallError).Timeout", "func() bool", rt_os_no_timeout},
    {"(*File).SetDeadline", "func(t time.Time) error", file_set_deadline},
    {"(*File).SetReadDeadline", "func(t time.Time) error", file_set_deadline},
    {"(*File).SetWriteDeadline", "func(t time.Time) error", file_set_deadline},
    {"IsTimeout", "func(err error) bool", rt_os_is_timeout},
};

static const NativeType os_types[] = {
    {"FileMode", "= fs.FileMode"},
    {"FileInfo", "= fs.FileInfo"},
    {"DirEntry", "= fs.DirEntry"},
    {"PathError", "= fs.PathError"},
    {"File", "struct { fd int; name string; closed bool; dirpos int }"},
    {"fileStat", "struct { name string; size int64; mode FileMode; mtime int64; dev uint64; ino uint64 }"},
    {"unixDirent", "struct { parent string; name string; typ FileMode; info FileInfo }"},
    {"LinkError", "struct { Op string; Old string; New string; Err error }"},
    {"SyscallError", "struct { Syscall string; Err error }"},
    {"dirFS", "string"},
    {"Signal", "interface { String() string; Signal() }"},
    {"ProcessState", "struct { pid int; status int; utime int64; stime int64 }"},
    {"Process", "struct { Pid int; done bool }"},
};

static const NativeConst os_consts[] = {
    {"O_RDONLY", "int", "0"}, {"O_WRONLY", "int", "1"}, {"O_RDWR", "int", "2"},
    {"O_APPEND", "int", "1024"}, {"O_CREATE", "int", "64"}, {"O_EXCL", "int", "128"},
    {"O_SYNC", "int", "1052672"}, {"O_TRUNC", "int", "512"},
    {"SEEK_SET", "int", "0"}, {"SEEK_CUR", "int", "1"}, {"SEEK_END", "int", "2"},
    {"PathSeparator", "untyped rune", "47"}, {"PathListSeparator", "untyped rune", "58"},
    {"DevNull", "untyped string", "/dev/null"},
#define MODE(name, v) {name, "FileMode", v}
    MODE("ModeDir", "2147483648"), MODE("ModeAppend", "1073741824"), MODE("ModeExclusive", "536870912"),
    MODE("ModeTemporary", "268435456"), MODE("ModeSymlink", "134217728"), MODE("ModeDevice", "67108864"),
    MODE("ModeNamedPipe", "33554432"), MODE("ModeSocket", "16777216"), MODE("ModeSetuid", "8388608"),
    MODE("ModeSetgid", "4194304"), MODE("ModeCharDevice", "2097152"), MODE("ModeSticky", "1048576"),
    MODE("ModeIrregular", "524288"), MODE("ModeType", "2401763328"), MODE("ModePerm", "511"),
};

static const NativeVar os_vars[] = {
    {"Args", "[]string", var_args},
    {"Stdin", "*File", var_stdin},
    {"Stdout", "*File", var_stdout},
    {"Stderr", "*File", var_stderr},
    {"ErrNotExist", "error", var_err_not_exist},
    {"ErrExist", "error", var_err_exist},
    {"ErrPermission", "error", var_err_permission},
    {"ErrInvalid", "error", var_err_invalid},
    {"ErrClosed", "error", var_err_closed},
    {"ErrNoDeadline", "error", var_err_no_deadline},
    {"ErrDeadlineExceeded", "error", var_err_deadline},
    {"ErrProcessDone", "error", var_err_process_done},
    {"Interrupt", "Signal", var_interrupt},
    {"Kill", "Signal", var_kill},
};

static const char *const os_imports[] = {"io/fs", "io", "time", "syscall", NULL};

const NativePkg rt_pkg_os = {
    .path = "os", .name = "os",
    .funcs = os_funcs, .nfuncs = sizeof os_funcs / sizeof os_funcs[0],
    .types = os_types, .ntypes = sizeof os_types / sizeof os_types[0],
    .consts = os_consts, .nconsts = sizeof os_consts / sizeof os_consts[0],
    .vars = os_vars, .nvars = sizeof os_vars / sizeof os_vars[0],
    .imports = os_imports,
};
