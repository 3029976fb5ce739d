// pkg_sync.c - package sync: WaitGroup, Mutex, RWMutex, Once, Cond, Map,
// Pool.
//
// The types are plain Go structs (usable as zero values and as fields);
// goroutines waiting on one wait on a semaphore keyed by the address of a
// field (sched_sem_wait, as Go's semtable), so copying a struct copies
// only counters. Waiters re-check their condition when woken; with one OS
// thread nothing can change between a check and a park.
#include <string.h>

#include "sched_internal.h"
#include "pkg_internal.h"

typedef struct Mutex { int32_t state; uint32_t sema; } Mutex;
typedef struct RWMutex {
    Mutex w;                  // w.state: a writer holds the lock
    uint32_t writer_sem, reader_sem;
    int32_t readers;          // readers holding the lock
    int32_t writers_waiting;
} RWMutex;
typedef struct WaitGroup { uint64_t counter; uint32_t sema; } WaitGroup;
typedef struct Once { uint32_t done; Mutex m; } Once;

static void *recv_ptr(Runtime *rt, Value *args) {
    if (!args[0].p) rt_panic_nil_deref(rt);
    return args[0].p;
}

// ---- Mutex ----

static void mutex_lock(Runtime *rt, Mutex *m, const char *frames) {
    while (m->state) sched_sem_wait(rt, &m->sema, frames, "semacquire");
    m->state = 1;
}

static void mutex_unlock(Runtime *rt, Mutex *m) {
    if (!m->state) rt_fatal(rt, "sync: unlock of unlocked mutex");
    m->state = 0;
    sched_sem_wake(rt, &m->sema, false);
}

static void m_lock(Runtime *rt, Value *args, Value *res) { (void)res; mutex_lock(rt, recv_ptr(rt, args), SEM_FRAMES_MUTEX); }
static void m_unlock(Runtime *rt, Value *args, Value *res) { (void)res; mutex_unlock(rt, recv_ptr(rt, args)); }
static void m_trylock(Runtime *rt, Value *args, Value *res) {
    Mutex *m = recv_ptr(rt, args);
    res[0].w[1] = 0;
    res[0].u = 0;
    res[0].b = m->state == 0;
    if (m->state == 0) m->state = 1;
}

// ---- RWMutex ----

static void rw_lock(Runtime *rt, Value *args, Value *res) {
    (void)res;
    RWMutex *rw = recv_ptr(rt, args);
    rw->writers_waiting++;
    while (rw->w.state || rw->readers > 0)
        sched_sem_wait(rt, &rw->writer_sem, rw->w.state ? SEM_FRAMES_RW_LOCK_MUTEX : SEM_FRAMES_RW_LOCK, "semacquire");
    rw->writers_waiting--;
    rw->w.state = 1;
}

static void rw_unlock(Runtime *rt, Value *args, Value *res) {
    (void)res;
    RWMutex *rw = recv_ptr(rt, args);
    if (!rw->w.state) rt_fatal(rt, "sync: Unlock of unlocked RWMutex");
    rw->w.state = 0;
    sched_sem_wake(rt, &rw->reader_sem, true);
    sched_sem_wake(rt, &rw->writer_sem, false);
}

static void rw_rlock(Runtime *rt, Value *args, Value *res) {
    (void)res;
    RWMutex *rw = recv_ptr(rt, args);
    while (rw->w.state || rw->writers_waiting > 0) sched_sem_wait(rt, &rw->reader_sem, SEM_FRAMES_RW_RLOCK, "semacquire");
    rw->readers++;
}

static void rw_runlock(Runtime *rt, Value *args, Value *res) {
    (void)res;
    RWMutex *rw = recv_ptr(rt, args);
    if (rw->readers <= 0) rt_fatal(rt, "sync: RUnlock of unlocked RWMutex");
    if (--rw->readers == 0) sched_sem_wake(rt, &rw->writer_sem, false);
}

// ---- WaitGroup ----

static void wg_add(Runtime *rt, WaitGroup *wg, int64_t delta) {
    int64_t n = (int64_t)wg->counter + delta;
    if (n < 0) rt_panic_plain(rt, "sync: negative WaitGroup counter");
    wg->counter = (uint64_t)n;
    if (n == 0) sched_sem_wake(rt, &wg->sema, true);
}

static void wg_add_m(Runtime *rt, Value *args, Value *res) { (void)res; wg_add(rt, recv_ptr(rt, args), args[1].i); }
static void wg_done(Runtime *rt, Value *args, Value *res) { (void)res; wg_add(rt, recv_ptr(rt, args), -1); }
static void wg_wait(Runtime *rt, Value *args, Value *res) {
    (void)res;
    WaitGroup *wg = recv_ptr(rt, args);
    while (wg->counter != 0) sched_sem_wait(rt, &wg->sema, SEM_FRAMES_WAITGROUP, "semacquire");
}

// ---- Once ----

// once_do: as Go's doSlow, done is set and the mutex released even when
// f panics (the panic then keeps unwinding).
static void once_do(Runtime *rt, Value *args, Value *res) {
    (void)res;
    Once *volatile o = recv_ptr(rt, args);
    if (o->done) return;
    mutex_lock(rt, &o->m, SEM_FRAMES_MUTEX);
    if (o->done) {
        mutex_unlock(rt, &o->m);
        return;
    }
    PanicHandler h;
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) {
        Value r[1];
        rt_call_func(rt, args[1], NULL, 0, r);
        rt_pop_handler(rt, &h);
        o->done = 1;
        mutex_unlock(rt, &o->m);
        return;
    }
    o->done = 1;
    mutex_unlock(rt, &o->m);
    rt_panic_continue(rt);
}

static void rw_trylock(Runtime *rt, Value *args, Value *res) {
    RWMutex *rw = recv_ptr(rt, args);
    bool ok = !rw->w.state && rw->readers == 0;
    if (ok) rw->w.state = 1;
    res[0] = (Value){.w = {0, 0}};
    res[0].b = ok;
}

static void rw_tryrlock(Runtime *rt, Value *args, Value *res) {
    RWMutex *rw = recv_ptr(rt, args);
    bool ok = !rw->w.state && rw->writers_waiting == 0;
    if (ok) rw->readers++;
    res[0] = (Value){.w = {0, 0}};
    res[0].b = ok;
}

// ---- Cond: struct { L Locker; sema uint32 }; Wait parks until Signal or
// Broadcast (a wake-up with no waiter is lost, as in Go) ----

typedef struct Cond {
    GoIface l;
    uint32_t sema;
} Cond;

#define SEM_FRAMES_COND                                                                     \
    "sync.runtime_notifyListWait(0x0?, 0x0?)\n\t" GO_SRC "runtime/sema.go:517 +0x14c\n" \
    "sync.(*Cond).Wait(0x0?)\n\t" GO_SRC "sync/cond.go:70 +0x8c\n"

static void call_locker(Runtime *rt, GoIface l, const char *m) {
    Value r[1];
    if (!rt_call_method(rt, l, m, NULL, 0, r)) rt_panic_nil_deref(rt);
}

static void new_cond(Runtime *rt, Value *args, Value *res) {
    Cond *c = rt_alloc(rt, rt_pkg_type(rt, "sync", "Cond", false));
    rt_store(rt, &rt_ptype_error, &c->l, args[0]);
    res[0] = (Value){.w = {0, 0}};
    res[0].p = c;
}

static void cond_wait(Runtime *rt, Value *args, Value *res) {
    (void)res;
    Cond *c = recv_ptr(rt, args);
    GoIface l = c->l;
    call_locker(rt, l, "Unlock");
    sched_sem_wait(rt, &c->sema, SEM_FRAMES_COND, "sync.Cond.Wait");
    call_locker(rt, l, "Lock");
}

static void cond_signal(Runtime *rt, Value *args, Value *res) { (void)res; sched_sem_wake(rt, &((Cond *)recv_ptr(rt, args))->sema, false); }
static void cond_broadcast(Runtime *rt, Value *args, Value *res) { (void)res; sched_sem_wake(rt, &((Cond *)recv_ptr(rt, args))->sema, true); }

// ---- Map: struct { m map[any]any }, made on the first store ----

typedef struct SyncMap {
    GoMap *m;
} SyncMap;

static const Type *map_type(Runtime *rt) { return rt_pkg_type(rt, "sync", "Map", false)->fields[0].type; }

static GoIface *map_find(Runtime *rt, SyncMap *m, Value *key) {
    return m->m ? rt_map_access(rt, map_type(rt), m->m, &key->e) : NULL;
}

static void map_put(Runtime *rt, SyncMap *m, Value *key, Value v) {
    if (!m->m) gc_write_ptr(rt, (void **)&m->m, rt_map_new(rt, map_type(rt), 0));
    GoIface *slot = rt_map_assign(rt, map_type(rt), m->m, &key->e);
    rt_store(rt, &rt_ptype_error, slot, v);
}

static void value_ok(Value *res, const GoIface *v) {
    res[0] = (Value){.w = {0, 0}};
    res[1] = (Value){.w = {0, 0}};
    if (v) res[0].e = *v;
    res[1].b = v != NULL;
}

static void map_load(Runtime *rt, Value *a, Value *res) { value_ok(res, map_find(rt, recv_ptr(rt, a), &a[1])); }
static void map_store(Runtime *rt, Value *a, Value *res) { (void)res, map_put(rt, recv_ptr(rt, a), &a[1], a[2]); }

static void map_load_or_store(Runtime *rt, Value *a, Value *res) {
    SyncMap *m = recv_ptr(rt, a);
    GoIface *v = map_find(rt, m, &a[1]);
    if (v) {
        value_ok(res, v);
        return;
    }
    map_put(rt, m, &a[1], a[2]);
    res[0] = a[2];
    res[1] = (Value){.w = {0, 0}};
}

static void map_load_and_delete(Runtime *rt, Value *a, Value *res) {
    SyncMap *m = recv_ptr(rt, a);
    GoIface *v = map_find(rt, m, &a[1]);
    value_ok(res, v);
    if (v) rt_map_delete(rt, map_type(rt), m->m, &a[1].e);
}

static void map_delete(Runtime *rt, Value *a, Value *res) {
    (void)res;
    SyncMap *m = recv_ptr(rt, a);
    if (m->m) rt_map_delete(rt, map_type(rt), m->m, &a[1].e);
}

static void map_range(Runtime *rt, Value *a, Value *res) {
    (void)res;
    SyncMap *m = recv_ptr(rt, a);
    if (!m->m) return;
    MapIter it = {0};
    it.m = m->m;
    void *k, *v;
    while (rt_map_next(&it, &k, &v)) {
        Value args[2], r[1];
        args[0] = (Value){.w = {0, 0}};
        args[1] = (Value){.w = {0, 0}};
        args[0].e = *(GoIface *)k;
        args[1].e = *(GoIface *)v;
        r[0] = (Value){.w = {0, 0}};
        rt_call_func(rt, a[1], args, 2, r);
        if (!r[0].b) return;
    }
}

// ---- Pool: struct { New func() any; private any; shared []any }: Put
// fills the private slot first, Get takes it first, then the newest
// shared one (as Go's per-P pool on one P) ----

typedef struct Pool {
    void *new_fn;
    GoIface priv;
    GoSlice shared;
} Pool;

static void pool_put(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Pool *p = recv_ptr(rt, a);
    if (!a[1].e.type) return;
    if (!p->priv.type) {
        rt_store(rt, &rt_ptype_error, &p->priv, a[1]);
        return;
    }
    const Type *st = rt_pkg_type(rt, "sync", "Pool", false)->fields[2].type;
    GoSlice s = rt_append(rt, st->elem, p->shared, &a[1].e, 1);
    rt_store(rt, st, &p->shared, (Value){.sl = s});
}

static void pool_get(Runtime *rt, Value *a, Value *res) {
    Pool *p = recv_ptr(rt, a);
    res[0] = (Value){.w = {0, 0}};
    if (p->priv.type) {
        res[0].e = p->priv;
        rt_store(rt, &rt_ptype_error, &p->priv, (Value){.w = {0, 0}});
        return;
    }
    if (p->shared.len > 0) {
        GoIface *v = (GoIface *)p->shared.ptr + p->shared.len - 1;
        res[0].e = *v;
        rt_store(rt, &rt_ptype_error, v, (Value){.w = {0, 0}});
        p->shared.len--;
        return;
    }
    if (p->new_fn) {
        Value fn = {.w = {0, 0}};
        fn.p = p->new_fn;
        rt_call_func(rt, fn, NULL, 0, res);
    }
}

static const NativeFunc sync_funcs[] = {
    {"(*Mutex).Lock", "func()", m_lock},
    {"(*Mutex).Unlock", "func()", m_unlock},
    {"(*Mutex).TryLock", "func() bool", m_trylock},
    {"(*RWMutex).Lock", "func()", rw_lock},
    {"(*RWMutex).Unlock", "func()", rw_unlock},
    {"(*RWMutex).RLock", "func()", rw_rlock},
    {"(*RWMutex).RUnlock", "func()", rw_runlock},
    {"(*WaitGroup).Add", "func(delta int)", wg_add_m},
    {"(*WaitGroup).Done", "func()", wg_done},
    {"(*WaitGroup).Wait", "func()", wg_wait},
    {"(*Once).Do", "func(f func())", once_do},
    {"(*RWMutex).TryLock", "func() bool", rw_trylock},
    {"(*RWMutex).TryRLock", "func() bool", rw_tryrlock},
    {"NewCond", "func(l Locker) *Cond", new_cond},
    {"(*Cond).Wait", "func()", cond_wait},
    {"(*Cond).Signal", "func()", cond_signal},
    {"(*Cond).Broadcast", "func()", cond_broadcast},
    {"(*Map).Load", "func(key any) (value any, ok bool)", map_load},
    {"(*Map).Store", "func(key, value any)", map_store},
    {"(*Map).LoadOrStore", "func(key, value any) (actual any, loaded bool)", map_load_or_store},
    {"(*Map).LoadAndDelete", "func(key any) (value any, loaded bool)", map_load_and_delete},
    {"(*Map).Delete", "func(key any)", map_delete},
    {"(*Map).Range", "func(f func(key, value any) bool)", map_range},
    {"(*Pool).Put", "func(x any)", pool_put},
    {"(*Pool).Get", "func() any", pool_get},
};

static const NativeType sync_types[] = {
    {"Mutex", "struct { state int32; sema uint32 }"},
    {"RWMutex", "struct { w Mutex; writerSem uint32; readerSem uint32; readerCount int32; readerWait int32 }"},
    {"WaitGroup", "struct { state1 uint64; state2 uint32 }"},
    {"Once", "struct { done uint32; m Mutex }"},
    {"Locker", "interface { Lock(); Unlock() }"},
    {"Cond", "struct { L Locker; sema uint32 }"},
    {"Map", "struct { m map[any]any }"},
    {"Pool", "struct { New func() any; private any; shared []any }"},
};

const NativePkg rt_pkg_sync = {
    .path = "sync", .name = "sync",
    .funcs = sync_funcs, .nfuncs = sizeof sync_funcs / sizeof sync_funcs[0],
    .types = sync_types, .ntypes = sizeof sync_types / sizeof sync_types[0],
};
