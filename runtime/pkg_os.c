// pkg_os.c - package os: Args, Exit, Getenv, and *os.File values for
// Stdout / Stderr / Stdin. A File is struct { fd int } (the checker builds
// its descriptor from the NativeType text); the runtime allocates the
// three standard files as pointer-free heap objects.
#include <stdlib.h>
#include <string.h>

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
    {"(*File).WriteString", "func(s string) (n int, err error)", file_write_string},
    {"(*File).Write", "func(b []byte) (n int, err error)", file_write},
};

static const NativeType os_types[] = {
    {"File", "struct { fd int }"},
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
