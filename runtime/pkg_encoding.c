// pkg_encoding.c - packages encoding (its four marshaling interfaces),
// encoding/hex (Encode/Decode and their String
// forms, Dump in hexdump -C layout, ErrLength, InvalidByteError) and
// encoding/base64 (the four standard Encodings, NewEncoding, WithPadding,
// Strict, Encode/Decode and their String forms, CorruptInputError at the
// byte Go reports: decodeQuantum is ported as is).
//
// Encoding is "struct { encode string; padChar rune; strict bool }"; the
// decoding map is derived from encode on each call.
#include <string.h>

#include "internal.h"
#include "pkg_internal.h"

static const GoIface no_error = {NULL, NULL};

static void set_n_err(Value *res, int64_t n, GoIface err) {
    res[0].w[1] = 0;
    res[0].i = n;
    res[1].e = err;
}

// ---- encoding/hex -----------------------------------------------------------------------

static const char hextable[] = "0123456789abcdef";
static const GoString err_length = {(const uint8_t *)"encoding/hex: odd length hex string", 35};

static int from_hex(uint8_t c) {
    return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
}

static GoIface invalid_byte(Runtime *rt, uint8_t c) {
    const Type *t = rt_pkg_type(rt, "encoding/hex", "InvalidByteError", false);
    return (GoIface){t, (void *)(uintptr_t)c};
}

static void invalid_byte_error(Runtime *rt, Value *a, Value *res) {
    uint8_t c = (uint8_t)a[0].u;
    StrBuf b = {0};
    sb_printf(&b, "encoding/hex: invalid byte: U+%04X", c);
    if (rt_is_print(c)) {
        sb_puts(&b, " '");
        char tmp[4];
        sb_put(&b, tmp, (size_t)rt_encode_rune(tmp, c));
        sb_putc(&b, '\'');
    }
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

static void hex_encode_into(uint8_t *dst, const uint8_t *src, size_t n) {
    for (size_t i = n; i-- > 0;) {   // backwards: dst may be src
        uint8_t v = src[i];
        dst[2 * i] = (uint8_t)hextable[v >> 4];
        dst[2 * i + 1] = (uint8_t)hextable[v & 0x0f];
    }
}

// hex_decode: Go's Decode (dst may be src): the count and *err.
static int64_t hex_decode(Runtime *rt, uint8_t *dst, const uint8_t *src, int64_t n, GoIface *err) {
    int64_t i = 0, j = 1;
    *err = no_error;
    for (; j < n; j += 2) {
        int a = from_hex(src[j - 1]), b = from_hex(src[j]);
        if (a < 0) {
            *err = invalid_byte(rt, src[j - 1]);
            return i;
        }
        if (b < 0) {
            *err = invalid_byte(rt, src[j]);
            return i;
        }
        dst[i++] = (uint8_t)(a << 4 | b);
    }
    if (n % 2 == 1) {
        *err = from_hex(src[j - 1]) < 0 ? invalid_byte(rt, src[j - 1]) : rt_error_static(&err_length);
    }
    return i;
}

static void hex_encode_to_string(Runtime *rt, Value *a, Value *res) {
    size_t n = a[0].sl.len;
    uint8_t *buf = rt_alloc_noscan(rt, 2 * n + 1, false);
    hex_encode_into(buf, a[0].sl.ptr, n);
    res[0].s = (GoString){buf, (int64_t)(2 * n)};
}

static void hex_encode(Runtime *rt, Value *a, Value *res) {
    size_t n = a[1].sl.len;
    if ((size_t)a[0].sl.len < 2 * n)
        rt_panic_index(rt, (int64_t)a[0].sl.len, (int64_t)a[0].sl.len);
    (void)rt;
    hex_encode_into(a[0].sl.ptr, a[1].sl.ptr, n);
    res[0].i = (int64_t)(2 * n);
}

static void hex_decode_string(Runtime *rt, Value *a, Value *res) {
    GoSlice s = rt_bytes_from_string(rt, &rt_ptype_bytes, a[0].s);
    GoIface err;
    int64_t n = hex_decode(rt, s.ptr, s.ptr, s.len, &err);
    s.len = (uint32_t)n;
    res[0].sl = s;
    res[1].e = err;
}

static void hex_decode_m(Runtime *rt, Value *a, Value *res) {
    GoIface err;
    int64_t need = a[1].sl.len / 2;
    if (a[0].sl.len < need)
        rt_panic_index(rt, a[0].sl.len, a[0].sl.len);
    int64_t n = hex_decode(rt, a[0].sl.ptr, a[1].sl.ptr, a[1].sl.len, &err);
    set_n_err(res, n, err);
}

static void hex_encoded_len(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = a[0].i * 2; }
static void hex_decoded_len(Runtime *rt, Value *a, Value *res) { (void)rt; res[0].i = a[0].i / 2; }

static void hex_dump(Runtime *rt, Value *a, Value *res) {
    const uint8_t *d = a[0].sl.ptr;
    size_t n = a[0].sl.len;
    StrBuf b = {0};
    char right[18];
    size_t used = 0;
    for (size_t i = 0; i < n; i++) {
        if (used == 0)
            sb_printf(&b, "%08x  ", (unsigned)i);
        sb_printf(&b, "%02x ", d[i]);
        if (used == 7)
            sb_putc(&b, ' ');
        else if (used == 15)
            sb_puts(&b, " |");
        right[used] = d[i] < 32 || d[i] > 126 ? '.' : (char)d[i];
        if (++used == 16) {
            sb_put(&b, right, 16);
            sb_puts(&b, "|\n");
            used = 0;
        }
    }
    if (used) {
        size_t kept = used;
        for (; used < 16; used++)
            sb_puts(&b, used == 7 ? "    " : used == 15 ? "    |" : "   ");
        sb_put(&b, right, kept);
        sb_puts(&b, "|\n");
    }
    res[0].s = rt_string_from_c(rt, b.p ? b.p : "", b.len);
    sb_free(&b);
}

// ---- streams: NewEncoder, NewDecoder, Dumper ----------------------------------------------
// Encoders write through to their io.Writer as Go's do (base64's keeps
// Go's 3-byte fringe); decoders read their io.Reader to its end on the
// first Read, decode it whole, and hand the bytes out, then the error
// (Go decodes in chunks: the same bytes, errors at the same input bytes
// for a stream without newlines).

// read_all: r's bytes up to EOF (StrBuf), *err a read error other than EOF.
static void read_all(Runtime *rt, GoIface r, StrBuf *out, GoIface *err) {
    *err = no_error;
    GoSlice buf = rt_make_slice(rt, &rt_ptype_uint8, 4096, 4096);
    for (;;) {
        GoIface e;
        int64_t n = rt_io_read(rt, r, buf, &e);
        if (n > 0)
            sb_put(out, buf.ptr, (size_t)n);
        if (e.type) {
            if (e.data != rt_io_eof().data)
                *err = e;
            return;
        }
    }
}

// StreamDecoder: hex's and base64's decoder: struct { enc *Encoding; r
// io.Reader; err error; out []byte; off int; done bool }.
typedef struct StreamDecoder {
    void *enc;
    GoIface r, err;
    GoSlice out;
    int64_t off;
    bool done;
} StreamDecoder;

static void decoder_serve(Runtime *rt, StreamDecoder *d, Value *a, Value *res) {
    GoSlice p = a[1].sl;
    int64_t left = (int64_t)d->out.len - d->off;
    if (left > 0) {
        int64_t n = left < (int64_t)p.len ? left : (int64_t)p.len;
        memcpy(p.ptr, (uint8_t *)d->out.ptr + d->off, (size_t)n);
        d->off += n;
        set_n_err(res, n, no_error);
        return;
    }
    set_n_err(res, 0, d->err.type ? d->err : rt_io_eof());
}

static StreamDecoder *new_decoder(Runtime *rt, const char *path, void *enc, GoIface r, GoIface *result) {
    StreamDecoder *d = rt_alloc(rt, rt_pkg_type(rt, path, "decoder", false));
    if (enc)
        gc_write_ptr(rt, &d->enc, enc);
    rt_store(rt, &rt_ptype_error, &d->r, (Value){.e = r});
    *result = (GoIface){rt_pkg_type(rt, path, "decoder", true), d};
    return d;
}

static void hex_new_decoder(Runtime *rt, Value *a, Value *res) { new_decoder(rt, "encoding/hex", NULL, a[0].e, &res[0].e); }

static void hex_decoder_read(Runtime *rt, Value *a, Value *res) {
    StreamDecoder *d = a[0].p;
    if (!d->done) {
        d->done = true;
        StrBuf b = {0};
        GoIface rerr, derr;
        read_all(rt, d->r, &b, &rerr);
        int64_t len = (int64_t)b.len;
        bool odd = len % 2 == 1;
        int64_t n = hex_decode(rt, (uint8_t *)b.p, (const uint8_t *)b.p, odd ? len - 1 : len, &derr);
        if (!derr.type && odd)   // Go: the odd last byte is invalid, or the input ends early
            derr = from_hex(((uint8_t *)b.p)[len - 1]) < 0 ? invalid_byte(rt, ((uint8_t *)b.p)[len - 1])
                                                          : rt_io_unexpected_eof();
        GoSlice out = rt_append(rt, &rt_ptype_uint8, (GoSlice){NULL, 0, 0}, b.p, (size_t)n);
        sb_free(&b);
        rt_store(rt, &rt_ptype_bytes, &d->out, (Value){.sl = out});
        GoIface e = rerr.type ? rerr : derr;
        rt_store(rt, &rt_ptype_error, &d->err, (Value){.e = e});
    }
    decoder_serve(rt, d, a, res);
}

// hex's encoder: struct { w io.Writer; err error }.
typedef struct HexEncoder {
    GoIface w, err;
} HexEncoder;

static void hex_new_encoder(Runtime *rt, Value *a, Value *res) {
    HexEncoder *e = rt_alloc(rt, rt_pkg_type(rt, "encoding/hex", "encoder", false));
    rt_store(rt, &rt_ptype_error, &e->w, (Value){.e = a[0].e});
    res[0].e = (GoIface){rt_pkg_type(rt, "encoding/hex", "encoder", true), e};
}

static void hex_encoder_write(Runtime *rt, Value *a, Value *res) {
    HexEncoder *e = a[0].p;
    GoSlice p = a[1].sl;
    int64_t done = 0;
    while (done < (int64_t)p.len) {   // Go's 1024-byte chunks
        int64_t k = (int64_t)p.len - done < 512 ? (int64_t)p.len - done : 512;
        uint8_t out[1024];
        hex_encode_into(out, (const uint8_t *)p.ptr + done, (size_t)k);
        GoIface err;
        int64_t w = rt_io_write(rt, e->w, out, 2 * k, &err);
        done += w / 2;
        if (err.type) {
            set_n_err(res, done, err);
            return;
        }
    }
    set_n_err(res, done, no_error);
}

// Dumper: Go's dumper, ported: struct { w io.Writer; rightChars [18]byte;
// buf [14]byte; used int; n uint; closed bool }.
typedef struct Dumper {
    GoIface w;
    uint8_t right[18], buf[14];
    int64_t used;
    uint64_t n;
    bool closed;
} Dumper;

static void hex_dumper(Runtime *rt, Value *a, Value *res) {
    Dumper *d = rt_alloc(rt, rt_pkg_type(rt, "encoding/hex", "dumper", false));
    rt_store(rt, &rt_ptype_error, &d->w, (Value){.e = a[0].e});
    res[0].e = (GoIface){rt_pkg_type(rt, "encoding/hex", "dumper", true), d};
}

static void dumper_write(Runtime *rt, Value *a, Value *res) {
    Dumper *h = a[0].p;
    GoSlice data = a[1].sl;
    GoIface err = no_error;
    int64_t n = 0;
    if (h->closed) {
        static const GoString closed = {(const uint8_t *)"encoding/hex: dumper closed", 27};
        set_n_err(res, 0, rt_error_static(&closed));
        return;
    }
    for (uint32_t i = 0; i < data.len; i++) {
        uint8_t c = ((uint8_t *)data.ptr)[i];
        if (h->used == 0) {
            uint8_t off[4] = {(uint8_t)(h->n >> 24), (uint8_t)(h->n >> 16), (uint8_t)(h->n >> 8), (uint8_t)h->n};
            hex_encode_into(h->buf + 4, off, 4);
            h->buf[12] = h->buf[13] = ' ';
            rt_io_write(rt, h->w, h->buf + 4, 10, &err);
            if (err.type)
                break;
        }
        hex_encode_into(h->buf, &c, 1);
        h->buf[2] = ' ';
        int64_t l = 3;
        if (h->used == 7) {
            h->buf[3] = ' ';
            l = 4;
        } else if (h->used == 15) {
            h->buf[3] = ' ';
            h->buf[4] = '|';
            l = 5;
        }
        rt_io_write(rt, h->w, h->buf, l, &err);
        if (err.type)
            break;
        n++;
        h->right[h->used] = c < 32 || c > 126 ? '.' : c;
        h->used++;
        h->n++;
        if (h->used == 16) {
            h->right[16] = '|';
            h->right[17] = '\n';
            rt_io_write(rt, h->w, h->right, 18, &err);
            if (err.type)
                break;
            h->used = 0;
        }
    }
    set_n_err(res, n, err);
}

static void dumper_close(Runtime *rt, Value *a, Value *res) {
    Dumper *h = a[0].p;
    res[0].e = no_error;
    if (h->closed)
        return;
    h->closed = true;
    if (h->used == 0)
        return;
    memcpy(h->buf, "    |", 5);
    int64_t nbytes = h->used;
    GoIface err = no_error;
    for (; h->used < 16; h->used++) {
        rt_io_write(rt, h->w, h->buf, h->used == 7 ? 4 : h->used == 15 ? 5 : 3, &err);
        if (err.type) {
            res[0].e = err;
            return;
        }
    }
    h->right[nbytes] = '|';
    h->right[nbytes + 1] = '\n';
    rt_io_write(rt, h->w, h->right, nbytes + 2, &err);
    res[0].e = err;
}

static void var_err_length(Runtime *rt, Value *out) { (void)rt; out->e = rt_error_static(&err_length); }

static const NativeFunc hex_funcs[] = {
    {"EncodeToString", "func(src []byte) string", hex_encode_to_string},
    {"DecodeString", "func(s string) ([]byte, error)", hex_decode_string},
    {"Encode", "func(dst, src []byte) int", hex_encode},
    {"Decode", "func(dst, src []byte) (int, error)", hex_decode_m},
    {"EncodedLen", "func(n int) int", hex_encoded_len},
    {"DecodedLen", "func(x int) int", hex_decoded_len},
    {"Dump", "func(data []byte) string", hex_dump},
    {"InvalidByteError.Error", "func() string", invalid_byte_error},
    {"NewEncoder", "func(w io.Writer) io.Writer", hex_new_encoder},
    {"NewDecoder", "func(r io.Reader) io.Reader", hex_new_decoder},
    {"Dumper", "func(w io.Writer) io.WriteCloser", hex_dumper},
    {"(*encoder).Write", "func(p []byte) (n int, err error)", hex_encoder_write},
    {"(*decoder).Read", "func(p []byte) (n int, err error)", hex_decoder_read},
    {"(*dumper).Write", "func(data []byte) (n int, err error)", dumper_write},
    {"(*dumper).Close", "func() (err error)", dumper_close},
};

static const NativeType hex_types[] = {
    {"InvalidByteError", "byte"},
    {"encoder", "struct { w io.Writer; err error }"},
    {"decoder", "struct { enc *byte; r io.Reader; err error; out []byte; off int; done bool }"},
    {"dumper", "struct { w io.Writer; rightChars [18]byte; buf [14]byte; used int; n uint; closed bool }"},
};

static const char *const encoding_imports[] = {"io", NULL};

static const NativeVar hex_vars[] = {
    {"ErrLength", "error", var_err_length},
};

const NativePkg rt_pkg_hex = {
    .path = "encoding/hex", .name = "hex", .imports = encoding_imports,
    .funcs = hex_funcs, .nfuncs = sizeof hex_funcs / sizeof hex_funcs[0],
    .types = hex_types, .ntypes = sizeof hex_types / sizeof hex_types[0],
    .vars = hex_vars, .nvars = sizeof hex_vars / sizeof hex_vars[0],
};

// ---- encoding/base64 ----------------------------------------------------------------------

typedef struct Encoding { GoString encode; int32_t pad; bool strict; } Encoding;

enum { NO_PADDING = -1 };

static const char std_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
static const char url_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static Encoding *enc_of(Runtime *rt, Value v) {
    if (!v.p)
        rt_panic_nil_deref(rt);
    return v.p;
}

static Encoding *new_encoding(Runtime *rt, GoString alphabet, int32_t pad, bool strict) {
    const Type *t = rt_pkg_type(rt, "encoding/base64", "Encoding", false);
    Encoding *e = rt_alloc(rt, t);
    rt_store(rt, &rt_ptype_string, &e->encode, (Value){.s = alphabet});
    e->pad = pad;
    e->strict = strict;
    return e;
}

static int64_t encoded_len(const Encoding *e, int64_t n) {
    return e->pad == NO_PADDING ? (n * 8 + 5) / 6 : (n + 2) / 3 * 4;
}

static int64_t decoded_len(const Encoding *e, int64_t n) { return e->pad == NO_PADDING ? n * 6 / 8 : n / 4 * 3; }

static void b64_encode_into(const Encoding *e, uint8_t *dst, const uint8_t *src, int64_t n) {
    const uint8_t *enc = e->encode.ptr;
    int64_t di = 0, si = 0, full = n / 3 * 3;
    for (; si < full; si += 3, di += 4) {
        uint32_t v = (uint32_t)src[si] << 16 | (uint32_t)src[si + 1] << 8 | src[si + 2];
        dst[di] = enc[v >> 18 & 0x3f];
        dst[di + 1] = enc[v >> 12 & 0x3f];
        dst[di + 2] = enc[v >> 6 & 0x3f];
        dst[di + 3] = enc[v & 0x3f];
    }
    int64_t remain = n - si;
    if (remain == 0)
        return;
    uint32_t v = (uint32_t)src[si] << 16;
    if (remain == 2)
        v |= (uint32_t)src[si + 1] << 8;
    dst[di] = enc[v >> 18 & 0x3f];
    dst[di + 1] = enc[v >> 12 & 0x3f];
    if (remain == 2) {
        dst[di + 2] = enc[v >> 6 & 0x3f];
        if (e->pad != NO_PADDING)
            dst[di + 3] = (uint8_t)e->pad;
    } else if (e->pad != NO_PADDING) {
        dst[di + 2] = dst[di + 3] = (uint8_t)e->pad;
    }
}

static GoIface corrupt(Runtime *rt, int64_t at) {
    const Type *t = rt_pkg_type(rt, "encoding/base64", "CorruptInputError", false);
    return (GoIface){t, (void *)(intptr_t)at};
}

// decode_quantum: Go's decodeQuantum: decodes one quantum from src at *si
// into dst; returns the bytes written, *err on corrupt input.
static int64_t decode_quantum(Runtime *rt, const Encoding *e, const uint8_t map[256], uint8_t *dst, const uint8_t *src,
                              int64_t len, int64_t *sip, GoIface *err) {
    uint8_t dbuf[4] = {0, 0, 0, 0};
    int dlen = 4;
    int64_t si = *sip;
    *err = no_error;
    for (int j = 0; j < 4; j++) {
        if (len == si) {
            if (j == 0)
                return *sip = si, 0;
            if (j == 1 || e->pad != NO_PADDING) {
                *err = corrupt(rt, si - j);
                return *sip = si, 0;
            }
            dlen = j;
            break;
        }
        uint8_t in = src[si++];
        if (map[in] != 0xff) {
            dbuf[j] = map[in];
            continue;
        }
        if (in == '\n' || in == '\r') {
            j--;
            continue;
        }
        if ((int32_t)in != e->pad || j < 2) {
            *err = corrupt(rt, si - 1);
            return *sip = si, 0;
        }
        if (j == 2) {
            while (si < len && (src[si] == '\n' || src[si] == '\r'))
                si++;
            if (si == len) {
                *err = corrupt(rt, len);
                return *sip = si, 0;
            }
            if ((int32_t)src[si] != e->pad) {
                *err = corrupt(rt, si - 1);
                return *sip = si, 0;
            }
            si++;
        }
        while (si < len && (src[si] == '\n' || src[si] == '\r'))
            si++;
        if (si < len)
            *err = corrupt(rt, si);
        dlen = j;
        break;
    }
    uint32_t v = (uint32_t)dbuf[0] << 18 | (uint32_t)dbuf[1] << 12 | (uint32_t)dbuf[2] << 6 | dbuf[3];
    dbuf[2] = (uint8_t)v;
    dbuf[1] = (uint8_t)(v >> 8);
    dbuf[0] = (uint8_t)(v >> 16);
    *sip = si;
    switch (dlen) {
    case 4:
        dst[2] = dbuf[2];
        dbuf[2] = 0;
        // fall through
    case 3:
        dst[1] = dbuf[1];
        if (e->strict && dbuf[2] != 0) {
            *err = corrupt(rt, si - 1);
            return 0;
        }
        dbuf[1] = 0;
        // fall through
    case 2:
        dst[0] = dbuf[0];
        if (e->strict && (dbuf[1] != 0 || dbuf[2] != 0)) {
            *err = corrupt(rt, si - 2);
            return 0;
        }
    }
    return dlen - 1;
}

static int64_t b64_decode(Runtime *rt, const Encoding *e, uint8_t *dst, const uint8_t *src, int64_t len, GoIface *err) {
    uint8_t map[256];
    memset(map, 0xff, sizeof map);
    for (int64_t i = 0; i < e->encode.len && i < 64; i++)
        map[e->encode.ptr[i]] = (uint8_t)i;
    int64_t n = 0, si = 0;
    *err = no_error;
    while (si < len) {
        n += decode_quantum(rt, e, map, dst + n, src, len, &si, err);
        if (err->type)
            break;
    }
    return n;
}

static void enc_encode_to_string(Runtime *rt, Value *a, Value *res) {
    Encoding *e = enc_of(rt, a[0]);
    int64_t n = encoded_len(e, a[1].sl.len);
    uint8_t *buf = rt_alloc_noscan(rt, (size_t)n + 1, false);
    b64_encode_into(e, buf, a[1].sl.ptr, a[1].sl.len);
    res[0].s = (GoString){buf, n};
}

static void enc_encode(Runtime *rt, Value *a, Value *res) {
    (void)res;
    Encoding *e = enc_of(rt, a[0]);
    if (a[2].sl.len == 0)
        return;
    int64_t need = encoded_len(e, a[2].sl.len);
    if ((int64_t)a[1].sl.len < need)
        rt_panic_index(rt, a[1].sl.len, a[1].sl.len);
    b64_encode_into(e, a[1].sl.ptr, a[2].sl.ptr, a[2].sl.len);
}

static void enc_decode_string(Runtime *rt, Value *a, Value *res) {
    Encoding *e = enc_of(rt, a[0]);
    int64_t cap = decoded_len(e, a[1].s.len);
    StrBuf scratch = {0};   // Go decodes into make([]byte, DecodedLen); a C copy first
    sb_put(&scratch, a[1].s.ptr, (size_t)a[1].s.len);
    sb_put(&scratch, "\0\0\0\0", 4);
    GoIface err;
    int64_t n = b64_decode(rt, e, (uint8_t *)scratch.p, (const uint8_t *)scratch.p, a[1].s.len, &err);
    GoSlice out = rt_make_slice(rt, &rt_ptype_uint8, cap, cap);
    if (n)
        memcpy(out.ptr, scratch.p, (size_t)n);
    sb_free(&scratch);
    out.len = (uint32_t)n;
    res[0].sl = out;
    res[1].e = err;
}

static void enc_decode(Runtime *rt, Value *a, Value *res) {
    Encoding *e = enc_of(rt, a[0]);
    GoIface err;
    if (a[2].sl.len == 0) {
        set_n_err(res, 0, no_error);
        return;
    }
    if ((int64_t)a[1].sl.len < decoded_len(e, a[2].sl.len))
        rt_panic_index(rt, a[1].sl.len, a[1].sl.len);
    int64_t n = b64_decode(rt, e, a[1].sl.ptr, a[2].sl.ptr, a[2].sl.len, &err);
    set_n_err(res, n, err);
}

static void enc_encoded_len(Runtime *rt, Value *a, Value *res) { res[0].i = encoded_len(enc_of(rt, a[0]), a[1].i); }
static void enc_decoded_len(Runtime *rt, Value *a, Value *res) { res[0].i = decoded_len(enc_of(rt, a[0]), a[1].i); }

static void enc_with_padding(Runtime *rt, Value *a, Value *res) {
    Encoding *e = enc_of(rt, a[0]);
    int32_t pad = (int32_t)a[1].i;
    if (pad == '\r' || pad == '\n' || pad > 0xff)
        rt_panic(rt, rt_iface_box(rt, &rt_ptype_string, (Value){.s = rt_string_from_c(rt, "invalid padding", 15)}));
    for (int64_t i = 0; i < e->encode.len; i++)
        if ((int32_t)e->encode.ptr[i] == pad)
            rt_panic(rt, rt_iface_box(rt, &rt_ptype_string,
                                      (Value){.s = rt_string_from_c(rt, "padding contained in alphabet", 29)}));
    res[0].w[1] = 0;
    res[0].p = new_encoding(rt, e->encode, pad, e->strict);
}

static void enc_strict(Runtime *rt, Value *a, Value *res) {
    Encoding *e = enc_of(rt, a[0]);
    res[0].w[1] = 0;
    res[0].p = new_encoding(rt, e->encode, e->pad, true);
}

static void b64_new_encoding(Runtime *rt, Value *a, Value *res) {
    GoString s = a[0].s;
    if (s.len != 64)
        rt_panic(rt, rt_iface_box(rt, &rt_ptype_string,
                                  (Value){.s = rt_string_from_c(rt, "encoding alphabet is not 64-bytes long", 38)}));
    for (int64_t i = 0; i < 64; i++)
        if (s.ptr[i] == '\n' || s.ptr[i] == '\r')
            rt_panic(rt, rt_iface_box(rt, &rt_ptype_string,
                                      (Value){.s = rt_string_from_c(rt, "encoding alphabet contains newline character", 44)}));
    res[0].w[1] = 0;
    res[0].p = new_encoding(rt, s, '=', false);
}

static void corrupt_error(Runtime *rt, Value *a, Value *res) {
    StrBuf b = {0};
    sb_printf(&b, "illegal base64 data at input byte %ld", (long)a[0].i);
    res[0].s = rt_string_from_c(rt, b.p, b.len);
    sb_free(&b);
}

static GoString cstr(const char *s) { return (GoString){(const uint8_t *)s, (int64_t)strlen(s)}; }

static void var_std(Runtime *rt, Value *out) { out->p = new_encoding(rt, cstr(std_alphabet), '=', false); }
static void var_url(Runtime *rt, Value *out) { out->p = new_encoding(rt, cstr(url_alphabet), '=', false); }
static void var_raw_std(Runtime *rt, Value *out) { out->p = new_encoding(rt, cstr(std_alphabet), NO_PADDING, false); }
static void var_raw_url(Runtime *rt, Value *out) { out->p = new_encoding(rt, cstr(url_alphabet), NO_PADDING, false); }

// base64's encoder, Go's ported: struct { err error; enc *Encoding; w
// io.Writer; buf [3]byte; nbuf int; out [1024]byte }.
typedef struct B64Encoder {
    GoIface err;
    Encoding *enc;
    GoIface w;
    uint8_t buf[3];
    int64_t nbuf;
    uint8_t out[1024];
} B64Encoder;

static void b64_new_encoder(Runtime *rt, Value *a, Value *res) {
    B64Encoder *e = rt_alloc(rt, rt_pkg_type(rt, "encoding/base64", "encoder", false));
    gc_write_ptr(rt, (void **)&e->enc, enc_of(rt, a[0]));
    rt_store(rt, &rt_ptype_error, &e->w, (Value){.e = a[1].e});
    res[0].e = (GoIface){rt_pkg_type(rt, "encoding/base64", "encoder", true), e};
}

static bool b64_flush(Runtime *rt, B64Encoder *e, int64_t n) {
    GoIface err;
    rt_io_write(rt, e->w, e->out, n, &err);
    if (err.type)
        rt_store(rt, &rt_ptype_error, &e->err, (Value){.e = err});
    return !err.type;
}

static void b64_encoder_write(Runtime *rt, Value *a, Value *res) {
    B64Encoder *e = a[0].p;
    const uint8_t *p = a[1].sl.ptr;
    int64_t len = a[1].sl.len, n = 0;
    if (e->err.type) {
        set_n_err(res, 0, e->err);
        return;
    }
    if (e->nbuf > 0) {   // leading fringe
        int64_t i = 0;
        for (; i < len && e->nbuf < 3; i++)
            e->buf[e->nbuf++] = p[i];
        n += i;
        p += i;
        len -= i;
        if (e->nbuf < 3) {
            set_n_err(res, n, no_error);
            return;
        }
        b64_encode_into(e->enc, e->out, e->buf, 3);
        if (!b64_flush(rt, e, 4)) {
            set_n_err(res, n, e->err);
            return;
        }
        e->nbuf = 0;
    }
    while (len >= 3) {   // large interior chunks
        int64_t nn = (int64_t)sizeof e->out / 4 * 3;
        if (nn > len)
            nn = len - len % 3;
        b64_encode_into(e->enc, e->out, p, nn);
        if (!b64_flush(rt, e, nn / 3 * 4)) {
            set_n_err(res, n, e->err);
            return;
        }
        n += nn;
        p += nn;
        len -= nn;
    }
    memcpy(e->buf, p, (size_t)len);   // trailing fringe
    e->nbuf = len;
    set_n_err(res, n + len, no_error);
}

static void b64_encoder_close(Runtime *rt, Value *a, Value *res) {
    B64Encoder *e = a[0].p;
    if (!e->err.type && e->nbuf > 0) {
        b64_encode_into(e->enc, e->out, e->buf, e->nbuf);
        b64_flush(rt, e, encoded_len(e->enc, e->nbuf));
        e->nbuf = 0;
    }
    res[0].e = e->err;
}

static void b64_new_decoder(Runtime *rt, Value *a, Value *res) {
    new_decoder(rt, "encoding/base64", enc_of(rt, a[0]), a[1].e, &res[0].e);
}

static void b64_decoder_read(Runtime *rt, Value *a, Value *res) {
    StreamDecoder *d = a[0].p;
    if (!d->done) {
        d->done = true;
        StrBuf b = {0};
        GoIface rerr, derr;
        read_all(rt, d->r, &b, &rerr);
        sb_put(&b, "\0\0\0\0", 4);
        int64_t n = b64_decode(rt, d->enc, (uint8_t *)b.p, (const uint8_t *)b.p, (int64_t)b.len - 4, &derr);
        GoSlice out = rt_append(rt, &rt_ptype_uint8, (GoSlice){NULL, 0, 0}, b.p, (size_t)n);
        sb_free(&b);
        rt_store(rt, &rt_ptype_bytes, &d->out, (Value){.sl = out});
        GoIface e = rerr.type ? rerr : derr;
        rt_store(rt, &rt_ptype_error, &d->err, (Value){.e = e});
    }
    decoder_serve(rt, d, a, res);
}

static const NativeFunc b64_funcs[] = {
    {"NewEncoding", "func(encoder string) *Encoding", b64_new_encoding},
    {"(*Encoding).EncodeToString", "func(src []byte) string", enc_encode_to_string},
    {"(*Encoding).DecodeString", "func(s string) ([]byte, error)", enc_decode_string},
    {"(*Encoding).Encode", "func(dst, src []byte)", enc_encode},
    {"(*Encoding).Decode", "func(dst, src []byte) (n int, err error)", enc_decode},
    {"(*Encoding).EncodedLen", "func(n int) int", enc_encoded_len},
    {"(*Encoding).DecodedLen", "func(n int) int", enc_decoded_len},
    {"Encoding.WithPadding", "func(padding rune) *Encoding", enc_with_padding},
    {"Encoding.Strict", "func() *Encoding", enc_strict},
    {"CorruptInputError.Error", "func() string", corrupt_error},
    {"NewEncoder", "func(enc *Encoding, w io.Writer) io.WriteCloser", b64_new_encoder},
    {"NewDecoder", "func(enc *Encoding, r io.Reader) io.Reader", b64_new_decoder},
    {"(*encoder).Write", "func(p []byte) (n int, err error)", b64_encoder_write},
    {"(*encoder).Close", "func() error", b64_encoder_close},
    {"(*decoder).Read", "func(p []byte) (n int, err error)", b64_decoder_read},
};

static const NativeType b64_types[] = {
    {"Encoding", "struct { encode string; padChar rune; strict bool }"},
    {"CorruptInputError", "int64"},
    {"encoder", "struct { err error; enc *Encoding; w io.Writer; buf [3]byte; nbuf int; out [1024]byte }"},
    {"decoder", "struct { enc *Encoding; r io.Reader; err error; out []byte; off int; done bool }"},
};

static const NativeConst b64_consts[] = {
    {"StdPadding", "rune", "61"},
    {"NoPadding", "rune", "-1"},
};

static const NativeVar b64_vars[] = {
    {"StdEncoding", "*Encoding", var_std},
    {"URLEncoding", "*Encoding", var_url},
    {"RawStdEncoding", "*Encoding", var_raw_std},
    {"RawURLEncoding", "*Encoding", var_raw_url},
};

const NativePkg rt_pkg_base64 = {
    .path = "encoding/base64", .name = "base64", .imports = encoding_imports,
    .funcs = b64_funcs, .nfuncs = sizeof b64_funcs / sizeof b64_funcs[0],
    .types = b64_types, .ntypes = sizeof b64_types / sizeof b64_types[0],
    .consts = b64_consts, .nconsts = sizeof b64_consts / sizeof b64_consts[0],
    .vars = b64_vars, .nvars = sizeof b64_vars / sizeof b64_vars[0],
};

// ---- encoding: the interfaces ------------------------------------------------------------

static const NativeType encoding_types[] = {
    {"BinaryMarshaler", "interface { MarshalBinary() (data []byte, err error) }"},
    {"BinaryUnmarshaler", "interface { UnmarshalBinary(data []byte) error }"},
    {"TextMarshaler", "interface { MarshalText() (text []byte, err error) }"},
    {"TextUnmarshaler", "interface { UnmarshalText(text []byte) error }"},
};

const NativePkg rt_pkg_encoding = {
    .path = "encoding", .name = "encoding",
    .types = encoding_types, .ntypes = sizeof encoding_types / sizeof encoding_types[0],
};
