// pkg_time.c - package time, the part programs use for measuring and
// printing durations: Duration (int64 nanoseconds) with Go's String and
// unit conversions, Truncate/Round/Abs, the unit constants, Now/Since/Until,
// Time's Sub, Unix, UnixNano, UnixMilli, Add, Before/After/Equal; Sleep and
// the timers: After, Tick, NewTimer, AfterFunc, NewTicker (timer.c runs
// them: a Timer or Ticker object is the key of its pending timer).
//
// A Time here is struct { ns int64 }: nanoseconds since the Unix epoch
// from CLOCK_REALTIME (no monotonic reading, no location; no Format yet).
#include <errno.h>
#include <string.h>
#include <time.h>

#include "internal.h"
#include "pkg_internal.h"
#include "sched_internal.h"

enum { NS_SECOND = 1000000000, NS_MINUTE_DIV = 60 };

static int fmt_frac(char *buf, int w, uint64_t *v, int prec) {
    bool print = false;
    for (int i = 0; i < prec; i++) {
        uint64_t digit = *v % 10;
        print = print || digit != 0;
        if (print)
            buf[--w] = (char)('0' + digit);
        *v /= 10;
    }
    if (print)
        buf[--w] = '.';
    return w;
}

static int fmt_int(char *buf, int w, uint64_t v) {
    if (v == 0)
        buf[--w] = '0';
    while (v > 0) {
        buf[--w] = (char)('0' + v % 10);
        v /= 10;
    }
    return w;
}

size_t rt_duration_string(int64_t d, char out[32]) {
    char buf[32];
    int w = 32;
    uint64_t u = (uint64_t)d;
    bool neg = d < 0;
    if (neg)
        u = -u;
    if (u < (uint64_t)NS_SECOND) {
        int prec;
        buf[--w] = 's';
        if (u == 0) {
            memcpy(out, "0s", 2);
            return 2;
        } else if (u < 1000) {
            prec = 0;
            buf[--w] = 'n';
        } else if (u < 1000000) {
            prec = 3;
            buf[--w] = (char)0xb5;
            buf[--w] = (char)0xc2;
        } else {
            prec = 6;
            buf[--w] = 'm';
        }
        w = fmt_frac(buf, w, &u, prec);
        w = fmt_int(buf, w, u);
    } else {
        buf[--w] = 's';
        w = fmt_frac(buf, w, &u, 9);
        w = fmt_int(buf, w, u % 60);
        u /= 60;
        if (u > 0) {
            buf[--w] = 'm';
            w = fmt_int(buf, w, u % 60);
            u /= 60;
            if (u > 0) {
                buf[--w] = 'h';
                w = fmt_int(buf, w, u);
            }
        }
    }
    if (neg)
        buf[--w] = '-';
    memcpy(out, buf + w, (size_t)(32 - w));
    return (size_t)(32 - w);
}

static void d_string(Runtime *rt, Value *a, Value *res) {
    char buf[32];
    size_t n = rt_duration_string(a[0].i, buf);
    res[0].s = rt_string_from_c(rt, buf, n);
}

// unit_float: d in units of unit (Go's split into whole units and remainder).
static double unit_float(int64_t d, int64_t unit) {
    int64_t whole = d / unit, rest = d % unit;
    return (double)whole + (double)rest / (double)unit;
}

static void d_seconds(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].f = unit_float(a[0].i, NS_SECOND); }
static void d_minutes(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].f = unit_float(a[0].i, 60LL * NS_SECOND); }
static void d_hours(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].f = unit_float(a[0].i, 3600LL * NS_SECOND); }
static void d_ms(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = a[0].i / 1000000; }
static void d_us(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = a[0].i / 1000; }
static void d_ns(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = a[0].i; }

static void d_truncate(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int64_t d = a[0].i, m = a[1].i;
    res[0].i = m <= 0 ? d : d - d % m;
}

// d_round: Go 1.19's Duration.Round, saturating on overflow.
static void d_round(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int64_t d = a[0].i, m = a[1].i;
    if (m <= 0) {
        res[0].i = d;
        return;
    }
    int64_t r = d % m;
    if (d < 0) {
        r = -r;
        if ((uint64_t)r + (uint64_t)r < (uint64_t)m) {
            res[0].i = d + r;
            return;
        }
        int64_t d1 = (int64_t)((uint64_t)d - (uint64_t)m + (uint64_t)r);
        res[0].i = d1 < d ? d1 : INT64_MIN;
        return;
    }
    if ((uint64_t)r + (uint64_t)r < (uint64_t)m) {
        res[0].i = d - r;
        return;
    }
    int64_t d1 = (int64_t)((uint64_t)d + (uint64_t)m - (uint64_t)r);
    res[0].i = d1 > d ? d1 : INT64_MAX;
}

static void d_abs(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int64_t d = a[0].i;
    res[0].i = d >= 0 ? d : d == INT64_MIN ? INT64_MAX : -d;
}

static int64_t now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * NS_SECOND + ts.tv_nsec;
}

// A Time value is an aggregate (struct { ns int64 }): Values hold its address.
static Value make_time(Runtime *rt, int64_t ns) {
    int64_t *p = rt_alloc_noscan(rt, sizeof(int64_t), false);
    *p = ns;
    Value v;
    v.w[1] = 0;
    v.p = p;
    return v;
}

static int64_t time_ns(Value v) { return *(const int64_t *)v.p; }

static void t_now(Runtime *rt, Value *a, Value *res) { (void)a; res[0] = make_time(rt, now_ns()); }
static void t_since(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = now_ns() - time_ns(a[0]); }
static void t_until(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = time_ns(a[0]) - now_ns(); }
static void t_sub(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = time_ns(a[0]) - time_ns(a[1]); }
static void t_add(Runtime *rt, Value *a, Value *res) { res[0] = make_time(rt, time_ns(a[0]) + a[1].i); }
static void t_unix(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    int64_t ns = time_ns(a[0]);
    res[0].i = ns / NS_SECOND - (ns % NS_SECOND < 0);
}
static void t_unix_nano(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = time_ns(a[0]); }
static void t_unix_milli(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = time_ns(a[0]) / 1000000; }
static void t_before(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].u = time_ns(a[0]) < time_ns(a[1]); }
static void t_after(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].u = time_ns(a[0]) > time_ns(a[1]); }
static void t_equal(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].u = time_ns(a[0]) == time_ns(a[1]); }
static void t_unix_make(Runtime *rt, Value *a, Value *res) { res[0] = make_time(rt, a[0].i * NS_SECOND + a[1].i); }

// time.Sleep flushes buffered stdout first, so output appears in order.
static void t_sleep(Runtime *rt, Value *a, Value *res) {
    (void)res;
    int64_t d = a[0].i;
    rt_flush(rt);
    if (d <= 0)
        return;
    rt_sleep(rt, d);   // parks only the calling goroutine
}

// ---- timers ----

// A Timer or Ticker: the channel (nil for AfterFunc) and the function
// (AfterFunc), so Reset can re-arm it. The object is its timer's key.
typedef struct TimerObj { GoChan *c; void *f; } TimerObj;

// Time values sent on timer channels: struct { ns int64 }, 8 bytes.
static const Type time_layout = {
    .kind = KIND_INT64, .align = 8, .size = 8, .flags = TF_NOPTR, .underlying = &time_layout,
};

static void fill_now(Runtime *rt, void *out) {
    (void)rt;
    *(int64_t *)out = now_ns();
}

static GoChan *time_chan(Runtime *rt) {
    Type ct = {.kind = KIND_CHAN, .elem = &time_layout, .chandir = 3};
    ct.underlying = &ct;
    return rt_chan_new(rt, &ct, 1);
}

static int64_t deadline(int64_t d) {
    int64_t now = sched_now();
    if (d <= 0) return now;
    return d > INT64_MAX - now ? INT64_MAX : now + d;
}

// arm starts obj's timer: d from now, repeating every period when > 0.
static void arm(Runtime *rt, TimerObj *obj, int64_t d, int64_t period) {
    Timer t = {.when = deadline(d), .c = obj->c, .fn = obj->f, .key = obj, .period = period};
    if (obj->c) t.fill = fill_now;
    timer_add(rt, t);
}

static TimerObj *new_obj(Runtime *rt, const char *type) {
    const Type *t = rt_pkg_type(rt, "time", type, false);
    if (!t) rt_fatal(rt, "time.%s: package type missing", type);
    return rt_alloc(rt, t);
}

static TimerObj *obj_of(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

static void t_after_chan(Runtime *rt, Value *a, Value *res) {
    res[0].w[1] = 0;
    res[0].p = rt_timer_chan(rt, a[0].i, NULL, fill_now);
}

static void t_new_timer(Runtime *rt, Value *a, Value *res) {
    TimerObj *obj = new_obj(rt, "Timer");
    gc_write_ptr(rt, (void **)&obj->c, time_chan(rt));
    arm(rt, obj, a[0].i, 0);
    res[0].w[1] = 0;
    res[0].p = obj;
}

static void t_after_func(Runtime *rt, Value *a, Value *res) {
    TimerObj *obj = new_obj(rt, "Timer");
    gc_write_ptr(rt, &obj->f, a[1].p);
    arm(rt, obj, a[0].i, 0);
    res[0].w[1] = 0;
    res[0].p = obj;
}

static void timer_stop(Runtime *rt, Value *a, Value *res) {
    bool active = timer_del(rt, obj_of(rt, a[0]));
    res[0].w[1] = 0;
    res[0].u = active;
}

static void timer_reset(Runtime *rt, Value *a, Value *res) {
    TimerObj *obj = obj_of(rt, a[0]);
    if (!obj->c && !obj->f) rt_panic_plain(rt, "time: Reset called on uninitialized Timer");
    bool active = timer_del(rt, obj);
    arm(rt, obj, a[1].i, 0);
    res[0].w[1] = 0;
    res[0].u = active;
}

static void t_new_ticker(Runtime *rt, Value *a, Value *res) {
    if (a[0].i <= 0) rt_panic_plain(rt, "non-positive interval for NewTicker");
    TimerObj *obj = new_obj(rt, "Ticker");
    gc_write_ptr(rt, (void **)&obj->c, time_chan(rt));
    arm(rt, obj, a[0].i, a[0].i);
    res[0].w[1] = 0;
    res[0].p = obj;
}

static void t_tick(Runtime *rt, Value *a, Value *res) {
    res[0].w[1] = 0;
    res[0].p = NULL;
    if (a[0].i <= 0) return;
    t_new_ticker(rt, a, res);
    res[0].p = ((TimerObj *)res[0].p)->c;
}

static void ticker_stop(Runtime *rt, Value *a, Value *res) {
    (void)res;
    timer_del(rt, obj_of(rt, a[0]));
}

static void ticker_reset(Runtime *rt, Value *a, Value *res) {
    (void)res;
    if (a[1].i <= 0) rt_panic_plain(rt, "non-positive interval for Ticker.Reset");
    TimerObj *obj = obj_of(rt, a[0]);
    if (!obj->c) rt_panic_plain(rt, "time: Reset called on uninitialized Ticker");
    timer_del(rt, obj);
    arm(rt, obj, a[1].i, a[1].i);
}

static const NativeFunc time_funcs[] = {
    {"Duration.String", "func() string", d_string},
    {"Duration.Seconds", "func() float64", d_seconds},
    {"Duration.Minutes", "func() float64", d_minutes},
    {"Duration.Hours", "func() float64", d_hours},
    {"Duration.Milliseconds", "func() int64", d_ms},
    {"Duration.Microseconds", "func() int64", d_us},
    {"Duration.Nanoseconds", "func() int64", d_ns},
    {"Duration.Truncate", "func(m Duration) Duration", d_truncate},
    {"Duration.Round", "func(m Duration) Duration", d_round},
    {"Duration.Abs", "func() Duration", d_abs},
    {"After", "func(d Duration) <-chan Time", t_after_chan},
    {"Tick", "func(d Duration) <-chan Time", t_tick},
    {"NewTimer", "func(d Duration) *Timer", t_new_timer},
    {"AfterFunc", "func(d Duration, f func()) *Timer", t_after_func},
    {"NewTicker", "func(d Duration) *Ticker", t_new_ticker},
    {"(*Timer).Stop", "func() bool", timer_stop},
    {"(*Timer).Reset", "func(d Duration) bool", timer_reset},
    {"(*Ticker).Stop", "func()", ticker_stop},
    {"(*Ticker).Reset", "func(d Duration)", ticker_reset},
    {"Now", "func() Time", t_now},
    {"Since", "func(t Time) Duration", t_since},
    {"Until", "func(t Time) Duration", t_until},
    {"Unix", "func(sec int64, nsec int64) Time", t_unix_make},
    {"Sleep", "func(d Duration)", t_sleep},
    {"Time.Sub", "func(u Time) Duration", t_sub},
    {"Time.Add", "func(d Duration) Time", t_add},
    {"Time.Unix", "func() int64", t_unix},
    {"Time.UnixNano", "func() int64", t_unix_nano},
    {"Time.UnixMilli", "func() int64", t_unix_milli},
    {"Time.Before", "func(u Time) bool", t_before},
    {"Time.After", "func(u Time) bool", t_after},
    {"Time.Equal", "func(u Time) bool", t_equal},
};

static const NativeType time_types[] = {
    {"Duration", "int64"},
    {"Time", "struct { ns int64 }"},
    {"Timer", "struct { C <-chan Time; f func() }"},
    {"Ticker", "struct { C <-chan Time; f func() }"},
};

static const NativeConst time_consts[] = {
    {"Nanosecond", "Duration", "1"},
    {"Microsecond", "Duration", "1000"},
    {"Millisecond", "Duration", "1000000"},
    {"Second", "Duration", "1000000000"},
    {"Minute", "Duration", "60000000000"},
    {"Hour", "Duration", "3600000000000"},
};

const NativePkg rt_pkg_time = {
    .path = "time", .name = "time",
    .funcs = time_funcs, .nfuncs = sizeof time_funcs / sizeof time_funcs[0],
    .types = time_types, .ntypes = sizeof time_types / sizeof time_types[0],
    .consts = time_consts, .nconsts = sizeof time_consts / sizeof time_consts[0],
};
