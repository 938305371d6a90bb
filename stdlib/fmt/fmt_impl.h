/*
 * fmt_impl.h - the printer shared by fmt's C files.
 *
 * fmt_printer is one Printf/Println call in progress: the output buffer,
 * the flags of the current verb, and the state Go's pp keeps (whether we
 * are printing an error about a bad verb, inside a panic report, inside
 * Errorf). format.c turns single values into text under the flags (Go's
 * fmt type); print.c walks operands through their rtypes (Go's pp);
 * scan.c reads operands for the Scan family.
 *
 * A value is (rtype, pointer to its memory representation). Nothing in
 * the printer is global: every call builds its own fmt_printer on the C
 * stack.
 */
#ifndef GOLEM_FMT_IMPL_H
#define GOLEM_FMT_IMPL_H

#include "natives.h"
#include "strconv/strconv_impl.h"

typedef struct fmt_flags {
    bool wid_present, prec_present;
    bool minus, plus, sharp, space, zero;
    bool plus_v, sharp_v; /* %+v and %#v (plus and sharp are then off) */
} fmt_flags;

typedef struct fmt_value {
    const rtype *t; /* NULL: the invalid value (a nil interface) */
    const void *p;  /* the value in memory representation */
    bool ro;        /* reached through an unexported field: no methods */
} fmt_value;

typedef struct fmt_printer {
    golem_g *g;
    strbuf buf;
    fmt_flags f;
    int wid, prec;

    fmt_value arg;       /* operand being printed (for bad-verb reports) */
    bool has_arg;
    fmt_value value;     /* nested value being printed */
    bool has_value;

    bool erroring;       /* printing a %!verb(...) report: no methods */
    bool panicking;      /* printing a method's panic value */
    bool wrap_errs;      /* inside Errorf: %w allowed */
    uint64_t wrapped;    /* Errorf: bit i set when operand i is %w */
    bool reordered, good_argnum;
    bool failed;         /* a panic escaped a method call: give up */
} fmt_printer;

void fmt_printer_init(fmt_printer *p, golem_g *g);
void fmt_printer_free(fmt_printer *p);

/* format.c: single values under the current flags (Go's fmt methods). */
void fmt_write_padding(fmt_printer *p, int n);
void fmt_pad(fmt_printer *p, const char *s, size_t n);
void fmt_pad_string(fmt_printer *p, const char *s, size_t n);
void fmt_boolean(fmt_printer *p, bool v);
void fmt_integer(fmt_printer *p, uint64_t u, int base, bool is_signed,
                 int verb, bool upper);
void fmt_unicode(fmt_printer *p, uint64_t u);
void fmt_c(fmt_printer *p, uint64_t c);
void fmt_qc(fmt_printer *p, uint64_t c);
void fmt_float(fmt_printer *p, double v, int size, int verb, int prec);
void fmt_s(fmt_printer *p, const uint8_t *s, size_t n);
void fmt_sbx(fmt_printer *p, const uint8_t *s, size_t n, bool upper);
void fmt_q(fmt_printer *p, const uint8_t *s, size_t n);
void fmt_0x64(fmt_printer *p, uint64_t v, bool leading0x);

/* print.c */
void fmt_print_arg(fmt_printer *p, const golem_iface *arg, int verb);
void fmt_do_printf(fmt_printer *p, const uint8_t *format, size_t n,
                   const golem_iface *a, int64_t na);
void fmt_do_print(fmt_printer *p, const golem_iface *a, int64_t na);
void fmt_do_println(fmt_printer *p, const golem_iface *a, int64_t na);

/* scan.c: fmt.scanValues, fmt.scanFormat */
int fmt_scan_values_native(golem_g *g, slot *args);
int fmt_scan_format_native(golem_g *g, slot *args);

#endif
