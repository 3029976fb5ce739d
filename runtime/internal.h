// internal.h - what only runtime/ sees: the Runtime struct and helpers
// shared between the runtime's files.
//
// Runtime is the one struct that holds all mutable runtime state (no
// globals). Sections are owned by the files named in their comments.
#ifndef GOSUB_RUNTIME_INTERNAL_H
#define GOSUB_RUNTIME_INTERNAL_H

#include "runtime.h"

typedef struct Heap Heap;   // heap.c

// The package-level state built-in packages keep (flag.CommandLine,
// log's standard logger, os/signal's registrations, os's first Stderr
// File, which log's standard logger keeps writing to when the program
// assigns os.Stderr), see rt_pkg_state.
typedef enum RtPkgState {
    RT_PKG_STATE_FLAG, RT_PKG_STATE_LOG, RT_PKG_STATE_SIGNAL, RT_PKG_STATE_UNICODE, RT_PKG_STATE_STDERR,
    RT_PKG_STATE__COUNT
} RtPkgState;

struct Runtime {
    RtConfig cfg;
    RtHooks hooks;

    // ---- heap and collector (heap.c, gc_*.c) ----
    Heap *heap;

    // ---- main goroutine stack (stack.c) ----
    void *stack_lo, *stack_hi;      // bounds of the running goroutine's C stack
    uintptr_t stack_limit;          // rt_stack_low: true for frames below it
    struct Stack *stack_cur;        // the stack running now
    struct Stack *stacks;           // every stack the collector scans
    struct Stack *thread_stack;     // the OS thread's own stack

    // ---- panics (panic.c) ----
    PanicHandler *handler;          // innermost handler
    RtPanic *panicking;             // current panic chain (NULL when none)
    RtPanic *sig_panic;             // the nil-dereference panic (Go's gp.sig): while it is in
                                    // the chain, the report prints "[signal SIGSEGV ...]"
    int panic_reporting;            // rt_report_panic depth (no Go calls when nested)
    bool panic_root;                // &panicking is registered as a GC root

    // ---- scheduler (sched.c) ----
    struct Sched *sched;            // goroutines, timers (NULL until first used)

    // ---- limits and the way out (rt.c, sched.c rt_preempt) ----
    uint64_t safepoints;            // rt_preempt calls so far (RtConfig.max_safepoints)
    bool (*exit_fn)(void *, int, RtExitWhy);   // rt_on_exit
    void *exit_ctx;
    bool left_goroutine;            // rt_leave switched stacks (rt_left finishes it)

    // ---- output (output.c) ----
    StrBuf out;                     // buffered os.Stdout

    // ---- state of built-in packages (pkg_state.c) ----
    void *pkg_state[RT_PKG_STATE__COUNT];   // heap objects; a GC root once used
    bool pkg_state_root;

    // ---- packages ----
    struct RandGlobal *rand_global; // math/rand's global source (pkg_rand.c), NULL until used
    struct TimeState *time_state;   // package time's UTC/Local (time_zone.c), NULL until used
    struct RegexpProgs *regexp_progs;  // compiled RE2 programs (pkg_regexp.c), NULL until used
    struct Re2Api *re2_api;         // the dlopen'ed RE2 bridge (re2_load.c), NULL until used
    struct JsonFieldCache *json_fields;  // encoding/json's struct field lists (json_fields.c)
    const Type *reflect_types[10];  // package reflect's own types by RvType (pkg_reflect.c), NULL until used
    struct FuncTable *func_table;   // functions runtime.Caller has named (pkg_runtime.c), NULL until used
};

// rt_frame_deeper: the C frame at a is at or below (deeper than) the one
// at b, both frames of the running goroutine, whose calls may continue
// on a segment (stack_seg.c): its frames are deeper than any other.
bool rt_frame_deeper(Runtime *rt, const void *a, const void *b);
// rt_regexp_free releases the compiled regexp programs (rt_free).
void rt_regexp_free(Runtime *rt);
// rt_json_free releases encoding/json's cache of struct fields (rt_free).
void rt_json_free(Runtime *rt);
// rt_exit_why: rt_exit with a reason for the rt_on_exit hook; returns
// only for RT_EXIT_DEADLOCK when the hook lets the scheduler go on.
void rt_exit_why(Runtime *rt, int code, RtExitWhy why);

#endif
