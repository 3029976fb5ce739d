// fmt.c - package fmt's printer: Print, Println, Printf and Errorf over
// interface operands, a port of Go 1.19's fmt/print.go with reflection
// replaced by Type descriptors.
//
// An operand is (const Type *t, Value v) in the runtime's representation
// (runtime.h): ints in .i/.u, floats in .f/.f32, strings in .s, slices in
// .sl, interfaces in .e, pointers/maps/chans/funcs in .p, aggregates by
// address in .p. Elements and fields are read with rt_load.
//
// Methods: an operand whose dynamic type has Error() or String() (and
// GoString() for %#v) is printed through that method, as Go's
// handleMethods does, for the verbs v s x X q and for operands nested in
// composites, except below unexported struct fields (Go's CanInterface).
// Map keys are sorted as internal/fmtsort does (fmt_sort.c).
#include <math.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "fmt_printer.h"
#include "reflect_internal.h"
#include "fmt_sort.h"
#include "value_internal.h"

static void print_value(Printer *p, const Type *t, Value v, int32_t verb, int depth, bool ro);
static void print_arg(Printer *p, GoIface arg, int32_t verb);

static void put_type(Printer *p, const Type *t) {
    sb_puts(p->buf, rt_type_string(t));
}

static bool is_signed_kind(int k) { return k >= KIND_INT && k <= KIND_INT64; }
static bool is_unsigned_kind(int k) { return k >= KIND_UINT && k <= KIND_UINTPTR; }

// bad_verb: "%!verb(type=value)" or "%!verb(<nil>)".
static void bad_verb(Printer *p, int32_t verb) {
    p->erroring = true;
    sb_puts(p->buf, "%!");
    fmt_write_rune(p, verb);
    sb_putc(p->buf, '(');
    if (p->arg_type) {
        put_type(p, p->arg_type);
        sb_putc(p->buf, '=');
        print_value(p, p->arg_type, p->arg, 'v', 0, false);
    } else {
        sb_puts(p->buf, "<nil>");
    }
    sb_putc(p->buf, ')');
    p->erroring = false;
}

static void fmt_bool(Printer *p, bool v, int32_t verb) {
    if (verb == 't' || verb == 'v')
        fmt_boolean(p, v);
    else
        bad_verb(p, verb);
}

// fmt_0x64: u in hex, with a leading 0x when leading0x.
static void fmt_0x64(Printer *p, uint64_t u, bool leading0x) {
    bool sharp = p->f.sharp;
    p->f.sharp = leading0x;
    fmt_integer(p, u, 16, false, 'v', false);
    p->f.sharp = sharp;
}

static void fmt_int_verb(Printer *p, uint64_t v, bool is_signed, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v && !is_signed)
            fmt_0x64(p, v, true);
        else
            fmt_integer(p, v, 10, is_signed, verb, false);
        break;
    case 'd': fmt_integer(p, v, 10, is_signed, verb, false); break;
    case 'b': fmt_integer(p, v, 2, is_signed, verb, false); break;
    case 'o': case 'O': fmt_integer(p, v, 8, is_signed, verb, false); break;
    case 'x': fmt_integer(p, v, 16, is_signed, verb, false); break;
    case 'X': fmt_integer(p, v, 16, is_signed, verb, true); break;
    case 'c': fmt_c(p, v); break;
    case 'q': fmt_qc(p, v); break;
    case 'U': fmt_unicode(p, v); break;
    default: bad_verb(p, verb); break;
    }
}

static void fmt_float_verb(Printer *p, double v, int size, int32_t verb) {
    switch (verb) {
    case 'v': fmt_float(p, v, size, 'g', -1); break;
    case 'b': case 'g': case 'G': case 'x': case 'X': fmt_float(p, v, size, verb, -1); break;
    case 'f': case 'e': case 'E': fmt_float(p, v, size, verb, 6); break;
    case 'F': fmt_float(p, v, size, 'f', 6); break;
    default: bad_verb(p, verb); break;
    }
}

static void fmt_string(Printer *p, GoString s, int32_t verb) {
    switch (verb) {
    case 'v':
        if (p->f.sharp_v)
            fmt_q(p, s.ptr, (size_t)s.len);
        else
            fmt_s(p, s.ptr, (size_t)s.len);
        break;
    case 's': fmt_s(p, s.ptr, (size_t)s.len); break;
    case 'x': fmt_sbx(p, s.ptr, (size_t)s.len, false); break;
    case 'X': fmt_sbx(p, s.ptr, (size_t)s.len, true); break;
    case 'q': fmt_q(p, s.ptr, (size_t)s.len); break;
    default: bad_verb(p, verb); break;
    }
}

// fmt_bytes: fmtBytes for the verbs s q x X (the others print elements).
static void fmt_bytes(Printer *p, const uint8_t *b, size_t n, int32_t verb) {
    switch (verb) {
    case 's': fmt_s(p, b, n); break;
    case 'x': fmt_sbx(p, b, n, false); break;
    case 'X': fmt_sbx(p, b, n, true); break;
    case 'q': fmt_q(p, b, n); break;
    }
}

// pointer_word: the address a pointer-like value prints as.
static bool pointer_word(const Type *t, Value v, uint64_t *u) {
    switch (t->kind) {
    case KIND_CHAN: case KIND_FUNC: case KIND_MAP: case KIND_POINTER: case KIND_UNSAFE_POINTER:
        *u = (uint64_t)(uintptr_t)v.p;
        return true;
    case KIND_SLICE:
        *u = (uint64_t)(uintptr_t)v.sl.ptr;
        return true;
    default:
        return false;
    }
}

// fmt_pointer: fmtPointer.
static void fmt_pointer(Printer *p, const Type *t, Value v, int32_t verb) {
    uint64_t u;
    if (!pointer_word(t, v, &u)) {
        bad_verb(p, verb);
        return;
    }
    switch (verb) {
    case 'v':
        if (p->f.sharp_v) {
            sb_putc(p->buf, '(');
            put_type(p, t);
            sb_puts(p->buf, ")(");
            if (u == 0)
                sb_puts(p->buf, "nil");
            else
                fmt_0x64(p, u, true);
            sb_putc(p->buf, ')');
        } else if (u == 0) {
            fmt_pad_str(p, "<nil>");
        } else {
            fmt_0x64(p, u, !p->f.sharp);
        }
        break;
    case 'p':
        fmt_0x64(p, u, !p->f.sharp);
        break;
    case 'b': case 'o': case 'd': case 'x': case 'X':
        fmt_int_verb(p, u, false, verb);
        break;
    default:
        bad_verb(p, verb);
    }
}

// call_guarded calls v's method name, catching a panic inside it.
// Returns 1 when the method ran (*out set), 0 when v has no such method,
// -1 when it panicked (*panic_val set; the panic is over).
static int call_guarded(Printer *p, const Type *t, Value v, const char *name, GoString *out,
                        GoIface *panic_val) {
    Runtime *rt = p->rt;
    PanicHandler h;
    RtPanic *volatile before = rt_current_panic(rt);
    rt_push_handler(rt, &h);
    if (setjmp(h.jb) == 0) {
        bool ok = rt_call_string_method(rt, t, v, name, out);
        rt_pop_handler(rt, &h);
        return ok ? 1 : 0;
    }
    // rt_panic popped our handler; end the panic as recover would.
    RtPanic *pn = rt_current_panic(rt);
    *panic_val = pn->value;
    rt->panicking = before;
    return -1;
}

// catch_panic: Go's catchPanic for a panic in method name of v.
static void catch_panic(Printer *p, const Type *t, Value v, int32_t verb, const char *name,
                        GoIface err) {
    if (t->kind == KIND_POINTER && v.p == NULL) {
        sb_puts(p->buf, "<nil>");
        return;
    }
    if (p->panicking)
        rt_panic(p->rt, err);
    FmtFlags old = p->f;
    memset(&p->f, 0, sizeof p->f);
    sb_puts(p->buf, "%!");
    fmt_write_rune(p, verb);
    sb_puts(p->buf, "(PANIC=");
    sb_puts(p->buf, name);
    sb_puts(p->buf, " method: ");
    p->panicking = true;
    print_arg(p, err, 'v');
    p->panicking = false;
    sb_putc(p->buf, ')');
    p->f = old;
}

// call_method: prints v through its method name (func() string) when it
// has one (verb 0: as %s). Panics inside are caught as Go's catchPanic
// does; a nil pointer whose native method needs the pointee prints
// "<nil>" without calling it.
static bool call_method(Printer *p, const Type *t, Value v, const char *name, int32_t verb) {
    const Method *m = rt_find_method(t, name);
    if (!m)
        return false;
    if (t->kind == KIND_POINTER && v.p == NULL && (!m->ptr_recv || m->native)) {
        fmt_pad_str(p, "<nil>");
        return true;
    }
    GoString s;
    GoIface err;
    int r = call_guarded(p, t, v, name, &s, &err);
    if (r == 0)
        return false;
    if (r < 0)
        catch_panic(p, t, v, verb ? verb : 'v', name, err);
    else if (verb == 0)
        fmt_s(p, s.ptr, (size_t)s.len);
    else
        fmt_string(p, s, verb);
    return true;
}

// handle_methods: Go's handleMethods: %w in Errorf, GoString for %#v,
// Error then String for v s x X q. Returns true when it printed.
static bool handle_methods(Printer *p, const Type *t, Value v, int32_t verb) {
    if (p->erroring || t == NULL)
        return false;
    if (verb == 'w') {
        bool is_error = rt_find_method(t, "Error") != NULL;
        if (!is_error || !p->wrap_errs || p->have_wrapped) {
            p->have_wrapped = false;
            p->wrap_errs = false;
            bad_verb(p, verb);
            return true;
        }
        p->wrapped = rt_iface_box(p->rt, t, v);
        p->have_wrapped = true;
        verb = 'v';
    }
    if (p->f.sharp_v)
        return call_method(p, t, v, "GoString", 0);
    switch (verb) {
    case 'v': case 's': case 'x': case 'X': case 'q':
        return call_method(p, t, v, "Error", verb) || call_method(p, t, v, "String", verb);
    }
    return false;
}

static void print_map(Printer *p, const Type *t, GoMap *m, int32_t verb, int depth, bool ro) {
    if (p->f.sharp_v) {
        put_type(p, t);
        if (m == NULL) {
            sb_puts(p->buf, "(nil)");
            return;
        }
        sb_putc(p->buf, '{');
    } else {
        sb_puts(p->buf, "map[");
    }
    SortedMap sm;
    fmt_sort_map(&sm, t, m);
    for (size_t i = 0; i < sm.n; i++) {
        if (i > 0)
            sb_puts(p->buf, p->f.sharp_v ? ", " : " ");
        print_value(p, t->key, rt_load(t->key, sm.keys[i]), verb, depth + 1, ro);
        sb_putc(p->buf, ':');
        print_value(p, t->elem, rt_load(t->elem, sm.vals[i]), verb, depth + 1, ro);
    }
    fmt_sort_free(&sm);
    sb_putc(p->buf, p->f.sharp_v ? '}' : ']');
}

// print_field: a field or element; interfaces print their dynamic value
// (Go's getField).
static void print_elem(Printer *p, const Type *t, const void *addr, int32_t verb, int depth, bool ro) {
    Value v = rt_load(t, addr);
    if (t->kind == KIND_INTERFACE && v.e.type != NULL && depth > 0) {
        print_value(p, v.e.type, rt_iface_unbox(v.e), verb, depth, ro);
        return;
    }
    print_value(p, t, v, verb, depth, ro);
}

static void print_struct(Printer *p, const Type *t, Value v, int32_t verb, int depth, bool ro) {
    const Type *u = t->underlying ? t->underlying : t;
    if (p->f.sharp_v)
        put_type(p, t);
    sb_putc(p->buf, '{');
    for (int i = 0; i < u->nfields; i++) {
        const Field *f = &u->fields[i];
        if (i > 0)
            sb_puts(p->buf, p->f.sharp_v ? ", " : " ");
        if (p->f.plus_v || p->f.sharp_v) {
            sb_puts(p->buf, f->name);
            sb_putc(p->buf, ':');
        }
        print_elem(p, f->type, (const char *)v.p + f->offset, verb, depth + 1, ro || !f->exported);
    }
    sb_putc(p->buf, '}');
}

static void print_list(Printer *p, const Type *t, Value v, int32_t verb, int depth, bool ro) {
    const Type *elem = t->elem;
    bool is_slice = t->kind == KIND_SLICE;
    const char *base = is_slice ? v.sl.ptr : v.p;
    size_t n = is_slice ? v.sl.len : (size_t)t->len;
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem->kind == KIND_UINT8) {
        fmt_bytes(p, (const uint8_t *)base, n, verb);
        return;
    }
    if (p->f.sharp_v) {
        put_type(p, t);
        if (is_slice && v.sl.ptr == NULL) {
            sb_puts(p->buf, "(nil)");
            return;
        }
        sb_putc(p->buf, '{');
    } else {
        sb_putc(p->buf, '[');
    }
    for (size_t i = 0; i < n; i++) {
        if (i > 0)
            sb_puts(p->buf, p->f.sharp_v ? ", " : " ");
        print_elem(p, elem, base + i * elem->size, verb, depth + 1, ro);
    }
    sb_putc(p->buf, p->f.sharp_v ? '}' : ']');
}

static void print_iface(Printer *p, const Type *t, Value v, int32_t verb, int depth, bool ro) {
    if (v.e.type == NULL) {
        if (p->f.sharp_v) {
            put_type(p, t);
            sb_puts(p->buf, "(nil)");
        } else {
            sb_puts(p->buf, "<nil>");
        }
        return;
    }
    print_value(p, v.e.type, rt_iface_unbox(v.e), verb, depth + 1, ro);
}

// A print_value call continued where the goroutine has more stack.
typedef struct FarPrint {
    Printer *p;
    const Type *t;
    Value v;
    int32_t verb;
    int depth;
    bool ro;
} FarPrint;

static void print_value_far(void *arg) {
    FarPrint *f = arg;
    print_value(f->p, f->t, f->v, f->verb, f->depth, f->ro);
}

// print_value: Go's printValue; depth 0 is the operand itself.
static void print_value(Printer *p, const Type *t, Value v, int32_t verb, int depth, bool ro) {
    if (rt_stack_low(p->rt)) {   // deep: more stack, or a value that contains itself (s[0] = s): Go overflows too
        FarPrint f = {p, t, v, verb, depth, ro};
        rt_stack_call(p->rt, print_value_far, &f);
        return;
    }
    if (depth > 0 && !ro && handle_methods(p, t, v, verb))
        return;
    p->arg_type = t;
    p->arg = v;
    int k = t->kind;
    if (k == KIND_BOOL) {
        fmt_bool(p, v.b, verb);
    } else if (is_signed_kind(k)) {
        fmt_int_verb(p, (uint64_t)v.i, true, verb);
    } else if (is_unsigned_kind(k)) {
        fmt_int_verb(p, v.u, false, verb);
    } else if (k == KIND_FLOAT32) {
        fmt_float_verb(p, v.f32, 32, verb);
    } else if (k == KIND_FLOAT64) {
        fmt_float_verb(p, v.f, 64, verb);
    } else if (k == KIND_STRING) {
        fmt_string(p, v.s, verb);
    } else if (k == KIND_MAP) {
        print_map(p, t, v.p, verb, depth, ro);
    } else if (k == KIND_STRUCT) {
        print_struct(p, t, v, verb, depth, ro);
    } else if (k == KIND_INTERFACE) {
        print_iface(p, t, v, verb, depth, ro);
    } else if (k == KIND_ARRAY || k == KIND_SLICE) {
        print_list(p, t, v, verb, depth, ro);
    } else if (k == KIND_POINTER && depth == 0 && v.p != NULL &&
               (t->elem->kind == KIND_ARRAY || t->elem->kind == KIND_SLICE ||
                t->elem->kind == KIND_STRUCT || t->elem->kind == KIND_MAP)) {
        sb_putc(p->buf, '&');
        print_value(p, t->elem, rt_load(t->elem, v.p), verb, depth + 1, ro);
    } else if (k == KIND_POINTER || k == KIND_CHAN || k == KIND_FUNC || k == KIND_UNSAFE_POINTER) {
        fmt_pointer(p, t, v, verb);
    } else {
        sb_putc(p->buf, '?');
        put_type(p, t);
        sb_putc(p->buf, '?');
    }
}

// print_byte_slice_sharp: %#v of an operand of type []byte exactly, which
// Go spells "[]byte{0x1, 0x2}" (printArg's []byte case), not "[]uint8".
static bool print_byte_slice_sharp(Printer *p, const Type *t, Value v, int32_t verb) {
    if (!p->f.sharp_v || (verb != 'v' && verb != 'd') || t->kind != KIND_SLICE ||
        (t->flags & TF_NAMED) || t->elem->kind != KIND_UINT8 || t->elem->pkg != NULL)
        return false;
    sb_puts(p->buf, "[]byte");
    if (v.sl.ptr == NULL) {
        sb_puts(p->buf, "(nil)");
        return true;
    }
    sb_putc(p->buf, '{');
    for (uint32_t i = 0; i < v.sl.len; i++) {
        if (i > 0)
            sb_puts(p->buf, ", ");
        fmt_0x64(p, ((const uint8_t *)v.sl.ptr)[i], true);
    }
    sb_putc(p->buf, '}');
    return true;
}

// print_reflect_value: an operand of type reflect.Value prints as the
// value it holds (Go's printArg case reflect.Value; its layout is
// reflect_internal.h's RValue).
static bool print_reflect_value(Printer *p, const Type *t, Value v, int32_t verb) {
    if (t->kind != KIND_STRUCT || !(t->flags & TF_NAMED))
        return false;
    const Type *vt = p->rt->reflect_types[RVT_VALUE];   // cached once a Value was made
    if (!vt && t->pkg && strcmp(t->pkg, "reflect") == 0 && strcmp(t->name, "Value") == 0)
        vt = rv_ptype(p->rt, RVT_VALUE);
    if (t != vt)
        return false;
    const RValue *rv = v.p;
    if (!rv->typ) {
        fmt_pad_str(p, "<invalid reflect.Value>");
        return true;
    }
    Value held = rt_load(rv->typ, rv->ptr);
    if (rv->typ->kind == KIND_INTERFACE) {   // Interface() of an interface-typed Value: what it holds
        GoIface e = held.e;
        if (!(rv->flag & RV_RO) && e.type && handle_methods(p, e.type, rt_iface_unbox(e), verb))
            return true;
    } else if (!(rv->flag & RV_RO) && handle_methods(p, rv->typ, held, verb)) {
        return true;
    }
    p->arg_type = rv->typ;
    p->arg = held;
    print_value(p, rv->typ, held, verb, 0, (rv->flag & RV_RO) != 0);
    return true;
}

// print_arg: Go's printArg for one operand.
static void print_arg(Printer *p, GoIface arg, int32_t verb) {
    p->arg_type = arg.type;
    if (arg.type == NULL) {
        if (verb == 'T' || verb == 'v')
            fmt_pad_str(p, "<nil>");
        else
            bad_verb(p, verb);
        return;
    }
    Value v = rt_iface_unbox(arg);
    p->arg = v;
    if (verb == 'T') {
        fmt_pad_str(p, rt_type_string(arg.type));
        return;
    }
    if (verb == 'p') {
        fmt_pointer(p, arg.type, v, 'p');
        return;
    }
    if (print_byte_slice_sharp(p, arg.type, v, verb))
        return;
    if (print_reflect_value(p, arg.type, v, verb))
        return;
    if (!handle_methods(p, arg.type, v, verb))
        print_value(p, arg.type, v, verb, 0, false);
}

// ---- Printf ------------------------------------------------------------------

static bool too_large(int x) { return x > 1000000 || x < -1000000; }

// parse_num: parsenum, a decimal number at fmt[*i..end).
static bool parse_num(GoString fmt, int64_t *i, int *num) {
    bool isnum = false;
    *num = 0;
    while (*i < fmt.len && fmt.ptr[*i] >= '0' && fmt.ptr[*i] <= '9') {
        if (too_large(*num)) {
            *i = fmt.len;
            *num = 0;
            return false;
        }
        *num = *num * 10 + (fmt.ptr[*i] - '0');
        isnum = true;
        (*i)++;
    }
    return isnum;
}

// int_from_arg: intFromArg, a '*' width or precision operand.
static bool int_from_arg(const GoIface *a, int n, int *argnum, int *num) {
    *num = 0;
    if (*argnum >= n)
        return false;
    GoIface e = a[*argnum];
    (*argnum)++;
    if (e.type == NULL)
        return false;
    Value v = rt_iface_unbox(e);
    bool ok = false;
    if (is_signed_kind(e.type->kind)) {
        ok = true;
        *num = v.i > INT32_MAX || v.i < INT32_MIN ? 2000000 : (int)v.i;
    } else if (is_unsigned_kind(e.type->kind)) {
        ok = (int64_t)v.u >= 0;
        *num = v.u > INT32_MAX ? 2000000 : (int)v.u;
    }
    if (!ok || too_large(*num)) {
        *num = 0;
        return false;
    }
    return true;
}

// arg_number: argNumber, an explicit "[n]" index at fmt[*i].
static bool arg_number(Printer *p, GoString fmt, int64_t *i, int *argnum, int n) {
    if (*i >= fmt.len || fmt.ptr[*i] != '[')
        return false;
    p->reordered = true;
    for (int64_t j = *i + 1; j < fmt.len; j++) {
        if (fmt.ptr[j] != ']')
            continue;
        int64_t k = *i + 1;
        int index;
        bool ok = parse_num(fmt, &k, &index) && k == j;
        *i = j + 1;
        if (ok && index - 1 >= 0 && index - 1 < n) {
            *argnum = index - 1;
            return true;
        }
        p->good_argnum = false;
        return ok;
    }
    (*i)++;
    p->good_argnum = false;
    return false;
}

static void set_v_flags(Printer *p) {
    p->f.sharp_v = p->f.sharp;
    p->f.sharp = false;
    p->f.plus_v = p->f.plus;
    p->f.plus = false;
}

// parse_flags: the simple flags loop; returns true when it printed a
// plain one-letter verb itself (the common fast path).
static bool parse_flags(Printer *p, GoString fmt, int64_t *i, const GoIface *a, int n, int *argnum) {
    for (; *i < fmt.len; (*i)++) {
        int c = fmt.ptr[*i];
        switch (c) {
        case '#': p->f.sharp = true; break;
        case '0': p->f.zero = !p->f.minus; break;
        case '+': p->f.plus = true; break;
        case '-': p->f.minus = true; p->f.zero = false; break;
        case ' ': p->f.space = true; break;
        default:
            if (c >= 'a' && c <= 'z' && *argnum < n) {
                if (c == 'v')
                    set_v_flags(p);
                print_arg(p, a[*argnum], c);
                (*argnum)++;
                (*i)++;
                return true;
            }
            return false;
        }
    }
    return false;
}

// parse_width_prec: the width and precision of one verb; afterIndex
// tracking as in doPrintf.
static void parse_width_prec(Printer *p, GoString fmt, int64_t *i, const GoIface *a, int n,
                             int *argnum, bool *after_index) {
    *after_index = arg_number(p, fmt, i, argnum, n);
    if (*i < fmt.len && fmt.ptr[*i] == '*') {
        (*i)++;
        p->f.wid_present = int_from_arg(a, n, argnum, &p->wid);
        if (!p->f.wid_present)
            sb_puts(p->buf, "%!(BADWIDTH)");
        if (p->wid < 0) {
            p->wid = -p->wid;
            p->f.minus = true;
            p->f.zero = false;
        }
        *after_index = false;
    } else {
        p->f.wid_present = parse_num(fmt, i, &p->wid);
        if (*after_index && p->f.wid_present)
            p->good_argnum = false;
    }
    if (*i + 1 < fmt.len && fmt.ptr[*i] == '.') {
        (*i)++;
        if (*after_index)
            p->good_argnum = false;
        *after_index = arg_number(p, fmt, i, argnum, n);
        if (*i < fmt.len && fmt.ptr[*i] == '*') {
            (*i)++;
            p->f.prec_present = int_from_arg(a, n, argnum, &p->prec);
            if (p->prec < 0) {
                p->prec = 0;
                p->f.prec_present = false;
            }
            if (!p->f.prec_present)
                sb_puts(p->buf, "%!(BADPREC)");
            *after_index = false;
        } else {
            p->f.prec_present = parse_num(fmt, i, &p->prec);
            if (!p->f.prec_present) {
                p->prec = 0;
                p->f.prec_present = true;
            }
        }
    }
    if (!*after_index)
        *after_index = arg_number(p, fmt, i, argnum, n);
}

static void print_extra(Printer *p, const GoIface *a, int n, int argnum) {
    memset(&p->f, 0, sizeof p->f);
    sb_puts(p->buf, "%!(EXTRA ");
    for (int i = argnum; i < n; i++) {
        if (i > argnum)
            sb_puts(p->buf, ", ");
        if (a[i].type == NULL) {
            sb_puts(p->buf, "<nil>");
        } else {
            put_type(p, a[i].type);
            sb_putc(p->buf, '=');
            print_arg(p, a[i], 'v');
        }
    }
    sb_putc(p->buf, ')');
}

// do_printf: doPrintf.
static void do_printf(Printer *p, GoString fmt, const GoIface *a, int n) {
    int argnum = 0;
    p->reordered = false;
    for (int64_t i = 0; i < fmt.len;) {
        p->good_argnum = true;
        int64_t lasti = i;
        while (i < fmt.len && fmt.ptr[i] != '%')
            i++;
        if (i > lasti)
            sb_put(p->buf, fmt.ptr + lasti, (size_t)(i - lasti));
        if (i >= fmt.len)
            break;
        i++;
        memset(&p->f, 0, sizeof p->f);
        p->wid = p->prec = 0;
        if (parse_flags(p, fmt, &i, a, n, &argnum))
            continue;
        bool after_index;
        parse_width_prec(p, fmt, &i, a, n, &argnum, &after_index);
        if (i >= fmt.len) {
            sb_puts(p->buf, "%!(NOVERB)");
            break;
        }
        int w = 1;
        int32_t verb = fmt.ptr[i];
        if (verb >= 0x80)
            verb = rt_decode_rune(fmt, i, &w);
        i += w;
        if (verb == '%') {
            sb_putc(p->buf, '%');
        } else if (!p->good_argnum) {
            sb_puts(p->buf, "%!");
            fmt_write_rune(p, verb);
            sb_puts(p->buf, "(BADINDEX)");
        } else if (argnum >= n) {
            sb_puts(p->buf, "%!");
            fmt_write_rune(p, verb);
            sb_puts(p->buf, "(MISSING)");
        } else {
            if (verb == 'v')
                set_v_flags(p);
            print_arg(p, a[argnum], verb);
            argnum++;
        }
    }
    if (!p->reordered && argnum < n)
        print_extra(p, a, n, argnum);
}

static void printer_init(Printer *p, Runtime *rt, StrBuf *out) {
    memset(p, 0, sizeof *p);
    p->rt = rt;
    p->buf = out;
}

void rt_fmt_sprintf(Runtime *rt, StrBuf *out, GoString format, const GoIface *args, int n) {
    Printer p;
    printer_init(&p, rt, out);
    do_printf(&p, format, args, n);
}

void rt_fmt_sprint(Runtime *rt, StrBuf *out, const GoIface *args, int n) {
    Printer p;
    printer_init(&p, rt, out);
    bool prev_string = false;
    for (int i = 0; i < n; i++) {
        bool is_string = args[i].type != NULL && args[i].type->kind == KIND_STRING;
        if (i > 0 && !is_string && !prev_string)
            sb_putc(out, ' ');
        memset(&p.f, 0, sizeof p.f);
        print_arg(&p, args[i], 'v');
        prev_string = is_string;
    }
}

void rt_fmt_sprintln(Runtime *rt, StrBuf *out, const GoIface *args, int n) {
    Printer p;
    printer_init(&p, rt, out);
    for (int i = 0; i < n; i++) {
        if (i > 0)
            sb_putc(out, ' ');
        memset(&p.f, 0, sizeof p.f);
        print_arg(&p, args[i], 'v');
    }
    sb_putc(out, '\n');
}

GoIface rt_fmt_errorf(Runtime *rt, GoString format, const GoIface *args, int n) {
    StrBuf out = {0};
    Printer p;
    printer_init(&p, rt, &out);
    p.wrap_errs = true;
    do_printf(&p, format, args, n);
    GoIface err;
    if (p.have_wrapped) {
        GoString msg = rt_string_from_c(rt, out.p ? out.p : "", out.len);
        err = rt_error_wrap(rt, msg, p.wrapped);
    } else {
        err = rt_error_new(rt, out.p ? out.p : "", out.len);
    }
    sb_free(&out);
    return err;
}

// ---- print / println builtins ----------------------------------------------------

void rt_print_value(Runtime *rt, StrBuf *out, const Type *t, Value v) {
    (void)rt;
    int k = t->kind;
    if (k == KIND_BOOL)
        sb_puts(out, v.b ? "true" : "false");
    else if (is_signed_kind(k))
        sb_printf(out, "%lld", (long long)v.i);
    else if (is_unsigned_kind(k))
        sb_printf(out, "%llu", (unsigned long long)v.u);
    else if (k == KIND_FLOAT32)
        rt_print_float(out, v.f32);
    else if (k == KIND_FLOAT64)
        rt_print_float(out, v.f);
    else if (k == KIND_STRING)
        sb_put(out, v.s.ptr, (size_t)v.s.len);
    else if (k == KIND_SLICE)
        sb_printf(out, "[%u/%u]0x%llx", v.sl.len, v.sl.cap,
                  (unsigned long long)(uintptr_t)v.sl.ptr);
    else if (k == KIND_INTERFACE)
        sb_printf(out, "(0x%llx,0x%llx)", (unsigned long long)(uintptr_t)v.e.type,
                  (unsigned long long)(uintptr_t)v.e.data);
    else
        sb_printf(out, "0x%llx", (unsigned long long)(uintptr_t)v.p);
}
