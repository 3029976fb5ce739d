// constant.h - exact constant arithmetic for the type checker, modelled on
// Go's go/constant package and on how Go 1.19's types2 uses it.
//
// A ConstVal is an immutable value of one ConstKind. Integers are GMP
// integers of any size; floats are exact rationals (GMP mpq) while their
// numerator and denominator stay below 4096 bits, and otherwise 512-bit
// MPFR floats (as go/constant switches from big.Rat to big.Float). A value
// never changes after it is made, so ConstVal pointers may be shared
// freely (between AST nodes, objects, the REPL's declarations).
//
// Ownership: every ConstVal is allocated in the Arena given to
// const_ctx_new; the ConstCtx also remembers every value that holds GMP or
// MPFR storage. Call const_ctx_free before arena_free of that arena: it
// releases the GMP/MPFR storage (the ConstVal structs themselves go with
// the arena). There is no global mutable state; all state is in ConstCtx.
//
// The value's kind is not the Go type: an untyped float constant 2.0 or a
// float64 constant 3 may be held as CONST_INT or CONST_FLOAT; the checker
// tracks types and tells these functions what it needs (integer division,
// unsigned complement width, target basic type).
//
// Errors are returned as ConstErr codes, never printed; the checker prints
// Go's texts (table at the bottom of this file).
#ifndef GOSUB_INTERP_CONSTANT_H
#define GOSUB_INTERP_CONSTANT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../lexer/lexer.h"   // Arena, TokenKind

typedef enum ConstKind {
    CONST_UNKNOWN,   // result of an error; every operation on it yields it
    CONST_BOOL,
    CONST_STRING,
    CONST_INT,
    CONST_FLOAT,     // exact rational, or a 512-bit float when huge
} ConstKind;

typedef enum ConstErr {
    CONST_OK = 0,
    CONST_ERR_DIV_ZERO,     // "invalid operation: division by zero"
    CONST_ERR_SHIFT_COUNT,  // "invalid operation: invalid shift count %s"
    CONST_ERR_SHIFT_NEGATIVE, // "invalid operation: negative shift count %s"
    CONST_ERR_NOT_REPR,     // result not representable (float overflow to
                            // infinity): "constant result is not representable"
    CONST_ERR_BAD_OP,       // operator not defined on these kinds (checker bug
                            // or an error the checker reports itself)
} ConstErr;

// The basic types a constant can be converted to or checked against
// (types2's Basic kinds minus complex and unsafe.Pointer). int, uint and
// uintptr are 64-bit.
typedef enum ConstType {
    CT_BOOL, CT_STRING,
    CT_INT, CT_INT8, CT_INT16, CT_INT32, CT_INT64,
    CT_UINT, CT_UINT8, CT_UINT16, CT_UINT32, CT_UINT64, CT_UINTPTR,
    CT_FLOAT32, CT_FLOAT64,
    CT_UNTYPED_BOOL, CT_UNTYPED_INT, CT_UNTYPED_RUNE, CT_UNTYPED_FLOAT,
    CT_UNTYPED_STRING,
} ConstType;

// Why a value is not representable in a type (types2's error codes).
typedef enum ConstRepr {
    CONST_REPR_OK = 0,
    CONST_REPR_OVERFLOWS,   // numeric -> numeric, out of range: "(overflows)"
    CONST_REPR_TRUNCATED,   // non-integer-typed -> integer type: "(truncated)"
    CONST_REPR_INVALID,     // other kinds (string to int, ...): no suffix
} ConstRepr;

typedef struct ConstCtx ConstCtx;
typedef struct ConstVal ConstVal;

// ---- context ---------------------------------------------------------------

// const_ctx_new makes a context whose values live in arena (borrowed; it
// must outlive the context). Never returns NULL (aborts on OOM).
ConstCtx *const_ctx_new(Arena *arena);
// const_ctx_free releases GMP/MPFR storage of every value made through cx,
// then cx itself. Values must not be used afterwards. cx may be NULL.
void const_ctx_free(ConstCtx *cx);

// ---- constructors (results owned by cx's arena) -------------------------

// const_unknown: the CONST_UNKNOWN value.
const ConstVal *const_unknown(ConstCtx *cx);
const ConstVal *const_from_bool(ConstCtx *cx, bool b);
// const_from_string copies s[0..len) (any bytes, NULs allowed).
const ConstVal *const_from_string(ConstCtx *cx, const char *s, size_t len);
const ConstVal *const_from_int64(ConstCtx *cx, int64_t v);
const ConstVal *const_from_uint64(ConstCtx *cx, uint64_t v);
// const_from_double: exact value of a finite double (CONST_FLOAT, or
// CONST_UNKNOWN for inf/NaN). -0 becomes 0.
const ConstVal *const_from_double(ConstCtx *cx, double d);
// const_from_rune: the untyped rune constant 'x' (a CONST_INT).
const ConstVal *const_from_rune(ConstCtx *cx, int32_t r);
// const_from_int_lit parses a Go int_lit (decimal, 0x, 0o/0O, 0b/0B, legacy
// octal 017, '_' separators). Returns NULL if text is malformed (the lexer
// has already reported it; the checker then uses const_unknown).
const ConstVal *const_from_int_lit(ConstCtx *cx, const char *text);
// const_from_float_lit parses a Go float_lit (decimal with optional
// exponent, or hex mantissa with p exponent), exactly: "0.1" is 1/10,
// "1e1000" is an exact integer-valued rational. Returns NULL if malformed.
const ConstVal *const_from_float_lit(ConstCtx *cx, const char *text);

// ---- inspection ------------------------------------------------------------

ConstKind const_kind(const ConstVal *x);
// const_sign: -1, 0, +1 for numeric values (0 for others).
int const_sign(const ConstVal *x);
// const_bitlen: number of bits of |x| for CONST_INT (0 for 0), else 0.
// The checker reports "constant <op> overflow" when an untyped integer
// result exceeds 512 bits (see the table below).
size_t const_bitlen(const ConstVal *x);
// const_is_integral: x is CONST_INT, or a CONST_FLOAT with an integer value.
bool const_is_integral(const ConstVal *x);

// ---- extraction ------------------------------------------------------------

// const_int64 / const_uint64: the value if x is an integral number that
// fits exactly; otherwise *ok = false and 0. ok may be NULL.
int64_t const_int64(const ConstVal *x, bool *ok);
uint64_t const_uint64(const ConstVal *x, bool *ok);
// const_float64 / const_float32: nearest float (round to nearest, ties to
// even) of a numeric value; *exact tells whether no rounding happened.
// Overflow gives +-inf (check representability first). exact may be NULL.
double const_float64(const ConstVal *x, bool *exact);
float const_float32(const ConstVal *x, bool *exact);
bool const_bool(const ConstVal *x);
// const_string: the bytes of a CONST_STRING (owned by the arena, NUL-
// terminated after len bytes); *len receives the length.
const char *const_string(const ConstVal *x, size_t *len);

// ---- conversions -----------------------------------------------------------

// const_to_int: x as CONST_INT if it is integral (go/constant.ToInt: a huge
// float within a few ulps of an integer also counts), else CONST_UNKNOWN.
const ConstVal *const_to_int(ConstCtx *cx, const ConstVal *x);
// const_to_float: numeric x as a CONST_FLOAT value (ints become rationals),
// else CONST_UNKNOWN.
const ConstVal *const_to_float(ConstCtx *cx, const ConstVal *x);

// const_representable reports whether x is representable by a value of
// basic type t (Go spec "Representability"; types2 representableConst).
// For float targets the value is rounded to float32/float64 precision;
// *rounded (may be NULL) receives the value to use from now on (rounded
// float, integer form for integer types, x itself otherwise). As in types2,
// *rounded is written even when the answer is false: for an integer target
// and an integral x it is the integer form (see const_convert).
bool const_representable(ConstCtx *cx, const ConstVal *x, ConstType t,
                         const ConstVal **rounded);

// const_representation is types2's representation(): like
// const_representable, and on failure says why, given whether the type of x
// (not its value) is an integer type and whether it is numeric (i.e. the
// checker's isInteger(x.typ) / isNumeric(x.typ)). *rounded is written as
// by const_representable (also on failure; assignments print x, not it).
ConstRepr const_representation(ConstCtx *cx, const ConstVal *x,
                               bool x_is_integer_type, bool x_is_numeric_type,
                               ConstType t, const ConstVal **rounded);

// const_convert is the constant conversion T(x) (types2 constConvertibleTo):
// representable values convert (rounded for floats); an integer-typed x
// converts to a string type as a rune (string(rune(65)) == "A", invalid
// code points give "\uFFFD"). Returns false when the conversion is not
// allowed: "cannot convert %s to type %s" (Go 1.19: no "(truncated)"
// suffix). Even then *out is set: types2 overwrites the operand's value,
// so the message prints *out, e.g. int(1e100) -> "cannot convert 1e100
// (untyped float constant 10000...0) to type int", uint8(256) -> "256".
bool const_convert(ConstCtx *cx, const ConstVal *x, bool x_is_integer_type,
                   ConstType t, const ConstVal **out);

// ---- operations --------------------------------------------------------------

// const_binary_op computes x op y for op in ADD SUB MUL QUO REM AND OR XOR
// AND_NOT LAND LOR (TokenKind). Kinds are matched first (int with float
// gives float). QUO on two integers truncates when int_division is true
// (the operand type is an integer type; types2 passes token.QUO_ASSIGN),
// otherwise gives the exact quotient. ADD on strings concatenates.
// Errors: *err = CONST_ERR_DIV_ZERO for / or % by zero, CONST_ERR_NOT_REPR
// if a float result overflows, CONST_ERR_BAD_OP for a bad op/kind; the
// result is then CONST_UNKNOWN. err may be NULL. An UNKNOWN operand gives
// UNKNOWN with CONST_OK (the error was reported before).
const ConstVal *const_binary_op(ConstCtx *cx, const ConstVal *x, TokenKind op,
                                const ConstVal *y, bool int_division,
                                ConstErr *err);

// const_compare: x op y for op in EQL NEQ LSS LEQ GTR GEQ on two values of
// matching kinds (numbers of any kind compare exactly; strings bytewise;
// bools only EQL/NEQ). Returns false for UNKNOWN operands or bad ops.
bool const_compare(const ConstVal *x, TokenKind op, const ConstVal *y);

// const_shift: x << s or x >> s (op SHL/SHR) for an integral x (a CONST_FLOAT
// with integer value is accepted and becomes CONST_INT; a non-integral x
// gives CONST_ERR_BAD_OP). count is the shift count constant: negative ->
// CONST_ERR_SHIFT_NEGATIVE; not an integer or > 1074 (types2's shiftBound
// 1023-1+52) -> CONST_ERR_SHIFT_COUNT. >> of a negative value rounds toward
// -inf like Go. The result is UNKNOWN on error.
const ConstVal *const_shift(ConstCtx *cx, const ConstVal *x, TokenKind op,
                            const ConstVal *count, ConstErr *err);

// const_unary_op: op x for op in ADD SUB XOR NOT. For XOR (bitwise
// complement) prec_bits > 0 means x has an unsigned type of that many bits
// and the result is the prec_bits-wide complement (^uint8(1) == 254); pass
// 0 for signed and untyped operands (^x == -x-1).
const ConstVal *const_unary_op(ConstCtx *cx, TokenKind op, const ConstVal *x,
                               unsigned prec_bits, ConstErr *err);

// ---- formatting ---------------------------------------------------------------

// const_string_repr is go/constant's Value.String(), which types2 prints
// in messages: ints in decimal; floats in %.6g style ("1e+100", "0.1",
// "3.14159", "1.5"), huge floats like "1e+1000"; strings quoted by Go's
// strconv.Quote rules and cut to 72 runes ending in "..."; "true"/"false";
// "unknown". Result owned by cx's arena.
const char *const_string_repr(ConstCtx *cx, const ConstVal *x);
// const_exact_string is go/constant's ExactString(): like String but exact
// rationals print as "p/q" (integral ones as integers), big floats as
// big.Float.Text('p', 0) ("0x.8p+4097"), strings quoted in full.
const char *const_exact_string(ConstCtx *cx, const ConstVal *x);

// const_type_name: Go's name of t ("int8", "untyped float", ...).
const char *const_type_name(ConstType t);

// const_operand_string formats a constant operand as types2 does:
//   untyped:  "<expr> (untyped int constant)"          when expr is the value
//             "<expr> (untyped int constant <value>)"   otherwise
//   typed:    "<expr> (constant <value> of type <type_name>)"  (value
//             omitted when equal to expr)
// expr is the expression's source text (syntax.String); type_name is the
// Go type's name for typed constants ("int8", "MyInt") or the untyped
// kind's name ("untyped int") when untyped is true. Arena-owned result.
const char *const_operand_string(ConstCtx *cx, const char *expr,
                                 const ConstVal *x, bool untyped,
                                 const char *type_name);

// const_overflow_op_name: the operation's name in types2's "constant %s
// overflow" message: ADD "addition", SUB "subtraction", MUL
// "multiplication", XOR "bitwise XOR" (binary) / "bitwise complement"
// (unary), SHL "shift"; "" for anything else (then the message is
// "constant overflow").
const char *const_overflow_op_name(TokenKind op, bool unary);

// ---- Go 1.19 message texts (recorded from `go run`, column in brackets) ---
// <opnd> below is const_operand_string(expr, value, untyped, type name).
// Positions: [x] = start of the operand expression (syntax.StartPos);
// [op] = the operator token of the binary/unary expression.
//
// Assignment of an untyped constant (types2 assignment; context is
// "variable declaration", "constant declaration", "assignment",
// "assignment to _ identifier", "argument to f", "return statement" ...):
//   var x int8 = 300        [x] cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)
//   const c = 1 << 100; var y int = c
//                           [x] cannot use c (untyped int constant 1267650600228229401496703205376) as int value in variable declaration (overflows)
//   x := 1 << 64            [x] cannot use 1 << 64 (untyped int constant 18446744073709551616) as int value in assignment (overflows)
//   var f float32 = 1e100   [x] cannot use 1e100 (untyped float constant 1e+100) as float32 value in variable declaration (overflows)
//   var i int = 1.5         [x] cannot use 1.5 (untyped float constant) as int value in variable declaration (truncated)
//   const f = 1000000.5; var i int = f
//                           [x] cannot use f (untyped float constant 1e+06) as int value in variable declaration (truncated)
//   var i int = 1e100       [x] ... (untyped float constant 1e+100) as int value ... (truncated)   (float-typed -> int: always "truncated")
//   var s string = 1        [x] cannot use 1 (untyped int constant) as string value in variable declaration
//   var u uint = -1         [x] cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)
//   const x float32 = 1e39  [x] cannot use 1e39 (untyped float constant 1e+39) as float32 value in constant declaration (overflows)
//   const x = 'a'; var i int8 = x * 2
//                           [x] cannot use x * 2 (untyped rune constant 194) as int8 value in variable declaration (overflows)
//   So: "cannot use <opnd> as <T> value in <context>" + " (overflows)" /
//   " (truncated)" / "" for CONST_REPR_OVERFLOWS / _TRUNCATED / _INVALID.
//   Typed constant of another type (assignability, not representability):
//   const x int8 = 1; var s uint8 = x
//                           [x] cannot use x (constant 1 of type int8) as type uint8 in variable declaration
//
// Typed constant arithmetic out of range (types2 overflow -> representable
// -> invalidConversion; ConstRepr decides the verb):
//   const a int8 = 100; const b = a * 2   [x] a * 2 (constant 200 of type int8) overflows int8
//   const a uint8 = 1; const b = -a       [x] -a (constant -1 of type uint8) overflows uint8
//   const x int64 = -9223372036854775808; const y = -x
//                                         [x] -x (constant 9223372036854775808 of type int64) overflows int64
//   const a int8 = 1; const b = a << 10   [x] a << 10 (constant 1024 of type int8) overflows int8
//   const a float32 = 1e38; const b = a * 10
//                                         [x] a * 10 (constant 1e+39 of type float32) overflows float32
//   type T int8; const a T = 100; const b = a * 2
//                                         [x] a * 2 (constant 200 of type T) overflows int8
//       (operand shows the named type, the target is the underlying type)
//   Untyped operand converted implicitly to the other operand's type:
//   var x int8; _ = x + 1000              [x] 1000 (untyped int constant) overflows int8
//   const a int = 1; const b = a / 0.5    [x] 0.5 (untyped float constant) truncated to int
//   (CONST_REPR_TRUNCATED: "%s truncated to %s"; CONST_REPR_INVALID:
//   "cannot convert %s to type %s"; e.g. shift count 1 << 1.5:
//                                         [x] 1.5 (untyped float constant) truncated to uint)
//
// Untyped integer results wider than 512 bits (const_bitlen > 512):
//   const c = 1 << 600                    [op] constant shift overflow
//   const x = 1 << 511; _ = x + x         [op] constant addition overflow
//   ... -x - x                            [op] constant subtraction overflow
//   ... c * c * c                         [op] constant multiplication overflow
//   ("constant %soverflow", op name + " " from const_overflow_op_name)
//   A float result that is infinite (CONST_ERR_NOT_REPR):
//                                         [op] constant result is not representable
//
// Conversions T(c) that const_convert refuses:
//   uint8(256)          [x] cannot convert 256 (untyped int constant) to type uint8
//   int(1.5)            [x] cannot convert 1.5 (untyped float constant) to type int
//   string(65.0)        [x] cannot convert 65.0 (untyped float constant 65) to type string
//   const c = 1 << 100; _ = int64(c)
//                       [x] cannot convert c (untyped int constant 1267650600228229401496703205376) to type int64
//   int(1e100)          [x] cannot convert 1e100 (untyped float constant 1000...000) to type int
//                       (the integer form, from const_convert's *out; 101 digits)
//   const x float64 = 1.5; _ = int8(x)
//                       [x] cannot convert x (constant 1.5 of type float64) to type int8
//
// Division and shifts:
//   _ = 1 / 0; 1.0 / 0; 1 % 0; a / 0   [y] invalid operation: division by zero
//   const s = 1 << 1075                 [y] invalid operation: invalid shift count 1075 (untyped int constant)
//   const s = 1 << -1                   [y] invalid operation: negative shift count -1 (untyped int constant)
//   const x = 1.5 << 2                  [x] invalid operation: shifted operand 1.5 (untyped float constant) must be integer
//   var x = 5 % 2.0                     [x] invalid operation: operator % not defined on 5 (untyped float constant)
//   (2.0 << 2 is fine: the result is untyped int 8)
//
// Value formatting seen in those messages (const_string_repr):
//   0.1 -> 0.1   3.14159265 -> 3.14159   1.0/3 -> 0.333333   123456789.5 ->
//   1.23457e+08   100000.0 -> 100000   1000000.0 -> 1e+06   1e-5 -> 1e-05
//   0x1p-2 -> 0.25   65.0 -> 65   -0.0 -> 0   1e1000 -> 1e+1000
//   -1e1000 -> -1e+1000   1e-400 -> 1e-400   5e-324 -> 4.94066e-324
//   1e300*1e300*1e300 -> 1e+900   0.1+0.2-0.3 -> 0
//   "a\tb\x00\u00e9\u2028" -> "a\tb\x00é\u2028"
//   long strings: the first 69 runes of the quoted form + "..."
#endif
