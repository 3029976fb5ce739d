// test_stacks.c - unit tests of goroutine stacks that start small and
// continue on a big segment (runtime/stack_seg.c, issue 11), driven from
// C: goroutines recurse in C, checking their frame against the running
// stack's limit as the evaluator's calls do, and hand the rest of the
// recursion to rt_stack_grow when it is reached.
//
// Covered: deep recursion in a goroutine (and parking deep in it), panics
// recovered across the segment boundary and on the segment (with the
// "aborted panic" bookkeeping of rt_recovered), a goroutine ending on its
// segment, and collections while the only references to objects are on
// the segment's frames or on the suspended small stack.
#include <check.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "runtime/internal.h"
#include "runtime/pkg_internal.h"
#include "runtime/sched_internal.h"
#include "runtime/value_internal.h"
#include "tests/unit/run_main.h"

static const Type t_i64 = {.kind = KIND_INT64, .size = 8, .align = 8, .flags = TF_NOPTR};
static const Type t_chan_i64 = {.kind = KIND_CHAN, .size = 8, .align = 8, .elem = &t_i64, .chandir = 3,
                                .underlying = &t_chan_i64};
static const uint8_t mask_w0[] = {0x1};
typedef struct LNode { struct LNode *next; int64_t val; } LNode;
static const Type t_lnode = {.kind = KIND_STRUCT, .size = 16, .align = 8, .ptrwords = 1, .gcmask = mask_w0};


// go_and_wait runs f(rt, arg) in a new goroutine until it ends.
typedef struct Waited {
    Body f;
    void *arg;
    bool done;
} Waited;

static void waited(Runtime *rt, void *p) {
    Waited *w = p;
    w->f(rt, w->arg);
    w->done = true;
}

static void go_and_wait(Runtime *rt, Body f, void *arg) {
    Waited w = {f, arg, false};
    rt_go(rt, waited, &w);
    for (int i = 0; i < 100000 && !w.done; i++) rt_gosched(rt);
    ck_assert(w.done);
}

// on_segment: the running goroutine's calls run on its segment.
static bool on_segment(Runtime *rt) {
    G *g = rt->sched->cur;
    return g->seg && rt->stack_cur == g->seg;
}

// ---- descending --------------------------------------------------------------------

// A C recursion n calls deep whose innermost call runs leaf; each frame
// checks the stack limit as the evaluator's calls do.
typedef struct Descent {
    Runtime *rt;
    Body leaf;
    void *arg;
    int grown;                // rt_stack_grow calls
    int leaf_on_segment;      // the leaf ran on the segment
} Descent;

typedef struct Far {
    Descent *d;
    int n;
    int64_t r;
} Far;

static int64_t descend(Descent *d, int n);

static void descend_far(void *p) {
    Far *f = p;
    f->r = descend(f->d, f->n);
}

__attribute__((noinline)) static int64_t descend(Descent *d, int n) {
    volatile char pad[192];   // read after the call: a real frame each, no tail call
    pad[0] = 1;
    if ((uintptr_t)__builtin_frame_address(0) < d->rt->stack_limit) {
        Far f = {d, n, 0};
        d->grown++;
        ck_assert_msg(rt_stack_grow(d->rt, descend_far, &f), "out of stack at %d", n);
        return f.r;
    }
    if (n == 0) {
        d->leaf_on_segment = on_segment(d->rt);
        if (d->leaf) d->leaf(d->rt, d->arg);
        return 0;
    }
    int64_t r = descend(d, n - 1);
    return r + pad[0];
}

// ---- deep recursion ----------------------------------------------------------------

typedef struct Deep {
    int depth;
    GoChan *c;                // the leaf receives from it (parks deep down), or NULL
    int64_t got, result;
    int grown, on_seg;
    int idle_after;           // idle segments once the goroutine is back on its small stack
} Deep;

static void deep_leaf(Runtime *rt, void *arg) {
    Deep *dp = arg;
    if (dp->c) rt_chan_recv(rt, dp->c, &dp->got);
}

static void deep_goroutine(Runtime *rt, void *arg) {
    Deep *dp = arg;
    Descent d = {.rt = rt, .leaf = deep_leaf, .arg = dp};
    G *g = rt->sched->cur;
    dp->result = descend(&d, dp->depth);
    dp->grown = d.grown;
    dp->on_seg = d.leaf_on_segment;
    ck_assert_ptr_null(g->seg);
    ck_assert_ptr_eq(rt->stack_cur, g->stack);
    dp->idle_after = rt->sched->nseg_idle;
}

static void deep_body(Runtime *rt, void *arg) {
    (void)arg;
    // shallow: no segment
    Deep a = {.depth = 10};
    go_and_wait(rt, deep_goroutine, &a);
    ck_assert_int_eq(a.result, 10);
    ck_assert_int_eq(a.grown, 0);
    ck_assert(!a.on_seg);
    // 100,000 calls (~25 MB): on the segment, past its soft limit
    Deep b = {.depth = 100000};
    go_and_wait(rt, deep_goroutine, &b);
    ck_assert_int_eq(b.result, 100000);
    ck_assert_int_eq(b.grown, 2);
    ck_assert(b.on_seg);
    ck_assert_int_eq(b.idle_after, 1);
    // two goroutines park deep down at once: a segment each, reused after
    GoChan *c = rt_chan_new(rt, &t_chan_i64, 0);
    Deep x = {.depth = 20000, .c = c}, y = {.depth = 30000, .c = c};
    Waited wx = {deep_goroutine, &x, false}, wy = {deep_goroutine, &y, false};
    rt_go(rt, waited, &wx);
    rt_go(rt, waited, &wy);
    for (int i = 0; i < 4; i++) rt_gosched(rt);
    ck_assert_int_eq(rt->sched->nsegs, 2);
    ck_assert_int_eq(rt->sched->nseg_idle, 0);
    int64_t v = 7;
    rt_chan_send(rt, c, &v);
    v = 8;
    rt_chan_send(rt, c, &v);
    for (int i = 0; i < 100 && !(wx.done && wy.done); i++) rt_gosched(rt);
    ck_assert(wx.done && wy.done);
    ck_assert_int_eq(x.result, 20000);
    ck_assert_int_eq(y.result, 30000);
    ck_assert_int_eq(x.got + y.got, 15);
    ck_assert_int_eq(rt->sched->nseg_idle, 2);
}

START_TEST(test_deep_recursion) { tu_run(deep_body, NULL); }
END_TEST

// ---- panics across the boundary ----------------------------------------------------

static void panic_leaf(Runtime *rt, void *arg) {
    rt_panic_plain(rt, arg);
}

static void cross_panic(Runtime *rt, void *arg) {
    (void)arg;
    G *g = rt->sched->cur;
    for (volatile int round = 0; round < 3; round++) {   // the segment is reused after each
        PanicHandler h;
        volatile int caught = 0;
        rt_push_handler(rt, &h);
        if (setjmp(h.jb) == 0) {
            Descent d = {.rt = rt, .leaf = panic_leaf, .arg = "deep"};
            descend(&d, 5000);
            rt_pop_handler(rt, &h);
        } else {
            caught = 1;
        }
        ck_assert(caught);
        RtPanic *p = rt_current_panic(rt);
        ck_assert_ptr_nonnull(p);
        ck_assert_ptr_null(g->seg);   // the segment was left and is idle again
        ck_assert_ptr_eq(rt->stack_cur, g->stack);
        ck_assert_uint_eq(rt->stack_limit, g->stack->limit);
        ck_assert_int_eq(rt->sched->nseg_idle, 1);
        p->recovered = true;
        rt_recovered(rt, p);
        ck_assert_ptr_null(rt->panicking);
    }
}


// a panic still in progress (its deferred call running on the small
// stack) is not aborted by a later panic recovered on the segment
typedef struct Nested {
    RtPanic *first;
    int kept;                 // rt_recovered kept the first panic in the chain
} Nested;

static void recover_on_segment(Runtime *rt, void *arg) {
    Nested *n = arg;
    ck_assert(on_segment(rt));
    PanicHandler h;
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) {
        rt_panic_plain(rt, "second");
    }
    RtPanic *p = rt_current_panic(rt);
    ck_assert_ptr_eq(p->link, n->first);
    p->recovered = true;
    rt_recovered(rt, p);
    n->kept = rt->panicking == n->first;
}

static void nested_on_segment(Runtime *rt, void *arg) {
    (void)arg;
    Nested n = {0};
    PanicHandler h;
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) rt_panic_plain(rt, "first");
    n.first = rt_current_panic(rt);   // "running its deferred calls" from here
    Descent d = {.rt = rt, .leaf = recover_on_segment, .arg = &n};
    descend(&d, 5000);
    ck_assert(d.leaf_on_segment);
    ck_assert(n.kept);
    n.first->recovered = true;
    rt_recovered(rt, n.first);
    ck_assert_ptr_null(rt->panicking);
}

// a panic begun on the segment is aborted by a later one that leaves the
// segment and is recovered on the small stack
static void abort_from_segment_leaf(Runtime *rt, void *arg) {
    (void)arg;
    PanicHandler h;
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) rt_panic_plain(rt, "first");
    rt_panic_plain(rt, "second");   // from the first one's "deferred call"
}

static void aborted_on_segment(Runtime *rt, void *arg) {
    (void)arg;
    PanicHandler h;
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) {
        Descent d = {.rt = rt, .leaf = abort_from_segment_leaf};
        descend(&d, 5000);
        ck_abort_msg("no panic");
    }
    RtPanic *p = rt_current_panic(rt);
    ck_assert_ptr_nonnull(p->link);   // "first", its frame on the segment just left
    p->recovered = true;
    rt_recovered(rt, p);
    ck_assert_ptr_null(rt->panicking);
}

static void park(Runtime *rt, void *arg) {
    int64_t v;
    rt_chan_recv(rt, arg, &v);
}

// low_stack: the running goroutine's small stack lies below the segments
// (so comparing frame addresses as depths would go wrong).
static void low_stack(Runtime *rt, void *arg) {
    G *g = rt->sched->cur;
    ck_assert_int_eq(rt->sched->nsegs, 1);
    ck_assert_uint_lt(g->stack->lo, rt->sched->seg_idle[0]->lo);
    ((Body)arg)(rt, NULL);
}

static void panics_body(Runtime *rt, void *arg) {
    (void)arg;
    go_and_wait(rt, cross_panic, NULL);
    go_and_wait(rt, nested_on_segment, NULL);
    go_and_wait(rt, aborted_on_segment, NULL);
    // again with small stacks mapped after (below) the segment: 300
    // parked goroutines use up the first chunk of small stacks
    GoChan *c = rt_chan_new(rt, &t_chan_i64, 0);
    for (int i = 0; i < 300; i++) rt_go(rt, park, c);
    rt_gosched(rt);
    go_and_wait(rt, low_stack, (void *)cross_panic);
    go_and_wait(rt, low_stack, (void *)nested_on_segment);
    go_and_wait(rt, low_stack, (void *)aborted_on_segment);
    rt_chan_close(rt, c);
    rt_gosched(rt);
}

// ---- a goroutine ending on its segment ---------------------------------------------

static void goexit_leaf(Runtime *rt, void *arg) {
    ++*(int *)arg;
    rt_goexit(rt);
}

static void exit_on_segment(Runtime *rt, void *arg) {
    Descent d = {.rt = rt, .leaf = goexit_leaf, .arg = arg};
    descend(&d, 5000);
    ck_abort_msg("goexit returned");
}

static void exit_body(Runtime *rt, void *arg) {
    (void)arg;
    int n = 0;
    for (int i = 0; i < 3; i++) rt_go(rt, exit_on_segment, &n);
    for (int i = 0; i < 100 && n < 3; i++) rt_gosched(rt);
    rt_gosched(rt);
    ck_assert_int_eq(n, 3);
    ck_assert_int_eq(rt_num_goroutine(rt), 1);
    ck_assert_int_eq(rt->sched->nseg_idle, rt->sched->nsegs);   // every segment back
    // the stacks are reused: a goroutine recursing deep again is fine
    Deep b = {.depth = 50000};
    go_and_wait(rt, deep_goroutine, &b);
    ck_assert_int_eq(b.result, 50000);
}

START_TEST(test_panics) { tu_run(panics_body, NULL); }
END_TEST

START_TEST(test_exit_on_segment) { tu_run(exit_body, NULL); }
END_TEST

// ---- collections ---------------------------------------------------------------------

static LNode *lpush(Runtime *rt, LNode *head, int64_t v) {
    LNode *n = rt_alloc(rt, &t_lnode);
    n->val = v;
    gc_write_ptr(rt, (void **)&n->next, head);
    return n;
}

static bool lcheck(Runtime *rt, const LNode *head, int64_t first, int len) {
    int k = 0;
    for (const LNode *n = head; n; n = n->next, k++)
        if (!(gc_object_state(rt, n) & GC_OBJ_ALLOCATED) || n->val != first + len - 1 - k) return false;
    return k == len;
}

typedef struct GcCase {
    GoChan *c;
    int ok_seg, ok_small;
    int resumed_marking;      // resumed on the segment while marking: 1 with its small stack scanned
} GcCase;

// gc_leaf, on the segment: a list only its frame holds; collections run
// while it runs (here) and while it is parked (main's), with the small
// stack's list (gc_small) only on the suspended small stack.
static void gc_leaf(Runtime *rt, void *arg) {
    GcCase *gc = arg;
    ck_assert(on_segment(rt));
    LNode *volatile head = NULL;
    for (int i = 0; i < 50; i++) head = lpush(rt, head, 1000 + i);
    for (int i = 0; i < 3; i++) gc_concurrent_collect(rt);
    int64_t v;
    rt_chan_recv(rt, gc->c, &v);   // parked on the segment while main collects
    Heap *h = rt->heap;
    if (h->marking) gc->resumed_marking = rt->sched->cur->stack->scangen == h->stackgen ? 1 : -1;
    for (int i = 0; i < 1000; i++) lpush(rt, NULL, -1);   // garbage over the freed slots
    gc->ok_seg = lcheck(rt, head, 1000, 50);
    head = NULL;
}

static void gc_small(Runtime *rt, void *arg) {
    GcCase *gc = arg;
    LNode *volatile head = NULL;
    for (int i = 0; i < 50; i++) head = lpush(rt, head, 2000 + i);
    Descent d = {.rt = rt, .leaf = gc_leaf, .arg = gc};
    descend(&d, 3000);
    gc->ok_small = lcheck(rt, head, 2000, 50);
    head = NULL;
}

static void gc_body(Runtime *rt, void *arg) {
    (void)arg;
    Heap *h = rt->heap;
    h->dbg_checkmark = true;
    GcCase gc = {.c = rt_chan_new(rt, &t_chan_i64, 0)};
    Waited w = {gc_small, &gc, false};
    rt_go(rt, waited, &w);
    for (int i = 0; i < 4; i++) rt_gosched(rt);
    ck_assert(!w.done);
    for (int i = 0; i < 3; i++) gc_concurrent_collect(rt);
    // and a cycle that marks while the goroutine resumes on its segment
    gc_start_cycle(rt, false);
    int64_t v = 1;
    rt_chan_send(rt, gc.c, &v);
    for (int i = 0; i < 100 && !w.done; i++) rt_gosched(rt);
    gc_finish_mark(rt);
    gc_finish_sweep(h);
    ck_assert(w.done);
    ck_assert(gc.ok_seg);
    ck_assert(gc.ok_small);
    ck_assert_int_eq(gc.resumed_marking, 1);
}

START_TEST(test_gc_on_segment) { tu_run(gc_body, NULL); }
END_TEST

// A cycle starts while the goroutine runs on its segment; code there
// takes the only reference to a list from a frame on the small stack
// (as the first call on a segment uses its caller's slots) and clears
// it: the small stack must have been scanned with the running segment
// (the list may survive without, held by stale words, so the scan itself
// is checked too).
typedef struct Steal {
    LNode *volatile head;     // on the small stack (a local of steal_small)
    int ok;
} Steal;

static void steal_leaf(Runtime *rt, void *arg) {
    Steal *st = arg;
    ck_assert(on_segment(rt));
    Heap *h = rt->heap;
    gc_start_cycle(rt, false);
    ck_assert_uint_eq(rt->sched->cur->stack->scangen, h->stackgen);   // black with the running segment
    LNode *volatile mine = st->head;
    st->head = NULL;
    for (int i = 0; i < 1000; i++) lpush(rt, NULL, -1);
    gc_finish_mark(rt);
    gc_finish_sweep(h);
    for (int i = 0; i < 1000; i++) lpush(rt, NULL, -1);   // reuse what the sweep freed
    st->ok = lcheck(rt, mine, 3000, 50);
    mine = NULL;
}

static void steal_small(Runtime *rt, void *arg) {
    (void)arg;
    Steal st = {0};
    for (int i = 0; i < 50; i++) st.head = lpush(rt, st.head, 3000 + i);
    Descent d = {.rt = rt, .leaf = steal_leaf, .arg = &st};
    descend(&d, 3000);
    ck_assert(st.ok);
}

static void steal_body(Runtime *rt, void *arg) {
    (void)arg;
    rt_set_gc_percent(rt, -1);
    rt->heap->dbg_stw = false;
    for (int i = 0; i < 5; i++) go_and_wait(rt, steal_small, NULL);
}

START_TEST(test_gc_small_stack_with_segment) { tu_run(steal_body, NULL); }
END_TEST

Suite *stacks_suite(void);
Suite *stacks_suite(void) {
    Suite *s = suite_create("stacks");
    TCase *tc = tcase_create("segments");
    tcase_set_timeout(tc, 60);
    tcase_add_test(tc, test_deep_recursion);
    tcase_add_test(tc, test_panics);
    tcase_add_test(tc, test_exit_on_segment);
    tcase_add_test(tc, test_gc_on_segment);
    tcase_add_test(tc, test_gc_small_stack_with_segment);
    suite_add_tcase(s, tc);
    return s;
}
