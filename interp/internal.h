// internal.h - what the driver (run.c), the REPL (repl*.c) and the
// evaluator share: the interpreter's state (Interp) and the evaluator's
// entry points. The checker's own header is interp/check/internal.h; the
// evaluator's, interp/eval/internal.h.
#ifndef GOSUB_INTERP_INTERNAL_H
#define GOSUB_INTERP_INTERNAL_H

#include <setjmp.h>
#include <signal.h>
#include <stdio.h>

#include "check/internal.h"

// ---- the evaluator (eval/) ----

// How far eval_package_init got (the REPL initialises input by input).
typedef struct InitProgress {
    int native_vars, vars, init_fns;
} InitProgress;

typedef struct Interp {
    Runtime *rt;
    Checker *c;
    const char *filename;
    char *abs_filename;       // the program's absolute path (runtime.Caller's file), malloc'ed; NULL at the REPL
    Value *globals;
    int nglobals;
    Frame *top;               // innermost frame
    int depth;
    StrBuf trace;             // frames of the panic site (trace_for), kept across defers
    RtPanic *trace_for;
    int preempt;              // safepoint countdown (eval_go_preempt at < 0)
    const uintptr_t *stack_limit;   // the running goroutine's overflow limit (rt_stack_limit_addr)
    struct ItabCache *itabs;  // eval: (dynamic type, interface) -> implements? (ex_conv.c)
    volatile sig_atomic_t *interrupt;   // REPL (issue 6): set by Ctrl-C; NULL outside the REPL
    // run.c's pkg_var hook: the objects of package variables the runtime
    // looked up (fmt reads os.Stdout on every Print), keyed by the
    // caller's string pointers; obj NULL (the program never names the
    // variable) holds while nglobals is unchanged. The slot is recomputed
    // on each use, as the REPL reallocates globals.
    struct { const char *path, *name; Obj *obj; int nglobals; } pkg_vars[8];
    int npkg_vars;
} Interp;

// ---- the REPL (repl.c, issue 6) ----

// repl_interrupt unwinds the running input back to the REPL's prompt
// (a panic with the REPL's interrupt value) after Ctrl-C.
_Noreturn void repl_interrupt(Interp *in);
// repl_stack_overflow reports runaway recursion at the prompt and unwinds
// back to it.
_Noreturn void repl_stack_overflow(Interp *in);
// interp_new_runtime (run.c) makes in->rt with the interpreter's hooks
// (os.Args from argc/argv, GOGC/GODEBUG from the environment); NULL on
// out-of-memory. Shared by interp_run and the REPL.
Runtime *interp_new_runtime(Interp *in, int argc, char **argv);

// ---- the evaluator's entry points for the driver and the REPL ----

void eval_package_init(Interp *in, Frame *fr, InitProgress *done);
// eval_code_of: the compiled form of checked function fn (made on first
// use, lowered on its first call); eval_code_reset makes code take the
// new body of its FuncInfo (a REPL redefinition).
struct Code *eval_code_of(Interp *in, FuncInfo *fn);
void eval_code_reset(Interp *in, struct Code *code);
// eval_forget_itabs drops the cached answers of "does T implement I"
// (the REPL, after an input declared methods).
void eval_forget_itabs(Interp *in);
// eval_interp_free releases what the evaluator malloc'ed for in.
void eval_interp_free(Interp *in);
// eval_run_main runs main.main (package initialised first).
void eval_run_main(Interp *in);
// eval_repl_stmt runs one checked top-level statement of a REPL input in
// frame fr (whose code is fn's); eval_repl_values evaluates an expression
// statement into vals[0..n).
ExecStatus eval_repl_stmt(Interp *in, Frame *fr, FuncInfo *fn, AstStmt *s);
void eval_repl_values(Interp *in, Frame *fr, FuncInfo *fn, AstExpr *e, Value *vals, int n);
// eval_poll_interrupt: the evaluator's Ctrl-C safepoint (loop back-edges).
static inline void eval_poll_interrupt(Interp *in) {
    if (in->interrupt && *in->interrupt) repl_interrupt(in);
}
void eval_call_func_hook(void *ctx, Value fn, Value *args, int nargs, Value *results);
bool eval_call_method_hook(void *ctx, GoIface recv, const char *name, Value *args, int nargs, Value *results);
bool eval_string_method_hook(void *ctx, GoIface v, const char *name, GoString *out);
void eval_print_frames(void *ctx, FILE *f);
void eval_capture_trace(void *ctx);
bool eval_caller(void *ctx, int skip, const char **func, const char **file, int *line);

#endif
