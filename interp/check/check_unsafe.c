// check_unsafe.c - package unsafe's Sizeof, Alignof and Offsetof: constants
// of type uintptr with Go's amd64 sizes (cmd/compile's types.CalcSize),
// not gosub's own layout (a slice is 16 bytes here, 24 in Go).
// unsafe.Pointer, Add and Slice are not supported.
#include <string.h>

#include "internal.h"

static int64_t go_align(const Type *t);
static int64_t go_size(const Type *t);

int64_t tc_go_size(const Type *t) { return go_size(t); }

// go_size: what unsafe.Sizeof says for a value of type t on amd64.
static int64_t go_size(const Type *t) {
    const Type *u = tc_under(t);
    switch (u->kind) {
    case KIND_BOOL: case KIND_INT8: case KIND_UINT8: return 1;
    case KIND_INT16: case KIND_UINT16: return 2;
    case KIND_INT32: case KIND_UINT32: case KIND_FLOAT32: return 4;
    case KIND_COMPLEX64: return 8;
    case KIND_COMPLEX128: case KIND_STRING: case KIND_INTERFACE: return 16;
    case KIND_SLICE: return 24;
    case KIND_ARRAY: {
        int64_t e = go_size(u->elem);
        return e && u->len > INT64_MAX / e ? INT64_MAX : u->len * e;
    }
    case KIND_STRUCT: {
        int64_t off = 0, a = go_align(u);
        for (int i = 0; i < u->nfields; i++) {
            int64_t fa = go_align(u->fields[i].type);
            off = (off + fa - 1) / fa * fa + go_size(u->fields[i].type);
        }
        // a non-empty struct ending in a zero-size field gets a byte of
        // padding (so its address never points past the object, issue 9401)
        if (off > 0 && u->nfields > 0 && go_size(u->fields[u->nfields - 1].type) == 0) off++;
        return (off + a - 1) / a * a;
    }
    default: return 8;   // int, uint, uintptr, float64, pointers, maps, chans, funcs
    }
}

static int64_t go_align(const Type *t) {
    const Type *u = tc_under(t);
    switch (u->kind) {
    case KIND_ARRAY: return go_align(u->elem);
    case KIND_STRUCT: {
        int64_t a = 1;
        for (int i = 0; i < u->nfields; i++) {
            int64_t fa = go_align(u->fields[i].type);
            if (fa > a) a = fa;
        }
        return a;
    }
    case KIND_COMPLEX64: return 4;
    case KIND_COMPLEX128: case KIND_STRING: case KIND_INTERFACE: case KIND_SLICE: return 8;
    default: return go_size(u);
    }
}

// go_offset: the offset of field k of struct type u in Go's layout.
static int64_t go_offset(const Type *u, int k) {
    int64_t off = 0;
    for (int i = 0; i <= k; i++) {
        int64_t fa = go_align(u->fields[i].type);
        off = (off + fa - 1) / fa * fa;
        if (i < k) off += go_size(u->fields[i].type);
    }
    return off;
}

// field_index: the index of field f in struct type u.
static int field_index(const Type *u, const Field *f) { return (int)(f - u->fields); }

// offsetof: unsafe.Offsetof(x.f): the offset of f in the struct x denotes,
// through embedded fields that are not pointers; -1 after an error.
static int64_t offsetof_arg(Checker *c, AstExpr *arg) {
    AstExpr *sel = arg;
    while (sel->kind == AST_PAREN_EXPR) sel = sel->u.paren.x;
    Operand x;
    if (sel->kind != AST_SELECTOR_EXPR) {
        tc_expr(c, &x, arg);
        if (x.mode != MODE_INVALID)
            tc_errorf(c, arg->pos, "invalid argument: %s is not a selector expression", tc_expr_str(c, arg));
        return -1;
    }
    Operand base;
    tc_expr(c, &base, sel->u.selector.x);
    if (base.mode == MODE_INVALID) return -1;
    const char *name = sel->u.selector.sel->u.ident.name;
    const Field *path[8], *f = NULL;
    const Method *m = NULL;
    int np = 0;
    const Type *bt = base.type;
    if (tc_under(bt)->kind == KIND_POINTER) bt = tc_under(bt)->elem;
    int found = tc_lookup_path(bt, name, path, &np, &f, &m);
    if (found != 1 || !f) {
        tc_expr(c, &x, arg);   // Go's message for the selector itself
        if (x.mode != MODE_INVALID) tc_errorf(c, arg->pos, "invalid argument: %s is a method value", tc_expr_str(c, arg));
        return -1;
    }
    tc_expr(c, &x, arg);
    if (x.mode == MODE_INVALID) return -1;
    int64_t off = 0;
    const Type *st = tc_under(bt);
    for (int i = 0; i < np; i++) {
        off += go_offset(st, field_index(st, path[i]));
        const Type *ft = path[i]->type;
        if (tc_under(ft)->kind == KIND_POINTER) {
            tc_errorf(c, arg->pos, "invalid argument: field %s is embedded via a pointer in %s", name,
                      tc_type_string(c, (Type *)bt));
            return -1;
        }
        st = tc_under(ft);
    }
    return off + go_offset(st, field_index(st, f));
}

void tc_unsafe_call(Checker *c, Operand *x, AstExpr *e, BuiltinId id) {
    AstExprList *args = &e->u.call.args;   // one: tc_builtin_call checked
    int64_t v;
    if (id == BI_OFFSETOF) {
        v = offsetof_arg(c, args->v[0]);
    } else {
        Operand a;
        tc_expr(c, &a, args->v[0]);
        if (a.mode == MODE_INVALID) {
            x->mode = MODE_INVALID;
            return;
        }
        tc_use_default(c, &a);
        v = id == BI_SIZEOF ? go_size(a.type) : go_align(a.type);
    }
    if (v < 0) {
        x->mode = MODE_INVALID;
        return;
    }
    Type *up = c->u.types[KIND_UINTPTR];
    x->mode = MODE_CONSTANT;
    x->type = up;
    x->val = const_from_int64(c->cctx, v);
    x->expr = e;
    tc_set_const(c, e, x->val, up);
}

bool tc_unsafe_member(Checker *c, Operand *x, AstExpr *e) {
    const char *sel = e->u.selector.sel->u.ident.name;
    BuiltinId id = strcmp(sel, "Sizeof") == 0 ? BI_SIZEOF : strcmp(sel, "Alignof") == 0 ? BI_ALIGNOF
                 : strcmp(sel, "Offsetof") == 0 ? BI_OFFSETOF : BI__COUNT;
    if (id != BI__COUNT) {
        x->mode = MODE_BUILTIN;
        x->builtin = id;
        x->type = NULL;
        x->expr = e;
        return true;
    }
    if (strcmp(sel, "Pointer") == 0 || strcmp(sel, "Add") == 0 || strcmp(sel, "Slice") == 0)
        tc_errorf(c, e->u.selector.sel->pos, "unsafe.%s is not supported by gosub", sel);
    else
        tc_errorf(c, e->u.selector.sel->pos, "undefined: unsafe.%s", sel);
    x->mode = MODE_INVALID;
    return true;
}
