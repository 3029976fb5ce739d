// scope.c - lexical scopes (spec "Declarations and scope") and the
// universe block.
//
// Scopes are arrays in declaration order; past SCOPE_HASH_AT names they
// also get an open-addressing hash index (a function with 40,000 locals
// must check in linear time). Lookups happen only at check time; the
// evaluator never looks names up. A scope never holds a name twice.
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "constant.h"
#include "internal.h"

Scope *tc_scope_new(Checker *c, Scope *parent, bool is_func) {
    Scope *s = arena_alloc(c->arena, sizeof *s);
    s->parent = parent;
    s->is_func = is_func;
    return s;
}

enum { SCOPE_HASH_AT = 16 };

static uint32_t name_hash(const char *name) {
    uint32_t h = 2166136261u;   // FNV-1a
    for (const unsigned char *p = (const unsigned char *)name; *p; p++) h = (h ^ *p) * 16777619u;
    return h;
}

// index_put records objs[i] in the hash index (which has room).
static void index_put(Scope *s, int i) {
    uint32_t mask = (uint32_t)s->index_cap - 1;
    for (uint32_t h = name_hash(s->objs[i]->name) & mask;; h = (h + 1) & mask) {
        if (!s->index[h]) {
            s->index[h] = i + 1;
            return;
        }
    }
}

// reindex makes the hash index hold every name at load at most 1/2.
static void reindex(Checker *c, Scope *s) {
    int cap = 64;
    while (cap < 4 * s->n) cap *= 2;
    s->index = arena_alloc(c->arena, (size_t)cap * sizeof *s->index);
    memset(s->index, 0, (size_t)cap * sizeof *s->index);
    s->index_cap = cap;
    for (int i = 0; i < s->n; i++) index_put(s, i);
}

Obj *tc_scope_lookup_local(Scope *s, const char *name) {
    if (s->index) {
        uint32_t mask = (uint32_t)s->index_cap - 1;
        for (uint32_t h = name_hash(name) & mask; s->index[h]; h = (h + 1) & mask)
            if (strcmp(s->objs[s->index[h] - 1]->name, name) == 0) return s->objs[s->index[h] - 1];
        return NULL;
    }
    for (int i = s->n - 1; i >= 0; i--)
        if (strcmp(s->objs[i]->name, name) == 0) return s->objs[i];
    return NULL;
}

Obj *tc_scope_lookup(Scope *s, const char *name, Scope **found) {
    for (; s; s = s->parent) {
        Obj *o = tc_scope_lookup_local(s, name);
        if (o) {
            if (found) *found = s;
            return o;
        }
    }
    return NULL;
}

Obj *tc_new_obj(Checker *c, ObjKind kind, const char *name, Pos pos, Type *type) {
    Obj *o = arena_alloc(c->arena, sizeof *o);
    o->kind = kind;
    o->name = name;
    o->pos = pos;
    o->type = type;
    o->slot = -1;
    return o;
}

static void scope_add(Checker *c, Scope *s, Obj *obj) {
    if (s->n == s->cap) {
        int cap = s->cap ? s->cap * 2 : 8;
        Obj **v = arena_alloc(c->arena, (size_t)cap * sizeof *v);
        if (s->n) memcpy(v, s->objs, (size_t)s->n * sizeof *v);
        s->objs = v;
        s->cap = cap;
    }
    s->objs[s->n++] = obj;
    if (s->n == SCOPE_HASH_AT || (s->index && 2 * s->n > s->index_cap)) reindex(c, s);
    else if (s->index) index_put(s, s->n - 1);
}

void tc_declare(Checker *c, Scope *s, Obj *obj) {
    if (strcmp(obj->name, "_") == 0) return;
    Obj *old = tc_scope_lookup_local(s, obj->name);
    if (old) {
        if (old->pos.line > 0)
            tc_errorf(c, obj->pos, "%s redeclared in this block\n\t%s:%d:%d: other declaration of %s", obj->name,
                      c->filename, old->pos.line, old->pos.col, obj->name);
        else
            tc_errorf(c, obj->pos, "%s redeclared in this block", obj->name);
        return;
    }
    scope_add(c, s, obj);
}

static const char *const builtin_names[BI__COUNT] = {
    [BI_APPEND] = "append", [BI_CAP] = "cap",       [BI_CLEAR] = "clear",   [BI_CLOSE] = "close",
    [BI_COMPLEX] = "complex", [BI_COPY] = "copy",   [BI_DELETE] = "delete", [BI_IMAG] = "imag",
    [BI_LEN] = "len",       [BI_MAKE] = "make",     [BI_MAX] = "max",       [BI_MIN] = "min",
    [BI_NEW] = "new",       [BI_PANIC] = "panic",   [BI_PRINT] = "print",   [BI_PRINTLN] = "println",
    [BI_REAL] = "real",     [BI_RECOVER] = "recover",
    [BI_SIZEOF] = "unsafe.Sizeof", [BI_ALIGNOF] = "unsafe.Alignof", [BI_OFFSETOF] = "unsafe.Offsetof",
};

const char *tc_builtin_name(BuiltinId id) { return builtin_names[id]; }

// tc_universe_scope fills the universe block: predeclared types, constants,
// nil and the built-in functions.
void tc_universe_scope(Checker *c) {
    Scope *u = tc_scope_new(c, NULL, false);
    c->u.scope = u;
    static const TypeKind named_kinds[] = {
        KIND_BOOL, KIND_INT, KIND_INT8, KIND_INT16, KIND_INT32, KIND_INT64, KIND_UINT, KIND_UINT8,
        KIND_UINT16, KIND_UINT32, KIND_UINT64, KIND_UINTPTR, KIND_FLOAT32, KIND_FLOAT64,
        KIND_COMPLEX64, KIND_COMPLEX128, KIND_STRING,
    };
    Pos nopos = {0, 0};
    for (size_t i = 0; i < sizeof named_kinds / sizeof named_kinds[0]; i++) {
        Type *t = c->u.types[named_kinds[i]];
        scope_add(c, u, tc_new_obj(c, OBJ_TYPENAME, t->name, nopos, t));
    }
    scope_add(c, u, tc_new_obj(c, OBJ_TYPENAME, "byte", nopos, c->u.types[KIND_UINT8]));
    scope_add(c, u, tc_new_obj(c, OBJ_TYPENAME, "rune", nopos, c->u.types[KIND_INT32]));
    scope_add(c, u, tc_new_obj(c, OBJ_TYPENAME, "error", nopos, c->u.t_error));
    scope_add(c, u, tc_new_obj(c, OBJ_TYPENAME, "any", nopos, c->u.t_any));
    Type *cmp = tc_named(c, "comparable", NULL);
    tc_set_underlying(c, cmp, tc_constraint_iface(c, NULL, 0, NULL, 0, true));
    scope_add(c, u, tc_new_obj(c, OBJ_TYPENAME, "comparable", nopos, cmp));
    Obj *t = tc_new_obj(c, OBJ_CONST, "true", nopos, c->u.types[KIND_UNTYPED_BOOL]);
    t->cval = const_from_bool(c->cctx, true);
    scope_add(c, u, t);
    Obj *f = tc_new_obj(c, OBJ_CONST, "false", nopos, c->u.types[KIND_UNTYPED_BOOL]);
    f->cval = const_from_bool(c->cctx, false);
    scope_add(c, u, f);
    scope_add(c, u, tc_new_obj(c, OBJ_CONST, "iota", nopos, c->u.types[KIND_UNTYPED_INT]));
    scope_add(c, u, tc_new_obj(c, OBJ_NIL, "nil", nopos, c->u.types[KIND_UNTYPED_NIL]));
    for (int i = 0; i < BI__UNIVERSE; i++) {
        Obj *b = tc_new_obj(c, OBJ_BUILTIN, builtin_names[i], nopos, NULL);
        b->builtin = (BuiltinId)i;
        scope_add(c, u, b);
    }
}
