// value.c - moving Values between their 16-byte register form and their
// in-memory form (rt_load / rt_store), copies and zero values, Go's ==
// (rt_equal), hashing for maps (rt_hash) and interface boxing.
//
// Invariants (runtime.h, "Value representation"):
//   - the in-memory form of a non-aggregate is the low bytes of its Value,
//     so &value is a valid address of it; aggregates are held by address;
//   - an interface's data word holds pointer-shaped values and pointer-free
//     scalars of <= 8 bytes directly, normalised as rt_load would produce
//     them (sign-/zero-extended, float32 in the low 4 bytes, upper bytes 0),
//     and points to an immutable heap box for TF_BOXED types;
//   - every pointer store into memory goes through gc_write_ptr or
//     rt_typedmemmove.
#include <math.h>
#include <string.h>

#include "internal.h"
#include "value_internal.h"

// ---- load / store ----------------------------------------------------------

Value rt_load(const Type *t, const void *addr) {
    Value v;
    v.w[0] = v.w[1] = 0;
    switch (t->kind) {
    case KIND_BOOL: v.u = *(const uint8_t *)addr != 0; break;
    case KIND_INT8: v.i = *(const int8_t *)addr; break;
    case KIND_UINT8: v.u = *(const uint8_t *)addr; break;
    case KIND_INT16: v.i = *(const int16_t *)addr; break;
    case KIND_UINT16: v.u = *(const uint16_t *)addr; break;
    case KIND_INT32: v.i = *(const int32_t *)addr; break;
    case KIND_UINT32: v.u = *(const uint32_t *)addr; break;
    case KIND_FLOAT32: memcpy(&v.f32, addr, 4); break;
    case KIND_INT: case KIND_INT64: case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
    case KIND_FLOAT64: case KIND_POINTER: case KIND_MAP: case KIND_CHAN: case KIND_FUNC:
    case KIND_UNSAFE_POINTER: case KIND_COMPLEX64:
        memcpy(&v.u, addr, 8);
        break;
    case KIND_STRING: case KIND_SLICE: case KIND_INTERFACE: case KIND_COMPLEX128:
        memcpy(&v, addr, 16);
        break;
    case KIND_STRUCT: case KIND_ARRAY:
        v.p = (void *)addr;
        break;
    default:
        break;
    }
    return v;
}

void rt_store(Runtime *rt, const Type *t, void *addr, Value v) {
    switch (t->kind) {
    case KIND_BOOL: *(uint8_t *)addr = v.b ? 1 : 0; break;
    case KIND_INT8: case KIND_UINT8: *(uint8_t *)addr = (uint8_t)v.u; break;
    case KIND_INT16: case KIND_UINT16: *(uint16_t *)addr = (uint16_t)v.u; break;
    case KIND_INT32: case KIND_UINT32: *(uint32_t *)addr = (uint32_t)v.u; break;
    case KIND_FLOAT32: memcpy(addr, &v.f32, 4); break;
    case KIND_INT: case KIND_INT64: case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
    case KIND_FLOAT64: case KIND_COMPLEX64:
        memcpy(addr, &v.u, 8);
        break;
    case KIND_POINTER: case KIND_MAP: case KIND_CHAN: case KIND_FUNC: case KIND_UNSAFE_POINTER:
        gc_write_ptr(rt, (void **)addr, v.p);
        break;
    case KIND_STRING: {
        GoString *s = addr;
        gc_write_ptr(rt, (void **)&s->ptr, (void *)v.s.ptr);
        s->len = v.s.len;
        break;
    }
    case KIND_SLICE: {
        GoSlice *s = addr;
        gc_write_ptr(rt, &s->ptr, v.sl.ptr);
        s->len = v.sl.len;
        s->cap = v.sl.cap;
        break;
    }
    case KIND_INTERFACE: {
        GoIface *e = addr;
        e->type = v.e.type;   // descriptors are never heap objects
        gc_write_ptr(rt, &e->data, v.e.data);
        break;
    }
    case KIND_COMPLEX128: memcpy(addr, &v, 16); break;
    case KIND_STRUCT: case KIND_ARRAY:
        if (addr != v.p && t->size > 0) rt_typedmemmove(rt, t, addr, v.p, 1);
        break;
    default:
        break;
    }
}

void rt_store_init(Runtime *rt, const Type *t, void *addr, Value v) {
    switch (t->kind) {
    case KIND_POINTER: case KIND_MAP: case KIND_CHAN: case KIND_FUNC:   // not unsafe.Pointer: arithmetic
        *(void **)addr = v.p;
        break;
    default:
        rt_store(rt, t, addr, v);
        break;
    }
}

Value rt_copy_value(Runtime *rt, const Type *t, Value v) {
    if (!(t->flags & TF_AGGREGATE)) return v;
    void *p = rt_alloc(rt, t);
    if (t->size > 0) rt_typedmemmove(rt, t, p, v.p, 1);
    Value r = {.p = p};
    return r;
}

Value rt_zero_value(Runtime *rt, const Type *t) {
    Value v;
    v.w[0] = v.w[1] = 0;
    if (t->flags & TF_AGGREGATE) v.p = rt_alloc(rt, t);
    return v;
}

void rt_typed_clear(Runtime *rt, const Type *t, void *p) {
    if (!(t->flags & TF_NOPTR) && t->gcmask) {
        void **words = p;
        for (uint32_t w = 0; w < t->ptrwords; w++)
            if (t->gcmask[w / 8] & (1u << (w % 8))) gc_write_ptr(rt, &words[w], NULL);
    }
    memset(p, 0, t->size);
}

// ---- equality ----------------------------------------------------------------

static bool is_blank(const Field *f) { return f->name[0] == '_' && f->name[1] == '\0'; }

// memory_comparable: values of t are equal iff their bytes are (integers,
// bools, pointers): no floats, strings, interfaces or padding.
static bool memory_comparable(const Type *t) {
    switch (t->kind) {
    case KIND_BOOL: case KIND_INT: case KIND_INT8: case KIND_INT16: case KIND_INT32:
    case KIND_INT64: case KIND_UINT: case KIND_UINT8: case KIND_UINT16: case KIND_UINT32:
    case KIND_UINT64: case KIND_UINTPTR: case KIND_POINTER: case KIND_CHAN:
    case KIND_UNSAFE_POINTER:
        return true;
    default:
        return false;
    }
}

static bool iface_equal(Runtime *rt, const GoIface *x, const GoIface *y) {
    if (x->type != y->type) return false;
    const Type *dt = x->type;
    if (!dt) return true;
    if (!(dt->flags & TF_COMPARABLE))
        rt_panic_runtime(rt, "comparing uncomparable type %s", rt_type_string(dt));
    if (dt->flags & TF_BOXED) return x->data == y->data || rt_equal(rt, dt, x->data, y->data);
    return rt_equal(rt, dt, &x->data, &y->data);
}

static bool struct_equal(Runtime *rt, const Type *t, const uint8_t *a, const uint8_t *b) {
    for (int i = 0; i < t->nfields; i++) {
        const Field *f = &t->fields[i];
        if (is_blank(f)) continue;
        if (!rt_equal(rt, f->type, a + f->offset, b + f->offset)) return false;
    }
    return true;
}

static bool array_equal(Runtime *rt, const Type *t, const uint8_t *a, const uint8_t *b) {
    const Type *e = t->elem;
    if (memory_comparable(e)) return memcmp(a, b, (size_t)t->len * e->size) == 0;
    for (int64_t i = 0; i < t->len; i++)
        if (!rt_equal(rt, e, a + (size_t)i * e->size, b + (size_t)i * e->size)) return false;
    return true;
}

bool rt_equal(Runtime *rt, const Type *t, const void *a, const void *b) {
    switch (t->kind) {
    case KIND_BOOL: return (*(const uint8_t *)a != 0) == (*(const uint8_t *)b != 0);
    case KIND_INT8: case KIND_UINT8: return *(const uint8_t *)a == *(const uint8_t *)b;
    case KIND_INT16: case KIND_UINT16: return *(const uint16_t *)a == *(const uint16_t *)b;
    case KIND_INT32: case KIND_UINT32: return *(const uint32_t *)a == *(const uint32_t *)b;
    case KIND_INT: case KIND_INT64: case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
    case KIND_POINTER: case KIND_CHAN: case KIND_UNSAFE_POINTER:
    case KIND_MAP: case KIND_FUNC:   // maps and funcs: only comparisons with nil get here
        return *(const uint64_t *)a == *(const uint64_t *)b;
    case KIND_SLICE: return ((const GoSlice *)a)->ptr == ((const GoSlice *)b)->ptr;
    case KIND_FLOAT32: return *(const float *)a == *(const float *)b;
    case KIND_FLOAT64: return *(const double *)a == *(const double *)b;
    case KIND_STRING: return rt_string_eq(*(const GoString *)a, *(const GoString *)b);
    case KIND_INTERFACE: return iface_equal(rt, a, b);
    case KIND_STRUCT: return struct_equal(rt, t, a, b);
    case KIND_ARRAY: return array_equal(rt, t, a, b);
    default: return memcmp(a, b, t->size) == 0;
    }
}

// ---- hashing -------------------------------------------------------------------

// mum: a 64x64->128-bit multiply folded to 64 bits (wyhash's mixer).
static inline uint64_t mum(uint64_t a, uint64_t b) {
    unsigned __int128 r = (unsigned __int128)a * b;
    return (uint64_t)r ^ (uint64_t)(r >> 64);
}

static inline uint64_t load_le64(const uint8_t *p) {
    uint64_t w;
    memcpy(&w, p, 8);
    return w;
}

static inline uint64_t load_le32(const uint8_t *p) {
    uint32_t w;
    memcpy(&w, p, 4);
    return w;
}

// Strings of at most 16 bytes (most map keys) are read with two
// overlapping loads and one multiply, no loop and no memcpy call.
uint64_t rt_hash_bytes(const void *p, size_t n, uint64_t seed) {
    const uint8_t *s = p;
    uint64_t a, b;
    seed ^= 0xa0761d6478bd642fULL;
    if (n <= 16) {
        if (n >= 8) {
            a = load_le64(s);
            b = load_le64(s + n - 8);
        } else if (n >= 4) {
            a = load_le32(s);
            b = load_le32(s + n - 4);
        } else if (n > 0) {
            a = (uint64_t)s[0] << 16 | (uint64_t)s[n >> 1] << 8 | s[n - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        uint64_t h = seed;
        size_t i = 0;
        for (; i + 16 < n; i += 16)
            h = mum(load_le64(s + i) ^ 0xe7037ed1a0b428dbULL, load_le64(s + i + 8) ^ h);
        seed = h;
        a = load_le64(s + n - 16);
        b = load_le64(s + n - 8);
    }
    return mum(0xe7037ed1a0b428dbULL ^ n, mum(a ^ 0xe7037ed1a0b428dbULL, b ^ seed));
}

static uint64_t hash_float(double f, uint64_t seed) {
    if (f == 0) return rt_hash_word(0, seed);              // +0 and -0 are equal
    if (f != f) return rt_hash_word(0x7ff8dead, seed);     // NaN: never found anyway
    uint64_t bits;
    memcpy(&bits, &f, 8);
    return rt_hash_word(bits, seed);
}

static uint64_t hash_iface(Runtime *rt, const GoIface *e, uint64_t seed) {
    const Type *dt = e->type;
    if (!dt) return rt_hash_word(0, seed);
    if (!(dt->flags & TF_COMPARABLE))
        rt_panic_runtime(rt, "hash of unhashable type %s", rt_type_string(dt));
    uint64_t h = rt_hash_word((uint64_t)(uintptr_t)dt, seed);
    return rt_hash(rt, dt, (dt->flags & TF_BOXED) ? e->data : (const void *)&e->data, h);
}

uint64_t rt_hash(Runtime *rt, const Type *t, const void *addr, uint64_t seed) {
    switch (t->kind) {
    case KIND_BOOL: return rt_hash_word(*(const uint8_t *)addr != 0, seed);
    case KIND_INT8: case KIND_UINT8: return rt_hash_word(*(const uint8_t *)addr, seed);
    case KIND_INT16: case KIND_UINT16: return rt_hash_word(*(const uint16_t *)addr, seed);
    case KIND_INT32: case KIND_UINT32: return rt_hash_word(*(const uint32_t *)addr, seed);
    case KIND_INT: case KIND_INT64: case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
    case KIND_POINTER: case KIND_CHAN: case KIND_UNSAFE_POINTER:
        return rt_hash_word(*(const uint64_t *)addr, seed);
    case KIND_FLOAT32: return hash_float(*(const float *)addr, seed);
    case KIND_FLOAT64: return hash_float(*(const double *)addr, seed);
    case KIND_STRING: {
        const GoString *s = addr;
        return rt_hash_bytes(s->ptr, (size_t)s->len, seed);
    }
    case KIND_INTERFACE: return hash_iface(rt, addr, seed);
    case KIND_STRUCT: {
        uint64_t h = seed;
        for (int i = 0; i < t->nfields; i++) {
            const Field *f = &t->fields[i];
            if (!is_blank(f)) h = rt_hash(rt, f->type, (const uint8_t *)addr + f->offset, h);
        }
        return rt_mix64(h);
    }
    case KIND_ARRAY: {
        uint64_t h = seed;
        const Type *e = t->elem;
        for (int64_t i = 0; i < t->len; i++) h = rt_hash(rt, e, (const uint8_t *)addr + (size_t)i * e->size, h);
        return rt_mix64(h + 1);
    }
    default:
        rt_panic_runtime(rt, "hash of unhashable type %s", rt_type_string(t));
    }
}

// ---- interfaces ------------------------------------------------------------------

GoIface rt_iface_box(Runtime *rt, const Type *t, Value v) {
    GoIface e = {NULL, NULL};
    if (!t) return e;
    e.type = t;
    if (t->flags & TF_BOXED) {
        void *box = rt_alloc(rt, t);
        rt_store(rt, t, box, v);
        e.data = box;
    } else {
        e.data = rt_load(t, &v).p;   // normalised: upper bytes zero/sign-extended
    }
    return e;
}

Value rt_iface_unbox(GoIface e) {
    if (!e.type) {
        Value z = {.w = {0, 0}};
        return z;
    }
    if (e.type->flags & TF_BOXED) return rt_load(e.type, e.data);
    return rt_load(e.type, &e.data);
}
