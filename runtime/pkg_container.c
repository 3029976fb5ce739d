// pkg_container.c - packages container/list, container/ring and
// container/heap (Go 1.19).
// list: Go's doubly linked ring with a sentinel root inside the List, lazy
// initialisation of the zero List, and Go's rule that operations on an
// element of another list do nothing. heap: Go's up/down on any Go value
// implementing heap.Interface (its methods called through rt_call_method).
// ring: Go's circular list of *Ring, the zero Ring a one-element ring.
#include <string.h>

#include "pkg_internal.h"

// Element: struct { next, prev *Element; list *List; Value any }.
typedef struct Element Element;
typedef struct List List;
struct Element {
    Element *next, *prev;
    List *list;
    GoIface value;
};
// List: struct { root Element; len int }.
struct List {
    Element root;
    int64_t len;
};

static Value pv(void *p) {
    Value v = {.w = {0, 0}};
    v.p = p;
    return v;
}

static void set(Runtime *rt, void *slot, void *p) { gc_write_ptr(rt, (void **)slot, p); }

static List *list_init(Runtime *rt, List *l) {
    set(rt, &l->root.next, &l->root);
    set(rt, &l->root.prev, &l->root);
    l->len = 0;
    return l;
}

static void lazy_init(Runtime *rt, List *l) {
    if (!l->root.next) list_init(rt, l);
}

static List *lrecv(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

static Element *insert(Runtime *rt, List *l, Element *e, Element *at) {
    set(rt, &e->prev, at);
    set(rt, &e->next, at->next);
    set(rt, &e->prev->next, e);
    set(rt, &e->next->prev, e);
    set(rt, &e->list, l);
    l->len++;
    return e;
}

static Element *insert_value(Runtime *rt, List *l, GoIface v, Element *at) {
    Element *e = rt_alloc(rt, rt_pkg_type(rt, "container/list", "Element", false));
    rt_store(rt, &rt_ptype_error, &e->value, (Value){.e = v});
    return insert(rt, l, e, at);
}

static void remove_elem(Runtime *rt, List *l, Element *e) {
    set(rt, &e->prev->next, e->next);
    set(rt, &e->next->prev, e->prev);
    set(rt, &e->next, NULL);
    set(rt, &e->prev, NULL);
    set(rt, &e->list, NULL);
    l->len--;
}

static void move(Runtime *rt, Element *e, Element *at) {
    if (e == at) return;
    set(rt, &e->prev->next, e->next);
    set(rt, &e->next->prev, e->prev);
    set(rt, &e->prev, at);
    set(rt, &e->next, at->next);
    set(rt, &e->prev->next, e);
    set(rt, &e->next->prev, e);
}

static void l_new(Runtime *rt, Value *a, Value *r) {
    (void)a;
    r[0] = pv(list_init(rt, rt_alloc(rt, rt_pkg_type(rt, "container/list", "List", false))));
}

static void l_init(Runtime *rt, Value *a, Value *r) { r[0] = pv(list_init(rt, lrecv(rt, a[0]))); }
static void l_len(Runtime *rt, Value *a, Value *r) { r[0] = pv(NULL), r[0].i = lrecv(rt, a[0])->len; }

static void l_front(Runtime *rt, Value *a, Value *r) {
    List *l = lrecv(rt, a[0]);
    r[0] = pv(l->len == 0 ? NULL : l->root.next);
}

static void l_back(Runtime *rt, Value *a, Value *r) {
    List *l = lrecv(rt, a[0]);
    r[0] = pv(l->len == 0 ? NULL : l->root.prev);
}

static void l_push_front(Runtime *rt, Value *a, Value *r) {
    List *l = lrecv(rt, a[0]);
    lazy_init(rt, l);
    r[0] = pv(insert_value(rt, l, a[1].e, &l->root));
}

static void l_push_back(Runtime *rt, Value *a, Value *r) {
    List *l = lrecv(rt, a[0]);
    lazy_init(rt, l);
    r[0] = pv(insert_value(rt, l, a[1].e, l->root.prev));
}

static Element *erecv(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

static void l_insert_before(Runtime *rt, Value *a, Value *r) {
    List *l = lrecv(rt, a[0]);
    Element *mark = erecv(rt, a[2]);
    r[0] = pv(mark->list != l ? NULL : insert_value(rt, l, a[1].e, mark->prev));
}

static void l_insert_after(Runtime *rt, Value *a, Value *r) {
    List *l = lrecv(rt, a[0]);
    Element *mark = erecv(rt, a[2]);
    r[0] = pv(mark->list != l ? NULL : insert_value(rt, l, a[1].e, mark));
}

static void l_remove(Runtime *rt, Value *a, Value *r) {
    List *l = lrecv(rt, a[0]);
    Element *e = erecv(rt, a[1]);
    if (e->list == l) remove_elem(rt, l, e);
    r[0] = pv(NULL);
    r[0].e = e->value;
}

static void l_move_to_front(Runtime *rt, Value *a, Value *r) {
    (void)r;
    List *l = lrecv(rt, a[0]);
    Element *e = erecv(rt, a[1]);
    if (e->list != l || l->root.next == e) return;
    move(rt, e, &l->root);
}

static void l_move_to_back(Runtime *rt, Value *a, Value *r) {
    (void)r;
    List *l = lrecv(rt, a[0]);
    Element *e = erecv(rt, a[1]);
    if (e->list != l || l->root.prev == e) return;
    move(rt, e, l->root.prev);
}

static void l_move_before(Runtime *rt, Value *a, Value *r) {
    (void)r;
    List *l = lrecv(rt, a[0]);
    Element *e = erecv(rt, a[1]), *mark = erecv(rt, a[2]);
    if (e->list != l || e == mark || mark->list != l) return;
    move(rt, e, mark->prev);
}

static void l_move_after(Runtime *rt, Value *a, Value *r) {
    (void)r;
    List *l = lrecv(rt, a[0]);
    Element *e = erecv(rt, a[1]), *mark = erecv(rt, a[2]);
    if (e->list != l || e == mark || mark->list != l) return;
    move(rt, e, mark);
}

static void l_push_back_list(Runtime *rt, Value *a, Value *r) {
    (void)r;
    List *l = lrecv(rt, a[0]), *other = lrecv(rt, a[1]);
    lazy_init(rt, l);
    Element *e = other->len > 0 ? other->root.next : NULL;
    for (int64_t i = other->len; i > 0; i--, e = e->next) insert_value(rt, l, e->value, l->root.prev);
}

static void l_push_front_list(Runtime *rt, Value *a, Value *r) {
    (void)r;
    List *l = lrecv(rt, a[0]), *other = lrecv(rt, a[1]);
    lazy_init(rt, l);
    Element *e = other->len > 0 ? other->root.prev : NULL;
    for (int64_t i = other->len; i > 0; i--, e = e->prev) insert_value(rt, l, e->value, &l->root);
}

static void e_next(Runtime *rt, Value *a, Value *r) {
    Element *e = erecv(rt, a[0]);
    Element *p = e->next;
    r[0] = pv(e->list && p != &e->list->root ? p : NULL);
}

static void e_prev(Runtime *rt, Value *a, Value *r) {
    Element *e = erecv(rt, a[0]);
    Element *p = e->prev;
    r[0] = pv(e->list && p != &e->list->root ? p : NULL);
}

static const NativeFunc list_funcs[] = {
    {"New", "func() *List", l_new},
    {"(*List).Init", "func() *List", l_init},
    {"(*List).Len", "func() int", l_len},
    {"(*List).Front", "func() *Element", l_front},
    {"(*List).Back", "func() *Element", l_back},
    {"(*List).PushFront", "func(v any) *Element", l_push_front},
    {"(*List).PushBack", "func(v any) *Element", l_push_back},
    {"(*List).InsertBefore", "func(v any, mark *Element) *Element", l_insert_before},
    {"(*List).InsertAfter", "func(v any, mark *Element) *Element", l_insert_after},
    {"(*List).Remove", "func(e *Element) any", l_remove},
    {"(*List).MoveToFront", "func(e *Element)", l_move_to_front},
    {"(*List).MoveToBack", "func(e *Element)", l_move_to_back},
    {"(*List).MoveBefore", "func(e, mark *Element)", l_move_before},
    {"(*List).MoveAfter", "func(e, mark *Element)", l_move_after},
    {"(*List).PushBackList", "func(other *List)", l_push_back_list},
    {"(*List).PushFrontList", "func(other *List)", l_push_front_list},
    {"(*Element).Next", "func() *Element", e_next},
    {"(*Element).Prev", "func() *Element", e_prev},
};

static const NativeType list_types[] = {
    {"Element", "struct { next *Element; prev *Element; list *List; Value any }"},
    {"List", "struct { root Element; len int }"},
};

const NativePkg rt_pkg_list = {
    .path = "container/list", .name = "list",
    .funcs = list_funcs, .nfuncs = sizeof list_funcs / sizeof list_funcs[0],
    .types = list_types, .ntypes = sizeof list_types / sizeof list_types[0],
};

// ---- container/ring ----

// Ring: struct { next, prev *Ring; Value any }.
typedef struct Ring Ring;
struct Ring {
    Ring *next, *prev;
    GoIface value;
};

static Ring *ring_recv(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

static Ring *ring_init(Runtime *rt, Ring *r) {
    set(rt, &r->next, r);
    set(rt, &r->prev, r);
    return r;
}

static Ring *ring_next(Runtime *rt, Ring *r) { return r->next ? r->next : ring_init(rt, r); }

static Ring *ring_prev(Runtime *rt, Ring *r) { return r->next ? r->prev : ring_init(rt, r); }

static Ring *ring_move(Runtime *rt, Ring *r, int64_t n) {
    if (!r->next) return ring_init(rt, r);
    for (; n < 0; n++) r = r->prev;
    for (; n > 0; n--) r = r->next;
    return r;
}

// ring_link: Go's r.Link(s).
static Ring *ring_link(Runtime *rt, Ring *r, Ring *s) {
    Ring *n = ring_next(rt, r);
    if (s) {
        Ring *p = ring_prev(rt, s);
        set(rt, &r->next, s);
        set(rt, &s->prev, r);
        set(rt, &n->prev, p);
        set(rt, &p->next, n);
    }
    return n;
}

static void rg_new(Runtime *rt, Value *a, Value *r) {
    r[0] = pv(NULL);
    if (a[0].i <= 0) return;
    const Type *t = rt_pkg_type(rt, "container/ring", "Ring", false);
    Ring *first = rt_alloc(rt, t), *p = first;
    for (int64_t i = 1; i < a[0].i; i++) {
        Ring *q = rt_alloc(rt, t);
        set(rt, &q->prev, p);
        set(rt, &p->next, q);
        p = q;
    }
    set(rt, &p->next, first);
    set(rt, &first->prev, p);
    r[0] = pv(first);
}

static void rg_next(Runtime *rt, Value *a, Value *r) { r[0] = pv(ring_next(rt, ring_recv(rt, a[0]))); }

static void rg_prev(Runtime *rt, Value *a, Value *r) { r[0] = pv(ring_prev(rt, ring_recv(rt, a[0]))); }

static void rg_move(Runtime *rt, Value *a, Value *r) { r[0] = pv(ring_move(rt, ring_recv(rt, a[0]), a[1].i)); }

static void rg_link(Runtime *rt, Value *a, Value *r) { r[0] = pv(ring_link(rt, ring_recv(rt, a[0]), a[1].p)); }

static void rg_unlink(Runtime *rt, Value *a, Value *r) {
    r[0] = pv(NULL);
    if (a[1].i <= 0) return;
    Ring *x = ring_recv(rt, a[0]);
    r[0] = pv(ring_link(rt, x, ring_move(rt, x, a[1].i + 1)));
}

static void rg_len(Runtime *rt, Value *a, Value *r) {
    Ring *x = a[0].p;
    int64_t n = 0;
    if (x) {
        n = 1;
        for (Ring *p = ring_next(rt, x); p != x; p = p->next) n++;
    }
    r[0].i = n;
}

static void rg_do(Runtime *rt, Value *a, Value *r) {
    (void)r;
    Ring *x = a[0].p;
    if (!x) return;
    Value arg = pv(NULL), res[1];
    arg.e = x->value;
    rt_call_func(rt, a[1], &arg, 1, res);
    for (Ring *p = ring_next(rt, x); p != x; p = p->next) {
        arg.e = p->value;
        rt_call_func(rt, a[1], &arg, 1, res);
    }
}

static const NativeFunc ring_funcs[] = {
    {"New", "func(n int) *Ring", rg_new},
    {"(*Ring).Next", "func() *Ring", rg_next},
    {"(*Ring).Prev", "func() *Ring", rg_prev},
    {"(*Ring).Move", "func(n int) *Ring", rg_move},
    {"(*Ring).Link", "func(s *Ring) *Ring", rg_link},
    {"(*Ring).Unlink", "func(n int) *Ring", rg_unlink},
    {"(*Ring).Len", "func() int", rg_len},
    {"(*Ring).Do", "func(f func(any))", rg_do},
};

static const NativeType ring_types[] = {
    {"Ring", "struct { next *Ring; prev *Ring; Value any }"},
};

const NativePkg rt_pkg_ring = {
    .path = "container/ring", .name = "ring",
    .funcs = ring_funcs, .nfuncs = sizeof ring_funcs / sizeof ring_funcs[0],
    .types = ring_types, .ntypes = sizeof ring_types / sizeof ring_types[0],
};

// ---- container/heap ----

static int64_t h_len(Runtime *rt, GoIface h) {
    Value r[1] = {{.w = {0, 0}}};
    rt_call_method(rt, h, "Len", NULL, 0, r);
    return r[0].i;
}

static bool h_less(Runtime *rt, GoIface h, int64_t i, int64_t j) {
    Value args[2] = {{.w = {0, 0}}, {.w = {0, 0}}}, r[1] = {{.w = {0, 0}}};
    args[0].i = i;
    args[1].i = j;
    rt_call_method(rt, h, "Less", args, 2, r);
    return r[0].b;
}

static void h_swap(Runtime *rt, GoIface h, int64_t i, int64_t j) {
    Value args[2] = {{.w = {0, 0}}, {.w = {0, 0}}}, r[1];
    args[0].i = i;
    args[1].i = j;
    rt_call_method(rt, h, "Swap", args, 2, r);
}

static GoIface h_pop(Runtime *rt, GoIface h) {
    Value r[1] = {{.w = {0, 0}}};
    rt_call_method(rt, h, "Pop", NULL, 0, r);
    return r[0].e;
}

static void up(Runtime *rt, GoIface h, int64_t j) {
    for (;;) {
        int64_t i = (j - 1) / 2;   // parent
        if (i == j || !h_less(rt, h, j, i)) break;
        h_swap(rt, h, i, j);
        j = i;
    }
}

static bool down(Runtime *rt, GoIface h, int64_t i0, int64_t n) {
    int64_t i = i0;
    for (;;) {
        int64_t j1 = 2 * i + 1;
        if (j1 >= n || j1 < 0) break;
        int64_t j = j1;
        if (j1 + 1 < n && h_less(rt, h, j1 + 1, j1)) j = j1 + 1;
        if (!h_less(rt, h, j, i)) break;
        h_swap(rt, h, i, j);
        i = j;
    }
    return i > i0;
}

static void hp_init(Runtime *rt, Value *a, Value *r) {
    (void)r;
    int64_t n = h_len(rt, a[0].e);
    for (int64_t i = n / 2 - 1; i >= 0; i--) down(rt, a[0].e, i, n);
}

static void hp_push(Runtime *rt, Value *a, Value *r) {
    Value res[1];
    (void)r;
    rt_call_method(rt, a[0].e, "Push", &a[1], 1, res);
    up(rt, a[0].e, h_len(rt, a[0].e) - 1);
}

static void hp_pop(Runtime *rt, Value *a, Value *r) {
    int64_t n = h_len(rt, a[0].e) - 1;
    h_swap(rt, a[0].e, 0, n);
    down(rt, a[0].e, 0, n);
    r[0] = pv(NULL);
    r[0].e = h_pop(rt, a[0].e);
}

static void hp_remove(Runtime *rt, Value *a, Value *r) {
    GoIface h = a[0].e;
    int64_t i = a[1].i, n = h_len(rt, h) - 1;
    if (n != i) {
        h_swap(rt, h, i, n);
        if (!down(rt, h, i, n)) up(rt, h, i);
    }
    r[0] = pv(NULL);
    r[0].e = h_pop(rt, h);
}

static void hp_fix(Runtime *rt, Value *a, Value *r) {
    (void)r;
    if (!down(rt, a[0].e, a[1].i, h_len(rt, a[0].e))) up(rt, a[0].e, a[1].i);
}

static const NativeFunc heap_funcs[] = {
    {"Init", "func(h Interface)", hp_init},
    {"Push", "func(h Interface, x any)", hp_push},
    {"Pop", "func(h Interface) any", hp_pop},
    {"Remove", "func(h Interface, i int) any", hp_remove},
    {"Fix", "func(h Interface, i int)", hp_fix},
};

static const NativeType heap_types[] = {
    {"Interface", "interface { Len() int; Less(i, j int) bool; Swap(i, j int); Push(x any); Pop() any }"},
};

const NativePkg rt_pkg_heap = {
    .path = "container/heap", .name = "heap",
    .funcs = heap_funcs, .nfuncs = sizeof heap_funcs / sizeof heap_funcs[0],
    .types = heap_types, .ntypes = sizeof heap_types / sizeof heap_types[0],
};
