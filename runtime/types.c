// types.c - what the runtime derives from a Type descriptor the checker
// built: its GC layout (rt_type_finish) and Go's spelling of it
// (rt_type_string, what %T and panics print).
//
// Invariants:
//   - gcmask has one bit per 8-byte word of a value's memory, set where
//     the word may hold a heap pointer: pointer, map, chan, func and
//     unsafe.Pointer words, a string's or slice's data word, both words of
//     an interface (the type word never points into the heap, but the
//     data word may, and marking both is harmless), and recursively the
//     fields of structs and the elements of arrays at their offsets.
//   - ptrwords is the number of words up to and including the last
//     pointer word; gcmask is NULL and TF_NOPTR set when there is none.
//   - gcmask and str are malloc'ed once per descriptor and live as long
//     as the process (descriptors are few and never freed).
//   - TF_COMPARABLE is the checker's decision and is never changed here.
#include <stdlib.h>
#include <string.h>

#include "internal.h"
#include "value_internal.h"
#include "pkg_internal.h"

// ---- GC layout ---------------------------------------------------------

// has_ptrs: whether a value of type t may contain a heap pointer.
static bool has_ptrs(const Type *t) {
    switch (t->kind) {
    case KIND_POINTER: case KIND_MAP: case KIND_CHAN: case KIND_FUNC:
    case KIND_UNSAFE_POINTER: case KIND_STRING: case KIND_SLICE:
    case KIND_INTERFACE:
        return true;
    case KIND_ARRAY:
        return t->len > 0 && t->elem && has_ptrs(t->elem);
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (has_ptrs(t->fields[i].type)) return true;
        return false;
    default:
        return false;
    }
}

// has_float_key: whether hashing/equality of t involves floats or
// interfaces (so bytewise comparison is not enough).
static bool has_float_key(const Type *t) {
    switch (t->kind) {
    case KIND_FLOAT32: case KIND_FLOAT64: case KIND_COMPLEX64: case KIND_COMPLEX128:
    case KIND_INTERFACE:
        return true;
    case KIND_ARRAY:
        return t->elem && has_float_key(t->elem);
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (has_float_key(t->fields[i].type)) return true;
        return false;
    default:
        return false;
    }
}

static void set_bit(uint8_t *bits, uint64_t off) {
    uint64_t w = off / 8;
    bits[w / 8] |= (uint8_t)(1u << (w % 8));
}

// mark_ptrs sets the mask bits of the pointer words of a t at offset off.
static void mark_ptrs(const Type *t, uint64_t off, uint8_t *bits) {
    switch (t->kind) {
    case KIND_POINTER: case KIND_MAP: case KIND_CHAN: case KIND_FUNC:
    case KIND_UNSAFE_POINTER: case KIND_STRING: case KIND_SLICE:
        set_bit(bits, off);
        break;
    case KIND_INTERFACE:
        set_bit(bits, off);
        set_bit(bits, off + 8);
        break;
    case KIND_ARRAY:
        if (!t->elem || !has_ptrs(t->elem)) break;
        for (int64_t i = 0; i < t->len; i++) mark_ptrs(t->elem, off + (uint64_t)i * t->elem->size, bits);
        break;
    case KIND_STRUCT:
        for (int i = 0; i < t->nfields; i++) mark_ptrs(t->fields[i].type, off + t->fields[i].offset, bits);
        break;
    default:
        break;
    }
}

static bool is_boxed_kind(TypeKind k) {
    return k == KIND_STRING || k == KIND_SLICE || k == KIND_INTERFACE || k == KIND_STRUCT ||
           k == KIND_ARRAY || k == KIND_COMPLEX64 || k == KIND_COMPLEX128;
}

void rt_type_finish(Type *t) {
    uint16_t keep = t->flags & (uint16_t)(TF_NAMED | TF_COMPARABLE | TF_INCOMPLETE);
    uint16_t flags = keep;
    TypeKind k = (TypeKind)t->kind;
    if (k == KIND_STRUCT || k == KIND_ARRAY) flags |= TF_AGGREGATE;
    if (is_boxed_kind(k)) flags |= TF_BOXED;
    if (k != KIND_TUPLE && has_float_key(t)) flags |= TF_FLOAT_KEY;
    t->ptrwords = 0;
    t->gcmask = NULL;
    if (k >= KIND_UNTYPED_BOOL || k == KIND_INVALID || !has_ptrs(t)) {
        t->flags = flags | TF_NOPTR;
        return;
    }
    if (t->size > RT_MAX_MASKED) {   // never allocated: rt_alloc reports out of memory
        t->flags = flags;
        return;
    }
    uint64_t words = ((uint64_t)t->size + 7) / 8;
    uint8_t *bits = calloc((size_t)(words + 7) / 8 + 1, 1);
    if (!bits) abort();
    mark_ptrs(t, 0, bits);
    uint32_t last = 0;
    for (uint64_t w = 0; w < words; w++)
        if (bits[w / 8] & (1u << (w % 8))) last = (uint32_t)w + 1;
    t->ptrwords = last;
    t->gcmask = bits;
    t->flags = flags;
}

// ---- Go's spelling of types ----------------------------------------------

// link: the spelling of the linker's symbol names, which Go uses for the
// type arguments in an instance's name: a type declared in a function is
// "main.local·3" (its number among the package's local types), and
// unexported field and method names are qualified ("main.b").
static void put_type(StrBuf *b, const Type *t, bool link);

// put_signature writes "(int, ...string) (bool, error)" for a FUNC type.
static void put_signature(StrBuf *b, const Type *t, bool link) {
    sb_putc(b, '(');
    for (int i = 0; i < t->nparams; i++) {
        if (i > 0) sb_puts(b, ", ");
        const Type *p = t->params[i];
        if (t->variadic && i == t->nparams - 1 && p->kind == KIND_SLICE && !p->name) {
            sb_puts(b, "...");
            p = p->elem;
        }
        put_type(b, p, link);
    }
    sb_putc(b, ')');
    if (t->nresults == 1) {
        sb_putc(b, ' ');
        put_type(b, t->results[0], link);
    } else if (t->nresults > 1) {
        sb_puts(b, " (");
        for (int i = 0; i < t->nresults; i++) {
            if (i > 0) sb_puts(b, ", ");
            put_type(b, t->results[i], link);
        }
        sb_putc(b, ')');
    }
}

static void put_chan(StrBuf *b, const Type *t, bool link) {
    if (t->chandir == 2) sb_puts(b, "<-chan ");
    else if (t->chandir == 1) sb_puts(b, "chan<- ");
    else sb_puts(b, "chan ");
    // chan (<-chan int): parenthesised so it does not read as (chan<- chan int)
    bool paren = t->chandir == 3 && t->elem->kind == KIND_CHAN && !t->elem->name && t->elem->chandir == 2;
    if (paren) sb_putc(b, '(');
    put_type(b, t->elem, link);
    if (paren) sb_putc(b, ')');
}

static void put_struct(StrBuf *b, const Type *t, bool link) {
    if (t->nfields == 0) {
        sb_puts(b, "struct {}");
        return;
    }
    sb_puts(b, "struct { ");
    for (int i = 0; i < t->nfields; i++) {
        if (i > 0) sb_puts(b, "; ");
        if (!t->fields[i].embedded) {
            if (link && !t->fields[i].exported) sb_puts(b, "main.");
            sb_puts(b, t->fields[i].name);
            sb_putc(b, ' ');
        }
        put_type(b, t->fields[i].type, link);
        if (t->fields[i].tag) {
            sb_putc(b, ' ');
            rt_quote(b, (const uint8_t *)t->fields[i].tag, strlen(t->fields[i].tag), false);
        }
    }
    sb_puts(b, " }");
}

static void put_interface(StrBuf *b, const Type *t, bool link) {
    if (t->nmethods == 0) {
        sb_puts(b, "interface {}");
        return;
    }
    sb_puts(b, "interface { ");
    for (int i = 0; i < t->nmethods; i++) {
        if (i > 0) sb_puts(b, "; ");
        const char *m = t->methods[i].name;
        if (link && !(m[0] >= 'A' && m[0] <= 'Z')) sb_puts(b, "main.");
        sb_puts(b, m);
        put_signature(b, t->methods[i].type, link);
    }
    sb_puts(b, " }");
}

static void put_type(StrBuf *b, const Type *t, bool link) {
    if (!t) {
        sb_puts(b, "nil");
        return;
    }
    if (t->str && !link) {
        sb_puts(b, t->str);
        return;
    }
    if (t->name) {
        if (t->pkg) {
            sb_puts(b, t->pkg);
            sb_putc(b, '.');
        }
        sb_puts(b, t->name);
        if (link && t->local_id) sb_printf(b, "\xc2\xb7%u", t->local_id);
        return;
    }
    switch (t->kind) {
    case KIND_POINTER: sb_putc(b, '*'); put_type(b, t->elem, link); break;
    case KIND_SLICE: sb_puts(b, "[]"); put_type(b, t->elem, link); break;
    case KIND_ARRAY: sb_printf(b, "[%lld]", (long long)t->len); put_type(b, t->elem, link); break;
    case KIND_MAP:
        sb_puts(b, "map[");
        put_type(b, t->key, link);
        sb_putc(b, ']');
        put_type(b, t->elem, link);
        break;
    case KIND_CHAN: put_chan(b, t, link); break;
    case KIND_FUNC: sb_puts(b, "func"); put_signature(b, t, link); break;
    case KIND_STRUCT: put_struct(b, t, link); break;
    case KIND_INTERFACE: put_interface(b, t, link); break;
    case KIND_TUPLE:
        sb_putc(b, '(');
        for (int i = 0; i < t->nfields; i++) {
            if (i > 0) sb_puts(b, ", ");
            put_type(b, t->fields[i].type, link);
        }
        sb_putc(b, ')');
        break;
    default: sb_printf(b, "<kind %d>", t->kind); break;
    }
}

const char *rt_type_string(const Type *t) {
    if (!t) return "nil";
    if (t->str) return t->str;
    StrBuf b = {0};
    put_type(&b, t, false);
    sb_putc(&b, '\0');
    // The descriptor is the checker's (arena memory, writable); runtime-made
    // static descriptors always carry str, so this never writes to them.
    ((Type *)t)->str = b.p;
    return b.p;
}

char *rt_type_link_string(const Type *t) {
    StrBuf b = {0};
    put_type(&b, t, true);
    sb_putc(&b, '\0');
    return b.p;
}
