// pkg_os.c - package os: Args, Exit, Getenv, LookupEnv, ReadFile, WriteFile, and *os.File values for
// Stdout / Stderr / Stdin. A File is struct { fd int } (the checker builds
// its descriptor from the NativeType text); the runtime allocates the
// three standard files as pointer-free heap objects.
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "pkg_internal.h"

static void os_exit(Runtime *rt, Value *args, Value *results) {
    (void)results;
    rt_exit(rt, (int)args[0].i);
}

static void os_getenv(Runtime *rt, Value *args, Value *results) {
    GoString key = args[0].s;
    char *k = malloc((size_t)key.len + 1);
    memcpy(k, key.ptr, (size_t)key.len);
    k[key.len] = 0;
    const char *v = getenv(k);
    free(k);
    results[0].s = v ? rt_string_from_c(rt, v, strlen(v)) : (GoString){NULL, 0};
}

static char *c_string(GoString s) {
    char *k = malloc((size_t)s.len + 1);
    if (!k)
        abort();
    memcpy(k, s.ptr, (size_t)s.len);
    k[s.len] = 0;
    return k;
}

static void os_lookup_env(Runtime *rt, Value *args, Value *results) {
    char *k = c_string(args[0].s);
    const char *v = getenv(k);
    free(k);
    results[0].s = v ? rt_string_from_c(rt, v, strlen(v)) : (GoString){NULL, 0};
    results[1].w[1] = 0;
    results[1].u = v != NULL;
}

// path_error: the error os returns, with *fs.PathError's text "op path: reason".
static GoIface path_error(Runtime *rt, const char *op, const char *path, int err) {
    StrBuf b = {0};
    sb_printf(&b, "%s %s: ", op, path);
    size_t at = b.len;
    sb_puts(&b, strerror(err));
    if (b.p[at] >= 'A' && b.p[at] <= 'Z')   // Go's syscall texts are lowercase
        b.p[at] = (char)(b.p[at] - 'A' + 'a');
    GoIface e = rt_error_new(rt, b.p, b.len);
    sb_free(&b);
    return e;
}

static void os_read_file(Runtime *rt, Value *args, Value *results) {
    char *path = c_string(args[0].s);
    results[0].sl = (GoSlice){NULL, 0, 0};
    results[1].e = (GoIface){NULL, NULL};
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        results[1].e = path_error(rt, "open", path, errno);
        free(path);
        return;
    }
    StrBuf b = {0};
    char chunk[65536];
    for (;;) {
        ssize_t n = read(fd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            results[1].e = path_error(rt, "read", path, errno);
            break;
        }
        if (n == 0)
            break;
        sb_put(&b, chunk, (size_t)n);
    }
    close(fd);
    free(path);
    GoSlice s = rt_make_slice(rt, &rt_ptype_uint8, (int64_t)b.len, (int64_t)b.len);
    if (b.len)
        memcpy(s.ptr, b.p, b.len);
    sb_free(&b);
    results[0].sl = s;
}

static void os_write_file(Runtime *rt, Value *args, Value *results) {
    char *path = c_string(args[0].s);
    results[0].e = (GoIface){NULL, NULL};
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, (mode_t)(args[2].u & 0777));
    if (fd < 0) {
        results[0].e = path_error(rt, "open", path, errno);
        free(path);
        return;
    }
    const char *p = args[1].sl.ptr;
    size_t n = args[1].sl.len;
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k < 0) {
            results[0].e = path_error(rt, "write", path, errno);
            break;
        }
        p += k;
        n -= (size_t)k;
    }
    close(fd);
    free(path);
}

// file_write: (*File).Write / WriteString to descriptor 1 or 2.
static void file_write_bytes(Runtime *rt, Value f, const void *p, size_t n, Value *results) {
    if (!f.p)
        rt_panic_nil_deref(rt);
    if (*(const int64_t *)f.p == 2)
        rt_write_stderr(rt, p, n);
    else
        rt_write_stdout(rt, p, n);
    results[0].i = (int64_t)n;
    results[1].e = (GoIface){NULL, NULL};
}

static void file_write_string(Runtime *rt, Value *args, Value *results) {
    file_write_bytes(rt, args[0], args[1].s.ptr, (size_t)args[1].s.len, results);
}

static void file_write(Runtime *rt, Value *args, Value *results) {
    file_write_bytes(rt, args[0], args[1].sl.ptr, args[1].sl.len, results);
}

static void new_file(Runtime *rt, Value *out, int64_t fd) {
    int64_t *f = rt_alloc_noscan(rt, sizeof(int64_t), true);
    *f = fd;
    out->p = f;
}

static void var_stdin(Runtime *rt, Value *out) { new_file(rt, out, 0); }
static void var_stdout(Runtime *rt, Value *out) { new_file(rt, out, 1); }
static void var_stderr(Runtime *rt, Value *out) { new_file(rt, out, 2); }

// var_args: os.Args from the runtime's configuration.
static void var_args(Runtime *rt, Value *out) {
    int n = rt->cfg.argc > 0 ? rt->cfg.argc : 0;
    GoSlice s = rt_make_slice(rt, &rt_ptype_string, n, n);
    for (int i = 0; i < n; i++) {
        Value v;
        v.s = rt_string_from_c(rt, rt->cfg.argv[i], strlen(rt->cfg.argv[i]));
        rt_store(rt, &rt_ptype_string, (GoString *)s.ptr + i, v);
    }
    out->sl = s;
}

static const NativeFunc os_funcs[] = {
    {"Exit", "func(code int)", os_exit},
    {"Getenv", "func(key string) string", os_getenv},
    {"LookupEnv", "func(key string) (string, bool)", os_lookup_env},
    {"ReadFile", "func(name string) ([]byte, error)", os_read_file},
    {"WriteFile", "func(name string, data []byte, perm FileMode) error", os_write_file},
    {"(*File).WriteString", "func(s string) (n int, err error)", file_write_string},
    {"(*File).Write", "func(b []byte) (n int, err error)", file_write},
};

static const NativeType os_types[] = {
    {"File", "struct { fd int }"},
    {"FileMode", "uint32"},
};

static const NativeVar os_vars[] = {
    {"Args", "[]string", var_args},
    {"Stdin", "*File", var_stdin},
    {"Stdout", "*File", var_stdout},
    {"Stderr", "*File", var_stderr},
};

const NativePkg rt_pkg_os = {
    .path = "os", .name = "os",
    .funcs = os_funcs, .nfuncs = sizeof os_funcs / sizeof os_funcs[0],
    .types = os_types, .ntypes = sizeof os_types / sizeof os_types[0],
    .vars = os_vars, .nvars = sizeof os_vars / sizeof os_vars[0],
};
