// pkg_user.c - package os/user: Current, Lookup, LookupId, LookupGroup,
// LookupGroupId and User.GroupIds, from the C library's passwd and group
// databases (what Go's cgo implementation reads); the errors are Go's
// UnknownUserError / UnknownUserIdError / UnknownGroupError /
// UnknownGroupIdError with their texts.
#include <grp.h>
#include <pwd.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "pkg_internal.h"

typedef struct User { GoString uid, gid, username, name, home_dir; } User;
typedef struct Group { GoString gid, name; } Group;

static GoString go_str(Runtime *rt, const char *s) { return rt_string_from_c(rt, s ? s : "", s ? strlen(s) : 0); }

static const Type *user_type(Runtime *rt, const char *name, bool ptr) {
    const Type *t = rt_pkg_type(rt, "os/user", name, ptr);
    if (!t)
        rt_fatal(rt, "user.%s: package type missing", name);
    return t;
}

static void user_result(Runtime *rt, const struct passwd *pw, Value *res) {
    User *u = rt_alloc(rt, user_type(rt, "User", false));
    StrBuf b = {0};
    sb_printf(&b, "%u", (unsigned)pw->pw_uid);
    rt_store(rt, &rt_ptype_string, &u->uid, (Value){.s = rt_string_from_c(rt, b.p, b.len)});
    b.len = 0;
    sb_printf(&b, "%u", (unsigned)pw->pw_gid);
    rt_store(rt, &rt_ptype_string, &u->gid, (Value){.s = rt_string_from_c(rt, b.p, b.len)});
    sb_free(&b);
    rt_store(rt, &rt_ptype_string, &u->username, (Value){.s = go_str(rt, pw->pw_name)});
    const char *gecos = pw->pw_gecos ? pw->pw_gecos : "";
    const char *comma = strchr(gecos, ',');
    GoString name = rt_string_from_c(rt, gecos, comma ? (size_t)(comma - gecos) : strlen(gecos));
    rt_store(rt, &rt_ptype_string, &u->name, (Value){.s = name});
    rt_store(rt, &rt_ptype_string, &u->home_dir, (Value){.s = go_str(rt, pw->pw_dir)});
    res[0].w[1] = 0;
    res[0].p = u;
    res[1].e = (GoIface){NULL, NULL};
}

// unknown: the error value of type name holding the string or number v.
static GoIface unknown(Runtime *rt, const char *type, GoString s, int64_t id, bool numeric) {
    const Type *t = user_type(rt, type, false);
    return numeric ? rt_iface_box(rt, t, (Value){.i = id}) : rt_iface_box(rt, t, (Value){.s = s});
}

static void user_current(Runtime *rt, Value *a, Value *res) {
    (void)a;
    struct passwd *pw = getpwuid(getuid());
    if (!pw) {
        res[0].p = NULL;
        res[1].e = unknown(rt, "UnknownUserIdError", (GoString){NULL, 0}, getuid(), true);
        return;
    }
    user_result(rt, pw, res);
}

static void user_lookup(Runtime *rt, Value *a, Value *res) {
    char *name = rt_cstring(a[0].s);
    struct passwd *pw = getpwnam(name);
    free(name);
    if (!pw) {
        res[0].w[1] = 0;
        res[0].p = NULL;
        res[1].e = unknown(rt, "UnknownUserError", a[0].s, 0, false);
        return;
    }
    user_result(rt, pw, res);
}

static void user_lookup_id(Runtime *rt, Value *a, Value *res) {
    int64_t id;
    res[0].w[1] = 0;
    res[0].p = NULL;
    NumErr e = rt_parse_int(a[0].s, 10, 64, &id);
    if (e != NUM_OK) {
        res[1].e = rt_num_error(rt, "Atoi", a[0].s, e, 0);
        return;
    }
    struct passwd *pw = id >= 0 ? getpwuid((uid_t)id) : NULL;
    if (!pw) {
        res[1].e = unknown(rt, "UnknownUserIdError", (GoString){NULL, 0}, id, true);
        return;
    }
    user_result(rt, pw, res);
}

static void group_result(Runtime *rt, const struct group *gr, Value *res) {
    Group *g = rt_alloc(rt, user_type(rt, "Group", false));
    StrBuf b = {0};
    sb_printf(&b, "%u", (unsigned)gr->gr_gid);
    rt_store(rt, &rt_ptype_string, &g->gid, (Value){.s = rt_string_from_c(rt, b.p, b.len)});
    sb_free(&b);
    rt_store(rt, &rt_ptype_string, &g->name, (Value){.s = go_str(rt, gr->gr_name)});
    res[0].w[1] = 0;
    res[0].p = g;
    res[1].e = (GoIface){NULL, NULL};
}

static void user_lookup_group(Runtime *rt, Value *a, Value *res) {
    char *name = rt_cstring(a[0].s);
    struct group *gr = getgrnam(name);
    free(name);
    if (!gr) {
        res[0].w[1] = 0;
        res[0].p = NULL;
        res[1].e = unknown(rt, "UnknownGroupError", a[0].s, 0, false);
        return;
    }
    group_result(rt, gr, res);
}

static void user_lookup_group_id(Runtime *rt, Value *a, Value *res) {
    int64_t id;
    struct group *gr = rt_parse_int(a[0].s, 10, 64, &id) == NUM_OK && id >= 0 ? getgrgid((gid_t)id) : NULL;
    if (!gr) {
        res[0].w[1] = 0;
        res[0].p = NULL;
        res[1].e = unknown(rt, "UnknownGroupIdError", a[0].s, 0, false);
        return;
    }
    group_result(rt, gr, res);
}

static void user_group_ids(Runtime *rt, Value *a, Value *res) {
    User *u = a[0].p;
    if (!u)
        rt_panic_nil_deref(rt);
    char *name = rt_cstring(u->username);
    int64_t gid = 0;
    rt_parse_int(u->gid, 10, 64, &gid);
    int n = 64;
    gid_t *groups = malloc((size_t)n * sizeof *groups);
    if (groups && getgrouplist(name, (gid_t)gid, groups, &n) < 0) {
        free(groups);
        groups = malloc((size_t)n * sizeof *groups);
        if (groups)
            getgrouplist(name, (gid_t)gid, groups, &n);
    }
    free(name);
    if (!groups)
        abort();
    GoSlice out = rt_make_slice(rt, &rt_ptype_string, n, n);
    for (int i = 0; i < n; i++) {
        StrBuf b = {0};
        sb_printf(&b, "%u", (unsigned)groups[i]);
        rt_store(rt, &rt_ptype_string, (GoString *)out.ptr + i, (Value){.s = rt_string_from_c(rt, b.p, b.len)});
        sb_free(&b);
    }
    free(groups);
    res[0].sl = out;
    res[1].e = (GoIface){NULL, NULL};
}

static void error_text(Runtime *rt, Value *res, const char *prefix, GoString s) {
    StrBuf b = {0};
    sb_puts(&b, prefix);
    sb_put(&b, s.ptr, (size_t)s.len);
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

static void unknown_user_error(Runtime *rt, Value *a, Value *res) { error_text(rt, res, "user: unknown user ", a[0].s); }
static void unknown_group_error(Runtime *rt, Value *a, Value *res) { error_text(rt, res, "group: unknown group ", a[0].s); }
static void unknown_group_id_error(Runtime *rt, Value *a, Value *res) {
    error_text(rt, res, "group: unknown groupid ", a[0].s);
}
static void unknown_user_id_error(Runtime *rt, Value *a, Value *res) {
    StrBuf b = {0};
    sb_printf(&b, "user: unknown userid %ld", (long)a[0].i);
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

static const NativeFunc user_funcs[] = {
    {"Current", "func() (*User, error)", user_current},
    {"Lookup", "func(username string) (*User, error)", user_lookup},
    {"LookupId", "func(uid string) (*User, error)", user_lookup_id},
    {"LookupGroup", "func(name string) (*Group, error)", user_lookup_group},
    {"LookupGroupId", "func(gid string) (*Group, error)", user_lookup_group_id},
    {"(*User).GroupIds", "func() ([]string, error)", user_group_ids},
    {"UnknownUserError.Error", "func() string", unknown_user_error},
    {"UnknownUserIdError.Error", "func() string", unknown_user_id_error},
    {"UnknownGroupError.Error", "func() string", unknown_group_error},
    {"UnknownGroupIdError.Error", "func() string", unknown_group_id_error},
};

static const NativeType user_types[] = {
    {"User", "struct { Uid string; Gid string; Username string; Name string; HomeDir string }"},
    {"Group", "struct { Gid string; Name string }"},
    {"UnknownUserError", "string"},
    {"UnknownUserIdError", "int"},
    {"UnknownGroupError", "string"},
    {"UnknownGroupIdError", "string"},
};

const NativePkg rt_pkg_user = {
    .path = "os/user", .name = "user",
    .funcs = user_funcs, .nfuncs = sizeof user_funcs / sizeof user_funcs[0],
    .types = user_types, .ntypes = sizeof user_types / sizeof user_types[0],
};
