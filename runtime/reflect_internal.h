// reflect_internal.h - what package reflect's files (pkg_reflect.c: Type,
// Kind, StructTag; reflect_value.c: Value; reflect_deep.c: DeepEqual and
// Go's layout) share.
//
// A reflect.Type is an interface whose dynamic type is *reflect.rtype and
// whose pointer is the runtime Type descriptor itself (the checker's,
// interned: identical types share one descriptor, so == and map keys on
// Types work as in Go). The collector ignores it (not a heap pointer).
//
// A reflect.Value is struct { typ *rtype; ptr *byte; flag uintptr }: typ
// is the descriptor (NULL: the zero Value), ptr the address of the value
// in its in-memory form (a heap copy for values that are not addressable,
// never written through), flag the RV_* bits below.
#ifndef GOSUB_RUNTIME_REFLECT_INTERNAL_H
#define GOSUB_RUNTIME_REFLECT_INTERNAL_H

#include <string.h>

#include "pkg_internal.h"

enum {
    RV_ADDR = 1,        // addressable (an element of a pointer's target, slice or addressable aggregate)
    RV_RO_STICKY = 2,   // obtained through an unexported field: readable, not settable or Interface()-able
    RV_METHOD = 4,      // a method value (v.Method(i)): ptr is a MethodValue (reflect_make.c)
    RV_RO_EMBED = 8,    // an unexported embedded field: as RV_RO_STICKY, but its exported fields are not
    RV_RO = RV_RO_STICKY | RV_RO_EMBED,   // either (Go's flagRO)
};

// rv_ro: the read-only flag a Value derived from one with flag inherits
// (Go's flag.ro: sticky whichever it was).
static inline uint64_t rv_ro(uint64_t flag) { return (flag & RV_RO) ? RV_RO_STICKY : 0; }

typedef struct RValue {
    const Type *typ;
    void *ptr;
    uint64_t flag;
} RValue;

// Package reflect's own types, cached in Runtime.reflect_types.
typedef enum RvType {
    RVT_VALUE, RVT_RTYPE_PTR, RVT_TYPE, RVT_STRUCT_FIELD, RVT_METHOD, RVT_VALUE_ERROR, RVT_VALUE_ERROR_PTR,
    RVT_MAP_ITER, RVT_METHOD_VALUE, RVT_MAKE_FUNC_IMPL, RVT__COUNT
} RvType;
_Static_assert(RVT__COUNT <= sizeof ((Runtime *)0)->reflect_types / sizeof(Type *), "Runtime.reflect_types");
// rv_ptype: reflect's type which (the checker's descriptor; NULL without one).
const Type *rv_ptype(Runtime *rt, RvType which);

// rv_new: a heap reflect.Value {t, ptr, flag} as a Value (an aggregate).
Value rv_new(Runtime *rt, const Type *t, void *ptr, uint64_t flag);
// rv_of: the reflect.Value of the interface value e (ValueOf).
Value rv_of(Runtime *rt, GoIface e);
// rv_type_iface: t as a reflect.Type (nil for NULL).
GoIface rv_type_iface(Runtime *rt, const Type *t);
// rv_type_arg: the descriptor of a reflect.Type argument (NULL for nil;
// Go's failed u.(*rtype) for a Type that is not a *rtype).
const Type *rv_type_arg(Runtime *rt, GoIface t);

// rv_assign_ptr: where x's value is, converted for a slot of type t
// (Go's Value.assignTo: boxed into fresh storage for an interface t);
// panics as Go's when x is the zero Value, read-only or not assignable.
const void *rv_assign_ptr(Runtime *rt, const RValue *x, const Type *t, const char *context);

// rv_panic_kind: panic(&ValueError{method, kind}) ("reflect: call of
// reflect.Value.Int on string Value"; kind 0: "on zero Value").
_Noreturn void rv_panic_kind(Runtime *rt, const char *method, int kind);

// rt_type_ptr / rt_type_basic / rt_type_func: the RtHooks type makers;
// fatal without a checker.
const Type *rt_type_ptr(Runtime *rt, const Type *elem);
const Type *rt_type_basic(Runtime *rt, int kind);
const Type *rt_type_slice(Runtime *rt, const Type *elem);
const Type *rt_type_map(Runtime *rt, const Type *key, const Type *elem);
const Type *rt_type_chan(Runtime *rt, const Type *elem, int dir);
const Type *rt_type_array(Runtime *rt, const Type *elem, int64_t len);
const Type *rt_type_func(Runtime *rt, const Type *const *params, int np, const Type *const *results, int nr,
                         bool variadic);

// ---- reflect_deep.c ----
// rt_deep_equal: reflect.DeepEqual of the values of type t at a and b.
bool rt_deep_equal(Runtime *rt, const Type *t, const void *a, const void *b);
// Go's layout of t (gosub's slices are 16 bytes, Go's 24): Size, Align,
// and the offset of struct field i.
uint64_t rt_go_size(const Type *t);
uint64_t rt_go_align(const Type *t);
uint64_t rt_go_offset(const Type *t, int i);

// pkg_reflect.c's search helpers, used by Value too.
// rv_field_by_name: Go's FieldByName on struct t (breadth first through
// embedded structs; a name met twice at the shallowest depth is no match),
// or FieldByNameFunc when match (a func(string) bool) is not NULL: the
// index path, malloc'ed, into *path and its length into *n.
bool rv_field_by_name(Runtime *rt, const Type *t, GoString name, const Value *match, int64_t **path, int *n);
// rv_num_methods: Type.NumMethod (exported methods of t's method set;
// every method of an interface).
int64_t rv_num_methods(const Type *t);
// rv_implements: Go's implements(T, V) (V's method set covers interface T);
// rv_convertible: Go's convertOp(dst, src) != nil.
bool rv_implements(const Type *T, const Type *V);
// rv_method_at: method i of t's method set as NumMethod counts them.
const Method *rv_method_at(const Type *t, int64_t i);
// rv_call_method_value calls the method Value fn (RV_METHOD) with args;
// false when the receiver has no such method.
bool rv_call_method_value(Runtime *rt, const RValue *fn, Value *args, int nargs, Value *results);
// rv_method_func: the method Value fn as a Go func value (Interface()).
void *rv_method_func(Runtime *rt, const RValue *fn);
// rv_method_expr: the method expression T.name (the receiver first) as a
// Go func value (Type.Method(i).Func).
void *rv_method_expr(Runtime *rt, const Type *t, const char *name);
bool rv_convertible(const Type *dst, const Type *src);
// rv_assignable: Go's Type.AssignableTo: a value of type V can be assigned to a T.
bool rv_assignable(const Type *T, const Type *V);

// The package's entries written in reflect_value.c: X(name, signature, C function).
#define RV_TABLE(X)                                                                       \
    X("ValueOf", "func(i any) Value", rv_value_of)                                       \
    X("New", "func(typ Type) Value", rv_new_fn)                                          \
    X("Zero", "func(typ Type) Value", rv_zero)                                           \
    X("Indirect", "func(v Value) Value", rv_indirect)                                    \
    X("(*ValueError).Error", "func() string", rv_value_error_error)                      \
    X("Value.Kind", "func() Kind", rv_kind)                                              \
    X("Value.Type", "func() Type", rv_type)                                              \
    X("Value.IsValid", "func() bool", rv_is_valid)                                       \
    X("Value.Interface", "func() any", rv_interface)                                     \
    X("Value.Int", "func() int64", rv_int)                                               \
    X("Value.Uint", "func() uint64", rv_uint)                                            \
    X("Value.Float", "func() float64", rv_float)                                         \
    X("Value.Bool", "func() bool", rv_bool)                                              \
    X("Value.String", "func() string", rv_string)                                        \
    X("Value.Len", "func() int", rv_len)                                                 \
    X("Value.Cap", "func() int", rv_cap)                                                 \
    X("Value.Index", "func(i int) Value", rv_index)                                      \
    X("Value.Field", "func(i int) Value", rv_field)                                      \
    X("Value.NumField", "func() int", rv_num_field)                                      \
    X("Value.FieldByName", "func(name string) Value", rv_field_by_name_fn)               \
    X("Value.FieldByNameFunc", "func(match func(string) bool) Value", rv_field_by_name_func) \
    X("Value.FieldByIndex", "func(index []int) Value", rv_field_by_index)                \
    X("Value.NumMethod", "func() int", rv_num_method)                                    \
    X("Value.Elem", "func() Value", rv_elem)                                             \
    X("Value.IsNil", "func() bool", rv_is_nil)                                           \
    X("Value.IsZero", "func() bool", rv_is_zero)                                         \
    X("Value.Pointer", "func() uintptr", rv_pointer)                                     \
    X("Value.MapIndex", "func(key Value) Value", rv_map_index)                           \
    X("Value.SetMapIndex", "func(key, elem Value)", rv_set_map_index)                    \
    X("Value.MapKeys", "func() []Value", rv_map_keys)                                    \
    X("Value.MapRange", "func() *MapIter", rv_map_range)                                 \
    X("(*MapIter).Next", "func() bool", rv_iter_next)                                    \
    X("(*MapIter).Key", "func() Value", rv_iter_key)                                     \
    X("(*MapIter).Value", "func() Value", rv_iter_value)                                 \
    X("(*MapIter).Reset", "func(v Value)", rv_iter_reset)                                \
    X("Value.SetIterKey", "func(iter *MapIter)", rv_set_iter_key)                        \
    X("Value.SetIterValue", "func(iter *MapIter)", rv_set_iter_value)                    \
    X("Value.Slice3", "func(i, j, k int) Value", rv_slice3)                              \
    X("Value.SetCap", "func(n int)", rv_set_cap)                                         \
    X("Value.Set", "func(x Value)", rv_set)                                              \
    X("Value.SetInt", "func(x int64)", rv_set_int)                                       \
    X("Value.SetUint", "func(x uint64)", rv_set_uint)                                    \
    X("Value.SetFloat", "func(x float64)", rv_set_float)                                 \
    X("Value.SetString", "func(x string)", rv_set_string)                                \
    X("Value.SetBool", "func(x bool)", rv_set_bool)                                      \
    X("Value.CanSet", "func() bool", rv_can_set)                                         \
    X("Value.CanAddr", "func() bool", rv_can_addr)                                       \
    X("Value.CanInterface", "func() bool", rv_can_interface)                             \
    X("Value.Addr", "func() Value", rv_addr)                                             \
    X("Value.Call", "func(in []Value) []Value", rv_call)                                 \
    X("Value.CallSlice", "func(in []Value) []Value", rv_call_slice)                      \
    X("MakeSlice", "func(typ Type, len, cap int) Value", rv_make_slice)                  \
    X("MakeMap", "func(typ Type) Value", rv_make_map)                                    \
    X("MakeMapWithSize", "func(typ Type, n int) Value", rv_make_map_size)                \
    X("SliceOf", "func(t Type) Type", rv_slice_of)                                       \
    X("MapOf", "func(key, elem Type) Type", rv_map_of)                                   \
    X("ArrayOf", "func(length int, elem Type) Type", rv_array_of)                        \
    X("FuncOf", "func(in, out []Type, variadic bool) Type", rv_func_of)                  \
    X("Append", "func(s Value, x ...Value) Value", rv_append)                            \
    X("AppendSlice", "func(s, t Value) Value", rv_append_slice)                          \
    X("Copy", "func(dst, src Value) int", rv_copy)                                       \
    X("Swapper", "func(slice any) func(i, j int)", rv_swapper)                           \
    X("Value.Slice", "func(i, j int) Value", rv_slice)                                   \
    X("Value.Bytes", "func() []byte", rv_bytes)                                          \
    X("Value.SetLen", "func(n int)", rv_set_len)                                         \
    X("Value.CanInt", "func() bool", rv_can_int)                                         \
    X("Value.CanUint", "func() bool", rv_can_uint)                                       \
    X("Value.CanFloat", "func() bool", rv_can_float)                                     \
    X("Value.OverflowInt", "func(x int64) bool", rv_overflow_int)                        \
    X("Value.OverflowUint", "func(x uint64) bool", rv_overflow_uint)                     \
    X("Value.OverflowFloat", "func(x float64) bool", rv_overflow_float)                  \
    X("Value.Convert", "func(t Type) Value", rv_convert)                                 \
    X("Value.CanConvert", "func(t Type) bool", rv_can_convert)                           \
    X("Value.Method", "func(i int) Value", rv_method)                                    \
    X("Value.MethodByName", "func(name string) Value", rv_method_by_name)                \
    X("ChanOf", "func(dir ChanDir, t Type) Type", rv_chan_of)                            \
    X("MakeChan", "func(typ Type, buffer int) Value", rv_make_chan)                      \
    X("Value.Send", "func(x Value)", rv_send)                                            \
    X("Value.TrySend", "func(x Value) bool", rv_try_send)                                \
    X("Value.Recv", "func() (x Value, ok bool)", rv_recv)                                \
    X("Value.TryRecv", "func() (x Value, ok bool)", rv_try_recv)                         \
    X("Value.Close", "func()", rv_close)                                                 \
    X("MakeFunc", "func(typ Type, fn func(args []Value) (results []Value)) Value", rv_make_func) \
    X("Select", "func(cases []SelectCase) (chosen int, recv Value, recvOK bool)", rv_select)
// Small Value and string makers shared by the reflect files.
static inline Value nil_val(void) {
    Value v = {.w = {0, 0}};
    return v;
}

static inline Value int_val(int64_t i) {
    Value v = nil_val();
    v.i = i;
    return v;
}

static inline Value bool_val(bool b) {
    Value v = nil_val();
    v.b = b;
    return v;
}

// cstr: a Go string over C string s (NULL is ""), which lives as long as
// the program (descriptor names, tags, literals): not copied.
static inline GoString cstr(const char *s) {
    GoString g = {(const uint8_t *)(s ? s : ""), s ? (int64_t)strlen(s) : 0};
    return g;
}

#define RV_DECLARE(name, sig, fn) void fn(Runtime *rt, Value *a, Value *res);
RV_TABLE(RV_DECLARE)
#undef RV_DECLARE

#endif
