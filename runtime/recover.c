// recover.c - ending a panic (the evaluator calls rt_recovered after the
// deferred calls of a frame ran a recover()), and calls back into Go code.
#include "internal.h"

// rt_recovered ends panic p and every earlier panic it aborted (those
// started in frames below the one that recovered, Go's "aborted" panics).
void rt_recovered(Runtime *rt, RtPanic *p) {
    RtPanic *q = p->link;
    while (q && rt_frame_deeper(rt, q->frame, p->frame)) q = q->link;
    rt->panicking = q;
}

// rt_recover implements the recover builtin: the value of the current
// panic (marking it recovered), or a nil interface when not panicking.
GoIface rt_recover(Runtime *rt) {
    RtPanic *p = rt->panicking;
    GoIface none = {0};
    if (!p || p->recovered || p->goexit) return none;
    p->recovered = true;
    return p->value;
}

void rt_call_func(Runtime *rt, Value fn, Value *args, int nargs, Value *results) {
    rt->hooks.call_func(rt->hooks.ctx, fn, args, nargs, results);
}

bool rt_call_method(Runtime *rt, GoIface recv, const char *name, Value *args, int nargs, Value *results) {
    return rt->hooks.call_method(rt->hooks.ctx, recv, name, args, nargs, results);
}
