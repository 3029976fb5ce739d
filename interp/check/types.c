// types.c - the checker's type descriptors: predeclared types, type
// constructors with interning and predicates (their spelling in messages:
// spell.c).
//
// Invariant: unnamed composite types are interned, so two types are
// identical (spec "Type identity") iff their descriptors are the same
// pointer. Named types are distinct by construction. Sizes, alignments and
// field offsets follow Go's amd64 layout with gosub's value sizes
// (runtime.h); rt_type_finish fills the GC layout once a type is complete.
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "internal.h"

static const struct { TypeKind kind; const char *name; uint32_t size; } basic_types[] = {
    {KIND_BOOL, "bool", 1},       {KIND_INT, "int", 8},         {KIND_INT8, "int8", 1},
    {KIND_INT16, "int16", 2},     {KIND_INT32, "int32", 4},     {KIND_INT64, "int64", 8},
    {KIND_UINT, "uint", 8},       {KIND_UINT8, "uint8", 1},     {KIND_UINT16, "uint16", 2},
    {KIND_UINT32, "uint32", 4},   {KIND_UINT64, "uint64", 8},   {KIND_UINTPTR, "uintptr", 8},
    {KIND_FLOAT32, "float32", 4}, {KIND_FLOAT64, "float64", 8}, {KIND_COMPLEX64, "complex64", 8},
    {KIND_COMPLEX128, "complex128", 16}, {KIND_STRING, "string", 16},
    {KIND_UNSAFE_POINTER, "unsafe.Pointer", 8},
    {KIND_UNTYPED_BOOL, "untyped bool", 1},   {KIND_UNTYPED_INT, "untyped int", 8},
    {KIND_UNTYPED_RUNE, "untyped rune", 4},   {KIND_UNTYPED_FLOAT, "untyped float", 8},
    {KIND_UNTYPED_STRING, "untyped string", 16}, {KIND_UNTYPED_NIL, "untyped nil", 8},
};

Type *tc_new_type(Checker *c, TypeKind kind) {
    Type *t = arena_alloc(c->arena, sizeof *t);
    tc_track_type(c, t);
    t->kind = (uint8_t)kind;
    t->underlying = t;
    return t;
}

static void set_layout(Type *t, uint64_t size, uint8_t align) {
    t->size = size;
    t->align = align ? align : 1;
}

// comparable per spec, computed for unnamed types at construction
static void set_comparable(Type *t, bool cmp) {
    if (cmp) t->flags |= TF_COMPARABLE;
    else t->flags &= (uint16_t)~TF_COMPARABLE;
}

void tc_universe_init(Checker *c) {
    for (size_t i = 0; i < sizeof basic_types / sizeof basic_types[0]; i++) {
        Type *t = tc_new_type(c, basic_types[i].kind);
        t->name = basic_types[i].name;
        uint32_t sz = basic_types[i].size;
        set_layout(t, sz, (uint8_t)(sz >= 8 ? 8 : sz));
        set_comparable(t, true);
        rt_type_finish(t);
        c->u.types[basic_types[i].kind] = t;
    }
    // error: interface { Error() string }, a named type without package
    Type *err = tc_named(c, "error", NULL);
    Type *sig = tc_func(c, NULL, 0, (Type *[]){c->u.types[KIND_STRING]}, 1, false);
    Method *m = arena_alloc(c->arena, sizeof *m);
    m->name = "Error";
    m->type = sig;
    tc_set_underlying(c, err, tc_interface(c, m, 1));
    c->u.t_error = err;
    c->u.t_any = tc_interface(c, NULL, 0);
    c->u.t_byte_slice = tc_slice(c, c->u.types[KIND_UINT8]);
    c->u.t_rune_slice = tc_slice(c, c->u.types[KIND_INT32]);
    c->u.t_string_slice = tc_slice(c, c->u.types[KIND_STRING]);
    c->u.t_unsafe_ptr = c->u.types[KIND_UNSAFE_POINTER];
}

// ---- interning ----

static uint32_t mix(uint32_t h, uintptr_t v) {
    h ^= (uint32_t)(v ^ (v >> 32));
    return h * 16777619u;
}

static bool same_shape(const Type *a, const Type *b) {
    if (a->kind != b->kind || a->elem != b->elem || a->key != b->key || a->len != b->len ||
        a->nfields != b->nfields || a->nparams != b->nparams || a->nresults != b->nresults ||
        a->variadic != b->variadic || a->chandir != b->chandir || a->nmethods != b->nmethods)
        return false;
    for (int i = 0; i < a->nfields; i++) {
        const Field *f = &a->fields[i], *g = &b->fields[i];
        if (f->type != g->type || f->embedded != g->embedded || strcmp(f->name, g->name) != 0) return false;
        if ((f->tag != NULL) != (g->tag != NULL) || (f->tag && strcmp(f->tag, g->tag) != 0)) return false;
    }
    for (int i = 0; i < a->nparams; i++)
        if (a->params[i] != b->params[i]) return false;
    for (int i = 0; i < a->nresults; i++)
        if (a->results[i] != b->results[i]) return false;
    for (int i = 0; i < a->nmethods; i++)
        if (a->methods[i].type != b->methods[i].type || strcmp(a->methods[i].name, b->methods[i].name) != 0)
            return false;
    return true;
}

static uint32_t shape_hash(const Type *t) {
    uint32_t h = mix(2166136261u, t->kind);
    h = mix(h, (uintptr_t)t->elem);
    h = mix(h, (uintptr_t)t->key);
    h = mix(h, (uintptr_t)t->len);
    h = mix(h, (uintptr_t)(t->nfields * 31 + t->nparams * 7 + t->nresults + t->variadic * 3 + t->chandir));
    for (int i = 0; i < t->nfields; i++) h = mix(h, (uintptr_t)t->fields[i].type);
    for (int i = 0; i < t->nparams; i++) h = mix(h, (uintptr_t)t->params[i]);
    for (int i = 0; i < t->nresults; i++) h = mix(h, (uintptr_t)t->results[i]);
    return h;
}

// intern returns the canonical descriptor for the unnamed type *proto
// (a stack prototype), copying it into the arena the first time.
static Type *intern(Checker *c, const Type *proto) {
    uint32_t h = shape_hash(proto);
    for (int i = 0; i < c->ninterned; i++) {
        Type *t = c->interned[i];
        if (t->hash == h && same_shape(t, proto)) return t;
    }
    Type *t = tc_new_type(c, (TypeKind)proto->kind);
    *t = *proto;
    t->underlying = t;
    t->hash = h;
    if (c->ninterned == c->interncap) {
        c->interncap = c->interncap ? c->interncap * 2 : 64;
        c->interned = realloc(c->interned, (size_t)c->interncap * sizeof *c->interned);
        if (!c->interned) abort();
    }
    c->interned[c->ninterned++] = t;
    return t;
}

static Type proto_of(TypeKind k) {
    Type t;
    memset(&t, 0, sizeof t);
    t.kind = (uint8_t)k;
    return t;
}

static Type *finish(Type *t) {
    if (!t->gcmask && !(t->flags & TF_NOPTR)) rt_type_finish(t);
    return t;
}

Type *tc_pointer(Checker *c, Type *elem) {
    if (elem->ptr_to) return (Type *)elem->ptr_to;
    Type p = proto_of(KIND_POINTER);
    p.elem = elem;
    set_layout(&p, 8, 8);
    set_comparable(&p, true);
    Type *t = finish(intern(c, &p));
    elem->ptr_to = t;
    return t;
}

Type *tc_slice(Checker *c, Type *elem) {
    Type p = proto_of(KIND_SLICE);
    p.elem = elem;
    set_layout(&p, 16, 8);
    return finish(intern(c, &p));
}

// array_layout: size, alignment and comparability of array p from its element.
static void array_layout(Type *p) {
    const Type *elem = p->elem;
    int64_t len = p->len;
    // saturates at TC_MAX_SIZE: the checker reports "larger than address space"
    uint64_t size = len > 0 && elem->size > TC_MAX_SIZE / (uint64_t)len ? TC_MAX_SIZE : elem->size * (uint64_t)len;
    set_layout(p, size, elem->align);
    set_comparable(p, (elem->flags & TF_COMPARABLE) != 0);
}

Type *tc_array(Checker *c, Type *elem, int64_t len) {
    Type p = proto_of(KIND_ARRAY);
    p.elem = elem;
    p.len = len;
    if (elem->flags & TF_INCOMPLETE) {   // laid out by tc_complete_arrays
        Type *t = intern(c, &p);
        if (!(t->flags & TF_INCOMPLETE) && !t->gcmask && !(t->flags & TF_NOPTR)) {
            t->flags |= TF_INCOMPLETE;
            c->nincomplete_arrays++;
        }
        return t;
    }
    array_layout(&p);
    return finish(intern(c, &p));
}

void tc_complete_arrays(Checker *c) {
    // in creation order: an inner array ([2]T of [3][2]T) comes first
    for (int i = 0; i < c->ninterned && c->nincomplete_arrays > 0; i++) {
        Type *t = c->interned[i];
        if (t->kind != KIND_ARRAY || !(t->flags & TF_INCOMPLETE) || (t->elem->flags & TF_INCOMPLETE)) continue;
        t->flags &= (uint16_t)~TF_INCOMPLETE;
        array_layout(t);
        finish(t);
        c->nincomplete_arrays--;
    }
}

Type *tc_map(Checker *c, Type *key, Type *value) {
    Type p = proto_of(KIND_MAP);
    p.key = key;
    p.elem = value;
    set_layout(&p, 8, 8);
    return finish(intern(c, &p));
}

Type *tc_chan(Checker *c, Type *elem, int dir) {
    Type p = proto_of(KIND_CHAN);
    p.elem = elem;
    p.chandir = (uint8_t)dir;
    set_layout(&p, 8, 8);
    set_comparable(&p, true);
    return finish(intern(c, &p));
}

static Type *const *copy_types(Checker *c, Type **ts, int n) {
    if (n == 0) return NULL;
    Type **v = arena_alloc(c->arena, (size_t)n * sizeof *v);
    memcpy(v, ts, (size_t)n * sizeof *v);
    return (Type *const *)v;
}

Type *tc_func(Checker *c, Type **params, int np, Type **results, int nr, bool variadic) {
    Type p = proto_of(KIND_FUNC);
    p.params = (const Type *const *)params;
    p.nparams = np;
    p.results = (const Type *const *)results;
    p.nresults = nr;
    p.variadic = variadic;
    set_layout(&p, 8, 8);
    Type *t = intern(c, &p);
    if (t->params == (const Type *const *)params) {   // newly interned: own the arrays
        t->params = (const Type *const *)copy_types(c, params, np);
        t->results = (const Type *const *)copy_types(c, results, nr);
    }
    return finish(t);
}

Type *tc_tuple(Checker *c, Type **types, int n) {
    Field *f = arena_alloc(c->arena, (size_t)(n ? n : 1) * sizeof *f);
    for (int i = 0; i < n; i++) {
        f[i].name = "";
        f[i].type = types[i];
    }
    Type p = proto_of(KIND_TUPLE);
    p.fields = f;
    p.nfields = n;
    p.flags = TF_NOPTR;
    return intern(c, &p);
}

Type *tc_struct(Checker *c, Field *fields, int n) {
    Type p = proto_of(KIND_STRUCT);
    uint64_t off = 0;
    uint8_t align = 1;
    bool cmp = true;
    for (int i = 0; i < n; i++) {
        const Type *ft = fields[i].type;
        uint64_t a = ft->align ? ft->align : 1;
        off = (off + a - 1) & ~(a - 1);
        // offsets past UINT32_MAX saturate; struct_type reports them
        fields[i].offset = off > UINT32_MAX ? UINT32_MAX : (uint32_t)off;
        off = ft->size > TC_MAX_SIZE - off ? TC_MAX_SIZE : off + ft->size;
        if (a > align) align = (uint8_t)a;
        if (!(ft->flags & TF_COMPARABLE)) cmp = false;
    }
    off = (off + align - 1) & ~((uint64_t)align - 1);
    p.fields = fields;
    p.nfields = n;
    set_layout(&p, off, align);
    set_comparable(&p, cmp);
    Type *t = intern(c, &p);
    if (t->fields == fields) {
        Field *own = arena_alloc(c->arena, (size_t)(n ? n : 1) * sizeof *own);
        if (n) memcpy(own, fields, (size_t)n * sizeof *own);
        t->fields = own;
    }
    return finish(t);
}

static int method_cmp(const void *a, const void *b) {
    return strcmp(((const Method *)a)->name, ((const Method *)b)->name);
}

Type *tc_interface(Checker *c, Method *methods, int n) {
    if (n > 1) qsort(methods, (size_t)n, sizeof *methods, method_cmp);
    Type p = proto_of(KIND_INTERFACE);
    p.methods = methods;
    p.nmethods = n;
    set_layout(&p, 16, 8);
    set_comparable(&p, true);
    Type *t = intern(c, &p);
    if (t->methods == methods && n > 0) {
        Method *own = arena_alloc(c->arena, (size_t)n * sizeof *own);
        memcpy(own, methods, (size_t)n * sizeof *own);
        t->methods = own;
    }
    return finish(t);
}

// tc_interface_unique: an interface type like tc_interface's, but a
// descriptor of its own, never interned (a constraint whose type set the
// checker records beside it, generic.c).
Type *tc_interface_unique(Checker *c, Method *methods, int n) {
    if (n > 1) qsort(methods, (size_t)n, sizeof *methods, method_cmp);
    Type *t = tc_new_type(c, KIND_INTERFACE);
    t->methods = methods;
    t->nmethods = n;
    set_layout(t, 16, 8);
    set_comparable(t, true);
    return finish(t);
}

Type *tc_named(Checker *c, const char *name, const char *pkg) {
    Type *t = tc_new_type(c, KIND_INVALID);
    t->name = name;
    t->pkg = pkg;
    t->flags = TF_NAMED | TF_INCOMPLETE;
    t->underlying = NULL;
    return t;
}

// tc_set_underlying completes a named type with the layout of under.
void tc_set_underlying(Checker *c, Type *named, Type *under) {
    const Type *u = tc_under(under);
    if (!u) u = c->u.types[KIND_INT];
    named->underlying = u;
    named->kind = u->kind;
    named->size = u->size;
    named->align = u->align;
    named->elem = u->elem;
    named->key = u->key;
    named->len = u->len;
    named->fields = u->fields;
    named->nfields = u->nfields;
    named->params = u->params;
    named->nparams = u->nparams;
    named->results = u->results;
    named->nresults = u->nresults;
    named->variadic = u->variadic;
    named->chandir = u->chandir;
    if (u->kind == KIND_INTERFACE) {
        named->methods = u->methods;
        named->nmethods = u->nmethods;
    }
    named->flags = (uint16_t)((named->flags & ~(TF_INCOMPLETE | TF_COMPARABLE)) | (u->flags & TF_COMPARABLE));
    // set twice for a native interface (the empty interface's layout
    // first, see tc_native_resolve): the first mask is this type's own
    free((void *)named->gcmask);
    named->gcmask = NULL;
    rt_type_finish(named);
}

const Type *tc_under(const Type *t) { return t ? t->underlying : NULL; }

bool tc_identical(const Type *a, const Type *b) { return a == b; }

bool tc_is_untyped(const Type *t) { return t && t->kind >= KIND_UNTYPED_BOOL && t->kind <= KIND_UNTYPED_NIL; }

bool tc_is_integer(const Type *t) {
    return t && ((t->kind >= KIND_INT && t->kind <= KIND_UINTPTR) || t->kind == KIND_UNTYPED_INT ||
                 t->kind == KIND_UNTYPED_RUNE);
}

bool tc_is_unsigned(const Type *t) { return t && t->kind >= KIND_UINT && t->kind <= KIND_UINTPTR; }

bool tc_is_float(const Type *t) {
    return t && (t->kind == KIND_FLOAT32 || t->kind == KIND_FLOAT64 || t->kind == KIND_UNTYPED_FLOAT);
}

bool tc_is_numeric(const Type *t) { return tc_is_integer(t) || tc_is_float(t); }

bool tc_is_string(const Type *t) { return t && (t->kind == KIND_STRING || t->kind == KIND_UNTYPED_STRING); }

bool tc_is_boolean(const Type *t) { return t && (t->kind == KIND_BOOL || t->kind == KIND_UNTYPED_BOOL); }

bool tc_is_interface(const Type *t) { return t && t->kind == KIND_INTERFACE; }

bool tc_comparable(const Type *t) { return t && (t->flags & TF_COMPARABLE); }

bool tc_has_nil(const Type *t) {
    switch (t->kind) {
    case KIND_POINTER: case KIND_SLICE: case KIND_MAP: case KIND_CHAN: case KIND_FUNC:
    case KIND_INTERFACE: case KIND_UNSAFE_POINTER: case KIND_UNTYPED_NIL:
        return true;
    default:
        return false;
    }
}

Type *tc_default_type(Checker *c, Type *t) {
    switch (t->kind) {
    case KIND_UNTYPED_BOOL: return c->u.types[KIND_BOOL];
    case KIND_UNTYPED_INT: return c->u.types[KIND_INT];
    case KIND_UNTYPED_RUNE: return c->u.types[KIND_INT32];
    case KIND_UNTYPED_FLOAT: return c->u.types[KIND_FLOAT64];
    case KIND_UNTYPED_STRING: return c->u.types[KIND_STRING];
    default: return t;
    }
}

const Method *tc_lookup_method(const Type *t, const char *name, bool *ptr_recv) {
    const Type *base = t;
    // *T has T's methods, except when T is an interface: a pointer to an
    // interface has no methods at all
    if (t->kind == KIND_POINTER && !t->name && t->elem && ((t->elem->flags & TF_NAMED) || t->elem->kind == KIND_STRUCT) &&
        tc_under(t->elem)->kind != KIND_INTERFACE)
        base = t->elem;
    for (int i = 0; i < base->nmethods; i++) {
        if (strcmp(base->methods[i].name, name) == 0) {
            if (ptr_recv) *ptr_recv = base->methods[i].ptr_recv;
            return &base->methods[i];
        }
    }
    return NULL;
}

// lookup_method_fold is tc_lookup_method ignoring case: Go names such a
// method in its "missing method" hint.
static const Method *lookup_method_fold(const Type *t, const char *name) {
    const Type *base = t;
    if (t->kind == KIND_POINTER && !t->name && t->elem && ((t->elem->flags & TF_NAMED) || t->elem->kind == KIND_STRUCT) &&
        tc_under(t->elem)->kind != KIND_INTERFACE)
        base = t->elem;
    for (int i = 0; i < base->nmethods; i++)
        if (strcasecmp(base->methods[i].name, name) == 0) return &base->methods[i];
    return NULL;
}

static bool is_interface_ptr(const Type *t) {
    const Type *u = tc_under(t);
    return u->kind == KIND_POINTER && u->elem && tc_under(u->elem)->kind == KIND_INTERFACE;
}

// missing_reason: types2's missingMethodReason (compiler wording, Go 1.19)
// for want, missing from t; alt is a method of t with the same name (wrong
// type or pointer receiver) or the same name up to case, or NULL.
static char *missing_reason(Checker *c, const Type *t, const Type *iface, const Method *want, const Method *alt) {
    if (alt) {
        const char *fmt = strcmp(alt->name, want->name) != 0 ? "(missing %s method)\n\t\thave %s\n\t\twant %s"
                          : alt->type == want->type        ? "(%s method has pointer receiver)"
                                                           : "(wrong type for %s method)\n\t\thave %s\n\t\twant %s";
        return arena_printf(c->arena, fmt, want->name, tc_method_string(c, t, alt), tc_method_string(c, iface, want));
    }
    const Type *p = is_interface_ptr(t) ? t : is_interface_ptr(iface) ? iface : NULL;
    if (p) {
        const char *s = tc_type_string(c, p);
        return arena_printf(c->arena, "(type %s is pointer to interface, not interface)", s);
    }
    return arena_printf(c->arena, "(missing %s method)", want->name);
}

// tc_missing_reason: types2's missingMethod + missingMethodReason: NULL
// when t implements iface, else Go's parenthesised reason (with have/want
// lines). static_ is false for a type assertion from an interface t, where
// only methods t has must match.
char *tc_missing_reason(Checker *c, const Type *t, const Type *iface, bool static_) {
    const Type *it = tc_under(iface);
    bool t_iface = tc_under(t)->kind == KIND_INTERFACE;
    for (int i = 0; i < it->nmethods; i++) {
        const Method *want = &it->methods[i];
        bool ptr = false;
        const Method *m = tc_lookup_method(t, want->name, &ptr);
        if (t_iface) {
            if (!m && !static_) continue;
            if (!m || m->type != want->type) return missing_reason(c, t, iface, want, m);
            continue;
        }
        bool found = m && !(ptr && tc_under(t)->kind != KIND_POINTER);
        if (!m) m = lookup_method_fold(t, want->name);
        if (!found || m->type != want->type) return missing_reason(c, t, iface, want, m);
    }
    return NULL;
}

// tc_implements reports whether t implements the interface iface; why gets
// Go's reason ("(missing M method)") when it does not.
bool tc_implements(Checker *c, Type *t, Type *iface, char **why) {
    char *r = tc_missing_reason(c, t, iface, true);
    if (r && why) *why = r;
    return r == NULL;
}
