// test_gc.c - unit tests of the heap, the collector and goroutine stacks
// (runtime/heap*.c, gc*.c, stack.c, rt.c).
//
// Garbage is built in noinline helpers that hand back only disguised
// addresses (hide), and the dead stack area is scrubbed before a
// collection, so conservative stack scanning cannot keep it alive.
#include <check.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/gc_internal.h"

// ---- hand-built types ------------------------------------------------------------

static const uint8_t mask_1[] = {0x1};      // word 0
static const uint8_t mask_11[] = {0x3};     // words 0, 1
static const uint8_t mask_w5[] = {0x20};    // word 5

static const Type t_int = {.kind = KIND_INT, .size = 8, .align = 8, .flags = TF_NOPTR};
static const Type t_byte = {.kind = KIND_UINT8, .size = 1, .align = 1, .flags = TF_NOPTR};
static const Type t_ptr = {.kind = KIND_POINTER, .size = 8, .align = 8, .ptrwords = 1, .gcmask = mask_1};
// struct Node { next *Node; val int }
static const Type t_node = {.kind = KIND_STRUCT, .size = 16, .align = 8, .ptrwords = 1, .gcmask = mask_1};
// struct Tree { left, right *Tree; val int }
static const Type t_tree = {.kind = KIND_STRUCT, .size = 24, .align = 8, .ptrwords = 2, .gcmask = mask_11};
static const uint8_t mask_w1[] = {0x2};    // word 1
// struct { n int; p *T } (same size class as Node, another layout)
static const Type t_intptr = {.kind = KIND_STRUCT, .size = 16, .align = 8, .ptrwords = 2, .gcmask = mask_w1};
// struct { a [5]int; p *T; b [2]int }
static const Type t_mid = {.kind = KIND_STRUCT, .size = 64, .align = 8, .ptrwords = 6, .gcmask = mask_w5};

typedef struct Node { struct Node *next; int64_t val; } Node;
typedef struct Tree { struct Tree *left, *right; int64_t val; } Tree;

#define HIDE_KEY ((uintptr_t)0x5a5a5a5a5a5a5a5aull)
static uintptr_t hide(const void *p) { return (uintptr_t)p ^ HIDE_KEY; }
static void *unhide(uintptr_t h) { return (void *)(h ^ HIDE_KEY); }

// new_rt_at: a runtime whose collections scan this thread's stack only up
// to top, the calling test function's frame (new_rt passes it). libcheck's
// frames above the test, in the forked child, hold stale words of the
// parent; in about 1 ASan run in 10 one of them fell inside the heap's
// arena, and six tests in that run found an object kept alive.
static Runtime *new_rt_at(int gogc, int stress, uintptr_t top) {
    RtConfig cfg = {.gogc = gogc, .gcstress = stress};
    Runtime *rt = rt_new(&cfg, NULL);
    ck_assert_ptr_nonnull(rt);
    if (rt->stack_cur && top < rt->stack_cur->hi)
        rt->stack_cur->hi = top;
    return rt;
}
#define new_rt(gogc, stress) new_rt_at((gogc), (stress), (uintptr_t)__builtin_frame_address(0) + 16)

// scrub zeroes the dead stack below the caller, then collects.
__attribute__((noinline)) static void scrub(void) {
    char buf[64 << 10];
    memset(buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

__attribute__((noinline)) static void collect(Runtime *rt) {
    scrub();
    gc_collect(rt);
}

__attribute__((noinline)) static bool allocated(Runtime *rt, uintptr_t hidden) {
    return (gc_object_state(rt, unhide(hidden)) & GC_OBJ_ALLOCATED) != 0;
}

static RtMemStats stats(Runtime *rt) {
    static RtMemStats m;
    gc_read_memstats(rt, &m);
    return m;
}

// ---- allocation ----------------------------------------------------------------------

// run_deep runs setup f in a frame well below the caller's, below where
// collect's own frame (which scrub cannot clear) will lie.
__attribute__((noinline)) static void run_deep(void (*f)(Runtime *, uintptr_t *), Runtime *rt,
                                               uintptr_t *h) {
    char pad[2048];
    memset(pad, 0, sizeof pad);
    __asm__ volatile("" : : "r"(pad) : "memory");
    f(rt, h);
    __asm__ volatile("" : : "r"(pad) : "memory");
}

static bool all_zero(const void *p, size_t n) {
    const unsigned char *b = p;
    for (size_t i = 0; i < n; i++)
        if (b[i])
            return false;
    return true;
}

START_TEST(test_every_size_class) {
    Runtime *rt = new_rt(-1, 0);
    for (int c = 1; c < GC_NUM_CLASSES; c++) {
        size_t sz = rt->heap->class_size[c];
        size_t sizes[] = {sz - 1, sz, sz + 1};
        for (int k = 0; k < 3; k++) {
            if (sizes[k] == 0 || sizes[k] > GC_MAX_SMALL + 1)
                continue;
            for (int scan = 0; scan < 2; scan++) {
                void *p = scan ? rt_alloc_array(rt, &t_ptr, (sizes[k] + 7) / 8)
                               : rt_alloc_noscan(rt, sizes[k], true);
                size_t slot = 0;
                ck_assert_ptr_eq(gc_object_base(rt, (char *)p + sizes[k] - 1, &slot), p);
                ck_assert_uint_ge(slot, sizes[k]);
                ck_assert_uint_eq((uintptr_t)p % 8, 0);
                ck_assert(all_zero(p, slot));
                int st = gc_object_state(rt, p);
                ck_assert_int_eq(st & GC_OBJ_NOSCAN, scan ? 0 : GC_OBJ_NOSCAN);
                memset(p, 0xff, slot);
            }
        }
    }
    ck_assert_int_eq(gc_object_state(rt, &t_int), 0);
    rt_free(rt);
}
END_TEST

__attribute__((noinline)) static void dirty_garbage(Runtime *rt, size_t size, int n) {
    for (int i = 0; i < n; i++)
        memset(rt_alloc_noscan(rt, size, false), 0xab, size);
}

START_TEST(test_reused_memory_is_zeroed) {
    Runtime *rt = new_rt(-1, 0);
    size_t sizes[] = {8, 64, 1024, 32768, 100000};
    for (int k = 0; k < 5; k++) {
        dirty_garbage(rt, sizes[k], 300);
        collect(rt);
        for (int i = 0; i < 300; i++) {
            void *p = sizes[k] % 8 ? rt_alloc_noscan(rt, sizes[k], true)
                                   : rt_alloc_array(rt, &t_ptr, sizes[k] / 8);
            ck_assert(all_zero(p, sizes[k]));
        }
    }
    rt_free(rt);
}
END_TEST

// Objects kept alive by the tests live in this registered root array, so
// releasing them is deterministic (a stale copy in a register or a dead
// stack slot could otherwise keep them alive).
static void *keep[8];

static Runtime *new_rt_keep_at(uintptr_t top) {
    Runtime *rt = new_rt_at(-1, 0, top);
    memset(keep, 0, sizeof keep);
    gc_add_root(rt, keep, sizeof keep);
    return rt;
}
#define new_rt_keep() new_rt_keep_at((uintptr_t)__builtin_frame_address(0) + 16)


__attribute__((noinline)) static void alloc_large_garbage(Runtime *rt, uintptr_t *unused) {
    (void)unused;
    size_t sizes[] = {32769, 1 << 20, (size_t)100 << 20};
    for (int k = 0; k < 3; k++) {
        char *p = rt_alloc_noscan(rt, sizes[k], true);
        ck_assert(all_zero(p, sizes[k]));
        size_t slot;
        ck_assert_ptr_eq(gc_object_base(rt, p + sizes[k] - 1, &slot), p);
        ck_assert_uint_ge(slot, sizes[k]);
        ck_assert_int_eq(gc_object_state(rt, p + sizes[k] / 2) & GC_OBJ_ALLOCATED, GC_OBJ_ALLOCATED);
    }
}

START_TEST(test_large_objects) {
    Runtime *rt = new_rt(-1, 0);
    run_deep(alloc_large_garbage, rt, NULL);   // below where collect's frames will lie
    uint64_t before = stats(rt).heap_alloc;
    ck_assert_uint_ge(before, ((size_t)101 << 20));
    // A stale word on a thread's stack (scanned conservatively; interior
    // pointers count, and the 100 MiB object is a big target) kept it in
    // ~1 of 15 ASan runs: a later cycle must free it.
    for (int i = 0; i < 4 && stats(rt).heap_alloc != 0; i++)
        collect(rt);
    ck_assert_uint_eq(stats(rt).heap_alloc, 0);
    ck_assert_uint_eq(stats(rt).heap_objects, 0);
    rt_free(rt);
}
END_TEST

// ---- reachability ------------------------------------------------------------------------

__attribute__((noinline)) static uintptr_t make_list(Runtime *rt, int n, uintptr_t *hidden) {
    Node *head = NULL;
    for (int i = 0; i < n; i++) {
        Node *x = rt_alloc(rt, &t_node);
        x->val = i;
        x->next = head;
        head = x;
        if (hidden)
            hidden[i] = hide(x);
    }
    return hide(head);
}

__attribute__((noinline)) static Tree *make_tree(Runtime *rt, int depth) {
    if (depth == 0)
        return NULL;
    Tree *t = rt_alloc(rt, &t_tree);
    t->left = make_tree(rt, depth - 1);
    t->right = make_tree(rt, depth - 1);
    t->val = depth;
    return t;
}

static int64_t tree_check(const Tree *t) {
    return t ? t->val + tree_check(t->left) + tree_check(t->right) : 0;
}

// make_cycle: two nodes pointing at each other; returns a pointer into the first.
__attribute__((noinline)) static char *make_cycle(Runtime *rt, uintptr_t *ha, uintptr_t *hb) {
    Node *a = rt_alloc(rt, &t_node), *b = rt_alloc(rt, &t_node);
    a->next = b;
    b->next = a;
    *ha = hide(a);
    *hb = hide(b);
    return (char *)a + 8;
}

__attribute__((noinline)) static void setup_graph(Runtime *rt, uintptr_t *live, uintptr_t *dead,
                                                  uintptr_t *ha, uintptr_t *hb) {
    keep[0] = unhide(make_list(rt, 1000, live));
    make_list(rt, 1000, dead);
    keep[1] = make_tree(rt, 12);
    make_cycle(rt, ha, hb);   // a cycle reachable only from itself is garbage
}

START_TEST(test_graph_survives_and_garbage_freed) {
    Runtime *rt = new_rt_keep();
    static uintptr_t live_nodes[1000], dead_nodes[1000];
    uintptr_t ha, hb;
    setup_graph(rt, live_nodes, dead_nodes, &ha, &hb);
    int64_t sum = tree_check(keep[1]);
    uint64_t objs = stats(rt).heap_objects;
    ck_assert_uint_eq(objs, 2000 + 4095 + 2);
    collect(rt);
    for (int i = 0; i < 1000; i++) {
        ck_assert(allocated(rt, live_nodes[i]));
        ck_assert(!allocated(rt, dead_nodes[i]));
    }
    ck_assert(!allocated(rt, ha) && !allocated(rt, hb));
    ck_assert_int_eq(tree_check(keep[1]), sum);
    ck_assert_uint_eq(stats(rt).heap_objects, objs - 1002);
    int n = 0;
    for (Node *x = keep[0]; x; x = x->next, n++)
        ck_assert_int_eq(x->val, 999 - n);
    ck_assert_int_eq(n, 1000);
    keep[0] = keep[1] = NULL;
    collect(rt);
    ck_assert_uint_eq(stats(rt).heap_objects, 0);
    rt_free(rt);
}
END_TEST

__attribute__((noinline)) static void setup_interior(Runtime *rt, uintptr_t *h) {
    keep[0] = make_cycle(rt, &h[0], &h[1]);
    char *big = rt_alloc_array(rt, &t_ptr, 100000);
    keep[1] = big + 500000;
    h[2] = hide(big);
    Node **slot = (Node **)(big + 8 * 777);
    *slot = rt_alloc(rt, &t_node);
    h[3] = hide(*slot);
}

START_TEST(test_interior_pointers) {
    Runtime *rt = new_rt_keep();
    uintptr_t h[4];
    run_deep(setup_interior, rt, h);
    collect(rt);
    for (int i = 0; i < 4; i++)
        ck_assert(allocated(rt, h[i]));
    keep[0] = keep[1] = NULL;
    collect(rt);
    for (int i = 0; i < 4; i++)
        ck_assert(!allocated(rt, h[i]));
    rt_free(rt);
}
END_TEST

// A stack word pointing into an object keeps it alive.
START_TEST(test_stack_roots) {
    Runtime *rt = new_rt(-1, 0);
    uintptr_t ha, hb;
    char *volatile inner = make_cycle(rt, &ha, &hb);
    collect(rt);
    ck_assert(allocated(rt, ha) && allocated(rt, hb));
    ck_assert_ptr_nonnull(inner);
    rt_free(rt);
}
END_TEST

__attribute__((noinline)) static void setup_noscan(Runtime *rt, uintptr_t *h) {
    void **buf = rt_alloc_noscan(rt, 16, true);
    Node *n = rt_alloc(rt, &t_node);
    buf[0] = n;
    keep[0] = buf;
    h[0] = hide(buf);
    h[1] = hide(n);
    int64_t *ints = rt_alloc_array(rt, &t_int, 4);   // noscan too
    ints[0] = (int64_t)(intptr_t)rt_alloc(rt, &t_node);
    keep[1] = ints;
    h[2] = hide(ints);
    h[3] = hide((void *)(intptr_t)ints[0]);
    keep[2] = rt_alloc(rt, &t_byte);
}

START_TEST(test_noscan_not_scanned) {
    Runtime *rt = new_rt_keep();
    uintptr_t h[4];
    run_deep(setup_noscan, rt, h);
    collect(rt);
    ck_assert(allocated(rt, h[0]));
    ck_assert(allocated(rt, h[2]));
    ck_assert(!allocated(rt, h[1]));
    ck_assert(!allocated(rt, h[3]));
    ck_assert_int_eq(gc_object_state(rt, unhide(h[0])) & GC_OBJ_NOSCAN, GC_OBJ_NOSCAN);
    ck_assert_int_eq(gc_object_state(rt, keep[2]) & GC_OBJ_NOSCAN, GC_OBJ_NOSCAN);
    rt_free(rt);
}
END_TEST

// Objects of different Types in one span ("mixed") keep their own layouts.
__attribute__((noinline)) static void setup_mixed(Runtime *rt, uintptr_t *h) {
    for (int i = 0; i < 100; i++) {
        Node *a = rt_alloc(rt, &t_node);            // pointer in word 0
        int64_t *b = rt_alloc(rt, &t_intptr);       // pointer in word 1
        a->next = rt_alloc(rt, &t_node);
        a->val = (int64_t)(intptr_t)rt_alloc(rt, &t_node);   // not a pointer word
        b[0] = (int64_t)(intptr_t)rt_alloc(rt, &t_node);     // not a pointer word
        b[1] = (int64_t)(intptr_t)rt_alloc(rt, &t_node);
        if (i == 50) {
            keep[0] = a;
            keep[1] = b;
            h[0] = hide(a->next);
            h[1] = hide((void *)(intptr_t)a->val);
            h[2] = hide((void *)(intptr_t)b[0]);
            h[3] = hide((void *)(intptr_t)b[1]);
        }
    }
}

START_TEST(test_mixed_type_span) {
    Runtime *rt = new_rt_keep();
    uintptr_t h[4];
    run_deep(setup_mixed, rt, h);
    collect(rt);
    ck_assert(allocated(rt, h[0]));
    ck_assert(!allocated(rt, h[1]));
    ck_assert(!allocated(rt, h[2]));
    ck_assert(allocated(rt, h[3]));
    ck_assert_uint_eq(stats(rt).heap_objects, 4);
    rt_free(rt);
}
END_TEST

static void *global_root[4];

__attribute__((noinline)) static void setup_roots(Runtime *rt, uintptr_t *h) {
    global_root[2] = unhide(make_list(rt, 100, NULL));
    h[0] = hide(global_root[2]);
    char *mid = rt_alloc(rt, &t_mid);
    global_root[3] = mid + 40;   // interior
    ((void **)mid)[5] = rt_alloc(rt, &t_node);
    h[1] = hide(((void **)mid)[5]);
}

START_TEST(test_registered_roots) {
    Runtime *rt = new_rt(-1, 0);
    gc_add_root(rt, global_root, sizeof global_root);
    uintptr_t h[2];
    run_deep(setup_roots, rt, h);
    collect(rt);
    ck_assert(allocated(rt, h[0]));
    ck_assert(allocated(rt, h[1]));
    ck_assert_uint_eq(stats(rt).heap_objects, 102);
    gc_remove_root(rt, global_root);
    collect(rt);
    ck_assert(!allocated(rt, h[0]));
    ck_assert_uint_eq(stats(rt).heap_objects, 0);
    memset(global_root, 0, sizeof global_root);
    rt_free(rt);
}
END_TEST

__attribute__((noinline)) static void *make_array_of_ptrs(Runtime *rt, const Type *elem, size_t n,
                                                          uintptr_t *hidden) {
    void **arr = rt_alloc_array(rt, elem, n);
    size_t stride = elem->size / 8;
    for (size_t i = 0; i < n; i++) {
        Node *x = rt_alloc(rt, &t_node);
        arr[i * stride] = x;
        if (elem->size >= 16)
            arr[i * stride + 1] = rt_alloc(rt, &t_node);
        if (elem->size >= 24)
            arr[i * stride + 2] = x;   // not a pointer word: must not keep anything alone
        hidden[i] = hide(x);
    }
    return arr;
}

START_TEST(test_arrays_scanned_by_element) {
    Runtime *rt = new_rt(-1, 0);
    static uintptr_t h1[10000], h2[300];
    void *volatile big = make_array_of_ptrs(rt, &t_ptr, 10000, h1);
    void *volatile small = make_array_of_ptrs(rt, &t_tree, 300, h2);
    collect(rt);
    for (int i = 0; i < 10000; i++)
        ck_assert(allocated(rt, h1[i]));
    for (int i = 0; i < 300; i++)
        ck_assert(allocated(rt, h2[i]));
    ck_assert_uint_eq(stats(rt).heap_objects, 2 + 10000 + 600);
    (void)big;
    (void)small;
    big = small = NULL;
    collect(rt);
    ck_assert_uint_eq(stats(rt).heap_objects, 0);
    rt_free(rt);
}
END_TEST

// ---- pacing, stress, statistics ------------------------------------------------------------

static size_t rss_bytes(void) {
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long size = 0, res = 0;
    if (f) {
        if (fscanf(f, "%lu %lu", &size, &res) != 2)
            res = 0;
        fclose(f);
    }
    return res * (size_t)sysconf(_SC_PAGESIZE);
}

START_TEST(test_bounded_memory_under_churn) {
#if defined(GOSUB_ASAN) || defined(GOSUB_TSAN)
    const uint64_t total = (uint64_t)256 << 20;
#else
    const uint64_t total = (uint64_t)2 << 30;
#endif
    Runtime *rt = new_rt(100, 0);
    static void *ring[16];
    gc_add_root(rt, ring, sizeof ring);
    size_t rss0 = rss_bytes();
    uint64_t done = 0;
    for (unsigned i = 0; done < total; i++) {
        if (i % 1024 == 0) {
            ring[i / 1024 % 16] = rt_alloc_noscan(rt, 1 << 20, true);
            done += 1 << 20;
        } else {
            Node *n = rt_alloc_array(rt, &t_node, 4);
            n->next = ring[i % 16];
            ring[i % 16] = n;
            if (i % 64 == 0)
                ring[i % 16] = NULL;
            done += 64;
        }
    }
    RtMemStats m = stats(rt);
    size_t grown = rss_bytes() - rss0;
    ck_assert_uint_ge(m.total_alloc, total);
    ck_assert_uint_gt(m.num_gc, 10);
#ifndef GOSUB_TSAN   // TSan's shadow memory grows with every page touched
    ck_assert_msg(grown < ((size_t)96 << 20), "RSS grew by %zu MiB", grown >> 20);
#else
    (void)grown;
#endif
    // The collector thread returns idle pages after its sweep: give it
    // time (and end a mark left waiting for the mutator's next allocation).
    if (rt->heap->phase == GC_PHASE_MARK)
        gc_finish_mark(rt);
    for (int i = 0; i < 200 && m.heap_sys - m.heap_released > ((uint64_t)96 << 20); i++) {
        usleep(10000);
        m = stats(rt);
    }
    ck_assert_uint_le(m.heap_sys - m.heap_released, (uint64_t)96 << 20);
    memset(ring, 0, sizeof ring);
    rt_free(rt);
}
END_TEST

START_TEST(test_pacing_and_gogc_off) {
    // the pacer's arithmetic, without the timing of a concurrent mark
    // (how far the program allocates while the collector thread marks):
    // cycles complete stopped-the-world
    Runtime *rt = new_rt(100, 0);
    rt->heap->dbg_stw = true;
    for (int i = 0; i < (64 << 20) / 64; i++)
        rt_alloc_noscan(rt, 64, true);
    uint32_t n = stats(rt).num_gc;
    ck_assert_uint_ge(n, 8);
    ck_assert_uint_le(n, 24);
    ck_assert_uint_eq(stats(rt).next_gc, GC_MIN_HEAP);
    rt_free(rt);
    rt = new_rt(-1, 0);
    for (int i = 0; i < (64 << 20) / 64; i++)
        rt_alloc_noscan(rt, 64, true);
    ck_assert_uint_eq(stats(rt).num_gc, 0);
    rt_free(rt);
}
END_TEST

START_TEST(test_gcstress) {
    Runtime *rt = new_rt(100, 10);
    Node *volatile head = NULL;
    for (int i = 0; i < 2000; i++) {
        Node *x = rt_alloc(rt, &t_node);
        x->next = head;
        x->val = i;
        head = x;
        rt_alloc(rt, &t_node);   // garbage
    }
    RtMemStats m = stats(rt);
    ck_assert_uint_ge(m.num_gc, 390);
    ck_assert_uint_le(m.num_gc, 400);
    int n = 0;
    for (Node *x = head; x; x = x->next, n++)
        ck_assert_int_eq(x->val, 1999 - n);
    ck_assert_int_eq(n, 2000);
    ck_assert_uint_le(m.heap_objects, 2000 + 20);
    rt_free(rt);
}
END_TEST

__attribute__((noinline)) static void alloc_some_held(Runtime *rt, void **held) {
    for (int i = 0; i < 100000; i++) {
        void *p = rt_alloc(rt, &t_node);
        if (i % 1000 == 0)
            held[i / 1000] = p;
    }
}

START_TEST(test_memstats_invariants) {
    Runtime *rt = new_rt(100, 0);
    rt->heap->dbg_stw = true;   // counts, not the timing of concurrent cycles
    static void *held[100];
    gc_add_root(rt, held, sizeof held);
    uint64_t last_total = 0;
    for (int round = 0; round < 5; round++) {
        alloc_some_held(rt, held);
        RtMemStats m = stats(rt);
        ck_assert_uint_eq(m.heap_objects, m.mallocs - m.frees);
        ck_assert_uint_ge(m.total_alloc, last_total);
        ck_assert_uint_eq(m.alloc, m.heap_alloc);
        ck_assert_uint_eq(m.heap_sys, m.heap_idle + m.heap_inuse);
        ck_assert_uint_ge(m.sys, m.heap_sys);
        ck_assert_uint_le(m.heap_released, m.heap_idle);
        ck_assert_uint_ge(m.heap_inuse, m.heap_alloc);
        last_total = m.total_alloc;
    }
    collect(rt);   // a cycle still marking is finished first: this one may count two
    uint32_t before = stats(rt).num_gc;
    collect(rt);
    RtMemStats m = stats(rt);
    ck_assert_uint_eq(m.num_gc, before + 1);
    ck_assert_uint_eq(m.num_forced_gc, 2);
    // The 100 held nodes survive; of the 99,900 others, a stale word in a
    // register or on this thread's stack (scanned conservatively) may keep
    // one or two alive: 1 run in ~40 kept one under load.
    ck_assert_uint_ge(m.heap_objects, 100);
    ck_assert_uint_le(m.heap_objects, 103);
    ck_assert_uint_eq(m.heap_alloc, m.heap_objects * 16);
    ck_assert_uint_gt(m.pause_ns[(m.num_gc + 255) % 256], 0);
    ck_assert_uint_ge(m.pause_total_ns, m.pause_ns[(m.num_gc + 255) % 256]);
    ck_assert_uint_gt(m.last_gc, (uint64_t)1600000000 * 1000000000);
    memset(held, 0, sizeof held);
    rt_free(rt);
}
END_TEST

// ---- barrier -----------------------------------------------------------------------------

START_TEST(test_write_barrier) {
    Runtime *rt = new_rt(-1, 0);
    Node *volatile holder = rt_alloc(rt, &t_node);
    Node *old = rt_alloc(rt, &t_node), *nw = rt_alloc(rt, &t_node);
    gc_write_ptr(rt, (void **)&holder->next, old);
    ck_assert_ptr_eq(holder->next, old);
    ck_assert_int_eq(gc_object_state(rt, old) & GC_OBJ_MARKED, 0);
    rt->heap->marking = true;
    gc_write_ptr(rt, (void **)&holder->next, nw);
    ck_assert_uint_eq(rt->heap->wbuf_n, 2);   // buffered, shaded at the flush
    gc_barrier_flush(rt->heap);
    ck_assert_int_eq(gc_object_state(rt, old) & GC_OBJ_MARKED, GC_OBJ_MARKED);
    ck_assert_int_eq(gc_object_state(rt, nw) & GC_OBJ_MARKED, GC_OBJ_MARKED);
    // allocate black
    Node *born = rt_alloc(rt, &t_node);
    ck_assert_int_eq(gc_object_state(rt, born) & GC_OBJ_MARKED, GC_OBJ_MARKED);
    gc_drain(rt->heap);
    rt->heap->marking = false;
    collect(rt);
    // typed copies
    Tree *to = (Tree *)old, *tn = (Tree *)nw;
    Tree src[3] = {{to, tn, 1}, {tn, to, 2}, {NULL, NULL, 3}};
    Tree *dst = rt_alloc_array(rt, &t_tree, 3);
    rt_typedmemmove(rt, &t_tree, dst, src, 3);
    ck_assert(memcmp(dst, src, sizeof src) == 0);
    rt_typedmemmove(rt, &t_tree, dst + 1, dst, 2);   // overlapping
    ck_assert_int_eq(dst[2].val, 2);
    ck_assert_ptr_eq(dst[1].left, to);
    rt_free(rt);
}
END_TEST


// ---- concurrent marking -------------------------------------------------------------------

// Graph for the concurrent tests, reachable only from the registered root
// array cg_roots: a long list (so marking takes a while) whose nodes the
// mutator rewires while the collector thread marks.
#define CG_LIST 200000
static Node *cg_roots[4];

__attribute__((noinline)) static void cg_build(Runtime *rt, uintptr_t *garbage) {
    Node *head = NULL;
    for (int i = 0; i < CG_LIST; i++) {
        Node *n = rt_alloc(rt, &t_node);
        n->val = i;
        n->next = head;
        head = n;
    }
    cg_roots[0] = head;
    cg_roots[1] = rt_alloc(rt, &t_node);       // the object that becomes black
    for (int i = 0; i < 64; i++)
        garbage[i] = hide(rt_alloc(rt, &t_node));
}

// cg_mutate runs while the collector marks: moves the list's tail behind
// cg_roots[1] (store into a possibly black object, then delete the only
// other reference), deletes and re-links nodes, allocates new ones.
__attribute__((noinline)) static void cg_mutate(Runtime *rt, uintptr_t *born) {
    Node *n = cg_roots[0];
    for (int i = 0; i < CG_LIST / 2; i++)
        n = n->next;
    Node *tail = n->next;
    gc_write_ptr(rt, (void **)&cg_roots[1]->next, tail);   // hide behind black
    gc_write_ptr(rt, (void **)&n->next, NULL);             // delete the original
    // delete during marking: unlink every 3rd node of the head half, keep it via a new node
    Node *p = cg_roots[0];
    for (int i = 0; p && p->next && i < 1000; i++) {
        Node *victim = p->next;
        Node *fresh = rt_alloc(rt, &t_node);               // allocated during marking
        fresh->val = -1;
        gc_write_ptr(rt, (void **)&fresh->next, victim->next);
        gc_write_ptr(rt, (void **)&p->next, fresh);
        p = fresh->next;
        if (i == 0)
            *born = hide(fresh);
    }
}

static int cg_count(Node *n) {
    int k = 0;
    for (; n; n = n->next)
        k++;
    return k;
}

START_TEST(test_concurrent_mutation_during_mark) {
    Runtime *rt = new_rt(-1, 0);
    rt->heap->dbg_stw = false;
    rt->heap->dbg_checkmark = true;
    gc_add_root(rt, cg_roots, sizeof cg_roots);
    for (int round = 0; round < 5; round++) {
        uintptr_t garbage[64], born = 0;
        run_deep(cg_build, rt, garbage);
        int before = cg_count(cg_roots[0]) + cg_count(cg_roots[1]->next);
        scrub();
        gc_start_cycle(rt, false);
        ck_assert(rt->heap->marking);
        cg_mutate(rt, &born);
        gc_finish_mark(rt);
        ck_assert(!rt->heap->marking);
        gc_finish_sweep(rt->heap);
        // every node still reachable survived with its value intact
        int after = cg_count(cg_roots[0]) + cg_count(cg_roots[1]->next);
        ck_assert_int_eq(after, before);
        for (Node *x = cg_roots[1]->next; x; x = x->next)
            ck_assert(gc_object_state(rt, x) & GC_OBJ_ALLOCATED);
        ck_assert(allocated(rt, born));
        // garbage made before the cycle is freed by it
        int freed = 0;
        for (int i = 0; i < 64; i++)
            freed += !allocated(rt, garbage[i]);
        ck_assert_int_ge(freed, 60);
    }
    // the nodes unlinked during the last cycle are garbage for the next one
    collect(rt);
    ck_assert_uint_eq(stats(rt).heap_objects, (uint64_t)(cg_count(cg_roots[0]) + cg_count(cg_roots[1]->next) + 1));
    memset(cg_roots, 0, sizeof cg_roots);
    gc_remove_root(rt, cg_roots);
    rt_free(rt);
}
END_TEST

// Cycles start and end every few allocations while a linked structure is
// built and rewired through the barrier (the collector thread runs
// between the stress points).
START_TEST(test_concurrent_stress) {
    Runtime *rt = new_rt(100, 5);
    rt->heap->dbg_stw = false;
    rt->heap->dbg_checkmark = true;
    static Node *root[1];
    gc_add_root(rt, root, sizeof root);
    for (int i = 0; i < 8000; i++) {
        Node *x = rt_alloc(rt, &t_node);
        x->val = i;
        gc_write_ptr(rt, (void **)&x->next, root[0]);
        gc_write_ptr(rt, (void **)&root[0], x);
        if (i % 7 == 0 && root[0]->next)   // drop one node now and then
            gc_write_ptr(rt, (void **)&root[0]->next, root[0]->next->next);
        rt_alloc(rt, &t_tree);   // garbage
    }
    int n = 0;
    int64_t last = INT64_MAX;
    for (Node *x = root[0]; x; x = x->next, n++) {
        ck_assert_int_lt(x->val, last);
        last = x->val;
    }
    ck_assert_int_gt(n, 8000 * 6 / 7 - 10);
    ck_assert_uint_gt(stats(rt).num_gc, 1000);
    collect(rt);
    ck_assert_uint_eq(stats(rt).heap_objects, (uint64_t)n);
    root[0] = NULL;
    rt_free(rt);
}
END_TEST

// ---- global roots ------------------------------------------------------------------------

// 1 MiB of globals: scanned after the start pause, never inside it.
#define BIG_GLOBALS (1 << 17)
static void *big_globals[BIG_GLOBALS];

__attribute__((noinline)) static void fill_globals(Runtime *rt, uintptr_t *hidden) {
    for (int i = 0; i < 64; i++) {
        big_globals[i * (BIG_GLOBALS / 64) + 7] = rt_alloc(rt, &t_node);
        hidden[i] = hide(big_globals[i * (BIG_GLOBALS / 64) + 7]);
    }
}

START_TEST(test_globals_not_scanned_in_pause) {
    Runtime *rt = new_rt(-1, 0);
    Heap *h = rt->heap;
    h->dbg_stw = false;
    h->dbg_checkmark = true;
    gc_add_global_root(rt, big_globals, sizeof big_globals);
    uintptr_t hidden[64];
    run_deep(fill_globals, rt, hidden);
    for (int round = 0; round < 3; round++) {
        scrub();
        gc_start_cycle(rt, false);
        // The pause scanned this thread's stack and the plain roots (a few
        // words), not the 1 MiB of globals.
        ck_assert_uint_lt(h->pause_root_bytes, 256 << 10);
        gc_finish_mark(rt);
        gc_finish_sweep(h);
        ck_assert_uint_eq(h->global_bytes, sizeof big_globals);   // all of it, once
        for (int i = 0; i < 64; i++)
            ck_assert(allocated(rt, hidden[i]));
    }
    gc_remove_root(rt, big_globals);
    // a stale stack word may keep a list for a cycle (see test_large_objects)
    int kept = 64;
    for (int round = 0; round < 4 && kept; round++) {
        collect(rt);
        kept = 0;
        for (int i = 0; i < 64; i++)
            kept += allocated(rt, hidden[i]);
    }
    ck_assert_int_eq(kept, 0);
    memset(big_globals, 0, sizeof big_globals);
    rt_free(rt);
}
END_TEST

// Two global roots; the only reference to an object moves from the one
// already scanned to the one not yet scanned while marking (this thread
// scans the first batch, so it usually decides the order): the barrier on
// the stores must keep the object.
static void *moved_a[4], *moved_b[4];

__attribute__((noinline)) static uintptr_t fill_moved(Runtime *rt) {
    moved_a[1] = unhide(make_list(rt, 10, NULL));
    return hide(moved_a[1]);
}

__attribute__((noinline)) static void move_global(Runtime *rt) {
    gc_write_ptr(rt, &moved_b[2], moved_a[1]);
    gc_write_ptr(rt, &moved_a[1], NULL);
}

START_TEST(test_pointer_moved_between_globals) {
    Runtime *rt = new_rt(-1, 0);
    Heap *h = rt->heap;
    h->dbg_stw = false;
    h->dbg_checkmark = true;
    gc_add_global_root(rt, moved_a, sizeof moved_a);
    gc_add_global_root(rt, moved_b, sizeof moved_b);   // the head of the list: scanned first
    // gc_start_cycle starts the collector thread again, and it may take the
    // first batch itself: such a round cannot order the scans and only
    // checks that the object survives; most rounds are ordered, one must be.
    int ordered = 0;
    for (int round = 0; round < 20; round++) {
        memset(moved_b, 0, sizeof moved_b);
        uintptr_t x = fill_moved(rt);
        scrub();
        gc_start_cycle(rt, false);
        if (gc_scan_global_batch(h, &h->mut_work, 1) && h->global_next &&   // moved_b
            (void *)h->global_next->lo == moved_a)
            ordered++;
        move_global(rt);
        scrub();
        gc_finish_mark(rt);   // scans moved_a, now without the object
        gc_finish_sweep(h);
        ck_assert(allocated(rt, x));
        ck_assert_ptr_eq(moved_b[2], unhide(x));
        ck_assert_int_eq(cg_count(moved_b[2]), 10);
    }
    ck_assert_int_gt(ordered, 0);
    memset(moved_a, 0, sizeof moved_a);
    memset(moved_b, 0, sizeof moved_b);
    gc_remove_root(rt, moved_a);
    gc_remove_root(rt, moved_b);
    rt_free(rt);
}
END_TEST

START_TEST(test_pacer_arithmetic) {
    ck_assert_uint_eq(gc_trigger_for(200 << 20, 100 << 20, true), 200 << 20);
    ck_assert_uint_eq(gc_trigger_for(200 << 20, 100 << 20, false), (100 << 20) + (100 << 20) / 8 * 7);
    ck_assert_uint_eq(gc_trigger_for(UINT64_MAX, 0, false), UINT64_MAX);
    Runtime *rt = new_rt(100, 0);
    // the goal leaves out the collector's own memory (here a few KiB) and
    // a 1/16 margin of the runway
    uint64_t over = rt->heap->meta_sys + rt->heap->mark_cap * sizeof(uintptr_t);
    ck_assert_uint_lt(over, 1 << 20);
    gc_set_goal(rt, 100 << 20);
    ck_assert_uint_eq(rt->heap->next_gc, (200 << 20) - over - (100 << 20) / 16);
    ck_assert_int_eq(rt_set_gc_percent(rt, 50), 100);
    ck_assert_uint_eq(rt->heap->next_gc, (150 << 20) - over - (50 << 20) / 16);
    ck_assert_int_eq(rt_set_gc_percent(rt, -1), 50);
    ck_assert_uint_eq(rt->heap->next_gc, UINT64_MAX);
    ck_assert_uint_eq(rt->heap->trigger, UINT64_MAX);
    rt_set_gc_percent(rt, 100);
    gc_set_goal(rt, 0);
    ck_assert_uint_eq(rt->heap->next_gc, GC_MIN_HEAP);
    rt_free(rt);
}
END_TEST

// Allocation outrunning the collector: assists keep the heap near its goal.
START_TEST(test_heap_bounded_with_assists) {
    Runtime *rt = new_rt(100, 0);
    rt->heap->dbg_stw = false;
    static Node *live_list[1];
    gc_add_root(rt, live_list, sizeof live_list);
    uint64_t peak = 0;
    for (int i = 0; i < 2000000; i++) {
        Node *x = rt_alloc(rt, &t_node);
        if (i % 4 == 0) {   // a live list of ~8 MB, replaced every 500k allocations
            x->next = live_list[0];
            live_list[0] = x;
        }
        if (i % 500000 == 0)
            live_list[0] = NULL;
        RtMemStats m = stats(rt);
        if (m.heap_alloc > peak)
            peak = m.heap_alloc;
    }
    ck_assert_uint_gt(stats(rt).num_gc, 3);
    ck_assert_msg(peak < ((uint64_t)40 << 20), "heap peaked at %llu MiB", (unsigned long long)(peak >> 20));
    live_list[0] = NULL;
    rt_free(rt);
}
END_TEST

// ---- trace --------------------------------------------------------------------------------

START_TEST(test_gctrace_line) {
    RtConfig cfg = {.gogc = 100, .gctrace = true};
    Runtime *rt = rt_new(&cfg, NULL);
    FILE *tmp = tmpfile();
    int saved = dup(2);
    dup2(fileno(tmp), 2);
    gc_collect(rt);
    rt_flush(rt);
    dup2(saved, 2);
    close(saved);
    char line[512] = {0};
    rewind(tmp);
    ck_assert_ptr_nonnull(fgets(line, sizeof line, tmp));
    fclose(tmp);
    regex_t re;
    ck_assert_int_eq(regcomp(&re,
        "^gc 1 @[0-9]+\\.[0-9]{3}s [0-9]+%: [0-9.]+\\+[0-9.]+\\+[0-9.]+ ms clock, "
        "[0-9.]+\\+0/[0-9.]+/0\\+[0-9.]+ ms cpu, 0->0->0 MB, 4 MB goal, "
        "0 MB stacks, 0 MB globals, 1 P \\(forced\\)\n$", REG_EXTENDED), 0);
    ck_assert_msg(regexec(&re, line, 0, NULL, 0) == 0, "bad trace line: %s", line);
    regfree(&re);
    rt_free(rt);
}
END_TEST

// ---- stacks --------------------------------------------------------------------------------

typedef struct MainArg {
    Runtime *rt;
    uintptr_t outer;        // object referenced only from the suspended thread stack
    uintptr_t inner;
    bool ok_outer, ok_inner, low_at_top, low_forced;
    uintptr_t frame;
    size_t stack_size;
    int depth;
} MainArg;

__attribute__((noinline)) static int recurse_until_low(Runtime *rt, int depth) {
    volatile int pad[128];
    pad[0] = depth;
    if (rt_stack_low(rt))
        return depth;
    pad[1] = recurse_until_low(rt, depth + 1);
    return pad[1] + pad[0] - depth;
}

static void main_fn(void *p) {
    MainArg *a = p;
    Node *volatile local = rt_alloc(a->rt, &t_node);
    a->inner = hide(local);
    a->frame = (uintptr_t)__builtin_frame_address(0);
    a->low_at_top = rt_stack_low(a->rt);
    collect(a->rt);
    a->ok_outer = allocated(a->rt, a->outer);
    a->ok_inner = allocated(a->rt, a->inner);
    uintptr_t saved = a->rt->stack_limit;
    a->rt->stack_limit = a->frame + 4096;
    a->low_forced = rt_stack_low(a->rt);
    a->rt->stack_limit = saved;
    a->stack_size = a->rt->stack_cur->hi - a->rt->stack_cur->lo;
    // Recursing to the bottom of 1 GiB would commit it all: pretend the
    // limit is 8 MiB below this frame.
    a->rt->stack_limit = a->frame - (8 << 20);
    a->depth = recurse_until_low(a->rt, 0);
    a->rt->stack_limit = saved;
    local = NULL;
}

START_TEST(test_run_main_stack) {
    Runtime *rt = new_rt_at(-1, 0, UINTPTR_MAX);   // the thread's real stack bounds
    Node *volatile outer = rt_alloc(rt, &t_node);
    MainArg a = {.rt = rt, .outer = hide(outer)};
    rt_run_main(rt, main_fn, &a);
    ck_assert(a.ok_outer);
    ck_assert(a.ok_inner);
    ck_assert(!a.low_at_top);
    ck_assert(a.low_forced);
    ck_assert_int_gt(a.depth, 10000);
    ck_assert_uint_ge(a.stack_size, (size_t)1 << 30);
    ck_assert_ptr_eq(rt->stack_cur, rt->thread_stack);
    ck_assert(a.frame < (uintptr_t)rt->thread_stack->lo || a.frame > (uintptr_t)rt->thread_stack->hi);
    rt_free(rt);
}
END_TEST

START_TEST(test_thread_stack_low) {
    Runtime *rt = new_rt_at(-1, 0, UINTPTR_MAX);   // the thread's real stack bounds
    ck_assert(!rt_stack_low(rt));
    int depth = recurse_until_low(rt, 0);
    ck_assert_int_gt(depth, 1000);
    rt_free(rt);
}
END_TEST

Suite *gc_suite(void);
Suite *gc_suite(void) {
    Suite *s = suite_create("gc");
    TCase *tc = tcase_create("heap");
    tcase_set_timeout(tc, 120);
    tcase_add_test(tc, test_every_size_class);
    tcase_add_test(tc, test_reused_memory_is_zeroed);
    tcase_add_test(tc, test_large_objects);
    tcase_add_test(tc, test_graph_survives_and_garbage_freed);
    tcase_add_test(tc, test_interior_pointers);
    tcase_add_test(tc, test_stack_roots);
    tcase_add_test(tc, test_noscan_not_scanned);
    tcase_add_test(tc, test_registered_roots);
    tcase_add_test(tc, test_mixed_type_span);
    tcase_add_test(tc, test_arrays_scanned_by_element);
    tcase_add_test(tc, test_bounded_memory_under_churn);
    tcase_add_test(tc, test_pacing_and_gogc_off);
    tcase_add_test(tc, test_gcstress);
    tcase_add_test(tc, test_memstats_invariants);
    tcase_add_test(tc, test_write_barrier);
    tcase_add_test(tc, test_concurrent_mutation_during_mark);
    tcase_add_test(tc, test_concurrent_stress);
    tcase_add_test(tc, test_globals_not_scanned_in_pause);
    tcase_add_test(tc, test_pointer_moved_between_globals);
    tcase_add_test(tc, test_pacer_arithmetic);
    tcase_add_test(tc, test_heap_bounded_with_assists);
    tcase_add_test(tc, test_gctrace_line);
    tcase_add_test(tc, test_run_main_stack);
    tcase_add_test(tc, test_thread_stack_low);
    suite_add_tcase(s, tc);
    return s;
}
