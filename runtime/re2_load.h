// re2_load.h - the RE2 bridge's entry points (re2_bridge.h), reached
// through dlopen (re2_load.c) so start-up does not load RE2.
#ifndef GOSUB_RUNTIME_RE2_LOAD_H
#define GOSUB_RUNTIME_RE2_LOAD_H

#include "re2_bridge.h"
#include "runtime.h"

typedef struct Re2Api {
    Re2Prog *(*compile)(const char *pat, size_t n, int mode, Re2Err *err, char **arg, size_t *arg_len);
    void (*free)(Re2Prog *p);
    int (*num_groups)(const Re2Prog *p);
    const char *(*group_name)(const Re2Prog *p, int i);
    bool (*match)(const Re2Prog *p, const char *text, size_t n, size_t pos, int ncap, int64_t *caps);
} Re2Api;

// re2_api: the loaded bridge (loaded on first call); a fatal error with
// the paths tried when it cannot be loaded.
const Re2Api *re2_api(Runtime *rt);

#endif
