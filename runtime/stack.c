// stack.c - goroutine C stacks: allocation (mmap with a guard page),
// switching (a few lines of assembly on x86-64, ucontext elsewhere), the main goroutine (rt_run_main) and the cheap
// overflow check (rt_stack_low).
//
// Invariants:
//   - rt->stacks lists every stack the collector scans; rt->stack_cur is
//     the one running. The OS thread's stack is the first (map == NULL,
//     bounds from __libc_stack_end and RLIMIT_STACK, else pthread_getattr_np).
//   - A suspended stack has saved_sp set: its live words, including the
//     ucontext_t holding its registers (a local of stack_switch), lie in
//     [saved_sp, hi). A running stack is scanned from the collector's frame.
//   - rt->stack_lo/hi/limit mirror the running stack, so rt_stack_low is one
//     compare of the frame address with rt->stack_limit.
//   - Stacks reserve their size with MAP_NORESERVE (pages committed on
//     touch) and keep a PROT_NONE guard page below lo.
//   - The top word of a stack (stack_start_slot) holds what its first
//     frame needs before it runs (a goroutine's argument): inside the
//     scanned range of the suspended stack, so no root table is needed.
//   - While the collector marks, a stack is scanned before it is switched
//     to (gc_stack_resume), unless it was scanned in this cycle already;
//     a segment's base (stack_seg.c: the small stack of the goroutine
//     running on it) with it.
// Under ASan and TSan the switches are announced with their fiber APIs
// (TSan: every stack is a fiber with its own shadow call stack, and each
// switch is a synchronisation, as the goroutines share one thread). The
// TSan build has no shadow call stacks to overflow (the Makefile turns
// function entry/exit instrumentation off), so stacks are as deep as ever.
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <unistd.h>

#include "gc_internal.h"

#ifdef GOSUB_ASAN
#include <sanitizer/asan_interface.h>
#include <sanitizer/common_interface_defs.h>

// Conservative stack scanning cannot see ASan's heap-allocated fake
// frames, so use-after-return detection must stay off.
const char *__asan_default_options(void);
const char *__asan_default_options(void) {
    return "detect_stack_use_after_return=0";
}
#endif

#ifdef GOSUB_TSAN
#include <sanitizer/tsan_interface.h>
#endif
#define MAIN_STACK_SIZE ((size_t)1 << 30)
#define STACK_RESERVE ((size_t)256 << 10)   // rt_stack_low margin
#define STACK_START_SLOT 16                 // top bytes: stack_start_slot

void gc_poison(void *p, size_t n) {
#ifdef GOSUB_ASAN
    ASAN_POISON_MEMORY_REGION(p, n);
#else
    (void)p;
    (void)n;
#endif
}

void gc_unpoison(void *p, size_t n) {
#ifdef GOSUB_ASAN
    ASAN_UNPOISON_MEMORY_REGION(p, n);
#else
    (void)p;
    (void)n;
#endif
}

// stack_forget_frames clears ASan's poisoning of a whole stack [p, p+n) that
// is being released or left: the shadow's whole pages are given back
// with madvise (they read as zero, "addressable", when next touched) -
// unpoisoning 64 MiB of stack would write 8 MiB of shadow on every run.
void stack_forget_frames(void *p, size_t n) {
#if defined(GOSUB_ASAN) && defined(__x86_64__)
    const uintptr_t off = 0x7fff8000;   // ASan's x86-64 Linux mapping: shadow = (addr >> 3) + off
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE), a = (uintptr_t)p, end = a + n;
    uintptr_t plo = (((a >> 3) + off) + page - 1) & ~(page - 1), phi = (((end >> 3) + off)) & ~(page - 1);
    if (phi <= plo) {
        gc_unpoison(p, n);
        return;
    }
    uintptr_t a_plo = (plo - off) << 3, a_phi = (phi - off) << 3;
    gc_unpoison(p, a_plo - a);
    madvise((void *)plo, phi - plo, MADV_DONTNEED);
    gc_unpoison((void *)a_phi, end - a_phi);
#elif defined(GOSUB_ASAN)
    gc_unpoison(p, n);
#else
    (void)p;
    (void)n;
#endif
}

static void set_limit(Stack *s) {
    size_t size = s->hi - s->lo;
    s->limit = s->lo + (size >= 4 * STACK_RESERVE ? STACK_RESERVE : size / 4);
}

bool stack_alloc(Stack *s, size_t size) {
    size_t guard = (size_t)sysconf(_SC_PAGESIZE);
    size = (size + guard - 1) & ~(guard - 1);
    char *m = mmap(NULL, size + guard, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (m == MAP_FAILED)
        return false;
    if (mprotect(m, guard, PROT_NONE) != 0) {
        munmap(m, size + guard);
        return false;
    }
    s->map = m;
    s->map_size = size + guard;
    s->lo = (uintptr_t)m + guard;
    s->hi = (uintptr_t)m + size + guard;
    set_limit(s);
    return true;
}

void stack_release(Stack *s) {
#ifdef GOSUB_TSAN
    if (s->tsan_own && s->tsan_fiber)
        __tsan_destroy_fiber(s->tsan_fiber);
    s->tsan_fiber = NULL;
    s->tsan_own = false;
#endif
    if (s->map) {
        stack_forget_frames((void *)s->lo, s->hi - s->lo);   // frames abandoned by rt_leave
        munmap(s->map, s->map_size);
    }
    s->map = NULL;
}

// glibc's stack pointer at process start (the top of the main thread's
// frames); weak, so a libc without it leaves it NULL.
extern void *__libc_stack_end __attribute__((weak));

// main_thread_bounds: the running main thread's stack without
// pthread_getattr_np, which parses /proc/self/maps for the main thread
// (an eighth of a hello world's instructions). Every C frame lies below
// __libc_stack_end (above it: argv, the environment, the auxiliary
// vector); RLIMIT_STACK bounds the stack, less a quarter that the
// arguments may take (ARG_MAX). False when this is not the main thread or
// the limit is unknown.
static bool main_thread_bounds(uintptr_t *lo, uintptr_t *hi) {
    struct rlimit rl;
    if (!&__libc_stack_end || !__libc_stack_end || getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return false;
    uintptr_t top = (uintptr_t)__libc_stack_end, here = (uintptr_t)__builtin_frame_address(0);
    size_t usable = (size_t)rl.rlim_cur / 4 * 3;
    if (here > top || top - here >= usable)
        return false;
    *hi = top;
    *lo = top - usable;
    return true;
}

bool stack_init_thread(Runtime *rt, Stack *s) {
    uintptr_t lo, hi;
    if (!main_thread_bounds(&lo, &hi)) {
        pthread_attr_t attr;
        void *addr;
        size_t size;
        if (pthread_getattr_np(pthread_self(), &attr) != 0)
            return false;
        int err = pthread_attr_getstack(&attr, &addr, &size);
        pthread_attr_destroy(&attr);
        if (err != 0)
            return false;
        lo = (uintptr_t)addr;
        hi = (uintptr_t)addr + size;
    }
    memset(s, 0, sizeof *s);
#ifdef GOSUB_TSAN
    s->tsan_fiber = __tsan_get_current_fiber();
#endif
    s->rt = rt;
    s->lo = lo;
    s->hi = hi;
    set_limit(s);
    return true;
}

// make_current updates the Runtime's mirror of the running stack.
static void make_current(Runtime *rt, Stack *s) {
    rt->stack_cur = s;
    rt->stack_lo = (void *)s->lo;
    rt->stack_hi = (void *)s->hi;
    rt->stack_limit = s->limit;
}

// ---- switching -------------------------------------------------------------------
// x86-64: stack_ctx_switch pushes the callee-saved registers and the
// MXCSR/x87 control words on the running stack, stores the stack pointer
// in *save_sp, loads new_sp and pops the same frame from it. A fresh
// stack gets such a frame by hand whose return address is
// stack_ctx_start, which calls stack_entry(rbx = the Stack). Unlike
// swapcontext it makes no system call and ASan does not intercept it.
// Other CPUs use ucontext.

void stack_entry(Stack *s);

#ifdef __x86_64__
void stack_ctx_switch(void **save_sp, void *new_sp);
void stack_ctx_start(void);
__asm__(
    ".text\n"
    ".globl stack_ctx_switch\n"
    ".type stack_ctx_switch, @function\n"
    "stack_ctx_switch:\n"
    "  pushq %rbp\n  pushq %rbx\n  pushq %r12\n  pushq %r13\n  pushq %r14\n  pushq %r15\n"
    "  subq $8, %rsp\n  stmxcsr (%rsp)\n  fnstcw 4(%rsp)\n"
    "  movq %rsp, (%rdi)\n"
    "  movq %rsi, %rsp\n"
    "  ldmxcsr (%rsp)\n  fldcw 4(%rsp)\n  addq $8, %rsp\n"
    "  popq %r15\n  popq %r14\n  popq %r13\n  popq %r12\n  popq %rbx\n  popq %rbp\n"
    "  ret\n"
    ".size stack_ctx_switch, .-stack_ctx_switch\n"
    ".globl stack_ctx_start\n"
    ".type stack_ctx_start, @function\n"
    "stack_ctx_start:\n"
    "  movq %rbx, %rdi\n"
    "  call stack_entry\n"
    "  ud2\n"
    ".size stack_ctx_start, .-stack_ctx_start\n");

// initial_frame builds the frame stack_ctx_switch pops to start s, below
// its start slot.
static void *initial_frame(Stack *s) {
    uintptr_t *sp = (uintptr_t *)(((s->hi - STACK_START_SLOT) & ~(uintptr_t)15) - 80);
    memset(sp, 0, 80);
    sp[0] = 0x1f80 | ((uintptr_t)0x037f << 32);   // default MXCSR, x87 control word
    sp[5] = (uintptr_t)s;                          // rbx
    sp[7] = (uintptr_t)stack_ctx_start;            // return address
    return sp;
}
#else
// trampoline: makecontext passes the Stack pointer as two 32-bit halves.
static void trampoline(unsigned hi, unsigned lo) {
    stack_entry((Stack *)(((uintptr_t)hi << 32) | lo));
}
#endif

__attribute__((noinline))
void stack_switch(Runtime *rt, Stack *from, Stack *to) {
    if (__builtin_expect(rt->heap->marking, 0)) {   // a stack runs only once scanned this cycle
        if (to->base)
            gc_stack_resume(rt, to->base);   // a segment's goroutine uses its small stack too
        gc_stack_resume(rt, to);
    }
    make_current(rt, to);
#ifdef GOSUB_ASAN
    void *fake = NULL;
    __sanitizer_start_switch_fiber(from->done ? NULL : &fake, (void *)to->lo, to->hi - to->lo);
#endif
#ifdef GOSUB_TSAN
    __tsan_switch_to_fiber(to->tsan_fiber, 0);
#endif
#ifdef __x86_64__
    stack_ctx_switch(&from->saved_sp, to->saved_sp);
#else
    ucontext_t here;
    __builtin_unwind_init();
    from->ctx = &here;
    __atomic_store_n(&from->saved_sp, (void *)&here, __ATOMIC_RELEASE);
    swapcontext(&here, to->ctx);
#endif
#ifdef GOSUB_ASAN
    __sanitizer_finish_switch_fiber(fake, NULL, NULL);
#endif
    __atomic_store_n(&from->saved_sp, NULL, __ATOMIC_RELAXED);
}

// stack_entry is the first C frame of a prepared stack.
void stack_entry(Stack *s) {
#ifdef GOSUB_ASAN
    __sanitizer_finish_switch_fiber(NULL, NULL, NULL);
#endif
    __atomic_store_n(&s->saved_sp, NULL, __ATOMIC_RELAXED);
    s->entry(s->arg);
    __atomic_store_n(&s->done, true, __ATOMIC_RELAXED);
    stack_switch(s->rt, s, s->ret);
    rt_fatal(s->rt, "runtime: finished stack resumed");
}

void stack_prepare(Runtime *rt, Stack *s, void (*entry)(void *), void *arg) {
    s->rt = rt;
    s->entry = entry;
    s->arg = arg;
    __atomic_store_n(&s->done, false, __ATOMIC_RELAXED);
#ifdef GOSUB_TSAN
    if (!s->tsan_fiber) {
        s->tsan_fiber = __tsan_create_fiber(0);
        s->tsan_own = true;
    }
#endif
#ifdef __x86_64__
    __atomic_store_n(&s->saved_sp, initial_frame(s), __ATOMIC_RELEASE);   // the frame, then its address
#else
    getcontext(&s->start_ctx);
    s->start_ctx.uc_stack.ss_sp = (void *)s->lo;
    s->start_ctx.uc_stack.ss_size = s->hi - s->lo;
    s->start_ctx.uc_link = NULL;
    uintptr_t p = (uintptr_t)s;
    makecontext(&s->start_ctx, (void (*)(void))trampoline, 2,
                (unsigned)(p >> 32), (unsigned)(p & 0xffffffffu));
    s->ctx = &s->start_ctx;
    __atomic_store_n(&s->saved_sp, (void *)stack_start_slot(s), __ATOMIC_RELEASE);   // the scan covers the start slot
#endif
}

void **stack_start_slot(Stack *s) {
    return (void **)(s->hi - STACK_START_SLOT);
}

// ---- the main goroutine ---------------------------------------------------------

static void stack_list_remove(Runtime *rt, Stack *s) {
    for (Stack **pp = &rt->stacks; *pp; pp = &(*pp)->next) {
        if (*pp == s) {
            *pp = s->next;
            return;
        }
    }
}

void rt_run_main(Runtime *rt, void (*fn)(void *), void *arg) {
    Stack *s = calloc(1, sizeof *s);
    if (!s || !stack_alloc(s, MAIN_STACK_SIZE))
        rt_fatal(rt, "runtime: cannot allocate goroutine stack");
    stack_prepare(rt, s, fn, arg);
    s->ret = rt->stack_cur;
    s->next = rt->stacks;
    rt->stacks = s;
    stack_switch(rt, rt->stack_cur, s);
    gc_stack_retire(rt);
    stack_list_remove(rt, s);
    stack_release(s);
    free(s);
}

_Noreturn void rt_leave(Runtime *rt, jmp_buf jb) {
    Stack *ts = rt->thread_stack;
    rt->left_goroutine = rt->stack_cur != ts;
#ifdef GOSUB_TSAN
    if (rt->left_goroutine)
        __tsan_switch_to_fiber(ts->tsan_fiber, 0);
#endif
    if (rt->left_goroutine) {
#ifdef GOSUB_ASAN
        __sanitizer_start_switch_fiber(NULL, (void *)ts->lo, ts->hi - ts->lo);
#endif
        make_current(rt, ts);
    }
    longjmp(jb, 1);
}

void rt_left(Runtime *rt) {
#ifdef GOSUB_ASAN
    if (rt->left_goroutine)
        __sanitizer_finish_switch_fiber(NULL, NULL, NULL);
    // the frames between setjmp and the switch away are gone: forget their redzones
    uintptr_t lo = rt->thread_stack->lo, sp = (uintptr_t)__builtin_frame_address(0);
    if (sp > lo)
        stack_forget_frames((void *)lo, sp - lo);
#endif
    rt->left_goroutine = false;
}

bool rt_stack_low(Runtime *rt) {
    return (uintptr_t)__builtin_frame_address(0) < rt->stack_limit;
}

const uintptr_t *rt_stack_limit_addr(Runtime *rt) {
    return &rt->stack_limit;
}
