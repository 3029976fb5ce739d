// pkg_internal.h - what the fmt engine (fmt.c, ftoa.c, strconv.c) and the
// built-in package tables (pkg_*.c, packages.c) share inside runtime/.
//
// The runtime-made types (errors.errorString, fmt.wrapError,
// strconv.NumError and pointers to them) are static const descriptors in
// pkg_errors.c / pkg_strconv.c with their Go spelling preset in str;
// nothing here is mutable, and rt_new needs no initialisation for it.
#ifndef GOSUB_RUNTIME_PKG_INTERNAL_H
#define GOSUB_RUNTIME_PKG_INTERNAL_H

#include "internal.h"

// The predeclared types string, int, uint8, []byte and error as the
// packages need them for layout (static, read-only).
extern const Type rt_ptype_string, rt_ptype_int, rt_ptype_uint8, rt_ptype_bytes, rt_ptype_error;

// The package tables (pkg_*.c), listed by rt_find_package (packages.c).
extern const NativePkg rt_pkg_reflect, rt_pkg_fmt, rt_pkg_strings, rt_pkg_strconv, rt_pkg_os, rt_pkg_errors,
    rt_pkg_math, rt_pkg_sort, rt_pkg_runtime, rt_pkg_runtime_debug, rt_pkg_unicode, rt_pkg_utf8, rt_pkg_io,
    rt_pkg_time, rt_pkg_bufio, rt_pkg_sync, rt_pkg_rand,
    rt_pkg_regexp, rt_pkg_json, rt_pkg_bits, rt_pkg_atomic, rt_pkg_list, rt_pkg_ring, rt_pkg_heap,
    rt_pkg_tabwriter, rt_pkg_fs, rt_pkg_syscall, rt_pkg_path, rt_pkg_filepath, rt_pkg_bytes, rt_pkg_flag,
    rt_pkg_exec, rt_pkg_log, rt_pkg_signal, rt_pkg_ioutil, rt_pkg_csv, rt_pkg_encoding, rt_pkg_hex, rt_pkg_base64, rt_pkg_context,
    rt_pkg_user, rt_pkg_fmt_ss, rt_pkg_hash, rt_pkg_sha256, rt_pkg_md5, rt_pkg_crc32, rt_pkg_fnv;
extern const NativePkg rt_pkg_unsafe;
// rt_package_path: the import path of the built-in package called name
// ("encoding/json" for "json"), else name itself ("main").
const char *rt_package_path(const char *name);
// The import path of rt_pkg_fmt_ss (fmt's scan state types; no program
// imports it: a space makes it an invalid import path).
#define RT_FMT_SS_PATH "fmt scanstate"

// rt_panic_string: Go's panic("msg") from package code (a string value,
// as Go's packages panic, so recover() yields a string: of the program's
// own string type when there is a checker, so that r.(string) holds).
// rt_panic_gostring is the same with a Go string (on the heap or static).
static inline _Noreturn void rt_panic_gostring(Runtime *rt, GoString msg) {
    Value v = {.w = {0, 0}};
    v.s = msg;
    const Type *t = rt->hooks.type_basic ? rt->hooks.type_basic(rt->hooks.ctx, KIND_STRING) : NULL;
    rt_panic(rt, rt_iface_box(rt, t ? t : &rt_ptype_string, v));
}
static inline _Noreturn void rt_panic_string(Runtime *rt, const char *msg) {
    rt_panic_gostring(rt, rt_string_from_c(rt, msg, __builtin_strlen(msg)));
}

// rt_error_new: a new error value of dynamic type *errors.errorString
// whose Error() returns msg (copied to the heap).
GoIface rt_error_new(Runtime *rt, const char *msg, size_t n);
// rt_error_wrap: fmt.Errorf's *fmt.wrapError{msg, err}.
GoIface rt_error_wrap(Runtime *rt, GoString msg, GoIface err);
// rt_error_text: the Error() text of e: native methods directly, Go
// methods through rt->hooks; false when e has no Error method.
bool rt_error_text(Runtime *rt, GoIface e, GoString *out);

// rt_find_method: the method called name in the method set of t (value
// receivers of a named T; all methods of T for *T), or NULL. The
// signature is not checked.
const Method *rt_find_method(const Type *t, const char *name);
// rt_call_string_method calls v's (of type t) method name if it has one
// with signature func() string: native methods directly, Go methods
// through rt->hooks. Returns false when there is no such method.
bool rt_call_string_method(Runtime *rt, const Type *t, Value v, const char *name,
                           GoString *out);

// ---- strconv.c -------------------------------------------------------------
// Parse errors, in the order of Go's NumError.Err values.
typedef enum NumErr { NUM_OK, NUM_SYNTAX, NUM_RANGE, NUM_BASE, NUM_BITSIZE } NumErr;

// rt_format_int appends v in base (2..36, lowercase digits).
void rt_format_int(StrBuf *out, int64_t v, int base);
void rt_format_uint(StrBuf *out, uint64_t v, int base);
// rt_parse_uint / rt_parse_int: strconv.ParseUint / ParseInt; on a range
// error *out is the clamped value Go returns.
NumErr rt_parse_uint(GoString s, int base, int bitsize, uint64_t *out);
NumErr rt_parse_int(GoString s, int base, int bitsize, int64_t *out);
// rt_parse_float: strconv.ParseFloat (correctly rounded; bitsize 32 rounds
// to float32). Range errors give ±Inf; underflow is not an error.
NumErr rt_parse_float(GoString s, int bitsize, double *out);
// rt_parse_bool: strconv.ParseBool.
NumErr rt_parse_bool(GoString s, bool *out);
// rt_num_error: a *strconv.NumError{fn, num, err} as an error value; arg
// is the offending base or bit size for NUM_BASE / NUM_BITSIZE.
GoIface rt_num_error(Runtime *rt, const char *fn, GoString num, NumErr err, int arg);
// rt_errors_sentinel: strconv.ErrSyntax / ErrRange for NUM_SYNTAX / NUM_RANGE.
GoIface rt_errors_sentinel(NumErr err);

// rt_unicode_after13: r was assigned after Unicode 13.0 (Go 1.19's
// tables); utf8proc may know it, Go treats it as unassigned.
bool rt_unicode_after13(int32_t r);
// rt_is_print: Go's unicode.IsPrint (strconv.IsPrint).
bool rt_is_print(int32_t r);
// rt_encode_rune writes r's UTF-8 encoding (U+FFFD for invalid runes) to
// buf and returns its length (1..4).
int rt_encode_rune(char buf[4], int32_t r);
// rt_rune_count: utf8.RuneCount of p[0..n).
size_t rt_rune_count(const uint8_t *p, size_t n);
// rt_quote appends s quoted as strconv.Quote (ascii: QuoteToASCII).
void rt_quote(StrBuf *out, const uint8_t *s, size_t n, bool ascii);
// rt_quote_rune appends r as strconv.QuoteRune (ascii: QuoteRuneToASCII).
void rt_quote_rune(StrBuf *out, int32_t r, bool ascii);
// Quoting modes: strconv.Quote, QuoteToASCII, QuoteToGraphic.
enum { QUOTE_PRINT, QUOTE_ASCII, QUOTE_GRAPHIC };
// rt_quote_mode / rt_quote_rune_mode: rt_quote / rt_quote_rune with a
// quoting mode.
void rt_quote_mode(StrBuf *out, const uint8_t *s, size_t n, int mode);
void rt_quote_rune_mode(StrBuf *out, int32_t r, int mode);
// rt_is_graphic: strconv.IsGraphic.
bool rt_is_graphic(int32_t r);
// rt_unquote_char: strconv.UnquoteChar on s[0..n): false on a syntax
// error, else the value, whether it is multibyte and the bytes consumed.
bool rt_unquote_char(const uint8_t *s, size_t n, char quote, int32_t *value, bool *multibyte, size_t *used);
// rt_can_backquote: strconv.CanBackquote.
bool rt_can_backquote(const uint8_t *s, size_t n);
// rt_unquote: strconv.Unquote; appends the unquoted bytes to out and
// returns true, or returns false on invalid syntax.
bool rt_unquote(StrBuf *out, const uint8_t *s, size_t n);

// ---- pkg_sort_algo.c: Go 1.19's sort algorithms ---------------------------------
// The data to sort, through callbacks (which may call Go code).
typedef struct RtLessSwap {
    bool (*less)(void *ctx, int64_t i, int64_t j);
    void (*swap)(void *ctx, int64_t i, int64_t j);
    void *ctx;
} RtLessSwap;
// rt_bits_len: math/bits.Len64.
int rt_bits_len(uint64_t x);
// rt_pdqsort: pdqsort_func on [a, b); rt_sort: sort.Sort of n elements.
void rt_pdqsort(const RtLessSwap *d, int64_t a, int64_t b, int limit);
void rt_sort(const RtLessSwap *d, int64_t n);
// rt_stable_sort: sort.Stable (insertion sort of blocks of 20 + SymMerge).
void rt_stable_sort(const RtLessSwap *d, int64_t n);
// rt_is_sorted: sort.IsSorted (scans from the end, as Go does).
bool rt_is_sorted(const RtLessSwap *d, int64_t n);

// ---- pkg_unicode.c ------------------------------------------------------------
// rt_is_space: unicode.IsSpace.
bool rt_is_space(int32_t r);
// rt_decode_last_rune: utf8.DecodeLastRune of p[0..n) (size 0 when n == 0).
int32_t rt_decode_last_rune(const uint8_t *p, int64_t n, int *size);

// ---- unicode_tables.c: Go's range tables -------------------------------------
// rt_unicode_vars: the exported *RangeTable variables of package unicode
// (UNICODE_TABLE_VARS in unicode_table_list.h lists them).
extern const NativeVar rt_unicode_vars[];
// Table entries: unicode.Is, In, IsOneOf.
void rt_unicode_is(Runtime *rt, Value *a, Value *res);
void rt_unicode_in(Runtime *rt, Value *a, Value *res);
void rt_unicode_is_one_of(Runtime *rt, Value *a, Value *res);
// rt_unicode_orbit: Go's caseOrbit successor of r, or -1 when r has none.
int32_t rt_unicode_orbit(int32_t r);
// rt_unicode_simple_fold: Go's unicode.SimpleFold(r).
int32_t rt_unicode_simple_fold(int32_t r);
// RT_UNICODE_BITS: the size in bits of a set of all runes 0..0x10FFFF.
#define RT_UNICODE_BITS 0x110000
// rt_unicode_class_set: for regexp's \p{name}: fills bits (RT_UNICODE_BITS
// bits, rune r at bit r&63 of word r>>6) with Go 1.19's unicode.Categories
// [name] or unicode.Scripts[name] ("Any": every rune); false, with bits
// untouched, when Go's regexp/syntax knows no such class.
bool rt_unicode_class_set(const uint8_t *name, size_t n, uint64_t *bits);
// rt_unicode_special_to: the mapping of r to case kind (0 upper, 1 lower,
// 2 title) by the unicode.SpecialCase special; *found tells whether a
// range held r (r itself is returned otherwise).
int32_t rt_unicode_special_to(GoSlice special, int kind, int32_t r, bool *found);
// rt_unicode_special: SpecialCase.ToUpper/ToLower/ToTitle (kind 0/1/2):
// special's mapping of r, else unicode's.
int32_t rt_unicode_special(GoSlice special, int kind, int32_t r);

// ---- pkg_strings_func.c: table entries of package strings ---------------------
void rt_strings_map(Runtime *rt, Value *a, Value *res);
void rt_strings_index_func(Runtime *rt, Value *a, Value *res);
void rt_strings_last_index_func(Runtime *rt, Value *a, Value *res);
void rt_strings_trim_func(Runtime *rt, Value *a, Value *res);
void rt_strings_trim_left_func(Runtime *rt, Value *a, Value *res);
void rt_strings_trim_right_func(Runtime *rt, Value *a, Value *res);
void rt_strings_fields_func(Runtime *rt, Value *a, Value *res);
void rt_strings_last_index_any(Runtime *rt, Value *a, Value *res);
void rt_strings_new_replacer(Runtime *rt, Value *a, Value *res);
void rt_strings_clone(Runtime *rt, Value *a, Value *res);
void rt_strings_to_valid_utf8(Runtime *rt, Value *a, Value *res);
void rt_strings_replacer_replace(Runtime *rt, Value *a, Value *res);
void rt_strings_replacer_write_string(Runtime *rt, Value *a, Value *res);
void rt_strings_new_reader(Runtime *rt, Value *a, Value *res);
void rt_strings_reader_len(Runtime *rt, Value *a, Value *res);
void rt_strings_reader_size(Runtime *rt, Value *a, Value *res);
void rt_strings_reader_read_method(Runtime *rt, Value *a, Value *res);
void rt_strings_reader_read_byte(Runtime *rt, Value *a, Value *res);
void rt_strings_reader_read_rune(Runtime *rt, Value *a, Value *res);
void rt_strings_reader_unread_byte(Runtime *rt, Value *a, Value *res);
void rt_strings_reader_unread_rune(Runtime *rt, Value *a, Value *res);
void rt_strings_reader_seek(Runtime *rt, Value *a, Value *res);
void rt_strings_reader_write_to(Runtime *rt, Value *a, Value *res);
void rt_strings_reader_reset(Runtime *rt, Value *a, Value *res);
void rt_strings_reader_read_at(Runtime *rt, Value *a, Value *res);
// rt_replace_all_pairs: strings.NewReplacer(pairs[0..n)...).Replace(s)
// (the result is s itself when nothing matched).
GoString rt_replace_all_pairs(Runtime *rt, const GoString *pairs, int64_t n, GoString s);
// rt_strings_reader_read copies up to n bytes from the *strings.Reader
// reader to p; returns the count, or -1 at the end (io.EOF).
int64_t rt_strings_reader_read(Runtime *rt, void *reader, uint8_t *p, int64_t n);

// ---- pkg_bufio.c -----------------------------------------------------------------
// rt_bufio_write: (*bufio.Writer).Write of p[0..n): the count, *err the
// writer's sticky error (nil on success).
int64_t rt_bufio_write(Runtime *rt, void *writer, const void *p, size_t n, GoIface *err);
// ---- pkg_bufio_reader.c: bufio.Reader ----------------------------------------------
// rt_bufio_error: bufio.ErrBufferFull, ErrNegativeCount,
// ErrInvalidUnreadByte, ErrInvalidUnreadRune for which = 0..3.
GoIface rt_bufio_error(int which);
void rt_bufio_new_reader(Runtime *rt, Value *a, Value *res);
void rt_bufio_new_reader_size(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_reset(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_size(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_buffered(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_read(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_read_byte(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_unread_byte(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_read_rune(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_unread_rune(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_peek(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_discard(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_read_slice(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_read_string(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_read_bytes(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_read_line(Runtime *rt, Value *a, Value *res);
void rt_bufio_reader_write_to(Runtime *rt, Value *a, Value *res);

// ---- regexp_prefix.c ------------------------------------------------------------
// rt_regexp_literal_prefix: (*regexp.Regexp).LiteralPrefix of the (valid)
// pattern expr: the prefix appended to *prefix, *complete as Go's.
void rt_regexp_literal_prefix(Runtime *rt, GoString expr, StrBuf *prefix, bool *complete);

// ---- regexp_uclass.c ------------------------------------------------------------
// RT_UCLASS_UNKNOWN: what rt_regexp_uclass_rewrite puts for a class name Go
// does not know: an escape RE2 rejects (as "invalid character class range").
#define RT_UCLASS_UNKNOWN "\\p{gosub:unknown}"
// rt_regexp_uclass_rewrite: the Perl-syntax pattern p[0..n) appended to
// *out with every Unicode class escape (\p{X}, \P{X}, \pL, \p{^X}, in and
// out of brackets) replaced by explicit ranges from Go 1.19's tables, (?i)
// applied as Go does, and runes Go does not fold (rt_regexp_fold_differs)
// kept out of RE2's folding; false, *out untouched, when there is nothing
// to rewrite. The
// first escape naming a class Go does not know is at p[*unknown], of
// *unknown_len bytes (0 when none); it and any later ones are written as
// RT_UCLASS_UNKNOWN.
bool rt_regexp_uclass_rewrite(Runtime *rt, const uint8_t *p, size_t n, StrBuf *out, size_t *unknown,
                              size_t *unknown_len);
// rt_regexp_fold_differs: under (?i) RE2 would fold r with another rune
// and Go 1.19 does not: r or its case partner was assigned after Unicode
// 13 (utf8proc's case mappings stand for RE2's newer tables).
bool rt_regexp_fold_differs(int32_t r);
// rt_regexp_simple_fold: Go 1.19's unicode.SimpleFold(r) (Unicode 13).
int32_t rt_regexp_simple_fold(int32_t r);
// rt_regexp_posix_rewrite: the POSIX-syntax pattern p[0..n) appended to
// *out with \n added to every negated class ([^a] -> [^a\n]): Go's POSIX
// syntax has no ClassNL, so such a class never matches a newline, while
// RE2 always sets it; false, *out untouched, when p has no negated class.
bool rt_regexp_posix_rewrite(const uint8_t *p, size_t n, StrBuf *out);

// ---- pkg_time.c ------------------------------------------------------------------
// rt_duration_string writes time.Duration(d).String() to out; returns its length.
size_t rt_duration_string(int64_t d, char out[32]);

// ---- pkg_errors.c ---------------------------------------------------------------
// rt_io_eof: io.EOF (one static *errors.errorString, so == works).
GoIface rt_io_eof(void);
// rt_error_static: the *errors.errorString whose s field is *msg (static
// memory: the same pointer every time, so sentinels compare equal).
GoIface rt_error_static(const GoString *msg);

// ---- pkg_os.c, pkg_os_sys.c -----------------------------------------------------
// An *os.File: Go's "struct { fd int; name string; closed bool; dirpos int }".
typedef struct OsFile { int64_t fd; GoString name; bool closed; int64_t dirpos; } OsFile;
// rt_os_new_file: a new *os.File for descriptor fd named name.
OsFile *rt_os_new_file(Runtime *rt, int fd, GoString name);
// rt_os_stderr: the *os.File os.Stderr starts as (made once per Runtime).
OsFile *rt_os_stderr(Runtime *rt);
// rt_os_file_read / rt_os_file_write: (*File).Read / Write of p[0..n):
// the count, and *err nil, io.EOF (read at the end) or a *PathError.
int64_t rt_os_file_read(Runtime *rt, OsFile *f, void *p, int64_t n, GoIface *err);
int64_t rt_os_file_write(Runtime *rt, OsFile *f, const void *p, int64_t n, GoIface *err);
// rt_os_file_info: the FileInfo (*os.fileStat) of st for path (its base name).
struct stat;
GoIface rt_os_file_info(Runtime *rt, GoString path, const struct stat *st);
// rt_os_mode_of: the fs.FileMode of st.
uint32_t rt_os_mode_of(const struct stat *st);
// rt_cstring: s as a malloc'ed NUL-terminated C string (the caller frees).
char *rt_cstring(GoString s);
// rt_native_call calls function name of built-in package pkg (a C
// function of its table) with args; fatal if there is none.
void rt_native_call(Runtime *rt, const char *pkg, const char *name, Value *args, Value *res);
// rt_os_signal_value: syscall.Signal(sig) as an os.Signal interface value.
void rt_os_signal_value(Runtime *rt, Value *out, int sig);
// Table entries of package os written in pkg_os_sys.c.
void rt_os_mkdir(Runtime *rt, Value *a, Value *res);
void rt_os_mkdir_all(Runtime *rt, Value *a, Value *res);
void rt_os_mkdir_temp(Runtime *rt, Value *a, Value *res);
void rt_os_create_temp(Runtime *rt, Value *a, Value *res);
void rt_os_temp_dir(Runtime *rt, Value *a, Value *res);
void rt_os_remove(Runtime *rt, Value *a, Value *res);
void rt_os_remove_all(Runtime *rt, Value *a, Value *res);
void rt_os_rename(Runtime *rt, Value *a, Value *res);
void rt_os_link(Runtime *rt, Value *a, Value *res);
void rt_os_symlink(Runtime *rt, Value *a, Value *res);
void rt_os_readlink(Runtime *rt, Value *a, Value *res);
void rt_os_chdir(Runtime *rt, Value *a, Value *res);
void rt_os_chmod(Runtime *rt, Value *a, Value *res);
void rt_os_truncate(Runtime *rt, Value *a, Value *res);
void rt_os_getwd(Runtime *rt, Value *a, Value *res);
void rt_os_user_home_dir(Runtime *rt, Value *a, Value *res);
// os.UserCacheDir, UserConfigDir, Executable, Getgroups.
void rt_os_user_cache_dir(Runtime *rt, Value *a, Value *res);
void rt_os_user_config_dir(Runtime *rt, Value *a, Value *res);
void rt_os_executable(Runtime *rt, Value *a, Value *res);
void rt_os_getgroups(Runtime *rt, Value *a, Value *res);
void rt_os_hostname(Runtime *rt, Value *a, Value *res);
void rt_os_getpid(Runtime *rt, Value *a, Value *res);
void rt_os_getppid(Runtime *rt, Value *a, Value *res);
void rt_os_getuid(Runtime *rt, Value *a, Value *res);
void rt_os_geteuid(Runtime *rt, Value *a, Value *res);
void rt_os_getgid(Runtime *rt, Value *a, Value *res);
void rt_os_getegid(Runtime *rt, Value *a, Value *res);
void rt_os_getpagesize(Runtime *rt, Value *a, Value *res);
void rt_os_is_path_separator(Runtime *rt, Value *a, Value *res);
void rt_os_chown(Runtime *rt, Value *a, Value *res);
void rt_os_lchown(Runtime *rt, Value *a, Value *res);
void rt_os_dir_fs(Runtime *rt, Value *a, Value *res);
void rt_os_chtimes(Runtime *rt, Value *a, Value *res);
void rt_os_dir_fs_open(Runtime *rt, Value *a, Value *res);
void rt_os_dir_fs_stat(Runtime *rt, Value *a, Value *res);
void rt_os_exit(Runtime *rt, Value *a, Value *res);
void rt_os_getenv(Runtime *rt, Value *a, Value *res);
void rt_os_lookup_env(Runtime *rt, Value *a, Value *res);
void rt_os_setenv(Runtime *rt, Value *a, Value *res);
void rt_os_unsetenv(Runtime *rt, Value *a, Value *res);
void rt_os_clearenv(Runtime *rt, Value *a, Value *res);
void rt_os_environ(Runtime *rt, Value *a, Value *res);
void rt_os_expand_env(Runtime *rt, Value *a, Value *res);
void rt_os_expand(Runtime *rt, Value *a, Value *res);
void rt_os_is_not_exist(Runtime *rt, Value *a, Value *res);
void rt_os_is_exist(Runtime *rt, Value *a, Value *res);
void rt_os_is_permission(Runtime *rt, Value *a, Value *res);
void rt_os_link_error_error(Runtime *rt, Value *a, Value *res);
void rt_os_link_error_unwrap(Runtime *rt, Value *a, Value *res);
// rt_os_syscall_error: &os.SyscallError{name, err} as an error.
GoIface rt_os_syscall_error(Runtime *rt, const char *name, GoIface err);
// os.NewSyscallError and *os.SyscallError's methods; rt_os_no_timeout is
// the Timeout method of SyscallError and fs.PathError (always false).
void rt_os_new_syscall_error(Runtime *rt, Value *a, Value *res);
void rt_os_syscall_error_error(Runtime *rt, Value *a, Value *res);
void rt_os_syscall_error_unwrap(Runtime *rt, Value *a, Value *res);
void rt_os_no_timeout(Runtime *rt, Value *a, Value *res);
// os.IsTimeout.
void rt_os_is_timeout(Runtime *rt, Value *a, Value *res);
// (*os.Process).Wait and Release (pkg_exec.c).
void rt_os_process_wait(Runtime *rt, Value *a, Value *res);
void rt_os_process_release(Runtime *rt, Value *a, Value *res);
// Table entries of package os written in pkg_exec.c.
void rt_os_pipe(Runtime *rt, Value *a, Value *res);
void rt_os_state_exit_code(Runtime *rt, Value *a, Value *res);
void rt_os_state_exited(Runtime *rt, Value *a, Value *res);
void rt_os_state_success(Runtime *rt, Value *a, Value *res);
void rt_os_state_pid(Runtime *rt, Value *a, Value *res);
void rt_os_state_string(Runtime *rt, Value *a, Value *res);
// (*ProcessState).UserTime, SystemTime and Sys (a syscall.WaitStatus).
void rt_os_state_user_time(Runtime *rt, Value *a, Value *res);
void rt_os_state_system_time(Runtime *rt, Value *a, Value *res);
void rt_os_state_sys(Runtime *rt, Value *a, Value *res);
void rt_os_process_kill(Runtime *rt, Value *a, Value *res);
void rt_os_process_signal(Runtime *rt, Value *a, Value *res);
void rt_os_find_process(Runtime *rt, Value *a, Value *res);

// ---- pkg_io.c ----------------------------------------------------------------------
// rt_io_write writes p[0..n) to the io.Writer w: the count written, *err
// the writer's error (nil on success). Panics on a nil writer.
int64_t rt_io_write(Runtime *rt, GoIface w, const void *p, int64_t n, GoIface *err);
// rt_io_read reads into buf from the io.Reader r: the count, *err the
// reader's error (io.EOF at the end).
int64_t rt_io_read(Runtime *rt, GoIface r, GoSlice buf, GoIface *err);
// rt_io_unexpected_eof: io.ErrUnexpectedEOF.
GoIface rt_io_unexpected_eof(void);
// rt_io_short_write: io.ErrShortWrite; rt_io_no_progress: io.ErrNoProgress.
GoIface rt_io_short_write(void);
GoIface rt_io_no_progress(void);

// ---- pkg_bytes.c -------------------------------------------------------------------
// rt_bytes_buffer_write appends p[0..n) to the *bytes.Buffer b.
void rt_bytes_buffer_write(Runtime *rt, void *b, const void *p, int64_t n);

// ---- pkg_runtime.c -----------------------------------------------------------------
// rt_func_table_free releases what runtime.Caller and FuncForPC keep.
void rt_func_table_free(Runtime *rt);

// ---- pkg_state.c -----------------------------------------------------------------
// rt_pkg_state: the slot of package state which (a heap pointer, NULL
// until the package stores one with gc_write_ptr); the slots are a GC root.
void **rt_pkg_state(Runtime *rt, RtPkgState which);
// rt_native_func: a Go func value calling fn, bound to *recv when recv is
// not NULL (RtHooks.native_func).
void *rt_native_func(Runtime *rt, NativeFn fn, const Value *recv);
// rt_pkg_var: RtHooks.pkg_var (NULL without the hook).
Value *rt_pkg_var(Runtime *rt, const char *path, const char *name);
// rt_others_may_run: other goroutines or timers exist, so a blocking
// system call would stop them: poll instead and rt_idle_wait between polls.
bool rt_others_may_run(Runtime *rt);
// rt_poll_wait returns when one of fds[0..n) is ready for its events
// (revents set), parking the goroutine meanwhile when others may run
// (netpoll.c); alone, it returns at once and the caller's system call
// blocks, as nothing else could run. fds must stay valid until it returns.
struct pollfd;
void rt_poll_wait(Runtime *rt, struct pollfd *fds, int n);
// rt_idle_wait sleeps the goroutine *backoff ns (50us at first, doubling
// up to 10ms on each call; reset *backoff to 0 after progress).
void rt_idle_wait(Runtime *rt, int64_t *backoff);
// rt_native_fn: the C function name of built-in package pkg, or NULL.
NativeFn rt_native_fn(const char *pkg, const char *name);

// ---- pkg_context.c ------------------------------------------------------------------
// rt_context_with_cancel: context.WithCancel(parent) into res[0..1];
// rt_context_cancel cancels a context it made (context.Canceled);
// rt_context_done: ctx.Done() of any context.
void rt_context_with_cancel(Runtime *rt, GoIface parent, Value *res);
void rt_context_cancel(Runtime *rt, GoIface ctx);
GoChan *rt_context_done(Runtime *rt, GoIface ctx);

// ---- pkg_path.c ------------------------------------------------------------------
// rt_path_join2: filepath.Join(a, b).
GoString rt_path_join2(Runtime *rt, GoString a, GoString b);
// A directory entry as rt_os_list_dir reads it: its name (malloc'ed) and,
// when asked for, its type bits as fs.FileMode has them.
typedef struct DirEnt { char *name; uint32_t typ; } DirEnt;
// rt_os_list_dir lists directory path (without . and ..) in directory
// order into *out (malloc'ed, as each name): the count, or -errno. types:
// fill typ (a stat per entry whose type readdir does not give).
int64_t rt_os_list_dir(const char *path, DirEnt **out, bool types);

// rt_stat_dir_entry: &pkg.statDirEntry{fi} (pkg "io/fs" or
// "path/filepath"), the DirEntry WalkDir gives for its root.
GoIface rt_stat_dir_entry(Runtime *rt, const char *pkg, GoIface fi);
// Table entries: fs.WalkDir and the methods of statDirEntry.
void rt_fs_walk_dir(Runtime *rt, Value *a, Value *res);
void rt_sde_name(Runtime *rt, Value *a, Value *res);
void rt_sde_is_dir(Runtime *rt, Value *a, Value *res);
void rt_sde_type(Runtime *rt, Value *a, Value *res);
void rt_sde_info(Runtime *rt, Value *a, Value *res);
// rt_path_clean appends path.Clean(path) to out.
void rt_path_clean(StrBuf *out, GoString path);
// rt_path_match: path.Match(pattern, name): 1 match, 0 none, -1 ErrBadPattern.
int rt_path_match(GoString pattern, GoString name);

// ---- pkg_fs.c: io/fs and syscall ------------------------------------------------
typedef enum FsErr {
    FS_ERR_INVALID, FS_ERR_PERMISSION, FS_ERR_EXIST, FS_ERR_NOT_EXIST, FS_ERR_CLOSED, FS_ERR_SKIP_DIR,
    FS_ERR_NO_DEADLINE, FS_ERR_DEADLINE, FS_ERR_PROCESS_DONE,
} FsErr;
// rt_fs_sentinel: fs.ErrInvalid... fs.SkipDir, and os.ErrNoDeadline,
// os.ErrDeadlineExceeded, os.ErrProcessDone (static values);
// rt_fs_is_sentinel: whether e is that value.
GoIface rt_fs_sentinel(FsErr which);
bool rt_fs_is_sentinel(GoIface e, FsErr which);
// rt_errno: syscall.Errno(err) as an error value.
GoIface rt_errno(Runtime *rt, int err);
// rt_path_error: &fs.PathError{op, path, syscall.Errno(err)} as an error;
// rt_path_error_with: the same with any inner error.
GoIface rt_path_error(Runtime *rt, const char *op, GoString path, int err);
GoIface rt_path_error_with(Runtime *rt, const char *op, GoString path, GoIface err);
// rt_file_mode_string appends fs.FileMode(m).String() to b.
void rt_file_mode_string(StrBuf *b, uint32_t m);

// ---- pkg_strings.c ----------------------------------------------------------
// rt_builder_write appends p[0..n) to the strings.Builder at b.
void rt_builder_write(Runtime *rt, void *b, const void *p, size_t n);
// rt_equal_fold: Go's strings.EqualFold (Unicode simple folding).
bool rt_equal_fold(GoString s, GoString t);

// ---- gomath.c: Go 1.19's amd64 results for package math -------------------------
double rt_math_sin(double x);
double rt_math_cos(double x);
double rt_math_tan(double x);
double rt_math_atan(double x);
double rt_math_asin(double x);
double rt_math_acos(double x);
double rt_math_atan2(double y, double x);
double rt_math_exp(double x);
double rt_math_exp2(double x);
double rt_math_log(double x);
double rt_math_log2(double x);
double rt_math_log10(double x);
double rt_math_pow(double x, double y);
double rt_math_cbrt(double x);
double rt_math_hypot(double p, double q);
double rt_math_sinh(double x);
double rt_math_cosh(double x);
double rt_math_tanh(double x);
// gomath_special.c
double rt_math_log1p(double x);
double rt_math_expm1(double x);
double rt_math_asinh(double x);
double rt_math_acosh(double x);
double rt_math_atanh(double x);
double rt_math_erf(double x);
double rt_math_erfc(double x);
// gomath_gamma.c (rt_math_lgamma stores Lgamma's sign in *sign)
double rt_math_gamma(double x);
double rt_math_lgamma(double x, int64_t *sign);
double rt_math_erfinv(double x);
double rt_math_erfcinv(double x);
// gomath_exact.c (rt_math_frexp stores the exponent in *exp, rt_math_modf
// the fraction in *frac)
double rt_math_round(double x);
double rt_math_round_to_even(double x);
double rt_math_frexp(double f, int64_t *exp);
double rt_math_ldexp(double frac, int64_t exp);
double rt_math_modf(double f, double *frac);
double rt_math_mod(double x, double y);
double rt_math_remainder(double x, double y);
// gomath_bessel.c
double rt_math_j0(double x);
double rt_math_j1(double x);
double rt_math_jn(int64_t n, double x);
double rt_math_y0(double x);
double rt_math_y1(double x);
double rt_math_yn(int64_t n, double x);

// ---- pkg_fmt_scan.c: fmt's scanning functions (table entries of package fmt) ----
void rt_fmt_scan(Runtime *rt, Value *a, Value *res);
void rt_fmt_scanln(Runtime *rt, Value *a, Value *res);
void rt_fmt_scanf(Runtime *rt, Value *a, Value *res);
void rt_fmt_sscan(Runtime *rt, Value *a, Value *res);
// The methods of *fmt.ss, the fmt.ScanState a Scanner's Scan method gets.
void rt_fmt_ss_read_rune(Runtime *rt, Value *a, Value *res);
void rt_fmt_ss_unread_rune(Runtime *rt, Value *a, Value *res);
void rt_fmt_ss_skip_space(Runtime *rt, Value *a, Value *res);
void rt_fmt_ss_token(Runtime *rt, Value *a, Value *res);
void rt_fmt_ss_width(Runtime *rt, Value *a, Value *res);
void rt_fmt_ss_read(Runtime *rt, Value *a, Value *res);
void rt_fmt_sscanln(Runtime *rt, Value *a, Value *res);
void rt_fmt_sscanf(Runtime *rt, Value *a, Value *res);
void rt_fmt_fscan(Runtime *rt, Value *a, Value *res);
void rt_fmt_fscanln(Runtime *rt, Value *a, Value *res);
void rt_fmt_fscanf(Runtime *rt, Value *a, Value *res);

// ---- fmt.c -----------------------------------------------------------------
// rt_fmt_errorf: fmt.Errorf (%w wraps one error).
GoIface rt_fmt_errorf(Runtime *rt, GoString format, const GoIface *args, int n);

#endif
