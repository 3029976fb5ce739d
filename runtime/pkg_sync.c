// pkg_sync.c - package sync: WaitGroup, Mutex, RWMutex, Once.
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
    while (m->state) sched_sem_wait(rt, &m->sema, frames);
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
        sched_sem_wait(rt, &rw->writer_sem, rw->w.state ? SEM_FRAMES_RW_LOCK_MUTEX : SEM_FRAMES_RW_LOCK);
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
    while (rw->w.state || rw->writers_waiting > 0) sched_sem_wait(rt, &rw->reader_sem, SEM_FRAMES_RW_RLOCK);
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
    while (wg->counter != 0) sched_sem_wait(rt, &wg->sema, SEM_FRAMES_WAITGROUP);
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
};

static const NativeType sync_types[] = {
    {"Mutex", "struct { state int32; sema uint32 }"},
    {"RWMutex", "struct { w Mutex; writerSem uint32; readerSem uint32; readerCount int32; readerWait int32 }"},
    {"WaitGroup", "struct { state1 uint64; state2 uint32 }"},
    {"Once", "struct { done uint32; m Mutex }"},
};

const NativePkg rt_pkg_sync = {
    .path = "sync", .name = "sync",
    .funcs = sync_funcs, .nfuncs = sizeof sync_funcs / sizeof sync_funcs[0],
    .types = sync_types, .ntypes = sizeof sync_types / sizeof sync_types[0],
};
