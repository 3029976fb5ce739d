// timer.c - timers: sleeping goroutines (time.Sleep), channels that get a
// value at a deadline (time.After, time.NewTimer; periodically for
// time.Tick, time.NewTicker) and functions started in a new goroutine
// (time.AfterFunc). A binary min-heap by deadline in Sched.timers; the
// array is registered as a GC root so a timer's channel, function and key
// stay alive until it fires or is stopped.
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

void timer_add(Runtime *rt, Timer t) {
    Sched *s = sched_get(rt);
    if (s->ntimers == s->captimers) {
        int cap = s->captimers ? s->captimers * 2 : 64;
        Timer *n = calloc((size_t)cap, sizeof *n);
        if (!n) rt_fatal(rt, "out of memory");
        if (s->timers) {
            memcpy(n, s->timers, (size_t)s->ntimers * sizeof *n);
            gc_remove_root(rt, s->timers);
            free(s->timers);
        }
        s->timers = n;
        s->captimers = cap;
        gc_add_root(rt, n, (size_t)cap * sizeof *n);
    }
    int i = s->ntimers++;
    s->timers[i] = t;
    sift_up(s->timers, i);
}

// timer_remove takes entry i out of the heap and returns it.
static Timer timer_remove(Sched *s, int i) {
    Timer t = s->timers[i];
    int last = --s->ntimers;
    if (i != last) {
        s->timers[i] = s->timers[last];
        sift_up(s->timers, i);
        sift_down(s->timers, s->ntimers, i);
    }
    memset(&s->timers[last], 0, sizeof(Timer));
    return t;
}

bool timer_del(Runtime *rt, void *key) {
    Sched *s = rt->sched;
    if (!s || !key) return false;
    for (int i = 0; i < s->ntimers; i++) {
        if (s->timers[i].key != key) continue;
        timer_remove(s, i);
        return true;
    }
    return false;
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
    if (!s || s->ntimers == 0) return -1;
    int64_t now = sched_now();
    while (s->ntimers > 0 && s->timers[0].when <= now) {
        Timer t = timer_remove(s, 0);
        if (t.period > 0) {   // a ticker: next tick, skipping ticks already missed
            Timer next = t;
            next.when += t.period;
            if (next.when <= now) next.when = now + t.period - (now - t.when) % t.period;
            timer_add(rt, next);
        }
        fire(rt, &t);
    }
    return s->ntimers > 0 ? s->timers[0].when : -1;
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
