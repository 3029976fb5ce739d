// value_internal.h - helpers shared by the value layer's files (value.c,
// string.c, slice.c, map.c, panic.c, types.c) and nobody else's business:
// hashing, typed clearing, malloc size classes, the runtime's own error
// types and the print-builtin formatting panics use.
#ifndef GOSUB_RUNTIME_VALUE_INTERNAL_H
#define GOSUB_RUNTIME_VALUE_INTERNAL_H

#include "internal.h"

// rt_values_init: rt_new should call it once the heap exists (registers
// rt->panicking as a GC root; idempotent, and rt_panic calls it too). rt_values_free: rt_free calls it (frees the
// stdout buffer; call rt_flush first).
void rt_values_init(Runtime *rt);
void rt_values_free(Runtime *rt);

// rt_roundupsize: the size of the malloc size class Go 1.19 would use for
// a request of size bytes (runtime.roundupsize): class sizes up to 32 KiB,
// then whole 8 KiB pages.
size_t rt_roundupsize(size_t size);

// rt_mix64: a 64-bit finaliser (murmur3 fmix64).
static inline uint64_t rt_mix64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    x ^= x >> 33;
    return x;
}

// rt_hash_word: the hash of one integer word v mixed with seed.
static inline uint64_t rt_hash_word(uint64_t v, uint64_t seed) {
    return rt_mix64(v ^ (seed * 0x9e3779b97f4a7c15ULL) ^ 0x2545f4914f6cdd1dULL);
}

// rt_hash_bytes: a 64-bit hash of p[0..n) mixed with seed.
uint64_t rt_hash_bytes(const void *p, size_t n, uint64_t seed);
// rt_hash: the hash of the value of type t at addr, consistent with
// rt_equal (+0 and -0 hash alike; NaN hashes to a fixed value but never
// equals anything). Panics "runtime error: hash of unhashable type T" when
// an interface holds an uncomparable dynamic type.
uint64_t rt_hash(Runtime *rt, const Type *t, const void *addr, uint64_t seed);

// rt_map_probe_len: how many index slots a lookup of key in m examines
// (to its entry, or to the EMPTY slot that proves it absent); 0 for a nil
// or never-filled map. For tests of the probing invariants.
uint32_t rt_map_probe_len(Runtime *rt, const Type *map_type, const GoMap *m, const void *key);

// rt_typed_clear zeroes the value of type t at p through the write barrier.
void rt_typed_clear(Runtime *rt, const Type *t, void *p);

// The runtime's own named types (static, read-only). Their Error methods
// are Method.native functions.
//   runtime.errorString  (string)  Error() = "runtime error: " + s
//   runtime.plainError   (string)  Error() = s
//   runtime.boundsError  (struct)  Error() from Go's boundsErrorFmt table
//   *runtime.TypeAssertionError    Error() = "interface conversion: ..."
extern const Type rt_type_errorString;
extern const Type rt_type_plainError;
extern const Type rt_type_boundsError;
extern const Type rt_type_TypeAssertionError;
extern const Type rt_type_TypeAssertionError_ptr;

// rt_panic_value_text appends what Go's printpanicval prints for the
// panic value v: Error()/String() results for errors and Stringers, raw
// strings, print-builtin numbers, "main.T(5)" for named basic types and
// "(T) 0xADDR" otherwise.
void rt_panic_value_text(Runtime *rt, StrBuf *out, GoIface v);

// rt_print_float appends v as the print builtin does ("+1.500000e+000").
void rt_print_float(StrBuf *out, double v);

// rt_runtime_error_text: appends the Error() text of a runtime error value made by
// panic.c (true), or false when v is not one of the runtime's own types.
bool rt_runtime_error_text(Runtime *rt, GoIface v, StrBuf *out);

// rt_utf8_encode writes r's UTF-8 encoding (U+FFFD for invalid runes:
// negative, surrogates, > U+10FFFF) to buf and returns its length (1..4).
int rt_utf8_encode(uint8_t buf[4], int64_t r);

#endif
