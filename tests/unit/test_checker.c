// test_checker.c - unit tests for the checker (interp/check_*.c): the
// real pipeline in-process (parse_file, tc_new, tc_check_file,
// tc_print_errors), asserting Go 1.19's exact compile errors and their
// positions for every error issue #2 lists, programs that must check with
// no error, and the storage annotations the evaluator relies on. Every
// expected text was recorded from `go build` (go1.19.8) on the same source
// saved as x.go.
#include <check.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "checked.h"

Suite *checker_suite(void);

// ---- compile errors --------------------------------------------------------

typedef struct ErrorCase {
    const char *name;
    const char *src;
    const char *want;        // go build's output, "./x.go:" shortened to "x.go:"
} ErrorCase;

static const ErrorCase error_cases[] = {
    // generics (issue 13), texts recorded from Go 1.19
    {"generic_op_on_any",
     "package main\n"
     "\n"
     "func Add[T any](a, b T) T { return a + b }\n"
     "\n"
     "func main() {}\n",
     "x.go:3:36: invalid operation: operator + not defined on a (variable of type T constrained by any)\n"},
    {"generic_not_satisfied",
     "package main\n"
     "\n"
     "type Number interface{ ~int | ~float64 }\n"
     "\n"
     "func Sum[T Number](a, b T) T { return a + b }\n"
     "\n"
     "func main() { Sum(\"a\", \"b\") }\n",
     "x.go:7:18: string does not implement Number (string missing in ~int | ~float64)\n"},
    {"generic_cannot_infer",
     "package main\n"
     "\n"
     "func Zero[T any]() T { var z T; return z }\n"
     "\n"
     "func main() { _ = Zero() }\n",
     "x.go:5:23: cannot infer T (x.go:3:11)\n"},
    {"generic_uninstantiated",
     "package main\n"
     "\n"
     "type List[T any] struct{ v []T }\n"
     "\n"
     "func main() { var l List; _ = l }\n",
     "x.go:5:21: cannot use generic type List[T any] without instantiation\n"},
    {"generic_untyped_mismatch",
     "package main\n"
     "\n"
     "func Max[T int | float64](a, b T) T { return a }\n"
     "\n"
     "func main() { _ = Max(1, 2.5) }\n",
     "x.go:5:26: default type float64 of 2.5 does not match inferred type int for T\n"},
    {"undefined",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tx := y\n"
     "\t_ = x\n"
     "}\n",
     "x.go:4:7: undefined: y\n"},
    {"undefined_in_define",  // x is not reported unused: its initialiser is invalid
     "package main\n"
     "\n"
     "func main() {\n"
     "\tx := y\n"
     "}\n",
     "x.go:4:7: undefined: y\n"},
    {"undefined_func",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tfoo(1)\n"
     "}\n",
     "x.go:4:2: undefined: foo\n"},
    {"mismatched_int_string",
     "package main\n"
     "\n"
     "func main() {\n"
     "\ta := 1\n"
     "\tb := \"s\"\n"
     "\t_ = a + b\n"
     "}\n",
     "x.go:6:6: invalid operation: a + b (mismatched types int and string)\n"},
    {"mismatched_named",
     "package main\n"
     "\n"
     "type Celsius float64\n"
     "type Fahrenheit float64\n"
     "\n"
     "func main() {\n"
     "\tvar c Celsius = 10\n"
     "\tvar f Fahrenheit = 50\n"
     "\t_ = c == f\n"
     "}\n",
     "x.go:9:11: invalid operation: c == f (mismatched types Celsius and Fahrenheit)\n"},
    {"not_enough_args",
     "package main\n"
     "\n"
     "func f(a int, b string) {}\n"
     "\n"
     "func main() {\n"
     "\tf(1)\n"
     "}\n",
     "x.go:6:4: not enough arguments in call to f\n"
     "\thave (number)\n"
     "\twant (int, string)\n"},
    {"too_many_args",
     "package main\n"
     "\n"
     "func f(a int) {}\n"
     "\n"
     "func main() {\n"
     "\tf(1, \"x\", 2.5)\n"
     "}\n",
     "x.go:6:7: too many arguments in call to f\n"
     "\thave (number, string, number)\n"
     "\twant (int)\n"},
    {"not_enough_args_variadic",
     "package main\n"
     "\n"
     "func f(a int, b ...string) {}\n"
     "\n"
     "func main() {\n"
     "\tf()\n"
     "}\n",
     "x.go:6:2: not enough arguments in call to f\n"
     "\thave ()\n"
     "\twant (int, ...string)\n"},
    {"assign_mismatch_values",
     "package main\n"
     "\n"
     "func main() {\n"
     "\ta, b := 1\n"
     "\t_, _ = a, b\n"
     "}\n",
     "x.go:4:10: assignment mismatch: 2 variables but 1 value\n"},
    {"assign_mismatch_call",
     "package main\n"
     "\n"
     "func two() (int, int) { return 1, 2 }\n"
     "\n"
     "func main() {\n"
     "\tvar x int = two()\n"
     "\t_ = x\n"
     "}\n",
     "x.go:6:14: multiple-value two() (value of type (int, int)) in single-value context\n"},
    {"assign_mismatch_assign",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tvar a, b int\n"
     "\ta, b = 1, 2, 3\n"
     "\t_, _ = a, b\n"
     "}\n",
     "x.go:5:9: assignment mismatch: 2 variables but 3 values\n"},
    {"unused_var",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tx := 1\n"
     "}\n",
     "x.go:4:2: x declared but not used\n"},
    {"unused_var_two",
     "package main\n"
     "\n"
     "func main() {\n"
     "\ta, b := 1, 2\n"
     "\t_ = a\n"
     "\tvar c string\n"
     "}\n",
     "x.go:4:5: b declared but not used\n"
     "x.go:6:6: c declared but not used\n"},
    {"unused_assigned_only",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tx := 1\n"
     "\tx = 2\n"
     "}\n",
     "x.go:4:2: x declared but not used\n"},
    {"unused_import",
     "package main\n"
     "\n"
     "import \"os\"\n"
     "\n"
     "func main() {\n"
     "}\n",
     "x.go:3:8: imported and not used: \"os\"\n"},
    {"unused_import_two",
     "package main\n"
     "\n"
     "import (\n"
     "\t\"fmt\"\n"
     "\t\"strings\"\n"
     ")\n"
     "\n"
     "func main() {\n"
     "}\n",
     "x.go:4:2: imported and not used: \"fmt\"\n"
     "x.go:5:2: imported and not used: \"strings\"\n"},
    {"no_new_vars",
     "package main\n"
     "\n"
     "func main() {\n"
     "\ta := 1\n"
     "\ta := 2\n"
     "\t_ = a\n"
     "}\n",
     "x.go:5:4: no new variables on left side of :=\n"},
    {"missing_return",
     "package main\n"
     "\n"
     "func f(x int) int {\n"
     "\tif x > 0 {\n"
     "\t\treturn 1\n"
     "\t}\n"
     "}\n"
     "\n"
     "func main() { _ = f(1) }\n",
     "x.go:7:1: missing return\n"},
    {"missing_return_for_break",
     "package main\n"
     "\n"
     "func f() int {\n"
     "\tfor {\n"
     "\t\tbreak\n"
     "\t}\n"
     "}\n"
     "\n"
     "func main() { _ = f() }\n",
     "x.go:7:1: missing return\n"},
    {"invalid_op_string_minus",
     "package main\n"
     "\n"
     "func main() {\n"
     "\ts := \"a\"\n"
     "\t_ = s - \"b\"\n"
     "}\n",
     "x.go:5:6: invalid operation: operator - not defined on s (variable of type string)\n"},
    {"invalid_op_not_int",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tn := 1\n"
     "\t_ = !n\n"
     "}\n",
     "x.go:5:7: invalid operation: operator ! not defined on n (variable of type int)\n"},
    {"invalid_op_bool_plus",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tt := true\n"
     "\t_ = t + t\n"
     "}\n",
     "x.go:5:6: invalid operation: operator + not defined on t (variable of type bool)\n"},
    {"index_ptr_map",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tM := new(map[string]int)\n"
     "\tM[\"theAnswer\"] = 42\n"
     "}\n",
     "x.go:5:3: invalid operation: cannot index M (variable of type *map[string]int)\n"},
    {"index_int",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tn := 5\n"
     "\t_ = n[0]\n"
     "}\n",
     "x.go:5:7: invalid operation: cannot index n (variable of type int)\n"},
    {"compare_slices",
     "package main\n"
     "\n"
     "func main() {\n"
     "\ta := []int{1}\n"
     "\tb := []int{1}\n"
     "\t_ = a == b\n"
     "}\n",
     "x.go:6:6: invalid operation: a == b (slice can only be compared to nil)\n"},
    {"const_overflow_var",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tvar x int8 = 128\n"
     "\t_ = x\n"
     "}\n",
     "x.go:4:15: cannot use 128 (untyped int constant) as int8 value in variable declaration (overflows)\n"},
    {"const_overflow_typed",
     "package main\n"
     "\n"
     "const Max int8 = 100\n"
     "\n"
     "func main() {\n"
     "\t_ = Max * 2\n"
     "}\n",
     "x.go:6:6: Max * 2 (constant 200 of type int8) overflows int8\n"},
    {"const_overflow_huge",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tx := 1 << 100\n"
     "\t_ = x\n"
     "}\n",
     "x.go:4:7: cannot use 1 << 100 (untyped int constant 1267650600228229401496703205376) as int value in assignment (overflows)\n"},
    {"const_overflow_uint_neg",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tvar u uint = -1\n"
     "\t_ = u\n"
     "}\n",
     "x.go:4:15: cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)\n"},
    {"const_overflow_conv",
     "package main\n"
     "\n"
     "func main() {\n"
     "\t_ = uint8(300)\n"
     "}\n",
     "x.go:4:12: cannot convert 300 (untyped int constant) to type uint8\n"},
    {"div_zero_int",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tn := 10\n"
     "\t_ = n / 0\n"
     "}\n",
     "x.go:5:10: invalid operation: division by zero\n"},
    {"mod_zero_int",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tn := 10\n"
     "\t_ = n % 0\n"
     "}\n",
     "x.go:5:10: invalid operation: division by zero\n"},
    {"div_zero_const",
     "package main\n"
     "\n"
     "const c = 1 / 0\n"
     "\n"
     "func main() {\n"
     "}\n",
     "x.go:3:15: invalid operation: division by zero\n"},
    {"div_zero_float_const",
     "package main\n"
     "\n"
     "func main() {\n"
     "\t_ = 1.5 / 0.0\n"
     "}\n",
     "x.go:4:12: invalid operation: division by zero\n"},
    {"cannot_use_assign_const",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tvar s string\n"
     "\ts = 1\n"
     "\t_ = s\n"
     "}\n",
     "x.go:5:6: cannot use 1 (untyped int constant) as string value in assignment\n"},
    {"cannot_use_assign_var",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tvar i int\n"
     "\tf := 2.5\n"
     "\ti = f\n"
     "\t_ = i\n"
     "}\n",
     "x.go:6:6: cannot use f (variable of type float64) as type int in assignment\n"},
    {"cannot_use_argument",
     "package main\n"
     "\n"
     "func g(s string) {}\n"
     "\n"
     "func main() {\n"
     "\tg(42)\n"
     "}\n",
     "x.go:6:4: cannot use 42 (untyped int constant) as string value in argument to g\n"},
    {"cannot_use_return",
     "package main\n"
     "\n"
     "func g() int {\n"
     "\treturn \"x\"\n"
     "}\n"
     "\n"
     "func main() { _ = g() }\n",
     "x.go:4:9: cannot use \"x\" (untyped string constant) as int value in return statement\n"},
    {"cannot_use_named",
     "package main\n"
     "\n"
     "type ID int\n"
     "\n"
     "func main() {\n"
     "\tvar n int = 3\n"
     "\tvar id ID\n"
     "\tid = n\n"
     "\t_ = id\n"
     "}\n",
     "x.go:8:7: cannot use n (variable of type int) as type ID in assignment\n"},
    {"non_bool_if",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tx := 1\n"
     "\tif x {\n"
     "\t}\n"
     "}\n",
     "x.go:5:5: non-boolean condition in if statement\n"},
    {"non_bool_for",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tfor 1 {\n"
     "\t}\n"
     "}\n",
     "x.go:4:6: non-boolean condition in for statement\n"},
    {"break_outside",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tbreak\n"
     "}\n",
     "x.go:4:2: break is not in a loop, switch, or select\n"},
    {"continue_outside",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tx := 1\n"
     "\tswitch x {\n"
     "\tcase 1:\n"
     "\t\tcontinue\n"
     "\t}\n"
     "}\n",
     "x.go:7:3: continue is not in a loop\n"},
    {"undefined_field",
     "package main\n"
     "\n"
     "type T struct{ a int }\n"
     "\n"
     "func main() {\n"
     "\tvar t T\n"
     "\t_ = t.b\n"
     "}\n",
     "x.go:7:8: t.b undefined (type T has no field or method b)\n"},
    {"undefined_field_ptr",
     "package main\n"
     "\n"
     "type T struct{ a int }\n"
     "\n"
     "func main() {\n"
     "\tp := &T{}\n"
     "\tp.c = 1\n"
     "}\n",
     "x.go:7:4: p.c undefined (type *T has no field or method c)\n"},
    {"undefined_method_call",
     "package main\n"
     "\n"
     "type T struct{ a int }\n"
     "\n"
     "func main() {\n"
     "\tvar t T\n"
     "\tt.Run()\n"
     "}\n",
     "x.go:7:4: t.Run undefined (type T has no field or method Run)\n"},
    {"undefined_pkg_member",
     "package main\n"
     "\n"
     "import \"strings\"\n"
     "\n"
     "func main() {\n"
     "\t_ = strings.NoSuch(\"a\")\n"
     "}\n",
     "x.go:6:14: undefined: strings.NoSuch\n"},
    {"too_many_return_values",
     "package main\n"
     "\n"
     "func f() int {\n"
     "\treturn 1, 2\n"
     "}\n"
     "\n"
     "func main() { _ = f() }\n",
     "x.go:4:12: too many return values\n"
     "\thave (number, number)\n"
     "\twant (int)\n"},
    {"not_enough_return_values",
     "package main\n"
     "\n"
     "func f() (int, string) {\n"
     "\treturn 1\n"
     "}\n"
     "\n"
     "func main() { _, _ = f() }\n",
     "x.go:4:9: not enough return values\n"
     "\thave (number)\n"
     "\twant (int, string)\n"},
    {"return_in_void",
     "package main\n"
     "\n"
     "func f() {\n"
     "\treturn 1\n"
     "}\n"
     "\n"
     "func main() { f() }\n",
     "x.go:4:9: too many return values\n"
     "\thave (number)\n"
     "\twant ()\n"},
    {"invalid_map_key_slice",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tvar m map[[]int]string\n"
     "\t_ = m\n"
     "}\n",
     "x.go:4:12: invalid map key type []int\n"},
    {"invalid_map_key_func",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tm := map[func()]int{}\n"
     "\t_ = m\n"
     "}\n",
     "x.go:4:15: invalid map key type func()\n"},
    {"too_many_errors",
     "package main\n"
     "\n"
     "func main() {\n"
     "\t_ = a1\n"
     "\t_ = a2\n"
     "\t_ = a3\n"
     "\t_ = a4\n"
     "\t_ = a5\n"
     "\t_ = a6\n"
     "\t_ = a7\n"
     "\t_ = a8\n"
     "\t_ = a9\n"
     "\t_ = a10\n"
     "\t_ = a11\n"
     "\t_ = a12\n"
     "}\n",
     "x.go:4:6: undefined: a1\n"
     "x.go:5:6: undefined: a2\n"
     "x.go:6:6: undefined: a3\n"
     "x.go:7:6: undefined: a4\n"
     "x.go:8:6: undefined: a5\n"
     "x.go:9:6: undefined: a6\n"
     "x.go:10:6: undefined: a7\n"
     "x.go:11:6: undefined: a8\n"
     "x.go:12:6: undefined: a9\n"
     "x.go:13:6: undefined: a10\n"
     "x.go:13:6: too many errors\n"},
    {"label_unused",
     "package main\n"
     "\n"
     "func main() {\n"
     "L:\n"
     "\tfor {\n"
     "\t}\n"
     "}\n",
     "x.go:4:1: label L defined and not used\n"},
    {"break_label_undefined",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tfor {\n"
     "\t\tbreak L\n"
     "\t}\n"
     "}\n",
     "x.go:5:9: break label not defined: L\n"},
    {"redeclared",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tvar a int\n"
     "\tvar a string\n"
     "\t_ = a\n"
     "}\n",
     "x.go:5:6: a redeclared in this block\n"
     "\tx.go:4:6: other declaration of a\n"},
    {"call_non_function",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tx := 1\n"
     "\tx()\n"
     "}\n",
     "x.go:5:2: invalid operation: cannot call non-function x (variable of type int)\n"},
    {"assign_to_string_index",
     "package main\n"
     "\n"
     "func main() {\n"
     "\ts := \"abc\"\n"
     "\ts[0] = 'x'\n"
     "}\n",
     "x.go:5:2: cannot assign to s[0] (value of type byte)\n"},
};

#define NERROR_CASES ((int)(sizeof error_cases / sizeof error_cases[0]))

START_TEST(test_error_case) {
    const ErrorCase *tc = &error_cases[_i];
    Checked k;
    tu_check_src(&k, tc->src);
    ck_assert_msg(strcmp(k.errors, tc->want) == 0, "case %s:\n%s\nwant:\n%sgot:\n%s", tc->name, tc->src,
                  tc->want, k.errors);
    ck_assert_msg(k.nerrors > 0, "case %s: tc_check_file returned %d", tc->name, k.nerrors);
    tu_checked_free(&k);
}
END_TEST

// ---- programs that must check without errors -------------------------------

typedef struct OkCase {
    const char *name;
    const char *src;
} OkCase;

static const OkCase ok_cases[] = {
    {"iota_patterns",
     "package main\n"
     "\n"
     "type Weekday int\n"
     "\n"
     "const (\n"
     "\tSunday Weekday = iota\n"
     "\tMonday\n"
     "\tTuesday\n"
     ")\n"
     "\n"
     "const (\n"
     "\t_  = iota\n"
     "\tKB = 1 << (10 * iota)\n"
     "\tMB\n"
     "\tGB\n"
     ")\n"
     "\n"
     "const (\n"
     "\ta, b = iota, iota * 10\n"
     "\tc, d\n"
     "\t_, _\n"
     "\te, f\n"
     ")\n"
     "\n"
     "const (\n"
     "\tx0 = iota * iota\n"
     "\tx1\n"
     "\tskip = \"s\"\n"
     "\tx3 = iota\n"
     ")\n"
     "\n"
     "var w Weekday = Tuesday\n"
     "var arr [GB >> 29]int\n"
     "\n"
     "func main() {\n"
     "\t_ = Sunday + Monday\n"
     "\t_ = [MB / KB]int{}\n"
     "\t_, _, _, _, _, _, _, _ = a, b, c, d, e, f, x0, x1\n"
     "\t_, _, _ = skip, x3, w\n"
     "\t_ = len(arr)\n"
     "}\n"},
    {"untyped_const_arith",
     "package main\n"
     "\n"
     "const Huge = 1 << 100\n"
     "const Small = Huge >> 98\n"
     "const F = 1.0 / 3\n"
     "const Big = Huge * Huge / Huge / Huge\n"
     "const R = 'a' + 1\n"
     "const S = \"ab\" + \"cd\"\n"
     "const Typed int64 = Huge >> 40\n"
     "\n"
     "func main() {\n"
     "\tvar i int = Small\n"
     "\tvar f32 float32 = F\n"
     "\tvar u8 uint8 = 255\n"
     "\tvar r rune = R\n"
     "\tx := Huge / (1 << 90)\n"
     "\tvar g float64 = Huge\n"
     "\tvar b byte = 'z' - 'a'\n"
     "\tconst k = len(S)\n"
     "\tvar arr [k]int\n"
     "\t_, _, _, _, _, _, _, _, _ = i, f32, u8, r, x, g, b, arr, Typed\n"
     "\t_ = Big\n"
     "\t_ = 7 / 2 * 2.0\n"
     "\t_ = 1 << 62\n"
     "\tvar sh uint = 3\n"
     "\t_ = 1 << sh\n"
     "}\n"},
    {"shadowing",
     "package main\n"
     "\n"
     "import \"fmt\"\n"
     "\n"
     "var x = 1\n"
     "\n"
     "func f(x int) int {\n"
     "\t{\n"
     "\t\tx := \"inner\"\n"
     "\t\t_ = x\n"
     "\t}\n"
     "\tif x := x * 2; x > 0 {\n"
     "\t\treturn x\n"
     "\t}\n"
     "\treturn x\n"
     "}\n"
     "\n"
     "func main() {\n"
     "\tx := x + 1\n"
     "\tfor x := 0; x < 3; x++ {\n"
     "\t\t_ = x\n"
     "\t}\n"
     "\tfmt := fmt.Sprint(x)\n"
     "\tlen := len(fmt)\n"
     "\t_ = len\n"
     "\tvar int = 3\n"
     "\t_ = int\n"
     "\t_ = f(x)\n"
     "}\n"},
    {"closures",
     "package main\n"
     "\n"
     "func counter() func() int {\n"
     "\tn := 0\n"
     "\treturn func() int {\n"
     "\t\tn++\n"
     "\t\treturn n\n"
     "\t}\n"
     "}\n"
     "\n"
     "func apply(fs []func(int) int, v int) int {\n"
     "\tfor _, f := range fs {\n"
     "\t\tv = f(v)\n"
     "\t}\n"
     "\treturn v\n"
     "}\n"
     "\n"
     "func main() {\n"
     "\tc := counter()\n"
     "\t_ = c()\n"
     "\ttotal := 0\n"
     "\tadd := func(k int) { total += k }\n"
     "\tfor i := 0; i < 3; i++ {\n"
     "\t\tadd(i)\n"
     "\t}\n"
     "\tvar fib func(int) int\n"
     "\tfib = func(n int) int {\n"
     "\t\tif n < 2 {\n"
     "\t\t\treturn n\n"
     "\t\t}\n"
     "\t\treturn fib(n-1) + fib(n-2)\n"
     "\t}\n"
     "\t_ = apply([]func(int) int{fib, func(x int) int { return x * total }}, 5)\n"
     "\touter := 1\n"
     "\tf := func() func() int {\n"
     "\t\treturn func() int { return outer }\n"
     "\t}\n"
     "\t_ = f()()\n"
     "}\n"},
    {"labeled_loops",
     "package main\n"
     "\n"
     "func main() {\n"
     "\tn := 0\n"
     "outer:\n"
     "\tfor i := 0; i < 3; i++ {\n"
     "\tinner:\n"
     "\t\tfor j := 0; j < 3; j++ {\n"
     "\t\t\tswitch {\n"
     "\t\t\tcase j == 1:\n"
     "\t\t\t\tcontinue outer\n"
     "\t\t\tcase i == 2:\n"
     "\t\t\t\tbreak inner\n"
     "\t\t\tdefault:\n"
     "\t\t\t\tn++\n"
     "\t\t\t}\n"
     "\t\t}\n"
     "\t}\n"
     "rows:\n"
     "\tfor _, r := range []string{\"a\", \"b\"} {\n"
     "\t\tfor range r {\n"
     "\t\t\tbreak rows\n"
     "\t\t}\n"
     "\t}\n"
     "sw:\n"
     "\tswitch n {\n"
     "\tcase 1:\n"
     "\t\tbreak sw\n"
     "\t}\n"
     "}\n"},
    {"terminating",
     "package main\n"
     "\n"
     "func a(x int) int {\n"
     "\tfor {\n"
     "\t}\n"
     "}\n"
     "\n"
     "func b(x int) int {\n"
     "\tif x > 0 {\n"
     "\t\treturn 1\n"
     "\t} else {\n"
     "\t\treturn 2\n"
     "\t}\n"
     "}\n"
     "\n"
     "func c(x int) int {\n"
     "\tswitch {\n"
     "\tcase x > 0:\n"
     "\t\treturn 1\n"
     "\tdefault:\n"
     "\t\tpanic(\"no\")\n"
     "\t}\n"
     "}\n"
     "\n"
     "func d(x int) (r int) {\n"
     "\tr = x\n"
     "\treturn\n"
     "}\n"
     "\n"
     "func main() {\n"
     "\t_, _, _, _ = a, b(1), c(1), d(1)\n"
     "}\n"},
    {"multi_results",
     "package main\n"
     "\n"
     "import (\n"
     "\t\"os\"\n"
     "\t\"strconv\"\n"
     ")\n"
     "\n"
     "func divmod(a, b int) (q, r int) {\n"
     "\tq, r = a/b, a%b\n"
     "\treturn\n"
     "}\n"
     "\n"
     "func pair() (int, string) { return 1, \"a\" }\n"
     "\n"
     "func sum(xs ...int) int {\n"
     "\tt := 0\n"
     "\tfor _, x := range xs {\n"
     "\t\tt += x\n"
     "\t}\n"
     "\treturn t\n"
     "}\n"
     "\n"
     "func main() {\n"
     "\tq, r := divmod(7, 2)\n"
     "\tn, err := strconv.Atoi(\"12\")\n"
     "\ta, s := pair()\n"
     "\tm := map[string]int{}\n"
     "\tv, ok := m[\"k\"]\n"
     "\t_, _, _, _, _, _, _, _ = q, r, n, err, a, s, v, ok\n"
     "\t_ = sum(1, 2, 3) + sum([]int{4}...) + sum()\n"
     "\tif len(os.Args) > 5 {\n"
     "\t\tos.Exit(3)\n"
     "\t}\n"
     "}\n"},
};

#define NOK_CASES ((int)(sizeof ok_cases / sizeof ok_cases[0]))

START_TEST(test_ok_case) {
    const OkCase *tc = &ok_cases[_i];
    Checked k;
    tu_check_src(&k, tc->src);
    ck_assert_msg(k.nerrors == 0 && k.errors[0] == '\0', "case %s: %d errors:\n%s", tc->name, k.nerrors,
                  k.errors);
    ck_assert_ptr_nonnull(k.c->main_fn);
    tu_checked_free(&k);
}
END_TEST

// ---- annotations -----------------------------------------------------------

// func_body returns the body of the top-level function called name.
static AstBlock *func_body(AstFile *f, const char *name) {
    for (int i = 0; i < f->decls.n; i++) {
        AstDecl *d = f->decls.v[i];
        if (d->kind == AST_FUNC_DECL && strcmp(d->u.func.name->u.ident.name, name) == 0) return d->u.func.body;
    }
    ck_abort_msg("no func %s", name);
    return NULL;
}

// assign_rhs returns the first right-hand side of the assignment stmt.
static AstExpr *assign_rhs(AstStmt *s) {
    ck_assert_int_eq(s->kind, AST_ASSIGN_STMT);
    return s->u.assign.rhs.v[0];
}

static AstExpr *assign_lhs(AstStmt *s) {
    ck_assert_int_eq(s->kind, AST_ASSIGN_STMT);
    return s->u.assign.lhs.v[0];
}

static void check_ok(Checked *k, const char *src) {
    tu_check_src(k, src);
    ck_assert_msg(k->nerrors == 0, "unexpected errors:\n%s", k->errors);
}

static const char storage_src[] =
    "package main\n"
    "\n"
    "var g int\n"
    "\n"
    "func main() {\n"
    "\tx := 1\n"                            // 0: captured by the closure
    "\ty := 2\n"                            // 1: plain local
    "\tz := 3\n"                            // 2: plain local
    "\tf := func() int { return x + g }\n"  // 3
    "\tx = y + z\n"                         // 4
    "\t_ = f\n"                             // 5
    "\t_ = g\n"                             // 6
    "}\n";

START_TEST(test_plain_locals_get_slots) {
    Checked k;
    check_ok(&k, storage_src);
    AstBlock *body = func_body(k.file, "main");
    AstExpr *sum = assign_rhs(body->list.v[4]);
    ck_assert_int_eq(sum->kind, AST_BINARY_EXPR);
    AstExpr *y = sum->u.binary.x, *z = sum->u.binary.y;
    ck_assert_int_eq(EN(y)->op, OP_LOCAL);
    ck_assert_int_eq(EN(z)->op, OP_LOCAL);
    ck_assert_ptr_nonnull(EN(y)->obj);
    ck_assert_int_eq(EN(y)->obj->kind, OBJ_VAR);
    ck_assert_int_eq(EN(y)->obj->storage, VS_LOCAL);
    ck_assert(!EN(y)->obj->captured);
    // each variable its own slot, inside main's frame
    FuncInfo *fn = k.c->main_fn;
    ck_assert_int_ge(EN(y)->slot, 0);
    ck_assert_int_ge(EN(z)->slot, 0);
    ck_assert_int_ne(EN(y)->slot, EN(z)->slot);
    ck_assert_int_lt(EN(y)->slot, fn->nslots);
    ck_assert_int_lt(EN(z)->slot, fn->nslots);
    ck_assert_int_eq(EN(y)->slot, EN(y)->obj->slot);
    ck_assert_ptr_eq(EN(y)->obj->owner, fn);
    ck_assert_str_eq(fn->name, "main.main");
    tu_checked_free(&k);
}
END_TEST

START_TEST(test_captured_local_is_cell) {
    Checked k;
    check_ok(&k, storage_src);
    AstBlock *body = func_body(k.file, "main");
    // x in main: a frame slot holding a pointer to its cell
    AstExpr *x_main = assign_lhs(body->list.v[4]);
    ck_assert_int_eq(x_main->kind, AST_IDENT);
    ck_assert_int_eq(EN(x_main)->op, OP_LOCAL_CELL);
    ck_assert_int_eq(EN(x_main)->obj->storage, VS_CELL);
    ck_assert(EN(x_main)->obj->captured);
    ck_assert_int_eq(EN(x_main)->slot, EN(x_main)->obj->slot);
    // x inside the closure: one of the closure's captured cells
    AstExpr *lit = assign_rhs(body->list.v[3]);
    ck_assert_int_eq(lit->kind, AST_FUNC_LIT);
    ck_assert_int_eq(EN(lit)->op, OP_FUNC_LIT);
    FuncInfo *inner = EN(lit)->aux;
    ck_assert_ptr_nonnull(inner);
    ck_assert_str_eq(inner->name, "main.main.func1");
    ck_assert_ptr_eq(inner->parent, k.c->main_fn);
    ck_assert_int_eq(inner->ncaptures, 1);
    ck_assert_ptr_eq(inner->captures[0].var, EN(x_main)->obj);
    AstStmt *ret = lit->u.func_lit.body->list.v[0];
    ck_assert_int_eq(ret->kind, AST_RETURN_STMT);
    AstExpr *sum = ret->u.return_stmt.results.v[0];
    ck_assert_int_eq(sum->kind, AST_BINARY_EXPR);
    AstExpr *x_inner = sum->u.binary.x;
    ck_assert_int_eq(EN(x_inner)->op, OP_CAPTURED);
    ck_assert_int_eq(EN(x_inner)->slot, 0);
    ck_assert_ptr_eq(EN(x_inner)->obj, EN(x_main)->obj);
    // g: a package variable, never captured
    AstExpr *g_inner = sum->u.binary.y;
    ck_assert(EN(g_inner)->op == OP_GLOBAL || EN(g_inner)->op == OP_GLOBAL_CELL);
    ck_assert_int_eq(EN(g_inner)->obj->storage == VS_GLOBAL || EN(g_inner)->obj->storage == VS_GLOBAL_CELL, 1);
    AstExpr *g_main = assign_rhs(body->list.v[6]);
    ck_assert_int_eq(EN(g_main)->op, EN(g_inner)->op);
    ck_assert_int_eq(EN(g_main)->slot, EN(g_inner)->slot);
    tu_checked_free(&k);
}
END_TEST

START_TEST(test_address_taken_local_is_cell) {
    Checked k;
    check_ok(&k,
             "package main\n"
             "\n"
             "func main() {\n"
             "\tn := 1\n"
             "\tp := &n\n"
             "\t_ = p\n"
             "\t_ = n\n"
             "}\n");
    AstBlock *body = func_body(k.file, "main");
    AstExpr *n = assign_rhs(body->list.v[3]);
    ck_assert_int_eq(EN(n)->op, OP_LOCAL_CELL);
    ck_assert(EN(n)->obj->addr_taken);
    AstExpr *p = assign_rhs(body->list.v[2]);
    ck_assert_int_eq(EN(p)->op, OP_LOCAL);
    tu_checked_free(&k);
}
END_TEST

START_TEST(test_constants_folded) {
    Checked k;
    check_ok(&k,
             "package main\n"
             "\n"
             "const (\n"
             "\t_ = iota\n"
             "\tKB = 1 << (10 * iota)\n"
             "\tMB\n"
             ")\n"
             "\n"
             "func main() {\n"
             "\tx := MB + 1\n"
             "\tvar f float64 = 1 << 100 >> 98\n"
             "\t_, _ = x, f\n"
             "}\n");
    AstBlock *body = func_body(k.file, "main");
    AstExpr *x = assign_rhs(body->list.v[0]);
    ck_assert_int_eq(EN(x)->op, OP_CONST);
    ck_assert_ptr_nonnull(EN(x)->type);
    ck_assert_int_eq(EN(x)->type->kind, KIND_INT);
    Value *v = EN(x)->aux;
    ck_assert_ptr_nonnull(v);
    ck_assert_int_eq(v->i, (1 << 20) + 1);
    tu_checked_free(&k);
}
END_TEST

START_TEST(test_same_error_once_per_line) {
    // Go prints a message only once per line (cmd/compile drops the
    // repeats), but again on another line
    Checked k;
    tu_check_src(&k,
              "package main\n"
              "\n"
              "func main() {\n"
              "\t_ = u + u\n"
              "\t_ = u\n"
              "}\n");
    ck_assert_str_eq(k.errors, "x.go:4:6: undefined: u\nx.go:5:6: undefined: u\n");
    tu_checked_free(&k);
}
END_TEST

// check_many_locals checks a main with n locals in one block and returns
// the CPU seconds it took
static double check_many_locals(int n) {
    size_t cap = (size_t)n * 40 + 64, len = 0;
    char *src = malloc(cap);
    ck_assert_ptr_nonnull(src);
    len += (size_t)snprintf(src + len, cap - len, "package main\n\nfunc main() {\n");
    for (int i = 0; i < n; i++) len += (size_t)snprintf(src + len, cap - len, "\tv%d := %d\n\t_ = v%d\n", i, i, i);
    snprintf(src + len, cap - len, "}\n");
    clock_t t0 = clock();
    Checked k;
    tu_check_src(&k, src);
    double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
    ck_assert_str_eq(k.errors, "");
    tu_checked_free(&k);
    free(src);
    return secs;
}

START_TEST(test_many_names_fast) {
    // issue 10: 40,000 locals in one block took 21 s to check (linear
    // scope lookup, quadratic in all). Asserted as growth, not as a wall
    // clock: 4x the names may cost 8x the time (plus 0.5 s of noise) but
    // not the 16x of a quadratic lookup.
    double small = check_many_locals(8000);
    double big = check_many_locals(32000);
    ck_assert_msg(big < 8 * small + 0.5, "8,000 locals: %.2f s; 32,000 locals: %.2f s (quadratic?)", small, big);
}
END_TEST

Suite *checker_suite(void) {
    Suite *s = suite_create("checker");
    TCase *t = tcase_create("errors");
    tcase_add_loop_test(t, test_error_case, 0, NERROR_CASES);
    tcase_add_test(t, test_same_error_once_per_line);
    suite_add_tcase(s, t);
    t = tcase_create("ok");
    tcase_add_loop_test(t, test_ok_case, 0, NOK_CASES);
    suite_add_tcase(s, t);
    t = tcase_create("annotations");
    tcase_add_test(t, test_plain_locals_get_slots);
    tcase_add_test(t, test_captured_local_is_cell);
    tcase_add_test(t, test_address_taken_local_is_cell);
    tcase_add_test(t, test_constants_folded);
    suite_add_tcase(s, t);
    t = tcase_create("limits");
    tcase_add_test(t, test_many_names_fast);
    tcase_set_timeout(t, 60);
    suite_add_tcase(s, t);
    return s;
}
