// map.c - Go maps: an insertion-ordered hash map over typed keys and
// values stored inline (Python's compact dict layout).
//
// Layout: entries live in three parallel arrays in insertion order,
// keys[cap] and vals[cap] (heap arrays of the key and value types, so the
// collector scans them with their own descriptors) and meta[cap] (seq,
// hash, live; pointer-free); index[] is an open-addressing table
// (linear probing, power-of-two size >= 2*cap) of entry numbers, EMPTY or
// TOMB. The GoMap header is itself a heap object (map_header_type).
//
// Invariants:
//   - entries [0, used) have been filled; live ones are indexed, deleted
//     ones are dead (meta.live = 0, key/value cleared, index slot TOMB);
//   - count is the number of live entries (rt_map_len is O(1));
//   - seq numbers grow strictly with the entry position and are never
//     reused; an entry never moves except when dead entries are squeezed
//     out (compaction), which bumps gen;
//   - a new array set is allocated on every rebuild, so a slot address
//     handed out stays readable (but stale) after the next insertion.
// Iteration (Go's rules): an iterator remembers the seq of the last entry
// it produced and the first seq it must not produce (entries added after
// it started are skipped, so `for k := range m { m[k+1] = 0 }` ends); dead
// entries are skipped, so an entry deleted before being reached is not
// produced; after a compaction it finds its place again by binary search
// on seq.
#include <string.h>

#include "internal.h"
#include "value_internal.h"

enum { INDEX_EMPTY = -1, INDEX_TOMB = -2, MIN_CAP = 8, MAX_HINT = 1 << 20 };

enum KeyClass { KC_GENERIC, KC_WORD, KC_STRING };

typedef struct MapMeta {
    uint64_t seq;
    uint32_t hash;
    uint32_t live;
} MapMeta;

struct GoMap {
    void *keys;          // word 0: key type [cap]
    void *vals;          // word 1: value type [cap]
    MapMeta *meta;       // word 2: [cap], pointer-free
    int32_t *index;      // word 3: [mask+1], pointer-free
    int64_t count;
    uint64_t next_seq;   // seq of the next insertion (from 1)
    uint32_t used, cap, mask, gen;
    uint32_t ksize, vsize;
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
    case KIND_POINTER: case KIND_CHAN: case KIND_UNSAFE_POINTER:
        return KC_WORD;
    case KIND_STRING:
        return KC_STRING;
    default:
        return KC_GENERIC;
    }
}

static inline uint64_t key_hash(Runtime *rt, const GoMap *m, const Type *kt, const void *key) {
    if (m->keyclass == KC_WORD) return rt_hash_word(*(const uint64_t *)key, 0);
    if (m->keyclass == KC_STRING) {
        const GoString *s = key;
        return rt_hash_bytes(s->ptr, (size_t)s->len, 0);
    }
    return rt_hash(rt, kt, key, 0);
}

static inline bool key_eq(Runtime *rt, const GoMap *m, const Type *kt, const void *a, const void *b) {
    if (m->keyclass == KC_WORD) return *(const uint64_t *)a == *(const uint64_t *)b;
    if (m->keyclass == KC_STRING) return rt_string_eq(*(const GoString *)a, *(const GoString *)b);
    return rt_equal(rt, kt, a, b);
}

static inline void *key_at(const GoMap *m, uint32_t i) { return (uint8_t *)m->keys + (size_t)i * m->ksize; }
static inline void *val_at(const GoMap *m, uint32_t i) { return (uint8_t *)m->vals + (size_t)i * m->vsize; }

static void *alloc_slots(Runtime *rt, const Type *t, uint32_t n) {
    if (t->size == 0) return (void *)zero_slot;
    return rt_alloc_array(rt, t, n);
}

// ---- construction and rebuilding ----------------------------------------------

GoMap *rt_map_new(Runtime *rt, const Type *map_type, int64_t hint) {
    GoMap *m = rt_alloc(rt, &map_header_type);
    m->next_seq = 1;
    m->ksize = map_type->key->size;
    m->vsize = map_type->elem->size;
    m->keyclass = (uint8_t)key_class(map_type->key);
    (void)hint;   // arrays are made at the first insertion, sized by the hint then
    m->cap = hint <= 0 ? 0 : hint > MAX_HINT ? MAX_HINT : (uint32_t)hint;
    return m;
}

int64_t rt_map_len(const GoMap *m) { return m ? m->count : 0; }

static void index_insert(GoMap *m, uint32_t hash, int32_t ix) {
    uint32_t slot = hash & m->mask;
    while (m->index[slot] >= 0) slot = (slot + 1) & m->mask;
    m->index[slot] = ix;
}

// rebuild moves the live entries, in order, into fresh arrays of newcap
// entries and reindexes them.
static void rebuild(Runtime *rt, const Type *mt, GoMap *m, uint32_t newcap) {
    const Type *kt = mt->key, *vt = mt->elem;
    void *keys = alloc_slots(rt, kt, newcap);
    void *vals = alloc_slots(rt, vt, newcap);
    MapMeta *meta = rt_alloc_noscan(rt, (size_t)newcap * sizeof *meta, true);
    uint32_t nindex = 16;
    while (nindex < newcap * 2) nindex *= 2;
    int32_t *index = rt_alloc_noscan(rt, (size_t)nindex * sizeof *index, false);
    memset(index, 0xFF, (size_t)nindex * sizeof *index);
    uint32_t n = 0;
    for (uint32_t i = 0; i < m->used; i++) {
        if (!m->meta[i].live) continue;
        if (m->ksize) rt_typedmemmove(rt, kt, (uint8_t *)keys + (size_t)n * m->ksize, key_at(m, i), 1);
        if (m->vsize) rt_typedmemmove(rt, vt, (uint8_t *)vals + (size_t)n * m->vsize, val_at(m, i), 1);
        meta[n++] = m->meta[i];
    }
    if (n != m->used) m->gen++;   // entries moved: iterators must find their place again
    gc_write_ptr(rt, &m->keys, keys);
    gc_write_ptr(rt, &m->vals, vals);
    gc_write_ptr(rt, (void **)&m->meta, meta);
    gc_write_ptr(rt, (void **)&m->index, index);
    m->used = n;
    m->cap = newcap;
    m->mask = nindex - 1;
    for (uint32_t i = 0; i < n; i++) index_insert(m, meta[i].hash, (int32_t)i);
}

// make_room ensures entry slot m->used exists.
static void make_room(Runtime *rt, const Type *mt, GoMap *m) {
    if (!m->meta) {
        rebuild(rt, mt, m, m->cap > MIN_CAP ? m->cap : MIN_CAP);
        return;
    }
    if (m->used < m->cap) return;
    uint32_t newcap = (uint64_t)m->count * 2 <= m->cap ? m->cap : m->cap * 2;
    if (newcap > (uint32_t)INT32_MAX) rt_fatal(rt, "runtime: map too large");
    rebuild(rt, mt, m, newcap);
}

// ---- lookup ---------------------------------------------------------------------

// find_slot: the index slot holding key, or -1.
static int64_t find_slot(Runtime *rt, const Type *kt, const GoMap *m, const void *key, uint64_t h) {
    uint32_t h32 = (uint32_t)h;
    uint32_t slot = h32 & m->mask;
    for (;;) {
        int32_t ix = m->index[slot];
        if (ix == INDEX_EMPTY) return -1;
        if (ix >= 0 && m->meta[ix].hash == h32 && key_eq(rt, m, kt, key_at(m, (uint32_t)ix), key))
            return slot;
        slot = (slot + 1) & m->mask;
    }
}

void *rt_map_access(Runtime *rt, const Type *map_type, GoMap *m, const void *key) {
    if (!m || m->count == 0) {
        if (m == NULL || m->keyclass == KC_GENERIC) {
            // Go hashes anyway so an unhashable interface key panics
            if (map_type->key->flags & TF_FLOAT_KEY) rt_hash(rt, map_type->key, key, 0);
        }
        return NULL;
    }
    int64_t slot = find_slot(rt, map_type->key, m, key, key_hash(rt, m, map_type->key, key));
    return slot < 0 ? NULL : val_at(m, (uint32_t)m->index[slot]);
}

void *rt_map_assign(Runtime *rt, const Type *map_type, GoMap *m, const void *key) {
    if (!m) rt_panic_plain(rt, "assignment to entry in nil map");
    const Type *kt = map_type->key;
    uint64_t h = key_hash(rt, m, kt, key);
    if (m->count > 0) {
        int64_t slot = find_slot(rt, kt, m, key, h);
        if (slot >= 0) return val_at(m, (uint32_t)m->index[slot]);
    }
    make_room(rt, map_type, m);
    uint32_t ix = m->used++;
    m->meta[ix].seq = m->next_seq++;
    m->meta[ix].hash = (uint32_t)h;
    m->meta[ix].live = 1;
    if (m->ksize) rt_typedmemmove(rt, kt, key_at(m, ix), key, 1);
    index_insert(m, (uint32_t)h, (int32_t)ix);
    m->count++;
    return val_at(m, ix);
}

void rt_map_delete(Runtime *rt, const Type *map_type, GoMap *m, const void *key) {
    if (!m || m->count == 0) {
        rt_map_access(rt, map_type, m, key);   // panics for unhashable keys
        return;
    }
    const Type *kt = map_type->key;
    int64_t slot = find_slot(rt, kt, m, key, key_hash(rt, m, kt, key));
    if (slot < 0) return;
    uint32_t ix = (uint32_t)m->index[slot];
    m->index[slot] = INDEX_TOMB;
    m->meta[ix].live = 0;
    if (m->ksize) rt_typed_clear(rt, kt, key_at(m, ix));
    if (m->vsize) rt_typed_clear(rt, map_type->elem, val_at(m, ix));
    if (--m->count == 0) {   // empty: start over at entry 0, keeping seq
        m->used = 0;
        m->gen++;
        memset(m->index, 0xFF, ((size_t)m->mask + 1) * sizeof *m->index);
    }
}

// ---- iteration --------------------------------------------------------------------

// first_after: the first entry position whose seq is greater than seq.
static uint32_t first_after(const GoMap *m, uint64_t seq) {
    uint32_t lo = 0, hi = m->used;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (m->meta[mid].seq <= seq) lo = mid + 1;
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
        const MapMeta *e = &m->meta[pos];
        if (e->seq >= it->end) {
            pos = m->used;
            break;
        }
        if (e->live) {
            it->pos = pos + 1;
            it->seq = e->seq;
            *key = key_at(m, pos);
            *val = val_at(m, pos);
            return true;
        }
    }
    it->pos = pos;
    return false;
}
