// pkg_runtime.c - package runtime as Go programs see it: GC, ReadMemStats
// (runtime.MemStats with Go 1.19's field order), NumGoroutine, Gosched,
// NumCPU, GOMAXPROCS, Version; and runtime/debug.SetGCPercent.
#include <string.h>
#include <unistd.h>

#include "internal.h"
#include "pkg_internal.h"

// GoMemStats mirrors the Go struct text below field for field; C's amd64
// layout rules give the same offsets as the checker's.
typedef struct GoMemStats {
    uint64_t alloc, total_alloc, sys, lookups, mallocs, frees;
    uint64_t heap_alloc, heap_sys, heap_idle, heap_inuse, heap_released, heap_objects;
    uint64_t stack_inuse, stack_sys, mspan_inuse, mspan_sys, mcache_inuse, mcache_sys;
    uint64_t buck_hash_sys, gc_sys, other_sys;
    uint64_t next_gc, last_gc, pause_total_ns;
    uint64_t pause_ns[256], pause_end[256];
    uint32_t num_gc, num_forced_gc;
    double gc_cpu_fraction;
    bool enable_gc, debug_gc;
} GoMemStats;

static void gc(Runtime *rt, Value *args, Value *res) {
    (void)args, (void)res;
    gc_collect(rt);
}

static void read_memstats(Runtime *rt, Value *args, Value *res) {
    (void)res;
    GoMemStats *m = args[0].p;
    if (!m) rt_panic_nil_deref(rt);
    RtMemStats s;
    memset(&s, 0, sizeof s);
    gc_read_memstats(rt, &s);
    GoMemStats g;
    memset(&g, 0, sizeof g);
    g.alloc = s.alloc;
    g.total_alloc = s.total_alloc;
    g.sys = s.sys;
    g.mallocs = s.mallocs;
    g.frees = s.frees;
    g.heap_alloc = s.heap_alloc;
    g.heap_sys = s.heap_sys;
    g.heap_idle = s.heap_idle;
    g.heap_inuse = s.heap_inuse;
    g.heap_released = s.heap_released;
    g.heap_objects = s.heap_objects;
    g.next_gc = s.next_gc;
    g.last_gc = s.last_gc;
    g.pause_total_ns = s.pause_total_ns;
    memcpy(g.pause_ns, s.pause_ns, sizeof g.pause_ns);
    memcpy(g.pause_end, s.pause_end, sizeof g.pause_end);
    g.num_gc = s.num_gc;
    g.num_forced_gc = s.num_forced_gc;
    g.gc_cpu_fraction = s.gc_cpu_fraction;
    g.enable_gc = true;
    memcpy(m, &g, sizeof g);   // MemStats holds no pointers: no barrier needed
}

static void num_goroutine(Runtime *rt, Value *args, Value *res) {
    (void)rt, (void)args;
    res[0].w[1] = 0;
    res[0].i = rt_num_goroutine(rt);
}

static void gosched(Runtime *rt, Value *args, Value *res) { (void)args, (void)res; rt_gosched(rt); }

static void num_cpu(Runtime *rt, Value *args, Value *res) {
    (void)rt, (void)args;
    long n = sysconf(_SC_NPROCESSORS_ONLN);
    res[0].w[1] = 0;
    res[0].i = n > 0 ? n : 1;
}

static void gomaxprocs(Runtime *rt, Value *args, Value *res) {
    num_cpu(rt, args, res);
}

static void version(Runtime *rt, Value *args, Value *res) {
    (void)args;
    res[0].s = rt_string_from_c(rt, "go1.19.8", 8);
}

static const NativeType runtime_types[] = {
    {"Error", "interface { error; RuntimeError() }"},
    {"MemStats",
     "struct { Alloc uint64; TotalAlloc uint64; Sys uint64; Lookups uint64; Mallocs uint64; Frees uint64; "
     "HeapAlloc uint64; HeapSys uint64; HeapIdle uint64; HeapInuse uint64; HeapReleased uint64; HeapObjects uint64; "
     "StackInuse uint64; StackSys uint64; MSpanInuse uint64; MSpanSys uint64; MCacheInuse uint64; MCacheSys uint64; "
     "BuckHashSys uint64; GCSys uint64; OtherSys uint64; NextGC uint64; LastGC uint64; PauseTotalNs uint64; "
     "PauseNs [256]uint64; PauseEnd [256]uint64; NumGC uint32; NumForcedGC uint32; GCCPUFraction float64; "
     "EnableGC bool; DebugGC bool }"},
};

static const NativeFunc runtime_funcs[] = {
    {"GC", "func()", gc},
    {"ReadMemStats", "func(m *MemStats)", read_memstats},
    {"NumGoroutine", "func() int", num_goroutine},
    {"Gosched", "func()", gosched},
    {"NumCPU", "func() int", num_cpu},
    {"GOMAXPROCS", "func(n int) int", gomaxprocs},
    {"Version", "func() string", version},
};

const NativePkg rt_pkg_runtime = {
    .path = "runtime", .name = "runtime",
    .funcs = runtime_funcs, .nfuncs = sizeof runtime_funcs / sizeof runtime_funcs[0],
    .types = runtime_types, .ntypes = sizeof runtime_types / sizeof runtime_types[0],
};

// ---- runtime/debug ----

static void set_gc_percent(Runtime *rt, Value *args, Value *res) {
    res[0].w[1] = 0;
    res[0].i = rt_set_gc_percent(rt, (int)args[0].i);
}

static void free_os_memory(Runtime *rt, Value *args, Value *res) {
    (void)args, (void)res;
    gc_collect(rt);
}

static const NativeFunc debug_funcs[] = {
    {"SetGCPercent", "func(percent int) int", set_gc_percent},
    {"FreeOSMemory", "func()", free_os_memory},
};

const NativePkg rt_pkg_runtime_debug = {
    .path = "runtime/debug", .name = "debug",
    .funcs = debug_funcs, .nfuncs = sizeof debug_funcs / sizeof debug_funcs[0],
};
