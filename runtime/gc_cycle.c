// gc_cycle.c - the concurrent cycle: the collector thread, cycle start,
// assists, mark termination and the end of sweeping (design: gc.c).
//
// Threads: the mutator (the interpreter; goroutines are green threads on
// it) and one collector thread, started at the first cycle. Only the
// mutator changes Heap.phase and Heap.marking; it does both stop-the-world
// phases itself, since stopping the world means stopping the only mutator,
// which is then inside the collector's code. The collector thread:
//   - phase MARK: scans the cycle's goroutine stacks (batches taken from
//     Heap.scan_next; gc_mark.c says how each is scanned exactly once)
//     and global roots (chunks from Heap.global_next, gc_roots.c), then
//     drains the shared grey stack with its own GcWork; when nothing
//     is left it sets bg_idle and sleeps on bg_cond (a spill of new greys
//     wakes it);
//   - on bg_sweep_req: sweeps span by span (Heap.lock per span), compacts
//     the in-use array, then returns idle pages to the OS a MiB at a time.
// It runs under SCHED_BATCH, so its wake-ups never preempt the mutator.
// Mark termination is possible when, under mark_lock, the collector is
// idle, every stack and global root is scanned and the shared stack is empty: the mutator
// then sets MARKTERM (the collector will not take work), flushes its
// barrier buffer and drains with a budget. Over budget it hands the rest
// back and marking goes on; within it, no grey object is left anywhere
// and marking ends.
//
// Pauses. What runs inside each (GOSUBDEBUG=gcpauses=2 prints them):
//   - start: the running stack (from gc_mark_roots's frame) and the
//     plain registered ranges (timers, a few runtime words) are greyed:
//     microseconds, whatever the number of goroutines or globals (100,000 parked ones made it 100-190 ms when every stack
//     was scanned here); finishing the last sweep (little is left: the
//     allocator sweeps in proportion) and creating the collector thread
//     happen before it, as in Go;
//   - mark termination: the barrier buffer and at most TERM_BUDGET bytes.
// Neither wakes the collector thread until its end is recorded (see
// wake_collector): that wake-up used to cost milliseconds of wall time on
// a loaded machine while the pause's CPU time stayed in microseconds.
// The program's globals are scanned after the pause, concurrently, like
// the parked stacks (Go's data and bss: the barrier covers them).
//
// Stalls. Outside the pauses the mutator does collector work in bounded
// pieces: an assist (a batch of 32 stacks or of two 64 KiB chunks of
// globals, or greys until GC_ASSIST_BUDGET
// of work or ASSIST_MAX_NS), the sweeping an allocation does (at most a
// batch of spans), the scan of one stack before it resumes.
#include <sched.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "gc_internal.h"

#define TERM_BUDGET ((uint64_t)128 << 10)   // bytes the termination pause may scan
#define SCAVENGE_STEP ((uint64_t)1 << 20)   // bytes released per hold of Heap.lock
#define BG_STACK_BATCH 256                  // stacks the collector thread takes at once
#define ASSIST_STACK_BATCH 32               // stacks an assist scans (a few us each)
#define BG_GLOBAL_BATCH 16                  // global root chunks the collector thread takes at once
#define ASSIST_GLOBAL_BATCH 2               // global root chunks (64 KiB each) an assist scans
#define ASSIST_MAX_NS 300000                // an assist stops after 0.3 ms whatever its budget

// scavenge_retain: resident heap pages the scavenger keeps (Heap.lock
// held): the largest recent goal (Heap.retain_goal) and an eighth. The
// page heap hands out resident pages first, so these do not raise the
// process's peak; returning the pages above the current goal made a heap
// whose goal swings (map_churn: 50-110 MB) fault them back in every few
// cycles (70 MB a run).
static uint64_t scavenge_retain(const Heap *h) {
    uint64_t goal = __atomic_load_n(&h->next_gc, __ATOMIC_RELAXED);
    uint64_t recent = __atomic_load_n(&h->retain_goal, __ATOMIC_RELAXED);
    if (goal == UINT64_MAX)
        return h->heap_inuse;
    goal = recent > goal ? recent : goal;
    return goal + goal / 8;
}

static void *bg_main(void *arg) {
    Heap *h = arg;
#ifdef SCHED_BATCH
    struct sched_param sp = {.sched_priority = 0};
    sched_setscheduler(0, SCHED_BATCH, &sp);   // this thread only (Linux); see start_thread
#endif
    pthread_mutex_lock(&h->mark_lock);
    while (!h->exit_req) {
        if (h->phase == GC_PHASE_MARK && (h->scan_next || h->global_next)) {
            // The cycle's parked stacks (those listed at its start that have
            // not been resumed since) and global roots, then what they greyed.
            __atomic_store_n(&h->bg_idle, false, __ATOMIC_RELAXED);
            pthread_mutex_unlock(&h->mark_lock);
            uint64_t t = gc_nanotime();
            while (gc_scan_stack_batch(h, &h->bg_work, BG_STACK_BATCH))
                ;
            while (gc_scan_global_batch(h, &h->bg_work, BG_GLOBAL_BATCH))
                ;
            gc_drain_work(h, &h->bg_work, UINT64_MAX);
            __atomic_fetch_add(&h->bg_ns, gc_nanotime() - t, __ATOMIC_RELAXED);
            pthread_mutex_lock(&h->mark_lock);
            continue;
        }
        if (h->phase == GC_PHASE_MARK && h->mark_len > 0) {
            __atomic_store_n(&h->bg_idle, false, __ATOMIC_RELAXED);
            pthread_mutex_unlock(&h->mark_lock);
            uint64_t t = gc_nanotime();
            gc_drain_work(h, &h->bg_work, UINT64_MAX);
            __atomic_fetch_add(&h->bg_ns, gc_nanotime() - t, __ATOMIC_RELAXED);
            pthread_mutex_lock(&h->mark_lock);
            continue;
        }
        if (h->bg_sweep_req) {
            h->bg_sweep_req = false;
            h->bg_sweeping = true;
            __atomic_store_n(&h->bg_idle, false, __ATOMIC_RELAXED);
            pthread_mutex_unlock(&h->mark_lock);
            uint64_t t = gc_nanotime();
            bool more = true;
            while (more && !__atomic_load_n(&h->sweep_abort, __ATOMIC_RELAXED)) {
                pthread_mutex_lock(&h->lock);
                more = gc_sweep_one(h);
                if (!more && !h->inuse_compacted) {
                    // O(spans): here rather than in the mutator's cycle start
                    gc_compact_inuse(h);
                    h->sweep_end = 0;
                    h->inuse_compacted = true;
                }
                pthread_mutex_unlock(&h->lock);
            }
            // Idle pages back to the OS, a MiB per hold of the lock (the
            // allocator takes it to refill a span); free spans are nothing
            // to a mark, so this may go on into the next cycle.
            for (;;) {
                pthread_mutex_lock(&h->lock);
                uint64_t retain = scavenge_retain(h);
                more = pages_scavenge(h, retain + GC_MIN_HEAP, SCAVENGE_STEP);
                pthread_mutex_unlock(&h->lock);
                if (!more)
                    break;
            }
            __atomic_fetch_add(&h->bg_ns, gc_nanotime() - t, __ATOMIC_RELAXED);
            pthread_mutex_lock(&h->mark_lock);
            h->bg_sweeping = false;
            continue;
        }
        __atomic_store_n(&h->bg_idle, true, __ATOMIC_RELAXED);
        pthread_cond_broadcast(&h->idle_cond);
        pthread_cond_wait(&h->bg_cond, &h->mark_lock);
    }
    __atomic_store_n(&h->bg_idle, true, __ATOMIC_RELAXED);
    pthread_cond_broadcast(&h->idle_cond);
    pthread_mutex_unlock(&h->mark_lock);
    return NULL;
}

// start_thread creates the collector thread under SCHED_BATCH: Linux then
// never lets its wake-ups preempt the mutator. Woken by a spill in the
// middle of an assist it used to take the mutator's CPU for a time slice:
// stalls of 4-20 ms wall time with under 100 us of CPU (gcpauses=3).
static void start_thread(Runtime *rt) {
    Heap *h = rt->heap;
    if (h->thread_started)
        return;
    if (pthread_create(&h->thread, NULL, bg_main, h) != 0)
        rt_fatal(rt, "runtime: cannot start the collector thread");
    h->thread_started = true;
}

// wake_collector signals the collector thread. Pauses call it after their
// end is recorded and keep their own spills from waking it (defer_wake):
// on a busy machine the kernel often lets a woken thread take the waker's
// CPU, and a collector woken inside a pause then stretched that pause to
// milliseconds (measured: wall 3-18 ms against 30-300 us of CPU, always
// with two involuntary context switches; GOSUBDEBUG=gcpauses=2).
static void wake_collector(Heap *h) {
    pthread_mutex_lock(&h->mark_lock);
    pthread_cond_signal(&h->bg_cond);
    pthread_mutex_unlock(&h->mark_lock);
}

void gc_concurrent_stop(Runtime *rt) {
    Heap *h = rt->heap;
    if (!h || !h->thread_started)
        return;
    pthread_mutex_lock(&h->mark_lock);
    h->exit_req = true;
    pthread_cond_signal(&h->bg_cond);
    pthread_mutex_unlock(&h->mark_lock);
    pthread_join(h->thread, NULL);
    h->thread_started = false;
}

void gc_finish_sweep(Heap *h) {
    if (h->phase != GC_PHASE_SWEEP)
        return;
    gc_stall_begin(h);
    pthread_mutex_lock(&h->lock);
    while (gc_sweep_one(h))
        ;
    pthread_mutex_unlock(&h->lock);
    // The collector thread may still be on its way out of the sweep (or
    // returning pages to the OS): every span is swept and it takes
    // Heap.lock per span, so nothing is left for it to touch; it is told
    // to stop rather than waited for (a descheduled collector made this
    // wait last milliseconds).
    pthread_mutex_lock(&h->mark_lock);
    h->bg_sweep_req = false;
    __atomic_store_n(&h->sweep_abort, true, __ATOMIC_RELAXED);
    h->phase = GC_PHASE_IDLE;
    pthread_mutex_unlock(&h->mark_lock);
    pthread_mutex_lock(&h->lock);
    if (!h->inuse_compacted)
        gc_compact_inuse(h);
    h->inuse_compacted = true;
    pthread_mutex_unlock(&h->lock);
    gc_fold_freed(h);
    h->sweep_garbage = 0;
    gc_stall_end(h, GC_STALL_SWEEP);
}

// set_check: while marking, the mutator's allocation slow path runs every
// GC_CHECKIN bytes (assists, termination).
// Past assist_at the checks (and so the assists, each bounded) come 4
// times as often, past the goal 16 times: a starved collector thread makes
// the mutator mark in more slices, not in longer ones.
static void set_check(Runtime *rt) {
    Heap *h = rt->heap;
    uint64_t every = GC_CHECKIN;
    if (h->heap_alloc >= h->next_gc)
        every /= 16;
    else if (h->heap_alloc >= h->assist_at)
        every /= 4;
    h->check_at = h->heap_alloc + every;
    gc_update_trigger(rt);
}

// start_cycle: phase 1, with the world stopped (we are the mutator).
void gc_start_cycle(Runtime *rt, bool forced) {
    Heap *h = rt->heap;
    h->in_gc = true;
    // Like Go's gcStart, the last sweep is finished before the world stops;
    // the collector thread is created (once) outside the pause too.
    gc_finish_sweep(h);
    start_thread(rt);
    uint64_t t0 = gc_pause_begin(h);
    CycleTimes *c = &h->cyc;
    *c = (CycleTimes){.forced = forced, .goal = h->next_gc, .t0 = t0};
    c->heap0 = h->heap_alloc;
    h->marked_bytes = 0;
    h->black_alloc = 0;
    h->marking = true;
    h->nsnap = 0;
    h->stackgen += 2;
    __atomic_store_n(&h->global_bytes, 0, __ATOMIC_RELAXED);
    uint64_t roots0 = h->mut_work.root_bytes;
    gc_mark_roots(rt, &h->mut_work);
    h->pause_root_bytes = h->mut_work.root_bytes - roots0;
    h->pause_sub = gc_nanotime() - t0;
    uint64_t goal = h->next_gc;
    h->assist_at = goal == UINT64_MAX ? UINT64_MAX : h->gc_trigger + (goal - h->gc_trigger) / 2;
    pthread_mutex_lock(&h->mark_lock);
    h->phase = GC_PHASE_MARK;
    __atomic_store_n(&h->scan_next, rt->stacks, __ATOMIC_RELAXED);
    __atomic_store_n(&h->global_next, h->globals, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&h->mark_lock);
    h->defer_wake = true;
    gc_work_flush(h, &h->mut_work);
    h->defer_wake = false;
    set_check(rt);
    c->t1 = gc_nanotime();
    c->pause1 = c->t1 - t0;
    gc_record_pause(h, "start", c->pause1);
    gc_record_stall(h, c->t1, 0, GC_STALL_CYCLE);
    wake_collector(h);
    h->in_gc = false;
}

// end_mark: marking is complete (world stopped): phase 3's second half.
static void end_mark(Runtime *rt, uint64_t t) {
    Heap *h = rt->heap;
    CycleTimes *c = &h->cyc;
    h->marking = false;
    if (h->dbg_checkmark)
        gc_checkmark(rt);
    c->heap1 = h->heap_alloc;
    c->heap2 = h->marked_bytes;
    // What the sweep will free does not count towards the next trigger
    // (else the first allocation after termination would finish the
    // whole sweep itself): Go's heapLive restarting from heapMarked.
    uint64_t live = h->marked_bytes + h->black_alloc;
    h->sweep_garbage = h->heap_alloc > live ? h->heap_alloc - live : 0;
    h->mark_alloc = h->black_alloc;
    h->last_stack_bytes = __atomic_load_n(&h->stack_bytes, __ATOMIC_RELAXED);
    pthread_mutex_lock(&h->lock);
    for (Span *s = h->limbo, *n; s; s = n) {
        n = s->next;
        span_struct_free(h, s);
    }
    h->limbo = NULL;
    heap_flush_caches(h);
    h->sweepgen += 2;
    h->sweep_next = 0;
    h->sweep_end = h->ninuse;
    h->inuse_compacted = false;
    pthread_mutex_unlock(&h->lock);
    gc_set_goal(rt, h->marked_bytes);
    uint64_t decayed = h->retain_goal - h->retain_goal / 8;
    __atomic_store_n(&h->retain_goal, h->next_gc > decayed ? h->next_gc : decayed, __ATOMIC_RELAXED);
    // Proportional sweep: done by 3/4 of the way to the next trigger.
    h->sweep_alloc0 = h->total_alloc;
    h->sweep_budget = h->gc_trigger == UINT64_MAX || h->gc_trigger <= live ? 0 : (h->gc_trigger - live) / 4 * 3;
    pthread_mutex_lock(&h->mark_lock);
    h->phase = GC_PHASE_SWEEP;
    h->bg_sweep_req = true;
    __atomic_store_n(&h->sweep_abort, false, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&h->mark_lock);
    gc_update_trigger(rt);
    c->t3 = gc_nanotime();
    c->pause2 += c->t3 - t;
    gc_record_pause(h, "markterm", c->t3 - t);
    gc_record_stall(h, c->t3, 0, GC_STALL_CYCLE);
    wake_collector(h);
    gc_finish_cycle(rt);
}

// try_terminate: phase 3 when the collector is idle; true when marking ended.
static bool try_terminate(Runtime *rt, uint64_t budget) {
    Heap *h = rt->heap;
    // A busy lock means the collector is at work (not idle): no waiting
    // for a holder the OS may have descheduled.
    if (pthread_mutex_trylock(&h->mark_lock) != 0)
        return false;
    bool idle = h->phase == GC_PHASE_MARK && h->bg_idle && h->mark_len == 0 && gc_roots_done(h);
    if (idle)
        h->phase = GC_PHASE_MARKTERM;
    pthread_mutex_unlock(&h->mark_lock);
    if (!idle)
        return false;
    h->in_gc = true;
    uint64_t t = gc_pause_begin(h);
    if (!h->cyc.t2)
        h->cyc.t2 = t;
    gc_barrier_flush(h);
    if (gc_drain_work(h, &h->mut_work, budget)) {
        end_mark(rt, t);
        h->in_gc = false;
        return true;
    }
    // Too much left for one pause: back to concurrent marking.
    pthread_mutex_lock(&h->mark_lock);
    h->phase = GC_PHASE_MARK;
    pthread_mutex_unlock(&h->mark_lock);
    h->defer_wake = true;
    gc_work_flush(h, &h->mut_work);
    h->defer_wake = false;
    uint64_t d = gc_nanotime() - t;
    h->cyc.pause2 += d;
    h->cyc.t2 = 0;
    gc_record_pause(h, "term-back", d);
    wake_collector(h);
    h->in_gc = false;
    return false;
}


// finish_mark completes the running mark, the mutator helping.
void gc_finish_mark(Runtime *rt) {
    Heap *h = rt->heap;
    while (h->phase == GC_PHASE_MARK) {
        while (gc_scan_stack_batch(h, &h->mut_work, SIZE_MAX))
            ;
        while (gc_scan_global_batch(h, &h->mut_work, SIZE_MAX))
            ;
        gc_barrier_flush(h);
        gc_drain_work(h, &h->mut_work, UINT64_MAX);
        pthread_mutex_lock(&h->mark_lock);
        while (!(h->bg_idle && h->mark_len == 0 && gc_roots_done(h)) && h->mark_len == 0)
            pthread_cond_wait(&h->idle_cond, &h->mark_lock);
        pthread_mutex_unlock(&h->mark_lock);
        if (try_terminate(rt, UINT64_MAX))
            break;
    }
}

// assist: a bounded slice of the collector's work on the mutator: a batch
// of the cycle's stacks while some are left, else greys worth
// GC_ASSIST_BUDGET bytes of scanning.
static void assist(Runtime *rt) {
    Heap *h = rt->heap;
    gc_stall_begin(h);
    uint64_t t = gc_nanotime();
    gc_barrier_flush(h);
    h->mut_work.deadline = t + ASSIST_MAX_NS;
    if ((__atomic_load_n(&h->scan_next, __ATOMIC_RELAXED) &&
         gc_scan_stack_batch(h, &h->mut_work, ASSIST_STACK_BATCH)) ||
        (__atomic_load_n(&h->global_next, __ATOMIC_RELAXED) &&
         gc_scan_global_batch(h, &h->mut_work, ASSIST_GLOBAL_BATCH))) {
        h->mut_work.deadline = 0;
        gc_work_flush(h, &h->mut_work);
        h->cyc.assist_ns += gc_nanotime() - t;
        gc_stall_end(h, GC_STALL_ASSIST);
        return;
    }
    uint64_t budget = GC_ASSIST_BUDGET;
    if (h->heap_alloc >= h->next_gc)
        budget *= 2;   // past the goal: the heap must not run away
    h->mut_work.deadline = t + ASSIST_MAX_NS;
    if (!gc_drain_work(h, &h->mut_work, budget))
        gc_work_flush(h, &h->mut_work);
    h->mut_work.deadline = 0;
    h->cyc.assist_ns += gc_nanotime() - t;
    gc_stall_end(h, GC_STALL_ASSIST);
}

// collector_asleep: there is mark work but the collector thread has not
// woken up for it (a busy machine): the mutator does a slice itself, so a
// small cycle ends without waiting for the thread to be scheduled.
static bool collector_asleep(Heap *h) {
    return __atomic_load_n(&h->bg_idle, __ATOMIC_RELAXED) &&
           (__atomic_load_n(&h->mark_len, __ATOMIC_RELAXED) > 0 ||
            __atomic_load_n(&h->scan_next, __ATOMIC_RELAXED) != NULL ||
            __atomic_load_n(&h->global_next, __ATOMIC_RELAXED) != NULL);
}

void gc_concurrent_poll(Runtime *rt) {
    Heap *h = rt->heap;
    if (rt->cfg.gcstress > 0) {
        if (--h->stress_left > 0)
            return;
        h->stress_left = rt->cfg.gcstress;
        if (h->phase == GC_PHASE_MARK)
            gc_finish_mark(rt);
        gc_start_cycle(rt, false);
        return;
    }
    if (h->phase == GC_PHASE_MARK) {
        if (!try_terminate(rt, TERM_BUDGET) && (h->heap_alloc >= h->assist_at || collector_asleep(h)))
            assist(rt);
        if (h->phase == GC_PHASE_MARK)
            set_check(rt);
        return;
    }
    gc_fold_freed(h);
    if (h->heap_alloc - h->sweep_garbage < h->gc_trigger || rt->cfg.gogc < 0) {
        gc_update_trigger(rt);
        return;
    }
    if (h->phase == GC_PHASE_SWEEP) {
        gc_finish_sweep(h);
        if (h->heap_alloc < h->gc_trigger) {
            gc_update_trigger(rt);
            return;
        }
    }
    gc_start_cycle(rt, false);
}

void gc_stack_retire(Runtime *rt) {
    Heap *h = rt->heap;
    if (!h->in_gc && h->phase == GC_PHASE_MARK)
        gc_finish_mark(rt);
}

void gc_concurrent_collect(Runtime *rt) {
    Heap *h = rt->heap;
    if (h->in_gc)
        return;
    if (h->phase == GC_PHASE_MARK)
        gc_finish_mark(rt);
    gc_start_cycle(rt, true);
    gc_finish_mark(rt);
    gc_finish_sweep(h);
    gc_update_trigger(rt);
}
