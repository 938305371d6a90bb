/*
 * strconv_impl.h - the C core of strconv shared with fmt: a growable byte
 * buffer, Go's float formatting (FormatFloat), integer formatting, quoting
 * (Quote, QuoteToASCII, QuoteRune) and the printability test.
 *
 * Everything here is pure: no VM state, no allocation on the golem heap.
 * Buffers live on the C stack with a malloc'd spill-over, so a native
 * builds its whole output before copying it once into a golem string.
 */
#ifndef GOLEM_STRCONV_IMPL_H
#define GOLEM_STRCONV_IMPL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "unicode/unicode_impl.h"

/* A growable byte buffer: starts in `small`, moves to malloc'd memory when
   it outgrows it. strbuf_free must be called when done. */
typedef struct strbuf {
    char *p;
    size_t len, cap;
    char small[256];
} strbuf;

void strbuf_init(strbuf *b);
void strbuf_free(strbuf *b);
void strbuf_reserve_slow(strbuf *b, size_t extra);

static inline void strbuf_reserve(strbuf *b, size_t extra)
{
    if (b->len + extra > b->cap)
        strbuf_reserve_slow(b, extra);
}
static inline void strbuf_putc(strbuf *b, char c)
{
    strbuf_reserve(b, 1);
    b->p[b->len++] = c;
}
static inline void strbuf_put(strbuf *b, const void *s, size_t n)
{
    if (n == 0)
        return; /* s may be NULL (an empty golem string) */
    strbuf_reserve(b, n);
    memcpy(b->p + b->len, s, n);
    b->len += n;
}
static inline void strbuf_puts(strbuf *b, const char *s)
{
    strbuf_put(b, s, strlen(s));
}
void strbuf_put_rune(strbuf *b, int32_t r);

/* Appends FormatFloat(v, fmt, prec, bitsize) exactly as Go prints it.
   fmt is one of b e E f g G x X; prec < 0 asks for the shortest
   representation that reads back as the same float (of bitsize 32 or 64).
   Any other fmt appends '%' and the fmt character, as Go does. */
void strconv_append_float(strbuf *b, double v, char fmt, int prec,
                          int bitsize);

/* Appends u in base 2..36 (lowercase digits), with a '-' when neg. */
void strconv_append_uint(strbuf *b, uint64_t u, int base, bool neg);


/* Appends Go's Quote (ascii=false) or QuoteToASCII (ascii=true) of s;
   graphic_only selects QuoteToGraphic's rule. */
void strconv_append_quote(strbuf *b, const uint8_t *s, size_t n,
                          bool ascii, bool graphic_only);
void strconv_append_quote_rune(strbuf *b, int32_t r, bool ascii,
                               bool graphic_only);
/* Go's Unquote of s[0..n) into out; false on a syntax error. */
bool strconv_unquote(const uint8_t *s, size_t n, strbuf *out);
/* strconv.CanBackquote */
bool strconv_can_backquote(const uint8_t *s, size_t n);

/* Result codes of the parsing natives (the Go side makes the NumError). */
enum {
    STRCONV_OK = 0,
    STRCONV_ERR_SYNTAX = 1,
    STRCONV_ERR_RANGE = 2,
    STRCONV_ERR_BASE = 3,
    STRCONV_ERR_BITSIZE = 4,
};
/* ParseUint / ParseInt / ParseFloat cores. */
int strconv_parse_uint(const uint8_t *s, size_t n, int base, int bitsize,
                       uint64_t *out);
int strconv_parse_int(const uint8_t *s, size_t n, int base, int bitsize,
                      int64_t *out);
int strconv_parse_float(const uint8_t *s, size_t n, int bitsize,
                        double *out);

/* The powers of ten 1e-348..1e347 as 128-bit mantissas {low, high},
   rounded down, top bit set (pow10tab.c). */
#define STRCONV_POW10_MIN (-348)
#define STRCONV_POW10_COUNT 696
extern const uint64_t strconv_pow10_128[STRCONV_POW10_COUNT][2];

/* Shortest decimal digits of the positive finite float64 v that read back
   as v, the closest such when several are as short (ryu.c): v =
   0.d[0..nd) x 10^dp, no leading or trailing zeros; d needs 32 bytes. */
void strconv_shortest64(double v, char *d, int *nd, int *dp);

/* mantissa x 10^exp10 correctly rounded to a float64, when the fast
   paths (exact double arithmetic, Eisel-Lemire) can decide it; false
   means: use a slow exact method. */
bool strconv_decimal_to_f64(uint64_t mantissa, int exp10, bool neg,
                            double *out);

/* Decodes one rune (Go's rules: invalid -> U+FFFD width 1); n > 0. */
int strconv_decode_rune(const uint8_t *p, size_t n, int32_t *r);

#endif
