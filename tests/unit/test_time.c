// test_time.c - package time's calendar arithmetic and POSIX TZ rules
// (runtime/pkg_time.c, time_zone.c), checked against values Go 1.19
// prints for the same inputs.
#include <check.h>
#include <string.h>

#include "runtime/time_internal.h"

static GoString gs(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

// abs_of: the absolute seconds of y-m-d 00:00 UTC (Go's Date, no zone).
static uint64_t abs_of(int64_t y, int m, int d) {
    uint64_t days = time_days_since_epoch(y) + (uint64_t)time_days_before[m - 1] + (uint64_t)(d - 1);
    if (time_is_leap(y) && m >= 3) days++;
    return days * SECONDS_PER_DAY;
}

START_TEST(abs_date_round_trip) {
    static const struct { int64_t y; int m, d, yday; } cases[] = {
        {1, 1, 1, 0}, {1970, 1, 1, 0}, {2000, 2, 29, 59}, {2000, 12, 31, 365}, {2023, 3, 14, 72},
        {-5, 1, 1, 0}, {-4, 12, 31, 365}, {12345, 6, 7, 157}, {1900, 3, 1, 59},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int64_t y;
        int m, d, yday;
        time_abs_date(abs_of(cases[i].y, cases[i].m, cases[i].d), true, &y, &m, &d, &yday);
        ck_assert_int_eq(y, cases[i].y);
        ck_assert_int_eq(m, cases[i].m);
        ck_assert_int_eq(d, cases[i].d);
        ck_assert_int_eq(yday, cases[i].yday);
    }
    ck_assert_int_eq(time_days_in(2, 1900), 28);
    ck_assert_int_eq(time_days_in(2, 2000), 29);
    ck_assert_int_eq(time_days_in(4, 2023), 30);
}
END_TEST

START_TEST(tzset_rules) {
    ZoneInfo zi;
    // America/New_York's footer; 2090-07-04 12:00 EDT is 3802809600 + 16*3600 UTC.
    ck_assert(time_tzset(gs("EST5EDT,M3.2.0,M11.1.0"), 0, INT64_C(3802809600) + 16 * 3600, &zi));
    ck_assert_int_eq(zi.name.len, 3);
    ck_assert(memcmp(zi.name.ptr, "EDT", 3) == 0);
    ck_assert_int_eq(zi.offset, -4 * 3600);
    ck_assert(zi.is_dst);
    ck_assert(time_tzset(gs("EST5EDT,M3.2.0,M11.1.0"), 0, INT64_C(3818448000), &zi));   // 2091-01-01
    ck_assert(memcmp(zi.name.ptr, "EST", 3) == 0);
    ck_assert_int_eq(zi.offset, -5 * 3600);
    // A zone without daylight saving, and names in <>.
    ck_assert(time_tzset(gs("<+0530>-5:30"), 7, 100, &zi));
    ck_assert_int_eq(zi.offset, 5 * 3600 + 30 * 60);
    ck_assert_int_eq(zi.start, 7);
    ck_assert_int_eq(zi.end, INT64_MAX);
    ck_assert(!time_tzset(gs("E5"), 0, 0, &zi));
    ck_assert(!time_tzset(gs("EST5EDT,M13.1.0,M11.1.0"), 0, 0, &zi));
}
END_TEST

Suite *time_suite(void);
Suite *time_suite(void) {
    Suite *s = suite_create("time");
    TCase *tc = tcase_create("calendar");
    tcase_add_test(tc, abs_date_round_trip);
    tcase_add_test(tc, tzset_rules);
    suite_add_tcase(s, tc);
    return s;
}
