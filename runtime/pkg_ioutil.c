// pkg_ioutil.c - package io/ioutil (deprecated in Go 1.16 but still in
// many scripts): each function is the io or os function Go 1.19 forwards
// to, called through the package tables; ReadDir lists FileInfos sorted
// by name, as ioutil's does.
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

#define FORWARD(cname, pkg, fn) \
    static void cname(Runtime *rt, Value *a, Value *res) { rt_native_call(rt, pkg, fn, a, res); }

FORWARD(u_read_all, "io", "ReadAll")
FORWARD(u_read_file, "os", "ReadFile")
FORWARD(u_write_file, "os", "WriteFile")
FORWARD(u_nop_closer, "io", "NopCloser")
FORWARD(u_temp_file, "os", "CreateTemp")
FORWARD(u_temp_dir, "os", "MkdirTemp")

static bool less_name(Runtime *rt, GoIface a, GoIface b) {
    Value ra[1], rb[1];
    rt_call_method(rt, a, "Name", NULL, 0, ra);
    rt_call_method(rt, b, "Name", NULL, 0, rb);
    return rt_string_compare(ra[0].s, rb[0].s) < 0;
}

static void u_read_dir(Runtime *rt, Value *a, Value *res) {
    Value r[2];
    rt_native_call(rt, "os", "Open", a, r);
    res[0].sl = (GoSlice){NULL, 0, 0};
    res[1].e = r[1].e;
    if (r[1].e.type)
        return;
    Value f[2], list[2];
    f[0] = r[0];
    f[1].i = -1;
    rt_native_call(rt, "os", "(*File).Readdir", f, list);
    Value ignored[1];
    rt_native_call(rt, "os", "(*File).Close", f, ignored);
    GoIface *v = list[0].sl.ptr;
    for (uint32_t i = 1; i < list[0].sl.len; i++)   // insertion sort: directories are small
        for (uint32_t j = i; j > 0 && less_name(rt, v[j], v[j - 1]); j--) {
            GoIface t = v[j];
            rt_store(rt, &rt_ptype_error, &v[j], (Value){.e = v[j - 1]});
            rt_store(rt, &rt_ptype_error, &v[j - 1], (Value){.e = t});
        }
    res[0].sl = list[0].sl;
    res[1].e = list[1].e;
}

// var_discard: ioutil.Discard, an io.discard value of its own (io's
// variable may not be initialised yet; equal to it all the same).
static void var_discard(Runtime *rt, Value *out) {
    const Type *t = rt_pkg_type(rt, "io", "discard", false);
    out->e = rt_iface_box(rt, t, rt_zero_value(rt, t));
}

static const NativeFunc ioutil_funcs[] = {
    {"ReadAll", "func(r io.Reader) ([]byte, error)", u_read_all},
    {"ReadFile", "func(filename string) ([]byte, error)", u_read_file},
    {"WriteFile", "func(filename string, data []byte, perm fs.FileMode) error", u_write_file},
    {"ReadDir", "func(dirname string) ([]fs.FileInfo, error)", u_read_dir},
    {"NopCloser", "func(r io.Reader) io.ReadCloser", u_nop_closer},
    {"TempFile", "func(dir, pattern string) (f *os.File, err error)", u_temp_file},
    {"TempDir", "func(dir, pattern string) (name string, err error)", u_temp_dir},
};

static const NativeVar ioutil_vars[] = {
    {"Discard", "io.Writer", var_discard},
};

static const char *const ioutil_imports[] = {"io", "io/fs", "os", NULL};

const NativePkg rt_pkg_ioutil = {
    .path = "io/ioutil", .name = "ioutil",
    .funcs = ioutil_funcs, .nfuncs = sizeof ioutil_funcs / sizeof ioutil_funcs[0],
    .vars = ioutil_vars, .nvars = sizeof ioutil_vars / sizeof ioutil_vars[0],
    .imports = ioutil_imports,
};
