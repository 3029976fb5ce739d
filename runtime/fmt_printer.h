// fmt_printer.h - the Printer shared by fmt.c (operands and verbs, Go's
// print.go) and fmt_format.c (padding and number/string layout, Go's
// format.go). Only those two files include it.
#ifndef GOSUB_RUNTIME_FMT_PRINTER_H
#define GOSUB_RUNTIME_FMT_PRINTER_H

#include "internal.h"
#include "pkg_internal.h"

// Flags of one verb; cleared before each one (Go's fmtFlags).
typedef struct FmtFlags {
    bool wid_present, prec_present;
    bool minus, plus, sharp, space, zero;
    // %+v and %#v set plus_v / sharp_v and clear plus / sharp.
    bool plus_v, sharp_v;
} FmtFlags;

typedef struct Printer {
    Runtime *rt;
    StrBuf *buf;              // output (not owned)
    FmtFlags f;
    int wid, prec;
    // The operand being printed, for "%!verb(type=value)" (Go's p.arg /
    // p.value); arg_type NULL means a nil operand.
    const Type *arg_type;
    Value arg;
    bool erroring;            // printing a bad-verb operand: no methods
    bool panicking;
    bool reordered, good_argnum;
    bool wrap_errs;           // Errorf: %w allowed once
    bool have_wrapped;
    GoIface wrapped;
} Printer;

// ---- fmt_format.c: Go's format.go ----
void fmt_write_rune(Printer *p, int32_t r);
void fmt_padding(Printer *p, int n);
void fmt_pad(Printer *p, const char *s, size_t n);
void fmt_pad_str(Printer *p, const char *s);
void fmt_boolean(Printer *p, bool v);
void fmt_unicode(Printer *p, uint64_t u);
void fmt_integer(Printer *p, uint64_t u, int base, bool is_signed, int32_t verb, bool upper);
void fmt_s(Printer *p, const uint8_t *s, size_t n);
void fmt_sbx(Printer *p, const uint8_t *s, size_t n, bool upper);
void fmt_q(Printer *p, const uint8_t *s, size_t n);
void fmt_c(Printer *p, uint64_t c);
void fmt_qc(Printer *p, uint64_t c);
void fmt_float(Printer *p, double v, int size, int32_t verb, int prec);

#endif
