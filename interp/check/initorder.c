// initorder.c - the order of package-level variable initialisation (spec
// "Package initialization") and Go's "initialization loop" reports, as
// go/types' initorder.go computes them.
//
// The dependency graph: a package-level variable or function depends on
// the package-level variables and functions its initialiser or body
// refers to (Obj.deps, recorded by tc_var_ref and ident while
// c->cur_decl_obj is set). A cycle through a variable is an error; cycles
// among functions alone are recursion, which is fine.
//
// The order: repeatedly the earliest variable in declaration order whose
// variable dependencies (through any chain of functions) are all
// initialised. Variables of one multi-value spec ("var a, b = f()") share
// their dependencies and are emitted together.
//
// Obj.init_mark: 1 once a variable is in c->init_order (the REPL extends
// the order input by input); Obj.init_color is scratch for the walks.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "internal.h"

// Vec: the package-level variables still to order, in declaration order.
typedef struct Vars {
    Obj **v;
    int n, cap;
} Vars;

static void vars_push(Vars *vs, Obj *o) {
    if (vs->n == vs->cap) {
        vs->cap = vs->cap ? 2 * vs->cap : 64;
        vs->v = realloc(vs->v, (size_t)vs->cap * sizeof *vs->v);
        if (!vs->v) abort();
    }
    vs->v[vs->n++] = o;
}

static bool pos_before(Pos a, Pos b) { return a.line < b.line || (a.line == b.line && a.col < b.col); }

// ---- cycles ----

// report_loop: "initialization loop for x" with one "y refers to" line
// per object of the cycle path[0..n), starting at its earliest variable.
static void report_loop(Checker *c, Obj **path, int n) {
    int first = -1;
    for (int i = 0; i < n; i++)
        if (path[i]->kind == OBJ_VAR && (first < 0 || pos_before(path[i]->pos, path[first]->pos))) first = i;
    if (first < 0) return;   // functions calling each other: recursion, no error
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) abort();
    fprintf(f, "initialization loop for %s", path[first]->name);
    for (int k = 0; k <= n; k++) {
        Obj *o = path[(first + k) % n];
        fprintf(f, "\n\t%s:%d:%d: %s%s", c->filename, o->pos.line, o->pos.col, o->name, k < n ? " refers to" : "");
    }
    fclose(f);
    tc_errorf(c, path[first]->pos, "%s", buf);
    free(buf);
}

// find_loops walks the graph depth first from o (colors: 0 new, 1 on the
// path, 2 done) and reports each cycle closed by an edge back to the path.
static void find_loops(Checker *c, Obj *o, Vars *path) {
    o->init_color = 1;
    vars_push(path, o);
    for (int i = 0; i < o->ndeps; i++) {
        Obj *d = o->deps[i];
        if (d->init_mark) continue;   // initialised by an earlier REPL input
        if (d->init_color == 1) {
            int from = path->n - 1;
            while (from > 0 && path->v[from] != d) from--;
            report_loop(c, path->v + from, path->n - from);
        } else if (d->init_color == 0) {
            find_loops(c, d, path);
        }
    }
    path->n--;
    o->init_color = 2;
}

// ---- the order ----

// var_deps collects into out the variables o's initialiser reaches
// through functions (stamp marks the objects seen in this walk).
static void var_deps(Obj *o, int stamp, Vars *out) {
    for (int i = 0; i < o->ndeps; i++) {
        Obj *d = o->deps[i];
        if (d->init_color == stamp || d->init_mark) continue;
        d->init_color = stamp;
        if (d->kind == OBJ_VAR) vars_push(out, d);
        else var_deps(d, stamp, out);
    }
}

static void add_init(Checker *c, Obj *o) {
    if (c->ninit == c->initcap) {
        c->initcap = c->initcap ? c->initcap * 2 : 16;
        c->init_order = realloc(c->init_order, (size_t)c->initcap * sizeof *c->init_order);
        if (!c->init_order) abort();
    }
    c->init_order[c->ninit++] = o;
    o->init_mark = 1;
}

// order_vars appends vs (in declaration order, no cycles) to c->init_order.
// waiting[i]: how many uninitialised variables vs[i] needs; users[i]: the
// indexes of the variables that need vs[i]. Ready ones wait in a min-heap
// of declaration indexes.
static void order_vars(Checker *c, Vars *vs) {
    int n = vs->n;
    int *waiting = calloc((size_t)n + 1, sizeof *waiting);
    Vars *users = calloc((size_t)n + 1, sizeof *users);
    int *heap = malloc(((size_t)n + 1) * sizeof *heap);
    if (!waiting || !users || !heap) abort();
    for (int i = 0; i < n; i++) vs->v[i]->init_index = i;
    for (int i = 0; i < n; i++) {
        Vars deps = {0};
        var_deps(vs->v[i], -(i + 3), &deps);   // stamps below -2 never clash with colors
        for (int j = 0; j < deps.n; j++) {
            Obj *d = deps.v[j];
            if (d == vs->v[i] || d->init_index < 0 || d->init_index >= n || vs->v[d->init_index] != d) continue;
            waiting[i]++;
            vars_push(&users[d->init_index], vs->v[i]);
        }
        free(deps.v);
    }
    int nheap = 0;
    for (int i = 0; i < n; i++)
        if (!waiting[i]) heap[nheap++] = i;   // increasing: already a heap
    int *emitted = malloc(((size_t)n + 1) * sizeof *emitted);   // this round's: one var, or its whole spec
    if (!emitted) abort();
    while (nheap > 0) {
        int i = heap[0];
        heap[0] = heap[--nheap];
        for (int k = 0;;) {   // sift down
            int l = 2 * k + 1, m = k;
            if (l < nheap && heap[l] < heap[m]) m = l;
            if (l + 1 < nheap && heap[l + 1] < heap[m]) m = l + 1;
            if (m == k) break;
            int t = heap[k];
            heap[k] = heap[m];
            heap[m] = t;
            k = m;
        }
        Obj *o = vs->v[i];
        if (o->init_mark) continue;   // emitted with its spec
        int ne = 0;
        add_init(c, o);
        emitted[ne++] = i;
        if (o->init && o->init->tuple) {   // the other names of its spec (adjacent), together
            for (int j = i - 1; j >= 0 && vs->v[j]->init == o->init; j--)
                if (!vs->v[j]->init_mark) add_init(c, vs->v[j]), emitted[ne++] = j;
            for (int j = i + 1; j < n && vs->v[j]->init == o->init; j++)
                if (!vs->v[j]->init_mark) add_init(c, vs->v[j]), emitted[ne++] = j;
        }
        // every variable initialised now releases its users (var c = b waits
        // for b of var a, b = f() even when a was the one ready first)
        for (int e = 0; e < ne; e++) {
            Vars *us = &users[emitted[e]];
            for (int u = 0; u < us->n; u++) {
                int k = us->v[u]->init_index;
                if (--waiting[k] == 0) {   // sift up
                    int at = nheap++;
                    heap[at] = k;
                    while (at > 0 && heap[(at - 1) / 2] > heap[at]) {
                        int t = heap[at];
                        heap[at] = heap[(at - 1) / 2];
                        heap[(at - 1) / 2] = t;
                        at = (at - 1) / 2;
                    }
                }
            }
        }
    }
    free(emitted);
    for (int i = 0; i < n; i++) free(users[i].v);
    free(users);
    free(waiting);
    free(heap);
}

void tc_init_order(Checker *c) {
    Vars vs = {0};
    for (int i = 0; i < c->file->decls.n; i++) {
        AstDecl *d = c->file->decls.v[i];
        if (d->kind != AST_GEN_DECL || d->u.gen.tok != TOK_VAR) continue;
        for (int j = 0; j < d->u.gen.specs.n; j++) {
            AstSpec *s = d->u.gen.specs.v[j];
            for (int k = 0; k < s->u.value.names.n; k++) {
                Obj *o = EN(s->u.value.names.v[k])->obj;
                if (o && o->kind == OBJ_VAR && !o->owner && !o->init_mark) vars_push(&vs, o);
            }
        }
    }
    int before = c->ndiags;
    Vars path = {0};
    for (int i = 0; i < vs.n; i++)
        if (vs.v[i]->init_color == 0) find_loops(c, vs.v[i], &path);
    free(path.v);
    for (int i = 0; i < vs.n; i++)   // a use inside its own initialiser the graph missed (same position: no new error)
        if (vs.v[i]->self_ref) tc_errorf(c, vs.v[i]->pos, "initialization cycle or invalid recursive reference to %s", vs.v[i]->name);
    if (c->ndiags == before) order_vars(c, &vs);
    free(vs.v);
}
