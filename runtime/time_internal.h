// time_internal.h - what the files of package time share (pkg_time.c,
// time_zone.c, time_format.c): Go 1.19's layouts of Time and Location,
// the package state kept on the Runtime, and the calendar helpers.
//
// A Time is Go's struct { wall uint64; ext int64; loc *Location }, with
// Go's encoding: when wall's top bit (hasMonotonic) is set, wall holds 33
// bits of seconds since 1885 and ext the monotonic reading; otherwise ext
// holds the seconds since January 1, year 1. A nil loc means UTC.
#ifndef GOSUB_RUNTIME_TIME_INTERNAL_H
#define GOSUB_RUNTIME_TIME_INTERNAL_H

#include "internal.h"
#include "pkg_internal.h"

#define SECONDS_PER_MINUTE 60
#define SECONDS_PER_HOUR (60 * SECONDS_PER_MINUTE)
#define SECONDS_PER_DAY (24 * SECONDS_PER_HOUR)
#define SECONDS_PER_WEEK (7 * SECONDS_PER_DAY)
#define ABSOLUTE_ZERO_YEAR INT64_C(-292277022399)
#define ABSOLUTE_TO_INTERNAL INT64_C(-9223371966579724800)
#define INTERNAL_TO_ABSOLUTE (-ABSOLUTE_TO_INTERNAL)
#define UNIX_TO_INTERNAL INT64_C(62135596800)
#define INTERNAL_TO_UNIX (-UNIX_TO_INTERNAL)
#define WALL_TO_INTERNAL INT64_C(59453308800)
#define HAS_MONOTONIC (UINT64_C(1) << 63)
#define NSEC_MASK ((UINT64_C(1) << 30) - 1)
#define NSEC_SHIFT 30
#define ZONE_ALPHA INT64_MIN
#define ZONE_OMEGA INT64_MAX

// zone: struct { name string; offset int; isDST bool }.
typedef struct Zone {
    GoString name;
    int64_t offset;
    bool is_dst;
} Zone;

// zoneTrans: struct { when int64; index uint8; isstd, isutc bool }.
typedef struct ZoneTrans {
    int64_t when;
    uint8_t index;
    bool isstd, isutc;
} ZoneTrans;

// Location: Go's fields; the cache fields stay zero (lookups don't cache).
typedef struct Location {
    GoString name;
    GoSlice zone;               // []zone
    GoSlice tx;                 // []zoneTrans
    GoString extend;            // the TZ string after the last transition
    int64_t cache_start, cache_end;
    Zone *cache_zone;
} Location;

typedef struct GoTime {
    uint64_t wall;
    int64_t ext;
    Location *loc;
} GoTime;

// The package's state on the Runtime (Runtime.time_state, made on first
// use): utc and local are GC roots (registered with gc_add_root).
struct TimeState {
    Location *utc, *local;      // Go's &utcLoc and &localLoc
    int64_t start_nano;         // monotonic reading at start, minus 1
    bool local_ready;           // local was filled from TZ / /etc/localtime
};

// time_state: the package state (made and rooted on first call).
struct TimeState *time_state(Runtime *rt);
// time_type: the checker's descriptor of time.name (*time.name when ptr).
const Type *time_type(Runtime *rt, const char *name, bool ptr);

// ---- calendar (pkg_time.c) ----
int64_t time_sec(const GoTime *t);
int64_t time_unix_sec(const GoTime *t);
int32_t time_nsec(const GoTime *t);
void time_add_sec(GoTime *t, int64_t d);
void time_set_loc(Runtime *rt, GoTime *t, Location *loc);
// time_date: Go's Date(year, month, day, hour, min, sec, nsec, loc).
GoTime time_date(Runtime *rt, int64_t year, int64_t month, int64_t day, int64_t hour, int64_t min,
                 int64_t sec, int64_t nsec, Location *loc);
// time_abs_date: Go's absDate (month is 1..12 when full).
void time_abs_date(uint64_t abs, bool full, int64_t *year, int *month, int *day, int *yday);
bool time_is_leap(int64_t year);
int time_days_in(int month, int64_t year);
uint64_t time_days_since_epoch(int64_t year);
extern const int32_t time_days_before[13];
extern const char *const time_long_month[12], *const time_long_day[7];

// ---- zones (time_zone.c) ----
// A zone in effect over [start, end) (names borrow the TZ string).
typedef struct ZoneInfo {
    GoString name;
    int64_t offset, start, end;
    bool is_dst;
} ZoneInfo;
// time_tzset: Go's tzset: the zone the POSIX TZ rule ext ("EST5EDT,M3.2.0,
// M11.1.0") gives at Unix second sec, after the last transition at
// last_tx_sec; false when ext does not parse.
bool time_tzset(GoString ext, int64_t last_tx_sec, int64_t sec, ZoneInfo *zi);
// loc_get: Go's l.get(): nil is UTC; Local is loaded on first use.
Location *loc_get(Runtime *rt, Location *l);
// loc_lookup: Go's l.lookup(sec).
void loc_lookup(Runtime *rt, Location *l, int64_t sec, GoString *name, int64_t *offset,
                int64_t *start, int64_t *end, bool *is_dst);
// loc_lookup_name: Go's l.lookupName(name, unix_sec).
bool loc_lookup_name(Runtime *rt, Location *l, GoString name, int64_t unix_sec, int64_t *offset);
// loc_fixed: Go's FixedZone(name, offset).
Location *loc_fixed(Runtime *rt, GoString name, int64_t offset);
// time_locabs: Go's t.locabs(): zone name, offset and absolute seconds.
void time_locabs(Runtime *rt, const GoTime *t, GoString *name, int64_t *offset, uint64_t *abs);
uint64_t time_abs(Runtime *rt, const GoTime *t);

// Table entries (time_zone.c): LoadLocation, LoadLocationFromTZData,
// FixedZone, (*Location).String,
// and the initialisers of the variables UTC and Local.
void rt_time_load_location(Runtime *rt, Value *a, Value *res);
void rt_time_load_location_from_tzdata(Runtime *rt, Value *a, Value *res);
void rt_time_fixed_zone(Runtime *rt, Value *a, Value *res);
void rt_time_loc_string(Runtime *rt, Value *a, Value *res);
void rt_time_utc_var(Runtime *rt, Value *out);
void rt_time_local_var(Runtime *rt, Value *out);

// ---- format and parse (time_format.c) ----
// time_append_format: Go's t.AppendFormat(out, layout).
void time_append_format(Runtime *rt, const GoTime *t, StrBuf *out, GoString layout);
// time_string: Go's Time.String() appended to out.
void time_string(Runtime *rt, const GoTime *t, StrBuf *out);
// time_parse: Go's parse(layout, value, def, local): 0 on success, else
// *err is the error value (a *time.ParseError).
bool time_parse(Runtime *rt, GoString layout, GoString value, Location *def, Location *local,
                GoTime *out, GoIface *err);
// time_parse_duration: Go's ParseDuration; false with *err set on error.
bool time_parse_duration(Runtime *rt, GoString s, int64_t *out, GoIface *err);
// time_quote: Go's time.quote (appends to out).
void time_quote(StrBuf *out, GoString s);
// rt_time_parse_error_error: (*ParseError).Error.
void rt_time_parse_error_error(Runtime *rt, Value *a, Value *res);

#endif
