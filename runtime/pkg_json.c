// pkg_json.c - package encoding/json: the table, Marshal/MarshalIndent/
// Unmarshal/Valid, Encoder and Decoder over any Go io.Writer/io.Reader
// (called through rt_call_method), RawMessage and Number, and the error
// types with Go's texts. The work is in json_scan.c, json_fields.c,
// json_encode.c and json_decode.c.
//
// Indent, Compact and HTMLEscape append to a *bytes.Buffer through
// rt_bytes_buffer_write (all or nothing, as Go truncates on an error);
// Decoder.Buffered returns a *bytes.Reader over the unread buffer.
#include <string.h>

#include "json_internal.h"
#include "reflect_internal.h"

GoIface json_syntax_error(Runtime *rt, const char *msg, int64_t offset) {
    struct { GoString msg; int64_t offset; } *e = rt_alloc(rt, json_pkg_type(rt, "SyntaxError", false));
    GoString s = rt_string_from_c(rt, msg ? msg : "", msg ? strlen(msg) : 0);
    gc_write_ptr(rt, (void **)&e->msg.ptr, (void *)s.ptr);
    e->msg.len = s.len;
    e->offset = offset;
    return (GoIface){json_pkg_type(rt, "SyntaxError", true), e};
}

static Value bytes_val(Runtime *rt, const StrBuf *b) {
    Value v = nil_val();
    v.sl = rt_make_slice(rt, &rt_ptype_uint8, (int64_t)b->len, (int64_t)b->len);
    if (b->len) memcpy(v.sl.ptr, b->p, b->len);
    return v;
}

static void f_marshal(Runtime *rt, Value *a, Value *res) {
    StrBuf b = {0};
    GoIface err = {0};
    res[0] = res[1] = nil_val();
    if (json_marshal(rt, a[0].e, &b, (JsonEncOpts){.escape_html = true}, &err))
        res[0] = bytes_val(rt, &b);
    else
        res[1].e = err;
    sb_free(&b);
}

static void f_marshal_indent(Runtime *rt, Value *a, Value *res) {
    StrBuf b = {0}, ind = {0};
    GoIface err = {0};
    res[0] = res[1] = nil_val();
    if (json_marshal(rt, a[0].e, &b, (JsonEncOpts){.escape_html = true}, &err)) {
        JsonScanner sc = {0};
        json_indent(&sc, &ind, (const uint8_t *)b.p, b.len, a[1].s, a[2].s);   // Marshal's output is valid
        json_scan_free(&sc);
        res[0] = bytes_val(rt, &ind);
    } else {
        res[1].e = err;
    }
    sb_free(&b);
    sb_free(&ind);
}

static void f_unmarshal(Runtime *rt, Value *a, Value *res) {
    res[0] = nil_val();
    res[0].e = json_unmarshal(rt, a[0].sl.ptr, a[0].sl.len, a[1].e, (JsonDecOpts){0});
}

static void f_valid(Runtime *rt, Value *a, Value *res) {
    (void)rt;
    JsonScanner s = {0};
    res[0] = nil_val();
    res[0].b = json_check_valid(&s, a[0].sl.ptr, a[0].sl.len);
    json_scan_free(&s);
}

// ---- Indent, Compact, HTMLEscape: into a *bytes.Buffer ----

static void *buffer_arg(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

// finish_into: out appended to the buffer when the scan succeeded, else
// the scanner's *SyntaxError (the buffer unchanged, as Go truncates it).
static GoIface finish_into(Runtime *rt, void *dst, bool ok, JsonScanner *s, StrBuf *out) {
    GoIface err = {0};
    if (ok)
        rt_bytes_buffer_write(rt, dst, out->p, (int64_t)out->len);
    else
        err = json_syntax_error(rt, s->err, s->err_off);
    json_scan_free(s);
    sb_free(out);
    return err;
}

static void f_indent(Runtime *rt, Value *a, Value *res) {
    void *dst = buffer_arg(rt, a[0]);
    JsonScanner s = {0};
    StrBuf out = {0};
    bool ok = json_indent(&s, &out, a[1].sl.ptr, a[1].sl.len, a[2].s, a[3].s);
    res[0] = nil_val();
    res[0].e = finish_into(rt, dst, ok, &s, &out);
}

static void f_compact(Runtime *rt, Value *a, Value *res) {
    void *dst = buffer_arg(rt, a[0]);
    JsonScanner s = {0};
    StrBuf out = {0};
    bool ok = json_compact(&s, &out, a[1].sl.ptr, a[1].sl.len, false);
    res[0] = nil_val();
    res[0].e = finish_into(rt, dst, ok, &s, &out);
}

// f_html_escape: Go's HTMLEscape (<, >, & and U+2028/U+2029 anywhere).
static void f_html_escape(Runtime *rt, Value *a, Value *res) {
    static const char hex[] = "0123456789abcdef";
    (void)res;
    void *dst = buffer_arg(rt, a[0]);
    const uint8_t *src = a[1].sl.ptr;
    size_t n = a[1].sl.len, start = 0;
    StrBuf out = {0};
    for (size_t i = 0; i < n; i++) {
        uint8_t c = src[i];
        if (c == '<' || c == '>' || c == '&') {
            sb_put(&out, src + start, i - start);
            sb_puts(&out, "\\u00");
            sb_putc(&out, hex[c >> 4]);
            sb_putc(&out, hex[c & 0xF]);
            start = i + 1;
        }
        if (c == 0xE2 && i + 2 < n && src[i + 1] == 0x80 && (src[i + 2] & ~1) == 0xA8) {
            sb_put(&out, src + start, i - start);
            sb_puts(&out, "\\u202");
            sb_putc(&out, hex[src[i + 2] & 0xF]);
            start = i + 3;
        }
    }
    if (start < n) sb_put(&out, src + start, n - start);
    rt_bytes_buffer_write(rt, dst, out.p, (int64_t)out.len);
    sb_free(&out);
}

// ---- error types: Error() ----

static void err_first_string(Runtime *rt, Value *a, Value *res) {
    if (!a[0].p) rt_panic_nil_deref(rt);
    res[0] = nil_val();
    res[0].s = *(GoString *)a[0].p;
}

typedef struct TypeError { GoString value; GoIface typ; int64_t offset; GoString strct, field; } TypeError;

static void type_error_error(Runtime *rt, Value *a, Value *res) {
    TypeError *e = a[0].p;
    if (!e) rt_panic_nil_deref(rt);
    StrBuf b = {0};
    sb_puts(&b, "json: cannot unmarshal ");
    sb_put(&b, e->value.ptr, (size_t)e->value.len);
    if (e->strct.len || e->field.len) {
        sb_puts(&b, " into Go struct field ");
        sb_put(&b, e->strct.ptr, (size_t)e->strct.len);
        sb_putc(&b, '.');
        sb_put(&b, e->field.ptr, (size_t)e->field.len);
        sb_puts(&b, " of type ");
    } else {
        sb_puts(&b, " into Go value of type ");
    }
    sb_puts(&b, rt_type_string(rv_type_arg(rt, e->typ)));
    res[0] = nil_val();
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

// (*MarshalerError).Unwrap: its Err (struct { msg string; Type reflect.Type; Err error }).
static void marshaler_error_unwrap(Runtime *rt, Value *a, Value *res) {
    const struct { GoString msg; GoIface type, err; } *e = a[0].p;
    if (!e) rt_panic_nil_deref(rt);
    res[0] = nil_val();
    res[0].e = e->err;
}

// ---- RawMessage and Number ----

static void raw_marshal(Runtime *rt, Value *a, Value *res) {
    res[0] = res[1] = nil_val();
    if (!a[0].sl.ptr) {
        static const StrBuf null = {(char *)"null", 4, 4};
        res[0] = bytes_val(rt, &null);
        return;
    }
    res[0].sl = a[0].sl;
}

static void raw_unmarshal(Runtime *rt, Value *a, Value *res) {
    GoSlice *m = a[0].p;
    res[0] = nil_val();
    if (!m) {
        static const char msg[] = "json.RawMessage: UnmarshalJSON on nil pointer";
        res[0].e = rt_error_new(rt, msg, sizeof msg - 1);
        return;
    }
    GoSlice data = a[1].sl, cur = *m;
    cur.len = 0;
    GoSlice out = rt_append(rt, &rt_ptype_uint8, cur, data.ptr, data.len);
    rt_store(rt, &rt_ptype_bytes, m, (Value){.sl = out});
}

static void number_string(Runtime *rt, Value *a, Value *res) { (void)rt, res[0] = a[0]; }

static void number_float(Runtime *rt, Value *a, Value *res) {
    double f = 0;
    NumErr e = rt_parse_float(a[0].s, 64, &f);
    res[0] = res[1] = nil_val();
    res[0].f = f;
    if (e != NUM_OK) res[1].e = rt_num_error(rt, "ParseFloat", a[0].s, e, 0);
}

static void number_int(Runtime *rt, Value *a, Value *res) {
    int64_t i = 0;
    NumErr e = rt_parse_int(a[0].s, 10, 64, &i);
    res[0] = res[1] = nil_val();
    res[0].i = i;
    if (e != NUM_OK) res[1].e = rt_num_error(rt, "ParseInt", a[0].s, e, 0);
}

// ---- Encoder ----

// Encoder: struct { w writer; err error; prefix string; indent string; escapeHTML bool }.
typedef struct Encoder { GoIface w, err; GoString prefix, indent; bool escape_html; } Encoder;

static void new_encoder(Runtime *rt, Value *a, Value *res) {
    Encoder *e = rt_alloc(rt, json_pkg_type(rt, "Encoder", false));
    rt_store(rt, json_pkg_type(rt, "writer", false), &e->w, a[0]);
    e->escape_html = true;
    res[0] = nil_val();
    res[0].p = e;
}

static Encoder *encoder(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

static void enc_set_indent(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Encoder *e = encoder(rt, a[0]);
    rt_store(rt, &rt_ptype_string, &e->prefix, a[1]);
    rt_store(rt, &rt_ptype_string, &e->indent, a[2]);
}

static void enc_set_escape_html(Runtime *rt, Value *a, Value *res) {
    (void)res;
    encoder(rt, a[0])->escape_html = a[1].b;
}

static void enc_encode(Runtime *rt, Value *a, Value *res) {
    Encoder *e = encoder(rt, a[0]);
    res[0] = nil_val();
    if (e->err.type) {
        res[0].e = e->err;
        return;
    }
    StrBuf b = {0}, ind = {0};
    GoIface err = {0};
    if (!json_marshal(rt, a[1].e, &b, (JsonEncOpts){.escape_html = e->escape_html}, &err)) {
        sb_free(&b);
        res[0].e = err;
        return;
    }
    sb_putc(&b, '\n');
    StrBuf *out = &b;
    if (e->prefix.len || e->indent.len) {
        JsonScanner sc = {0};
        json_indent(&sc, &ind, (const uint8_t *)b.p, b.len, e->prefix, e->indent);
        json_scan_free(&sc);
        out = &ind;
    }
    Value arg = bytes_val(rt, out), r[2] = {nil_val(), nil_val()};
    sb_free(&b);
    sb_free(&ind);
    rt_call_method(rt, e->w, "Write", &arg, 1, r);
    if (r[1].e.type) {
        rt_store(rt, &rt_ptype_error, &e->err, r[1]);
        res[0].e = r[1].e;
    }
}

// ---- Decoder ----

// Decoder: struct { r reader; buf []byte; scanp int; scanned int64; err
// error; useNumber bool; disallow bool; tokenState int; tokenStack []int }.
typedef struct Decoder {
    GoIface r;
    GoSlice buf;
    int64_t scanp, scanned;
    GoIface err;
    bool use_number, disallow;
    int64_t token_state;
    GoSlice token_stack;
} Decoder;

// Go's token states (stream.go).
enum { TOK_TOP_VALUE, TOK_ARRAY_START, TOK_ARRAY_VALUE, TOK_ARRAY_COMMA, TOK_OBJECT_START, TOK_OBJECT_KEY,
       TOK_OBJECT_COLON, TOK_OBJECT_VALUE, TOK_OBJECT_COMMA };

static void new_decoder(Runtime *rt, Value *a, Value *res) {
    Decoder *d = rt_alloc(rt, json_pkg_type(rt, "Decoder", false));
    rt_store(rt, json_pkg_type(rt, "reader", false), &d->r, a[0]);
    res[0] = nil_val();
    res[0].p = d;
}

static Decoder *decoder(Runtime *rt, Value v) {
    if (!v.p) rt_panic_nil_deref(rt);
    return v.p;
}

static void dec_use_number(Runtime *rt, Value *a, Value *res) { (void)res, decoder(rt, a[0])->use_number = true; }
static void dec_disallow(Runtime *rt, Value *a, Value *res) { (void)res, decoder(rt, a[0])->disallow = true; }

// refill: Go's Decoder.refill: slide, grow, then one Read; its error.
static GoIface refill(Runtime *rt, Decoder *d) {
    if (d->scanp > 0) {
        d->scanned += d->scanp;
        uint32_t n = d->buf.len - (uint32_t)d->scanp;
        memmove(d->buf.ptr, (uint8_t *)d->buf.ptr + d->scanp, n);
        d->buf.len = n;
        d->scanp = 0;
    }
    if (d->buf.cap - d->buf.len < 512) {
        GoSlice nb = rt_make_slice(rt, &rt_ptype_uint8, d->buf.len, 2 * (int64_t)d->buf.cap + 512);
        if (d->buf.len) memcpy(nb.ptr, d->buf.ptr, d->buf.len);
        rt_store(rt, &rt_ptype_bytes, &d->buf, (Value){.sl = nb});
    }
    Value arg = nil_val(), r[2] = {nil_val(), nil_val()};
    arg.sl = (GoSlice){(uint8_t *)d->buf.ptr + d->buf.len, d->buf.cap - d->buf.len, d->buf.cap - d->buf.len};
    rt_call_method(rt, d->r, "Read", &arg, 1, r);
    if (r[0].i > 0) d->buf.len += (uint32_t)r[0].i;
    return r[1].e;
}

static bool is_eof(GoIface e) {
    GoIface eof = rt_io_eof();
    return e.type == eof.type && e.data == eof.data;
}

static bool is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// peek: Go's Decoder.peek: the next non-space byte (scanp moves to it).
static bool peek(Runtime *rt, Decoder *d, uint8_t *c, GoIface *err) {
    GoIface rerr = {0};
    for (;;) {
        for (int64_t i = d->scanp; i < (int64_t)d->buf.len; i++) {
            uint8_t x = ((uint8_t *)d->buf.ptr)[i];
            if (is_space(x)) continue;
            d->scanp = i;
            *c = x;
            return true;
        }
        if (rerr.type) {
            *err = rerr;
            return false;
        }
        rerr = refill(rt, d);
    }
}

// read_value: Go's Decoder.readValue: the length of the next value in buf
// from scanp; -1 with *err set.
static int64_t read_value(Runtime *rt, Decoder *d, GoIface *err) {
    JsonScanner s = {0};
    json_scan_reset(&s);
    int64_t scanp = d->scanp;
    GoIface rerr = {0};
    for (;;) {
        const uint8_t *buf = d->buf.ptr;
        for (; scanp < (int64_t)d->buf.len; scanp++) {
            s.bytes++;
            int v = s.step(&s, buf[scanp]);
            if (v == SCAN_END) goto done;
            if ((v == SCAN_END_OBJECT || v == SCAN_END_ARRAY) && s.step(&s, ' ') == SCAN_END) {
                scanp++;
                goto done;
            }
            if (v == SCAN_ERROR) {
                *err = json_syntax_error(rt, s.err, s.err_off);
                rt_store(rt, &rt_ptype_error, &d->err, (Value){.e = *err});
                json_scan_free(&s);
                return -1;
            }
        }
        if (rerr.type) {
            if (is_eof(rerr)) {
                if (s.step(&s, ' ') == SCAN_END) goto done;
                bool nonspace = false;
                for (uint32_t i = 0; i < d->buf.len; i++) nonspace = nonspace || !is_space(((uint8_t *)d->buf.ptr)[i]);
                if (nonspace) {
                    static const char msg[] = "unexpected EOF";
                    rerr = rt_error_new(rt, msg, sizeof msg - 1);   // io.ErrUnexpectedEOF's text
                }
            }
            *err = rerr;
            rt_store(rt, &rt_ptype_error, &d->err, (Value){.e = rerr});
            json_scan_free(&s);
            return -1;
        }
        int64_t n = scanp - d->scanp;
        rerr = refill(rt, d);
        scanp = d->scanp + n;
    }
done:
    json_scan_free(&s);
    return scanp - d->scanp;
}

static bool value_allowed(const Decoder *d) {
    int64_t t = d->token_state;
    return t == TOK_TOP_VALUE || t == TOK_ARRAY_START || t == TOK_ARRAY_VALUE || t == TOK_OBJECT_VALUE;
}

static void value_end(Decoder *d) {
    if (d->token_state == TOK_ARRAY_START || d->token_state == TOK_ARRAY_VALUE)
        d->token_state = TOK_ARRAY_COMMA;
    else if (d->token_state == TOK_OBJECT_VALUE)
        d->token_state = TOK_OBJECT_COMMA;
}

// prepare: Go's tokenPrepareForDecode.
static bool prepare(Runtime *rt, Decoder *d, GoIface *err) {
    uint8_t c;
    if (d->token_state == TOK_ARRAY_COMMA || d->token_state == TOK_OBJECT_COLON) {
        if (!peek(rt, d, &c, err)) return false;
        bool comma = d->token_state == TOK_ARRAY_COMMA;
        if (c != (comma ? ',' : ':')) {
            *err = json_syntax_error(rt, comma ? "expected comma after array element" : "expected colon after object key",
                                     d->scanned + d->scanp);
            return false;
        }
        d->scanp++;
        d->token_state = comma ? TOK_ARRAY_VALUE : TOK_OBJECT_VALUE;
    }
    return true;
}

// decode_into: Go's Decoder.Decode of the next value into v.
static GoIface decode_into(Runtime *rt, Decoder *d, GoIface v) {
    if (d->err.type) return d->err;
    GoIface err = {0};
    if (!prepare(rt, d, &err)) return err;
    if (!value_allowed(d)) return json_syntax_error(rt, "not at beginning of value", d->scanned + d->scanp);
    int64_t n = read_value(rt, d, &err);
    if (n < 0) return err;
    const uint8_t *p = (const uint8_t *)d->buf.ptr + d->scanp;
    d->scanp += n;
    err = json_unmarshal(rt, p, (size_t)n, v, (JsonDecOpts){.use_number = d->use_number, .disallow_unknown = d->disallow});
    value_end(d);
    return err;
}

static void dec_decode(Runtime *rt, Value *a, Value *res) {
    res[0] = nil_val();
    res[0].e = decode_into(rt, decoder(rt, a[0]), a[1].e);
}

static void dec_more(Runtime *rt, Value *a, Value *res) {
    Decoder *d = decoder(rt, a[0]);
    uint8_t c;
    GoIface err;
    res[0] = nil_val();
    res[0].b = peek(rt, d, &c, &err) && c != ']' && c != '}';
}

// dec_buffered: Go's Decoder.Buffered: bytes.NewReader(dec.buf[dec.scanp:]).
static void dec_buffered(Runtime *rt, Value *a, Value *res) {
    Decoder *d = decoder(rt, a[0]);
    Value arg = nil_val(), r[1] = {nil_val()};
    arg.sl = d->buf;
    if (arg.sl.ptr) {
        arg.sl.ptr = (uint8_t *)arg.sl.ptr + d->scanp;
        arg.sl.len -= (uint32_t)d->scanp;
        arg.sl.cap -= (uint32_t)d->scanp;
    }
    rt_native_call(rt, "bytes", "NewReader", &arg, r);
    res[0] = nil_val();
    res[0].e = rt_iface_box(rt, rt_pkg_type(rt, "bytes", "Reader", true), r[0]);
}

static void dec_input_offset(Runtime *rt, Value *a, Value *res) {
    Decoder *d = decoder(rt, a[0]);
    res[0] = nil_val();
    res[0].i = d->scanned + d->scanp;
}

static void push_state(Runtime *rt, Decoder *d, int64_t next) {
    GoSlice st = rt_append(rt, &rt_ptype_int, d->token_stack, &d->token_state, 1);
    rt_store(rt, &rt_ptype_bytes, &d->token_stack, (Value){.sl = st});
    d->token_state = next;
}

static void pop_state(Decoder *d) {
    d->token_state = ((int64_t *)d->token_stack.ptr)[--d->token_stack.len];
    value_end(d);
}

static GoIface token_error(Runtime *rt, Decoder *d, uint8_t c) {
    static const char *const context[] = {
        [TOK_TOP_VALUE] = " looking for beginning of value", [TOK_ARRAY_START] = " looking for beginning of value",
        [TOK_ARRAY_VALUE] = " looking for beginning of value", [TOK_OBJECT_VALUE] = " looking for beginning of value",
        [TOK_ARRAY_COMMA] = " after array element", [TOK_OBJECT_KEY] = " looking for beginning of object key string",
        [TOK_OBJECT_COLON] = " after object key", [TOK_OBJECT_COMMA] = " after object key:value pair",
        [TOK_OBJECT_START] = "",
    };
    StrBuf m = {0};
    sb_puts(&m, "invalid character ");
    json_quote_char(&m, c);
    sb_puts(&m, context[d->token_state]);
    sb_putc(&m, 0);
    GoIface e = json_syntax_error(rt, m.p, d->scanned + d->scanp);
    sb_free(&m);
    return e;
}

static Value delim(Runtime *rt, uint8_t c) {
    Value v = nil_val(), r = nil_val();
    v.i = c;
    r.e = rt_iface_box(rt, json_pkg_type(rt, "Delim", false), v);
    return r;
}

// dec_token: Go's Decoder.Token.
static void dec_token(Runtime *rt, Value *a, Value *res) {
    Decoder *d = decoder(rt, a[0]);
    res[0] = res[1] = nil_val();
    for (;;) {
        uint8_t c;
        GoIface err = {0};
        if (!peek(rt, d, &c, &err)) {
            res[1].e = err;
            return;
        }
        int64_t st = d->token_state;
        switch (c) {
        case '[':
        case '{':
            if (!value_allowed(d)) break;
            d->scanp++;
            push_state(rt, d, c == '[' ? TOK_ARRAY_START : TOK_OBJECT_START);
            res[0] = delim(rt, c);
            return;
        case ']':
        case '}':
            if (c == ']' ? st != TOK_ARRAY_START && st != TOK_ARRAY_COMMA : st != TOK_OBJECT_START && st != TOK_OBJECT_COMMA)
                break;
            d->scanp++;
            pop_state(d);
            res[0] = delim(rt, c);
            return;
        case ':':
            if (st != TOK_OBJECT_COLON) break;
            d->scanp++;
            d->token_state = TOK_OBJECT_VALUE;
            continue;
        case ',':
            if (st == TOK_ARRAY_COMMA || st == TOK_OBJECT_COMMA) {
                d->scanp++;
                d->token_state = st == TOK_ARRAY_COMMA ? TOK_ARRAY_VALUE : TOK_OBJECT_KEY;
                continue;
            }
            break;
        default:
            if (c == '"' && (st == TOK_OBJECT_START || st == TOK_OBJECT_KEY)) {
                GoString x = {0};
                d->token_state = TOK_TOP_VALUE;
                err = decode_into(rt, d, (GoIface){json_pkg_type(rt, "ptrString", false)->underlying, &x});
                d->token_state = st;
                if (err.type) {
                    res[1].e = err;
                    return;
                }
                d->token_state = TOK_OBJECT_COLON;
                res[0].e = rt_iface_box(rt, json_pkg_type(rt, "anyString", false)->underlying, (Value){.s = x});
                return;
            }
            if (!value_allowed(d)) break;
            GoIface x = {0};
            err = decode_into(rt, d, (GoIface){json_pkg_type(rt, "ptrAny", false)->underlying, &x});
            if (err.type)
                res[1].e = err;
            else
                res[0].e = x;
            return;
        }
        res[1].e = token_error(rt, d, c);
        return;
    }
}

static void delim_string(Runtime *rt, Value *a, Value *res) {
    char buf[4];
    int n = rt_encode_rune(buf, (int32_t)a[0].i);
    res[0] = nil_val();
    res[0].s = rt_string_from_c(rt, buf, (size_t)n);
}

static const NativeFunc json_funcs[] = {
    {"Marshal", "func(v any) ([]byte, error)", f_marshal},
    {"MarshalIndent", "func(v any, prefix, indent string) ([]byte, error)", f_marshal_indent},
    {"Unmarshal", "func(data []byte, v any) error", f_unmarshal},
    {"Valid", "func(data []byte) bool", f_valid},
    {"Indent", "func(dst *bytes.Buffer, src []byte, prefix, indent string) error", f_indent},
    {"Compact", "func(dst *bytes.Buffer, src []byte) error", f_compact},
    {"HTMLEscape", "func(dst *bytes.Buffer, src []byte)", f_html_escape},
    {"NewEncoder", "func(w writer) *Encoder", new_encoder},
    {"NewDecoder", "func(r reader) *Decoder", new_decoder},
    {"(*Encoder).Encode", "func(v any) error", enc_encode},
    {"(*Encoder).SetIndent", "func(prefix, indent string)", enc_set_indent},
    {"(*Encoder).SetEscapeHTML", "func(on bool)", enc_set_escape_html},
    {"(*Decoder).Decode", "func(v any) error", dec_decode},
    {"(*Decoder).UseNumber", "func()", dec_use_number},
    {"(*Decoder).DisallowUnknownFields", "func()", dec_disallow},
    {"(*Decoder).More", "func() bool", dec_more},
    {"(*Decoder).Token", "func() (Token, error)", dec_token},
    {"(*Decoder).InputOffset", "func() int64", dec_input_offset},
    {"(*Decoder).Buffered", "func() io.Reader", dec_buffered},
    {"Delim.String", "func() string", delim_string},
    {"(*SyntaxError).Error", "func() string", err_first_string},
    {"(*UnmarshalTypeError).Error", "func() string", type_error_error},
    {"(*InvalidUnmarshalError).Error", "func() string", err_first_string},
    {"(*UnsupportedTypeError).Error", "func() string", err_first_string},
    {"(*UnsupportedValueError).Error", "func() string", err_first_string},
    {"(*MarshalerError).Error", "func() string", err_first_string},
    {"(*MarshalerError).Unwrap", "func() error", marshaler_error_unwrap},
    {"RawMessage.MarshalJSON", "func() ([]byte, error)", raw_marshal},
    {"(*RawMessage).UnmarshalJSON", "func(data []byte) error", raw_unmarshal},
    {"Number.String", "func() string", number_string},
    {"Number.Float64", "func() (float64, error)", number_float},
    {"Number.Int64", "func() (int64, error)", number_int},
};

static const NativeType json_types[] = {
    {"Marshaler", "interface { MarshalJSON() ([]byte, error) }"},
    {"Unmarshaler", "interface { UnmarshalJSON([]byte) error }"},
    {"RawMessage", "[]byte"},
    {"Number", "string"},
    {"SyntaxError", "struct { msg string; Offset int64 }"},
    {"UnmarshalTypeError", "struct { Value string; Type reflect.Type; Offset int64; Struct string; Field string }"},
    {"InvalidUnmarshalError", "struct { msg string; Type reflect.Type }"},
    {"UnsupportedTypeError", "struct { msg string; Type reflect.Type }"},
    {"UnsupportedValueError", "struct { msg string; Str string }"},
    {"MarshalerError", "struct { msg string; Type reflect.Type; Err error }"},
    {"writer", "interface { Write(p []byte) (n int, err error) }"},
    {"reader", "interface { Read(p []byte) (n int, err error) }"},
    {"Encoder", "struct { w writer; err error; prefix string; indent string; escapeHTML bool }"},
    {"Decoder", "struct { r reader; buf []byte; scanp int; scanned int64; err error; useNumber bool; disallow bool; "
                "tokenState int; tokenStack []int }"},
    {"Token", "any"},
    {"Delim", "rune"},
    // The types Unmarshal gives interface{} values, as the checker spells
    // them (their underlying types are the program's map[string]interface{}...).
    {"anyMap", "map[string]interface{}"},
    {"anySlice", "[]interface{}"},
    {"anyFloat", "float64"},
    {"anyString", "string"},
    {"anyBool", "bool"},
    {"anyValue", "interface{}"},
    {"ptrString", "*string"},
    {"ptrAny", "*interface{}"},
};

static const char *const json_imports[] = {"bytes", "io", "reflect", NULL};

const NativePkg rt_pkg_json = {
    .path = "encoding/json", .name = "json",
    .funcs = json_funcs, .nfuncs = sizeof json_funcs / sizeof json_funcs[0],
    .types = json_types, .ntypes = sizeof json_types / sizeof json_types[0],
    .imports = json_imports,
};
