// pkg_hash.c - packages hash (the Hash, Hash32 and Hash64 interfaces),
// crypto/sha256, crypto/md5, hash/crc32 (IEEE) and hash/fnv: what scripts
// use to checksum files. The digests are Go structs laid out as Go's
// (sha256.digest, md5.digest...) updated by the block functions below
// (FIPS 180-4, RFC 1321); Sum works on a copy, as Go's does, so a digest
// keeps accepting writes. Written here rather than linked from libcrypto
// to keep start-up free of a large library for a few hundred lines.
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

static const GoIface no_error = {NULL, NULL};

static void *recv(Runtime *rt, Value *a) {
    if (!a[0].p) rt_panic_nil_deref(rt);
    return a[0].p;
}

static void put32be(uint8_t *p, uint32_t v) {
    p[0] = (uint8_t)(v >> 24), p[1] = (uint8_t)(v >> 16), p[2] = (uint8_t)(v >> 8), p[3] = (uint8_t)v;
}

static void put64be(uint8_t *p, uint64_t v) {
    put32be(p, (uint32_t)(v >> 32));
    put32be(p + 4, (uint32_t)v);
}

static uint32_t rotl(uint32_t x, int n) { return x << n | x >> (32 - n); }
static uint32_t rotr(uint32_t x, int n) { return x >> n | x << (32 - n); }

// A block digest (SHA-256 and MD5 share the buffering): Go's
// "struct { h [8]uint32; x [64]byte; nx int; len uint64; is224 bool }".
typedef struct Digest {
    uint32_t h[8];
    uint8_t x[64];
    int64_t nx;
    uint64_t len;
    bool is224;
} Digest;

typedef void (*BlockFn)(Digest *d, const uint8_t *p);

static void digest_write(Digest *d, BlockFn block, const uint8_t *p, size_t n) {
    d->len += n;
    if (d->nx > 0) {
        size_t k = 64 - (size_t)d->nx < n ? 64 - (size_t)d->nx : n;
        memcpy(d->x + d->nx, p, k);
        d->nx += (int64_t)k;
        p += k, n -= k;
        if (d->nx == 64) {
            block(d, d->x);
            d->nx = 0;
        }
    }
    for (; n >= 64; p += 64, n -= 64) block(d, p);
    if (n > 0) {
        memcpy(d->x, p, n);
        d->nx = (int64_t)n;
    }
}

// digest_pad: the final padding with the bit length, big- or little-endian.
static void digest_pad(Digest *d, BlockFn block, bool big_endian) {
    uint64_t bits = d->len << 3;
    uint8_t pad[72] = {0x80};
    size_t k = d->len % 64 < 56 ? 56 - d->len % 64 : 64 + 56 - d->len % 64;
    for (int i = 0; i < 8; i++) pad[k + (size_t)i] = big_endian ? (uint8_t)(bits >> (56 - 8 * i)) : (uint8_t)(bits >> (8 * i));
    digest_write(d, block, pad, k + 8);
}

// ---- SHA-256 ----

static const uint32_t k256[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
    0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
    0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static void sha256_block(Digest *d, const uint8_t *p) {
    uint32_t w[64];
    for (int i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (int i = 16; i < 64; i++) {
        uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
        uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
        w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint32_t a = d->h[0], b = d->h[1], c = d->h[2], e = d->h[4], f = d->h[5], g = d->h[6], h = d->h[7], dd = d->h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t t1 = h + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + k256[i] + w[i];
        uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
        h = g, g = f, f = e, e = dd + t1, dd = c, c = b, b = a, a = t1 + t2;
    }
    d->h[0] += a, d->h[1] += b, d->h[2] += c, d->h[3] += dd, d->h[4] += e, d->h[5] += f, d->h[6] += g, d->h[7] += h;
}

static void sha256_reset(Digest *d) {
    static const uint32_t iv256[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                      0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    static const uint32_t iv224[8] = {0xc1059ed8, 0x367cd507, 0x3070dd17, 0xf70e5939,
                                      0xffc00b31, 0x68581511, 0x64f98fa7, 0xbefa4fa4};
    memcpy(d->h, d->is224 ? iv224 : iv256, sizeof d->h);
    d->nx = 0;
    d->len = 0;
}

// sha256_sum: the digest of d's input so far (d unchanged) into out (32
// or 28 bytes).
static size_t sha256_sum(const Digest *d, uint8_t out[32]) {
    Digest c = *d;
    digest_pad(&c, sha256_block, true);
    for (int i = 0; i < 8; i++) put32be(out + 4 * i, c.h[i]);
    return c.is224 ? 28 : 32;
}

// ---- MD5 ----

static const uint32_t k_md5[64] = {
    0xd76aa478, 0xe8c7b756, 0x242070db, 0xc1bdceee, 0xf57c0faf, 0x4787c62a, 0xa8304613, 0xfd469501, 0x698098d8, 0x8b44f7af,
    0xffff5bb1, 0x895cd7be, 0x6b901122, 0xfd987193, 0xa679438e, 0x49b40821, 0xf61e2562, 0xc040b340, 0x265e5a51, 0xe9b6c7aa,
    0xd62f105d, 0x02441453, 0xd8a1e681, 0xe7d3fbc8, 0x21e1cde6, 0xc33707d6, 0xf4d50d87, 0x455a14ed, 0xa9e3e905, 0xfcefa3f8,
    0x676f02d9, 0x8d2a4c8a, 0xfffa3942, 0x8771f681, 0x6d9d6122, 0xfde5380c, 0xa4beea44, 0x4bdecfa9, 0xf6bb4b60, 0xbebfbc70,
    0x289b7ec6, 0xeaa127fa, 0xd4ef3085, 0x04881d05, 0xd9d4d039, 0xe6db99e5, 0x1fa27cf8, 0xc4ac5665, 0xf4292244, 0x432aff97,
    0xab9423a7, 0xfc93a039, 0x655b59c3, 0x8f0ccc92, 0xffeff47d, 0x85845dd1, 0x6fa87e4f, 0xfe2ce6e0, 0xa3014314, 0x4e0811a1,
    0xf7537e82, 0xbd3af235, 0x2ad7d2bb, 0xeb86d391,
};
static const int r_md5[64] = {7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 7, 12, 17, 22, 5, 9,  14, 20, 5, 9,
                              14, 20, 5, 9,  14, 20, 5, 9,  14, 20, 4, 11, 16, 23, 4, 11, 16, 23, 4, 11, 16, 23,
                              4, 11, 16, 23, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21, 6, 10, 15, 21};

static void md5_block(Digest *d, const uint8_t *p) {
    uint32_t m[16];
    for (int i = 0; i < 16; i++)
        m[i] = (uint32_t)p[4 * i] | (uint32_t)p[4 * i + 1] << 8 | (uint32_t)p[4 * i + 2] << 16 | (uint32_t)p[4 * i + 3] << 24;
    uint32_t a = d->h[0], b = d->h[1], c = d->h[2], dd = d->h[3];
    for (int i = 0; i < 64; i++) {
        uint32_t f;
        int g;
        if (i < 16) f = (b & c) | (~b & dd), g = i;
        else if (i < 32) f = (dd & b) | (~dd & c), g = (5 * i + 1) % 16;
        else if (i < 48) f = b ^ c ^ dd, g = (3 * i + 5) % 16;
        else f = c ^ (b | ~dd), g = (7 * i) % 16;
        uint32_t t = dd;
        dd = c, c = b;
        b = b + rotl(a + f + k_md5[i] + m[g], r_md5[i]);
        a = t;
    }
    d->h[0] += a, d->h[1] += b, d->h[2] += c, d->h[3] += dd;
}

static void md5_reset(Digest *d) {
    static const uint32_t iv[4] = {0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476};
    memcpy(d->h, iv, sizeof iv);
    d->nx = 0;
    d->len = 0;
}

static size_t md5_sum(const Digest *d, uint8_t out[16]) {
    Digest c = *d;
    digest_pad(&c, md5_block, false);
    for (int i = 0; i < 4; i++)
        for (int j = 0; j < 4; j++) out[4 * i + j] = (uint8_t)(c.h[i] >> (8 * j));
    return 16;
}

// ---- the Go side: Sum functions, New, the digest methods ----

// array_of: a [n]byte result holding p[0..n).
static void array_of(Runtime *rt, const uint8_t *p, size_t n, Value *res) {
    uint8_t *a = rt_alloc_noscan(rt, n, false);
    memcpy(a, p, n);
    res[0] = (Value){.w = {0, 0}};
    res[0].p = a;
}

static Digest *new_digest(Runtime *rt, const char *path, bool is224, Value *res) {
    Digest *d = rt_alloc(rt, rt_pkg_type(rt, path, "digest", false));
    d->is224 = is224;
    res[0].e = (GoIface){rt_pkg_type(rt, path, "digest", true), d};
    return d;
}

static void sha256_sum_fn(Runtime *rt, Value *a, Value *res, bool is224) {
    Digest d = {.is224 = is224};
    sha256_reset(&d);
    digest_write(&d, sha256_block, a[0].sl.ptr, a[0].sl.len);
    uint8_t out[32];
    array_of(rt, out, sha256_sum(&d, out), res);
}
static void sha256_sum256(Runtime *rt, Value *a, Value *res) { sha256_sum_fn(rt, a, res, false); }
static void sha256_sum224(Runtime *rt, Value *a, Value *res) { sha256_sum_fn(rt, a, res, true); }
static void sha256_new(Runtime *rt, Value *a, Value *res) { (void)a, sha256_reset(new_digest(rt, "crypto/sha256", false, res)); }
static void sha256_new224(Runtime *rt, Value *a, Value *res) { (void)a, sha256_reset(new_digest(rt, "crypto/sha256", true, res)); }

static void md5_sum_fn(Runtime *rt, Value *a, Value *res) {
    Digest d = {0};
    md5_reset(&d);
    digest_write(&d, md5_block, a[0].sl.ptr, a[0].sl.len);
    uint8_t out[16];
    array_of(rt, out, md5_sum(&d, out), res);
}
static void md5_new(Runtime *rt, Value *a, Value *res) { (void)a, md5_reset(new_digest(rt, "crypto/md5", false, res)); }

static void set_n(Value *res, int64_t n) {
    res[0] = (Value){.w = {0, 0}};
    res[0].i = n;
    res[1].e = no_error;
}

static void sha256_write(Runtime *rt, Value *a, Value *res) {
    digest_write(recv(rt, a), sha256_block, a[1].sl.ptr, a[1].sl.len);
    set_n(res, a[1].sl.len);
}
static void md5_write(Runtime *rt, Value *a, Value *res) {
    digest_write(recv(rt, a), md5_block, a[1].sl.ptr, a[1].sl.len);
    set_n(res, a[1].sl.len);
}

// sum_append: Sum(b): b with the digest appended.
static void sum_append(Runtime *rt, GoSlice b, const uint8_t *p, size_t n, Value *res) {
    res[0] = (Value){.w = {0, 0}};
    res[0].sl = rt_append(rt, &rt_ptype_uint8, b, p, n);
}
static void sha256_sum_m(Runtime *rt, Value *a, Value *res) {
    uint8_t out[32];
    sum_append(rt, a[1].sl, out, sha256_sum(recv(rt, a), out), res);
}
static void md5_sum_m(Runtime *rt, Value *a, Value *res) {
    uint8_t out[16];
    sum_append(rt, a[1].sl, out, md5_sum(recv(rt, a), out), res);
}
static void sha256_reset_m(Runtime *rt, Value *a, Value *res) { (void)res, sha256_reset(recv(rt, a)); }
static void md5_reset_m(Runtime *rt, Value *a, Value *res) { (void)res, md5_reset(recv(rt, a)); }

static void int_res(Value *res, int64_t n) {
    res[0] = (Value){.w = {0, 0}};
    res[0].i = n;
}
static void sha256_size(Runtime *rt, Value *a, Value *res) { int_res(res, ((Digest *)recv(rt, a))->is224 ? 28 : 32); }
static void md5_size(Runtime *rt, Value *a, Value *res) { (void)recv(rt, a), int_res(res, 16); }
static void block_size(Runtime *rt, Value *a, Value *res) { (void)rt, (void)a, int_res(res, 64); }

#define DIGEST_TEXT "struct { h [8]uint32; x [64]byte; nx int; len uint64; is224 bool }"
static const char *const crypto_imports[] = {"hash", NULL};

static const NativeFunc sha256_funcs[] = {
    {"Sum256", "func(data []byte) [32]byte", sha256_sum256},
    {"Sum224", "func(data []byte) [28]byte", sha256_sum224},
    {"New", "func() hash.Hash", sha256_new},
    {"New224", "func() hash.Hash", sha256_new224},
    {"(*digest).Write", "func(p []byte) (nn int, err error)", sha256_write},
    {"(*digest).Sum", "func(in []byte) []byte", sha256_sum_m},
    {"(*digest).Reset", "func()", sha256_reset_m},
    {"(*digest).Size", "func() int", sha256_size},
    {"(*digest).BlockSize", "func() int", block_size},
};
static const NativeConst sha256_consts[] = {
    {"Size", "untyped int", "32"}, {"Size224", "untyped int", "28"}, {"BlockSize", "untyped int", "64"}};
static const NativeType sha256_types[] = {{"digest", DIGEST_TEXT}};

const NativePkg rt_pkg_sha256 = {
    .path = "crypto/sha256", .name = "sha256", .imports = crypto_imports,
    .funcs = sha256_funcs, .nfuncs = sizeof sha256_funcs / sizeof sha256_funcs[0],
    .consts = sha256_consts, .nconsts = sizeof sha256_consts / sizeof sha256_consts[0],
    .types = sha256_types, .ntypes = 1,
};

static const NativeFunc md5_funcs[] = {
    {"Sum", "func(data []byte) [16]byte", md5_sum_fn},
    {"New", "func() hash.Hash", md5_new},
    {"(*digest).Write", "func(p []byte) (nn int, err error)", md5_write},
    {"(*digest).Sum", "func(in []byte) []byte", md5_sum_m},
    {"(*digest).Reset", "func()", md5_reset_m},
    {"(*digest).Size", "func() int", md5_size},
    {"(*digest).BlockSize", "func() int", block_size},
};
static const NativeConst md5_consts[] = {{"Size", "untyped int", "16"}, {"BlockSize", "untyped int", "64"}};
static const NativeType md5_types[] = {{"digest", DIGEST_TEXT}};

const NativePkg rt_pkg_md5 = {
    .path = "crypto/md5", .name = "md5", .imports = crypto_imports,
    .funcs = md5_funcs, .nfuncs = sizeof md5_funcs / sizeof md5_funcs[0],
    .consts = md5_consts, .nconsts = sizeof md5_consts / sizeof md5_consts[0],
    .types = md5_types, .ntypes = 1,
};

// ---- hash: the interfaces ----

static const char *const hash_imports[] = {"io", NULL};
static const NativeType hash_types[] = {
    {"Hash", "interface { io.Writer; Sum(b []byte) []byte; Reset(); Size() int; BlockSize() int }"},
    {"Hash32", "interface { Hash; Sum32() uint32 }"},
    {"Hash64", "interface { Hash; Sum64() uint64 }"},
};

const NativePkg rt_pkg_hash = {
    .path = "hash", .name = "hash", .imports = hash_imports,
    .types = hash_types, .ntypes = sizeof hash_types / sizeof hash_types[0],
};

// ---- hash/crc32 (the IEEE polynomial) and hash/fnv ----

static uint32_t crc32_update(uint32_t crc, const uint8_t *p, size_t n) {
    crc = ~crc;
    for (size_t i = 0; i < n; i++) {
        crc ^= p[i];
        for (int k = 0; k < 8; k++) crc = crc >> 1 ^ (0xedb88320u & (0u - (crc & 1)));
    }
    return ~crc;
}

// A 32- or 64-bit running hash: "struct { s uint64; kind int }" (kind:
// FNV_* or CRC32).
typedef struct Hash64 {
    uint64_t s;
    int64_t kind;
} Hash64;

enum { CRC32, FNV32, FNV32A, FNV64, FNV64A };

static uint64_t hash_init(int64_t kind) {
    switch (kind) {
    case FNV32: case FNV32A: return 2166136261u;
    case FNV64: case FNV64A: return 14695981039346656037u;
    default: return 0;
    }
}

static void hash_update(Hash64 *h, const uint8_t *p, size_t n) {
    switch (h->kind) {
    case CRC32: h->s = crc32_update((uint32_t)h->s, p, n); return;
    case FNV32: for (size_t i = 0; i < n; i++) h->s = (uint32_t)((uint32_t)h->s * 16777619u) ^ p[i]; return;
    case FNV32A: for (size_t i = 0; i < n; i++) h->s = (uint32_t)(((uint32_t)h->s ^ p[i]) * 16777619u); return;
    case FNV64: for (size_t i = 0; i < n; i++) h->s = (h->s * 1099511628211u) ^ p[i]; return;
    default: for (size_t i = 0; i < n; i++) h->s = (h->s ^ p[i]) * 1099511628211u; return;
    }
}

static bool is64(const Hash64 *h) { return h->kind == FNV64 || h->kind == FNV64A; }

// new_hash: a *path.tname (crc32's digest; fnv's sum32, sum32a, sum64,
// sum64a as Go names them).
static void new_hash(Runtime *rt, const char *path, const char *tname, int kind, Value *res) {
    Hash64 *h = rt_alloc(rt, rt_pkg_type(rt, path, tname, false));
    h->kind = kind;
    h->s = hash_init(kind);
    res[0].e = (GoIface){rt_pkg_type(rt, path, tname, true), h};
}

static void crc_new(Runtime *rt, Value *a, Value *res) { (void)a, new_hash(rt, "hash/crc32", "digest", CRC32, res); }
static void fnv_new32(Runtime *rt, Value *a, Value *res) { (void)a, new_hash(rt, "hash/fnv", "sum32", FNV32, res); }
static void fnv_new32a(Runtime *rt, Value *a, Value *res) { (void)a, new_hash(rt, "hash/fnv", "sum32a", FNV32A, res); }
static void fnv_new64(Runtime *rt, Value *a, Value *res) { (void)a, new_hash(rt, "hash/fnv", "sum64", FNV64, res); }
static void fnv_new64a(Runtime *rt, Value *a, Value *res) { (void)a, new_hash(rt, "hash/fnv", "sum64a", FNV64A, res); }

static void crc_checksum_ieee(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    res[0] = (Value){.w = {0, 0}};
    res[0].u = crc32_update(0, a[0].sl.ptr, a[0].sl.len);
}
static void crc_update_m(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    res[0] = (Value){.w = {0, 0}};
    res[0].u = crc32_update((uint32_t)a[0].u, a[2].sl.ptr, a[2].sl.len);
}

static void h_write(Runtime *rt, Value *a, Value *res) {
    hash_update(recv(rt, a), a[1].sl.ptr, a[1].sl.len);
    set_n(res, a[1].sl.len);
}
static void h_reset(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Hash64 *h = recv(rt, a);
    h->s = hash_init(h->kind);
}
static void h_sum(Runtime *rt, Value *a, Value *res) {
    Hash64 *h = recv(rt, a);
    uint8_t out[8];
    if (is64(h)) put64be(out, h->s);
    else put32be(out, (uint32_t)h->s);
    sum_append(rt, a[1].sl, out, is64(h) ? 8 : 4, res);
}
static void h_sum32(Runtime *rt, Value *a, Value *res) { int_res(res, (uint32_t)((Hash64 *)recv(rt, a))->s); }
static void h_sum64(Runtime *rt, Value *a, Value *res) {
    res[0] = (Value){.w = {0, 0}};
    res[0].u = ((Hash64 *)recv(rt, a))->s;
}
static void h_size(Runtime *rt, Value *a, Value *res) { int_res(res, is64(recv(rt, a)) ? 8 : 4); }
static void h_block_size(Runtime *rt, Value *a, Value *res) { (void)recv(rt, a), int_res(res, 1); }

#define HASH_METHODS(T) \
    {"(*" T ").Write", "func(p []byte) (int, error)", h_write}, {"(*" T ").Sum", "func(in []byte) []byte", h_sum}, \
    {"(*" T ").Reset", "func()", h_reset}, {"(*" T ").Size", "func() int", h_size}, \
    {"(*" T ").BlockSize", "func() int", h_block_size}

static const NativeFunc crc32_funcs[] = {
    {"ChecksumIEEE", "func(data []byte) uint32", crc_checksum_ieee},
    {"NewIEEE", "func() hash.Hash32", crc_new},
    {"Update", "func(crc uint32, tab *Table, p []byte) uint32", crc_update_m},
    HASH_METHODS("digest"),
    {"(*digest).Sum32", "func() uint32", h_sum32},
};
// var_ieee_table: the IEEE table (Update computes IEEE CRCs whatever
// table it is given: MakeTable is not provided).
static void var_ieee_table(Runtime *rt, Value *out) {
    uint32_t *t = rt_alloc_noscan(rt, 256 * sizeof *t, false);
    for (uint32_t i = 0; i < 256; i++) {
        uint32_t c = i;
        for (int k = 0; k < 8; k++) c = c >> 1 ^ (0xedb88320u & (0u - (c & 1)));
        t[i] = c;
    }
    *out = (Value){.w = {0, 0}};
    out->p = t;
}
static const NativeVar crc32_vars[] = {{"IEEETable", "*Table", var_ieee_table}};
static const NativeConst crc32_consts[] = {{"IEEE", "untyped int", "3988292384"}, {"Size", "untyped int", "4"}};
static const NativeType crc32_types[] = {{"Table", "[256]uint32"}, {"digest", "struct { s uint64; kind int }"}};

const NativePkg rt_pkg_crc32 = {
    .path = "hash/crc32", .name = "crc32", .imports = crypto_imports,
    .funcs = crc32_funcs, .nfuncs = sizeof crc32_funcs / sizeof crc32_funcs[0],
    .consts = crc32_consts, .nconsts = sizeof crc32_consts / sizeof crc32_consts[0],
    .types = crc32_types, .ntypes = sizeof crc32_types / sizeof crc32_types[0],
    .vars = crc32_vars, .nvars = 1,
};

static const NativeFunc fnv_funcs[] = {
    {"New32", "func() hash.Hash32", fnv_new32},   {"New32a", "func() hash.Hash32", fnv_new32a},
    {"New64", "func() hash.Hash64", fnv_new64},   {"New64a", "func() hash.Hash64", fnv_new64a},
    HASH_METHODS("sum32"),  {"(*sum32).Sum32", "func() uint32", h_sum32},
    HASH_METHODS("sum32a"), {"(*sum32a).Sum32", "func() uint32", h_sum32},
    HASH_METHODS("sum64"),  {"(*sum64).Sum64", "func() uint64", h_sum64},
    HASH_METHODS("sum64a"), {"(*sum64a).Sum64", "func() uint64", h_sum64},
};
#define FNV_TEXT "struct { s uint64; kind int }"
static const NativeType fnv_types[] = {{"sum32", FNV_TEXT}, {"sum32a", FNV_TEXT}, {"sum64", FNV_TEXT}, {"sum64a", FNV_TEXT}};

const NativePkg rt_pkg_fnv = {
    .path = "hash/fnv", .name = "fnv", .imports = crypto_imports,
    .funcs = fnv_funcs, .nfuncs = sizeof fnv_funcs / sizeof fnv_funcs[0],
    .types = fnv_types, .ntypes = sizeof fnv_types / sizeof fnv_types[0],
};
