// json_fields.h - Go's typeFields for encoding/json (json_fields.c): the
// JSON-visible fields of a struct type, with embedded structs flattened by
// Go's depth and dominance rules, and helpers both directions share.
#ifndef GOSUB_RUNTIME_JSON_FIELDS_H
#define GOSUB_RUNTIME_JSON_FIELDS_H

#include "json_internal.h"

typedef struct JsonField {
    char *name;               // the JSON key (malloc'ed)
    size_t name_len;
    bool tagged, omit_empty, quoted;
    int *index;               // the path of field numbers from the outer struct
    int depth;                // entries in index
    const Type *type;         // the field's type
    int count;                // typeFields' walk: times this struct type was embedded at its level
} JsonField;

typedef struct JsonFields {
    JsonField *v;
    int n, cap;
} JsonFields;

// json_type_fields fills out with t's fields in Go's order (by index);
// json_fields_free releases them.
void json_type_fields(JsonFields *out, const Type *t);
void json_fields_free(JsonFields *fs);
// json_fields_of: t's fields, computed once per Runtime (borrowed; they
// live until rt_free).
const JsonFields *json_fields_of(Runtime *rt, const Type *t);
// json_field_addr walks f's path from the struct at p (of type t): the
// field's address and type, or NULL when an embedded pointer on the way
// is nil and rt is NULL; with rt, nil embedded pointers are allocated.
// *addressable becomes true once a pointer was followed.
const uint8_t *json_field_addr(const Type *t, const uint8_t *p, const JsonField *f, const Type **ft,
                               bool *addressable, Runtime *rt);
// json_is_empty: Go's isEmptyValue (omitempty).
bool json_is_empty(const Type *t, const void *p);
// json_valid_number: Go's isValidNumber.
bool json_valid_number(const uint8_t *p, size_t n);
// json_method: t's method name with Go's signature shape (nparams
// parameters), or NULL.
const Method *json_method(const Type *t, const char *name, int nparams);
// json_ptr_to: *t's descriptor when *t has methods t lacks (NULL otherwise).
const Type *json_ptr_to(Runtime *rt, const Type *t);
// json_load_int / json_load_uint read an integer of t's kind at p.
int64_t json_load_int(const Type *t, const void *p);
uint64_t json_load_uint(const Type *t, const void *p);
// json_equal_fold: Go's bytes.EqualFold.
bool json_equal_fold(const uint8_t *a, size_t na, const uint8_t *b, size_t nb);

#endif
