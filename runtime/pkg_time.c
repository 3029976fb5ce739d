// pkg_time.c - package time, ported from Go 1.19: Duration (int64
// nanoseconds) with Go's String and unit conversions, Truncate/Round/Abs;
// Sleep and the timers: After, Tick, NewTimer, AfterFunc, NewTicker
// (timer.c runs them: a Timer or Ticker object is the key of its pending
// timer); the calendar: Time in Go's wall/ext/loc encoding with its
// monotonic reading (time_internal.h), Date, the field accessors, Add,
// Sub, AddDate, Truncate, Round, In/UTC/Local. Zones are in time_zone.c,
// Format/Parse in time_format.c.
#include <errno.h>
#include <string.h>
#include <time.h>

#include "sched_internal.h"
#include "time_internal.h"

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

// ---- the calendar: Go's Time encoding (time.go) ----

const int32_t time_days_before[13] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
const char *const time_long_month[12] = {"January", "February", "March", "April", "May", "June", "July",
                                         "August", "September", "October", "November", "December"};
const char *const time_long_day[7] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                                      "Saturday"};

int32_t time_nsec(const GoTime *t) { return (int32_t)(t->wall & NSEC_MASK); }

int64_t time_sec(const GoTime *t) {
    if (t->wall & HAS_MONOTONIC) return WALL_TO_INTERNAL + (int64_t)(t->wall << 1 >> (NSEC_SHIFT + 1));
    return t->ext;
}

int64_t time_unix_sec(const GoTime *t) { return time_sec(t) + INTERNAL_TO_UNIX; }

static void strip_mono(GoTime *t) {
    if (t->wall & HAS_MONOTONIC) {
        t->ext = time_sec(t);
        t->wall &= NSEC_MASK;
    }
}

void time_add_sec(GoTime *t, int64_t d) {
    if (t->wall & HAS_MONOTONIC) {
        int64_t sec = (int64_t)(t->wall << 1 >> (NSEC_SHIFT + 1));
        int64_t dsec = sec + d;
        if (0 <= dsec && dsec <= (INT64_C(1) << 33) - 1) {
            t->wall = (t->wall & NSEC_MASK) | (uint64_t)dsec << NSEC_SHIFT | HAS_MONOTONIC;
            return;
        }
        strip_mono(t);
    }
    int64_t sum = (int64_t)((uint64_t)t->ext + (uint64_t)d);
    if ((sum > t->ext) == (d > 0))
        t->ext = sum;
    else if (d > 0)
        t->ext = INT64_MAX;
    else
        t->ext = -INT64_MAX;
}

void time_set_loc(Runtime *rt, GoTime *t, Location *loc) {
    if (loc == time_state(rt)->utc) loc = NULL;
    strip_mono(t);
    t->loc = loc;
}

bool time_is_leap(int64_t year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

int time_days_in(int month, int64_t year) {
    if (month == 2 && time_is_leap(year)) return 29;
    return time_days_before[month] - time_days_before[month - 1];
}

void time_abs_date(uint64_t abs, bool full, int64_t *year, int *month, int *day, int *yday) {
    uint64_t d = abs / SECONDS_PER_DAY;
    uint64_t n = d / (365 * 400 + 97);
    uint64_t y = 400 * n;
    d -= (365 * 400 + 97) * n;
    n = d / (365 * 100 + 24);
    n -= n >> 2;
    y += 100 * n;
    d -= (365 * 100 + 24) * n;
    n = d / (365 * 4 + 1);
    y += 4 * n;
    d -= (365 * 4 + 1) * n;
    n = d / 365;
    n -= n >> 2;
    y += n;
    d -= 365 * n;
    *year = (int64_t)y + ABSOLUTE_ZERO_YEAR;
    *yday = (int)d;
    if (!full) return;
    int dd = (int)d;
    if (time_is_leap(*year)) {
        if (dd > 31 + 29 - 1) {
            dd--;
        } else if (dd == 31 + 29 - 1) {
            *month = 2;
            *day = 29;
            return;
        }
    }
    int m = dd / 31, begin, end = time_days_before[m + 1];
    if (dd >= end) {
        m++;
        begin = end;
    } else {
        begin = time_days_before[m];
    }
    *month = m + 1;
    *day = dd - begin + 1;
}

uint64_t time_days_since_epoch(int64_t year) {
    uint64_t y = (uint64_t)(year - ABSOLUTE_ZERO_YEAR);
    uint64_t n = y / 400;
    y -= 400 * n;
    uint64_t d = (365 * 400 + 97) * n;
    n = y / 100;
    y -= 100 * n;
    d += (365 * 100 + 24) * n;
    n = y / 4;
    y -= 4 * n;
    d += (365 * 4 + 1) * n;
    d += 365 * y;
    return d;
}

void time_locabs(Runtime *rt, const GoTime *t, GoString *name, int64_t *offset, uint64_t *abs) {
    Location *l = loc_get(rt, t->loc);
    int64_t sec = time_unix_sec(t);
    if (l != time_state(rt)->utc) {
        loc_lookup(rt, l, sec, name, offset, NULL, NULL, NULL);
        sec += *offset;
    } else {
        *name = (GoString){(const uint8_t *)"UTC", 3};
        *offset = 0;
    }
    *abs = (uint64_t)sec + (uint64_t)(UNIX_TO_INTERNAL + INTERNAL_TO_ABSOLUTE);
}

uint64_t time_abs(Runtime *rt, const GoTime *t) {
    GoString name;
    int64_t offset;
    uint64_t abs;
    time_locabs(rt, t, &name, &offset, &abs);
    return abs;
}

static GoTime unix_time(Runtime *rt, int64_t sec, int32_t nsec) {
    return (GoTime){(uint64_t)nsec, sec + UNIX_TO_INTERNAL, time_state(rt)->local};
}

static void norm(int64_t *hi, int64_t *lo, int64_t base) {
    if (*lo < 0) {
        int64_t n = (-*lo - 1) / base + 1;
        *hi -= n;
        *lo += n * base;
    }
    if (*lo >= base) {
        int64_t n = *lo / base;
        *hi += n;
        *lo -= n * base;
    }
}

GoTime time_date(Runtime *rt, int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min, int64_t sec,
                 int64_t nsec, Location *loc) {
    if (!loc) rt_panic_string(rt, "time: missing Location in call to Date");
    int64_t m = month - 1;
    norm(&year, &m, 12);
    month = m + 1;
    norm(&sec, &nsec, 1000000000);
    norm(&min, &sec, 60);
    norm(&hour, &min, 60);
    norm(&day, &hour, 24);
    uint64_t d = time_days_since_epoch(year);
    d += (uint64_t)time_days_before[month - 1];
    if (time_is_leap(year) && month >= 3) d++;
    d += (uint64_t)(day - 1);
    uint64_t abs = d * SECONDS_PER_DAY;
    abs += (uint64_t)(hour * SECONDS_PER_HOUR + min * SECONDS_PER_MINUTE + sec);
    int64_t unix_sec = (int64_t)(abs + (uint64_t)(ABSOLUTE_TO_INTERNAL + INTERNAL_TO_UNIX));
    GoString name;
    int64_t offset, start, end;
    loc_lookup(rt, loc, unix_sec, &name, &offset, &start, &end, NULL);
    if (offset != 0) {
        int64_t utc = unix_sec - offset;
        if (utc < start || utc >= end) loc_lookup(rt, loc, utc, &name, &offset, NULL, NULL, NULL);
        unix_sec -= offset;
    }
    GoTime t = unix_time(rt, unix_sec, (int32_t)nsec);
    time_set_loc(rt, &t, loc);
    return t;
}

static GoTime time_now(Runtime *rt) {
    struct TimeState *ts = time_state(rt);
    struct timespec now;
    clock_gettime(CLOCK_REALTIME, &now);
    int64_t sec = now.tv_sec, nsec = now.tv_nsec;
    int64_t mono = sched_now() - ts->start_nano;
    sec += UNIX_TO_INTERNAL - WALL_TO_INTERNAL;
    if ((uint64_t)sec >> 33 != 0) return (GoTime){(uint64_t)nsec, sec + WALL_TO_INTERNAL, ts->local};
    return (GoTime){HAS_MONOTONIC | (uint64_t)sec << NSEC_SHIFT | (uint64_t)nsec, mono, ts->local};
}

static GoTime time_add(GoTime t, int64_t d) {
    int64_t dsec = d / 1000000000;
    int32_t nsec = time_nsec(&t) + (int32_t)(d % 1000000000);
    if (nsec >= 1000000000) {
        dsec++;
        nsec -= 1000000000;
    } else if (nsec < 0) {
        dsec--;
        nsec += 1000000000;
    }
    t.wall = (t.wall & ~NSEC_MASK) | (uint64_t)nsec;
    time_add_sec(&t, dsec);
    if (t.wall & HAS_MONOTONIC) {
        int64_t te = (int64_t)((uint64_t)t.ext + (uint64_t)d);
        if ((d < 0 && te > t.ext) || (d > 0 && te < t.ext))
            strip_mono(&t);
        else
            t.ext = te;
    }
    return t;
}

static bool time_before(const GoTime *t, const GoTime *u) {
    if (t->wall & u->wall & HAS_MONOTONIC) return t->ext < u->ext;
    int64_t ts = time_sec(t), us = time_sec(u);
    return ts < us || (ts == us && time_nsec(t) < time_nsec(u));
}

static bool time_equal(const GoTime *t, const GoTime *u) {
    if (t->wall & u->wall & HAS_MONOTONIC) return t->ext == u->ext;
    return time_sec(t) == time_sec(u) && time_nsec(t) == time_nsec(u);
}

static int64_t time_sub(const GoTime *t, const GoTime *u) {
    if (t->wall & u->wall & HAS_MONOTONIC) {
        int64_t te = t->ext, ue = u->ext, d = (int64_t)((uint64_t)te - (uint64_t)ue);
        if (d < 0 && te > ue) return INT64_MAX;
        if (d > 0 && te < ue) return INT64_MIN;
        return d;
    }
    int64_t d = (int64_t)((uint64_t)(time_sec(t) - time_sec(u)) * 1000000000u + (uint64_t)(int64_t)(time_nsec(t) - time_nsec(u)));
    GoTime back = time_add(*u, d);
    if (time_equal(&back, t)) return d;
    return time_before(t, u) ? INT64_MIN : INT64_MAX;
}

// time_div: Go's div(t, d): t mod d (and the parity of the quotient, unused).
static int64_t time_div(const GoTime *t, int64_t d) {
    bool neg = false;
    int32_t nsec = time_nsec(t);
    int64_t sec = time_sec(t), r;
    if (sec < 0) {
        neg = true;
        sec = -sec;
        nsec = -nsec;
        if (nsec < 0) {
            nsec += 1000000000;
            sec--;
        }
    }
    if (d < 1000000000 && 1000000000 % (d + d) == 0) {
        r = nsec % (int32_t)d;
    } else if (d % 1000000000 == 0) {
        int64_t d1 = d / 1000000000;
        r = sec % d1 * 1000000000 + nsec;
    } else {
        uint64_t s = (uint64_t)sec;
        uint64_t tmp = (s >> 32) * 1000000000u;
        uint64_t u1 = tmp >> 32, u0 = tmp << 32, u0x;
        tmp = (s & 0xFFFFFFFF) * 1000000000u;
        u0x = u0;
        u0 = u0 + tmp;
        if (u0 < u0x) u1++;
        u0x = u0;
        u0 = u0 + (uint64_t)nsec;
        if (u0 < u0x) u1++;
        uint64_t d1 = (uint64_t)d, d0 = 0;
        while (d1 >> 63 != 1) d1 <<= 1;
        for (;;) {
            if (u1 > d1 || (u1 == d1 && u0 >= d0)) {
                u0x = u0;
                u0 = u0 - d0;
                if (u0 > u0x) u1--;
                u1 -= d1;
            }
            if (d1 == 0 && d0 == (uint64_t)d) break;
            d0 >>= 1;
            d0 |= (d1 & 1) << 63;
            d1 >>= 1;
        }
        r = (int64_t)u0;
    }
    if (neg && r != 0) r = d - r;
    return r;
}

// ---- Time values in and out of Values ----

static GoTime time_arg(Value v) { return *(const GoTime *)v.p; }

static Value time_val(Runtime *rt, GoTime t) {
    GoTime *p = rt_alloc(rt, time_type(rt, "Time", false));
    p->wall = t.wall;
    p->ext = t.ext;
    gc_write_ptr(rt, (void **)&p->loc, t.loc);
    Value v = {.w = {0, 0}};
    v.p = p;
    return v;
}

static Value int_val(int64_t i) {
    Value v = {.w = {0, 0}};
    v.i = i;
    return v;
}

static Value bool_val(bool b) {
    Value v = {.w = {0, 0}};
    v.b = b;
    return v;
}

static Value str_val(Runtime *rt, const StrBuf *b) {
    Value v = {.w = {0, 0}};
    v.s = rt_string_from_c(rt, b->p ? b->p : "", b->len);
    return v;
}

static void fields(Runtime *rt, Value v, int64_t *year, int *month, int *day, int *yday) {
    GoTime t = time_arg(v);
    time_abs_date(time_abs(rt, &t), true, year, month, day, yday);
}

static void t_now(Runtime *rt, Value *a, Value *res) { res[0] = time_val(rt, time_now(rt)); }

static GoTime mono_now(Runtime *rt, const GoTime *t) {
    if (t->wall & HAS_MONOTONIC) return (GoTime){HAS_MONOTONIC, sched_now() - time_state(rt)->start_nano, NULL};
    return time_now(rt);
}

static void t_since(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]), now = mono_now(rt, &t);
    res[0] = int_val(time_sub(&now, &t));
}

static void t_until(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]), now = mono_now(rt, &t);
    res[0] = int_val(time_sub(&t, &now));
}

static void t_unix_make(Runtime *rt, Value *a, Value *res) {
    int64_t sec = a[0].i, nsec = a[1].i;
    if (nsec < 0 || nsec >= 1000000000) {
        int64_t n = nsec / 1000000000;
        sec += n;
        nsec -= n * 1000000000;
        if (nsec < 0) {
            nsec += 1000000000;
            sec--;
        }
    }
    res[0] = time_val(rt, unix_time(rt, sec, (int32_t)nsec));
}

static void t_unix_milli_make(Runtime *rt, Value *a, Value *res) {
    Value b[2] = {int_val(a[0].i / 1000), int_val(a[0].i % 1000 * 1000000)};
    t_unix_make(rt, b, res);
}

static void t_unix_micro_make(Runtime *rt, Value *a, Value *res) {
    Value b[2] = {int_val(a[0].i / 1000000), int_val(a[0].i % 1000000 * 1000)};
    t_unix_make(rt, b, res);
}

static void t_date(Runtime *rt, Value *a, Value *res) {
    res[0] = time_val(rt, time_date(rt, a[0].i, a[1].i, a[2].i, a[3].i, a[4].i, a[5].i, a[6].i, a[7].p));
}

static void tm_sub(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]), u = time_arg(a[1]);
    res[0] = int_val(time_sub(&t, &u));
}

static void tm_add(Runtime *rt, Value *a, Value *res) { res[0] = time_val(rt, time_add(time_arg(a[0]), a[1].i)); }

static void tm_before(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]), u = time_arg(a[1]);
    res[0] = bool_val(time_before(&t, &u));
}

static void tm_after(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]), u = time_arg(a[1]);
    res[0] = bool_val(time_before(&u, &t));
}

static void tm_equal(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]), u = time_arg(a[1]);
    res[0] = bool_val(time_equal(&t, &u));
}

static void tm_is_zero(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    res[0] = bool_val(time_sec(&t) == 0 && time_nsec(&t) == 0);
}

static void tm_unix(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    res[0] = int_val(time_unix_sec(&t));
}

static void tm_unix_milli(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    res[0] = int_val(time_unix_sec(&t) * 1000 + time_nsec(&t) / 1000000);
}

static void tm_unix_micro(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    res[0] = int_val(time_unix_sec(&t) * 1000000 + time_nsec(&t) / 1000);
}

static void tm_unix_nano(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    res[0] = int_val((int64_t)((uint64_t)time_unix_sec(&t) * 1000000000u + (uint64_t)time_nsec(&t)));
}

static void tm_year(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    int64_t y;
    int yd;
    time_abs_date(time_abs(rt, &t), false, &y, NULL, NULL, &yd);
    res[0] = int_val(y);
}

static void tm_year_day(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    int64_t y;
    int yd;
    time_abs_date(time_abs(rt, &t), false, &y, NULL, NULL, &yd);
    res[0] = int_val(yd + 1);
}

static void tm_month(Runtime *rt, Value *a, Value *res) {
    int64_t y;
    int m, d, yd;
    fields(rt, a[0], &y, &m, &d, &yd);
    res[0] = int_val(m);
}

static void tm_day(Runtime *rt, Value *a, Value *res) {
    int64_t y;
    int m, d, yd;
    fields(rt, a[0], &y, &m, &d, &yd);
    res[0] = int_val(d);
}

static void tm_date3(Runtime *rt, Value *a, Value *res) {
    int64_t y;
    int m, d, yd;
    fields(rt, a[0], &y, &m, &d, &yd);
    res[0] = int_val(y);
    res[1] = int_val(m);
    res[2] = int_val(d);
}

static uint64_t abs_of(Runtime *rt, Value v) {
    GoTime t = time_arg(v);
    return time_abs(rt, &t);
}

static void tm_hour(Runtime *rt, Value *a, Value *res) { res[0] = int_val((int64_t)(abs_of(rt, a[0]) % SECONDS_PER_DAY) / SECONDS_PER_HOUR); }
static void tm_minute(Runtime *rt, Value *a, Value *res) { res[0] = int_val((int64_t)(abs_of(rt, a[0]) % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE); }
static void tm_second(Runtime *rt, Value *a, Value *res) { res[0] = int_val((int64_t)(abs_of(rt, a[0]) % SECONDS_PER_MINUTE)); }

static void tm_clock(Runtime *rt, Value *a, Value *res) {
    int64_t sec = (int64_t)(abs_of(rt, a[0]) % SECONDS_PER_DAY);
    int64_t hour = sec / SECONDS_PER_HOUR;
    sec -= hour * SECONDS_PER_HOUR;
    int64_t min = sec / SECONDS_PER_MINUTE;
    res[0] = int_val(hour);
    res[1] = int_val(min);
    res[2] = int_val(sec - min * SECONDS_PER_MINUTE);
}

static void tm_nanosecond(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    res[0] = int_val(time_nsec(&t));
}

static int abs_weekday(uint64_t abs) { return (int)(((abs + 1 * (uint64_t)SECONDS_PER_DAY) % SECONDS_PER_WEEK) / SECONDS_PER_DAY); }

static void tm_weekday(Runtime *rt, Value *a, Value *res) { res[0] = int_val(abs_weekday(abs_of(rt, a[0]))); }

static void tm_iso_week(Runtime *rt, Value *a, Value *res) {
    uint64_t abs = abs_of(rt, a[0]);
    int d = 4 - abs_weekday(abs);
    if (d == 4) d = -3;
    abs += (uint64_t)(int64_t)d * SECONDS_PER_DAY;
    int64_t year;
    int yday;
    time_abs_date(abs, false, &year, NULL, NULL, &yday);
    res[0] = int_val(year);
    res[1] = int_val(yday / 7 + 1);
}

static void tm_add_date(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    uint64_t abs = time_abs(rt, &t);
    int64_t year;
    int month, day, yday;
    time_abs_date(abs, true, &year, &month, &day, &yday);
    int64_t sec = (int64_t)(abs % SECONDS_PER_DAY);
    int64_t hour = sec / SECONDS_PER_HOUR, min = (sec % SECONDS_PER_HOUR) / SECONDS_PER_MINUTE;
    Location *loc = t.loc ? t.loc : time_state(rt)->utc;
    res[0] = time_val(rt, time_date(rt, year + a[1].i, month + a[2].i, day + a[3].i, hour, min, sec % 60,
                                    time_nsec(&t), loc));
}

static void tm_truncate(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    strip_mono(&t);
    int64_t d = a[1].i;
    if (d > 0) t = time_add(t, -time_div(&t, d));
    res[0] = time_val(rt, t);
}

static void tm_round(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    strip_mono(&t);
    int64_t d = a[1].i;
    if (d > 0) {
        int64_t r = time_div(&t, d);
        t = (uint64_t)r + (uint64_t)r < (uint64_t)d ? time_add(t, -r) : time_add(t, d - r);
    }
    res[0] = time_val(rt, t);
}

static void tm_utc(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    time_set_loc(rt, &t, time_state(rt)->utc);
    res[0] = time_val(rt, t);
}

static void tm_local(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    time_set_loc(rt, &t, time_state(rt)->local);
    res[0] = time_val(rt, t);
}

static void tm_in(Runtime *rt, Value *a, Value *res) {
    if (!a[1].p) rt_panic_string(rt, "time: missing Location in call to Time.In");
    GoTime t = time_arg(a[0]);
    time_set_loc(rt, &t, a[1].p);
    res[0] = time_val(rt, t);
}

static void tm_location(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    res[0] = (Value){.w = {0, 0}};
    res[0].p = t.loc ? t.loc : time_state(rt)->utc;
}

static void tm_zone(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    GoString name;
    int64_t offset;
    loc_lookup(rt, t.loc, time_unix_sec(&t), &name, &offset, NULL, NULL, NULL);
    res[0] = (Value){.w = {0, 0}};
    res[0].s = name;
    res[1] = int_val(offset);
}

static void tm_is_dst(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    GoString name;
    int64_t offset;
    bool dst;
    loc_lookup(rt, t.loc, time_unix_sec(&t), &name, &offset, NULL, NULL, &dst);
    res[0] = bool_val(dst);
}

static void tm_format(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    StrBuf b = {0};
    time_append_format(rt, &t, &b, a[1].s);
    res[0] = str_val(rt, &b);
    sb_free(&b);
}

static void tm_string(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    StrBuf b = {0};
    time_string(rt, &t, &b);
    res[0] = str_val(rt, &b);
    sb_free(&b);
}

static void tm_append_format(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    StrBuf b = {0};
    time_append_format(rt, &t, &b, a[2].s);
    res[0] = (Value){.w = {0, 0}};
    res[0].sl = rt_append(rt, &rt_ptype_uint8, a[1].sl, b.p, b.len);
    sb_free(&b);
}

static void month_string(Runtime *rt, Value *a, Value *res) {
    int64_t m = a[0].i;
    StrBuf b = {0};
    if (m >= 1 && m <= 12)
        sb_puts(&b, time_long_month[m - 1]);
    else
        sb_printf(&b, "%%!Month(%llu)", (unsigned long long)m);
    res[0] = str_val(rt, &b);
    sb_free(&b);
}

static void weekday_string(Runtime *rt, Value *a, Value *res) {
    int64_t d = a[0].i;
    StrBuf b = {0};
    if (d >= 0 && d <= 6)
        sb_puts(&b, time_long_day[d]);
    else
        sb_printf(&b, "%%!Weekday(%llu)", (unsigned long long)d);
    res[0] = str_val(rt, &b);
    sb_free(&b);
}

static void t_parse(Runtime *rt, Value *a, Value *res) {
    struct TimeState *ts = time_state(rt);
    GoTime t;
    GoIface err = {NULL, NULL};
    time_parse(rt, a[0].s, a[1].s, ts->utc, ts->local, &t, &err);
    res[0] = time_val(rt, t);
    res[1] = (Value){.w = {0, 0}};
    res[1].e = err;
}

static void t_parse_in_location(Runtime *rt, Value *a, Value *res) {
    GoTime t;
    GoIface err = {NULL, NULL};
    time_parse(rt, a[0].s, a[1].s, a[2].p, a[2].p, &t, &err);
    res[0] = time_val(rt, t);
    res[1] = (Value){.w = {0, 0}};
    res[1].e = err;
}

static void t_parse_duration(Runtime *rt, Value *a, Value *res) {
    int64_t d = 0;
    GoIface err = {NULL, NULL};
    time_parse_duration(rt, a[0].s, &d, &err);
    res[0] = int_val(d);
    res[1] = (Value){.w = {0, 0}};
    res[1].e = err;
}

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

// fill_now writes time.Now() (a Time, Go's layout) to a channel slot.
static void fill_now(Runtime *rt, void *out) {
    GoTime t = time_now(rt);
    GoTime *slot = out;
    slot->wall = t.wall;
    slot->ext = t.ext;
    gc_write_ptr(rt, (void **)&slot->loc, t.loc);
}

static GoChan *time_chan(Runtime *rt) {
    Type ct = {.kind = KIND_CHAN, .elem = time_type(rt, "Time", false), .chandir = 3};
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
    Type ct = {.kind = KIND_CHAN, .elem = time_type(rt, "Time", false), .chandir = 3};
    ct.underlying = &ct;
    res[0].w[1] = 0;
    res[0].p = rt_timer_chan(rt, a[0].i, &ct, fill_now);
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



// tm_zone_bounds: Go's ZoneBounds (zero Times for unbounded ends).
static void tm_zone_bounds(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]), start = {0}, end = {0};
    GoString name;
    int64_t offset, s, e;
    loc_lookup(rt, t.loc, time_unix_sec(&t), &name, &offset, &s, &e, NULL);
    if (s != ZONE_ALPHA) {
        start = unix_time(rt, s, 0);
        time_set_loc(rt, &start, t.loc);
    }
    if (e != ZONE_OMEGA) {
        end = unix_time(rt, e, 0);
        time_set_loc(rt, &end, t.loc);
    }
    res[0] = time_val(rt, start);
    res[1] = time_val(rt, end);
}

// tm_go_string: Go's GoString ("time.Date(2009, time.November, ...)").
static void tm_go_string(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    uint64_t abs = time_abs(rt, &t);
    int64_t year;
    int month, day, yday;
    time_abs_date(abs, true, &year, &month, &day, &yday);
    int64_t sec = (int64_t)(abs % SECONDS_PER_DAY);
    StrBuf b = {0};
    sb_printf(&b, "time.Date(%lld, time.%s, %d, %lld, %lld, %lld, %d, ", (long long)year, time_long_month[month - 1],
              day, (long long)(sec / 3600), (long long)(sec % 3600 / 60), (long long)(sec % 60), (int)time_nsec(&t));
    struct TimeState *ts = time_state(rt);
    Location *loc = t.loc ? t.loc : ts->utc;
    if (loc == ts->utc) {
        sb_puts(&b, "time.UTC");
    } else if (loc == ts->local) {
        sb_puts(&b, "time.Local");
    } else {
        sb_puts(&b, "time.Location(");
        time_quote(&b, loc->name);
        sb_putc(&b, ')');
    }
    sb_putc(&b, ')');
    res[0] = str_val(rt, &b);
    sb_free(&b);
}

// ---- encoding: MarshalJSON/Text and their inverses (Go's time.go) ----

static void marshal_time(Runtime *rt, Value *a, Value *res, bool json) {
    GoTime t = time_arg(a[0]);
    int64_t year;
    int yday;
    time_abs_date(time_abs(rt, &t), false, &year, NULL, NULL, &yday);
    res[0] = res[1] = (Value){.w = {0, 0}};
    if (year < 0 || year >= 10000) {
        const char *msg = json ? "Time.MarshalJSON: year outside of range [0,9999]"
                               : "Time.MarshalText: year outside of range [0,9999]";
        res[1].e = rt_error_new(rt, msg, strlen(msg));
        return;
    }
    static const char layout[] = "2006-01-02T15:04:05.999999999Z07:00";
    StrBuf b = {0};
    if (json) sb_putc(&b, '"');
    time_append_format(rt, &t, &b, (GoString){(const uint8_t *)layout, sizeof layout - 1});
    if (json) sb_putc(&b, '"');
    res[0].sl = rt_make_slice(rt, &rt_ptype_uint8, (int64_t)b.len, (int64_t)b.len);
    memcpy(res[0].sl.ptr, b.p, b.len);
    sb_free(&b);
}

static void tm_marshal_json(Runtime *rt, Value *a, Value *res) { marshal_time(rt, a, res, true); }
static void tm_marshal_text(Runtime *rt, Value *a, Value *res) { marshal_time(rt, a, res, false); }

static void unmarshal_time(Runtime *rt, Value *a, Value *res, bool json) {
    GoTime *dst = a[0].p;
    if (!dst) rt_panic_nil_deref(rt);
    GoSlice data = a[1].sl;
    res[0] = (Value){.w = {0, 0}};
    if (json && data.len == 4 && memcmp(data.ptr, "null", 4) == 0) return;
    static const char quoted[] = "\"2006-01-02T15:04:05Z07:00\"";
    GoString layout = json ? (GoString){(const uint8_t *)quoted, sizeof quoted - 1}
                           : (GoString){(const uint8_t *)quoted + 1, sizeof quoted - 3};
    struct TimeState *ts = time_state(rt);
    GoTime t;
    GoIface err = {NULL, NULL};
    time_parse(rt, layout, rt_string_from_c(rt, (const char *)data.ptr, data.len), ts->utc, ts->local, &t, &err);
    dst->wall = t.wall;
    dst->ext = t.ext;
    gc_write_ptr(rt, (void **)&dst->loc, t.loc);
    res[0].e = err;
}

static void tm_unmarshal_json(Runtime *rt, Value *a, Value *res) { unmarshal_time(rt, a, res, true); }
static void tm_unmarshal_text(Runtime *rt, Value *a, Value *res) { unmarshal_time(rt, a, res, false); }

// ---- MarshalBinary / UnmarshalBinary (and Gob*), Go's formats V1/V2 ----

static void tm_marshal_binary(Runtime *rt, Value *a, Value *res) {
    GoTime t = time_arg(a[0]);
    struct TimeState *ts = time_state(rt);
    int16_t offset_min;
    int8_t offset_sec = 0;
    uint8_t version = 1;
    res[0] = res[1] = (Value){.w = {0, 0}};
    if (!t.loc || t.loc == ts->utc) {
        offset_min = -1;
    } else {
        GoString name;
        int64_t offset;
        loc_lookup(rt, t.loc, time_unix_sec(&t), &name, &offset, NULL, NULL, NULL);
        if (offset % 60 != 0) {
            version = 2;
            offset_sec = (int8_t)(offset % 60);
        }
        offset /= 60;
        if (offset < -32768 || offset == -1 || offset > 32767) {
            static const char msg[] = "Time.MarshalBinary: unexpected zone offset";
            res[1].e = rt_error_new(rt, msg, sizeof msg - 1);
            return;
        }
        offset_min = (int16_t)offset;
    }
    int64_t sec = time_sec(&t);
    int32_t nsec = time_nsec(&t);
    uint8_t enc[16] = {version};
    for (int i = 0; i < 8; i++) enc[1 + i] = (uint8_t)((uint64_t)sec >> (56 - 8 * i));
    for (int i = 0; i < 4; i++) enc[9 + i] = (uint8_t)((uint32_t)nsec >> (24 - 8 * i));
    enc[13] = (uint8_t)((uint16_t)offset_min >> 8);
    enc[14] = (uint8_t)offset_min;
    enc[15] = (uint8_t)offset_sec;
    size_t n = version == 2 ? 16 : 15;
    res[0].sl = rt_make_slice(rt, &rt_ptype_uint8, (int64_t)n, (int64_t)n);
    memcpy(res[0].sl.ptr, enc, n);
}

static void tm_unmarshal_binary(Runtime *rt, Value *a, Value *res) {
    GoTime *dst = a[0].p;
    if (!dst) rt_panic_nil_deref(rt);
    const uint8_t *buf = a[1].sl.ptr;
    size_t len = a[1].sl.len;
    res[0] = (Value){.w = {0, 0}};
    const char *msg = NULL;
    if (len == 0)
        msg = "Time.UnmarshalBinary: no data";
    else if (buf[0] != 1 && buf[0] != 2)
        msg = "Time.UnmarshalBinary: unsupported version";
    else if (len != (buf[0] == 2 ? 16u : 15u))
        msg = "Time.UnmarshalBinary: invalid length";
    if (msg) {
        res[0].e = rt_error_new(rt, msg, strlen(msg));
        return;
    }
    uint64_t sec = 0;
    uint32_t nsec = 0;
    for (int i = 0; i < 8; i++) sec = sec << 8 | buf[1 + i];
    for (int i = 0; i < 4; i++) nsec = nsec << 8 | buf[9 + i];
    int64_t offset = (int64_t)(int16_t)((uint16_t)buf[13] << 8 | buf[14]) * 60;
    if (buf[0] == 2) offset += buf[15];
    GoTime t = {(uint64_t)nsec, (int64_t)sec, NULL};
    struct TimeState *ts = time_state(rt);
    GoString name;
    int64_t local_off;
    if (offset == -60) {
        time_set_loc(rt, &t, ts->utc);
    } else {
        loc_lookup(rt, ts->local, time_unix_sec(&t), &name, &local_off, NULL, NULL, NULL);
        time_set_loc(rt, &t, offset == local_off ? ts->local : loc_fixed(rt, (GoString){NULL, 0}, offset));
    }
    dst->wall = t.wall;
    dst->ext = t.ext;
    gc_write_ptr(rt, (void **)&dst->loc, t.loc);
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
    {"Sleep", "func(d Duration)", t_sleep},
    {"Now", "func() Time", t_now},
    {"Since", "func(t Time) Duration", t_since},
    {"Until", "func(t Time) Duration", t_until},
    {"Unix", "func(sec int64, nsec int64) Time", t_unix_make},
    {"UnixMilli", "func(msec int64) Time", t_unix_milli_make},
    {"UnixMicro", "func(usec int64) Time", t_unix_micro_make},
    {"Date", "func(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time", t_date},
    {"Parse", "func(layout, value string) (Time, error)", t_parse},
    {"ParseInLocation", "func(layout, value string, loc *Location) (Time, error)", t_parse_in_location},
    {"ParseDuration", "func(s string) (Duration, error)", t_parse_duration},
    {"LoadLocation", "func(name string) (*Location, error)", rt_time_load_location},
    {"LoadLocationFromTZData", "func(name string, data []byte) (*Location, error)", rt_time_load_location_from_tzdata},
    {"FixedZone", "func(name string, offset int) *Location", rt_time_fixed_zone},
    {"(*Location).String", "func() string", rt_time_loc_string},
    {"(*ParseError).Error", "func() string", rt_time_parse_error_error},
    {"Month.String", "func() string", month_string},
    {"Weekday.String", "func() string", weekday_string},
    {"Time.Sub", "func(u Time) Duration", tm_sub},
    {"Time.Add", "func(d Duration) Time", tm_add},
    {"Time.AddDate", "func(years int, months int, days int) Time", tm_add_date},
    {"Time.Before", "func(u Time) bool", tm_before},
    {"Time.After", "func(u Time) bool", tm_after},
    {"Time.Equal", "func(u Time) bool", tm_equal},
    {"Time.IsZero", "func() bool", tm_is_zero},
    {"Time.Unix", "func() int64", tm_unix},
    {"Time.UnixMilli", "func() int64", tm_unix_milli},
    {"Time.UnixMicro", "func() int64", tm_unix_micro},
    {"Time.UnixNano", "func() int64", tm_unix_nano},
    {"Time.Year", "func() int", tm_year},
    {"Time.Month", "func() Month", tm_month},
    {"Time.Day", "func() int", tm_day},
    {"Time.Date", "func() (year int, month Month, day int)", tm_date3},
    {"Time.YearDay", "func() int", tm_year_day},
    {"Time.Hour", "func() int", tm_hour},
    {"Time.Minute", "func() int", tm_minute},
    {"Time.Second", "func() int", tm_second},
    {"Time.Clock", "func() (hour, min, sec int)", tm_clock},
    {"Time.Nanosecond", "func() int", tm_nanosecond},
    {"Time.Weekday", "func() Weekday", tm_weekday},
    {"Time.ISOWeek", "func() (year, week int)", tm_iso_week},
    {"Time.Truncate", "func(d Duration) Time", tm_truncate},
    {"Time.Round", "func(d Duration) Time", tm_round},
    {"Time.UTC", "func() Time", tm_utc},
    {"Time.Local", "func() Time", tm_local},
    {"Time.In", "func(loc *Location) Time", tm_in},
    {"Time.Location", "func() *Location", tm_location},
    {"Time.Zone", "func() (name string, offset int)", tm_zone},
    {"Time.IsDST", "func() bool", tm_is_dst},
    {"Time.Format", "func(layout string) string", tm_format},
    {"Time.AppendFormat", "func(b []byte, layout string) []byte", tm_append_format},
    {"Time.String", "func() string", tm_string},
    {"Time.GoString", "func() string", tm_go_string},
    {"Time.ZoneBounds", "func() (start, end Time)", tm_zone_bounds},
    {"Time.MarshalJSON", "func() ([]byte, error)", tm_marshal_json},
    {"Time.MarshalText", "func() ([]byte, error)", tm_marshal_text},
    {"(*Time).UnmarshalJSON", "func(data []byte) error", tm_unmarshal_json},
    {"(*Time).UnmarshalText", "func(data []byte) error", tm_unmarshal_text},
    {"Time.MarshalBinary", "func() ([]byte, error)", tm_marshal_binary},
    {"(*Time).UnmarshalBinary", "func(data []byte) error", tm_unmarshal_binary},
    {"Time.GobEncode", "func() ([]byte, error)", tm_marshal_binary},
    {"(*Time).GobDecode", "func(data []byte) error", tm_unmarshal_binary},
};

static const NativeType time_types[] = {
    {"Duration", "int64"},
    {"Month", "int"},
    {"Weekday", "int"},
    {"Time", "struct { wall uint64; ext int64; loc *Location }"},
    {"Location", "struct { name string; zone []zone; tx []zoneTrans; extend string; cacheStart int64; "
                 "cacheEnd int64; cacheZone *zone }"},
    {"zone", "struct { name string; offset int; isDST bool }"},
    {"zoneTrans", "struct { when int64; index uint8; isstd bool; isutc bool }"},
    {"ParseError", "struct { Layout string; Value string; LayoutElem string; ValueElem string; Message string }"},
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
    {"January", "Month", "1"}, {"February", "Month", "2"}, {"March", "Month", "3"},
    {"April", "Month", "4"}, {"May", "Month", "5"}, {"June", "Month", "6"},
    {"July", "Month", "7"}, {"August", "Month", "8"}, {"September", "Month", "9"},
    {"October", "Month", "10"}, {"November", "Month", "11"}, {"December", "Month", "12"},
    {"Sunday", "Weekday", "0"}, {"Monday", "Weekday", "1"}, {"Tuesday", "Weekday", "2"},
    {"Wednesday", "Weekday", "3"}, {"Thursday", "Weekday", "4"}, {"Friday", "Weekday", "5"},
    {"Saturday", "Weekday", "6"},
    {"Layout", "untyped string", "01/02 03:04:05PM '06 -0700"},
    {"ANSIC", "untyped string", "Mon Jan _2 15:04:05 2006"},
    {"UnixDate", "untyped string", "Mon Jan _2 15:04:05 MST 2006"},
    {"RubyDate", "untyped string", "Mon Jan 02 15:04:05 -0700 2006"},
    {"RFC822", "untyped string", "02 Jan 06 15:04 MST"},
    {"RFC822Z", "untyped string", "02 Jan 06 15:04 -0700"},
    {"RFC850", "untyped string", "Monday, 02-Jan-06 15:04:05 MST"},
    {"RFC1123", "untyped string", "Mon, 02 Jan 2006 15:04:05 MST"},
    {"RFC1123Z", "untyped string", "Mon, 02 Jan 2006 15:04:05 -0700"},
    {"RFC3339", "untyped string", "2006-01-02T15:04:05Z07:00"},
    {"RFC3339Nano", "untyped string", "2006-01-02T15:04:05.999999999Z07:00"},
    {"Kitchen", "untyped string", "3:04PM"},
    {"Stamp", "untyped string", "Jan _2 15:04:05"},
    {"StampMilli", "untyped string", "Jan _2 15:04:05.000"},
    {"StampMicro", "untyped string", "Jan _2 15:04:05.000000"},
    {"StampNano", "untyped string", "Jan _2 15:04:05.000000000"},
};

static const NativeVar time_vars[] = {
    {"UTC", "*Location", rt_time_utc_var},
    {"Local", "*Location", rt_time_local_var},
};

const NativePkg rt_pkg_time = {
    .path = "time", .name = "time",
    .funcs = time_funcs, .nfuncs = sizeof time_funcs / sizeof time_funcs[0],
    .types = time_types, .ntypes = sizeof time_types / sizeof time_types[0],
    .consts = time_consts, .nconsts = sizeof time_consts / sizeof time_consts[0],
    .vars = time_vars, .nvars = sizeof time_vars / sizeof time_vars[0],
};
