// run_main.c - see run_main.h.
#include "tests/unit/run_main.h"

typedef struct Run {
    Runtime *rt;
    Body body;
    void *arg;
} Run;

static void run_body(void *p) {
    Run *r = p;
    r->body(r->rt, r->arg);
}

void tu_run(Body body, void *arg) {
    RtConfig cfg = {.gogc = 100};
    Runtime *rt = rt_new(&cfg, NULL);
    ck_assert_ptr_nonnull(rt);
    Run r = {rt, body, arg};
    rt_run_main(rt, run_body, &r);
    rt_free(rt);
}
