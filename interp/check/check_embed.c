// check_embed.c - embedded fields (spec "Struct types", "Selectors"):
// lookup of promoted fields and methods at the shallowest depth, the
// rewriting of x.f into the explicit path x.E.f, and the promoted
// methods added to method sets.
#include <stdlib.h>
#include <string.h>

#include "internal.h"

// A candidate type reached through embedded fields, with its path.
typedef struct Cand {
    const Type *t;            // named or struct type (pointers removed)
    int depth;
    const Field *path[8];     // embedded fields taken from the root
} Cand;

static const Type *deref(const Type *t) {
    if (t && t->kind == KIND_POINTER && !(t->flags & TF_NAMED)) return t->elem;
    return t;
}

// tc_lookup_path finds name in t: a field or a method at the shallowest
// depth. Fills *npath embedded steps, *field or *method. Returns 0 when
// absent, 1 when found, 2 when ambiguous.
int tc_lookup_path(const Type *t, const char *name, const Field **path, int *npath, const Field **field,
                   const Method **method) {
    Cand *cur = malloc(sizeof *cur * 64), *next = malloc(sizeof *next * 64);
    if (!cur || !next) abort();
    int ncur = 1, nnext;
    cur[0].t = deref(t);
    cur[0].depth = 0;
    int result = 0;
    for (int depth = 0; depth < 8 && ncur > 0 && result == 0; depth++) {
        int found = 0;
        nnext = 0;
        for (int i = 0; i < ncur; i++) {
            const Type *ct = cur[i].t;
            const Method *m = NULL;
            for (int k = 0; k < ct->nmethods && ct->kind != KIND_INTERFACE; k++)
                if (!ct->methods[k].promoted && strcmp(ct->methods[k].name, name) == 0) m = &ct->methods[k];
            const Type *u = ct->underlying;
            if (m) {
                if (found++ == 0) {
                    *method = m;
                    *field = NULL;
                    *npath = depth;
                    memcpy(path, cur[i].path, sizeof(Field *) * (size_t)depth);
                }
                continue;
            }
            if (!u) continue;   // an instance not yet defined (generic.c): promoted once it is
            if (depth > 0 && u->kind == KIND_INTERFACE) {
                for (int k = 0; k < u->nmethods; k++)
                    if (strcmp(u->methods[k].name, name) == 0 && found++ == 0) {
                        *method = &u->methods[k];
                        *field = NULL;
                        *npath = depth;
                        memcpy(path, cur[i].path, sizeof(Field *) * (size_t)depth);
                    }
            }
            if (u->kind != KIND_STRUCT) continue;
            for (int k = 0; k < u->nfields; k++) {
                const Field *f = &u->fields[k];
                if (strcmp(f->name, name) == 0) {
                    if (found++ == 0) {
                        *field = f;
                        *method = NULL;
                        *npath = depth;
                        memcpy(path, cur[i].path, sizeof(Field *) * (size_t)depth);
                    }
                } else if (f->embedded && nnext < 64 && depth + 1 < 8) {
                    next[nnext] = cur[i];
                    next[nnext].t = deref(f->type);
                    next[nnext].path[depth] = f;
                    next[nnext].depth = depth + 1;
                    nnext++;
                }
            }
        }
        if (found == 1) result = 1;
        else if (found > 1) result = 2;
        Cand *tmp = cur;
        cur = next;
        next = tmp;
        ncur = nnext;
    }
    free(cur);
    free(next);
    return result;
}

// tc_embed_path rewrites selector e (x.name found through embedded
// fields path[0..n)) so that e->u.selector.x denotes x.E1...En; returns
// the new operand for that prefix in *x.
void tc_embed_path(Checker *c, Operand *x, AstExpr *e, const Field **path, int n) {
    AstExpr *cur = e->u.selector.x;
    for (int i = 0; i < n; i++) {
        const Field *f = path[i];
        AstExpr *s = ast_new_expr(c->arena, AST_SELECTOR_EXPR, cur->pos);
        AstExpr *id = ast_new_expr(c->arena, AST_IDENT, cur->pos);
        id->u.ident.name = f->name;
        s->u.selector.x = cur;
        s->u.selector.sel = id;
        s->u.selector.implicit = true;
        bool via_ptr = tc_under(x->type)->kind == KIND_POINTER;
        EN(s)->op = via_ptr ? OP_PTR_FIELD : OP_FIELD;
        EN(s)->slot = (int32_t)f->offset;
        EN(s)->type = (Type *)f->type;
        if (via_ptr) x->mode = MODE_VARIABLE;
        else if (x->mode != MODE_VARIABLE) x->mode = MODE_VALUE;
        x->type = (Type *)f->type;
        x->expr = s;
        cur = s;
    }
    e->u.selector.x = cur;
}

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

// tc_promote_methods adds to named struct type t the methods promoted
// from its embedded fields (one level), so that method sets and dynamic
// dispatch see them.
void tc_promote_methods(Checker *c, Type *t) {
    const Type *u = t->underlying;
    if (!u || u->kind != KIND_STRUCT) return;
    int extra = 0;
    for (int i = 0; i < u->nfields; i++)
        if (u->fields[i].embedded) extra += deref(u->fields[i].type)->nmethods;
    if (extra == 0) return;
    Method *ms = arena_alloc(c->arena, (size_t)(t->nmethods + extra) * sizeof *ms);
    int n = t->nmethods;
    if (n) memcpy(ms, t->methods, (size_t)n * sizeof *ms);
    for (int i = 0; i < u->nfields; i++) {
        const Field *f = &u->fields[i];
        if (!f->embedded) continue;
        const Type *et = deref(f->type);
        bool eptr = f->type->kind == KIND_POINTER && !(f->type->flags & TF_NAMED);
        for (int k = 0; k < et->nmethods; k++) {
            const Method *m = &et->methods[k];
            // promoted only if the shallowest m->name in t is unique, a
            // method, and reached through f (spec "Selectors")
            const Field *path[8], *fld = NULL;
            const Method *found = NULL;
            int np = 0;
            if (tc_lookup_path(t, m->name, path, &np, &fld, &found) != 1 || !found || np == 0 || path[0] != f)
                continue;
            Method pm = *m;
            pm.promoted = true;
            pm.promote_ptr = eptr;
            pm.promote_offset = f->offset;
            pm.target_ptr = m->ptr_recv || et->underlying->kind == KIND_INTERFACE;
            pm.ptr_recv = m->ptr_recv && !eptr;
            if (et->underlying->kind == KIND_INTERFACE) pm.target_ptr = false;
            ms[n++] = pm;
        }
    }
    qsort(ms, (size_t)n, sizeof *ms, method_cmp);
    t->methods = ms;
    t->nmethods = n;
}

void tc_promote_late(Checker *c, Type *t) {
    if (!t || (t->flags & TF_PROMOTED) || !t->underlying || t->underlying->kind != KIND_STRUCT) return;
    t->flags |= TF_PROMOTED;
    // the embedded types first: T2{*T3}, T3{*T4} promote T4's methods to T2
    // only once T3 has them, whatever the declaration order
    const Type *u = t->underlying;
    for (int i = 0; i < u->nfields; i++) {
        if (!u->fields[i].embedded) continue;
        Type *et = (Type *)deref(u->fields[i].type);
        if (!(et->flags & TF_NAMED) || (et->pkg && strcmp(et->pkg, "main") != 0)) continue;   // package types are complete
        tc_promote_late(c, et);
    }
    tc_promote_methods(c, t);
}

// tc_unpromote: see internal.h.
void tc_unpromote(Checker *c, Type *t) {
    int k = 0;
    for (int i = 0; i < t->nmethods; i++) k += !t->methods[i].promoted;
    if (k != t->nmethods) {   // the methods promoted before are dropped
        Method *ms = arena_alloc(c->arena, (size_t)(k + 1) * sizeof *ms);
        k = 0;
        for (int i = 0; i < t->nmethods; i++)
            if (!t->methods[i].promoted) ms[k++] = t->methods[i];
        t->methods = ms;
        t->nmethods = k;
    }
    t->flags &= (uint16_t)~TF_PROMOTED;
}
