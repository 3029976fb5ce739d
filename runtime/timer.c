// timer.c - timers: sleeping goroutines (time.Sleep), channels that get a
// value at a deadline (time.After, time.NewTimer; periodically for
// time.Tick, time.NewTicker) and functions started in a new goroutine
// (time.AfterFunc). Binary min-heaps by deadline: Sched.timers, whose
// array is registered as a GC root so a timer's channel, function and key
// stay alive until it fires or is stopped, and Sched.sleeps for
// time.Sleep, which hold only a G (C memory): 100,000 sleeping goroutines
// are not 5.6 MB of root to scan in the collector's start pause (640 us).
#include <stdlib.h>
#include <string.h>

#include "sched_internal.h"

static void swap(Timer *a, Timer *b) {
    Timer t = *a;
    *a = *b;
    *b = t;
}

static void sift_up(Timer *h, int i) {
    while (i > 0 && h[(i - 1) / 2].when > h[i].when) {
        swap(&h[(i - 1) / 2], &h[i]);
        i = (i - 1) / 2;
    }
}

static void sift_down(Timer *h, int n, int i) {
    for (;;) {
        int l = 2 * i + 1, r = l + 1, m = i;
        if (l < n && h[l].when < h[m].when) m = l;
        if (r < n && h[r].when < h[m].when) m = r;
        if (m == i) break;
        swap(&h[i], &h[m]);
        i = m;
    }
}

// heap_push adds t to th; root: th's array is a GC root (re-registered
// when it grows).
static void heap_push(Runtime *rt, TimerHeap *th, Timer t, bool root) {
    if (th->n == th->cap) {
        int cap = th->cap ? th->cap * 2 : 64;
        Timer *n = calloc((size_t)cap, sizeof *n);
        if (!n) rt_fatal(rt, "out of memory");
        if (th->v) {
            memcpy(n, th->v, (size_t)th->n * sizeof *n);
            if (root) gc_remove_root(rt, th->v);
            free(th->v);
        }
        th->v = n;
        th->cap = cap;
        if (root) gc_add_root(rt, n, (size_t)cap * sizeof *n);
    }
    int i = th->n++;
    th->v[i] = t;
    sift_up(th->v, i);
}

void timer_add(Runtime *rt, Timer t) {
    Sched *s = sched_get(rt);
    if (t.g && !t.c && !t.fn && !t.key)
        heap_push(rt, &s->sleeps, t, false);
    else
        heap_push(rt, &s->timers, t, true);
}

// timer_remove takes entry i out of th and returns it.
static Timer timer_remove(TimerHeap *th, int i) {
    Timer t = th->v[i];
    int last = --th->n;
    if (i != last) {
        th->v[i] = th->v[last];
        sift_up(th->v, i);
        sift_down(th->v, th->n, i);
    }
    memset(&th->v[last], 0, sizeof(Timer));
    return t;
}

bool timer_del(Runtime *rt, void *key) {
    Sched *s = rt->sched;
    if (!s || !key) return false;
    for (int i = 0; i < s->timers.n; i++) {
        if (s->timers.v[i].key != key) continue;
        timer_remove(&s->timers, i);
        return true;
    }
    return false;
}

int64_t timer_next(const Sched *s) {
    int64_t a = s->timers.n ? s->timers.v[0].when : INT64_MAX;
    int64_t b = s->sleeps.n ? s->sleeps.v[0].when : INT64_MAX;
    return a < b ? a : b;
}

// go_func runs an AfterFunc's function (a Go func value) in its goroutine.
static void go_func(Runtime *rt, void *closure) {
    Value fn, res[1];
    fn.w[1] = 0;
    fn.p = closure;
    rt_call_func(rt, fn, NULL, 0, res);
}

static void fire(Runtime *rt, Timer *t) {
    if (t->g) {
        sched_ready(rt, t->g);
    } else if (t->fn) {
        static const RtGoOrigin origin = {"time.goFunc", "/usr/lib/go-1.19/src/time/sleep.go", 176, 0x32};
        rt_go_at(rt, go_func, t->fn, &origin);
    } else if (t->c) {
        size_t n = t->c->elem->size / 8 + 1;
        uint64_t tmp[n];
        memset(tmp, 0, n * 8);
        if (t->fill) t->fill(rt, tmp);
        chan_try_send(rt, t->c, tmp);
    }
}

int64_t timer_run(Runtime *rt) {
    Sched *s = rt->sched;
    if (!s || (s->timers.n == 0 && s->sleeps.n == 0)) return -1;
    int64_t now = sched_now();
    while (timer_next(s) <= now) {
        bool sleep = s->sleeps.n && (!s->timers.n || s->sleeps.v[0].when <= s->timers.v[0].when);
        Timer t = timer_remove(sleep ? &s->sleeps : &s->timers, 0);
        if (t.period > 0) {   // a ticker: next tick, skipping ticks already missed
            Timer next = t;
            next.when += t.period;
            if (next.when <= now) next.when = now + t.period - (now - t.when) % t.period;
            timer_add(rt, next);
        }
        fire(rt, &t);
    }
    int64_t next = timer_next(s);
    return next == INT64_MAX ? -1 : next;
}

void rt_sleep(Runtime *rt, int64_t ns) {
    if (ns <= 0) {
        rt_gosched(rt);
        return;
    }
    Sched *s = sched_get(rt);
    int64_t now = sched_now();
    Timer t = {.when = ns > INT64_MAX - now ? INT64_MAX : now + ns, .g = s->cur};
    timer_add(rt, t);
    sched_park(rt, "sleep");
}

// The element layout of timer channels made without a chan_type: 8 bytes
// without pointers (time.Time here).
static const Type word_layout = {
    .kind = KIND_INT64, .align = 8, .size = 8, .flags = TF_NOPTR, .underlying = &word_layout,
};

GoChan *rt_timer_chan(Runtime *rt, int64_t ns, const Type *chan_type, void (*fill)(Runtime *, void *)) {
    Type ct = {.kind = KIND_CHAN, .elem = &word_layout, .chandir = 3};
    ct.underlying = &ct;
    GoChan *c = rt_chan_new(rt, chan_type ? chan_type : &ct, 1);
    int64_t now = sched_now();
    Timer t = {.when = ns <= 0 ? now : ns > INT64_MAX - now ? INT64_MAX : now + ns, .c = c, .fill = fill};
    timer_add(rt, t);
    return c;
}
