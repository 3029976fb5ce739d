// pkg_bits.c - package math/bits (Go 1.19), on the compiler's bit
// builtins and 128-bit arithmetic; Div and Rem panic as Go does
// ("integer divide by zero", "integer overflow").
#include "pkg_internal.h"

static Value uv(uint64_t u) {
    Value v = {.w = {0, 0}};
    v.u = u;
    return v;
}

static Value iv(int64_t i) {
    Value v = {.w = {0, 0}};
    v.i = i;
    return v;
}

static int lz64(uint64_t x) { return x ? __builtin_clzll(x) : 64; }
static int tz64(uint64_t x) { return x ? __builtin_ctzll(x) : 64; }

#define A (a[0].u)
static void leading_zeros(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(lz64(A)); }
static void leading_zeros8(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(lz64((uint8_t)A) - 56); }
static void leading_zeros16(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(lz64((uint16_t)A) - 48); }
static void leading_zeros32(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(lz64((uint32_t)A) - 32); }
static void trailing_zeros(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(tz64(A)); }
static void trailing_zeros8(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv((uint8_t)A ? tz64(A & 0xff) : 8); }
static void trailing_zeros16(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv((uint16_t)A ? tz64(A & 0xffff) : 16); }
static void trailing_zeros32(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv((uint32_t)A ? tz64(A & 0xffffffff) : 32); }
static void ones_count(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(__builtin_popcountll(A)); }
static void ones_count8(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(__builtin_popcountll(A & 0xff)); }
static void ones_count16(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(__builtin_popcountll(A & 0xffff)); }
static void ones_count32(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(__builtin_popcountll(A & 0xffffffff)); }
static void len64(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(64 - lz64(A)); }
static void len8(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(64 - lz64(A & 0xff)); }
static void len16(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(64 - lz64(A & 0xffff)); }
static void len32(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = iv(64 - lz64(A & 0xffffffff)); }

// rotl: x (of width bits) rotated left by k (negative: right), as Go.
static uint64_t rotl(uint64_t x, int64_t k, int bits) {
    uint64_t mask = bits == 64 ? ~UINT64_C(0) : (UINT64_C(1) << bits) - 1;
    x &= mask;
    unsigned s = (unsigned)(k & (bits - 1));
    if (s == 0) return x;
    return ((x << s) | (x >> (bits - (int)s))) & mask;
}

static void rotate_left(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = uv(rotl(A, a[1].i, 64)); }
static void rotate_left8(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = uv(rotl(A, a[1].i, 8)); }
static void rotate_left16(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = uv(rotl(A, a[1].i, 16)); }
static void rotate_left32(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = uv(rotl(A, a[1].i, 32)); }

static uint64_t rev64(uint64_t x) {
    uint64_t r = 0;
    for (int i = 0; i < 64; i++, x >>= 1) r = (r << 1) | (x & 1);
    return r;
}

static void reverse(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = uv(rev64(A)); }
static void reverse8(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = uv(rev64(A) >> 56); }
static void reverse16(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = uv(rev64(A) >> 48); }
static void reverse32(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = uv(rev64(A) >> 32); }
static void reverse_bytes(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = uv(__builtin_bswap64(A)); }
static void reverse_bytes16(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = uv(__builtin_bswap16((uint16_t)A)); }
static void reverse_bytes32(Runtime *rt, Value *a, Value *r) { (void)rt, r[0] = uv(__builtin_bswap32((uint32_t)A)); }

static void add64(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    unsigned __int128 s = (unsigned __int128)a[0].u + a[1].u + a[2].u;
    r[0] = uv((uint64_t)s);
    r[1] = uv((uint64_t)(s >> 64));
}

static void add32(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    uint64_t s = (uint64_t)(uint32_t)a[0].u + (uint32_t)a[1].u + (uint32_t)a[2].u;
    r[0] = uv((uint32_t)s);
    r[1] = uv(s >> 32);
}

static void sub64(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    uint64_t x = a[0].u, y = a[1].u, b = a[2].u, d = x - y - b;
    r[0] = uv(d);
    r[1] = uv(((~x & y) | (~(x ^ y) & d)) >> 63);
}

static void sub32(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    uint32_t x = (uint32_t)a[0].u, y = (uint32_t)a[1].u, b = (uint32_t)a[2].u, d = x - y - b;
    r[0] = uv(d);
    r[1] = uv(((~x & y) | (~(x ^ y) & d)) >> 31);
}

static void mul64(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    unsigned __int128 p = (unsigned __int128)a[0].u * a[1].u;
    r[0] = uv((uint64_t)(p >> 64));
    r[1] = uv((uint64_t)p);
}

static void mul32(Runtime *rt, Value *a, Value *r) {
    (void)rt;
    uint64_t p = (uint64_t)(uint32_t)a[0].u * (uint32_t)a[1].u;
    r[0] = uv(p >> 32);
    r[1] = uv((uint32_t)p);
}

static void div64(Runtime *rt, Value *a, Value *r) {
    uint64_t hi = a[0].u, lo = a[1].u, y = a[2].u;
    if (y == 0) rt_panic_divide(rt);
    if (y <= hi) rt_panic_runtime(rt, "integer overflow");
    unsigned __int128 n = (unsigned __int128)hi << 64 | lo;
    r[0] = uv((uint64_t)(n / y));
    r[1] = uv((uint64_t)(n % y));
}

static void div32(Runtime *rt, Value *a, Value *r) {
    uint32_t hi = (uint32_t)a[0].u, lo = (uint32_t)a[1].u, y = (uint32_t)a[2].u;
    if (y != 0 && y <= hi) rt_panic_runtime(rt, "integer overflow");
    if (y == 0) rt_panic_divide(rt);
    uint64_t n = (uint64_t)hi << 32 | lo;
    r[0] = uv((uint32_t)(n / y));
    r[1] = uv((uint32_t)(n % y));
}

static void rem64(Runtime *rt, Value *a, Value *r) {
    if (a[2].u == 0) rt_panic_divide(rt);
    unsigned __int128 n = (unsigned __int128)(a[0].u % a[2].u) << 64 | a[1].u;
    r[0] = uv((uint64_t)(n % a[2].u));
}

static void rem32(Runtime *rt, Value *a, Value *r) {
    uint32_t y = (uint32_t)a[2].u;
    if (y == 0) rt_panic_divide(rt);
    uint64_t n = (uint64_t)(uint32_t)a[0].u << 32 | (uint32_t)a[1].u;
    r[0] = uv((uint32_t)(n % y));
}
#undef A

static const NativeFunc bits_funcs[] = {
    {"LeadingZeros", "func(x uint) int", leading_zeros},
    {"LeadingZeros8", "func(x uint8) int", leading_zeros8},
    {"LeadingZeros16", "func(x uint16) int", leading_zeros16},
    {"LeadingZeros32", "func(x uint32) int", leading_zeros32},
    {"LeadingZeros64", "func(x uint64) int", leading_zeros},
    {"TrailingZeros", "func(x uint) int", trailing_zeros},
    {"TrailingZeros8", "func(x uint8) int", trailing_zeros8},
    {"TrailingZeros16", "func(x uint16) int", trailing_zeros16},
    {"TrailingZeros32", "func(x uint32) int", trailing_zeros32},
    {"TrailingZeros64", "func(x uint64) int", trailing_zeros},
    {"OnesCount", "func(x uint) int", ones_count},
    {"OnesCount8", "func(x uint8) int", ones_count8},
    {"OnesCount16", "func(x uint16) int", ones_count16},
    {"OnesCount32", "func(x uint32) int", ones_count32},
    {"OnesCount64", "func(x uint64) int", ones_count},
    {"RotateLeft", "func(x uint, k int) uint", rotate_left},
    {"RotateLeft8", "func(x uint8, k int) uint8", rotate_left8},
    {"RotateLeft16", "func(x uint16, k int) uint16", rotate_left16},
    {"RotateLeft32", "func(x uint32, k int) uint32", rotate_left32},
    {"RotateLeft64", "func(x uint64, k int) uint64", rotate_left},
    {"Reverse", "func(x uint) uint", reverse},
    {"Reverse8", "func(x uint8) uint8", reverse8},
    {"Reverse16", "func(x uint16) uint16", reverse16},
    {"Reverse32", "func(x uint32) uint32", reverse32},
    {"Reverse64", "func(x uint64) uint64", reverse},
    {"ReverseBytes", "func(x uint) uint", reverse_bytes},
    {"ReverseBytes16", "func(x uint16) uint16", reverse_bytes16},
    {"ReverseBytes32", "func(x uint32) uint32", reverse_bytes32},
    {"ReverseBytes64", "func(x uint64) uint64", reverse_bytes},
    {"Len", "func(x uint) int", len64},
    {"Len8", "func(x uint8) int", len8},
    {"Len16", "func(x uint16) int", len16},
    {"Len32", "func(x uint32) int", len32},
    {"Len64", "func(x uint64) int", len64},
    {"Add", "func(x, y, carry uint) (sum, carryOut uint)", add64},
    {"Add32", "func(x, y, carry uint32) (sum, carryOut uint32)", add32},
    {"Add64", "func(x, y, carry uint64) (sum, carryOut uint64)", add64},
    {"Sub", "func(x, y, borrow uint) (diff, borrowOut uint)", sub64},
    {"Sub32", "func(x, y, borrow uint32) (diff, borrowOut uint32)", sub32},
    {"Sub64", "func(x, y, borrow uint64) (diff, borrowOut uint64)", sub64},
    {"Mul", "func(x, y uint) (hi, lo uint)", mul64},
    {"Mul32", "func(x, y uint32) (hi, lo uint32)", mul32},
    {"Mul64", "func(x, y uint64) (hi, lo uint64)", mul64},
    {"Div", "func(hi, lo, y uint) (quo, rem uint)", div64},
    {"Div32", "func(hi, lo, y uint32) (quo, rem uint32)", div32},
    {"Div64", "func(hi, lo, y uint64) (quo, rem uint64)", div64},
    {"Rem", "func(hi, lo, y uint) uint", rem64},
    {"Rem32", "func(hi, lo, y uint32) uint32", rem32},
    {"Rem64", "func(hi, lo, y uint64) uint64", rem64},
};

static const NativeConst bits_consts[] = {
    {"UintSize", "untyped int", "64"},
};

const NativePkg rt_pkg_bits = {
    .path = "math/bits", .name = "bits",
    .funcs = bits_funcs, .nfuncs = sizeof bits_funcs / sizeof bits_funcs[0],
    .consts = bits_consts, .nconsts = sizeof bits_consts / sizeof bits_consts[0],
};
