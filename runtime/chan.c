// chan.c - channels (spec "Channel types", "Send statements", "Receive
// operator", "Close"): a ring buffer of cap elements plus queues of
// waiting senders and receivers (Sudogs on the waiters' stacks).
//
// Invariants (as Go's chan.go): when the buffer holds elements no
// receiver waits; when it has room no sender waits; an unbuffered channel
// hands the element over directly between the two goroutines. Element
// copies into heap memory go through rt_typedmemmove (write barrier).
// Waiting select cases are skipped once their select has fired.
#include <string.h>

#include "sched_internal.h"

static const uint8_t chan_mask[1] = {1};
static const Type chan_obj_type = {
    .kind = KIND_STRUCT, .align = 8, .size = sizeof(GoChan), .underlying = &chan_obj_type,
    .ptrwords = 1, .gcmask = chan_mask, .str = "runtime.hchan",
};

void chan_copy(Runtime *rt, const Type *t, void *dst, const void *src) {
    if (!dst || t->size == 0) return;
    if (src) rt_typedmemmove(rt, t, dst, src, 1);
    else memset(dst, 0, t->size);
}

void sudog_enqueue(Sudog **head, Sudog **tail, Sudog *sg) {
    sg->next = NULL;
    sg->prev = *tail;
    if (*tail) (*tail)->next = sg;
    else *head = sg;
    *tail = sg;
}

void sudog_remove(Sudog **head, Sudog **tail, Sudog *sg) {
    if (sg->prev) sg->prev->next = sg->next;
    else if (*head == sg) *head = sg->next;
    else return;   // not queued
    if (sg->next) sg->next->prev = sg->prev;
    else *tail = sg->prev;
    sg->next = sg->prev = NULL;
}

// sudog_dequeue: the first waiter still waiting (a select that already
// fired is dropped); marks a select's G as fired by this case.
Sudog *sudog_dequeue(Sudog **head, Sudog **tail) {
    while (*head) {
        Sudog *sg = *head;
        sudog_remove(head, tail, sg);
        if (sg->is_select) {
            if (sg->g->sel_fired) continue;
            sg->g->sel_fired = sg;
        }
        return sg;
    }
    return NULL;
}

GoChan *rt_chan_new(Runtime *rt, const Type *chan_type, int64_t size) {
    const Type *et = chan_type->underlying->elem;
    if (size < 0 || (et->size > 0 && (uint64_t)size > ((uint64_t)1 << 40) / et->size))
        rt_panic_plain(rt, "makechan: size out of range");
    GoChan *c = rt_alloc(rt, &chan_obj_type);
    c->elem = et;
    c->cap = size;
    if (size > 0) {
        void *buf = rt_alloc_array(rt, et, (size_t)size);
        gc_write_ptr(rt, &c->buf, buf);
    }
    return c;
}

int64_t rt_chan_len(const GoChan *c) { return c ? c->len : 0; }
int64_t rt_chan_cap(const GoChan *c) { return c ? c->cap : 0; }

static void *slot(GoChan *c, int64_t i) {
    return (char *)c->buf + (size_t)((c->head + i) % c->cap) * c->elem->size;
}

// buf_take moves the oldest buffered element to elem.
static void buf_take(Runtime *rt, GoChan *c, void *elem) {
    void *p = slot(c, 0);
    if (elem) memcpy(elem, p, c->elem->size);   // elem: a stack or fresh buffer of the caller
    if (!(c->elem->flags & TF_NOPTR)) gc_write_bulk(rt, c->elem, p, NULL, 1);
    memset(p, 0, c->elem->size);
    c->head = (c->head + 1) % c->cap;
    c->len--;
}

static void buf_put(Runtime *rt, GoChan *c, const void *elem) {
    chan_copy(rt, c->elem, slot(c, c->len), elem);
    c->len++;
}

// try_send: a send that does not block; false when it would.
static bool try_send(Runtime *rt, GoChan *c, const void *elem) {
    if (c->closed) rt_panic_plain(rt, "send on closed channel");
    Sudog *sg = sudog_dequeue(&c->recvq, &c->recvq_tail);
    if (sg) {
        chan_copy(rt, c->elem, sg->elem, elem);
        sg->success = true;
        sched_ready(rt, sg->g);
        return true;
    }
    if (c->len < c->cap) {
        buf_put(rt, c, elem);
        return true;
    }
    return false;
}

bool chan_try_send(Runtime *rt, GoChan *c, const void *elem) {
    return !c->closed && try_send(rt, c, elem);
}

// try_recv: a receive that does not block; false when it would. *ok is
// false when the channel is closed and empty.
static bool try_recv(Runtime *rt, GoChan *c, void *elem, bool *ok) {
    if (c->len > 0) {
        buf_take(rt, c, elem);
        Sudog *sg = sudog_dequeue(&c->sendq, &c->sendq_tail);
        if (sg) {
            buf_put(rt, c, sg->elem);
            sg->success = true;
            sched_ready(rt, sg->g);
        }
        *ok = true;
        return true;
    }
    Sudog *sg = sudog_dequeue(&c->sendq, &c->sendq_tail);
    if (sg) {
        chan_copy(rt, c->elem, elem, sg->elem);
        sg->success = true;
        sched_ready(rt, sg->g);
        *ok = true;
        return true;
    }
    if (c->closed) {
        chan_copy(rt, c->elem, elem, NULL);
        *ok = false;
        return true;
    }
    return false;
}

void rt_chan_send(Runtime *rt, GoChan *c, const void *elem) {
    if (!c) {
        sched_park(rt, "chan send (nil chan)");
        if (sched_aborted(rt->sched->cur)) sched_abort(rt);
        rt_fatal(rt, "runtime: nil channel send resumed");
    }
    if (try_send(rt, c, elem)) return;
    Sched *s = sched_get(rt);
    Sudog sg = {.g = s->cur, .elem = (void *)elem, .c = c, .is_send = true};
    sudog_enqueue(&c->sendq, &c->sendq_tail, &sg);
    sched_park(rt, "chan send");
    if (sched_aborted(sg.g)) {   // rt_abort_main
        sudog_remove(&c->sendq, &c->sendq_tail, &sg);
        sched_abort(rt);
    }
    if (!sg.success) rt_panic_plain(rt, "send on closed channel");
}

bool rt_chan_recv(Runtime *rt, GoChan *c, void *elem) {
    if (!c) {
        sched_park(rt, "chan receive (nil chan)");
        if (sched_aborted(rt->sched->cur)) sched_abort(rt);
        rt_fatal(rt, "runtime: nil channel receive resumed");
    }
    bool ok;
    if (try_recv(rt, c, elem, &ok)) return ok;
    Sched *s = sched_get(rt);
    Sudog sg = {.g = s->cur, .elem = elem, .c = c};
    sudog_enqueue(&c->recvq, &c->recvq_tail, &sg);
    sched_park(rt, "chan receive");
    if (sched_aborted(sg.g)) {   // rt_abort_main
        sudog_remove(&c->recvq, &c->recvq_tail, &sg);
        sched_abort(rt);
    }
    return sg.success;
}

void rt_chan_close(Runtime *rt, GoChan *c) {
    if (!c) rt_panic_plain(rt, "close of nil channel");
    if (c->closed) rt_panic_plain(rt, "close of closed channel");
    c->closed = true;
    Sudog *sg;
    while ((sg = sudog_dequeue(&c->recvq, &c->recvq_tail))) {
        chan_copy(rt, c->elem, sg->elem, NULL);
        sg->success = false;
        sched_ready(rt, sg->g);
    }
    while ((sg = sudog_dequeue(&c->sendq, &c->sendq_tail))) {
        sg->success = false;
        sched_ready(rt, sg->g);
    }
}

// ---- select ----

static bool try_case(Runtime *rt, RtSelectCase *sc) {
    if (!sc->c) return false;
    if (sc->send) return try_send(rt, sc->c, sc->elem);
    return try_recv(rt, sc->c, sc->elem, &sc->ok);
}

int rt_select(Runtime *rt, RtSelectCase *cases, int n, bool has_default) {
    Sched *s = sched_get(rt);
    int order[n > 0 ? n : 1];
    for (int i = 0; i < n; i++) {   // Fisher-Yates: uniform poll order
        int j = (int)(sched_rand(s) % (uint64_t)(i + 1));
        order[i] = order[j];
        order[j] = i;
    }
    for (int k = 0; k < n; k++)
        if (try_case(rt, &cases[order[k]])) return order[k];
    if (has_default) return -1;
    int live = 0;
    for (int i = 0; i < n; i++) live += cases[i].c != NULL;
    if (live == 0) {
        sched_park(rt, n == 0 ? "select (no cases)" : "select");
        if (sched_aborted(s->cur)) sched_abort(rt);
        rt_fatal(rt, "runtime: empty select resumed");
    }
    Sudog sgs[n];
    G *g = s->cur;
    g->sel_fired = NULL;
    for (int i = 0; i < n; i++) {
        GoChan *c = cases[i].c;
        sgs[i] = (Sudog){.g = g, .elem = cases[i].elem, .c = c, .is_send = cases[i].send, .is_select = true, .idx = i};
        if (!c) continue;
        if (cases[i].send) sudog_enqueue(&c->sendq, &c->sendq_tail, &sgs[i]);
        else sudog_enqueue(&c->recvq, &c->recvq_tail, &sgs[i]);
    }
    sched_park(rt, "select");
    Sudog *fired = g->sel_fired;
    g->sel_fired = NULL;
    for (int i = 0; i < n; i++) {
        GoChan *c = cases[i].c;
        if (!c || &sgs[i] == fired) continue;
        if (cases[i].send) sudog_remove(&c->sendq, &c->sendq_tail, &sgs[i]);
        else sudog_remove(&c->recvq, &c->recvq_tail, &sgs[i]);
    }
    if (!fired && sched_aborted(g)) sched_abort(rt);   // rt_abort_main: every case undone above
    int i = fired->idx;
    if (cases[i].send && !fired->success) rt_panic_plain(rt, "send on closed channel");
    cases[i].ok = fired->success;
    return i;
}
