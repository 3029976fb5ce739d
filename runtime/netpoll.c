// netpoll.c - goroutines waiting for file descriptors (Go's netpoller, in
// small). A goroutine about to block in read(2) on a pipe, terminal or
// FIFO while other goroutines or timers exist parks instead
// (rt_poll_wait), with its pollfd array on its own stack (valid, and
// scanned, while it waits). When nothing is runnable the scheduler sleeps
// in one ppoll(2) over every waiter's descriptors until one is ready or
// the next timer is due (sched_netpoll from schedule), so a reader wakes
// as soon as its data arrives and an idle program makes no wakeups; a
// busy program checks the descriptors without blocking at safepoints, at
// most once per NETPOLL_EVERY_NS. With no other goroutine or timer the
// caller's system call simply blocks: nothing else could run.
//
// Invariants: a G is on the waiter list only while it is parked in
// rt_poll_wait (G_WAITING); sched_netpoll readies it and drops it from
// the list in one step, and rt_abort_main's wake-up is undone by the
// waiter itself (it leaves the list before sched_abort).
#include <errno.h>
#include <poll.h>
#include <stdlib.h>
#include <time.h>

#include "pkg_internal.h"
#include "sched_internal.h"

enum { NETPOLL_EVERY_NS = 1000 * 1000 };

static void add_waiter(Runtime *rt, Sched *s, struct pollfd *fds, int n) {
    if (s->nfdw == s->capfdw) {
        s->capfdw = s->capfdw ? 2 * s->capfdw : 8;
        s->fdw = realloc(s->fdw, (size_t)s->capfdw * sizeof *s->fdw);
        if (!s->fdw) rt_fatal(rt, "out of memory");
    }
    s->fdw[s->nfdw++] = (FdWait){s->cur, fds, n};
}

static void drop_waiter(Sched *s, const G *g) {
    for (int i = 0; i < s->nfdw; i++) {
        if (s->fdw[i].g != g) continue;
        s->fdw[i] = s->fdw[--s->nfdw];
        return;
    }
}

void rt_poll_wait(Runtime *rt, struct pollfd *fds, int n) {
    int r;
    do
        r = poll(fds, (nfds_t)n, 0);
    while (r < 0 && errno == EINTR);
    if (r != 0 || !rt_others_may_run(rt)) return;   // ready (or an error the caller's call reports), or alone
    Sched *s = sched_get(rt);
    G *g = s->cur;
    add_waiter(rt, s, fds, n);
    sched_park(rt, "IO wait");
    if (sched_aborted(g)) {   // rt_abort_main woke us, not a descriptor
        drop_waiter(s, g);
        sched_abort(rt);
    }
}

void sched_netpoll(Runtime *rt, int64_t timeout) {
    Sched *s = rt->sched;
    if (!s || s->nfdw == 0) return;
    if (timeout == 0) {   // a busy program's check: rate-limited
        int64_t now = sched_now();
        if (now < s->netpoll_next) return;
        s->netpoll_next = now + NETPOLL_EVERY_NS;
    }
    int total = 0;
    for (int i = 0; i < s->nfdw; i++) total += s->fdw[i].n;
    struct pollfd *all = malloc((size_t)total * sizeof *all);
    if (!all) rt_fatal(rt, "out of memory");
    for (int i = 0, k = 0; i < s->nfdw; k += s->fdw[i++].n)
        for (int j = 0; j < s->fdw[i].n; j++) all[k + j] = s->fdw[i].fds[j];
    struct timespec ts = {(time_t)(timeout / 1000000000), (long)(timeout % 1000000000)};
    int r = ppoll(all, (nfds_t)total, timeout < 0 ? NULL : &ts, NULL);
    if (r > 0) {
        int keep = 0;
        for (int i = 0, k = 0; i < s->nfdw; k += s->fdw[i++].n) {
            FdWait w = s->fdw[i];
            bool ready = false;
            for (int j = 0; j < w.n; j++) {
                w.fds[j].revents = all[k + j].revents;
                ready = ready || all[k + j].revents != 0;
            }
            if (ready && w.g->status == G_WAITING)
                sched_ready(rt, w.g);
            else
                s->fdw[keep++] = w;
        }
        s->nfdw = keep;
    }
    free(all);
}
