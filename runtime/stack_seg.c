// stack_seg.c - goroutine stacks that start small and continue on a big
// segment (issue 11).
//
// A goroutine other than main starts on a SMALL_SIZE stack. C frames
// cannot move (the collector scans them conservatively and they point
// into each other), so a stack cannot grow in place; instead, when the
// evaluator finds a Go call's frame below the small stack's limit, it
// hands the rest of the call to rt_stack_grow, which runs it on a big
// segment (SEG_SIZE, as much as a goroutine had before: Go's recursion
// depths) and switches back when it returns: a segmented stack with two
// segments, the switch being stack.c's stack_switch between two Stacks.
// The real overflow is at the segment's end (Go's report, as before).
//
// Why this design: a parked goroutine touches one page of its stack, but
// each stack's top also costs a page-table page (4 KiB per 2 MiB of
// address space) when every stack reserves 64 MiB. Small stacks packed
// in chunks share page-table pages (16 per page), so a parked goroutine
// costs its touched page and its G; only goroutines that recurse deeply
// hold a segment, and only while they do. Go grows a stack by copying it
// (precise pointer maps); C frames found by a conservative scan cannot be
// moved or mremap'ed, so continuing on another stack is the way left.
// It costs nothing on the hot path (the evaluator's existing compare of
// the frame with the stack limit), and a switch only where a call
// crosses the limit (200,000 crossings: within the noise of the run).
// SMALL_SIZE is 128 KiB so that C code the evaluator calls keeps the
// 64 KiB margin below the limit it had (STACK_MARGIN), leaving 64 KiB,
// ~250 plain Go calls, before a goroutine needs its segment.
//
// Invariants:
//   - G.seg is the segment g's innermost calls run on (NULL: none); the
//     small stack is then suspended (saved_sp set at the switch) and
//     scanned by the collector as any parked stack; the segment is the
//     running stack or, when g parks on it, a suspended one. Segments
//     stay on rt->stacks for good (done while idle: not scanned).
//   - Code on the segment uses frames on the small stack (the first call
//     there runs over its caller's slots), and the collector's rule is
//     that a goroutine runs only on stacks scanned in the cycle: so the
//     segment's base (the small stack) is scanned whenever the segment is
//     (the running stack at a cycle's start, gc_mark.c; before it
//     resumes, stack_switch).
//   - A panic that leaves the segment is caught by seg_entry's handler on
//     the segment, which returns normally: the switch back is the same
//     as for a return, then rt_stack_grow goes on unwinding on the small
//     stack (rt_panic_continue). No longjmp crosses stacks, so ASan's and
//     TSan's fiber bookkeeping stays right.
//   - RtPanic.frame addresses are compared (rt_recovered) as depths:
//     every frame on the segment is deeper than every frame on the small
//     stack (rt_frame_deeper), and panics still in the chain whose frame
//     was on a segment being left are moved to the frame of
//     rt_stack_grow.
//   - A segment's limit is first SEG_SOFT below its top; a call that goes
//     deeper marks it deep (G.seg_deep) and moves the limit to the real
//     one; a deep segment gives back its pages below SEG_SOFT when it goes
//     idle, and at most SEG_KEEP_DIRTY idle segments keep any.
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "sched_internal.h"

#define SMALL_SIZE ((size_t)128 << 10)   // a goroutine's first stack
#define SMALL_PER_CHUNK 256
#define SEG_SIZE ((size_t)64 << 20)      // recursion 100,000 calls deep fits
#define SEG_PER_CHUNK 16
#define SEG_SOFT ((size_t)1 << 20)
#define SEG_KEEP_DIRTY 16
#define STACK_MARGIN ((size_t)64 << 10)  // below the limit: C code the evaluator calls

// ---- stack pools ----

static void pool_init(StackPool *p, size_t size, int per_chunk) {
    memset(p, 0, sizeof *p);
    p->size = size;
    p->per_chunk = per_chunk;
}

static bool pool_cut(Runtime *rt, StackPool *p, Stack *st) {
    if (p->chunk_left == 0) {
        size_t page = (size_t)sysconf(_SC_PAGESIZE);
        size_t size = (size_t)p->per_chunk * p->size + page;
        char *m = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK,
                       -1, 0);
        if (m == MAP_FAILED) return false;
        mprotect(m, page, PROT_NONE);
        if (p->nchunks == p->capchunks) {
            p->capchunks = p->capchunks ? 2 * p->capchunks : 16;
            p->chunks = realloc(p->chunks, (size_t)p->capchunks * sizeof *p->chunks);
            if (!p->chunks) rt_fatal(rt, "out of memory");
        }
        p->chunks[p->nchunks++] = m;
        p->chunk = m + page;
        p->chunk_left = p->per_chunk;
    }
    st->rt = rt;
    st->map = NULL;   // chunk memory: never unmapped by stack_release
    st->lo = (uintptr_t)p->chunk;
    st->hi = st->lo + p->size;
    p->chunk += p->size;
    p->chunk_left--;
    return true;
}

static void pool_free(StackPool *p) {
    size_t size = (size_t)p->per_chunk * p->size + (size_t)sysconf(_SC_PAGESIZE);
    for (int i = 0; i < p->nchunks; i++) {
        stack_forget_frames(p->chunks[i], size);   // frames of goroutines abandoned by rt_leave
        munmap(p->chunks[i], size);
    }
    free(p->chunks);
    p->chunks = NULL;
    p->nchunks = p->capchunks = 0;
}

void sched_stacks_init(Sched *s) {
    pool_init(&s->small, SMALL_SIZE, SMALL_PER_CHUNK);
    pool_init(&s->segs, SEG_SIZE, SEG_PER_CHUNK);
}

bool sched_stack_new(Runtime *rt, Sched *s, Stack *st) {
    if (!pool_cut(rt, &s->small, st)) return false;
    st->limit = st->lo + STACK_MARGIN;   // past it, calls continue on a segment
    return true;
}

void sched_stacks_free(Sched *s) {
    pool_free(&s->small);
    pool_free(&s->segs);
    free(s->seg_idle);
    s->seg_idle = NULL;
    s->nseg_idle = s->capseg_idle = 0;
}

// ---- segments ----

// seg_limit: where a deep segment's frames must stop.
static uintptr_t seg_limit(const Stack *b) {
    uintptr_t limit = b->lo + STACK_MARGIN;
    return limit;
}

// seg_get: an idle segment, or a new one (on rt->stacks from now on).
static Stack *seg_get(Runtime *rt, Sched *s) {
    if (s->nseg_idle) {
        Stack *b = s->seg_idle[--s->nseg_idle];
#ifdef GOSUB_ASAN
        // its last frames never returned (the switch away when its call
        // ended, or the goroutine's when it died deep down): forget their
        // poisoning, below the point it last switched away (a page of slack)
        uintptr_t from = b->saved_sp ? (uintptr_t)b->saved_sp - 4096 : b->lo;
        if (from < b->lo) from = b->lo;
        stack_forget_frames((void *)from, b->hi - from);
#endif
        return b;
    }
    if (s->nsegs == s->capseg_idle) {   // room for every segment to go idle at once
        s->capseg_idle = s->capseg_idle ? 2 * s->capseg_idle : 16;
        s->seg_idle = realloc(s->seg_idle, (size_t)s->capseg_idle * sizeof *s->seg_idle);
        if (!s->seg_idle) rt_fatal(rt, "out of memory");
    }
    Stack *b = calloc(1, sizeof *b);
    if (!b || !pool_cut(rt, &s->segs, b)) rt_fatal(rt, "runtime: cannot allocate goroutine stack");
    b->limit = b->hi - SEG_SOFT;
    b->done = true;
    b->next = rt->stacks;
    rt->stacks = b;
    s->nsegs++;
    return b;
}

// seg_put makes finished segment b idle; deep: it was used past SEG_SOFT.
static void seg_put(Sched *s, Stack *b, bool deep) {
    if (deep) madvise((void *)b->lo, b->hi - SEG_SOFT - b->lo, MADV_DONTNEED);
    if (s->nseg_idle >= SEG_KEEP_DIRTY) madvise((void *)(b->hi - SEG_SOFT), SEG_SOFT, MADV_DONTNEED);
    b->limit = b->hi - SEG_SOFT;
    b->base = NULL;
    s->seg_idle[s->nseg_idle++] = b;   // seg_get made room
}

void sched_seg_detach(Runtime *rt, G *g) {
    Stack *b = g->seg;
    if (!b) return;
    g->seg = NULL;
    seg_put(rt->sched, b, g->seg_deep);
    g->seg_deep = false;
}

// A call handed to a segment (rt_stack_grow), on the small stack.
typedef struct SegCall {
    Runtime *rt;
    void (*fn)(void *);
    void *arg;
    bool panicked;            // a panic left fn: unwinding goes on
} SegCall;

// seg_entry is a segment's first frame: runs the call under a panic
// handler, so that a panic leaving it returns here (then to the small
// stack, where rt_stack_grow unwinds on).
static void seg_entry(void *arg) {
    SegCall *c = arg;
    PanicHandler h;
    rt_push_handler(c->rt, &h);
    if (setjmp(h.jb) == 0) {
        c->fn(c->arg);
        rt_pop_handler(c->rt, &h);
    } else {
        c->panicked = true;   // rt_panic_continue popped h
    }
}

// retarget_panics moves the frames of panics in the chain that lie on
// segment b (being left) to frame, on the small stack below every frame
// a handler may recover in.
static void retarget_panics(Runtime *rt, const Stack *b, void *frame) {
    for (RtPanic *p = rt->panicking; p; p = p->link)
        if ((uintptr_t)p->frame - b->lo < b->hi - b->lo) p->frame = frame;
}

bool rt_stack_grow(Runtime *rt, void (*fn)(void *), void *arg) {
    Sched *s = rt->sched;
    G *g = s ? s->cur : NULL;
    if (!g || g == s->main_g) return false;
    if (g->seg) {   // on the segment: past its soft limit, or out of stack
        if (g->seg_deep || rt->stack_cur != g->seg) return false;
        g->seg_deep = true;
        g->seg->limit = seg_limit(g->seg);
        rt->stack_limit = g->seg->limit;
        fn(arg);
        return true;
    }
    if (rt->stack_cur != g->stack) return false;
    Stack *b = seg_get(rt, s);
    SegCall c = {.rt = rt, .fn = fn, .arg = arg, .panicked = false};
    stack_prepare(rt, b, seg_entry, &c);
    gc_stack_born(rt, b);
    b->ret = g->stack;
    b->base = g->stack;
    g->seg = b;
    stack_switch(rt, g->stack, b);   // back when seg_entry returned
    bool deep = g->seg_deep;
    g->seg = NULL;
    g->seg_deep = false;
    seg_put(s, b, deep);
    if (c.panicked) {
        retarget_panics(rt, b, &c);
        rt_panic_continue(rt);
    }
    return true;
}

void rt_stack_call(Runtime *rt, void (*fn)(void *), void *arg) {
    if (!rt_stack_grow(rt, fn, arg)) rt_stack_overflow(rt);
}

bool rt_frame_deeper(Runtime *rt, const void *a, const void *b) {
    Sched *s = rt->sched;
    const Stack *seg = s && s->cur ? s->cur->seg : NULL;
    if (seg) {
        bool in_a = (uintptr_t)a - seg->lo < seg->hi - seg->lo, in_b = (uintptr_t)b - seg->lo < seg->hi - seg->lo;
        if (in_a != in_b) return in_a;
    }
    return (uintptr_t)a <= (uintptr_t)b;
}
