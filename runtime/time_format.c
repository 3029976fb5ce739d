// time_format.c - Time.Format, Time.String, Parse and ParseDuration,
// ported function by function from Go 1.19's time/format.go so that
// layouts, padding, zone printing, parse errors (*time.ParseError) and
// their texts are Go's.
#include <string.h>

#include "time_internal.h"

enum {
    STD_NEED_DATE = 1 << 8,
    STD_NEED_CLOCK = 2 << 8,
    STD_ARG_SHIFT = 16,
    STD_SEPARATOR_SHIFT = 28,
    STD_MASK = (1 << STD_ARG_SHIFT) - 1,
};

// The std chunk codes, numbered as Go's iota list.
enum {
    STD_LONG_MONTH = 1 + STD_NEED_DATE, STD_MONTH, STD_NUM_MONTH, STD_ZERO_MONTH, STD_LONG_WEEKDAY, STD_WEEKDAY,
    STD_DAY, STD_UNDER_DAY, STD_ZERO_DAY, STD_UNDER_YEARDAY, STD_ZERO_YEARDAY,
    STD_HOUR = 12 + STD_NEED_CLOCK, STD_HOUR12, STD_ZERO_HOUR12, STD_MINUTE, STD_ZERO_MINUTE, STD_SECOND,
    STD_ZERO_SECOND,
    STD_LONG_YEAR = 19 + STD_NEED_DATE, STD_YEAR,
    STD_PM = 21 + STD_NEED_CLOCK, STD_pm,
    STD_TZ = 23, STD_ISO8601_TZ, STD_ISO8601_SECONDS_TZ, STD_ISO8601_SHORT_TZ, STD_ISO8601_COLON_TZ,
    STD_ISO8601_COLON_SECONDS_TZ, STD_NUM_TZ, STD_NUM_SECONDS_TZ, STD_NUM_SHORT_TZ, STD_NUM_COLON_TZ,
    STD_NUM_COLON_SECONDS_TZ, STD_FRAC_SECOND0, STD_FRAC_SECOND9,
};

static const int std0x[] = {STD_ZERO_MONTH, STD_ZERO_DAY, STD_ZERO_HOUR12, STD_ZERO_MINUTE, STD_ZERO_SECOND, STD_YEAR};

static const char *const short_day[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const short_month[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

typedef struct Str { const uint8_t *p; int64_t n; } Str;

static bool has(Str s, int64_t i, const char *lit) {
    int64_t k = (int64_t)strlen(lit);
    return s.n >= i + k && memcmp(s.p + i, lit, (size_t)k) == 0;
}

static bool is_digit_at(Str s, int64_t i) { return i < s.n && s.p[i] >= '0' && s.p[i] <= '9'; }

static bool starts_lower(Str s, int64_t i) { return i < s.n && s.p[i] >= 'a' && s.p[i] <= 'z'; }

// next_std_chunk: Go's nextStdChunk: *prefix_len bytes of layout are
// literal, then the chunk std, then the suffix from *suffix_at.
static int next_std_chunk(Str l, int64_t *prefix_len, int64_t *suffix_at) {
#define RET(pl, code, sa) do { *prefix_len = (pl); *suffix_at = (sa); return (code); } while (0)
    for (int64_t i = 0; i < l.n; i++) {
        int c = l.p[i];
        switch (c) {
        case 'J':
            if (has(l, i, "Jan")) {
                if (has(l, i, "January")) RET(i, STD_LONG_MONTH, i + 7);
                if (!starts_lower(l, i + 3)) RET(i, STD_MONTH, i + 3);
            }
            break;
        case 'M':
            if (has(l, i, "Mon")) {
                if (has(l, i, "Monday")) RET(i, STD_LONG_WEEKDAY, i + 6);
                if (!starts_lower(l, i + 3)) RET(i, STD_WEEKDAY, i + 3);
            }
            if (has(l, i, "MST")) RET(i, STD_TZ, i + 3);
            break;
        case '0':
            if (l.n >= i + 2 && l.p[i + 1] >= '1' && l.p[i + 1] <= '6') RET(i, std0x[l.p[i + 1] - '1'], i + 2);
            if (has(l, i, "002")) RET(i, STD_ZERO_YEARDAY, i + 3);
            break;
        case '1':
            if (l.n >= i + 2 && l.p[i + 1] == '5') RET(i, STD_HOUR, i + 2);
            RET(i, STD_NUM_MONTH, i + 1);
        case '2':
            if (has(l, i, "2006")) RET(i, STD_LONG_YEAR, i + 4);
            RET(i, STD_DAY, i + 1);
        case '_':
            if (l.n >= i + 2 && l.p[i + 1] == '2') {
                if (has(l, i + 1, "2006")) RET(i + 1, STD_LONG_YEAR, i + 5);
                RET(i, STD_UNDER_DAY, i + 2);
            }
            if (has(l, i, "__2")) RET(i, STD_UNDER_YEARDAY, i + 3);
            break;
        case '3': RET(i, STD_HOUR12, i + 1);
        case '4': RET(i, STD_MINUTE, i + 1);
        case '5': RET(i, STD_SECOND, i + 1);
        case 'P':
            if (l.n >= i + 2 && l.p[i + 1] == 'M') RET(i, STD_PM, i + 2);
            break;
        case 'p':
            if (l.n >= i + 2 && l.p[i + 1] == 'm') RET(i, STD_pm, i + 2);
            break;
        case '-':
            if (has(l, i, "-070000")) RET(i, STD_NUM_SECONDS_TZ, i + 7);
            if (has(l, i, "-07:00:00")) RET(i, STD_NUM_COLON_SECONDS_TZ, i + 9);
            if (has(l, i, "-0700")) RET(i, STD_NUM_TZ, i + 5);
            if (has(l, i, "-07:00")) RET(i, STD_NUM_COLON_TZ, i + 6);
            if (has(l, i, "-07")) RET(i, STD_NUM_SHORT_TZ, i + 3);
            break;
        case 'Z':
            if (has(l, i, "Z070000")) RET(i, STD_ISO8601_SECONDS_TZ, i + 7);
            if (has(l, i, "Z07:00:00")) RET(i, STD_ISO8601_COLON_SECONDS_TZ, i + 9);
            if (has(l, i, "Z0700")) RET(i, STD_ISO8601_TZ, i + 5);
            if (has(l, i, "Z07:00")) RET(i, STD_ISO8601_COLON_TZ, i + 6);
            if (has(l, i, "Z07")) RET(i, STD_ISO8601_SHORT_TZ, i + 3);
            break;
        case '.':
        case ',':
            if (i + 1 < l.n && (l.p[i + 1] == '0' || l.p[i + 1] == '9')) {
                uint8_t ch = l.p[i + 1];
                int64_t j = i + 1;
                while (j < l.n && l.p[j] == ch) j++;
                if (!is_digit_at(l, j)) {
                    int code = ch == '9' ? STD_FRAC_SECOND9 : STD_FRAC_SECOND0;
                    int std = code | (int)(((j - (i + 1)) & 0xfff) << STD_ARG_SHIFT);
                    if (c == ',') std |= 1 << STD_SEPARATOR_SHIFT;
                    RET(i, std, j);
                }
            }
            break;
        }
    }
    RET(l.n, 0, l.n);
#undef RET
}

static int digits_len(int std) { return (std >> STD_ARG_SHIFT) & 0xfff; }

// append_int: Go's appendInt (zero-padded to width).
static void append_int(StrBuf *b, int64_t x, int width) {
    uint64_t u = (uint64_t)x;
    if (x < 0) {
        sb_putc(b, '-');
        u = -(uint64_t)x;
    }
    char buf[20];
    int i = 20;
    while (u >= 10) {
        buf[--i] = (char)('0' + u % 10);
        u /= 10;
    }
    buf[--i] = (char)('0' + u);
    for (int w = 20 - i; w < width; w++) sb_putc(b, '0');
    sb_put(b, buf + i, (size_t)(20 - i));
}

static void format_nano(StrBuf *b, uint32_t nanosec, int std) {
    int n = digits_len(std);
    char sep = (std >> STD_SEPARATOR_SHIFT) ? ',' : '.';
    bool trim = (std & STD_MASK) == STD_FRAC_SECOND9;
    char buf[9];
    for (int i = 8; i >= 0; i--) {
        buf[i] = (char)('0' + nanosec % 10);
        nanosec /= 10;
    }
    if (n > 9) n = 9;
    if (trim) {
        while (n > 0 && buf[n - 1] == '0') n--;
        if (n == 0) return;
    }
    sb_putc(b, sep);
    sb_put(b, buf, (size_t)n);
}

static void format_zone(StrBuf *b, int std, int64_t offset) {
    bool iso = std == STD_ISO8601_TZ || std == STD_ISO8601_COLON_TZ || std == STD_ISO8601_SECONDS_TZ
        || std == STD_ISO8601_SHORT_TZ || std == STD_ISO8601_COLON_SECONDS_TZ;
    if (offset == 0 && iso) {
        sb_putc(b, 'Z');
        return;
    }
    int64_t zone = offset / 60, absoffset = offset;
    if (zone < 0) {
        sb_putc(b, '-');
        zone = -zone;
        absoffset = -absoffset;
    } else {
        sb_putc(b, '+');
    }
    append_int(b, zone / 60, 2);
    if (std == STD_ISO8601_COLON_TZ || std == STD_NUM_COLON_TZ || std == STD_ISO8601_COLON_SECONDS_TZ
        || std == STD_NUM_COLON_SECONDS_TZ)
        sb_putc(b, ':');
    if (std != STD_NUM_SHORT_TZ && std != STD_ISO8601_SHORT_TZ) append_int(b, zone % 60, 2);
    if (std == STD_ISO8601_SECONDS_TZ || std == STD_NUM_SECONDS_TZ || std == STD_NUM_COLON_SECONDS_TZ
        || std == STD_ISO8601_COLON_SECONDS_TZ) {
        if (std == STD_NUM_COLON_SECONDS_TZ || std == STD_ISO8601_COLON_SECONDS_TZ) sb_putc(b, ':');
        append_int(b, absoffset % 60, 2);
    }
}

typedef struct Fields {
    int64_t year;
    int month, day, yday, hour, min, sec;
} Fields;

static int weekday_of(uint64_t abs) { return (int)(((abs + 1 * (uint64_t)SECONDS_PER_DAY) % SECONDS_PER_WEEK) / SECONDS_PER_DAY); }

static void format_std(StrBuf *b, int std, const Fields *f, uint64_t abs, GoString name, int64_t offset,
                       int32_t nsec) {
    int hr;
    switch (std & STD_MASK) {
    case STD_YEAR: append_int(b, (f->year < 0 ? -f->year : f->year) % 100, 2); break;
    case STD_LONG_YEAR: append_int(b, f->year, 4); break;
    case STD_MONTH: sb_put(b, time_long_month[f->month - 1], 3); break;
    case STD_LONG_MONTH: sb_puts(b, time_long_month[f->month - 1]); break;
    case STD_NUM_MONTH: append_int(b, f->month, 0); break;
    case STD_ZERO_MONTH: append_int(b, f->month, 2); break;
    case STD_WEEKDAY: sb_put(b, time_long_day[weekday_of(abs)], 3); break;
    case STD_LONG_WEEKDAY: sb_puts(b, time_long_day[weekday_of(abs)]); break;
    case STD_DAY: append_int(b, f->day, 0); break;
    case STD_UNDER_DAY:
        if (f->day < 10) sb_putc(b, ' ');
        append_int(b, f->day, 0);
        break;
    case STD_ZERO_DAY: append_int(b, f->day, 2); break;
    case STD_UNDER_YEARDAY:
        if (f->yday < 100) sb_puts(b, f->yday < 10 ? "  " : " ");
        append_int(b, f->yday, 0);
        break;
    case STD_ZERO_YEARDAY: append_int(b, f->yday, 3); break;
    case STD_HOUR: append_int(b, f->hour, 2); break;
    case STD_HOUR12:
    case STD_ZERO_HOUR12:
        hr = f->hour % 12;
        append_int(b, hr == 0 ? 12 : hr, (std & STD_MASK) == STD_ZERO_HOUR12 ? 2 : 0);
        break;
    case STD_MINUTE: append_int(b, f->min, 0); break;
    case STD_ZERO_MINUTE: append_int(b, f->min, 2); break;
    case STD_SECOND: append_int(b, f->sec, 0); break;
    case STD_ZERO_SECOND: append_int(b, f->sec, 2); break;
    case STD_PM: sb_puts(b, f->hour >= 12 ? "PM" : "AM"); break;
    case STD_pm: sb_puts(b, f->hour >= 12 ? "pm" : "am"); break;
    case STD_TZ:
        if (name.len > 0) {
            sb_put(b, name.ptr, (size_t)name.len);
            break;
        }
        {
            int64_t zone = offset / 60;
            sb_putc(b, zone < 0 ? '-' : '+');
            if (zone < 0) zone = -zone;
            append_int(b, zone / 60, 2);
            append_int(b, zone % 60, 2);
        }
        break;
    case STD_FRAC_SECOND0:
    case STD_FRAC_SECOND9: format_nano(b, (uint32_t)nsec, std); break;
    default: format_zone(b, std & STD_MASK, offset); break;
    }
}

void time_append_format(Runtime *rt, const GoTime *t, StrBuf *b, GoString layout) {
    GoString name;
    int64_t offset;
    uint64_t abs;
    time_locabs(rt, t, &name, &offset, &abs);
    Fields f = {.year = -1, .hour = -1};
    bool have_date = false;
    Str l = {layout.ptr, layout.len};
    while (l.n > 0) {
        int64_t pl, sa;
        int std = next_std_chunk(l, &pl, &sa);
        if (pl > 0) sb_put(b, l.p, (size_t)pl);
        if (std == 0) break;
        l.p += sa;
        l.n -= sa;
        if (!have_date && (std & STD_NEED_DATE)) {
            time_abs_date(abs, true, &f.year, &f.month, &f.day, &f.yday);
            f.yday++;
            have_date = true;
        }
        if (f.hour < 0 && (std & STD_NEED_CLOCK)) {
            int s = (int)(abs % SECONDS_PER_DAY);
            f.hour = s / SECONDS_PER_HOUR;
            s -= f.hour * SECONDS_PER_HOUR;
            f.min = s / SECONDS_PER_MINUTE;
            f.sec = s - f.min * SECONDS_PER_MINUTE;
        }
        format_std(b, std, &f, abs, name, offset, time_nsec(t));
    }
}

void time_string(Runtime *rt, const GoTime *t, StrBuf *b) {
    static const char layout[] = "2006-01-02 15:04:05.999999999 -0700 MST";
    time_append_format(rt, t, b, (GoString){(const uint8_t *)layout, sizeof layout - 1});
    if (!(t->wall & HAS_MONOTONIC)) return;
    uint64_t m2 = (uint64_t)t->ext;
    char sign = '+';
    if (t->ext < 0) {
        sign = '-';
        m2 = -m2;
    }
    uint64_t m1 = m2 / 1000000000, m0;
    m2 %= 1000000000;
    m0 = m1 / 1000000000;
    m1 %= 1000000000;
    sb_puts(b, " m=");
    sb_putc(b, sign);
    int wid = 0;
    if (m0 != 0) {
        append_int(b, (int64_t)m0, 0);
        wid = 9;
    }
    append_int(b, (int64_t)m1, wid);
    sb_putc(b, '.');
    append_int(b, (int64_t)m2, 9);
}

void time_quote(StrBuf *b, GoString s) {
    static const char hex[] = "0123456789abcdef";
    sb_putc(b, '"');
    for (int64_t i = 0; i < s.len;) {
        int size;
        int32_t c = rt_decode_rune(s, i, &size);
        if (c >= 0x80 || c < ' ') {
            int width = size;
            if (c == 0xFFFD) {
                width = 1;
                if (i + 2 < s.len && memcmp(s.ptr + i, "\xEF\xBF\xBD", 3) == 0) width = 3;
            }
            for (int j = 0; j < width; j++) {
                sb_puts(b, "\\x");
                sb_putc(b, hex[s.ptr[i + j] >> 4]);
                sb_putc(b, hex[s.ptr[i + j] & 0xF]);
            }
        } else {
            if (c == '"' || c == '\\') sb_putc(b, '\\');
            sb_putc(b, (char)c);
        }
        i += size;
    }
    sb_putc(b, '"');
}

// ---- parse ----

// ParseError: struct { Layout, Value, LayoutElem, ValueElem, Message string }.
typedef struct ParseError { GoString layout, value, layout_elem, value_elem, message; } ParseError;

static GoString str_of(Runtime *rt, const uint8_t *p, int64_t n) { return rt_string_from_c(rt, (const char *)p, (size_t)n); }

static void set_str(Runtime *rt, GoString *slot, GoString s) {
    gc_write_ptr(rt, (void **)&slot->ptr, (void *)s.ptr);
    slot->len = s.len;
}

static GoIface parse_error(Runtime *rt, GoString layout, GoString value, Str lelem, Str velem, const char *msg,
                           Str quoted) {
    ParseError *e = rt_alloc(rt, time_type(rt, "ParseError", false));
    set_str(rt, &e->layout, layout);
    set_str(rt, &e->value, value);
    set_str(rt, &e->layout_elem, str_of(rt, lelem.p, lelem.n));
    set_str(rt, &e->value_elem, str_of(rt, velem.p, velem.n));
    if (msg) {
        StrBuf m = {0};
        sb_puts(&m, msg);
        if (quoted.p) time_quote(&m, (GoString){quoted.p, quoted.n});
        set_str(rt, &e->message, str_of(rt, (const uint8_t *)m.p, (int64_t)m.len));
        sb_free(&m);
    }
    return (GoIface){time_type(rt, "ParseError", true), e};
}

void rt_time_parse_error_error(Runtime *rt, Value *a, Value *res) {
    ParseError *e = a[0].p;
    if (!e) rt_panic_nil_deref(rt);
    StrBuf b = {0};
    sb_puts(&b, "parsing time ");
    time_quote(&b, e->value);
    if (e->message.len == 0) {
        sb_puts(&b, " as ");
        time_quote(&b, e->layout);
        sb_puts(&b, ": cannot parse ");
        time_quote(&b, e->value_elem);
        sb_puts(&b, " as ");
        time_quote(&b, e->layout_elem);
    } else {
        sb_put(&b, e->message.ptr, (size_t)e->message.len);
    }
    res[0].s = str_of(rt, (const uint8_t *)b.p, (int64_t)b.len);
    sb_free(&b);
}

static bool match_fold(const uint8_t *s1, const char *s2, size_t n) {
    for (size_t i = 0; i < n; i++) {
        uint8_t c1 = s1[i], c2 = (uint8_t)s2[i];
        if (c1 != c2) {
            c1 |= 'a' - 'A';
            c2 |= 'a' - 'A';
            if (c1 != c2 || c1 < 'a' || c1 > 'z') return false;
        }
    }
    return true;
}

static bool lookup_name(const char *const *tab, int n, Str *v, int *out) {
    for (int i = 0; i < n; i++) {
        size_t k = strlen(tab[i]);
        if ((size_t)v->n >= k && match_fold(v->p, tab[i], k)) {
            v->p += k;
            v->n -= (int64_t)k;
            *out = i;
            return true;
        }
    }
    return false;
}

static bool getnum(Str *s, bool fixed, int *out) {
    *out = 0;   // Go's getnum returns 0 with errBad (range checks see it)
    if (!is_digit_at(*s, 0)) return false;
    if (!is_digit_at(*s, 1)) {
        if (fixed) return false;
        *out = s->p[0] - '0';
        s->p++;
        s->n--;
        return true;
    }
    *out = (s->p[0] - '0') * 10 + (s->p[1] - '0');
    s->p += 2;
    s->n -= 2;
    return true;
}

static bool getnum3(Str *s, bool fixed, int *out) {
    int n = 0, i = 0;
    for (; i < 3 && is_digit_at(*s, i); i++) n = n * 10 + (s->p[i] - '0');
    *out = 0;
    if (i == 0 || (fixed && i != 3)) return false;
    s->p += i;
    s->n -= i;
    *out = n;
    return true;
}

// leading_int: Go's leadingInt; false on overflow.
static bool leading_int(Str *s, uint64_t *x) {
    int64_t i = 0;
    *x = 0;
    for (; i < s->n; i++) {
        uint8_t c = s->p[i];
        if (c < '0' || c > '9') break;
        if (*x > (UINT64_C(1) << 63) / 10) return false;
        *x = *x * 10 + (c - '0');
        if (*x > UINT64_C(1) << 63) return false;
    }
    s->p += i;
    s->n -= i;
    return true;
}

// go_atoi: Go's time.atoi.
static bool go_atoi(Str s, int64_t *out) {
    bool neg = false;
    if (s.n > 0 && (s.p[0] == '-' || s.p[0] == '+')) {
        neg = s.p[0] == '-';
        s.p++;
        s.n--;
    }
    uint64_t q;
    if (!leading_int(&s, &q) || s.n != 0) return false;
    *out = neg ? -(int64_t)q : (int64_t)q;
    return true;
}

static bool skip_prefix(Str *v, Str prefix) {
    while (prefix.n > 0) {
        if (prefix.p[0] == ' ') {
            if (v->n > 0 && v->p[0] != ' ') return false;
            while (prefix.n > 0 && prefix.p[0] == ' ') prefix.p++, prefix.n--;
            while (v->n > 0 && v->p[0] == ' ') v->p++, v->n--;
            continue;
        }
        if (v->n == 0 || v->p[0] != prefix.p[0]) return false;
        prefix.p++, prefix.n--;
        v->p++, v->n--;
    }
    return true;
}

static bool comma_or_period(uint8_t b) { return b == '.' || b == ','; }

static bool parse_nanoseconds(Str v, int64_t nbytes, int64_t *ns, const char **range_err) {
    if (!comma_or_period(v.p[0])) return false;
    if (nbytes > 10) nbytes = 10;
    if (!go_atoi((Str){v.p + 1, nbytes - 1}, ns)) return false;
    if (*ns < 0) {
        *range_err = "fractional second";
        return true;
    }
    for (int64_t i = 0; i < 10 - nbytes; i++) *ns *= 10;
    return true;
}

static int64_t parse_signed_offset(Str v) {
    if (v.p[0] != '-' && v.p[0] != '+') return 0;
    Str r = {v.p + 1, v.n - 1};
    uint64_t x;
    if (!leading_int(&r, &x) || r.n == v.n - 1) return 0;
    if (x > 23) return 0;
    return v.n - r.n;
}

static bool parse_time_zone(Str v, int64_t *len) {
    if (v.n < 3) return false;
    if (has(v, 0, "ChST") || has(v, 0, "MeST")) {
        *len = 4;
        return true;
    }
    if (has(v, 0, "GMT")) {
        *len = v.n == 3 ? 3 : 3 + parse_signed_offset((Str){v.p + 3, v.n - 3});
        return true;
    }
    if (v.p[0] == '+' || v.p[0] == '-') {
        *len = parse_signed_offset(v);
        return *len > 0;
    }
    int n = 0;
    while (n < 6 && n < v.n && v.p[n] >= 'A' && v.p[n] <= 'Z') n++;
    switch (n) {
    case 5:
        if (v.p[4] == 'T') return *len = 5, true;
        break;
    case 4:
        if (v.p[3] == 'T' || has(v, 0, "WITA")) return *len = 4, true;
        break;
    case 3: return *len = 3, true;
    }
    return false;
}

typedef struct ParseState {
    int64_t year, nsec;
    int month, day, yday, hour, min, sec;
    bool am, pm;
    Location *z;
    int64_t zone_offset;
    Str zone_name;
    const char *range_err;
} ParseState;

// parse_zone_offset handles the numeric zone chunks; false on bad input.
static bool parse_zone_offset(Runtime *rt, int std, Str *v, ParseState *ps) {
    if ((std == STD_ISO8601_TZ || std == STD_ISO8601_SHORT_TZ || std == STD_ISO8601_COLON_TZ) && v->n >= 1
        && v->p[0] == 'Z') {
        v->p++, v->n--;
        ps->z = time_state(rt)->utc;
        return true;
    }
    Str sign, hour, min, secs = {(const uint8_t *)"00", 2};
    int64_t used;
    if (std == STD_ISO8601_COLON_TZ || std == STD_NUM_COLON_TZ) {
        if (v->n < 6 || v->p[3] != ':') return false;
        hour = (Str){v->p + 1, 2}, min = (Str){v->p + 4, 2}, used = 6;
    } else if (std == STD_NUM_SHORT_TZ || std == STD_ISO8601_SHORT_TZ) {
        if (v->n < 3) return false;
        hour = (Str){v->p + 1, 2}, min = (Str){(const uint8_t *)"00", 2}, used = 3;
    } else if (std == STD_ISO8601_COLON_SECONDS_TZ || std == STD_NUM_COLON_SECONDS_TZ) {
        if (v->n < 9 || v->p[3] != ':' || v->p[6] != ':') return false;
        hour = (Str){v->p + 1, 2}, min = (Str){v->p + 4, 2}, secs = (Str){v->p + 7, 2}, used = 9;
    } else if (std == STD_ISO8601_SECONDS_TZ || std == STD_NUM_SECONDS_TZ) {
        if (v->n < 7) return false;
        hour = (Str){v->p + 1, 2}, min = (Str){v->p + 3, 2}, secs = (Str){v->p + 5, 2}, used = 7;
    } else {
        if (v->n < 5) return false;
        hour = (Str){v->p + 1, 2}, min = (Str){v->p + 3, 2}, used = 5;
    }
    sign = (Str){v->p, 1};
    v->p += used, v->n -= used;
    int64_t hr = 0, mm = 0, ss = 0;
    bool ok = go_atoi(hour, &hr) && go_atoi(min, &mm) && go_atoi(secs, &ss);
    ps->zone_offset = (hr * 60 + mm) * 60 + ss;
    if (sign.p[0] == '-')
        ps->zone_offset = -ps->zone_offset;
    else if (sign.p[0] != '+')
        ok = false;
    return ok;
}

// parse_std parses one chunk of the value; false for errBad.
static bool parse_std(Runtime *rt, int std, Str layout_rest, Str *v, ParseState *ps) {
    int x;
    switch (std & STD_MASK) {
    case STD_YEAR: {
        if (v->n < 2) return false;
        int64_t y;
        if (!go_atoi((Str){v->p, 2}, &y)) return false;
        v->p += 2, v->n -= 2;
        ps->year = y >= 69 ? y + 1900 : y + 2000;
        return true;
    }
    case STD_LONG_YEAR:
        if (v->n < 4 || !is_digit_at(*v, 0)) return false;
        if (!go_atoi((Str){v->p, 4}, &ps->year)) {
            v->p += 4, v->n -= 4;
            return false;
        }
        v->p += 4, v->n -= 4;
        return true;
    case STD_MONTH:
        if (!lookup_name(short_month, 12, v, &x)) return false;
        ps->month = x + 1;
        return true;
    case STD_LONG_MONTH:
        if (!lookup_name(time_long_month, 12, v, &x)) return false;
        ps->month = x + 1;
        return true;
    case STD_NUM_MONTH:
    case STD_ZERO_MONTH:
        if (!getnum(v, (std & STD_MASK) == STD_ZERO_MONTH, &ps->month)) return false;
        if (ps->month <= 0 || 12 < ps->month) ps->range_err = "month";
        return true;
    case STD_WEEKDAY: return lookup_name(short_day, 7, v, &x);
    case STD_LONG_WEEKDAY: return lookup_name(time_long_day, 7, v, &x);
    case STD_DAY:
    case STD_UNDER_DAY:
    case STD_ZERO_DAY:
        if ((std & STD_MASK) == STD_UNDER_DAY && v->n > 0 && v->p[0] == ' ') v->p++, v->n--;
        return getnum(v, (std & STD_MASK) == STD_ZERO_DAY, &ps->day);
    case STD_UNDER_YEARDAY:
    case STD_ZERO_YEARDAY:
        for (int i = 0; i < 2; i++)
            if ((std & STD_MASK) == STD_UNDER_YEARDAY && v->n > 0 && v->p[0] == ' ') v->p++, v->n--;
        return getnum3(v, (std & STD_MASK) == STD_ZERO_YEARDAY, &ps->yday);
    case STD_HOUR: {
        bool ok = getnum(v, false, &ps->hour);
        if (ps->hour < 0 || 24 <= ps->hour) ps->range_err = "hour";
        return ok;
    }
    case STD_HOUR12:
    case STD_ZERO_HOUR12: {
        bool ok = getnum(v, (std & STD_MASK) == STD_ZERO_HOUR12, &ps->hour);
        if (ps->hour < 0 || 12 < ps->hour) ps->range_err = "hour";
        return ok;
    }
    case STD_MINUTE:
    case STD_ZERO_MINUTE: {
        bool ok = getnum(v, (std & STD_MASK) == STD_ZERO_MINUTE, &ps->min);
        if (ps->min < 0 || 60 <= ps->min) ps->range_err = "minute";
        return ok;
    }
    case STD_SECOND:
    case STD_ZERO_SECOND: {
        bool ok = getnum(v, (std & STD_MASK) == STD_ZERO_SECOND, &ps->sec);
        if (ps->sec < 0 || 60 <= ps->sec) {
            ps->range_err = "second";
            return ok;
        }
        // Go checks for a fraction even when getnum failed (".6" for "5"
        // parses as 0.6s: parseNanoseconds clears the error)
        if (v->n >= 2 && comma_or_period(v->p[0]) && is_digit_at(*v, 1)) {
            int64_t pl, sa;
            int next = next_std_chunk(layout_rest, &pl, &sa) & STD_MASK;
            if (next == STD_FRAC_SECOND0 || next == STD_FRAC_SECOND9) return ok;
            int64_t n = 2;
            while (n < v->n && is_digit_at(*v, n)) n++;
            ok = parse_nanoseconds(*v, n, &ps->nsec, &ps->range_err);
            v->p += n, v->n -= n;
        }
        return ok;
    }
    case STD_PM:
    case STD_pm: {
        if (v->n < 2) return false;
        bool upper = (std & STD_MASK) == STD_PM;
        Str p = {v->p, 2};
        v->p += 2, v->n -= 2;
        if (has(p, 0, upper ? "PM" : "pm")) ps->pm = true;
        else if (has(p, 0, upper ? "AM" : "am")) ps->am = true;
        else return false;
        return true;
    }
    case STD_TZ: {
        if (has(*v, 0, "UTC")) {
            ps->z = time_state(rt)->utc;
            v->p += 3, v->n -= 3;
            return true;
        }
        int64_t n;
        if (!parse_time_zone(*v, &n)) return false;
        ps->zone_name = (Str){v->p, n};
        v->p += n, v->n -= n;
        return true;
    }
    case STD_FRAC_SECOND0: {
        int64_t ndigit = 1 + digits_len(std);
        if (v->n < ndigit) return false;
        bool ok = parse_nanoseconds(*v, ndigit, &ps->nsec, &ps->range_err);
        v->p += ndigit, v->n -= ndigit;
        return ok;
    }
    case STD_FRAC_SECOND9: {
        if (v->n < 2 || !comma_or_period(v->p[0]) || v->p[1] < '0' || '9' < v->p[1]) return true;
        int64_t i = 0;
        while (i < 9 && i + 1 < v->n && '0' <= v->p[i + 1] && v->p[i + 1] <= '9') i++;
        bool ok = parse_nanoseconds(*v, 1 + i, &ps->nsec, &ps->range_err);
        v->p += 1 + i, v->n -= 1 + i;
        return ok;
    }
    default: return parse_zone_offset(rt, std & STD_MASK, v, ps);
    }
}

static const Str NO_STR = {NULL, 0};

// finish_yday resolves a day of the year; NULL or the error message.
static const char *finish_yday(ParseState *ps) {
    int d = 0, m = 0, yday = ps->yday;
    if (time_is_leap(ps->year)) {
        if (yday == 31 + 29) {
            m = 2;
            d = 29;
        } else if (yday > 31 + 29) {
            yday--;
        }
    }
    if (yday < 1 || yday > 365) return ": day-of-year out of range";
    if (m == 0) {
        m = (yday - 1) / 31 + 1;
        if (time_days_before[m] < yday) m++;
        d = yday - time_days_before[m - 1];
    }
    if (ps->month >= 0 && ps->month != m) return ": day-of-year does not match month";
    ps->month = m;
    if (ps->day >= 0 && ps->day != d) return ": day-of-year does not match day";
    ps->day = d;
    return NULL;
}

static GoTime finish_zone(Runtime *rt, ParseState *ps, Location *def, Location *local) {
    struct TimeState *ts = time_state(rt);
    if (ps->z) return time_date(rt, ps->year, ps->month, ps->day, ps->hour, ps->min, ps->sec, ps->nsec, ps->z);
    GoString zname = str_of(rt, ps->zone_name.p, ps->zone_name.n);
    if (ps->zone_offset != -1) {
        GoTime t = time_date(rt, ps->year, ps->month, ps->day, ps->hour, ps->min, ps->sec, ps->nsec, ts->utc);
        time_add_sec(&t, -ps->zone_offset);
        GoString name;
        int64_t offset;
        loc_lookup(rt, local, time_unix_sec(&t), &name, &offset, NULL, NULL, NULL);
        if (offset == ps->zone_offset && (zname.len == 0 || (name.len == zname.len && memcmp(name.ptr, zname.ptr, (size_t)name.len) == 0))) {
            time_set_loc(rt, &t, local);
            return t;
        }
        time_set_loc(rt, &t, loc_fixed(rt, zname, ps->zone_offset));
        return t;
    }
    if (zname.len > 0) {
        GoTime t = time_date(rt, ps->year, ps->month, ps->day, ps->hour, ps->min, ps->sec, ps->nsec, ts->utc);
        int64_t offset = 0;
        if (loc_lookup_name(rt, local, zname, time_unix_sec(&t), &offset)) {
            time_add_sec(&t, -offset);
            time_set_loc(rt, &t, local);
            return t;
        }
        if (zname.len > 3 && memcmp(zname.ptr, "GMT", 3) == 0) {
            go_atoi((Str){zname.ptr + 3, zname.len - 3}, &offset);
            offset *= 3600;
        }
        time_set_loc(rt, &t, loc_fixed(rt, zname, offset));
        return t;
    }
    return time_date(rt, ps->year, ps->month, ps->day, ps->hour, ps->min, ps->sec, ps->nsec, def);
}

bool time_parse(Runtime *rt, GoString alayout, GoString avalue, Location *def, Location *local, GoTime *out,
                GoIface *err) {
    ParseState ps = {.month = -1, .day = -1, .yday = -1, .zone_offset = -1};
    Str layout = {alayout.ptr, alayout.len}, value = {avalue.ptr, avalue.len};
    memset(out, 0, sizeof *out);
    for (;;) {
        int64_t pl, sa;
        int std = next_std_chunk(layout, &pl, &sa);
        Str prefix = {layout.p, pl}, stdstr = {layout.p + pl, sa - pl};
        if (!skip_prefix(&value, prefix)) {
            *err = parse_error(rt, alayout, avalue, prefix, value, NULL, NO_STR);
            return false;
        }
        if (std == 0) {
            if (value.n != 0) {
                *err = parse_error(rt, alayout, avalue, NO_STR, value, ": extra text: ", value);
                return false;
            }
            break;
        }
        layout.p += sa, layout.n -= sa;
        bool ok = parse_std(rt, std, layout, &value, &ps);
        if (ps.range_err) {
            StrBuf m = {0};
            sb_puts(&m, ": ");
            sb_puts(&m, ps.range_err);
            sb_puts(&m, " out of range");
            sb_putc(&m, 0);
            *err = parse_error(rt, alayout, avalue, stdstr, value, m.p, NO_STR);
            sb_free(&m);
            return false;
        }
        if (!ok) {
            *err = parse_error(rt, alayout, avalue, stdstr, value, NULL, NO_STR);
            return false;
        }
    }
    if (ps.pm && ps.hour < 12)
        ps.hour += 12;
    else if (ps.am && ps.hour == 12)
        ps.hour = 0;
    if (ps.yday >= 0) {
        const char *msg = finish_yday(&ps);
        if (msg) {
            *err = parse_error(rt, alayout, avalue, NO_STR, value, msg, NO_STR);
            return false;
        }
    } else {
        if (ps.month < 0) ps.month = 1;
        if (ps.day < 0) ps.day = 1;
    }
    if (ps.day < 1 || ps.day > time_days_in(ps.month, ps.year)) {
        *err = parse_error(rt, alayout, avalue, NO_STR, value, ": day out of range", NO_STR);
        return false;
    }
    *out = finish_zone(rt, &ps, def, local);
    return true;
}

// ---- ParseDuration ----

static uint64_t leading_fraction(Str *s, double *scale) {
    uint64_t x = 0;
    int64_t i = 0;
    bool overflow = false;
    *scale = 1;
    for (; i < s->n; i++) {
        uint8_t c = s->p[i];
        if (c < '0' || c > '9') break;
        if (overflow) continue;
        if (x > (uint64_t)INT64_MAX / 10) {
            overflow = true;
            continue;
        }
        uint64_t y = x * 10 + (c - '0');
        if (y > UINT64_C(1) << 63) {
            overflow = true;
            continue;
        }
        x = y;
        *scale *= 10;
    }
    s->p += i;
    s->n -= i;
    return x;
}

static uint64_t unit_of(Str u) {
    static const struct { const char *name; uint64_t ns; } units[] = {
        {"ns", 1}, {"us", 1000}, {"\xC2\xB5s", 1000}, {"\xCE\xBCs", 1000}, {"ms", 1000000},
        {"s", 1000000000}, {"m", UINT64_C(60000000000)}, {"h", UINT64_C(3600000000000)},
    };
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++)
        if ((size_t)u.n == strlen(units[i].name) && memcmp(u.p, units[i].name, (size_t)u.n) == 0) return units[i].ns;
    return 0;
}

static bool duration_error(Runtime *rt, GoIface *err, const char *msg, Str unit, GoString orig) {
    StrBuf b = {0};
    sb_puts(&b, msg);
    if (unit.p) {
        time_quote(&b, (GoString){unit.p, unit.n});
        sb_puts(&b, " in duration ");
    }
    time_quote(&b, orig);
    *err = rt_error_new(rt, b.p, b.len);
    sb_free(&b);
    return false;
}

bool time_parse_duration(Runtime *rt, GoString orig, int64_t *out, GoIface *err) {
    Str s = {orig.ptr, orig.len};
    uint64_t d = 0;
    bool neg = false;
    const char *invalid = "time: invalid duration ";
    if (s.n > 0 && (s.p[0] == '-' || s.p[0] == '+')) {
        neg = s.p[0] == '-';
        s.p++, s.n--;
    }
    if (s.n == 1 && s.p[0] == '0') {
        *out = 0;
        return true;
    }
    if (s.n == 0) return duration_error(rt, err, invalid, NO_STR, orig);
    while (s.n > 0) {
        uint64_t v, f = 0;
        double scale = 1;
        if (!(s.p[0] == '.' || ('0' <= s.p[0] && s.p[0] <= '9'))) return duration_error(rt, err, invalid, NO_STR, orig);
        int64_t pl = s.n;
        if (!leading_int(&s, &v)) return duration_error(rt, err, invalid, NO_STR, orig);
        bool pre = pl != s.n, post = false;
        if (s.n > 0 && s.p[0] == '.') {
            s.p++, s.n--;
            int64_t pl2 = s.n;
            f = leading_fraction(&s, &scale);
            post = pl2 != s.n;
        }
        if (!pre && !post) return duration_error(rt, err, invalid, NO_STR, orig);
        int64_t i = 0;
        while (i < s.n && !(s.p[i] == '.' || ('0' <= s.p[i] && s.p[i] <= '9'))) i++;
        if (i == 0) return duration_error(rt, err, "time: missing unit in duration ", NO_STR, orig);
        Str u = {s.p, i};
        s.p += i, s.n -= i;
        uint64_t unit = unit_of(u);
        if (!unit) return duration_error(rt, err, "time: unknown unit ", u, orig);
        if (v > (UINT64_C(1) << 63) / unit) return duration_error(rt, err, invalid, NO_STR, orig);
        v *= unit;
        if (f > 0) {
            v += (uint64_t)((double)f * ((double)unit / scale));
            if (v > UINT64_C(1) << 63) return duration_error(rt, err, invalid, NO_STR, orig);
        }
        d += v;
        if (d > UINT64_C(1) << 63) return duration_error(rt, err, invalid, NO_STR, orig);
    }
    if (neg) {
        *out = (int64_t)-d;
        return true;
    }
    if (d > (uint64_t)INT64_MAX) return duration_error(rt, err, invalid, NO_STR, orig);
    *out = (int64_t)d;
    return true;
}
