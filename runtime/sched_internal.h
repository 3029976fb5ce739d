// sched_internal.h - shared by the goroutine scheduler (sched.c), timers
// (timer.c), channels and select (chan.c, select.c) and package sync
// (pkg_sync.c).
//
// Invariants:
//   - All goroutines run on the one OS thread; exactly one G is RUNNING
//     (Sched.cur). A G is on at most one of: the run queue, the free list,
//     a wait (channel queues / semaphore queue / timer / nothing for
//     "blocked forever").
//   - Sudogs (a G waiting on a channel) live on the waiting G's own stack,
//     so they and the element buffers they point to stay valid while the G
//     is parked, and the collector sees them when it scans that stack.
//   - A parked G's interpreter context (frames, panic handlers) is saved
//     in a buffer on its own stack (G.ctxbuf), swapped on every switch.
//   - A G other than main runs on a small first stack (G.stack); while a
//     call runs on a big segment (stack_seg.c), G.seg is that segment:
//     the G runs, parks and resumes on it (g_top_stack), and its small
//     stack, suspended at the switch, is scanned as any parked stack.
#ifndef GOSUB_SCHED_INTERNAL_H
#define GOSUB_SCHED_INTERNAL_H

#include "gc_internal.h"

enum { G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD };

typedef struct G G;
typedef struct Sudog Sudog;

struct Sudog {
    G *g;
    void *elem;               // value to send / buffer to receive into (may be NULL)
    GoChan *c;
    Sudog *next, *prev;
    bool is_send, is_select, success;
    int idx;                  // select case index
};

struct G {
    int64_t id;
    int status;
    const char *wait_reason;
    Stack *stack;             // calloc'ed, on rt->stacks (main: rt_run_main's)
    Stack *seg;               // the big segment its innermost calls run on, or NULL
    bool seg_deep;            // seg is used past its first SEG_SOFT bytes (stack_seg.c)
    G *schednext;             // run queue, free list, semaphore queue
    void (*fn)(Runtime *, void *);
    void *ctxbuf;             // parked: the saved interpreter context
    Sudog *sel_fired;         // select: the case that completed
    void *sem_addr;           // semaphore waited for
    const char *wait_frames;  // Go's runtime/sync frames of the wait (deadlock traces), or NULL
    RtGoOrigin origin;        // the go statement (origin.fn NULL: none)
    bool dirty;               // free: its stack pages are still committed
    bool abort;               // rt_abort_main/rt_abort_blocked: undo the wait, then sched_abort
    bool goexited;            // the main goroutine after runtime.Goexit (parked for good, not shown)
};

struct GoChan {
    void *buf;                // word 0 (the only heap pointer): cap elements
    const Type *elem;
    int64_t cap, len, head;
    bool closed;
    Sudog *recvq, *recvq_tail, *sendq, *sendq_tail;
};

typedef struct Timer {
    int64_t when;
    G *g;                     // sleeping goroutine, or
    GoChan *c;                // channel that gets a value (dropped when full), or
    void *fn;                 // a Go func value's closure, run in a new goroutine (AfterFunc)
    void (*fill)(Runtime *, void *);
    void *key;                // identifies the timer for timer_del (a time.Timer), or NULL
    int64_t period;           // > 0: re-armed after firing (time.Ticker)
} Timer;

typedef struct TimerHeap {
    Timer *v;
    int n, cap;
} TimerHeap;

// A goroutine parked until one of its descriptors is ready (netpoll.c);
// fds is on its own stack.
// Stacks cut from big MAP_NORESERVE mappings ("chunks", one guard page
// below each): one mapping per per_chunk stacks keeps the process far below
// the kernel's limit on mappings (stack_seg.c).
typedef struct StackPool {
    size_t size;              // usable bytes of each stack
    int per_chunk;
    char *chunk;              // the next stack's lo in the current chunk
    int chunk_left;
    void **chunks;            // every chunk mapping (stack_pool_free unmaps them)
    int nchunks, capchunks;
} StackPool;

typedef struct FdWait {
    G *g;
    struct pollfd *fds;
    int n;
} FdWait;

typedef struct Sched {
    G *main_g;                // goroutine 1 (runs on rt_run_main's stack)
    G *cur;
    G *runq, *runq_tail;
    G *free;                  // dead Gs with their stacks, for reuse
    int nfree, ndirty;        // free Gs, those with committed stack pages
    G **all;                  // every G ever made (owned here)
    int nall, capall;
    int64_t ngoroutines;      // not dead
    int64_t next_id;
    uint64_t rand;            // xorshift state (select order)
    RtGoHooks hooks;
    bool have_hooks;
    // timers: binary min-heaps by when (timer.c); timers' array is a GC
    // root (channels, functions, keys), sleeps' is not (time.Sleep: a G)
    TimerHeap timers, sleeps;
    // semaphore waiters: one queue of Gs (few waiters at once: linear scan)
    G *semq, *semq_tail;
    G *exited;                // dead G still on its stack: freed after the next switch
    // descriptor waiters (netpoll.c) and when a busy program polls them next
    FdWait *fdw;
    int nfdw, capfdw;
    int64_t netpoll_next;
    // stacks: goroutines' small first stacks and the big segments deep
    // calls continue on (stack_seg.c); idle segments for reuse
    StackPool small, segs;
    Stack **seg_idle;
    int nseg_idle, capseg_idle, nsegs;
} Sched;

// g_top_stack: the stack g runs (or is suspended) on.
static inline Stack *g_top_stack(const G *g) { return g->seg ? g->seg : g->stack; }

// ---- stack_seg.c ----
// sched_stacks_init sets up s's pools of small stacks and segments.
void sched_stacks_init(Sched *s);
// sched_stack_new gives st (zeroed by the caller) a fresh small first
// stack; false when the address space is exhausted.
bool sched_stack_new(Runtime *rt, Sched *s, Stack *st);
// sched_seg_detach: g is dead (its stacks marked done) and we have left
// its stacks: its segment, if any, goes back to the idle ones.
void sched_seg_detach(Runtime *rt, G *g);
// sched_stacks_free unmaps every stack chunk (forgetting ASan's poisoning
// of the frames abandoned on them) and the idle segments' list; the
// Stacks themselves are on rt->stacks.
void sched_stacks_free(Sched *s);

Sched *sched_get(Runtime *rt);
// sched_park blocks the running G (reason as Go prints it) until sched_ready.
void sched_park(Runtime *rt, const char *reason);
// sched_abort: the running G was woken by rt_abort_main (its wait already
// undone by the caller): end with RT_EXIT_ABORT. sched_aborted tells.
_Noreturn void sched_abort(Runtime *rt);
// sched_goexit_done ends the running goroutine after runtime.Goexit ran its
// deferred calls (the main goroutine parks for good, see rt_goexit_start).
_Noreturn void sched_goexit_done(Runtime *rt);
// sched_netpoll readies the goroutines whose descriptors are ready,
// waiting at most timeout ns for one (-1: no limit; 0: do not wait, and
// at most once per millisecond) (netpoll.c).
void sched_netpoll(Runtime *rt, int64_t timeout);
static inline bool sched_aborted(const G *g) { return g->abort; }
void sched_ready(Runtime *rt, G *g);
int64_t sched_now(void);
// timer.c
void timer_add(Runtime *rt, Timer t);
// timer_del removes the pending timer with key; false when there is none.
bool timer_del(Runtime *rt, void *key);
// timer_run fires the due timers; returns the earliest pending when (or -1).
int64_t timer_run(Runtime *rt);
// timer_next: the earliest pending when of both heaps (INT64_MAX: none).
int64_t timer_next(const Sched *s);
// semaphores keyed by address (pkg_sync.c): wait until woken. frames:
// the Go frames a deadlock trace shows for this wait (SEM_FRAMES_*);
// reason: its wait reason in the trace ("semacquire", "sync.Cond.Wait").
void sched_sem_wait(Runtime *rt, void *addr, const char *frames, const char *reason);
#define GO_SRC "/usr/lib/go-1.19/src/"
#define SEM_FRAMES_MUTEX                                                              \
    "sync.runtime_SemacquireMutex(0x0?, 0x0?, 0x0?)\n\t" GO_SRC "runtime/sema.go:77 +0x25\n" \
    "sync.(*Mutex).lockSlow(0xc000012000)\n\t" GO_SRC "sync/mutex.go:171 +0x165\n"             \
    "sync.(*Mutex).Lock(...)\n\t" GO_SRC "sync/mutex.go:90\n"
#define SEM_FRAMES_WAITGROUP                                                   \
    "sync.runtime_Semacquire(0x0?)\n\t" GO_SRC "runtime/sema.go:62 +0x25\n" \
    "sync.(*WaitGroup).Wait(0x0?)\n\t" GO_SRC "sync/waitgroup.go:139 +0x52\n"
#define SEM_FRAMES_RW_LOCK_MUTEX SEM_FRAMES_MUTEX "sync.(*RWMutex).Lock(0x0?)\n\t" GO_SRC "sync/rwmutex.go:147 +0x36\n"
#define SEM_FRAMES_RW_LOCK                                                                  \
    "sync.runtime_SemacquireMutex(0x0?, 0x0?, 0x0?)\n\t" GO_SRC "runtime/sema.go:77 +0x25\n" \
    "sync.(*RWMutex).Lock(0x0?)\n\t" GO_SRC "sync/rwmutex.go:152 +0x71\n"
#define SEM_FRAMES_RW_RLOCK                                                                 \
    "sync.runtime_SemacquireMutex(0x0?, 0x0?, 0x0?)\n\t" GO_SRC "runtime/sema.go:77 +0x25\n" \
    "sync.(*RWMutex).RLock(...)\n\t" GO_SRC "sync/rwmutex.go:71\n"
// sched_all_asleep: what schedule decides when nothing can run (exposed
// for unit tests): true when every goroutine is blocked for good (no runnable
// G, no pending timer).
bool sched_all_asleep(Runtime *rt);
void sched_sem_wake(Runtime *rt, void *addr, bool all);
uint64_t sched_rand(Sched *s);
// chan.c: a non-blocking send (timers); false when it would block.
bool chan_try_send(Runtime *rt, GoChan *c, const void *elem);
void sudog_enqueue(Sudog **head, Sudog **tail, Sudog *sg);
void sudog_remove(Sudog **head, Sudog **tail, Sudog *sg);
Sudog *sudog_dequeue(Sudog **head, Sudog **tail);
void chan_copy(Runtime *rt, const Type *t, void *dst, const void *src);

#endif
