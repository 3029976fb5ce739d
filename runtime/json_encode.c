// json_encode.c - Marshal, ported from Go 1.19's encoding/json/encode.go:
// the order in which an encoder is chosen (Marshaler through the address
// when addressable, Marshaler, TextMarshaler, then the kind), Go's
// typeFields (tags, omitempty, ",string", embedded structs and the
// dominant-field rule), sorted map keys, base64 []byte, HTML-safe string
// escaping and floatEncoder's number format.
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "json_internal.h"
#include "reflect_internal.h"
#include "json_fields.h"

// Past this many nested pointers, maps and slices the encoder starts
// remembering what it entered, to report cycles (Go's startDetectingCyclesAfter).
enum { CYCLE_DEPTH = 1000 };

typedef struct Seen { const void *p; int64_t len; } Seen;

typedef struct Enc {
    Runtime *rt;
    StrBuf *out;
    JsonEncOpts opts;
    GoIface err;
    int ptr_level;
    Seen *seen;               // Go's ptrSeen, used past CYCLE_DEPTH
    size_t nseen, cap;
} Enc;

// ---- errors ----

// error_struct makes a *json.<type> whose first field is the message.
GoIface json_error_value(Runtime *rt, const char *type, StrBuf *msg) {
    GoString *e = rt_alloc(rt, json_pkg_type(rt, type, false));
    GoString s = rt_string_from_c(rt, msg->p ? msg->p : "", msg->len);
    gc_write_ptr(rt, (void **)&e->ptr, (void *)s.ptr);
    e->len = s.len;
    return (GoIface){json_pkg_type(rt, type, true), e};
}

GoIface json_error_typed(Runtime *rt, const char *type, StrBuf *msg, const Type *t, GoIface err) {
    GoIface e = json_error_value(rt, type, msg);
    struct { GoString msg; GoIface type, err; } *v = e.data;
    GoIface ti = rv_type_iface(rt, t);
    gc_write_ptr(rt, (void **)&v->type.type, (void *)ti.type);
    gc_write_ptr(rt, &v->type.data, ti.data);
    if (strcmp(type, "MarshalerError") == 0) {
        gc_write_ptr(rt, (void **)&v->err.type, (void *)err.type);
        gc_write_ptr(rt, &v->err.data, err.data);
    }
    return e;
}

static bool fail_text(Enc *e, const char *type, const char *a, const char *b) {
    StrBuf m = {0};
    sb_puts(&m, a);
    sb_puts(&m, b);
    e->err = json_error_value(e->rt, type, &m);
    sb_free(&m);
    return false;
}

static bool unsupported_type(Enc *e, const Type *t) {
    StrBuf m = {0};
    sb_puts(&m, "json: unsupported type: ");
    sb_puts(&m, rt_type_string(t));
    e->err = json_error_typed(e->rt, "UnsupportedTypeError", &m, t, (GoIface){NULL, NULL});
    sb_free(&m);
    return false;
}

static bool marshaler_error(Enc *e, const Type *t, const char *fn, GoIface err) {
    StrBuf m = {0};
    GoString text;
    sb_puts(&m, "json: error calling ");
    sb_puts(&m, fn);
    sb_puts(&m, " for type ");
    sb_puts(&m, rt_type_string(t));
    sb_puts(&m, ": ");
    if (rt_error_text(e->rt, err, &text)) sb_put(&m, text.ptr, (size_t)text.len);
    e->err = json_error_typed(e->rt, "MarshalerError", &m, t, err);
    sb_free(&m);
    return false;
}

// ---- strings and numbers ----

static bool html_safe(uint8_t b) { return b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&'; }
static bool safe(uint8_t b) { return b >= 0x20 && b != '"' && b != '\\'; }

void json_write_string(StrBuf *out, const uint8_t *s, size_t n, bool escape_html) {
    static const char hex[] = "0123456789abcdef";
    sb_putc(out, '"');
    size_t start = 0;
    for (size_t i = 0; i < n;) {
        uint8_t b = s[i];
        if (b < 0x80) {
            if (html_safe(b) || (!escape_html && safe(b))) {
                i++;
                continue;
            }
            sb_put(out, s + start, i - start);
            sb_putc(out, '\\');
            switch (b) {
            case '\\': case '"': sb_putc(out, (char)b); break;
            case '\n': sb_putc(out, 'n'); break;
            case '\r': sb_putc(out, 'r'); break;
            case '\t': sb_putc(out, 't'); break;
            default:
                sb_puts(out, "u00");
                sb_putc(out, hex[b >> 4]);
                sb_putc(out, hex[b & 0xF]);
            }
            start = ++i;
            continue;
        }
        int w;
        int32_t c = rt_decode_rune((GoString){s, (int64_t)n}, (int64_t)i, &w);
        if (c == 0xFFFD && w == 1) {
            sb_put(out, s + start, i - start);
            sb_puts(out, "\\ufffd");
            start = ++i;
            continue;
        }
        if (c == 0x2028 || c == 0x2029) {
            sb_put(out, s + start, i - start);
            sb_puts(out, "\\u202");
            sb_putc(out, hex[c & 0xF]);
            i += (size_t)w;
            start = i;
            continue;
        }
        i += (size_t)w;
    }
    if (n > start) sb_put(out, s + start, n - start);   // s is NULL for ""
    sb_putc(out, '"');
}

bool json_format_float(StrBuf *out, double f, int bits) {
    if (f != f || f > 1.79769313486231570815e308 || f < -1.79769313486231570815e308) return false;
    double a = f < 0 ? -f : f;
    char fmt = 'f';
    if (a != 0) {
        if ((bits == 64 && (a < 1e-6 || a >= 1e21)) || (bits == 32 && ((float)a < 1e-6f || (float)a >= 1e21f)))
            fmt = 'e';
    }
    size_t start = out->len;
    rt_format_float(out, f, fmt, -1, bits);
    if (fmt == 'e') {   // clean up e-09 to e-9
        size_t n = out->len - start;
        char *b = out->p + start;
        if (n >= 4 && b[n - 4] == 'e' && b[n - 3] == '-' && b[n - 2] == '0') {
            b[n - 2] = b[n - 1];
            out->len--;
        }
    }
    return true;
}

// write_float: Go's floatEncoder; false for NaN and infinities.
static bool write_float(Enc *e, double f, int bits, bool quoted) {
    if (quoted) sb_putc(e->out, '"');
    if (!json_format_float(e->out, f, bits)) {
        if (quoted) e->out->len--;
        StrBuf v = {0};
        rt_format_float(&v, f, 'g', -1, bits);
        sb_putc(&v, 0);
        fail_text(e, "UnsupportedValueError", "json: unsupported value: ", v.p);
        sb_free(&v);
        return false;
    }
    if (quoted) sb_putc(e->out, '"');
    return true;
}

static void write_base64(StrBuf *out, const uint8_t *p, size_t n) {
    static const char enc[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    sb_putc(out, '"');
    size_t i = 0;
    for (; i + 3 <= n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        char q[4] = {enc[v >> 18], enc[(v >> 12) & 63], enc[(v >> 6) & 63], enc[v & 63]};
        sb_put(out, q, 4);
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)p[i] << 16;
        char q[4] = {enc[v >> 18], enc[(v >> 12) & 63], '=', '='};
        sb_put(out, q, 4);
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
        char q[4] = {enc[v >> 18], enc[(v >> 12) & 63], enc[(v >> 6) & 63], '='};
        sb_put(out, q, 4);
    }
    sb_putc(out, '"');
}

// ---- reading values from memory ----

int64_t json_load_int(const Type *t, const void *p) {
    switch (t->kind) {
    case KIND_INT8: return *(const int8_t *)p;
    case KIND_INT16: return *(const int16_t *)p;
    case KIND_INT32: return *(const int32_t *)p;
    default: return *(const int64_t *)p;
    }
}

uint64_t json_load_uint(const Type *t, const void *p) {
    switch (t->kind) {
    case KIND_UINT8: return *(const uint8_t *)p;
    case KIND_UINT16: return *(const uint16_t *)p;
    case KIND_UINT32: return *(const uint32_t *)p;
    default: return *(const uint64_t *)p;
    }
}

static bool is_int_kind(int k) { return k >= KIND_INT && k <= KIND_INT64; }
static bool is_uint_kind(int k) { return k >= KIND_UINT && k <= KIND_UINTPTR; }

// ---- methods ----

// json_method: t's method name when it has the signature Go's interface
// needs (nparams params, 2 results), else NULL.
const Method *json_method(const Type *t, const char *name, int nparams) {
    const Method *m = rt_find_method(t, name);
    if (!m || !m->type || m->type->nparams != nparams || m->type->nresults != (nparams ? 1 : 2)) return NULL;
    return m;
}

static bool call_marshal(Enc *e, GoIface recv, const Type *errt, const char *name, GoSlice *out) {
    Value res[2] = {{.w = {0, 0}}, {.w = {0, 0}}};
    rt_call_method(e->rt, recv, name, NULL, 0, res);
    if (res[1].e.type) return marshaler_error(e, errt, name, res[1].e);
    *out = res[0].sl;
    return true;
}

static bool encode(Enc *e, const Type *t, const void *p, bool addressable, bool quoted);

// marshal_via: MarshalJSON or MarshalText of recv (errt names the type).
static bool marshal_via(Enc *e, GoIface recv, const Type *errt, bool json) {
    GoSlice b;
    if (!call_marshal(e, recv, errt, json ? "MarshalJSON" : "MarshalText", &b)) return false;
    if (!json) {
        json_write_string(e->out, b.ptr, b.len, e->opts.escape_html);
        return true;
    }
    JsonScanner s = {0};
    bool ok = json_compact(&s, e->out, b.ptr, b.len, e->opts.escape_html);
    if (!ok) {
        GoIface serr = json_syntax_error(e->rt, s.err, s.err_off);
        json_scan_free(&s);
        return marshaler_error(e, errt, "MarshalJSON", serr);
    }
    json_scan_free(&s);
    return true;
}

// try_marshalers: Go's first four cases of newTypeEncoder; *done when one applied.
static bool try_marshalers(Enc *e, const Type *t, const void *p, bool addressable, bool *done) {
    // A named T keeps the methods of T and *T together: none means no marshaler.
    const Type *owner = t->kind == KIND_POINTER && !t->name ? t->elem : t;
    if (owner->kind != KIND_INTERFACE && owner->nmethods == 0) {
        *done = false;
        return true;
    }
    *done = true;
    bool ptr = t->kind == KIND_POINTER;
    for (int json = 1; json >= 0; json--) {
        const char *name = json ? "MarshalJSON" : "MarshalText";
        const Type *pt = !ptr && addressable ? json_ptr_to(e->rt, t) : NULL;
        if (pt && json_method(pt, name, 0)) return marshal_via(e, (GoIface){pt, (void *)p}, t, json);
        if (t->kind != KIND_INTERFACE && json_method(t, name, 0)) {
            if (ptr && !*(void *const *)p) {
                sb_puts(e->out, "null");
                return true;
            }
            Value v = rt_load(t, p);
            return marshal_via(e, rt_iface_box(e->rt, t, v), t, json);
        }
    }
    *done = false;
    return true;
}

// ---- composite kinds ----

// enter: Go's ptrLevel++ and cycle check for the pointer, map or slice
// (p, len) of type t; false (with the error set) on a cycle.
static bool enter(Enc *e, const Type *t, const void *p, int64_t len) {
    if (++e->ptr_level <= CYCLE_DEPTH) return true;
    for (size_t i = 0; i < e->nseen; i++) {
        if (e->seen[i].p == p && e->seen[i].len == len) {
            e->ptr_level--;
            return fail_text(e, "UnsupportedValueError", "json: unsupported value: encountered a cycle via ",
                             rt_type_string(t));
        }
    }
    if (e->nseen == e->cap) {
        e->cap = e->cap ? 2 * e->cap : 64;
        e->seen = realloc(e->seen, e->cap * sizeof *e->seen);
        if (!e->seen) rt_fatal(e->rt, "out of memory");
    }
    e->seen[e->nseen++] = (Seen){p, len};
    return true;
}

static void leave(Enc *e) {
    if (e->ptr_level-- > CYCLE_DEPTH) e->nseen--;
}

static bool encode_struct(Enc *e, const Type *t, const uint8_t *p, bool addressable) {
    const JsonFields *fs = json_fields_of(e->rt, t);
    char next = '{';
    bool ok = true;
    for (int i = 0; i < fs->n && ok; i++) {
        const JsonField *f = &fs->v[i];
        const Type *ft;
        bool addr = addressable;
        const uint8_t *fp = json_field_addr(t, p, f, &ft, &addr, false);
        if (!fp) continue;
        if (f->omit_empty && json_is_empty(ft, fp)) continue;
        sb_putc(e->out, next);
        next = ',';
        json_write_string(e->out, (const uint8_t *)f->name, f->name_len, e->opts.escape_html);
        sb_putc(e->out, ':');
        ok = encode(e, ft, fp, addr, f->quoted);
    }
    if (ok) sb_puts(e->out, next == '{' ? "{}" : "}");
    return ok;
}

typedef struct KV { StrBuf key; const void *val; } KV;

static int kv_cmp(const void *a, const void *b) {
    const KV *x = a, *y = b;
    size_t n = x->key.len < y->key.len ? x->key.len : y->key.len;
    int c = n ? memcmp(x->key.p, y->key.p, n) : 0;
    if (c) return c;
    return x->key.len < y->key.len ? -1 : x->key.len > y->key.len;
}

static bool encode_map(Enc *e, const Type *t, const void *p) {
    const Type *kt = t->key;
    bool text_key = kt->kind != KIND_STRING && json_method(kt, "MarshalText", 0);
    if (kt->kind != KIND_STRING && !is_int_kind(kt->kind) && !is_uint_kind(kt->kind) && !text_key)
        return unsupported_type(e, t);
    GoMap *m = *(GoMap *const *)p;
    if (!m) {
        sb_puts(e->out, "null");
        return true;
    }
    if (!enter(e, t, m, -1)) return false;
    int64_t n = rt_map_len(m);
    KV *kv = calloc((size_t)(n ? n : 1), sizeof *kv);
    if (!kv) rt_fatal(e->rt, "out of memory");
    MapIter it = {0};
    it.m = m;
    void *k, *v;
    int64_t cnt = 0;
    bool ok = true;
    while (cnt < n && rt_map_next(&it, &k, &v)) {
        KV *x = &kv[cnt++];
        x->val = v;
        if (kt->kind == KIND_STRING) {
            const GoString *s = k;
            sb_put(&x->key, s->ptr, (size_t)s->len);
        } else if (text_key) {
            GoSlice b;
            GoIface recv = rt_iface_box(e->rt, kt, rt_load(kt, k));
            if (!call_marshal(e, recv, kt, "MarshalText", &b)) {
                ok = false;
                break;
            }
            sb_put(&x->key, b.ptr, b.len);
        } else if (is_int_kind(kt->kind)) {
            rt_format_int(&x->key, json_load_int(kt, k), 10);
        } else {
            rt_format_uint(&x->key, json_load_uint(kt, k), 10);
        }
    }
    if (ok) {
        qsort(kv, (size_t)cnt, sizeof *kv, kv_cmp);
        sb_putc(e->out, '{');
        for (int64_t i = 0; i < cnt && ok; i++) {
            if (i > 0) sb_putc(e->out, ',');
            json_write_string(e->out, (const uint8_t *)kv[i].key.p, kv[i].key.len, e->opts.escape_html);
            sb_putc(e->out, ':');
            ok = encode(e, t->elem, kv[i].val, false, false);
        }
        if (ok) sb_putc(e->out, '}');
    }
    for (int64_t i = 0; i < cnt; i++) sb_free(&kv[i].key);
    free(kv);
    leave(e);
    return ok;
}

static bool encode_array(Enc *e, const Type *elem, const uint8_t *p, int64_t n, bool addressable) {
    sb_putc(e->out, '[');
    for (int64_t i = 0; i < n; i++) {
        if (i > 0) sb_putc(e->out, ',');
        if (!encode(e, elem, p + (size_t)i * elem->size, addressable, false)) return false;
    }
    sb_putc(e->out, ']');
    return true;
}

static bool encode_slice(Enc *e, const Type *t, const void *p) {
    const GoSlice *s = p;
    if (!s->ptr) {
        sb_puts(e->out, "null");
        return true;
    }
    const Type *el = t->elem;
    if (el->kind == KIND_UINT8 && !(el->ptr_to && (json_method(el->ptr_to, "MarshalJSON", 0)
                                                  || json_method(el->ptr_to, "MarshalText", 0)))) {
        write_base64(e->out, s->ptr, s->len);
        return true;
    }
    if (!enter(e, t, s->ptr, s->len)) return false;
    bool ok = encode_array(e, el, s->ptr, s->len, true);
    leave(e);
    return ok;
}

static bool encode_string(Enc *e, const Type *t, const GoString *s, bool quoted) {
    if (t->name && t->pkg && strcmp(t->name, "Number") == 0 && strcmp(t->pkg, "json") == 0) {
        GoString num = s->len ? *s : (GoString){(const uint8_t *)"0", 1};
        if (!json_valid_number(num.ptr, (size_t)num.len)) {
            StrBuf q = {0};
            sb_puts(&q, "json: invalid number literal ");
            rt_quote(&q, s->ptr, (size_t)s->len, false);
            e->err = rt_error_new(e->rt, q.p, q.len);
            sb_free(&q);
            return false;
        }
        if (quoted) sb_putc(e->out, '"');
        sb_put(e->out, num.ptr, (size_t)num.len);
        if (quoted) sb_putc(e->out, '"');
        return true;
    }
    if (quoted) {
        StrBuf inner = {0};
        json_write_string(&inner, s->ptr, (size_t)s->len, e->opts.escape_html);
        json_write_string(e->out, (const uint8_t *)inner.p, inner.len, false);
        sb_free(&inner);
        return true;
    }
    json_write_string(e->out, s->ptr, (size_t)s->len, e->opts.escape_html);
    return true;
}

// An encode call continued where the goroutine has more stack.
typedef struct FarEncode {
    Enc *e;
    const Type *t;
    const void *p;
    bool addressable, quoted, ok;
} FarEncode;

static void encode_far(void *arg) {
    FarEncode *f = arg;
    f->ok = encode(f->e, f->t, f->p, f->addressable, f->quoted);
}

static bool encode(Enc *e, const Type *t, const void *p, bool addressable, bool quoted) {
    if (rt_stack_low(e->rt)) {   // deeper than this goroutine's C stack
        FarEncode f = {e, t, p, addressable, quoted, false};
        rt_stack_call(e->rt, encode_far, &f);
        return f.ok;
    }
    bool done;
    bool ok = try_marshalers(e, t, p, addressable, &done);
    if (done) return ok;
    int k = t->kind;
    if (k == KIND_BOOL) {
        if (quoted) sb_putc(e->out, '"');
        sb_puts(e->out, *(const bool *)p ? "true" : "false");
        if (quoted) sb_putc(e->out, '"');
        return true;
    }
    if (is_int_kind(k) || is_uint_kind(k)) {
        if (quoted) sb_putc(e->out, '"');
        if (is_int_kind(k))
            rt_format_int(e->out, json_load_int(t, p), 10);
        else
            rt_format_uint(e->out, json_load_uint(t, p), 10);
        if (quoted) sb_putc(e->out, '"');
        return true;
    }
    switch (k) {
    case KIND_FLOAT32: return write_float(e, *(const float *)p, 32, quoted);
    case KIND_FLOAT64: return write_float(e, *(const double *)p, 64, quoted);
    case KIND_STRING: return encode_string(e, t, p, quoted);
    case KIND_INTERFACE: {
        const GoIface *i = p;
        if (!i->type) {
            sb_puts(e->out, "null");
            return true;
        }
        Value v = rt_iface_unbox(*i);
        return encode(e, i->type, rt_value_addr(i->type, &v), false, false);
    }
    case KIND_STRUCT: return encode_struct(e, t, p, addressable);
    case KIND_MAP: return encode_map(e, t, p);
    case KIND_SLICE: return encode_slice(e, t, p);
    case KIND_ARRAY: return encode_array(e, t->elem, p, t->len, addressable);
    case KIND_POINTER: {
        void *q = *(void *const *)p;
        if (!q) {
            sb_puts(e->out, "null");
            return true;
        }
        if (!enter(e, t, q, -1)) return false;
        ok = encode(e, t->elem, q, true, quoted);
        leave(e);
        return ok;
    }
    default:
        return unsupported_type(e, t);
    }
}

bool json_marshal(Runtime *rt, GoIface v, StrBuf *out, JsonEncOpts opts, GoIface *err) {
    Enc e = {.rt = rt, .out = out, .opts = opts};
    json_pkg_type(rt, "RawMessage", true);   // so *RawMessage's methods are found
    size_t orig = out->len;
    bool ok;
    if (!v.type) {
        sb_puts(out, "null");
        ok = true;
    } else {
        Value x = rt_iface_unbox(v);
        ok = encode(&e, v.type, rt_value_addr(v.type, &x), false, false);
    }
    if (!ok) {
        out->len = orig;
        *err = e.err;
    }
    free(e.seen);
    return ok;
}
