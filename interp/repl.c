// repl.c - gosub's interactive REPL (issue 6): read an input (lines until
// brackets, braces, parentheses and raw strings close), check it against
// the session's checker, run it, print what an expression statement
// yields, and go on whatever happened.
//
// Session model:
//   - One Arena, one Checker and one Runtime live for the whole session;
//     every input's AST stays in the arena (its declarations may be used
//     later).
//   - Each accepted input gets a fresh Scope whose parent is the scope of
//     the input before it, so names declared later shadow earlier ones
//     (redefinition); the chain ends in the universe. The input's imports,
//     types and funcs are package-level declarations in that scope; its
//     statements form the body of a synthetic function "main.main" whose
//     top-level variables are globals in the same scope (Checker.repl_scope),
//     always in cells, so later inputs may take their address.
//   - Interp.globals grows as inputs declare variables.
//   - An input with errors is dropped whole: its scope is never linked,
//     and the checker's per-input lists (init functions, imports, method
//     sets of older types) are rolled back.
//   - A func redefined with an identical signature replaces the old one in
//     place (its FuncInfo takes the new body), so older code calls the new
//     body; with another signature the new one only shadows the old.
//   - Each input runs under a PanicHandler at the top of the main
//     goroutine; a panic prints Go's report and the session goes on. The
//     evaluator runs below a stack pad so the frames of the panic site stay
//     intact while the report is printed. Ctrl-C sets a flag (the one
//     static of this module: a signal handler can reach nothing else) that
//     the evaluator polls at loop back-edges (eval_poll_interrupt); it
//     panics with the REPL's interrupt value.
#include <errno.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "repl.h"

static volatile sig_atomic_t repl_sigint;   // set by on_sigint (see above)

static void on_sigint(int sig) {
    (void)sig;
    repl_sigint = 1;
}

// StmtPlan: how a top-level statement of an input runs: print marks an
// expression statement whose n values are printed (type: the value's
// type, or the tuple of them).
typedef struct StmtPlan {
    bool print;
    int n;
    Type *type;
} StmtPlan;

typedef struct Plan {
    FuncInfo *fn;             // the synthetic function of the statements (NULL: none)
    StmtPlan *stmts;          // per statement of fn->body
} Plan;

// ---- reading input -------------------------------------------------------------

static char *prompt_fn(EditLine *el) {
    Repl *r = NULL;
    el_get(el, EL_CLIENTDATA, &r);
    return r && r->input.len ? "... " : ">>> ";
}

// history_open loads ~/.gosub_history (bounded to REPL_HISTORY_MAX lines).
static void history_open(Repl *r) {
    HistEvent ev;
    r->hist = history_init();
    if (!r->hist) return;
    history(r->hist, &ev, H_SETSIZE, REPL_HISTORY_MAX);
    history(r->hist, &ev, H_SETUNIQUE, 1);
    const char *home = getenv("HOME");
    if (home && *home) {
        snprintf(r->history_path, sizeof r->history_path, "%s/.gosub_history", home);
        history(r->hist, &ev, H_LOAD, r->history_path);
    }
}

static void history_add(Repl *r, const char *line) {
    HistEvent ev;
    if (!r->hist || !*line) return;
    history(r->hist, &ev, H_ENTER, line);
    if (r->history_path[0]) history(r->hist, &ev, H_SAVE, r->history_path);
}

// cancel_fn (Ctrl-C while editing) shows ^C and ends the line; read_line then drops the line and the input being accumulated.
static unsigned char cancel_fn(EditLine *el, int ch) {
    (void)ch;
    Repl *r = NULL;
    el_get(el, EL_CLIENTDATA, &r);
    if (r) r->cancelled = true;
    fputs("^C\n", stdout);
    fflush(stdout);
    return CC_NEWLINE;
}

static void editor_open(Repl *r) {
    history_open(r);
    r->el = el_init("gosub", stdin, stdout, stderr);
    if (!r->el) return;
    el_set(r->el, EL_CLIENTDATA, r);
    el_set(r->el, EL_EDITOR, "emacs");
    el_set(r->el, EL_PROMPT, prompt_fn);
    el_set(r->el, EL_SIGNAL, 1);
    if (r->hist) el_set(r->el, EL_HIST, history, r->hist);
    // Ctrl-C while editing is a key (no SIGINT) that abandons the line
    el_set(r->el, EL_SETTY, "-d", "-isig", NULL);
    el_set(r->el, EL_ADDFN, "gosub-cancel", "abandon the input being typed", cancel_fn);
    el_set(r->el, EL_BIND, "^C", "gosub-cancel", NULL);
    el_set(r->el, EL_ADDFN, "gosub-complete", "complete a Go name", repl_complete_fn);
    el_set(r->el, EL_BIND, "^I", "gosub-complete", NULL);
    el_source(r->el, NULL);   // ~/.editrc, as other libedit programs
}

// read_line: the next line without its newline (malloc'ed), NULL at end
// of input. *cancelled is set when Ctrl-C cleared the line.
static char *read_line(Repl *r, bool *cancelled) {
    *cancelled = false;
    if (!r->el) {
        char *line = NULL;
        size_t cap = 0;
        ssize_t n = getline(&line, &cap, stdin);
        if (n < 0) {
            free(line);
            return NULL;
        }
        if (n > 0 && line[n - 1] == '\n') line[n - 1] = '\0';
        return line;
    }
    int count = 0;
    r->cancelled = false;
    const char *s = el_gets(r->el, &count);
    if (r->cancelled) {
        *cancelled = true;
        return NULL;
    }
    if (!s || count <= 0) return NULL;
    char *line = strdup(s);
    if (!line) abort();
    size_t n = strlen(line);
    if (n > 0 && line[n - 1] == '\n') line[--n] = '\0';
    history_add(r, line);
    return line;
}

// ---- errors ----------------------------------------------------------------------

static void syntax_error(void *ctx, Pos pos, const char *msg) {
    Repl *r = ctx;
    if (r->nsyntax++ < 10) fprintf(stderr, "%s:%d:%d: %s\n", r->c->filename, pos.line, pos.col, msg);
}

// print_diags prints and forgets the checker's errors; true if there were any.
static bool print_diags(Repl *r) {
    Checker *c = r->c;
    if (c->ndiags == 0) return false;
    rt_flush(r->in.rt);
    tc_print_errors(c, stderr);
    for (int i = 0; i < c->ndiags; i++) free(c->diags[i].msg);
    c->ndiags = 0;
    return true;
}

// ---- checking an input -------------------------------------------------------------

// MethodSnap: the method sets of the session's named types, restored when
// an input that declared methods fails.
typedef struct MethodSnap {
    Type **types;
    const Method **methods;
    int *nmethods;
    int n;
} MethodSnap;

static void snap_take(Repl *r, MethodSnap *m) {
    memset(m, 0, sizeof *m);
    int cap = 0;
    for (Scope *s = r->scope; s; s = s->parent)
        for (int i = 0; i < s->n; i++) {
            Obj *o = s->objs[i];
            if (o->kind != OBJ_TYPENAME || !o->type || !(o->type->flags & TF_NAMED)) continue;
            if (m->n == cap) {
                cap = cap ? cap * 2 : 16;
                m->types = realloc(m->types, (size_t)cap * sizeof *m->types);
                m->methods = realloc(m->methods, (size_t)cap * sizeof *m->methods);
                m->nmethods = realloc(m->nmethods, (size_t)cap * sizeof *m->nmethods);
                if (!m->types || !m->methods || !m->nmethods) abort();
            }
            m->types[m->n] = o->type;
            m->methods[m->n] = o->type->methods;
            m->nmethods[m->n] = o->type->nmethods;
            m->n++;
        }
}

static void snap_free(MethodSnap *m, bool restore) {
    for (int i = 0; restore && i < m->n; i++) {
        m->types[i]->methods = m->methods[i];
        m->types[i]->nmethods = m->nmethods[i];
    }
    free(m->types);
    free(m->methods);
    free(m->nmethods);
}

// prints_itself: e calls fmt.Print*, fmt.Fprint* (whose results, the
// byte count and error, are not worth printing after the output).
static bool prints_itself(Checker *c, AstExpr *e) {
    while (e->kind == AST_PAREN_EXPR) e = e->u.paren.x;
    if (e->kind != AST_CALL_EXPR || e->u.call.fun->kind != AST_SELECTOR_EXPR) return false;
    AstExpr *x = e->u.call.fun->u.selector.x;
    const char *name = e->u.call.fun->u.selector.sel->u.ident.name;
    Obj *o = x->kind == AST_IDENT ? tc_scope_lookup(c->scope, x->u.ident.name, NULL) : NULL;
    return o && o->kind == OBJ_PKGNAME && o->pkg && strcmp(o->pkg->path, "fmt") == 0 &&
           (strncmp(name, "Print", 5) == 0 || strncmp(name, "Fprint", 6) == 0);
}

// check_expr_stmt: an expression statement at an input's top level; its
// value (if any) is printed, so unlike in a file it is no error.
static void check_expr_stmt(Checker *c, AstStmt *s, StmtPlan *pl) {
    Operand x;
    AstExpr *e = s->u.expr.x;
    tc_multi_expr(c, &x, e);
    SN(s)->op = SOP_EXPR;
    switch (x.mode) {
    case MODE_INVALID: case MODE_NOVALUE: return;
    case MODE_BUILTIN:
        tc_errorf(c, e->pos, "%s (built-in) must be called", tc_expr_str(c, e));
        return;
    case MODE_COMMAOK: x.mode = MODE_VALUE; break;
    default: break;
    }
    if (prints_itself(c, e)) return;
    if (x.type && x.type->kind == KIND_TUPLE) {
        pl->print = true;
        pl->n = x.type->nfields;
        pl->type = x.type;
        return;
    }
    if (x.type && x.type->kind == KIND_UNTYPED_NIL) {
        tc_errorf(c, e->pos, "use of untyped nil in assignment");
        return;
    }
    if (x.mode == MODE_CONSTANT || tc_is_untyped(x.type)) tc_use_default(c, &x);
    if (x.mode == MODE_INVALID || !tc_assignment(c, &x, &s->u.expr.x, x.type, "assignment")) return;
    pl->print = true;
    pl->n = 1;
    pl->type = x.type;
}

// check_stmts checks the synthetic function holding the input's
// statements; top-level variables become globals of scope s.
static FuncInfo *check_stmts(Repl *r, AstDecl *body, Scope *s, Plan *p) {
    Checker *c = r->c;
    FuncInfo *fn = tc_new_func(c, "main.main", body->pos);
    fn->sig = tc_func(c, NULL, 0, NULL, 0, false);
    fn->body = body->u.func.body;
    AstStmtList *l = &fn->body->list;
    p->stmts = arena_alloc(r->arena, (size_t)(l->n + 1) * sizeof *p->stmts);
    c->fn = fn;
    c->scope = s;
    c->repl_scope = s;
    for (int i = 0; i < l->n; i++) {
        if (l->v[i]->kind == AST_EXPR_STMT) check_expr_stmt(c, l->v[i], &p->stmts[i]);
        else if (l->v[i]->kind == AST_DEFER_STMT) tc_errorf(c, l->v[i]->pos, "defer outside a function: the REPL's top level has no function to return from");
        else tc_stmt(c, l->v[i]);
    }
    tc_finish_func_vars(c, fn);
    c->fn = NULL;
    c->repl_scope = NULL;
    c->scope = s;
    return fn;
}

// replace_funcs: funcs of the new scope s that redefine a func of the
// session with an identical signature take over the old FuncInfo.
static void replace_funcs(Repl *r, Scope *s) {
    for (int i = 0; i < s->n; i++) {
        Obj *o = s->objs[i];
        if (o->kind != OBJ_FUNC || !o->fn) continue;
        Obj *old = tc_scope_lookup(r->scope, o->name, NULL);
        if (!old || old->kind != OBJ_FUNC || !old->fn || !tc_identical(old->type, o->type)) continue;
        struct Code *code = old->fn->code;   // callers and values hold it: it takes the new body
        *old->fn = *o->fn;
        old->fn->code = code;
        if (code) eval_code_reset(&r->in, code);
        o->fn = old->fn;
    }
}

static bool has_methods(AstFile *file) {
    for (int i = 0; i < file->decls.n; i++)
        if (file->decls.v[i]->kind == AST_FUNC_DECL && file->decls.v[i]->u.func.recv.n > 0) return true;
    return false;
}

// check_input checks file (and the synthetic function body, may be NULL)
// in a new scope; on success the scope becomes the session's and p says
// how to run it. Errors are printed and leave the session as it was.
static bool check_input(Repl *r, AstFile *file, AstDecl *body, Plan *p) {
    Checker *c = r->c;
    Scope *s = tc_scope_new(c, r->scope, false);
    int ninit_funcs = c->ninit_funcs, ninit_fns = c->ninit_fns, ninit = c->ninit, nimports = c->nimports;
    int ninsts = c->ninsts;   // generic instances made by a failing input are forgotten with it
    MethodSnap snap;
    bool methods = has_methods(file);
    if (methods) snap_take(r, &snap);
    c->pkg_scope = s;
    c->fn = NULL;
    tc_repl_decls(c, file);
    memset(p, 0, sizeof *p);
    if (body) p->fn = check_stmts(r, body, s, p);
    tc_repl_finish(c);
    bool failed = c->ndiags > 0;
    if (methods) snap_free(&snap, failed);
    if (failed) {
        print_diags(r);
        c->ninsts = ninsts;
        c->npending = 0;
        c->ninit_funcs = ninit_funcs;
        c->ninit_fns = ninit_fns;
        c->ninit = ninit;
        c->nimports = nimports;
        c->pkg_scope = c->scope = r->scope;
        return false;
    }
    replace_funcs(r, s);
    if (methods) eval_forget_itabs(&r->in);   // method sets grew: cached answers may change
    r->scope = s;
    c->scope = s;
    return true;
}

// ---- running an input ------------------------------------------------------------------

// grow_globals makes Interp.globals hold every global the checker numbered.
static void grow_globals(Repl *r) {
    Interp *in = &r->in;
    int need = r->c->nglobals + 1;
    if (need <= r->globals_cap) {
        in->nglobals = r->c->nglobals;
        return;
    }
    int cap = r->globals_cap;
    while (cap < need) cap = cap ? cap * 2 : 256;
    Value *g = calloc((size_t)cap, sizeof *g);
    if (!g) abort();
    if (in->globals) {
        memcpy(g, in->globals, (size_t)r->globals_cap * sizeof *g);
        gc_add_global_root(in->rt, g, (size_t)cap * sizeof *g);
        gc_remove_root(in->rt, in->globals);
        free(in->globals);
    } else {
        gc_add_global_root(in->rt, g, (size_t)cap * sizeof *g);
    }
    in->globals = g;
    in->nglobals = r->c->nglobals;
    r->globals_cap = cap;
}

// run_inits initialises what the input declared at package level: variables
// of built-in packages, package-level variables (:load), init functions.
static void run_inits(Repl *r, Frame *fr) { eval_package_init(&r->in, fr, &r->init_done); }

// print_values evaluates the expression statement s and prints its values
// as fmt.Println does (so each as %v).
static void print_values(Repl *r, Frame *fr, AstStmt *s, const StmtPlan *pl) {
    Interp *in = &r->in;
    int n = pl->n;
    Value vals[n > 0 ? n : 1];
    GoIface ifs[n > 0 ? n : 1];
    fr->line = s->pos.line;
    eval_repl_values(in, fr, r->cur_fn, s->u.expr.x, vals, pl->type->kind == KIND_TUPLE ? n : 1);
    for (int i = 0; i < n; i++) {
        const Type *t = pl->type->kind == KIND_TUPLE ? pl->type->fields[i].type : pl->type;
        ifs[i] = tc_under(t)->kind == KIND_INTERFACE ? vals[i].e : rt_iface_box(in->rt, t, vals[i]);
    }
    StrBuf b = {0};
    rt_fmt_sprintln(in->rt, &b, ifs, n);
    rt_write_stdout(in->rt, b.p, b.len);
    sb_free(&b);
}

// run_padded runs the input below a stack pad (see the top of the file).
static void run_padded(Repl *r, const Plan *p, Frame *fr) {
    volatile char pad[REPL_STACK_PAD];
    pad[0] = 0;
    pad[sizeof pad - 1] = pad[0];
    run_inits(r, fr);
    if (!p->fn) return;
    AstStmtList *l = &p->fn->body->list;
    for (int i = 0; i < l->n; i++) {
        if (p->stmts[i].print) {
            print_values(r, fr, l->v[i], &p->stmts[i]);
            continue;
        }
        if (eval_repl_stmt(&r->in, fr, p->fn, l->v[i]) == EXEC_RETURN) break;
    }
}

// report_panic prints the panic that reached the prompt and forgets it.
static void report_panic(Repl *r) {
    Runtime *rt = r->in.rt;
    RtPanic *p = rt_current_panic(rt);
    rt_flush(rt);
    if (p && p->value.type == &r->interrupt_type && !p->link) {
        if (r->interrupt_text.len == 11) fputs(r->el ? "\ninterrupted\n" : "interrupted\n", stderr);
        r->interrupt_text.ptr = (const uint8_t *)"interrupted";   // reset after a stack overflow
        r->interrupt_text.len = 11;
    } else if (p && p->goexit && !p->link) {
        // runtime.Goexit ends the input (its deferred calls ran), not the session
        fputs("runtime.Goexit: the input's goroutine exited\n", stderr);
    } else {
        rt_print_panic(rt);
    }
    fflush(stderr);
    rt_clear_panic(rt);
}

// run_input runs what check_input accepted, under the session's panic handler.
static void run_input(Repl *r, const Plan *p) {
    Interp *in = &r->in;
    grow_globals(r);
    int nslots = p->fn && p->fn->nslots > 0 ? p->fn->nslots : 1;
    Value slots[nslots];
    memset(slots, 0, sizeof slots);
    Code init_code = {.name = "main.init"};
    Frame fr = {.slots = slots, .in = in, .code = p->fn ? eval_code_of(in, p->fn) : &init_code};
    r->cur_fn = p->fn;
    PanicHandler h;
    repl_sigint = 0;
    rt_push_handler(in->rt, &h);
    if (setjmp(h.jb) == 0) {
        in->top = &fr;
        r->running = true;
        run_padded(r, p, &fr);
        r->running = false;
        rt_pop_handler(in->rt, &h);
    } else {
        r->running = false;
        report_panic(r);
    }
    in->top = NULL;
    in->depth = 0;
    in->trace_for = NULL;
    in->trace.len = 0;
    repl_sigint = 0;
    rt_flush(in->rt);
}

// repl_stack_overflow: runaway recursion typed at the prompt. Go would end
// the process with "fatal error: stack overflow"; the REPL prints that and
// unwinds to the prompt like Ctrl-C, so the session survives the mistake.
_Noreturn void repl_stack_overflow(Interp *in) {
    rt_flush(in->rt);
    fputs("runtime: goroutine stack exceeds the limit\nfatal error: stack overflow\n", stderr);
    Repl *r = (Repl *)(void *)((char *)in - offsetof(Repl, in));
    r->interrupt_text.ptr = (const uint8_t *)"stack overflow";
    r->interrupt_text.len = 14;
    repl_interrupt(in);
}

_Noreturn void repl_interrupt(Interp *in) {
    Repl *r = (Repl *)(void *)((char *)in - offsetof(Repl, in));
    *in->interrupt = 0;
    GoIface v = {&r->interrupt_type, &r->interrupt_text};
    rt_panic(in->rt, v);
}

// repl_exit is the runtime's way out (rt_on_exit) during a session: what
// would end a program ends only the input, or the goroutine, that caused it.
//   os.Exit(n)              ends the session with status n (a program asked
//                           to exit; documented in :help)
//   deadlock                Go's report, then the input is dropped (the main
//                           goroutine's waits undone) and so is every other
//                           goroutine, all blocked (rt_abort_blocked); the
//                           session's variables stay
//   panic or fatal error in another goroutine: reported, that goroutine ends,
//                           the input goes on
//   fatal error on the main goroutine (out of memory...): reported, the
//                           input is dropped
static bool repl_exit(void *ctx, int code, RtExitWhy why) {
    Repl *r = ctx;
    Runtime *rt = r->in.rt;
    (void)code;
    if (why == RT_EXIT_NORMAL || !r->running) return false;
    if (why == RT_EXIT_DEADLOCK) {
        rt_abort_blocked(rt);
        return true;
    }
    if (rt_goroutine_id(rt) != 1) rt_goexit(rt);
    fflush(stderr);
    r->interrupt_text.ptr = (const uint8_t *)"input dropped";   // not 11 bytes: report_panic stays quiet
    r->interrupt_text.len = 13;
    repl_interrupt(&r->in);
}

// ---- one input ------------------------------------------------------------------------

// take_body removes the synthetic function "" (the input's statements)
// from file->decls.
static AstDecl *take_body(AstFile *file) {
    if (file->decls.n == 0) return NULL;
    AstDecl *d = file->decls.v[file->decls.n - 1];
    if (d->kind != AST_FUNC_DECL || d->u.func.recv.n || strcmp(d->u.func.name->u.ident.name, "") != 0) return NULL;
    file->decls.n--;
    return d;
}

// repl_eval parses, checks and runs one complete input.
static void repl_eval(Repl *r, const char *src, size_t len, int first_line) {
    r->nsyntax = 0;
    r->c->filename = "<repl>";
    AstFile *file = parse_repl_input(r->arena, "<repl>", src, len, first_line, syntax_error, r, NULL);
    if (r->nsyntax) {
        if (r->nsyntax > 10) fprintf(stderr, "<repl>: too many errors\n");
        return;
    }
    AstDecl *body = take_body(file);
    repl_fix_imports(r, file, src, len);
    Plan p;
    if (check_input(r, file, body, &p)) run_input(r, &p);
}

// ---- commands ----------------------------------------------------------------------------

static void cmd_help(void) {
    fputs("Type Go declarations and statements; an expression prints its value (as %v).\n"
          "Declarations (func, type, var, const, import) persist; declaring a name again\n"
          "replaces it. Packages used as pkg.Name are imported automatically.\n"
          "Brackets, braces, parentheses and raw strings left open continue on the next line.\n"
          "Commands:\n"
          "  :help         this text\n"
          "  :type EXPR    print the Go type of EXPR (as %T), without running it\n"
          "  :load FILE.go declare everything FILE.go declares and run its package\n"
          "                initialisation and init functions (not main: call main() to run it)\n"
          "  :reset        forget every declaration of the session\n"
          "  :quit         leave (Ctrl-D too); os.Exit(n) leaves too, with status n\n"
          "Ctrl-C interrupts a running statement, or clears the line being typed.\n"
          "A deadlock, stack overflow or out-of-memory is reported and ends only the\n"
          "input; a panic in another goroutine is reported and ends that goroutine.\n",
          stdout);
}

// cmd_type prints the type of expression text expr (at column col of line).
static void cmd_type(Repl *r, const char *expr, int line, int col) {
    Checker *c = r->c;
    size_t n = strlen(expr);
    char *src = arena_alloc(r->arena, (size_t)col + n + 2);
    memset(src, ' ', (size_t)col - 1);
    memcpy(src + col - 1, expr, n);
    memcpy(src + col - 1 + n, "\n", 2);
    r->nsyntax = 0;
    c->filename = "<repl>";
    AstFile *file = parse_repl_input(r->arena, "<repl>", src, strlen(src), line, syntax_error, r, NULL);
    if (r->nsyntax) return;
    AstDecl *body = take_body(file);
    if (!body || file->decls.n || file->imports.n || body->u.func.body->list.n != 1 ||
        body->u.func.body->list.v[0]->kind != AST_EXPR_STMT) {
        fputs("usage: :type EXPR\n", stderr);
        return;
    }
    repl_fix_imports(r, file, src, strlen(src));
    Scope *s = tc_scope_new(c, r->scope, false);
    c->pkg_scope = s;
    tc_repl_decls(c, file);   // the imports only
    c->scope = s;
    c->fn = tc_new_func(c, "main.main", body->pos);
    c->fn->sig = tc_func(c, NULL, 0, NULL, 0, false);
    Operand x;
    tc_multi_expr(c, &x, body->u.func.body->list.v[0]->u.expr.x);
    c->fn = NULL;
    c->nvarrefs = 0;
    c->pkg_scope = c->scope = r->scope;
    if (print_diags(r) || x.mode == MODE_INVALID) return;
    if (x.mode == MODE_NOVALUE) {
        puts("(no value)");
        return;
    }
    Type *t = tc_is_untyped(x.type) && x.type->kind != KIND_UNTYPED_NIL ? tc_default_type(c, x.type) : x.type;
    if (t->kind == KIND_UNTYPED_NIL) {
        puts("untyped nil");
    } else if (t->kind == KIND_TUPLE) {
        fputs("(", stdout);
        for (int i = 0; i < t->nfields; i++) printf("%s%s", i ? ", " : "", rt_type_string(t->fields[i].type));
        puts(")");
    } else {
        puts(rt_type_string(t));
    }
}

// cmd_load declares the declarations of a Go file and runs its package
// initialisation (not main).
static void cmd_load(Repl *r, const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, ":load: cannot open %s: %s\n", path, strerror(errno));
        return;
    }
    StrBuf b = {0};
    char chunk[4096];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) sb_put(&b, chunk, got);
    fclose(f);
    sb_putc(&b, '\0');
    const char *name = arena_printf(r->arena, "%s", path);
    char *src = arena_alloc(r->arena, b.len);
    memcpy(src, b.p, b.len);
    sb_free(&b);
    r->nsyntax = 0;
    r->c->filename = name;
    AstFile *file = parse_file(r->arena, name, src, strlen(src), syntax_error, r, NULL);
    Plan p;
    if (!r->nsyntax && check_input(r, file, NULL, &p)) {
        run_input(r, &p);
        printf("loaded %s (call main() to run its main)\n", path);
    }
    r->c->filename = "<repl>";
}

// cmd_reset forgets every declaration (the globals' values become garbage).
static void cmd_reset(Repl *r) {
    Checker *c = r->c;
    r->scope = c->pkg_scope = c->scope = tc_scope_new(c, c->u.scope, false);
    // Through the write barrier: a concurrent mark may not have scanned them yet.
    for (int i = 0; r->in.globals && i < r->globals_cap; i++) {
        gc_write_ptr(r->in.rt, (void **)&r->in.globals[i].w[0], NULL);
        gc_write_ptr(r->in.rt, (void **)&r->in.globals[i].w[1], NULL);
    }
    puts("session reset");
}

// command runs a ":" command line; false for :quit.
static bool command(Repl *r, const char *line, int lineno) {
    const char *p = line;
    while (*p == ' ' || *p == '\t') p++;
    const char *arg = p + 1;
    while (*arg && *arg != ' ' && *arg != '\t') arg++;
    size_t n = (size_t)(arg - p);
    while (*arg == ' ' || *arg == '\t') arg++;
    if ((n == 5 && strncmp(p, ":quit", 5) == 0) || (n == 2 && strncmp(p, ":q", 2) == 0) ||
        (n == 5 && strncmp(p, ":exit", 5) == 0))
        return false;
    if (n == 5 && strncmp(p, ":help", 5) == 0) cmd_help();
    else if (n == 5 && strncmp(p, ":type", 5) == 0 && *arg) cmd_type(r, arg, lineno, (int)(arg - line) + 1);
    else if (n == 5 && strncmp(p, ":load", 5) == 0 && *arg) cmd_load(r, arg);
    else if (n == 6 && strncmp(p, ":reset", 6) == 0) cmd_reset(r);
    else fprintf(stderr, "unknown command %.*s (try :help)\n", (int)n, p);
    fflush(stdout);
    return true;
}

// ---- the session -------------------------------------------------------------------------

static bool blank(const char *s, size_t n) {
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') return false;
    return true;
}

// session runs on the main goroutine: read, check, run, until :quit or
// the end of input.
static void session(void *arg) {
    Repl *r = arg;
    for (;;) {
        bool cancelled;
        char *line = read_line(r, &cancelled);
        if (cancelled) {
            r->input.len = 0;
            continue;
        }
        if (!line) break;
        r->line++;
        if (r->input.len == 0) {
            const char *p = line;
            while (*p == ' ' || *p == '\t') p++;
            if (*p == ':') {
                bool go_on = command(r, line, r->line);
                free(line);
                if (!go_on) return;
                continue;
            }
            r->first_line = r->line;
        }
        sb_puts(&r->input, line);
        sb_putc(&r->input, '\n');
        free(line);
        sb_putc(&r->input, '\0');
        r->input.len--;
        if (blank(r->input.p, r->input.len)) {
            r->input.len = 0;
            continue;
        }
        if (parse_repl_needs_more(r->input.p, r->input.len)) continue;
        // the input's text must outlive this loop (token texts, positions)
        char *src = arena_alloc(r->arena, r->input.len + 1);
        memcpy(src, r->input.p, r->input.len + 1);
        size_t len = r->input.len;
        r->input.len = 0;
        repl_eval(r, src, len, r->first_line);
        fflush(stdout);
    }
    if (r->input.len) {   // end of input inside an unfinished input: report its errors
        sb_putc(&r->input, '\0');
        char *src = arena_alloc(r->arena, r->input.len);
        memcpy(src, r->input.p, r->input.len);
        repl_eval(r, src, r->input.len - 1, r->first_line);
    }
    if (r->el) fputs("\n", stdout);
}

// make_interrupt_type: the named string type of the value Ctrl-C panics with.
static void make_interrupt_type(Repl *r) {
    const Type *str = r->c->u.types[KIND_STRING];
    r->interrupt_type = *str;
    r->interrupt_type.flags |= TF_NAMED;
    r->interrupt_type.name = "interrupt";
    r->interrupt_type.pkg = "repl";
    r->interrupt_type.str = "repl.interrupt";
    r->interrupt_type.underlying = str;
    r->interrupt_type.ptr_to = NULL;
    r->interrupt_type.nmethods = 0;
    r->interrupt_type.methods = NULL;
    r->interrupt_text.ptr = (const uint8_t *)"interrupted";
    r->interrupt_text.len = 11;
}

int repl_run(int argc, char **argv) {
    Repl *r = calloc(1, sizeof *r);
    if (!r) abort();
    r->arena = arena_new();
    Checker *c = r->c = tc_new(r->arena, "<repl>");
    c->repl = true;
    r->scope = c->pkg_scope = c->scope = tc_scope_new(c, c->u.scope, false);
    r->in.c = c;
    r->in.filename = "<repl>";
    r->in.interrupt = &repl_sigint;
    if (!interp_new_runtime(&r->in, argc, argv)) {
        fprintf(stderr, "fatal error: runtime: out of memory\n");
        return 2;
    }
    grow_globals(r);
    make_interrupt_type(r);
    rt_on_exit(r->in.rt, repl_exit, r);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
    if (isatty(0) && isatty(1)) {
        editor_open(r);
        puts("gosub: Go 1.19 subset; :help for help, Ctrl-D to leave");
        fflush(stdout);
    }
    rt_run_main(r->in.rt, session, r);
    if (r->el) el_end(r->el);
    if (r->hist) history_end(r->hist);
    sb_free(&r->input);
    rt_exit(r->in.rt, 0);
}
