// json_internal.h - what the files of package encoding/json share:
// json_scan.c (Go's scanner state machine: validity, syntax errors,
// Indent, compact), json_encode.c (Marshal), json_decode.c (Unmarshal)
// and pkg_json.c (the table, Encoder/Decoder, the error types).
//
// Values are walked through the runtime's type descriptors (Type, Field
// with name, tag and exported flag), as Go's package walks reflect.Type.
#ifndef GOSUB_RUNTIME_JSON_INTERNAL_H
#define GOSUB_RUNTIME_JSON_INTERNAL_H

#include <stdio.h>

#include "internal.h"
#include "pkg_internal.h"

// ---- json_scan.c ----

// The scanner's results for one byte (Go's scanContinue...scanError).
enum {
    SCAN_CONTINUE, SCAN_BEGIN_LITERAL, SCAN_BEGIN_OBJECT, SCAN_OBJECT_KEY, SCAN_OBJECT_VALUE,
    SCAN_END_OBJECT, SCAN_BEGIN_ARRAY, SCAN_ARRAY_VALUE, SCAN_END_ARRAY, SCAN_SKIP_SPACE,
    SCAN_END, SCAN_ERROR,
};

typedef struct JsonScanner JsonScanner;
typedef int (*JsonStep)(JsonScanner *s, uint8_t c);

// Go's scanner: step is the state; parse_state a stack of parse modes.
struct JsonScanner {
    JsonStep step;
    bool end_top;
    int *parse_state;
    size_t nstate, cap;
    char *err;                // the SyntaxError text (malloc'ed), NULL when none
    int64_t bytes;            // bytes stepped so far
    int64_t err_off;          // the SyntaxError's Offset: bytes when err was set
};

// json_scan_reset starts a new top-level value; json_scan_free releases.
void json_scan_reset(JsonScanner *s);
void json_scan_free(JsonScanner *s);
// json_scan_eof: Go's scanner.eof.
int json_scan_eof(JsonScanner *s);
// json_check_valid: Go's checkValid: true, or false with s->err set.
bool json_check_valid(JsonScanner *s, const uint8_t *p, size_t n);
// json_indent: Go's Indent of p[0..n) appended to out; false and s->err
// (with Go's offset) on invalid input (out unchanged).
bool json_indent(JsonScanner *s, StrBuf *out, const uint8_t *p, size_t n, GoString prefix, GoString indent);
// json_compact: Go's compact (escape: HTML escaping); false and s->err
// on invalid input (out unchanged).
bool json_compact(JsonScanner *s, StrBuf *out, const uint8_t *p, size_t n, bool escape);
// json_quote_char: Go's quoteChar(c) ('x', '\'', '\x01') appended to b.
void json_quote_char(StrBuf *b, uint8_t c);
// json_syntax_error: a *json.SyntaxError value for msg and offset.
GoIface json_syntax_error(Runtime *rt, const char *msg, int64_t offset);

// ---- json_encode.c ----
typedef struct JsonEncOpts { bool escape_html; } JsonEncOpts;
// json_marshal: Go's Marshal of v appended to out; false with *err set.
bool json_marshal(Runtime *rt, GoIface v, StrBuf *out, JsonEncOpts opts, GoIface *err);
// json_format_float: Go's floatEncoder number text of f (bits 32 or 64)
// appended to out; false (nothing appended) for NaN and infinities.
bool json_format_float(StrBuf *out, double f, int bits);
// json_write_string: Go's encodeState.string (quoted, escaped).
void json_write_string(StrBuf *out, const uint8_t *s, size_t n, bool escape_html);
// json_type_error_text and friends build the package's error values.
GoIface json_error_value(Runtime *rt, const char *type, StrBuf *msg);
// json_error_typed: the same for the error types whose Type field (a
// reflect.Type, after msg) says which Go type failed; err is a
// MarshalerError's Err (else nil).
GoIface json_error_typed(Runtime *rt, const char *type, StrBuf *msg, const Type *t, GoIface err);

// ---- json_decode.c ----
typedef struct JsonDecOpts { bool use_number, disallow_unknown; } JsonDecOpts;
// json_unmarshal: Go's Unmarshal of p[0..n) into v (a pointer); the
// error (nil on success).
GoIface json_unmarshal(Runtime *rt, const uint8_t *p, size_t n, GoIface v, JsonDecOpts opts);

// ---- helpers (json_fields.c, json_encode.c) ----
// json_tag_has: whether the comma-separated tag options hold opt.
bool json_tag_has(const char *opts, const char *opt);
// json_pkg_type: encoding/json's type name (*name when ptr), remembered
// per Runtime by the address of name (json_fields.c).
const Type *json_pkg_type(Runtime *rt, const char *name, bool ptr);

#endif
