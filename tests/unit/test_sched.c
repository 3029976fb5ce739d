// test_sched.c - unit tests of the goroutine scheduler, channels, select,
// timers, descriptor waits and package sync (runtime/sched.c, chan.c,
// timer.c, netpoll.c, pkg_sync.c),
// driven from C: goroutines run C entry functions on their own stacks.
//
// Each test runs its body on the main goroutine's stack (rt_run_main), as
// the interpreter does. Deadlock ends the process, so that case is an
// exit test (libcheck forks each test).
#include <check.h>
#include <poll.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "runtime/internal.h"
#include "runtime/pkg_internal.h"
#include "runtime/sched_internal.h"
#include "runtime/value_internal.h"
#include "tests/unit/run_main.h"

// ---- hand-built types ------------------------------------------------------------

static const Type t_i64 = {.kind = KIND_INT64, .size = 8, .align = 8, .flags = TF_NOPTR};
static const Type t_chan_i64 = {.kind = KIND_CHAN, .size = 8, .align = 8, .elem = &t_i64, .chandir = 3,
                                .underlying = &t_chan_i64};


static GoChan *mkchan(Runtime *rt, int64_t cap) { return rt_chan_new(rt, &t_chan_i64, cap); }

static void send(Runtime *rt, GoChan *c, int64_t v) { rt_chan_send(rt, c, &v); }

static int64_t recv(Runtime *rt, GoChan *c, bool *ok) {
    int64_t v = -1;
    bool b = rt_chan_recv(rt, c, &v);
    if (ok) *ok = b;
    return v;
}

// yield_until runs other goroutines until *flag reaches want (bounded).
static void yield_until(Runtime *rt, const int *flag, int want) {
    for (int i = 0; i < 1000 && *flag != want; i++) rt_gosched(rt);
}

// ---- catching panics -------------------------------------------------------------

typedef struct PanicCase {
    GoChan *c;
    int64_t v;
} PanicCase;

// panic_text runs f(rt, arg); returns the malloc'ed text of its panic
// (what Go prints after "panic: ") or NULL when it returns normally.
static char *panic_text(Runtime *rt, Body f, void *arg) {
    PanicHandler h;
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) {
        f(rt, arg);
        rt_pop_handler(rt, &h);
        return NULL;
    }
    RtPanic *p = rt_current_panic(rt);
    StrBuf b = {0};
    rt_panic_value_text(rt, &b, p->value);
    sb_putc(&b, '\0');
    rt->panicking = p->link;
    return b.p;
}

#define ck_assert_panics(rt, f, arg, text)           \
    do {                                             \
        char *got_ = panic_text(rt, f, arg);         \
        ck_assert_ptr_nonnull(got_);                 \
        ck_assert_str_eq(got_, text);                \
        free(got_);                                  \
    } while (0)

// ---- spawning ----------------------------------------------------------------------

typedef struct Counter {
    int n;
    int64_t ids[8];
} Counter;

static void bump(Runtime *rt, void *arg) {
    Counter *c = arg;
    c->ids[c->n++] = rt_goroutine_id(rt);
}

static void spawn_body(Runtime *rt, void *arg) {
    (void)arg;
    Counter c = {0};
    ck_assert_int_eq(rt_num_goroutine(rt), 1);
    ck_assert_int_eq(rt_goroutine_id(rt), 1);
    for (int i = 0; i < 3; i++) rt_go(rt, bump, &c);
    ck_assert_int_eq(rt_num_goroutine(rt), 4);
    ck_assert_int_eq(c.n, 0);   // not started before main yields
    yield_until(rt, &c.n, 3);
    ck_assert_int_eq(c.n, 3);
    ck_assert_int_eq(rt_num_goroutine(rt), 1);
    ck_assert(c.ids[0] > 1 && c.ids[1] == c.ids[0] + 1 && c.ids[2] == c.ids[1] + 1);   // FIFO start, sequential ids
}

START_TEST(test_spawn) { tu_run(spawn_body, NULL); }
END_TEST

// many goroutines in waves: stacks of exited ones are reused (and trimmed)
static void count(Runtime *rt, void *arg) {
    (void)rt;
    (*(int *)arg)++;
}

static void wave_body(Runtime *rt, void *arg) {
    (void)arg;
    for (int wave = 0; wave < 3; wave++) {
        int n = 0;
        for (int i = 0; i < 2000; i++) rt_go(rt, count, &n);
        yield_until(rt, &n, 2000);
        ck_assert_int_eq(n, 2000);
        ck_assert_int_eq(rt_num_goroutine(rt), 1);
    }
    ck_assert_int_le(rt->sched->nall, 2001);   // G structs reused across waves
}

START_TEST(test_spawn_reuse) { tu_run(wave_body, NULL); }
END_TEST

// ---- channels ----------------------------------------------------------------------

typedef struct Pair {
    GoChan *ping, *pong;
    int rounds;
} Pair;

static void ponger(Runtime *rt, void *arg) {
    Pair *p = arg;
    bool ok;
    for (;;) {
        int64_t v = recv(rt, p->ping, &ok);
        if (!ok) break;
        send(rt, p->pong, v + 1);
    }
    rt_chan_close(rt, p->pong);
}

static void pingpong_body(Runtime *rt, void *arg) {
    (void)arg;
    Pair p = {mkchan(rt, 0), mkchan(rt, 0), 10000};
    rt_go(rt, ponger, &p);
    int64_t v = 0;
    for (int i = 0; i < p.rounds; i++) {
        send(rt, p.ping, v);
        v = recv(rt, p.pong, NULL);
    }
    ck_assert_int_eq(v, 10000);
    rt_chan_close(rt, p.ping);
    bool ok = true;
    recv(rt, p.pong, &ok);
    ck_assert(!ok);
    ck_assert_int_eq(rt_num_goroutine(rt), 1);
}

START_TEST(test_pingpong) { tu_run(pingpong_body, NULL); }
END_TEST

static void fifo_body(Runtime *rt, void *arg) {
    (void)arg;
    GoChan *c = mkchan(rt, 5);
    ck_assert_int_eq(rt_chan_cap(c), 5);
    for (int i = 1; i <= 5; i++) send(rt, c, i * 10);
    ck_assert_int_eq(rt_chan_len(c), 5);
    for (int i = 1; i <= 3; i++) ck_assert_int_eq(recv(rt, c, NULL), i * 10);
    send(rt, c, 60);   // wraps around the ring
    send(rt, c, 70);
    for (int i = 4; i <= 7; i++) ck_assert_int_eq(recv(rt, c, NULL), i * 10);
    ck_assert_int_eq(rt_chan_len(c), 0);
    ck_assert_int_eq(rt_chan_len(NULL), 0);
    ck_assert_int_eq(rt_chan_cap(NULL), 0);
}

START_TEST(test_buffered_fifo) { tu_run(fifo_body, NULL); }
END_TEST

// a sender blocked on a full buffer is woken by a receive, in order
static void fill_sender(Runtime *rt, void *arg) {
    GoChan *c = arg;
    for (int i = 0; i < 4; i++) send(rt, c, i);
}

static void blocked_send_body(Runtime *rt, void *arg) {
    (void)arg;
    GoChan *c = mkchan(rt, 2);
    rt_go(rt, fill_sender, c);
    rt_gosched(rt);
    ck_assert_int_eq(rt_chan_len(c), 2);   // sender parked on the third
    for (int i = 0; i < 4; i++) ck_assert_int_eq(recv(rt, c, NULL), i);
}

START_TEST(test_blocked_sender) { tu_run(blocked_send_body, NULL); }
END_TEST

static void do_send(Runtime *rt, void *arg) { send(rt, ((PanicCase *)arg)->c, 1); }
static void do_close(Runtime *rt, void *arg) { rt_chan_close(rt, ((PanicCase *)arg)->c); }

static void close_body(Runtime *rt, void *arg) {
    (void)arg;
    GoChan *c = mkchan(rt, 3);
    send(rt, c, 5);
    rt_chan_close(rt, c);
    bool ok = false;
    ck_assert_int_eq(recv(rt, c, &ok), 5);   // buffered values drain first
    ck_assert(ok);
    ck_assert_int_eq(recv(rt, c, &ok), 0);   // then zero values, ok false
    ck_assert(!ok);
    PanicCase pc = {c, 0};
    ck_assert_panics(rt, do_send, &pc, "send on closed channel");
    ck_assert_panics(rt, do_close, &pc, "close of closed channel");
    PanicCase nilc = {NULL, 0};
    ck_assert_panics(rt, do_close, &nilc, "close of nil channel");
}

START_TEST(test_close) { tu_run(close_body, NULL); }
END_TEST

// close wakes every blocked receiver with ok false
typedef struct Waiter {
    GoChan *c;
    int done, closed_seen;
} Waiter;

static void waiter(Runtime *rt, void *arg) {
    Waiter *w = arg;
    bool ok = true;
    recv(rt, w->c, &ok);
    w->closed_seen += !ok;
    w->done++;
}

static void close_wakes_body(Runtime *rt, void *arg) {
    (void)arg;
    Waiter w = {mkchan(rt, 0), 0, 0};
    for (int i = 0; i < 3; i++) rt_go(rt, waiter, &w);
    rt_gosched(rt);
    ck_assert_int_eq(w.done, 0);
    rt_chan_close(rt, w.c);
    yield_until(rt, &w.done, 3);
    ck_assert_int_eq(w.closed_seen, 3);
}

START_TEST(test_close_wakes) { tu_run(close_wakes_body, NULL); }
END_TEST

// ---- select ------------------------------------------------------------------------

static void select_default_body(Runtime *rt, void *arg) {
    (void)arg;
    GoChan *a = mkchan(rt, 1), *b = mkchan(rt, 1);
    int64_t va = 0, vb = 0;
    RtSelectCase cs[2] = {{.c = a, .elem = &va}, {.c = b, .elem = &vb}};
    ck_assert_int_eq(rt_select(rt, cs, 2, true), -1);   // nothing ready
    send(rt, b, 42);
    ck_assert_int_eq(rt_select(rt, cs, 2, true), 1);
    ck_assert_int_eq(vb, 42);
    ck_assert(cs[1].ok);
    // a send case on a full channel is not ready; on an empty one it is
    int64_t out = 9;
    send(rt, a, 1);
    RtSelectCase ss[1] = {{.c = a, .elem = &out, .send = true}};
    ck_assert_int_eq(rt_select(rt, ss, 1, true), -1);
    recv(rt, a, NULL);
    ck_assert_int_eq(rt_select(rt, ss, 1, true), 0);
    ck_assert_int_eq(recv(rt, a, NULL), 9);
    // nil channels are never ready
    RtSelectCase ns[1] = {{.c = NULL, .elem = &va}};
    ck_assert_int_eq(rt_select(rt, ns, 1, true), -1);
    // a closed channel is ready, with ok false
    rt_chan_close(rt, b);
    ck_assert_int_eq(rt_select(rt, cs, 2, true), 1);
    ck_assert(!cs[1].ok);
}

START_TEST(test_select_default) { tu_run(select_default_body, NULL); }
END_TEST

static void select_fair_body(Runtime *rt, void *arg) {
    (void)arg;
    GoChan *a = mkchan(rt, 1), *b = mkchan(rt, 1);
    int counts[2] = {0, 0};
    for (int i = 0; i < 10000; i++) {
        if (rt_chan_len(a) == 0) send(rt, a, 1);
        if (rt_chan_len(b) == 0) send(rt, b, 2);
        int64_t va = 0, vb = 0;
        RtSelectCase cs[2] = {{.c = a, .elem = &va}, {.c = b, .elem = &vb}};
        int k = rt_select(rt, cs, 2, false);
        ck_assert(k == 0 || k == 1);
        counts[k]++;
    }
    ck_assert_msg(counts[0] >= 4000 && counts[0] <= 6000, "case 0 chosen %d of 10000", counts[0]);
    ck_assert_msg(counts[1] >= 4000 && counts[1] <= 6000, "case 1 chosen %d of 10000", counts[1]);
}

START_TEST(test_select_fair) { tu_run(select_fair_body, NULL); }
END_TEST

// a blocking select is completed by a goroutine's send; the other case is
// dequeued again
static void late_sender(Runtime *rt, void *arg) { send(rt, arg, 77); }

static void select_block_body(Runtime *rt, void *arg) {
    (void)arg;
    GoChan *a = mkchan(rt, 0), *b = mkchan(rt, 0);
    rt_go(rt, late_sender, b);
    int64_t va = 0, vb = 0;
    RtSelectCase cs[2] = {{.c = a, .elem = &va}, {.c = b, .elem = &vb}};
    ck_assert_int_eq(rt_select(rt, cs, 2, false), 1);
    ck_assert_int_eq(vb, 77);
    ck_assert_ptr_null(a->recvq);
    ck_assert_ptr_null(b->recvq);
}

START_TEST(test_select_block) { tu_run(select_block_body, NULL); }
END_TEST

// ---- timers and deadlock -------------------------------------------------------------

static void sleeper(Runtime *rt, void *arg) {
    rt_sleep(rt, 20 * 1000000);
    (*(int *)arg)++;
}

static void timer_body(Runtime *rt, void *arg) {
    (void)arg;
    int woke = 0;
    rt_go(rt, sleeper, &woke);
    rt_gosched(rt);
    ck_assert(!sched_all_asleep(rt));   // a timer is pending
    int64_t t0 = sched_now();
    GoChan *c = rt_timer_chan(rt, 40 * 1000000, NULL, NULL);
    recv(rt, c, NULL);
    ck_assert(sched_now() - t0 >= 40 * 1000000);
    ck_assert_int_eq(woke, 1);
    int key;
    timer_add(rt, (Timer){.when = sched_now() + 1000000000, .c = c, .key = &key});
    ck_assert(timer_del(rt, &key));
    ck_assert(!timer_del(rt, &key));
    ck_assert(sched_all_asleep(rt));
}

START_TEST(test_timers) { tu_run(timer_body, NULL); }
END_TEST

static void blocked_forever(Runtime *rt, void *arg) { recv(rt, arg, NULL); }

static void asleep_body(Runtime *rt, void *arg) {
    (void)arg;
    GoChan *c = mkchan(rt, 0);
    rt_go(rt, blocked_forever, c);
    ck_assert(!sched_all_asleep(rt));   // it is runnable
    rt_gosched(rt);
    ck_assert(sched_all_asleep(rt));    // main blocking now would deadlock
    send(rt, c, 1);                     // hands over to the waiting receiver
    rt_gosched(rt);
    ck_assert_int_eq(rt_num_goroutine(rt), 1);
}

START_TEST(test_all_asleep) { tu_run(asleep_body, NULL); }
END_TEST

// check_report runs at exit of the deadlocked test process (before the
// leak checker's own handler, registered earlier): exit status 2 when the
// report went to stderr (a temporary file), 3 otherwise.
static FILE *deadlock_err;

static void check_report(void) {
    char buf[512] = {0};
    fflush(stderr);
    rewind(deadlock_err);
    size_t n = fread(buf, 1, sizeof buf - 1, deadlock_err);
    buf[n] = 0;
    bool ok = strstr(buf, "fatal error: all goroutines are asleep - deadlock!\n\ngoroutine 1 [chan receive]:") &&
              strstr(buf, "goroutine 18 [chan receive]:");
    _exit(ok ? 2 : 3);
}

static void deadlock_body(Runtime *rt, void *arg) {
    (void)arg;
    deadlock_err = tmpfile();
    ck_assert_ptr_nonnull(deadlock_err);
    dup2(fileno(deadlock_err), 2);
    atexit(check_report);
    GoChan *c = mkchan(rt, 0);
    rt_go(rt, blocked_forever, c);
    recv(rt, c, NULL);   // all goroutines asleep: exit status 2
}

START_TEST(test_deadlock_exits) { tu_run(deadlock_body, NULL); }
END_TEST

// ---- package sync ------------------------------------------------------------------

static NativeFn sync_fn(const char *name) {
    for (int i = 0; i < rt_pkg_sync.nfuncs; i++)
        if (strcmp(rt_pkg_sync.funcs[i].name, name) == 0) return rt_pkg_sync.funcs[i].fn;
    ck_abort_msg("sync.%s missing", name);
    return NULL;
}

static void call0(Runtime *rt, const char *name, void *recv_) {
    Value a[2], r[1];
    memset(a, 0, sizeof a);
    a[0].p = recv_;
    sync_fn(name)(rt, a, r);
}

typedef struct WgState {
    uint64_t wg[2];
    uint64_t mu[1];
    int in_section, max_in_section, done;
} WgState;

static void locker(Runtime *rt, void *arg) {
    WgState *s = arg;
    for (int i = 0; i < 3; i++) {
        call0(rt, "(*Mutex).Lock", s->mu);
        s->in_section++;
        if (s->in_section > s->max_in_section) s->max_in_section = s->in_section;
        rt_gosched(rt);   // others run while we hold the lock
        s->in_section--;
        call0(rt, "(*Mutex).Unlock", s->mu);
    }
    s->done++;
    call0(rt, "(*WaitGroup).Done", s->wg);
}

static void sync_body(Runtime *rt, void *arg) {
    (void)arg;
    WgState s;
    memset(&s, 0, sizeof s);
    Value a[2], r[1];
    a[0].p = s.wg;
    a[1].i = 4;
    sync_fn("(*WaitGroup).Add")(rt, a, r);
    for (int i = 0; i < 4; i++) rt_go(rt, locker, &s);
    call0(rt, "(*WaitGroup).Wait", s.wg);
    ck_assert_int_eq(s.done, 4);
    ck_assert_int_eq(s.max_in_section, 1);
    // TryLock
    memset(r, 0, sizeof r);
    a[0].p = s.mu;
    sync_fn("(*Mutex).TryLock")(rt, a, r);
    ck_assert(r[0].b);
    sync_fn("(*Mutex).TryLock")(rt, a, r);
    ck_assert(!r[0].b);
    call0(rt, "(*Mutex).Unlock", s.mu);
}

START_TEST(test_waitgroup_mutex) { tu_run(sync_body, NULL); }
END_TEST

static void wg_negative(Runtime *rt, void *arg) {
    Value a[2], r[1];
    a[0].p = arg;
    a[1].i = -1;
    sync_fn("(*WaitGroup).Add")(rt, a, r);
}

static void wg_neg_body(Runtime *rt, void *arg) {
    (void)arg;
    uint64_t wg[2] = {0, 0};
    ck_assert_panics(rt, wg_negative, wg, "sync: negative WaitGroup counter");
}

START_TEST(test_waitgroup_negative) { tu_run(wg_neg_body, NULL); }
END_TEST

// ---- the collector and parked stacks ---------------------------------------------
// Parked goroutines hold the only reference to their lists in a local;
// cycles run while some of them are woken, change their lists and park
// again. Every stack must be scanned exactly once per cycle (by the
// collector thread, or by the scheduler before it resumes one), and
// gccheckmark aborts if the concurrent mark missed anything.

static const uint8_t mask_w0[] = {0x1};
typedef struct LNode { struct LNode *next; int64_t val; } LNode;
static const Type t_lnode = {.kind = KIND_STRUCT, .size = 16, .align = 8, .ptrwords = 1, .gcmask = mask_w0};

#define SCAN_WORKERS 3000
#define SCAN_LIST 6

typedef struct ScanWorker {
    GoChan *wake;
    int id, changes, ok, *finished;
    int unscanned;            // resumed while marking with its stack not yet scanned
} ScanWorker;

static LNode *lpush(Runtime *rt, LNode *head, int64_t v) {
    LNode *n = rt_alloc(rt, &t_lnode);
    n->val = v;
    gc_write_ptr(rt, (void **)&n->next, head);
    return n;
}

// lcheck: head holds SCAN_LIST nodes id*100+k+changes.. (newest first), all allocated.
static bool lcheck(Runtime *rt, const LNode *head, int id, int changes) {
    int k = 0;
    for (const LNode *n = head; n; n = n->next, k++) {
        if (!(gc_object_state(rt, n) & GC_OBJ_ALLOCATED)) return false;
        if (n->val != (int64_t)id * 100 + changes + SCAN_LIST - 1 - k) return false;
    }
    return k == SCAN_LIST;
}

static void scan_worker(Runtime *rt, void *p) {
    ScanWorker *w = p;
    LNode *volatile head = NULL;
    for (int k = 0; k < SCAN_LIST; k++) head = lpush(rt, head, (int64_t)w->id * 100 + k);
    for (;;) {
        bool ok;
        recv(rt, w->wake, &ok);
        if (!ok) break;
        Heap *h = rt->heap;
        if (h->marking && __atomic_load_n(&rt->stack_cur->scangen, __ATOMIC_ACQUIRE) != h->stackgen) w->unscanned++;
        // drop the oldest node, push a new one: the list moves while marking
        LNode *n = head;
        while (n->next->next) n = n->next;
        gc_write_ptr(rt, (void **)&n->next, NULL);
        w->changes++;
        head = lpush(rt, head, (int64_t)w->id * 100 + w->changes + SCAN_LIST - 1);
    }
    w->ok = lcheck(rt, head, w->id, w->changes);
    head = NULL;
    ++*w->finished;
}

// parked_stacks: suspended live stacks other than the running one.
static uint64_t parked_stacks(Runtime *rt) {
    uint64_t n = 0;
    for (Stack *st = rt->stacks; st; st = st->next) n += st != rt->stack_cur && st->saved_sp && !st->done;
    return n;
}

static void scan_once_body(Runtime *rt, void *arg) {
    (void)arg;
    Heap *h = rt->heap;
    rt_set_gc_percent(rt, -1);
    h->dbg_stw = false;
    h->dbg_checkmark = true;
    static ScanWorker w[SCAN_WORKERS];
    int finished = 0;
    GoChan *wake = mkchan(rt, 0);
    for (int i = 0; i < SCAN_WORKERS; i++) {
        w[i] = (ScanWorker){.wake = wake, .id = i, .finished = &finished};
        rt_go(rt, scan_worker, &w[i]);
    }
    for (int i = 0; i < 10; i++) rt_gosched(rt);
    for (int cycle = 0; cycle < 4; cycle++) {
        uint64_t want = parked_stacks(rt), before = h->stacks_scanned;
        ck_assert_uint_ge(want, SCAN_WORKERS);
        gc_start_cycle(rt, false);
        ck_assert(h->marking);
        for (int i = 0; i < SCAN_WORKERS / 3; i++) send(rt, wake, i);   // woken while marking
        for (int i = 0; i < 4; i++) rt_gosched(rt);                       // they change and park again
        gc_finish_mark(rt);
        gc_finish_sweep(h);
        ck_assert_uint_eq(h->stacks_scanned - before, want);
        for (Stack *st = rt->stacks; st; st = st->next)
            if (!st->done) ck_assert_uint_eq(st->scangen, h->stackgen);
    }
    rt_chan_close(rt, wake);
    yield_until(rt, &finished, SCAN_WORKERS);
    ck_assert_int_eq(finished, SCAN_WORKERS);
    int changed = 0;
    for (int i = 0; i < SCAN_WORKERS; i++) {
        ck_assert_msg(w[i].ok, "worker %d lost its list", i);
        ck_assert_msg(w[i].unscanned == 0, "worker %d ran with its stack unscanned", i);
        changed += w[i].changes;
    }
    ck_assert_int_eq(changed, 4 * (SCAN_WORKERS / 3));
}

START_TEST(test_parked_stacks_scanned_once) { tu_run(scan_once_body, NULL); }
END_TEST

// ---- descriptor waits (netpoll.c) ------------------------------------------------

typedef struct PipeCase {
    int fds[2];
    int order[4], n;   // who did what, in order: 1 reader parked... see body
} PipeCase;

static void pipe_writer(Runtime *rt, void *arg) {
    PipeCase *pc = arg;
    pc->order[pc->n++] = 2;   // runs while the reader waits
    rt_sleep(rt, 5 * 1000000);
    ck_assert_int_eq(write(pc->fds[1], "x", 1), 1);
    pc->order[pc->n++] = 3;
}

// pipe_body: the main goroutine waits for a pipe that another goroutine
// fills after a sleep; the wait parks (the writer runs) and the scheduler's
// idle poll wakes the reader.
static void pipe_body(Runtime *rt, void *arg) {
    PipeCase *pc = arg;
    ck_assert_int_eq(pipe(pc->fds), 0);
    rt_go(rt, pipe_writer, pc);
    pc->order[pc->n++] = 1;
    struct pollfd pf = {pc->fds[0], POLLIN, 0};
    rt_poll_wait(rt, &pf, 1);
    ck_assert(pf.revents & POLLIN);
    char c;
    ck_assert_int_eq(read(pc->fds[0], &c, 1), 1);
    pc->order[pc->n++] = 4;
    ck_assert_int_eq(rt->sched->nfdw, 0);
    close(pc->fds[0]);
    close(pc->fds[1]);
}

START_TEST(test_poll_wait) {
    PipeCase pc = {0};
    tu_run(pipe_body, &pc);
    ck_assert_int_eq(pc.n, 4);
    for (int i = 0; i < 4; i++) ck_assert_int_eq(pc.order[i], i + 1);
}
END_TEST

// alone_body: with no other goroutine or timer, rt_poll_wait returns at
// once (the caller's read blocks, as nothing else could run).
static void alone_body(Runtime *rt, void *arg) {
    (void)arg;
    int fds[2];
    ck_assert_int_eq(pipe(fds), 0);
    struct pollfd pf = {fds[0], POLLIN, 0};
    rt_poll_wait(rt, &pf, 1);
    ck_assert_int_eq(pf.revents, 0);
    close(fds[0]);
    close(fds[1]);
}

START_TEST(test_poll_wait_alone) { tu_run(alone_body, NULL); }
END_TEST

Suite *sched_suite(void);
Suite *sched_suite(void) {
    Suite *s = suite_create("sched");
    TCase *tc = tcase_create("core");
    tcase_set_timeout(tc, 30);
    tcase_add_test(tc, test_spawn);
    tcase_add_test(tc, test_spawn_reuse);
    tcase_add_test(tc, test_pingpong);
    tcase_add_test(tc, test_buffered_fifo);
    tcase_add_test(tc, test_blocked_sender);
    tcase_add_test(tc, test_close);
    tcase_add_test(tc, test_close_wakes);
    tcase_add_test(tc, test_select_default);
    tcase_add_test(tc, test_select_fair);
    tcase_add_test(tc, test_select_block);
    tcase_add_test(tc, test_timers);
    tcase_add_test(tc, test_all_asleep);
    tcase_add_exit_test(tc, test_deadlock_exits, 2);
    tcase_add_test(tc, test_waitgroup_mutex);
    tcase_add_test(tc, test_waitgroup_negative);
    tcase_add_test(tc, test_parked_stacks_scanned_once);
    tcase_add_test(tc, test_poll_wait);
    tcase_add_test(tc, test_poll_wait_alone);
    suite_add_tcase(s, tc);
    return s;
}
