// gc_internal.h - private to the heap, the collector and the goroutine
// stacks: heap.c, heap_pages.c, gc.c, gc_mark.c, gc_sweep.c, gc_barrier.c,
// stack.c and rt.c. Nothing outside runtime/ (and only these files inside
// it, plus tests/unit/test_gc.c) includes it.
//
// Memory layout (see gc.c for the collector's design essay):
//   - Arenas: 64 MiB chunks reserved with mmap (MAP_NORESERVE, committed
//     lazily by the kernel), aligned to 64 MiB. A two-level page map finds
//     the Span of any address: l1[addr >> 26] is the Arena (NULL: not heap
//     memory) and arena->pages[(addr >> 13) & 8191] the span covering that
//     8 KiB page. Every page of every arena maps to the span covering it,
//     in use or free, so any interior pointer finds its span in two loads.
//   - Spans: runs of pages. An in-use span is either a small-object span
//     of one size class (Go's 67 classes, 8 B .. 32 KiB) or one large
//     object. Spans are "scan" or "noscan" (objects without pointers);
//     the span class is sizeclass << 1 | noscan.
//   - No object header. Per span, side bitmaps: allocbits (1 = object in
//     use) and markbits (1 = reached in this cycle), one bit per object;
//     for scan spans the object's Type (the element type for arrays,
//     scanned as the element layout repeated over the object): while all
//     objects of a span share one Type (the usual case) it is stored once,
//     in Span.type1; the first object of another Type makes the span
//     "mixed" and a side array types[] (one entry per slot) is made. The object index of an address is
//     (addr - base) * divmul >> 32 (Go's division by multiplication).
//   - Free slots are found from the allocation bitmap with a 64-bit cache
//     of inverted bits starting at freeindex (Go's allocCache); the
//     allocator sets the allocation bit, so allocbits are exact.
#ifndef GOSUB_GC_INTERNAL_H
#define GOSUB_GC_INTERNAL_H

#include <pthread.h>
#include <ucontext.h>

#include "internal.h"

#define GC_PAGE_SHIFT 13
#define GC_PAGE_SIZE ((size_t)1 << GC_PAGE_SHIFT)
#define GC_ARENA_SHIFT 26
#define GC_ARENA_SIZE ((size_t)1 << GC_ARENA_SHIFT)
#define GC_ARENA_PAGES (GC_ARENA_SIZE >> GC_PAGE_SHIFT)
#define GC_ADDR_BITS 47
#define GC_L1_ENTRIES ((size_t)1 << (GC_ADDR_BITS - GC_ARENA_SHIFT))
#define GC_MAX_SMALL 32768
#define GC_NUM_CLASSES 68                      // class 0 unused (large)
#define GC_NUM_SPANCLASSES (GC_NUM_CLASSES * 2)
#define GC_FREE_BUCKETS 128                    // free runs of 1..127 pages; [0]: larger
#define GC_MIN_HEAP ((uint64_t)4 << 20)        // smallest heap goal (GOGC=100)
#define GC_WORK_CAP 512                        // local grey buffer (GcWork) entries
#define GC_WBUF_CAP 512                        // mutator write-barrier buffer entries
#define GC_CHECKIN ((uint64_t)64 << 10)        // while marking: mutator polls every 64 KiB
#define GC_ASSIST_BUDGET ((size_t)64 << 10)    // bytes scanned per assist slice

// Collector phases (Heap.phase, written by the mutator under mark_lock).
enum { GC_PHASE_IDLE, GC_PHASE_MARK, GC_PHASE_MARKTERM, GC_PHASE_SWEEP };

typedef enum SpanState { SPAN_DEAD, SPAN_FREE, SPAN_INUSE } SpanState;

typedef struct Span Span;
struct Span {
    uintptr_t base;           // first byte
    size_t npages;
    uint8_t state;            // SpanState
    uint8_t spanclass;        // sizeclass << 1 | noscan; class 0 = large object
    bool noscan;              // INUSE: objects hold no pointers
    bool needzero;            // memory may hold non-zero bytes
    bool released;            // FREE: pages returned to the OS (read as zero)
    bool large;               // INUSE: one large object
    size_t elemsize;          // bytes per object slot
    size_t reqsize;           // large: bytes requested (scan limit)
    uint32_t nelems;          // object slots
    uint32_t divmul;          // index = off * divmul >> 32
    uint32_t nwords;          // 64-bit words per bitmap
    uint32_t freeindex;       // allocator: first slot not yet examined
    uint64_t alloc_cache;     // ~allocbits from freeindex (bit 0 = freeindex)
    uint64_t *allocbits;      // nwords words
    uint64_t *markbits;       // nwords words
    uint64_t *bits_mem;       // malloc'ed block holding both bitmaps (NULL: inline_bits)
    const Type *type1;        // scan spans, not mixed: every object's Type
    const Type **types;       // mixed scan spans: each allocated object's Type
    bool mixed;
    uint64_t inline_bits[2];  // bitmaps of one-word spans (large objects)
    Span *next, *prev;        // FREE: bucket list; INUSE: partial list (next)
    size_t index;             // INUSE: position in Heap.inuse
    uint32_t sweepgen;        // == Heap.sweepgen: swept this cycle; +2 behind: needs sweeping
};

typedef struct Arena {
    uintptr_t base;
    Span *pages[GC_ARENA_PAGES];
} Arena;

// A plain registered root (gc_add_root): scanned in the start pause.
typedef struct GcRoot { void *start; size_t size; } GcRoot;
// A chunk of a global root (gc_add_global_root): scanned concurrently (gc_roots.c).
typedef struct GcGlobal {
    uintptr_t lo, hi;         // the chunk
    void *owner;              // the registered range's start (gc_remove_root's key)
    struct GcGlobal *next;
} GcGlobal;

// A block of the shared grey stack. Blocks, not one array: growing an
// array under mark_lock copied megabytes while the other thread waited.
#define GC_MARK_BLOCK 4095
typedef struct MarkBlock {
    struct MarkBlock *next;
    uintptr_t e[GC_MARK_BLOCK];
} MarkBlock;
typedef struct Stack Stack;

// A marker's local grey buffer (the collector thread has one, the mutator
// another for barrier flushes, assists and the stop-the-world phases);
// spills to and refills from the shared grey stack Heap.mark_top.
typedef struct GcWork {
    uintptr_t buf[GC_WORK_CAP];
    size_t n;
    uint64_t scanned;         // bytes scanned (assist budget)
    uint64_t root_bytes;      // bytes of roots (stacks, ranges) scanned into it, ever
    uint64_t marked;          // bytes it marked not yet added to Heap.marked_bytes (one
                              // atomic add per drain, not one per object on a shared line)
    bool record;              // gccheckmark: note every object a root scan reaches
    uint64_t deadline;        // gc_nanotime after which gc_drain_work stops (0: none)
} GcWork;

// Timestamps and sizes of the cycle in progress (gctrace, MemStats).
typedef struct CycleTimes {
    uint64_t t0, t1, t2, t3;  // start, start STW done, mark-term STW start, end
    uint64_t heap0, heap1, heap2, goal;
    uint64_t pause1, pause2;  // the two stop-the-world pauses
    uint64_t assist_ns;
    bool forced;
} CycleTimes;

// What held the mutator up (GOSUBDEBUG=gcpauses): one record per stall.
// Kinds in order of precedence: a stall that nests several is named by the first.
// Two kinds are records, not stalls: CYCLE (a cycle start or mark end,
// length 0: a heap sample) and STW (one stop-the-world pause, its length).
enum { GC_STALL_PAUSE, GC_STALL_ASSIST, GC_STALL_SWEEP, GC_STALL_STACK, GC_STALL_CYCLE, GC_STALL_STW,
       GC_STALL_NONE };
typedef struct GcStall {
    uint64_t at;              // start, ns since Heap.start_ns
    uint64_t ns;              // length (wall clock)
    uint64_t own;             // ns less the time the OS ran other threads (gc_stats.c)
    uint64_t heap;            // heap_alloc less the sweep's garbage then
    int kind;                 // GC_STALL_*
} GcStall;
typedef struct Heap {
    Runtime *rt;
    // size classes (filled by heap_new from Go's table)
    uint32_t class_size[GC_NUM_CLASSES];
    uint8_t class_npages[GC_NUM_CLASSES];
    uint8_t class_of8[1024 / 8 + 1];                       // size <= 1024
    uint8_t class_of128[(GC_MAX_SMALL - 1024) / 128 + 1];  // size > 1024

    // allocator
    Span *cur[GC_NUM_SPANCLASSES];      // span allocated from (or &empty)
    Span *partial[GC_NUM_SPANCLASSES];  // swept spans with free slots
    Span empty;                         // sentinel with no free slot
    uint64_t trigger;                   // collect when heap_alloc reaches it
    int stress_left;                    // gcstress countdown

    // in-use spans (sweep walks them)
    Span **inuse;
    size_t ninuse, cap_inuse;

    // page heap (heap_pages.c)
    Arena **l1;                         // GC_L1_ENTRIES, mmap'd lazily
    uintptr_t lo, hi;                   // bounds of all arenas
    Arena **arenas;
    size_t narenas, cap_arenas;
    Span *free[GC_FREE_BUCKETS];
    Span *dead;                         // recycled Span structs
    uint64_t *bits_cache[17];           // recycled bitmap blocks by nwords (linked by word 0)

    // statistics (bytes unless named otherwise)
    uint64_t heap_alloc, total_alloc, nmalloc, nfree;
    uint64_t heap_sys, heap_inuse, heap_released, meta_sys;

    // collector
    bool marking;                       // write barrier active, allocate black (mutator-owned)
    bool in_gc;
    struct MarkBlock *mark_top;         // shared grey objects (addresses), under mark_lock:
    struct MarkBlock *mark_spare;       // a stack of blocks, never moved (gc_mark.c)
    size_t mark_top_n;                  // entries in mark_top (the blocks below are full)
    size_t mark_len, mark_cap;          // greys in it, entries its blocks can hold
    uint64_t marked_bytes;              // atomic
    uint64_t black_alloc;               // bytes allocated (born black) while marking
    uint64_t mark_alloc;                // black_alloc of the last completed mark (pacing)
    uint64_t sweep_garbage;             // bytes the sweep will still free (not yet folded):
                                        // pacing counts them out of heap_alloc

    // concurrency (gc_cycle.c). Locks: `lock` guards the page heap, the
    // partial lists, the in-use array, span structs and sweeping;
    // `mark_lock` the shared grey stack, phase and the collector's state.
    // mark_len, bg_idle, scan_next and global_next are written under
    // mark_lock with atomic stores: the mutator peeks at them without it
    // (relaxed loads in collector_asleep and assist: a hint, rechecked
    // under the lock); readers holding the lock read them plainly.
    pthread_mutex_t lock, mark_lock;
    pthread_cond_t bg_cond;             // collector thread: wake up
    pthread_cond_t idle_cond;           // mutator: the collector went idle
    pthread_t thread;
    bool thread_started, exit_req;
    int phase;                          // GC_PHASE_*
    bool bg_idle;                       // collector waits (no mark work / nothing to sweep)
    bool bg_sweep_req, bg_sweeping;
    bool sweep_abort;                   // atomic: the mutator finished the sweep itself
    bool defer_wake;                    // mutator, in a pause: spills do not wake the collector
    uint32_t sweepgen;                  // += 2 at each mark termination
    uint32_t stackgen;                  // += 2 at each cycle start (Stack.scangen)
    Stack *scan_next;                   // under mark_lock: the cycle's stacks (rt->stacks at
                                        // its start) not yet handed to a scanner; NULL: none
    GcGlobal *globals;                  // global root chunks (pushed at the head under mark_lock)
    GcGlobal *global_next;              // under mark_lock: the cycle's chunks not yet handed out
    int walkers;                        // atomic (raised under mark_lock): batches of stacks
                                        // or global chunks being scanned
    uint64_t global_bytes;              // atomic: bytes of global roots scanned this cycle
    uint64_t pause_root_bytes;          // bytes of roots (stack, ranges) the last start pause scanned
    uint64_t stacks_scanned;            // atomic: stack scans ever (tests: once per cycle)
    uint64_t stack_bytes;               // atomic: bytes of stack scanned this cycle (gctrace)
    uint64_t last_stack_bytes;          // stack_bytes of the last completed mark (pacing)
    size_t sweep_next;                  // next in-use index to sweep (under lock)
    size_t sweep_end;                   // in-use spans at mark termination (proportional sweep)
    bool inuse_compacted;               // the in-use array lost this sweep's holes (under lock)
    uint64_t sweep_alloc0;              // total_alloc at mark termination
    uint64_t sweep_budget;              // bytes the mutator may allocate before sweeping must be done
    uint64_t freed_bytes, freed_objs;   // atomic: swept since the mutator last folded them
    uint64_t bg_ns;                     // atomic: collector thread busy time
    uintptr_t wbuf[GC_WBUF_CAP];        // mutator barrier buffer (pointers to shade)
    size_t wbuf_n;
    GcWork mut_work, bg_work;
    Span *limbo;                        // span structs freed while marking (reused after)
    uint64_t gc_trigger;                // pacing: start a cycle at this heap_alloc
    uint64_t last_live;                 // bytes marked by the last cycle
    uint64_t retain_goal;               // atomic: the goals of recent cycles, a max decaying by
                                        // an eighth a cycle (what the scavenger keeps, gc_cycle.c)
    uint64_t check_at;                  // while marking: mutator polls when heap_alloc passes it
    uint64_t assist_at;                 // while marking: assists start beyond this heap size
    CycleTimes cyc;
    // debug (GOSUBDEBUG, parsed by rt_new)
    bool dbg_stw, dbg_checkmark;
    int dbg_pauses;                     // gcpauses=1: summary at exit; 2: a line per pause
    uint64_t pause_cpu0;                // thread CPU time when the current pause began
    long pause_vcsw, pause_ivcsw;       // gcpauses=2: context switches when it began
    uint64_t pause_sub;                 // gcpauses=2: one sub-phase's time in the current pause
    uintptr_t *snap_roots;              // gc_check.c
    size_t nsnap, cap_snap;
    uint64_t *pauses;                   // every STW pause (gcpauses=1)
    size_t npauses, cap_pauses;
    GcStall *stalls;                    // every stall of the mutator (gcpauses=1)
    size_t nstalls, cap_stalls;
    int stall_depth;                    // nesting of gc_stall_begin (outermost records)
    int stall_kind;                     // the nest's kind so far
    uint64_t stall_t0, stall_cpu0;      // outermost stall: start, thread CPU time
    long stall_vcsw, stall_ivcsw;       // and context switches then
    GcRoot *roots;
    size_t nroots, cap_roots;
    uint64_t next_gc;
    uint64_t start_ns;                  // monotonic clock at rt_new
    uint64_t gc_total_ns;
    uint32_t num_gc, num_forced_gc;
    uint64_t pause_total_ns, last_gc;
    uint64_t pause_ns[256], pause_end[256];
} Heap;

// A C stack a goroutine runs on (stack.c). The OS thread's own stack is
// one too (map == NULL). A suspended stack keeps its callee-saved
// registers on itself, inside [saved_sp, hi) (x86-64: pushed by a small
// assembly switch; other CPUs: a ucontext_t local of stack_switch).
struct Stack {
    void *map;                // mmap'd region incl. guard page (NULL: OS stack)
    size_t map_size;
    uintptr_t lo, hi;         // usable bounds
    uintptr_t limit;          // rt_stack_low when a frame lies below
    void *saved_sp;           // suspended: its stack pointer, lowest address to
                              // scan (registers saved above it); NULL: running
#ifndef __x86_64__
    ucontext_t *ctx;          // suspended: context to resume (other CPUs)
    ucontext_t start_ctx;     // initial context made by stack_prepare
#endif
    Runtime *rt;
    void (*entry)(void *);
    void *arg;
    struct Stack *ret;        // stack to switch to when entry returns
    struct Stack *base;       // a segment (stack_seg.c): the small stack of the
                              // goroutine whose calls run on it; its frames are
                              // used from the segment, so it is scanned with it
    struct Stack *next;       // Runtime.stacks list
    bool done;
    uint32_t scangen;         // atomic: Heap.stackgen once scanned this cycle,
                              // stackgen + 1 while being scanned (gc_mark.c)
#ifdef GOSUB_TSAN
    void *tsan_fiber;         // TSan's fiber for this stack (stack.c)
    bool tsan_own;            // made by __tsan_create_fiber (not the thread's)
#endif
};

// ---- heap.c ------------------------------------------------------------------
Heap *heap_new(Runtime *rt);
void heap_free(Heap *h);
// heap_flush_caches forgets the allocator's current and partial spans
// (before a cycle: sweep rebuilds the partial lists).
void heap_flush_caches(Heap *h);
// heap_span_done: sweep found span s (in the in-use array) wholly free.
void heap_release_span(Heap *h, Span *s);
void span_load_cache(Span *s);

// ---- heap_pages.c -------------------------------------------------------------
bool pages_init(Heap *h);
void pages_fini(Heap *h);
// pages_alloc: a span of npages pages (state still FREE-less: caller
// initialises it), or NULL when the OS refuses memory.
Span *pages_alloc(Heap *h, size_t npages);
// pages_free returns an unused span's pages to the page heap.
void pages_free(Heap *h, Span *s);
// pages_scavenge returns idle pages to the OS until the heap's resident
// pages (in use + idle not released) are at most retain bytes, or (true:
// more to do) once it released max bytes, so a caller can drop Heap.lock.
bool pages_scavenge(Heap *h, uint64_t retain, uint64_t max);
Span *span_struct_new(Heap *h);
void span_struct_free(Heap *h, Span *s);

// span_of may run on the collector thread while the mutator grows the
// heap: the bounds, l1 and the page map are read atomically (the writers
// publish with release stores; plain moves on x86-64).
static inline Span *span_of(const Heap *h, uintptr_t p) {
    uintptr_t lo = __atomic_load_n(&h->lo, __ATOMIC_RELAXED);
    uintptr_t hi = __atomic_load_n(&h->hi, __ATOMIC_RELAXED);
    if (p - lo >= hi - lo)
        return NULL;
    Arena *a = __atomic_load_n(&h->l1[p >> GC_ARENA_SHIFT], __ATOMIC_ACQUIRE);
    if (!a)
        return NULL;
    return __atomic_load_n(&a->pages[(p >> GC_PAGE_SHIFT) & (GC_ARENA_PAGES - 1)], __ATOMIC_ACQUIRE);
}

// span_inuse: s is an in-use span (acquire: its fields are initialised).
static inline bool span_inuse(const Span *s) {
    return s && __atomic_load_n(&s->state, __ATOMIC_ACQUIRE) == SPAN_INUSE;
}

// span_index: the object slot holding address p of in-use span s
// (>= s->nelems for the span's unused tail).
static inline uint32_t span_index(const Span *s, uintptr_t p) {
    if (s->large)
        return 0;
    return (uint32_t)(((uint64_t)(p - s->base) * s->divmul) >> 32);
}

// span_type: the Type of object idx of scan span s.
static inline const Type *span_type(const Span *s, uint32_t idx) {
    return __atomic_load_n(&s->mixed, __ATOMIC_ACQUIRE) ? s->types[idx] : s->type1;
}

static inline bool bit_get(const uint64_t *bits, uint32_t i) {
    return (__atomic_load_n(&bits[i >> 6], __ATOMIC_ACQUIRE) >> (i & 63)) & 1;
}

// gcmask bit w of t (LSB first: bit w is byte w/8, bit w%8).
static inline bool type_ptr_word(const Type *t, uint32_t w) {
    return (t->gcmask[w >> 3] >> (w & 7)) & 1;
}

// ---- gc.c / gc_cycle.c / gc_mark.c / gc_sweep.c / gc_check.c ------------------------
// gc_run_cycle: one complete stop-the-world cycle (mark, sweep, pacing,
// statistics, trace). forced: runtime.GC().
void gc_run_cycle(Runtime *rt, bool forced);
// gc_maybe_collect: the allocator's slow check (trigger, gcstress, and
// while a concurrent cycle runs: barrier flush, assists, mark termination).
void gc_maybe_collect(Runtime *rt);
// gc_update_trigger recomputes Heap.trigger from next_gc and gcstress.
void gc_update_trigger(Runtime *rt);
// gc_trigger_for: heap size at which a cycle starts, for goal and live.
uint64_t gc_trigger_for(uint64_t goal, uint64_t live, bool stw);
// gc_set_goal computes next_gc from the bytes marked live.
void gc_set_goal(Runtime *rt, uint64_t live);
// gc_pause_begin notes the start of a stop-the-world pause (wall clock,
// returned, and the thread's CPU time); gc_record_pause notes its end:
// ns nanoseconds of wall time; what names it for gcpauses=2.
uint64_t gc_pause_begin(Heap *h);
void gc_record_pause(Heap *h, const char *what, uint64_t ns);
uint64_t gc_thread_cputime(void);
// gc_finish_cycle: statistics and the trace line once a cycle's mark is done.
void gc_finish_cycle(Runtime *rt);
void gc_print_pauses(Runtime *rt);
// gc_stats.c (both builds): the root list and the gcpauses summary line.
void gc_roots_append(Runtime *rt, void *start, size_t size);
void gc_print_pause_summary(Heap *h, const char *mode);
// gc_concurrent_*: the concurrent collector (gc_cycle.c).
void gc_concurrent_poll(Runtime *rt);
// gc_start_cycle: cycle start (stop-the-world) of a concurrent cycle;
// gc_finish_mark completes its mark (the mutator helping) and terminates it.
void gc_start_cycle(Runtime *rt, bool forced);
void gc_finish_mark(Runtime *rt);
void gc_concurrent_collect(Runtime *rt);
void gc_concurrent_stop(Runtime *rt);
// gc_finish_sweep sweeps every span left unswept and waits for the collector.
void gc_finish_sweep(Heap *h);
void gc_shade(Heap *h, uintptr_t p);
// gc_shade_work: shade p, greying into w.
void gc_shade_work(Heap *h, GcWork *w, uintptr_t p);
// gc_mark_roots greys the running stack (marking it scanned for cycle
// Heap.stackgen) and the plain registered ranges, with the world stopped.
void gc_mark_roots(Runtime *rt, GcWork *w);
// gc_scan_root_range shades every aligned word of [lo, hi) as a root
// (with gccheckmark, every object it reaches is noted for the check).
void gc_scan_root_range(Heap *h, GcWork *w, uintptr_t lo, uintptr_t hi);
// gc_roots.c: gc_scan_plain_roots scans the plain roots (start pause);
// gc_scan_globals every global chunk (stop-the-world cycle, check);
// gc_scan_global_batch takes up to max chunks of the cycle's list
// (Heap.global_next) and scans them into w, false when none was left;
// gc_globals_free frees the chunk list (heap_free).
void gc_scan_plain_roots(Heap *h, GcWork *w);
void gc_scan_globals(Heap *h, GcWork *w);
bool gc_scan_global_batch(Heap *h, GcWork *w, size_t max);
void gc_globals_free(Heap *h);
// gc_roots_done: every stack and global chunk of the cycle was scanned
// (mark_lock held).
bool gc_roots_done(const Heap *h);
// gc_scan_stacks scans, into w, every stack of list not yet scanned in
// cycle gen (the stop-the-world cycle).
void gc_scan_stacks(Heap *h, GcWork *w, Stack *list, uint32_t gen);
// gc_scan_stack_batch takes up to max stacks of the cycle's list
// (Heap.scan_next) and scans those not yet scanned, into w; false when
// none was left. The collector thread and the mutator (assists) share it.
bool gc_scan_stack_batch(Heap *h, GcWork *w, size_t max);
// gc_stack_resume: while marking, the scheduler calls it before it
// resumes s; scans s first unless it was scanned this cycle (waits while
// the collector thread scans it).
void gc_stack_resume(Runtime *rt, Stack *s);
// gc_stall_begin / gc_stall_end bracket a stretch of collector work the
// mutator does (pause, assist, sweep, stack scan); nested brackets count
// once, as the outermost; kind is GC_STALL_*. Recorded with gcpauses.
void gc_stall_begin(Heap *h);
void gc_stall_end(Heap *h, int kind);
// gc_record_stall notes one stall of ns nanoseconds that began at t0.
void gc_record_stall(Heap *h, uint64_t t0, uint64_t ns, int kind);
// gc_mark_stack_free frees the shared grey stack's blocks.
void gc_mark_stack_free(Heap *h);
// gc_drain_work scans grey objects of w and the shared stack until none is
// left (true), or budget bytes were scanned or w->deadline passed (false).
// With a deadline (an assist), "none left" may also mean the shared stack
// was busy.
bool gc_drain_work(Heap *h, GcWork *w, uint64_t budget);
// gc_work_flush moves w's greys to the shared stack.
void gc_work_flush(Heap *h, GcWork *w);
void gc_drain(Heap *h);
// gc_sweep sweeps every span (stop-the-world); gc_sweep_one sweeps the next
// unswept span (false when none is left), h->lock held.
void gc_sweep(Heap *h);
bool gc_sweep_one(Heap *h);
// gc_sweep_paced: the allocator's share of sweeping (h->lock held): enough
// spans that sweeping ends before the next cycle's trigger however slow
// the collector thread is (Go's proportional sweep), at most a batch.
void gc_sweep_paced(Heap *h);
// gc_fold_freed moves what the sweepers freed into the mutator's counters.
void gc_fold_freed(Heap *h);
void gc_compact_inuse(Heap *h);
void gc_record_root(Heap *h, uintptr_t obj);
// gc_checkmark re-marks with the world stopped; aborts on a missed object.
void gc_checkmark(Runtime *rt);
// gc_barrier_flush shades the mutator's barrier buffer into mut_work.
void gc_barrier_flush(Heap *h);
uint64_t gc_nanotime(void);

// Debug queries (tests): state of the object containing p.
enum { GC_OBJ_HEAP = 1, GC_OBJ_ALLOCATED = 2, GC_OBJ_MARKED = 4, GC_OBJ_NOSCAN = 8 };
int gc_object_state(Runtime *rt, const void *p);
// gc_object_base: start of the allocated object containing p (NULL when
// p is not inside an allocated object); *size its slot size.
void *gc_object_base(Runtime *rt, const void *p, size_t *size);

// ---- stack.c ---------------------------------------------------------------------
// stack_alloc maps a stack of size usable bytes plus a guard page.
bool stack_alloc(Stack *s, size_t size);
void stack_release(Stack *s);
// stack_prepare makes s start running entry(arg) at the next switch to it;
// when entry returns, s switches to s->ret and never runs again.
void stack_prepare(Runtime *rt, Stack *s, void (*entry)(void *), void *arg);
// stack_switch suspends the running stack from and resumes to.
void stack_switch(Runtime *rt, Stack *from, Stack *to);
// stack_start_slot: the word at the top of s, kept by stack_prepare out
// of the first frame and scanned with the stack while s is suspended.
void **stack_start_slot(Stack *s);
// gc_stack_born: s was just prepared for a new goroutine; while marking it
// counts as scanned (all it holds is the goroutine's argument, which the
// spawner could reach: marked anyway, snapshot at the beginning).
void gc_stack_born(Runtime *rt, Stack *s);
// gc_stack_retire: called before a stack leaves rt->stacks; finishes a
// running mark (the collector thread may be walking the list).
void gc_stack_retire(Runtime *rt);
// stack_init_thread records the OS thread's stack as rt's first stack.
bool stack_init_thread(Runtime *rt, Stack *s);

// ASan annotations (no-ops unless GOSUB_ASAN).
void gc_poison(void *p, size_t n);
void gc_unpoison(void *p, size_t n);
// stack_forget_frames: gc_unpoison for the frames of a whole abandoned
// stack (stack.c; cheap for big regions).
void stack_forget_frames(void *p, size_t n);

#endif
