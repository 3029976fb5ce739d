// re2_load.c - loads the RE2 bridge (re2_bridge.cc, built as the shared
// object <gosub binary>-re2.so, or <prefix>/lib/gosub/gosub-re2.so when
// installed) with dlopen the first time a program compiles a regexp, so
// that programs which never import regexp do not pay for mapping RE2 and
// the C++ runtime at start-up. The table of entry points is kept on the
// Runtime (never unloaded: RE2 objects may outlive it until exit).
#include <dlfcn.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "re2_load.h"

static void *open_bridge(StrBuf *tried) {
    char exe[PATH_MAX + 1];
    ssize_t n = readlink("/proc/self/exe", exe, PATH_MAX);
    if (n <= 0) return NULL;
    exe[n] = 0;
    StrBuf path = {0};
    sb_puts(&path, exe);
    sb_puts(&path, "-re2.so");
    sb_putc(&path, 0);
    void *h = dlopen(path.p, RTLD_NOW | RTLD_LOCAL);
    sb_puts(tried, path.p);
    sb_free(&path);
    if (h) return h;
    char *slash = strrchr(exe, '/');
    if (slash) *slash = 0;
    sb_puts(&path, exe);
    sb_puts(&path, "/../lib/gosub/gosub-re2.so");
    sb_putc(&path, 0);
    h = dlopen(path.p, RTLD_NOW | RTLD_LOCAL);
    sb_puts(tried, ", ");
    sb_puts(tried, path.p);
    sb_free(&path);
    return h;
}

const Re2Api *re2_api(Runtime *rt) {
    if (rt->re2_api) return rt->re2_api;
    StrBuf tried = {0};
    void *h = open_bridge(&tried);
    Re2Api *api = calloc(1, sizeof *api);
    if (!api) rt_fatal(rt, "out of memory");
    if (h) {
        *(void **)&api->compile = dlsym(h, "re2_compile");
        *(void **)&api->free = dlsym(h, "re2_free");
        *(void **)&api->num_groups = dlsym(h, "re2_num_groups");
        *(void **)&api->group_name = dlsym(h, "re2_group_name");
        *(void **)&api->match = dlsym(h, "re2_match");
    }
    if (!api->compile || !api->free || !api->num_groups || !api->group_name || !api->match) {
        sb_putc(&tried, 0);
        rt_fatal(rt, "regexp: cannot load the RE2 bridge (tried %s): %s", tried.p, dlerror());
    }
    sb_free(&tried);
    rt->re2_api = api;
    return api;
}
