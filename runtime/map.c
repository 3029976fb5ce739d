// map.c - Go maps: an insertion-ordered hash map over typed keys and
// values stored inline (Python's compact dict layout).
//
// Layout: entries live in three parallel arrays in insertion order,
// keys[cap] and vals[cap] (heap arrays of the key and value types, so the
// collector scans them with their own descriptors) and seq[cap] (each
// entry's insertion number, DEAD bit set once deleted; pointer-free);
// index[] is an open-addressing table (power-of-two size >= 2*cap,
// pointer-free) of 32-bit slots: entry number + 1 in the low ixbits bits
// (2^ixbits > cap + 1) and a tag, the top bits of the mixed hash, above
// them; 0 is EMPTY (so zeroed memory is an empty index) and all ones is
// TOMB. No hash is stored elsewhere: a rebuild rehashes the keys. The
// GoMap header is itself a heap object (map_header_type).
//
// Probing (CPython's set/dict scheme): from slot h & mask, LINEAR_PROBES
// neighbouring slots (one or two cache lines), then a jump
// base = 5*base + 1 + (perturb >>= 5) that mixes in the higher hash bits;
// once perturb is 0 the jumps are a full-period sequence, so a probe
// always reaches an EMPTY slot (at most half the slots are used). A probe
// compares the slot's tag first and touches the entry's key only on a
// tag match (a false match has odds 2^-(32-ixbits), 1/2048 for a million
// entries), so a miss mostly costs only index loads.
// Hashes: integer keys hash to themselves with their high bits folded in
// (hash_int), so runs of nearby keys land in nearby slots in key order
// and consecutive lookups share cache lines and pages, as Lua's integer
// keys do; the jumps keep keys that collide in the low bits apart. Other
// keys use the runtime's mixed hashes (rt_hash_word, rt_hash_bytes,
// rt_hash). Each key class has its own probe loop (find_in), inlined
// into access, assign and delete.
// Costs measured on bench/maps.go (1M int keys): the old layout (index of
// int32 entry numbers, hash and key in other arrays, fmix64 hashes) took
// three dependent cache and TLB misses per probe; now a hit in key order
// costs one index load and one key load, both in cache lines the previous
// lookup brought in.
//
// Invariants:
//   - entries [0, used) have been filled; live ones are indexed, deleted
//     ones are dead (DEAD bit in seq, key/value cleared, index slot TOMB);
//   - count is the number of live entries (rt_map_len is O(1));
//   - seq numbers grow strictly with the entry position and are never
//     reused; an entry never moves except when dead entries are squeezed
//     out (compaction), which bumps gen;
//   - a new array set is allocated on every rebuild, so a slot address
//     handed out stays readable (but stale) after the next insertion;
//   - last is LAST_NONE or a live entry: the last one rt_map_access found
//     (reset by deletion and rebuild), so the rt_map_assign that follows
//     it in `m[k] op= v` finds the entry with one key comparison.
// Iteration (Go's rules): an iterator remembers the seq of the last entry
// it produced and the first seq it must not produce (entries added after
// it started are skipped, so `for k := range m { m[k+1] = 0 }` ends); dead
// entries are skipped, so an entry deleted before being reached is not
// produced; after a compaction it finds its place again by binary search
// on seq.
#include <string.h>

#include "internal.h"
#include "value_internal.h"

enum {
    MIN_CAP = 8, MAX_HINT = 1 << 20, LINEAR_PROBES = 8, PERTURB_SHIFT = 5,
};
#define SLOT_TOMB 0xFFFFFFFFu
#define SLOT_EMPTY 0u
#define SEQ_DEAD (UINT64_C(1) << 63)
#define LAST_NONE UINT32_MAX

// KeyClass selects a specialised probe loop: hash and equality inline,
// no dispatch on the key type per probe.
enum KeyClass { KC_GENERIC, KC_INT64, KC_INT32, KC_WORD, KC_STRING };

struct GoMap {
    void *keys;          // word 0: key type [cap]
    void *vals;          // word 1: value type [cap]
    uint64_t *seq;       // word 2: [cap], pointer-free
    uint32_t *index;     // word 3: [mask+1], pointer-free
    int64_t count;
    uint64_t next_seq;   // seq of the next insertion (from 1)
    uint32_t used, cap, mask, gen;
    uint32_t ixmask;     // (1 << ixbits) - 1: the entry-number bits of a slot
    uint32_t ksize, vsize;
    uint32_t last;       // see the invariants above
    uint8_t keyclass;
};

static const uint8_t header_mask[1] = {0x0F};
static const Type map_header_type = {
    .kind = KIND_STRUCT, .align = 8, .size = sizeof(GoMap), .underlying = &map_header_type,
    .str = "runtime.hmap", .flags = TF_AGGREGATE | TF_BOXED, .ptrwords = 4, .gcmask = header_mask,
};

static const uint8_t zero_slot[8];

static enum KeyClass key_class(const Type *k) {
    switch (k->kind) {
    case KIND_INT: case KIND_INT64: case KIND_UINT: case KIND_UINT64: case KIND_UINTPTR:
        return KC_INT64;
    case KIND_INT32: case KIND_UINT32:
        return KC_INT32;
    case KIND_POINTER: case KIND_CHAN: case KIND_UNSAFE_POINTER:
        return KC_WORD;
    case KIND_STRING:
        return KC_STRING;
    default:
        return KC_GENERIC;
    }
}

static inline uint64_t load64(const void *p) {
    uint64_t v;
    memcpy(&v, p, 8);
    return v;
}

static inline uint32_t load32(const void *p) {
    uint32_t v;
    memcpy(&v, p, 4);
    return v;
}

// hash_int: the integer itself with its high bits folded into the low
// ones: the high word by an odd multiplier (x<<32|y keys spread, x<<32|x
// do not all collide), then bits 16-31 added to the low half (multiples
// of 1<<20 do not all start at slot 0). Keys below 1<<16 hash to
// themselves and a run of nearby keys to a run of nearby slots, in the
// same order, so walking keys in order walks the index in order (the
// hardware prefetcher follows; an xor fold measured 40% slower here).
static inline uint32_t hash_int(uint64_t k) {
    uint32_t x = (uint32_t)k + (uint32_t)(k >> 32) * 0x9E3779B1u;
    return x + (x >> 16);
}

static inline uint32_t key_hash_class(Runtime *rt, enum KeyClass kc, const Type *kt, const void *key) {
    switch (kc) {
    case KC_INT64: return hash_int(load64(key));
    case KC_INT32: return hash_int(load32(key));
    case KC_WORD: return (uint32_t)rt_hash_word(load64(key), 0);
    case KC_STRING: {
        const GoString *s = key;
        return (uint32_t)rt_hash_bytes(s->ptr, (size_t)s->len, 0);
    }
    default: return (uint32_t)rt_hash(rt, kt, key, 0);
    }
}

// string_eq: rt_string_eq with short strings compared by two overlapping
// loads (no memcmp call); keys reach here only after a 32-bit hash match.
static inline bool string_eq(const GoString *x, const GoString *y) {
    int64_t n = x->len;
    if (n != y->len) return false;
    const uint8_t *a = (const uint8_t *)x->ptr, *b = (const uint8_t *)y->ptr;
    if (a == b) return true;
    if (n >= 8 && n <= 16) return (load64(a) ^ load64(b)) == 0 && load64(a + n - 8) == load64(b + n - 8);
    if (n >= 4 && n < 8) return load32(a) == load32(b) && load32(a + n - 4) == load32(b + n - 4);
    return memcmp(a, b, (size_t)n) == 0;
}

static inline bool key_eq_class(Runtime *rt, enum KeyClass kc, const Type *kt, const void *a, const void *b) {
    switch (kc) {
    case KC_INT64: case KC_WORD: return load64(a) == load64(b);
    case KC_INT32: return load32(a) == load32(b);
    case KC_STRING: return string_eq(a, b);
    default: return rt_equal(rt, kt, a, b);
    }
}

static uint32_t key_hash(Runtime *rt, const GoMap *m, const Type *kt, const void *key) {
    return key_hash_class(rt, (enum KeyClass)m->keyclass, kt, key);
}

static inline void *key_at(const GoMap *m, uint32_t i) { return (uint8_t *)m->keys + (size_t)i * m->ksize; }
static inline void *val_at(const GoMap *m, uint32_t i) { return (uint8_t *)m->vals + (size_t)i * m->vsize; }

static void *alloc_slots(Runtime *rt, const Type *t, uint32_t n) {
    if (t->size == 0) return (void *)zero_slot;
    return rt_alloc_array(rt, t, n);
}

// ---- probing ----------------------------------------------------------------------

typedef struct Probe {
    uint32_t slot, base, perturb, n;
} Probe;

static inline Probe probe_start(uint32_t h, uint32_t mask) {
    return (Probe){.slot = h & mask, .base = h & mask, .perturb = h, .n = 0};
}

static inline void probe_next(Probe *p, uint32_t mask) {
    if (++p->n < LINEAR_PROBES) {
        p->slot = (p->slot + 1) & mask;
        return;
    }
    p->n = 0;
    p->perturb >>= PERTURB_SHIFT;
    p->base = (p->base * 5 + 1 + p->perturb) & mask;
    p->slot = p->base;
}

// slot_tag: the tag bits of hash h (mixed: integer hashes often have no
// high bits set).
static inline uint32_t slot_tag(const GoMap *m, uint32_t h) { return (h * 0x9E3779B1u) & ~m->ixmask; }
static inline uint32_t slot_make(const GoMap *m, uint32_t h, uint32_t ix) { return slot_tag(m, h) | (ix + 1); }
static inline bool slot_live(uint32_t e) { return e - 1 < SLOT_TOMB - 1; }   // neither EMPTY nor TOMB
static inline uint32_t slot_entry(const GoMap *m, uint32_t e) { return (e & m->ixmask) - 1; }

// find_in: the index slot holding key (hash h), or -1; then *free (when
// not NULL) is the first EMPTY or TOMB slot on the probe path. kc is a
// constant at each call, so the compiler makes one loop per key class.
static inline __attribute__((always_inline)) int64_t find_in(Runtime *rt, enum KeyClass kc, const Type *kt,
                                                             const GoMap *m, const void *key, uint32_t h,
                                                             uint32_t *free) {
    const uint32_t *index = m->index;
    uint32_t want = slot_tag(m, h), used = m->used;
    uint32_t mask = m->mask, nfree = UINT32_MAX;
    Probe p = probe_start(h, mask);
    for (;;) {
        uint32_t e = index[p.slot];
        uint32_t d = (e ^ want) - 1;   // the entry number iff e is live with h's tag
        if (d < used && key_eq_class(rt, kc, kt, key_at(m, d), key)) return p.slot;
        if (!slot_live(e)) {
            if (nfree == UINT32_MAX) nfree = p.slot;
            if (e == SLOT_EMPTY) break;
        }
        probe_next(&p, mask);
    }
    if (free) *free = nfree;
    return -1;
}

static inline __attribute__((always_inline)) int64_t find_slot(Runtime *rt, const Type *kt, const GoMap *m,
                                                               const void *key, uint32_t h, uint32_t *free) {
    switch ((enum KeyClass)m->keyclass) {
    case KC_INT64: return find_in(rt, KC_INT64, kt, m, key, h, free);
    case KC_INT32: return find_in(rt, KC_INT32, kt, m, key, h, free);
    case KC_WORD: return find_in(rt, KC_WORD, kt, m, key, h, free);
    case KC_STRING: return find_in(rt, KC_STRING, kt, m, key, h, free);
    default: return find_in(rt, KC_GENERIC, kt, m, key, h, free);
    }
}

// index_insert puts entry ix (hash h) in the first EMPTY or TOMB slot of
// its probe path; the caller knows the key is not indexed yet.
static void index_insert(GoMap *m, uint32_t h, uint32_t ix) {
    Probe p = probe_start(h, m->mask);
    while (slot_live(m->index[p.slot])) probe_next(&p, m->mask);
    m->index[p.slot] = slot_make(m, h, ix);
}

uint32_t rt_map_probe_len(Runtime *rt, const Type *map_type, const GoMap *m, const void *key) {
    if (!m || !m->index) return 0;
    const Type *kt = map_type->key;
    uint32_t h = key_hash(rt, m, kt, key), n = 1, want = slot_tag(m, h);
    for (Probe p = probe_start(h, m->mask);; probe_next(&p, m->mask), n++) {
        uint32_t e = m->index[p.slot], d = (e ^ want) - 1;
        if (e == SLOT_EMPTY ||
            (d < m->used && key_eq_class(rt, (enum KeyClass)m->keyclass, kt, key_at(m, d), key)))
            return n;
    }
}

// ---- construction and rebuilding ----------------------------------------------

GoMap *rt_map_new(Runtime *rt, const Type *map_type, int64_t hint) {
    GoMap *m = rt_alloc(rt, &map_header_type);
    m->next_seq = 1;
    m->ksize = map_type->key->size;
    m->vsize = map_type->elem->size;
    m->keyclass = (uint8_t)key_class(map_type->key);
    m->last = LAST_NONE;
    // arrays are made at the first insertion, sized by the hint then
    m->cap = hint <= 0 ? 0 : hint > MAX_HINT ? MAX_HINT : (uint32_t)hint;
    return m;
}

int64_t rt_map_len(const GoMap *m) { return m ? m->count : 0; }

// copy_live moves the live entries [0, used) to the front of the new
// arrays, one typed copy per run of live entries (one in all when none is
// dead); returns how many it moved.
static uint32_t copy_live(Runtime *rt, const Type *mt, GoMap *m, void *keys, void *vals, uint64_t *seq) {
    uint32_t n = 0, i = 0;
    while (i < m->used) {
        if (m->seq[i] & SEQ_DEAD) {
            i++;
            continue;
        }
        uint32_t j = i + 1;
        while (j < m->used && !(m->seq[j] & SEQ_DEAD)) j++;
        uint32_t run = j - i;
        if (m->ksize) rt_typedmemmove(rt, mt->key, (uint8_t *)keys + (size_t)n * m->ksize, key_at(m, i), run);
        if (m->vsize) rt_typedmemmove(rt, mt->elem, (uint8_t *)vals + (size_t)n * m->vsize, val_at(m, i), run);
        memcpy(seq + n, m->seq + i, (size_t)run * sizeof *seq);
        n += run;
        i = j;
    }
    return n;
}

// reindex fills the fresh (all EMPTY) index with entries [0, used),
// rehashing their keys (in entry order: nearby integer keys inserted
// together land in nearby slots).
static void reindex(Runtime *rt, const Type *kt, GoMap *m) {
    switch ((enum KeyClass)m->keyclass) {
    case KC_INT64:
        for (uint32_t i = 0; i < m->used; i++) index_insert(m, key_hash_class(rt, KC_INT64, kt, key_at(m, i)), i);
        break;
    case KC_STRING:
        for (uint32_t i = 0; i < m->used; i++) index_insert(m, key_hash_class(rt, KC_STRING, kt, key_at(m, i)), i);
        break;
    default:
        for (uint32_t i = 0; i < m->used; i++) index_insert(m, key_hash(rt, m, kt, key_at(m, i)), i);
    }
}

// rebuild moves the live entries, in order, into fresh arrays of newcap
// entries and reindexes them.
static void rebuild(Runtime *rt, const Type *mt, GoMap *m, uint32_t newcap) {
    void *keys = alloc_slots(rt, mt->key, newcap);
    void *vals = alloc_slots(rt, mt->elem, newcap);
    uint64_t *seq = rt_alloc_noscan(rt, (size_t)newcap * sizeof *seq, false);   // read below used only
    uint32_t nindex = 16, ixbits = 1;
    while (nindex < newcap * 2) nindex *= 2;
    while (((uint64_t)1 << ixbits) <= (uint64_t)newcap + 1) ixbits++;
    uint32_t *index = rt_alloc_noscan(rt, (size_t)nindex * sizeof *index, false);
    memset(index, 0, (size_t)nindex * sizeof *index);   // all EMPTY; a write first faults a fresh page in once
    uint32_t n = m->seq ? copy_live(rt, mt, m, keys, vals, seq) : 0;
    if (n != m->used) m->gen++;   // entries moved: iterators must find their place again
    gc_write_ptr(rt, &m->keys, keys);
    gc_write_ptr(rt, &m->vals, vals);
    gc_write_ptr(rt, (void **)&m->seq, seq);
    gc_write_ptr(rt, (void **)&m->index, index);
    m->used = n;
    m->cap = newcap;
    m->mask = nindex - 1;
    m->ixmask = (uint32_t)(((uint64_t)1 << ixbits) - 1);
    m->last = LAST_NONE;
    reindex(rt, mt->key, m);
}

// make_room ensures entry slot m->used exists; reports whether it rebuilt
// (which moves the index).
static bool make_room(Runtime *rt, const Type *mt, GoMap *m) {
    if (!m->seq) {
        rebuild(rt, mt, m, m->cap > MIN_CAP ? m->cap : MIN_CAP);
        return true;
    }
    if (m->used < m->cap) return false;
    uint32_t newcap = (uint64_t)m->count * 2 <= m->cap ? m->cap : m->cap * 2;
    if (newcap > (uint32_t)1 << 30) rt_fatal(rt, "runtime: map too large");   // the index would need 2^32 slots
    rebuild(rt, mt, m, newcap);
    return true;
}

// ---- lookup ---------------------------------------------------------------------

void *rt_map_access(Runtime *rt, const Type *map_type, GoMap *m, const void *key) {
    if (!m || m->count == 0) {
        if (m == NULL || m->keyclass == KC_GENERIC) {
            // Go hashes anyway so an unhashable interface key panics
            if (map_type->key->flags & TF_FLOAT_KEY) rt_hash(rt, map_type->key, key, 0);
        }
        return NULL;
    }
    const Type *kt = map_type->key;
    int64_t slot = find_slot(rt, kt, m, key, key_hash(rt, m, kt, key), NULL);
    if (slot < 0) return NULL;
    uint32_t ix = slot_entry(m, m->index[slot]);
    m->last = ix;
    return val_at(m, ix);
}

// last_matches: whether key is the entry rt_map_access found last (only
// for key classes whose comparison cannot panic or differ from hashing).
static inline bool last_matches(Runtime *rt, const Type *kt, const GoMap *m, const void *key) {
    if (m->last == LAST_NONE) return false;
    switch ((enum KeyClass)m->keyclass) {
    case KC_INT64: case KC_WORD: return load64(key_at(m, m->last)) == load64(key);
    case KC_INT32: return load32(key_at(m, m->last)) == load32(key);
    case KC_STRING: return string_eq(key_at(m, m->last), key);
    default: return false;
    }
}

void *rt_map_assign(Runtime *rt, const Type *map_type, GoMap *m, const void *key) {
    if (!m) rt_panic_plain(rt, "assignment to entry in nil map");
    const Type *kt = map_type->key;
    if (last_matches(rt, kt, m, key)) return val_at(m, m->last);
    uint32_t h = key_hash(rt, m, kt, key);
    uint32_t free = UINT32_MAX;
    if (m->count > 0) {
        int64_t slot = find_slot(rt, kt, m, key, h, &free);
        if (slot >= 0) return val_at(m, slot_entry(m, m->index[slot]));
    }
    if (make_room(rt, map_type, m)) free = UINT32_MAX;
    uint32_t ix = m->used++;
    m->seq[ix] = m->next_seq++;
    if (m->keyclass == KC_INT64 || m->keyclass == KC_INT32) memcpy(key_at(m, ix), key, m->ksize);   // no pointers
    else if (m->ksize) rt_typedmemmove(rt, kt, key_at(m, ix), key, 1);
    if (free != UINT32_MAX) m->index[free] = slot_make(m, h, ix);
    else index_insert(m, h, ix);
    m->count++;
    return val_at(m, ix);
}

void rt_map_delete(Runtime *rt, const Type *map_type, GoMap *m, const void *key) {
    if (!m || m->count == 0) {
        rt_map_access(rt, map_type, m, key);   // panics for unhashable keys
        return;
    }
    const Type *kt = map_type->key;
    int64_t slot = find_slot(rt, kt, m, key, key_hash(rt, m, kt, key), NULL);
    if (slot < 0) return;
    uint32_t ix = slot_entry(m, m->index[slot]);
    m->index[slot] = SLOT_TOMB;
    m->seq[ix] |= SEQ_DEAD;
    m->last = LAST_NONE;
    if (m->ksize) rt_typed_clear(rt, kt, key_at(m, ix));
    if (m->vsize) rt_typed_clear(rt, map_type->elem, val_at(m, ix));
    if (--m->count == 0) {   // empty: start over at entry 0, keeping seq
        m->used = 0;
        m->gen++;
        memset(m->index, 0, ((size_t)m->mask + 1) * sizeof *m->index);
    }
}

// ---- iteration --------------------------------------------------------------------

// first_after: the first entry position whose seq is greater than seq.
static uint32_t first_after(const GoMap *m, uint64_t seq) {
    uint32_t lo = 0, hi = m->used;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if ((m->seq[mid] & ~SEQ_DEAD) <= seq) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

bool rt_map_next(MapIter *it, void **key, void **val) {
    GoMap *m = it->m;
    if (!m) return false;
    if (it->end == 0) {   // first call: entries inserted from now on are not produced
        it->end = m->next_seq;
        it->pos = 0;
        it->seq = 0;
        it->gen = m->gen;
    }
    uint32_t pos = (uint32_t)it->pos;
    if (it->gen != m->gen) {
        pos = first_after(m, it->seq);
        it->gen = m->gen;
    }
    for (; pos < m->used; pos++) {
        uint64_t seq = m->seq[pos];
        if ((seq & ~SEQ_DEAD) >= it->end) {
            pos = m->used;
            break;
        }
        if (!(seq & SEQ_DEAD)) {
            it->pos = pos + 1;
            it->seq = seq;
            *key = key_at(m, pos);
            *val = val_at(m, pos);
            return true;
        }
    }
    it->pos = pos;
    return false;
}
