// json_decode.c - Unmarshal, ported from Go 1.19's encoding/json/
// decode.go. The input is first validated by the scanner (json_scan.c),
// as Go's checkValid does, so the recursive descent here reads valid JSON
// only. What is Go's: indirect (allocating pointers, finding
// UnmarshalJSON/UnmarshalText), literalStore's conversions and its
// errors, field matching (exact name, then case-insensitive), keeping the
// first type error (savedError) with its struct/field context while
// decoding goes on, slices reusing their backing array, arrays zeroing
// their tail, interface{} getting map[string]interface{} / []interface{} /
// float64 / string / bool / nil.
#include <stdlib.h>
#include <string.h>

#include "json_fields.h"
#include "reflect_internal.h"

typedef struct Dec {
    Runtime *rt;
    const uint8_t *p;
    size_t n, off;
    JsonDecOpts opts;
    GoIface saved;            // the first error kept while decoding goes on
    const Type *ctx_struct;   // errorContext.Struct
    StrBuf ctx_fields;        // errorContext.FieldStack joined by "."
} Dec;

static void skip_ws(Dec *d) {
    while (d->off < d->n && (d->p[d->off] == ' ' || d->p[d->off] == '\t' || d->p[d->off] == '\r' || d->p[d->off] == '\n'))
        d->off++;
}

// skip_value: the end of the (valid) value at d->off.
static void skip_value(Dec *d) {
    skip_ws(d);
    int depth = 0;
    do {
        uint8_t c = d->p[d->off];
        if (c == '"') {
            d->off++;
            while (d->p[d->off] != '"') d->off += d->p[d->off] == '\\' ? 2 : 1;
            d->off++;
        } else if (c == '{' || c == '[') {
            depth++;
            d->off++;
        } else if (c == '}' || c == ']') {
            depth--;
            d->off++;
        } else if (c == ',' || c == ':' || c == ' ' || c == '\t' || c == '\r' || c == '\n') {
            d->off++;
        } else {
            while (d->off < d->n && !strchr(",:]} \t\r\n", d->p[d->off])) d->off++;
        }
    } while (depth > 0);
}

// ---- errors ----

static GoIface plain_error(Dec *d, StrBuf *m) {
    GoIface e = rt_error_new(d->rt, m->p ? m->p : "", m->len);
    sb_free(m);
    return e;
}

static void save(Dec *d, GoIface err) {
    if (!d->saved.type) d->saved = err;
}

// type_error: an *UnmarshalTypeError with the current field context.
static GoIface type_error(Dec *d, const char *value, size_t vlen, const Type *t) {
    const Type *et = json_pkg_type(d->rt, "UnmarshalTypeError", false);
    struct { GoString value; GoIface typ; int64_t offset; GoString strct, field; } *e = rt_alloc(d->rt, et);
    GoString s = rt_string_from_c(d->rt, value, vlen);
    gc_write_ptr(d->rt, (void **)&e->value.ptr, (void *)s.ptr);
    e->value.len = s.len;
    GoIface ti = rv_type_iface(d->rt, t);
    gc_write_ptr(d->rt, (void **)&e->typ.type, (void *)ti.type);
    gc_write_ptr(d->rt, &e->typ.data, ti.data);
    e->offset = (int64_t)d->off;
    if (d->ctx_struct || d->ctx_fields.len) {
        const char *sn = d->ctx_struct && d->ctx_struct->name ? d->ctx_struct->name : "";
        s = rt_string_from_c(d->rt, sn, strlen(sn));
        gc_write_ptr(d->rt, (void **)&e->strct.ptr, (void *)s.ptr);
        e->strct.len = s.len;
        s = rt_string_from_c(d->rt, d->ctx_fields.p ? d->ctx_fields.p : "", d->ctx_fields.len);
        gc_write_ptr(d->rt, (void **)&e->field.ptr, (void *)s.ptr);
        e->field.len = s.len;
    }
    return (GoIface){json_pkg_type(d->rt, "UnmarshalTypeError", true), e};
}

static void save_type_error(Dec *d, const char *value, const Type *t) { save(d, type_error(d, value, strlen(value), t)); }

static GoIface string_tag_error(Dec *d, const uint8_t *item, size_t n, const Type *t) {
    StrBuf m = {0};
    sb_puts(&m, "json: invalid use of ,string struct tag, trying to unmarshal ");
    rt_quote(&m, item, n, false);
    sb_puts(&m, " into ");
    sb_puts(&m, rt_type_string(t));
    return plain_error(d, &m);
}

// ---- strings ----

static int getu4(const uint8_t *s, size_t n) {
    if (n < 6 || s[0] != '\\' || s[1] != 'u') return -1;
    int r = 0;
    for (int i = 2; i < 6; i++) {
        uint8_t c = s[i];
        int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (v < 0) return -1;
        r = r * 16 + v;
    }
    return r;
}

static void put_rune(StrBuf *b, int32_t r) {
    char buf[4];
    sb_put(b, buf, (size_t)rt_encode_rune(buf, r));
}

// unquote: Go's unquoteBytes of the quoted string s[0..n); false when invalid.
static bool unquote(const uint8_t *s, size_t n, StrBuf *out) {
    if (n < 2 || s[0] != '"' || s[n - 1] != '"') return false;
    s++, n -= 2;
    for (size_t r = 0; r < n;) {
        uint8_t c = s[r];
        if (c == '\\') {
            if (++r >= n) return false;
            switch (s[r]) {
            case '"': case '\\': case '/': case '\'': sb_putc(out, (char)s[r]); r++; break;
            case 'b': sb_putc(out, '\b'); r++; break;
            case 'f': sb_putc(out, '\f'); r++; break;
            case 'n': sb_putc(out, '\n'); r++; break;
            case 'r': sb_putc(out, '\r'); r++; break;
            case 't': sb_putc(out, '\t'); r++; break;
            case 'u': {
                r--;
                int rr = getu4(s + r, n - r);
                if (rr < 0) return false;
                r += 6;
                if (rr >= 0xD800 && rr < 0xE000) {
                    int rr1 = getu4(s + r, n - r);
                    if (rr < 0xDC00 && rr1 >= 0xDC00 && rr1 < 0xE000) {
                        put_rune(out, (((rr - 0xD800) << 10) | (rr1 - 0xDC00)) + 0x10000);
                        r += 6;
                        break;
                    }
                    rr = 0xFFFD;
                }
                put_rune(out, rr);
                break;
            }
            default: return false;
            }
        } else if (c == '"' || c < ' ') {
            return false;
        } else if (c < 0x80) {
            sb_putc(out, (char)c);
            r++;
        } else {
            int w;
            int32_t rr = rt_decode_rune((GoString){s, (int64_t)n}, (int64_t)r, &w);
            r += (size_t)w;
            put_rune(out, rr);
        }
    }
    return true;
}

// ---- targets ----

static bool is_empty_iface(const Type *t) { return t->kind == KIND_INTERFACE && t->nmethods == 0; }

// A place to decode into: a slot of type t at addr.
typedef struct Target {
    const Type *t;
    void *addr;
    GoIface um;               // set when a method takes over
    bool text;                // um is a TextUnmarshaler
} Target;

// indirect: Go's indirect(v, decodingNull).
static Target indirect(Dec *d, const Type *t, void *addr, bool null) {
    Target r = {.t = t, .addr = addr};
    const Type *pt = t->kind != KIND_POINTER && t->name ? json_ptr_to(d->rt, t) : NULL;
    if (pt) {
        if (json_method(pt, "UnmarshalJSON", 1)) {
            r.um = (GoIface){pt, addr};
            return r;
        }
        if (!null && json_method(pt, "UnmarshalText", 1)) {
            r.um = (GoIface){pt, addr};
            r.text = true;
            return r;
        }
    }
    bool settable = true;
    void *tmp;
    for (;;) {
        if (t->kind == KIND_INTERFACE && ((GoIface *)addr)->type) {
            GoIface e = *(GoIface *)addr;
            if (e.type->kind == KIND_POINTER && e.data && (!null || e.type->elem->kind == KIND_POINTER)) {
                t = e.type;
                tmp = e.data;
                addr = &tmp;
                settable = false;
                continue;
            }
        }
        if (t->kind != KIND_POINTER) break;
        if (null && settable) break;
        void **slot = addr;
        if (!*slot) gc_write_ptr(d->rt, slot, rt_alloc(d->rt, t->elem));
        if (json_method(t, "UnmarshalJSON", 1)) {
            r.um = (GoIface){t, *slot};
            return r;
        }
        if (!null && json_method(t, "UnmarshalText", 1)) {
            r.um = (GoIface){t, *slot};
            r.text = true;
            return r;
        }
        t = t->elem;
        addr = *slot;
        settable = true;
    }
    r.t = t;
    r.addr = addr;
    return r;
}

static GoIface call_unmarshal(Dec *d, GoIface recv, const char *name, const uint8_t *p, size_t n) {
    Value arg = {.w = {0, 0}}, res[1] = {{.w = {0, 0}}};
    GoSlice b = rt_make_slice(d->rt, &rt_ptype_uint8, (int64_t)n, (int64_t)n);
    if (n) memcpy(b.ptr, p, n);
    arg.sl = b;
    rt_call_method(d->rt, recv, name, &arg, 1, res);
    return res[0].e;
}

// set_iface stores v of type t into the interface slot at addr.
static void set_iface(Dec *d, void *addr, const Type *t, Value v) {
    GoIface e = t ? rt_iface_box(d->rt, t, v) : (GoIface){NULL, NULL};
    rt_store(d->rt, json_pkg_type(d->rt, "anyValue", false)->underlying, addr, (Value){.e = e});
}

static const Type *any_type(Dec *d, const char *name) { return json_pkg_type(d->rt, name, false)->underlying; }

// ---- values ----

static GoIface value(Dec *d, const Type *t, void *addr);
static Value value_interface(Dec *d);

static void set_int(const Type *t, void *p, int64_t v) {
    switch (t->kind) {
    case KIND_INT8: case KIND_UINT8: *(int8_t *)p = (int8_t)v; break;
    case KIND_INT16: case KIND_UINT16: *(int16_t *)p = (int16_t)v; break;
    case KIND_INT32: case KIND_UINT32: *(int32_t *)p = (int32_t)v; break;
    default: *(int64_t *)p = v;
    }
}

static int int_bits(const Type *t) {
    switch (t->kind) {
    case KIND_INT8: case KIND_UINT8: return 8;
    case KIND_INT16: case KIND_UINT16: return 16;
    case KIND_INT32: case KIND_UINT32: return 32;
    default: return 64;
    }
}

// decode_base64: base64.StdEncoding.Decode (newlines ignored, padding
// required); false with the offending input offset in *bad.
static bool decode_base64(const uint8_t *s, size_t n, StrBuf *out, int64_t *bad) {
    uint32_t acc = 0;
    int q = 0, pad = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i];
        if (c == '\r' || c == '\n') continue;
        if (c == '=') {
            if (q < 2) {
                *bad = (int64_t)i;
                return false;
            }
            pad++;
            q++;
            if (q == 4) {
                for (size_t j = i + 1; j < n; j++) {
                    if (s[j] != '\r' && s[j] != '\n') {
                        *bad = (int64_t)j;
                        return false;
                    }
                }
                acc <<= 6 * (unsigned)pad;
                sb_putc(out, (char)(acc >> 16));
                if (pad == 1) sb_putc(out, (char)(acc >> 8));
                return true;
            }
            continue;
        }
        int v = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52
              : c == '+' ? 62 : c == '/' ? 63 : -1;
        if (v < 0 || pad) {
            *bad = (int64_t)i;
            return false;
        }
        acc = acc << 6 | (uint32_t)v;
        if (++q == 4) {
            char b3[3] = {(char)(acc >> 16), (char)(acc >> 8), (char)acc};
            sb_put(out, b3, 3);
            q = 0;
            acc = 0;
        }
    }
    if (q != 0) {
        *bad = (int64_t)n - q;   // Go: the start of the incomplete quantum
        return false;
    }
    return true;
}

// literal_store: Go's literalStore of item into (t, addr).
static GoIface literal_store(Dec *d, const uint8_t *item, size_t n, const Type *t, void *addr, bool quoted) {
    if (n == 0) {
        save(d, string_tag_error(d, item, n, t));
        return (GoIface){0};
    }
    bool is_null = item[0] == 'n';
    Target tg = indirect(d, t, addr, is_null);
    if (tg.um.type) {
        if (!tg.text) return call_unmarshal(d, tg.um, "UnmarshalJSON", item, n);
        if (item[0] != '"') {
            if (quoted) {
                save(d, string_tag_error(d, item, n, t));
                return (GoIface){0};
            }
            save_type_error(d, item[0] == 'n' ? "null" : item[0] == 't' || item[0] == 'f' ? "bool" : "number", t);
            return (GoIface){0};
        }
        StrBuf s = {0};
        unquote(item, n, &s);
        GoIface err = call_unmarshal(d, tg.um, "UnmarshalText", (const uint8_t *)s.p, s.len);
        sb_free(&s);
        return err;
    }
    t = tg.t;
    addr = tg.addr;
    int k = t->kind;
    switch (item[0]) {
    case 'n':
        if (quoted && !(n == 4 && memcmp(item, "null", 4) == 0)) {
            save(d, string_tag_error(d, item, n, t));
            break;
        }
        if (k == KIND_INTERFACE || k == KIND_POINTER || k == KIND_MAP || k == KIND_SLICE) {
            Value z = rt_zero_value(d->rt, t);
            rt_store(d->rt, t, addr, z);
        }
        break;
    case 't':
    case 'f': {
        bool v = item[0] == 't';
        if (quoted && !((n == 4 && memcmp(item, "true", 4) == 0) || (n == 5 && memcmp(item, "false", 5) == 0))) {
            save(d, string_tag_error(d, item, n, t));
            break;
        }
        if (k == KIND_BOOL) {
            *(bool *)addr = v;
        } else if (is_empty_iface(t)) {
            Value b = {.w = {0, 0}};
            b.b = v;
            set_iface(d, addr, any_type(d, "anyBool"), b);
        } else if (quoted) {
            save(d, string_tag_error(d, item, n, t));
        } else {
            save_type_error(d, "bool", t);
        }
        break;
    }
    case '"': {
        StrBuf s = {0};
        unquote(item, n, &s);
        if (k == KIND_SLICE && t->elem->kind == KIND_UINT8) {
            StrBuf b = {0};
            int64_t bad = 0;
            if (!decode_base64((const uint8_t *)s.p, s.len, &b, &bad)) {
                StrBuf m = {0};
                sb_printf(&m, "illegal base64 data at input byte %lld", (long long)bad);
                save(d, plain_error(d, &m));
            } else {
                GoSlice sl = rt_make_slice(d->rt, t->elem, (int64_t)b.len, (int64_t)b.len);
                if (b.len) memcpy(sl.ptr, b.p, b.len);
                rt_store(d->rt, t, addr, (Value){.sl = sl});
            }
            sb_free(&b);
        } else if (k == KIND_STRING) {
            if (t->name && t->pkg && strcmp(t->name, "Number") == 0 && strcmp(t->pkg, "json") == 0
                && !json_valid_number((const uint8_t *)s.p, s.len)) {
                StrBuf m = {0};
                sb_puts(&m, "json: invalid number literal, trying to unmarshal ");
                rt_quote(&m, item, n, false);
                sb_puts(&m, " into Number");
                sb_free(&s);
                return plain_error(d, &m);
            }
            rt_store(d->rt, t, addr, (Value){.s = rt_string_from_c(d->rt, s.p ? s.p : "", s.len)});
        } else if (is_empty_iface(t)) {
            set_iface(d, addr, any_type(d, "anyString"), (Value){.s = rt_string_from_c(d->rt, s.p ? s.p : "", s.len)});
        } else {
            save_type_error(d, "string", t);
        }
        sb_free(&s);
        break;
    }
    default: {
        if (item[0] != '-' && (item[0] < '0' || item[0] > '9'))   // only from ",string"
            return string_tag_error(d, item, n, t);
        GoString num = {item, (int64_t)n};
        StrBuf v = {0};
        sb_puts(&v, "number ");
        sb_put(&v, item, n);
        sb_putc(&v, 0);
        if (k == KIND_STRING && t->name && t->pkg && strcmp(t->name, "Number") == 0 && strcmp(t->pkg, "json") == 0) {
            rt_store(d->rt, t, addr, (Value){.s = rt_string_from_c(d->rt, (const char *)item, n)});
        } else if (is_empty_iface(t)) {
            if (d->opts.use_number) {
                Value s = {.w = {0, 0}};
                s.s = rt_string_from_c(d->rt, (const char *)item, n);
                set_iface(d, addr, json_pkg_type(d->rt, "Number", false), s);
            } else {
                double f;
                if (rt_parse_float(num, 64, &f) != NUM_OK) {
                    save(d, type_error(d, v.p, v.len - 1, any_type(d, "anyFloat")));
                } else {
                    Value x = {.w = {0, 0}};
                    x.f = f;
                    set_iface(d, addr, any_type(d, "anyFloat"), x);
                }
            }
        } else if (k >= KIND_INT && k <= KIND_INT64) {
            int64_t x;
            if (rt_parse_int(num, 10, int_bits(t), &x) != NUM_OK)
                save(d, type_error(d, v.p, v.len - 1, t));
            else
                set_int(t, addr, x);
        } else if (k >= KIND_UINT && k <= KIND_UINTPTR) {
            uint64_t x;
            if (rt_parse_uint(num, 10, int_bits(t), &x) != NUM_OK)
                save(d, type_error(d, v.p, v.len - 1, t));
            else
                set_int(t, addr, (int64_t)x);
        } else if (k == KIND_FLOAT32 || k == KIND_FLOAT64) {
            double x;
            if (rt_parse_float(num, k == KIND_FLOAT32 ? 32 : 64, &x) != NUM_OK) {
                save(d, type_error(d, v.p, v.len - 1, t));
            } else if (k == KIND_FLOAT32) {
                *(float *)addr = (float)x;
            } else {
                *(double *)addr = x;
            }
        } else if (quoted) {
            sb_free(&v);
            return string_tag_error(d, item, n, t);
        } else {
            save_type_error(d, "number", t);
        }
        sb_free(&v);
    }
    }
    return (GoIface){0};
}

// literal: the (valid) literal at d->off.
static size_t literal_end(Dec *d) {
    size_t start = d->off;
    skip_value(d);
    size_t end = d->off;
    d->off = start;
    return end;
}

static GoIface decode_literal(Dec *d, const Type *t, void *addr) {
    size_t start = d->off, end = literal_end(d);
    d->off = end;
    if (!t) return (GoIface){0};
    return literal_store(d, d->p + start, end - start, t, addr, false);
}

static bool next_is(Dec *d, uint8_t c) {
    skip_ws(d);
    if (d->off < d->n && d->p[d->off] == c) {
        d->off++;
        return true;
    }
    return false;
}

// composite_start begins decoding an array or object (what, for
// messages) into *t at *addr: true when that is all (an Unmarshaler or
// an empty interface took the value; *res the result), else *t and *addr
// become the target behind pointers
static bool composite_start(Dec *d, const Type **t, void **addr, const char *what, GoIface *res) {
    Target tg = indirect(d, *t, *addr, false);
    *res = (GoIface){0};
    if (tg.um.type) {
        size_t start = d->off;
        skip_value(d);
        if (!tg.text) *res = call_unmarshal(d, tg.um, "UnmarshalJSON", d->p + start, d->off - start);
        else save_type_error(d, what, *t);
        return true;
    }
    *t = tg.t;
    *addr = tg.addr;
    if (is_empty_iface(*t)) {
        rt_store(d->rt, *t, *addr, value_interface(d));
        return true;
    }
    return false;
}

static GoIface decode_array(Dec *d, const Type *t, void *addr) {
    GoIface res;
    if (composite_start(d, &t, &addr, "array", &res)) return res;
    if (t->kind != KIND_ARRAY && t->kind != KIND_SLICE) {
        d->off++;   // Go reports the offset after the opening bracket
        save_type_error(d, "array", t);
        d->off--;
        skip_value(d);
        return (GoIface){0};
    }
    d->off++;   // [
    const Type *el = t->elem;
    GoSlice *sl = t->kind == KIND_SLICE ? addr : NULL;
    int64_t len = sl ? sl->len : t->len, i = 0;
    if (!next_is(d, ']')) {
        for (;;) {
            if (sl) {
                if ((uint32_t)i >= sl->cap) {
                    int64_t newcap = sl->cap + sl->cap / 2;
                    if (newcap < 4) newcap = 4;
                    GoSlice nv = rt_make_slice(d->rt, el, sl->len, newcap);
                    rt_copy_slice(d->rt, el, nv, *sl);
                    rt_store(d->rt, t, addr, (Value){.sl = nv});
                }
                if ((uint32_t)i >= sl->len) sl->len = (uint32_t)(i + 1);
                len = sl->len;
            }
            GoIface err;
            if (i < len) {
                uint8_t *base = sl ? sl->ptr : addr;
                err = value(d, el, base + (size_t)i * el->size);
            } else {
                err = value(d, NULL, NULL);
            }
            if (err.type) return err;
            i++;
            if (next_is(d, ',')) continue;
            next_is(d, ']');
            break;
        }
    }
    if (i < len) {
        if (!sl) {
            memset((uint8_t *)addr + (size_t)i * el->size, 0, (size_t)(len - i) * el->size);
        } else {
            sl->len = (uint32_t)i;
        }
    }
    if (i == 0 && sl) rt_store(d->rt, t, addr, (Value){.sl = rt_make_slice(d->rt, el, 0, 0)});
    return (GoIface){0};
}

static bool read_key(Dec *d, StrBuf *key, size_t *start) {
    skip_ws(d);
    *start = d->off;
    size_t end = literal_end(d);
    bool ok = unquote(d->p + d->off, end - d->off, key);
    d->off = end;
    next_is(d, ':');
    return ok;
}

static const JsonField *find_field(const JsonFields *fs, const uint8_t *key, size_t n) {
    for (int i = 0; i < fs->n; i++)
        if (fs->v[i].name_len == n && memcmp(fs->v[i].name, key, n) == 0) return &fs->v[i];
    for (int i = 0; i < fs->n; i++)
        if (json_equal_fold((const uint8_t *)fs->v[i].name, fs->v[i].name_len, key, n)) return &fs->v[i];
    return NULL;
}

// map_key converts key for map type t into *out (t's key memory); false
// when the key was rejected (error saved).
static bool map_key(Dec *d, const Type *t, const StrBuf *key, size_t start, void *out) {
    const Type *kt = t->key;
    GoString ks = {(const uint8_t *)(key->p ? key->p : ""), (int64_t)key->len};
    if (kt->ptr_to && kt->kind != KIND_STRING && json_method(kt->ptr_to, "UnmarshalText", 1)) {
        GoIface err = call_unmarshal(d, (GoIface){kt->ptr_to, out}, "UnmarshalText", ks.ptr, (size_t)ks.len);
        if (err.type) {
            save(d, err);
            return false;
        }
        return true;
    }
    if (kt->kind == KIND_STRING) {
        *(GoString *)out = rt_string_from_c(d->rt, (const char *)ks.ptr, (size_t)ks.len);
        return true;
    }
    StrBuf v = {0};
    sb_puts(&v, "number ");
    sb_put(&v, ks.ptr, (size_t)ks.len);
    bool ok;
    if (kt->kind >= KIND_INT && kt->kind <= KIND_INT64) {
        int64_t x;
        ok = rt_parse_int(ks, 10, int_bits(kt), &x) == NUM_OK;
        if (ok) set_int(kt, out, x);
    } else {
        uint64_t x;
        ok = rt_parse_uint(ks, 10, int_bits(kt), &x) == NUM_OK;
        if (ok) set_int(kt, out, (int64_t)x);
    }
    if (!ok) {
        size_t saved_off = d->off;
        d->off = start + 1;
        save(d, type_error(d, v.p, v.len, kt));
        d->off = saved_off;
    }
    sb_free(&v);
    return ok;
}

static GoIface object_field(Dec *d, const Type *t, void *addr, const JsonFields *fs, const StrBuf *key) {
    const JsonField *f = find_field(fs, (const uint8_t *)(key->p ? key->p : ""), key->len);
    if (!f) {
        if (d->opts.disallow_unknown) {
            StrBuf m = {0};
            sb_puts(&m, "json: unknown field ");
            rt_quote(&m, (const uint8_t *)(key->p ? key->p : ""), key->len, false);
            save(d, plain_error(d, &m));
        }
        return value(d, NULL, NULL);
    }
    const Type *ft;
    bool addressable = true;
    uint8_t *fp = (uint8_t *)json_field_addr(t, addr, f, &ft, &addressable, d->rt);
    const Type *saved_struct = d->ctx_struct;
    size_t saved_len = d->ctx_fields.len;
    if (d->ctx_fields.len) sb_putc(&d->ctx_fields, '.');
    sb_put(&d->ctx_fields, f->name, f->name_len);
    d->ctx_struct = t;
    GoIface err = {0};
    if (f->quoted) {
        skip_ws(d);
        uint8_t c = d->p[d->off];
        if (c == '"') {
            size_t start = d->off, end = literal_end(d);
            d->off = end;
            StrBuf s = {0};
            unquote(d->p + start, end - start, &s);
            err = literal_store(d, (const uint8_t *)(s.p ? s.p : ""), s.len, ft, fp, true);
            sb_free(&s);
        } else if (c == 'n') {
            d->off += 4;
            err = literal_store(d, (const uint8_t *)"null", 4, ft, fp, false);
        } else {
            skip_value(d);
            StrBuf m = {0};
            sb_puts(&m, "json: invalid use of ,string struct tag, trying to unmarshal unquoted value into ");
            sb_puts(&m, rt_type_string(ft));
            save(d, plain_error(d, &m));
        }
    } else {
        err = value(d, ft, fp);
    }
    d->ctx_fields.len = saved_len;
    d->ctx_struct = saved_struct;
    return err;
}

static GoIface decode_object(Dec *d, const Type *t, void *addr) {
    GoIface res;
    if (composite_start(d, &t, &addr, "object", &res)) return res;
    const JsonFields *fs = NULL;
    if (t->kind == KIND_MAP) {
        int kk = t->key->kind;
        bool ok = kk == KIND_STRING || (kk >= KIND_INT && kk <= KIND_UINTPTR)
               || (t->key->ptr_to && json_method(t->key->ptr_to, "UnmarshalText", 1));
        if (!ok) {
            save_type_error(d, "object", t);
            skip_value(d);
            return (GoIface){0};
        }
        if (!*(GoMap **)addr) gc_write_ptr(d->rt, addr, rt_map_new(d->rt, t, 0));
    } else if (t->kind == KIND_STRUCT) {
        fs = json_fields_of(d->rt, t);
    } else {
        d->off++;   // Go reports the offset after the opening bracket
        save_type_error(d, "object", t);
        d->off--;
        skip_value(d);
        return (GoIface){0};
    }
    d->off++;   // {
    GoIface err = {0};
    if (!next_is(d, '}')) {
        for (;;) {
            StrBuf key = {0};
            size_t kstart;
            read_key(d, &key, &kstart);
            if (t->kind == KIND_MAP) {
                Value elem = rt_zero_value(d->rt, t->elem);
                void *ep = rt_value_addr(t->elem, &elem);
                err = value(d, t->elem, ep);
                if (!err.type) {
                    Value k = rt_zero_value(d->rt, t->key);
                    void *kp = rt_value_addr(t->key, &k);
                    if (map_key(d, t, &key, kstart, kp)) {
                        void *slot = rt_map_assign(d->rt, t, *(GoMap **)addr, kp);
                        rt_store(d->rt, t->elem, slot, rt_load(t->elem, ep));
                    }
                }
            } else {
                err = object_field(d, t, addr, fs, &key);
            }
            sb_free(&key);
            if (err.type) break;
            if (next_is(d, ',')) continue;
            next_is(d, '}');
            break;
        }
    }
    return err;
}

// Calls of value and value_interface continued where the goroutine has
// more stack.
typedef struct FarValue {
    Dec *d;
    const Type *t;
    void *addr;
    GoIface r;
    Value rv;
} FarValue;

static void value_far(void *arg) {
    FarValue *f = arg;
    f->r = value(f->d, f->t, f->addr);
}

static void value_interface_far(void *arg) {
    FarValue *f = arg;
    f->rv = value_interface(f->d);
}

static GoIface value(Dec *d, const Type *t, void *addr) {
    if (rt_stack_low(d->rt)) {   // deeper than this goroutine's C stack
        FarValue f = {.d = d, .t = t, .addr = addr};
        rt_stack_call(d->rt, value_far, &f);
        return f.r;
    }
    skip_ws(d);
    if (!t) {
        skip_value(d);
        return (GoIface){0};
    }
    switch (d->p[d->off]) {
    case '{': return decode_object(d, t, addr);
    case '[': return decode_array(d, t, addr);
    default: return decode_literal(d, t, addr);
    }
}

// ---- interface{} values (Go's valueInterface): each returned boxed, in .e ----

static Value value_interface(Dec *d) {
    if (rt_stack_low(d->rt)) {
        FarValue f = {.d = d};
        rt_stack_call(d->rt, value_interface_far, &f);
        return f.rv;
    }
    skip_ws(d);
    Value r = {.w = {0, 0}};
    uint8_t c = d->p[d->off];
    if (c == '[') {
        const Type *st = any_type(d, "anySlice");
        GoSlice s = {0};
        d->off++;
        if (!next_is(d, ']')) {
            for (;;) {
                Value v = value_interface(d);
                if (!s.ptr) s = rt_make_slice(d->rt, st->elem, 0, 0);
                s = rt_append(d->rt, st->elem, s, &v.e, 1);
                if (next_is(d, ',')) continue;
                next_is(d, ']');
                break;
            }
        }
        if (!s.ptr) s = rt_make_slice(d->rt, st->elem, 0, 0);
        r.e = rt_iface_box(d->rt, st, (Value){.sl = s});
        return r;
    }
    if (c == '{') {
        const Type *mt = any_type(d, "anyMap");
        GoMap *m = rt_map_new(d->rt, mt, 0);
        d->off++;
        if (!next_is(d, '}')) {
            for (;;) {
                StrBuf key = {0};
                size_t kstart;
                read_key(d, &key, &kstart);
                GoString k = rt_string_from_c(d->rt, key.p ? key.p : "", key.len);
                sb_free(&key);
                Value v = value_interface(d);
                void *slot = rt_map_assign(d->rt, mt, m, &k);
                rt_store(d->rt, mt->elem, slot, v);
                if (next_is(d, ',')) continue;
                next_is(d, '}');
                break;
            }
        }
        r.e = rt_iface_box(d->rt, mt, (Value){.p = m});
        return r;
    }
    size_t start = d->off, end = literal_end(d);
    d->off = end;
    GoIface slot = {NULL, NULL};
    literal_store(d, d->p + start, end - start, any_type(d, "anyValue"), &slot, false);
    r.e = slot;
    return r;
}

GoIface json_unmarshal(Runtime *rt, const uint8_t *p, size_t n, GoIface v, JsonDecOpts opts) {
    JsonScanner s = {0};
    if (!json_check_valid(&s, p, n)) {
        GoIface e = json_syntax_error(rt, s.err, s.err_off);
        json_scan_free(&s);
        return e;
    }
    json_scan_free(&s);
    if (!v.type || v.type->kind != KIND_POINTER || !v.data) {
        StrBuf m = {0};
        if (!v.type)
            sb_puts(&m, "json: Unmarshal(nil)");
        else
            sb_printf(&m, "json: Unmarshal(%s %s)", v.type->kind != KIND_POINTER ? "non-pointer" : "nil", rt_type_string(v.type));
        GoIface e = json_error_typed(rt, "InvalidUnmarshalError", &m, v.type, (GoIface){NULL, NULL});
        sb_free(&m);
        return e;
    }
    Dec d = {.rt = rt, .p = p, .n = n, .opts = opts};
    json_pkg_type(rt, "RawMessage", true);   // so *RawMessage's UnmarshalJSON is found
    // Go's d.value(rv) on the (unsettable) pointer: the same as decoding
    // into the settable element, whose *T methods indirect checks first.
    GoIface err = value(&d, v.type->elem, v.data);
    sb_free(&d.ctx_fields);
    return err.type ? err : d.saved;
}
