// time_zone.c - time.Location, ported from Go 1.19's zoneinfo.go,
// zoneinfo_read.go and zoneinfo_unix.go: UTC, Local (from TZ or
// /etc/localtime, loaded on first use as Go's localOnce does), FixedZone,
// LoadLocation reading the system's TZif files (/usr/share/zoneinfo), and
// lookup with the POSIX TZ rule (tzset) past the last transition.
//
// Locations are Go objects of type time.Location on our heap; the package
// state (struct TimeState) keeps the UTC and Local objects as GC roots.
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sched_internal.h"
#include "time_internal.h"

const Type *time_type(Runtime *rt, const char *name, bool ptr) {
    const Type *t = rt_pkg_type(rt, "time", name, ptr);
    if (!t) rt_fatal(rt, "time.%s: package type missing", name);
    return t;
}

static GoString cstr(Runtime *rt, const char *s, size_t n) { return rt_string_from_c(rt, s, n); }

static void set_string(Runtime *rt, GoString *slot, GoString s) {
    gc_write_ptr(rt, (void **)&slot->ptr, (void *)s.ptr);
    slot->len = s.len;
}

static Location *new_location(Runtime *rt, GoString name) {
    Location *l = rt_alloc(rt, time_type(rt, "Location", false));
    set_string(rt, &l->name, name);
    return l;
}

struct TimeState *time_state(Runtime *rt) {
    if (rt->time_state) return rt->time_state;
    struct TimeState *ts = calloc(1, sizeof *ts);
    if (!ts) rt_fatal(rt, "out of memory");
    rt->time_state = ts;
    gc_add_root(rt, &ts->utc, 2 * sizeof(void *));
    ts->start_nano = sched_now() - 1;
    ts->utc = new_location(rt, cstr(rt, "UTC", 3));
    ts->local = new_location(rt, cstr(rt, "Local", 5));
    return ts;
}

static Zone *zones(Location *l) { return l->zone.ptr; }
static ZoneTrans *trans(Location *l) { return l->tx.ptr; }

static bool str_eq(GoString a, GoString b) { return a.len == b.len && memcmp(a.ptr, b.ptr, (size_t)a.len) == 0; }

// ---- tzset: the POSIX TZ rule of a TZif footer ----

typedef struct TzStr { const uint8_t *p; int64_t n; } TzStr;

static bool tzset_name(TzStr *s, TzStr *name) {
    if (s->n == 0) return false;
    if (s->p[0] != '<') {
        for (int64_t i = 0; i < s->n; i++) {
            if (strchr("0123456789,-+", s->p[i]) && s->p[i]) {
                if (i < 3) return false;
                *name = (TzStr){s->p, i};
                s->p += i;
                s->n -= i;
                return true;
            }
        }
        if (s->n < 3) return false;
        *name = *s;
        s->p += s->n;
        s->n = 0;
        return true;
    }
    for (int64_t i = 0; i < s->n; i++) {
        if (s->p[i] == '>') {
            *name = (TzStr){s->p + 1, i - 1};
            s->p += i + 1;
            s->n -= i + 1;
            return true;
        }
    }
    return false;
}

static bool tzset_num(TzStr *s, int min, int max, int *num) {
    if (s->n == 0) return false;
    int v = 0;
    int64_t i = 0;
    for (; i < s->n; i++) {
        uint8_t c = s->p[i];
        if (c < '0' || c > '9') {
            if (i == 0 || v < min) return false;
            break;
        }
        v = v * 10 + (c - '0');
        if (v > max) return false;
    }
    if (i == s->n && v < min) return false;
    s->p += i;
    s->n -= i;
    *num = v;
    return true;
}

static bool tzset_offset(TzStr *s, int *off) {
    if (s->n == 0) return false;
    bool neg = false;
    if (s->p[0] == '+' || s->p[0] == '-') {
        neg = s->p[0] == '-';
        s->p++;
        s->n--;
    }
    int hours, mins, secs;
    if (!tzset_num(s, 0, 24 * 7, &hours)) return false;
    int o = hours * SECONDS_PER_HOUR;
    if (s->n > 0 && s->p[0] == ':') {
        s->p++;
        s->n--;
        if (!tzset_num(s, 0, 59, &mins)) return false;
        o += mins * SECONDS_PER_MINUTE;
        if (s->n > 0 && s->p[0] == ':') {
            s->p++;
            s->n--;
            if (!tzset_num(s, 0, 59, &secs)) return false;
            o += secs;
        }
    }
    *off = neg ? -o : o;
    return true;
}

enum { RULE_JULIAN, RULE_DOY, RULE_MONTH_WEEK_DAY };
typedef struct TzRule { int kind, day, week, mon, time; } TzRule;

static bool tzset_dot(TzStr *s) {
    if (s->n == 0 || s->p[0] != '.') return false;
    s->p++;
    s->n--;
    return true;
}

static bool tzset_rule(TzStr *s, TzRule *r) {
    memset(r, 0, sizeof *r);
    if (s->n == 0) return false;
    if (s->p[0] == 'J') {
        s->p++;
        s->n--;
        if (!tzset_num(s, 1, 365, &r->day)) return false;
        r->kind = RULE_JULIAN;
    } else if (s->p[0] == 'M') {
        s->p++;
        s->n--;
        if (!tzset_num(s, 1, 12, &r->mon) || !tzset_dot(s)) return false;
        if (!tzset_num(s, 1, 5, &r->week) || !tzset_dot(s)) return false;
        if (!tzset_num(s, 0, 6, &r->day)) return false;
        r->kind = RULE_MONTH_WEEK_DAY;
    } else {
        if (!tzset_num(s, 0, 365, &r->day)) return false;
        r->kind = RULE_DOY;
    }
    if (s->n == 0 || s->p[0] != '/') {
        r->time = 2 * SECONDS_PER_HOUR;
        return true;
    }
    s->p++;
    s->n--;
    return tzset_offset(s, &r->time);
}

static int64_t tzrule_time(int64_t year, const TzRule *r, int off) {
    int64_t s = 0;
    switch (r->kind) {
    case RULE_JULIAN:
        s = (int64_t)(r->day - 1) * SECONDS_PER_DAY;
        if (time_is_leap(year) && r->day >= 60) s += SECONDS_PER_DAY;
        break;
    case RULE_DOY:
        s = (int64_t)r->day * SECONDS_PER_DAY;
        break;
    default: {
        int64_t m1 = (r->mon + 9) % 12 + 1;
        int64_t yy0 = year;
        if (r->mon <= 2) yy0--;
        int64_t yy1 = yy0 / 100, yy2 = yy0 % 100;
        int64_t dow = ((26 * m1 - 2) / 10 + 1 + yy2 + yy2 / 4 + yy1 / 4 - 2 * yy1) % 7;
        if (dow < 0) dow += 7;
        int64_t d = r->day - dow;
        if (d < 0) d += 7;
        for (int i = 1; i < r->week; i++) {
            if (d + 7 >= time_days_in(r->mon, year)) break;
            d += 7;
        }
        d += time_days_before[r->mon - 1];
        if (time_is_leap(year) && r->mon > 2) d++;
        s = d * SECONDS_PER_DAY;
    }
    }
    return s + r->time - off;
}

// wrap_add: a + b with Go's wrapping int64 arithmetic.
static int64_t wrap_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }

bool time_tzset(GoString ext, int64_t last_tx_sec, int64_t sec, ZoneInfo *zi) {
    TzStr s = {ext.ptr, ext.len}, std_name, dst_name;
    int std_off, dst_off;
    if (!tzset_name(&s, &std_name) || !tzset_offset(&s, &std_off)) return false;
    std_off = -std_off;
    if (s.n == 0 || s.p[0] == ',') {
        *zi = (ZoneInfo){{std_name.p, std_name.n}, std_off, last_tx_sec, ZONE_OMEGA, false};
        return true;
    }
    if (!tzset_name(&s, &dst_name)) return false;
    if (s.n == 0 || s.p[0] == ',') {
        dst_off = std_off + SECONDS_PER_HOUR;
    } else {
        if (!tzset_offset(&s, &dst_off)) return false;
        dst_off = -dst_off;
    }
    static const char def_rule[] = ",M3.2.0,M11.1.0";
    if (s.n == 0) s = (TzStr){(const uint8_t *)def_rule, sizeof def_rule - 1};
    if (s.p[0] != ',' && s.p[0] != ';') return false;
    s.p++;
    s.n--;
    TzRule start_rule, end_rule;
    if (!tzset_rule(&s, &start_rule) || s.n == 0 || s.p[0] != ',') return false;
    s.p++;
    s.n--;
    if (!tzset_rule(&s, &end_rule) || s.n > 0) return false;

    int64_t year;
    int yday;
    time_abs_date((uint64_t)sec + (uint64_t)(UNIX_TO_INTERNAL + INTERNAL_TO_ABSOLUTE), false, &year, NULL, NULL, &yday);
    int64_t ysec = (int64_t)yday * SECONDS_PER_DAY + sec % SECONDS_PER_DAY;
    // Go's int64 arithmetic wraps here for far years: do it unsigned
    int64_t abs = (int64_t)(time_days_since_epoch(year) * SECONDS_PER_DAY +
                            (uint64_t)(ABSOLUTE_TO_INTERNAL + INTERNAL_TO_UNIX));
    int64_t start_sec = tzrule_time(year, &start_rule, std_off);
    int64_t end_sec = tzrule_time(year, &end_rule, dst_off);
    bool dst_is_dst = true, std_is_dst = false;
    if (end_sec < start_sec) {
        int64_t t = start_sec; start_sec = end_sec; end_sec = t;
        TzStr n = std_name; std_name = dst_name; dst_name = n;
        int o = std_off; std_off = dst_off; dst_off = o;
        std_is_dst = true;
        dst_is_dst = false;
    }
    if (ysec < start_sec)
        *zi = (ZoneInfo){{std_name.p, std_name.n}, std_off, abs, wrap_add(start_sec, abs), std_is_dst};
    else if (ysec >= end_sec)
        *zi = (ZoneInfo){{std_name.p, std_name.n}, std_off, wrap_add(end_sec, abs), wrap_add(abs, 365 * SECONDS_PER_DAY), std_is_dst};
    else
        *zi = (ZoneInfo){{dst_name.p, dst_name.n}, dst_off, wrap_add(start_sec, abs), wrap_add(end_sec, abs), dst_is_dst};
    return true;
}

// ---- lookup ----

static int lookup_first_zone(Location *l) {
    bool used = false;
    for (uint32_t i = 0; i < l->tx.len; i++) used = used || trans(l)[i].index == 0;
    if (!used) return 0;
    if (l->tx.len > 0 && zones(l)[trans(l)[0].index].is_dst) {
        for (int zi = (int)trans(l)[0].index - 1; zi >= 0; zi--)
            if (!zones(l)[zi].is_dst) return zi;
    }
    for (uint32_t zi = 0; zi < l->zone.len; zi++)
        if (!zones(l)[zi].is_dst) return (int)zi;
    return 0;
}

static void init_local(Runtime *rt, Location *local);

Location *loc_get(Runtime *rt, Location *l) {
    struct TimeState *ts = time_state(rt);
    if (!l) return ts->utc;
    if (l == ts->local && !ts->local_ready) {
        ts->local_ready = true;
        init_local(rt, l);
    }
    return l;
}

void loc_lookup(Runtime *rt, Location *l, int64_t sec, GoString *name, int64_t *offset, int64_t *start,
                int64_t *end, bool *is_dst) {
    l = loc_get(rt, l);
    int64_t s_, e_;
    bool d_;
    if (!start) start = &s_;
    if (!end) end = &e_;
    if (!is_dst) is_dst = &d_;
    if (l->zone.len == 0) {
        *name = (GoString){(const uint8_t *)"UTC", 3};
        *offset = 0;
        *start = ZONE_ALPHA;
        *end = ZONE_OMEGA;
        *is_dst = false;
        return;
    }
    if (l->tx.len == 0 || sec < trans(l)[0].when) {
        Zone *z = &zones(l)[lookup_first_zone(l)];
        *name = z->name;
        *offset = z->offset;
        *start = ZONE_ALPHA;
        *end = l->tx.len > 0 ? trans(l)[0].when : ZONE_OMEGA;
        *is_dst = z->is_dst;
        return;
    }
    ZoneTrans *tx = trans(l);
    *end = ZONE_OMEGA;
    int64_t lo = 0, hi = l->tx.len;
    while (hi - lo > 1) {
        int64_t m = lo + (hi - lo) / 2;
        if (sec < tx[m].when) {
            *end = tx[m].when;
            hi = m;
        } else {
            lo = m;
        }
    }
    Zone *z = &zones(l)[tx[lo].index];
    *name = z->name;
    *offset = z->offset;
    *start = tx[lo].when;
    *is_dst = z->is_dst;
    ZoneInfo zi;
    if (lo == (int64_t)l->tx.len - 1 && l->extend.len > 0 && time_tzset(l->extend, *start, sec, &zi)) {
        *name = zi.name;
        *offset = zi.offset;
        *start = zi.start;
        *end = zi.end;
        *is_dst = zi.is_dst;
    }
}

bool loc_lookup_name(Runtime *rt, Location *l, GoString name, int64_t unix_sec, int64_t *offset) {
    l = loc_get(rt, l);
    for (uint32_t i = 0; i < l->zone.len; i++) {
        Zone *z = &zones(l)[i];
        if (!str_eq(z->name, name)) continue;
        GoString nam;
        int64_t off;
        loc_lookup(rt, l, unix_sec - z->offset, &nam, &off, NULL, NULL, NULL);
        if (str_eq(nam, z->name)) {
            *offset = off;
            return true;
        }
    }
    for (uint32_t i = 0; i < l->zone.len; i++) {
        if (str_eq(zones(l)[i].name, name)) {
            *offset = zones(l)[i].offset;
            return true;
        }
    }
    return false;
}

Location *loc_fixed(Runtime *rt, GoString name, int64_t offset) {
    Location *l = new_location(rt, name);
    GoSlice zs = rt_make_slice(rt, time_type(rt, "zone", false), 1, 1);
    Zone *z = zs.ptr;
    set_string(rt, &z->name, name);
    z->offset = offset;
    GoSlice txs = rt_make_slice(rt, time_type(rt, "zoneTrans", false), 1, 1);
    ((ZoneTrans *)txs.ptr)->when = ZONE_ALPHA;
    gc_write_ptr(rt, &l->zone.ptr, zs.ptr);
    l->zone.len = l->zone.cap = 1;
    gc_write_ptr(rt, &l->tx.ptr, txs.ptr);
    l->tx.len = l->tx.cap = 1;
    return l;
}

// ---- TZif files ----

typedef struct DataIO { const uint8_t *p; size_t n; bool error; } DataIO;

static const uint8_t *dio_read(DataIO *d, size_t n) {
    if (d->n < n) {
        d->p = NULL;
        d->n = 0;
        d->error = true;
        return NULL;
    }
    const uint8_t *p = d->p;
    d->p += n;
    d->n -= n;
    return p;
}

static bool dio_big4(DataIO *d, uint32_t *v) {
    const uint8_t *p = dio_read(d, 4);
    if (!p) return false;
    *v = (uint32_t)p[3] | (uint32_t)p[2] << 8 | (uint32_t)p[1] << 16 | (uint32_t)p[0] << 24;
    return true;
}

static bool read_counts(DataIO *d, size_t n[6]) {
    for (int i = 0; i < 6; i++) {
        uint32_t v;
        if (!dio_big4(d, &v)) return false;
        n[i] = v;
    }
    return true;
}

enum { N_UTC_LOCAL, N_STD_WALL, N_LEAP, N_TIME, N_ZONE, N_CHAR };

// load_tzdata: Go's LoadLocationFromTZData; NULL on malformed data.
static Location *load_tzdata(Runtime *rt, GoString name, const uint8_t *data, size_t len) {
    DataIO d = {data, len, false};
    const uint8_t *magic = dio_read(&d, 4), *p;
    if (!magic || memcmp(magic, "TZif", 4) != 0) return NULL;
    if (!(p = dio_read(&d, 16))) return NULL;
    int version = p[0] == 0 ? 1 : p[0] == '2' ? 2 : p[0] == '3' ? 3 : 0;
    if (!version) return NULL;
    size_t n[6];
    if (!read_counts(&d, n)) return NULL;
    bool is64 = false;
    if (version > 1) {
        size_t skip = n[N_TIME] * 4 + n[N_TIME] + n[N_ZONE] * 6 + n[N_CHAR] + n[N_LEAP] * 8 + n[N_STD_WALL]
            + n[N_UTC_LOCAL] + 4 + 16;
        dio_read(&d, skip);
        is64 = true;
        if (!read_counts(&d, n)) return NULL;
    }
    size_t size = is64 ? 8 : 4;
    DataIO txtimes = {dio_read(&d, n[N_TIME] * size), n[N_TIME] * size, false};
    const uint8_t *txzones = dio_read(&d, n[N_TIME]);
    DataIO zonedata = {dio_read(&d, n[N_ZONE] * 6), n[N_ZONE] * 6, false};
    const uint8_t *abbrev = dio_read(&d, n[N_CHAR]);
    dio_read(&d, n[N_LEAP] * (size + 4));
    const uint8_t *isstd = dio_read(&d, n[N_STD_WALL]);
    const uint8_t *isutc = dio_read(&d, n[N_UTC_LOCAL]);
    if (d.error) return NULL;
    GoString extend = {NULL, 0};
    if (d.n > 2 && d.p[0] == '\n' && d.p[d.n - 1] == '\n') extend = cstr(rt, (const char *)d.p + 1, d.n - 2);
    if (n[N_ZONE] == 0) return NULL;

    Location *l = new_location(rt, name);
    set_string(rt, &l->extend, extend);
    GoSlice zs = rt_make_slice(rt, time_type(rt, "zone", false), (int64_t)n[N_ZONE], (int64_t)n[N_ZONE]);
    gc_write_ptr(rt, &l->zone.ptr, zs.ptr);
    l->zone.len = l->zone.cap = (uint32_t)n[N_ZONE];
    for (size_t i = 0; i < n[N_ZONE]; i++) {
        uint32_t off;
        const uint8_t *b;
        if (!dio_big4(&zonedata, &off) || !(b = dio_read(&zonedata, 2)) || b[1] >= n[N_CHAR]) return NULL;
        Zone *z = &zones(l)[i];
        z->offset = (int32_t)off;
        z->is_dst = b[0] != 0;
        const uint8_t *s = abbrev + b[1];
        size_t k = 0;
        while (b[1] + k < n[N_CHAR] && s[k]) k++;
        set_string(rt, &z->name, cstr(rt, (const char *)s, k));
    }
    size_t ntx = n[N_TIME] ? n[N_TIME] : 1;
    GoSlice txs = rt_make_slice(rt, time_type(rt, "zoneTrans", false), (int64_t)ntx, (int64_t)ntx);
    gc_write_ptr(rt, &l->tx.ptr, txs.ptr);
    l->tx.len = l->tx.cap = (uint32_t)ntx;
    ZoneTrans *tx = txs.ptr;
    if (n[N_TIME] == 0) tx[0].when = ZONE_ALPHA;
    for (size_t i = 0; i < n[N_TIME]; i++) {
        uint32_t hi, lo = 0;
        if (!dio_big4(&txtimes, &hi) || (is64 && !dio_big4(&txtimes, &lo))) return NULL;
        tx[i].when = is64 ? (int64_t)((uint64_t)hi << 32 | lo) : (int64_t)(int32_t)hi;
        if (txzones[i] >= n[N_ZONE]) return NULL;
        tx[i].index = txzones[i];
        if (i < n[N_STD_WALL]) tx[i].isstd = isstd[i] != 0;
        if (i < n[N_UTC_LOCAL]) tx[i].isutc = isutc[i] != 0;
    }
    return l;
}

// read_file reads path whole (malloc'ed); on failure returns NULL and the errno.
static uint8_t *read_file(const char *path, size_t *len, int *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        *err = errno;
        return NULL;
    }
    StrBuf b = {0};
    char chunk[4096];
    size_t k;
    while ((k = fread(chunk, 1, sizeof chunk, f)) > 0) sb_put(&b, chunk, k);
    *err = ferror(f) ? errno : 0;
    fclose(f);
    if (*err) {
        sb_free(&b);
        return NULL;
    }
    *len = b.len;
    return b.p ? (uint8_t *)b.p : calloc(1, 1);
}

// load_location: Go's loadLocation(name, sources); NULL with *err.
static Location *load_location(Runtime *rt, GoString name, const char *const *sources, int nsources, GoIface *err) {
    const char *first_err = NULL;
    bool bad = false;
    for (int i = 0; i < nsources; i++) {
        StrBuf path = {0};
        sb_puts(&path, sources[i]);
        sb_put(&path, name.ptr, (size_t)name.len);
        sb_putc(&path, 0);
        size_t len = 0;
        int e = 0;
        uint8_t *data = read_file(path.p, &len, &e);
        sb_free(&path);
        if (data) {
            Location *l = load_tzdata(rt, name, data, len);
            free(data);
            if (l) return l;
            bad = bad || !first_err;
            if (!first_err) first_err = "malformed time zone information";
        } else if (!first_err && e != ENOENT) {
            first_err = e == EISDIR ? "is a directory" : e == EACCES ? "permission denied" : "input/output error";
        }
    }
    StrBuf msg = {0};
    if (first_err) {
        sb_puts(&msg, first_err);
    } else {
        sb_puts(&msg, "unknown time zone ");
        sb_put(&msg, name.ptr, (size_t)name.len);
    }
    *err = rt_error_new(rt, msg.p, msg.len);
    sb_free(&msg);
    return NULL;
}

static const char *const zone_sources[] = {"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/"};

// copy_into: Go's localLoc = *z (the Local object keeps its identity).
static void copy_into(Runtime *rt, Location *dst, const Location *src) {
    set_string(rt, &dst->name, src->name);
    gc_write_ptr(rt, &dst->zone.ptr, src->zone.ptr);
    dst->zone.len = src->zone.len;
    dst->zone.cap = src->zone.cap;
    gc_write_ptr(rt, &dst->tx.ptr, src->tx.ptr);
    dst->tx.len = src->tx.len;
    dst->tx.cap = src->tx.cap;
    set_string(rt, &dst->extend, src->extend);
}

// init_local: Go's initLocal (zoneinfo_unix.go).
static void init_local(Runtime *rt, Location *local) {
    const char *tz = getenv("TZ");
    GoIface err;
    if (!tz) {
        static const char *const etc[] = {"/etc/"};
        Location *z = load_location(rt, cstr(rt, "localtime", 9), etc, 1, &err);
        if (z) {
            copy_into(rt, local, z);
            set_string(rt, &local->name, cstr(rt, "Local", 5));
            return;
        }
    } else if (tz[0]) {
        if (tz[0] == ':') tz++;
        if (tz[0] == '/') {
            static const char *const root[] = {""};
            Location *z = load_location(rt, cstr(rt, tz, strlen(tz)), root, 1, &err);
            if (z) {
                copy_into(rt, local, z);
                if (strcmp(tz, "/etc/localtime") == 0) set_string(rt, &local->name, cstr(rt, "Local", 5));
                return;
            }
        } else if (tz[0] && strcmp(tz, "UTC") != 0) {
            Location *z = load_location(rt, cstr(rt, tz, strlen(tz)), zone_sources, 3, &err);
            if (z) {
                copy_into(rt, local, z);
                return;
            }
        }
    }
    set_string(rt, &local->name, cstr(rt, "UTC", 3));
}

// ---- the package functions ----

void rt_time_load_location(Runtime *rt, Value *a, Value *res) {
    struct TimeState *ts = time_state(rt);
    GoString name = a[0].s;
    res[0] = res[1] = (Value){.w = {0, 0}};
    if (name.len == 0 || (name.len == 3 && memcmp(name.ptr, "UTC", 3) == 0)) {
        res[0].p = ts->utc;
        return;
    }
    if (name.len == 5 && memcmp(name.ptr, "Local", 5) == 0) {
        res[0].p = ts->local;
        return;
    }
    bool dotdot = false;
    for (int64_t i = 0; i + 1 < name.len; i++) dotdot = dotdot || (name.ptr[i] == '.' && name.ptr[i + 1] == '.');
    if (dotdot || name.ptr[0] == '/' || name.ptr[0] == '\\') {
        static const char msg[] = "time: invalid location name";
        res[1].e = rt_error_new(rt, msg, sizeof msg - 1);
        return;
    }
    const char *env = getenv("ZONEINFO");
    GoIface err = {NULL, NULL};
    Location *l = NULL;
    if (env && env[0]) {
        StrBuf dir = {0};
        sb_puts(&dir, env);
        sb_putc(&dir, '/');
        sb_putc(&dir, 0);
        const char *src[] = {dir.p};
        l = load_location(rt, name, src, 1, &err);
        sb_free(&dir);
    }
    if (!l) l = load_location(rt, name, zone_sources, 3, &err);
    if (l)
        res[0].p = l;
    else
        res[1].e = err;
}

void rt_time_load_location_from_tzdata(Runtime *rt, Value *a, Value *res) {
    res[0] = res[1] = (Value){.w = {0, 0}};
    Location *l = load_tzdata(rt, a[0].s, a[1].sl.ptr, a[1].sl.len);
    if (l) {
        res[0].p = l;
    } else {
        static const char msg[] = "malformed time zone information";
        res[1].e = rt_error_new(rt, msg, sizeof msg - 1);
    }
}

void rt_time_fixed_zone(Runtime *rt, Value *a, Value *res) {
    res[0] = (Value){.w = {0, 0}};
    res[0].p = loc_fixed(rt, a[0].s, a[1].i);
}

void rt_time_loc_string(Runtime *rt, Value *a, Value *res) {
    Location *l = loc_get(rt, a[0].p);
    res[0].s = l->name;
}

void rt_time_utc_var(Runtime *rt, Value *out) {
    *out = (Value){.w = {0, 0}};
    out->p = time_state(rt)->utc;
}

void rt_time_local_var(Runtime *rt, Value *out) {
    *out = (Value){.w = {0, 0}};
    out->p = time_state(rt)->local;
}
