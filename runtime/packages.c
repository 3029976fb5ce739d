// packages.c - the table of built-in packages (rt_find_package), the
// predeclared types the packages use for layout, and calling the
// String/Error methods of values (native methods directly, the
// interpreter's through RtHooks.call_string_method).
//
// Every descriptor here is static const with its Go spelling preset in
// str (so rt_type_string never writes to it) and its GC mask written out:
// one bit per 8-byte word that holds a pointer.
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

static const uint8_t mask_word0[] = {0x01};
static const uint8_t mask_words01[] = {0x03};

const Type rt_ptype_string = {
    .kind = KIND_STRING, .align = 8, .flags = TF_COMPARABLE | TF_BOXED, .size = 16,
    .name = "string", .underlying = &rt_ptype_string, .ptrwords = 1, .gcmask = mask_word0,
    .str = "string",
};
const Type rt_ptype_int = {
    .kind = KIND_INT, .align = 8, .flags = TF_COMPARABLE | TF_NOPTR, .size = 8,
    .name = "int", .underlying = &rt_ptype_int, .str = "int",
};
const Type rt_ptype_uint8 = {
    .kind = KIND_UINT8, .align = 1, .flags = TF_COMPARABLE | TF_NOPTR, .size = 1,
    .name = "uint8", .underlying = &rt_ptype_uint8, .str = "uint8",
};
const Type rt_ptype_bytes = {
    .kind = KIND_SLICE, .align = 8, .flags = TF_BOXED, .size = 16,
    .underlying = &rt_ptype_bytes, .elem = &rt_ptype_uint8, .ptrwords = 1, .gcmask = mask_word0,
    .str = "[]uint8",
};

static const Type *const results_string[] = {&rt_ptype_string};
static const Type func_string = {
    .kind = KIND_FUNC, .align = 8, .flags = 0, .size = 8, .underlying = &func_string,
    .nresults = 1, .results = results_string, .ptrwords = 1, .gcmask = mask_word0,
    .str = "func() string",
};
static const Method error_methods[] = {{.name = "Error", .type = &func_string}};
const Type rt_ptype_error = {
    .kind = KIND_INTERFACE, .align = 8, .flags = TF_COMPARABLE | TF_BOXED | TF_NAMED
    | TF_FLOAT_KEY, .size = 16, .name = "error", .underlying = &rt_ptype_error,
    .nmethods = 1, .methods = error_methods, .ptrwords = 2, .gcmask = mask_words01,
    .str = "error",
};

// ---- methods -------------------------------------------------------------------

const Method *rt_find_method(const Type *t, const char *name) {
    if (!t)
        return NULL;
    const Type *named = t;
    bool ptr = false;
    if (t->kind == KIND_POINTER && !(t->flags & TF_NAMED)) {
        named = t->elem;
        ptr = true;
        if (!named || named->kind == KIND_POINTER)
            return NULL;
    }
    if (!named || named->kind == KIND_INTERFACE || !named->methods)
        return NULL;
    for (int i = 0; i < named->nmethods; i++) {
        const Method *m = &named->methods[i];
        if (strcmp(m->name, name) != 0)
            continue;
        return m->ptr_recv && !ptr ? NULL : m;
    }
    return NULL;
}

bool rt_call_string_method(Runtime *rt, const Type *t, Value v, const char *name, GoString *out) {
    const Method *m = rt_find_method(t, name);
    const Type *sig = m ? m->type : NULL;
    if (!m || (sig && (sig->nparams != 0 || sig->nresults != 1 || sig->results[0]->kind != KIND_STRING)))
        return false;
    if (m->native && !m->promoted) {   // a promoted one dispatches on the embedded field (hook)
        Value args[1], res[2];
        memset(res, 0, sizeof res);
        args[0] = v;
        if (!m->ptr_recv && t->kind == KIND_POINTER) {
            if (!v.p)
                rt_panic_nil_deref(rt);
            args[0] = rt_load(t->elem, v.p);
        }
        m->native(rt, args, res);
        *out = res[0].s;
        return true;
    }
    if (!rt->hooks.call_string_method)
        return false;
    return rt->hooks.call_string_method(rt->hooks.ctx, rt_iface_box(rt, t, v), name, out);
}

bool rt_error_text(Runtime *rt, GoIface e, GoString *out) {
    if (!e.type)
        return false;
    return rt_call_string_method(rt, e.type, rt_iface_unbox(e), "Error", out);
}

const Type *rt_pkg_type(Runtime *rt, const char *path, const char *name, bool ptr) {
    if (!rt->hooks.pkg_type)
        return NULL;
    return rt->hooks.pkg_type(rt->hooks.ctx, path, name, ptr);
}

// ---- the package table -------------------------------------------------------------

static const NativePkg *const all_packages[] = {
    &rt_pkg_fmt, &rt_pkg_strings, &rt_pkg_strconv, &rt_pkg_os,
    &rt_pkg_errors, &rt_pkg_math, &rt_pkg_sort, &rt_pkg_runtime, &rt_pkg_runtime_debug, &rt_pkg_unicode, &rt_pkg_utf8,
    &rt_pkg_io, &rt_pkg_time, &rt_pkg_bufio, &rt_pkg_sync,
    &rt_pkg_rand, &rt_pkg_regexp, &rt_pkg_json, &rt_pkg_bits, &rt_pkg_atomic, &rt_pkg_list, &rt_pkg_ring, &rt_pkg_heap,
    &rt_pkg_tabwriter,
    &rt_pkg_fs, &rt_pkg_syscall, &rt_pkg_path, &rt_pkg_filepath,
    &rt_pkg_bytes, &rt_pkg_flag, &rt_pkg_exec, &rt_pkg_log, &rt_pkg_signal, &rt_pkg_ioutil, &rt_pkg_csv, &rt_pkg_encoding, &rt_pkg_hex, &rt_pkg_base64, &rt_pkg_context, &rt_pkg_user,
    &rt_pkg_hash, &rt_pkg_sha256, &rt_pkg_md5, &rt_pkg_crc32, &rt_pkg_fnv,
    &rt_pkg_fmt_ss, &rt_pkg_reflect, &rt_pkg_unsafe,
};

const char *rt_package_path(const char *name) {
    for (size_t i = 0; i < sizeof all_packages / sizeof all_packages[0]; i++)
        if (strcmp(all_packages[i]->name, name) == 0)
            return all_packages[i]->path;
    return name;
}

const NativePkg *rt_find_package(const char *path) {
    for (size_t i = 0; i < sizeof all_packages / sizeof all_packages[0]; i++)
        if (strcmp(all_packages[i]->path, path) == 0)
            return all_packages[i];
    return NULL;
}
