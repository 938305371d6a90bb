/*
 * ftoa.c - floating-point to text exactly as Go's strconv.FormatFloat.
 *
 * Mechanism. A finite nonzero float is first reduced to a decimal digit
 * string d[0..nd) and a decimal point position dp (value = 0.d x 10^dp,
 * no trailing zeros), then laid out by Go's rules for 'e', 'f' and 'g'.
 *
 * Digits come from the C library, whose printf rounds the exact binary
 * value correctly (round-half-even on exact ties, as Go's decimal rounding
 * does):
 *  - a fixed number of significant digits (%e, %g with a precision):
 *    snprintf("%.*e");
 *  - a fixed number of fraction digits (%f with a precision):
 *    snprintf("%.*f");
 *  - the shortest digits that read back as the same float (precision -1):
 *    for float64, Ryu (ryu.c), exact and fast; for float32: a normal float64 whose shortest form has at most 15 digits is exactly
 *    its correctly rounded 15-digit form with trailing zeros removed (half
 *    an ulp, <= 2^-53 relative, is below half a 15-digit decimal step,
 *    >= 5e-16 relative). So we try 15, 16 and 17 digits and take the first
 *    that round-trips through strtod; a correctly rounded candidate is
 *    also the closest among equally short ones, which is Go's choice.
 *    float32 uses 6..9 digits and strtof the same way. Subnormals, whose
 *    ulp is relatively larger, search every length from 1.
 *
 * 'b' (mantissa p exponent) and 'x' (hex mantissa, Go's rounding to prec
 * hex digits) work on the bits directly.
 *
 * Invariants: never writes past the strbuf it is given (all growth through
 * strbuf_reserve); no state outside the call.
 */
#include "strconv_impl.h"

#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

/* Decimal digits of |v|: value = 0.d[0]d[1]... x 10^dp; nd == 0 for 0. */
typedef struct ftoa_digits {
    char *d;
    int nd, dp;
    char small[40];
    char *heap;
} ftoa_digits;

/* ---- strbuf ---- */

void strbuf_init(strbuf *b)
{
    b->p = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
}

void strbuf_free(strbuf *b)
{
    if (b->p != b->small)
        free(b->p);
    b->p = b->small;
    b->len = 0;
    b->cap = sizeof b->small;
}

void strbuf_reserve_slow(strbuf *b, size_t extra)
{
    size_t need = b->len + extra, ncap = b->cap * 2;
    if (ncap < need)
        ncap = need;
    char *np;
    if (b->p == b->small) {
        np = malloc(ncap);
        if (np)
            memcpy(np, b->small, b->len);
    } else {
        np = realloc(b->p, ncap);
    }
    if (!np) {
        fputs("fatal error: out of memory\n", stderr);
        abort(); /* documented fatal: the C heap is exhausted */
    }
    b->p = np;
    b->cap = ncap;
}

void strbuf_put_rune(strbuf *b, int32_t r)
{
    strbuf_reserve(b, 4);
    uint8_t *p = (uint8_t *)b->p + b->len;
    if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    if (r < 0x80) {
        p[0] = (uint8_t)r;
        b->len += 1;
    } else if (r < 0x800) {
        p[0] = 0xC0 | (r >> 6);
        p[1] = 0x80 | (r & 0x3F);
        b->len += 2;
    } else if (r < 0x10000) {
        p[0] = 0xE0 | (r >> 12);
        p[1] = 0x80 | ((r >> 6) & 0x3F);
        p[2] = 0x80 | (r & 0x3F);
        b->len += 3;
    } else {
        p[0] = 0xF0 | (r >> 18);
        p[1] = 0x80 | ((r >> 12) & 0x3F);
        p[2] = 0x80 | ((r >> 6) & 0x3F);
        p[3] = 0x80 | (r & 0x3F);
        b->len += 4;
    }
}

void strconv_append_uint(strbuf *b, uint64_t u, int base, bool neg)
{
    char tmp[72];
    int i = sizeof tmp;
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    if (base == 10) {
        while (u >= 10) {
            tmp[--i] = (char)('0' + u % 10);
            u /= 10;
        }
    } else {
        while (u >= (uint64_t)base) {
            tmp[--i] = digits[u % base];
            u /= base;
        }
    }
    tmp[--i] = digits[u];
    if (neg)
        tmp[--i] = '-';
    strbuf_put(b, tmp + i, sizeof tmp - i);
}

/* ---- digit generation ---- */

static void digits_init(ftoa_digits *d)
{
    d->d = d->small;
    d->heap = NULL;
    d->nd = d->dp = 0;
}

static void digits_free(ftoa_digits *d)
{
    free(d->heap);
}

/* Reads "D.DDDDe[+-]XX" (printf %e of a positive number) into d. */
static void digits_from_e(ftoa_digits *d, const char *s)
{
    int nd = 0;
    const char *p = s;
    for (; *p && *p != 'e'; p++)
        if (*p >= '0' && *p <= '9')
            d->d[nd++] = *p;
    int exp = atoi(p + 1);
    while (nd > 0 && d->d[nd - 1] == '0')
        nd--;
    d->nd = nd;
    d->dp = nd ? exp + 1 : 0;
}

/* Reads "DDD.DDDD" (printf %f of a non-negative number) into d. */
static void digits_from_f(ftoa_digits *d, const char *s)
{
    int nd = 0, dp = 0;
    bool seen_point = false, leading = true;
    for (const char *p = s; *p; p++) {
        if (*p == '.') {
            seen_point = true;
            continue;
        }
        if (leading && *p == '0') {
            if (seen_point)
                dp--;
            continue;
        }
        leading = false;
        d->d[nd++] = *p;
        if (!seen_point)
            dp++;
    }
    while (nd > 0 && d->d[nd - 1] == '0')
        nd--;
    d->nd = nd;
    d->dp = nd ? dp : 0;
}

static bool roundtrips(const char *s, double v, int bitsize)
{
    if (bitsize == 32)
        return strtof(s, NULL) == (float)v;
    return strtod(s, NULL) == v;
}

/* Shortest digits of v > 0 (finite) that read back as v. */
static void digits_shortest(ftoa_digits *d, double v, int bitsize)
{
    if (bitsize == 64) {
        strconv_shortest64(v, d->d, &d->nd, &d->dp);
        return;
    }
    char s[48];
    bool normal = bitsize == 32 ? v >= FLT_MIN : v >= DBL_MIN;
    int maxd = bitsize == 32 ? 9 : 17;
    int first = normal ? (bitsize == 32 ? 6 : 15) : 1;
    for (int n = first; n <= maxd; n++) {
        snprintf(s, sizeof s, "%.*e", n - 1, v);
        if (n == maxd || roundtrips(s, v, bitsize)) {
            digits_from_e(d, s);
            return;
        }
    }
}

/* v > 0 rounded to n >= 1 significant digits. */
static void digits_significant(ftoa_digits *d, double v, int n)
{
    char stack[64];
    size_t need = (size_t)n + 16;
    char *s = need <= sizeof stack ? stack : malloc(need);
    if (need > sizeof d->small) {
        d->heap = malloc(need);
        d->d = d->heap;
    }
    snprintf(s, need, "%.*e", n - 1, v);
    digits_from_e(d, s);
    if (s != stack)
        free(s);
}

/* v >= 0 rounded to prec fraction digits exactly with integer arithmetic,
   when v = m x 2^e makes m x 10^prec x 2^e fit in 128 bits: the integer
   part of the scaled value, rounded half to even on the bits shifted out.
   False when it does not fit (the caller uses printf). */
static bool digits_fraction_exact(ftoa_digits *d, double v, int prec)
{
    static const uint64_t POW10[16] = {
        1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000,
        1000000000, 10000000000, 100000000000, 1000000000000,
        10000000000000, 100000000000000, 1000000000000000,
    };
    if (prec > 15 || v >= 0x1p60)
        return false;
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    int biased = (int)(bits >> 52) & 0x7ff;
    uint64_t m = bits & (((uint64_t)1 << 52) - 1);
    int e;
    if (biased == 0) {
        e = -1074;
    } else {
        m |= (uint64_t)1 << 52;
        e = biased - 1075;
    }
    unsigned __int128 n = (unsigned __int128)m * POW10[prec], q;
    if (e >= 0) {
        q = n << e; /* v < 2^60 and 10^15 < 2^50: fits */
    } else if (e > -128) {
        int sh = -e;
        q = n >> sh;
        unsigned __int128 rem = n - (q << sh), half = (unsigned __int128)1 << (sh - 1);
        if (rem > half || (rem == half && (q & 1)))
            q++;
    } else {
        q = 0; /* below 2^-127 x 10^15: rounds to zero */
    }
    /* q / 10^prec as digits: q < 2^110 needs at most 34 digits */
    char tmp[40];
    int n_digits = 0;
    while (q > 0) {
        tmp[n_digits++] = (char)('0' + (int)(q % 10));
        q /= 10;
    }
    int nd = 0;
    for (int i = n_digits - 1; i >= 0; i--)
        d->d[nd++] = tmp[i];
    int dp = n_digits - prec;
    while (nd > 0 && d->d[nd - 1] == '0')
        nd--;
    d->nd = nd;
    d->dp = nd ? dp : 0;
    return true;
}

/* v >= 0 rounded to prec fraction digits. */
static void digits_fraction(ftoa_digits *d, double v, int prec)
{
    if (digits_fraction_exact(d, v, prec))
        return;
    size_t need = (size_t)prec + 330;
    char *s = malloc(need);
    d->heap = malloc(need);
    d->d = d->heap;
    snprintf(s, need, "%.*f", prec, v);
    digits_from_f(d, s);
    free(s);
}

/* ---- layout (Go's fmtE / fmtF / %g choice) ---- */

static void put_exponent(strbuf *b, char e, int exp)
{
    strbuf_putc(b, e);
    strbuf_putc(b, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    if (exp >= 100)
        strbuf_putc(b, (char)('0' + exp / 100));
    strbuf_putc(b, (char)('0' + exp / 10 % 10));
    strbuf_putc(b, (char)('0' + exp % 10));
}

static void layout_e(strbuf *b, bool neg, const ftoa_digits *d, int prec,
                     char e)
{
    if (neg)
        strbuf_putc(b, '-');
    strbuf_putc(b, d->nd ? d->d[0] : '0');
    if (prec > 0) {
        strbuf_reserve(b, (size_t)prec + 1);
        strbuf_putc(b, '.');
        for (int i = 1; i <= prec; i++)
            b->p[b->len++] = i < d->nd ? d->d[i] : '0';
    }
    put_exponent(b, e, d->nd ? d->dp - 1 : 0);
}

static void layout_f(strbuf *b, bool neg, const ftoa_digits *d, int prec)
{
    if (neg)
        strbuf_putc(b, '-');
    if (d->dp > 0) {
        strbuf_reserve(b, (size_t)d->dp);
        for (int i = 0; i < d->dp; i++)
            b->p[b->len++] = i < d->nd ? d->d[i] : '0';
    } else {
        strbuf_putc(b, '0');
    }
    if (prec > 0) {
        strbuf_reserve(b, (size_t)prec + 1);
        b->p[b->len++] = '.';
        for (int i = 0; i < prec; i++) {
            int j = d->dp + i;
            b->p[b->len++] = (j >= 0 && j < d->nd) ? d->d[j] : '0';
        }
    }
}

static void layout_g(strbuf *b, bool neg, const ftoa_digits *d, int prec,
                     bool shortest, char fmt)
{
    int eprec = prec;
    if (eprec > d->nd && d->nd >= d->dp)
        eprec = d->nd;
    if (shortest)
        eprec = 6;
    int exp = d->dp - 1;
    if (exp < -4 || exp >= eprec) {
        if (prec > d->nd)
            prec = d->nd;
        layout_e(b, neg, d, prec - 1, fmt == 'g' ? 'e' : 'E');
        return;
    }
    if (prec > d->dp)
        prec = d->nd;
    layout_f(b, neg, d, prec - d->dp > 0 ? prec - d->dp : 0);
}

/* ---- 'b' and 'x' ---- */

static void float_parts(double v, int bitsize, bool *neg, uint64_t *mant,
                        int *exp, int *mantbits)
{
    uint64_t bits;
    int expbits, bias;
    if (bitsize == 32) {
        float f = (float)v;
        uint32_t u;
        memcpy(&u, &f, 4);
        bits = u;
        *mantbits = 23, expbits = 8, bias = -127;
    } else {
        memcpy(&bits, &v, 8);
        *mantbits = 52, expbits = 11, bias = -1023;
    }
    *neg = (bits >> (expbits + *mantbits)) != 0;
    int e = (int)(bits >> *mantbits) & ((1 << expbits) - 1);
    *mant = bits & ((UINT64_C(1) << *mantbits) - 1);
    if (e == 0)
        e++;
    else
        *mant |= UINT64_C(1) << *mantbits;
    *exp = e + bias;
}

static void format_b(strbuf *b, double v, int bitsize)
{
    bool neg;
    uint64_t mant;
    int exp, mantbits;
    float_parts(v, bitsize, &neg, &mant, &exp, &mantbits);
    strconv_append_uint(b, mant, 10, neg);
    strbuf_putc(b, 'p');
    exp -= mantbits;
    if (exp >= 0)
        strbuf_putc(b, '+');
    strconv_append_uint(b, (uint64_t)(exp < 0 ? -exp : exp), 10, exp < 0);
}

static void format_x(strbuf *b, double v, char fmt, int prec, int bitsize)
{
    bool neg;
    uint64_t mant;
    int exp, mantbits;
    float_parts(v, bitsize, &neg, &mant, &exp, &mantbits);
    if (mant == 0)
        exp = 0;
    mant <<= 60 - mantbits;
    while (mant != 0 && (mant & (UINT64_C(1) << 60)) == 0) {
        mant <<= 1;
        exp--;
    }
    if (prec >= 0 && prec < 15) {
        unsigned shift = (unsigned)prec * 4;
        uint64_t extra = (mant << shift) & ((UINT64_C(1) << 60) - 1);
        mant >>= 60 - shift;
        if ((extra | (mant & 1)) > (UINT64_C(1) << 59))
            mant++;
        mant <<= 60 - shift;
        if (mant & (UINT64_C(1) << 61)) {
            mant >>= 1;
            exp++;
        }
    }
    const char *hex = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    if (neg)
        strbuf_putc(b, '-');
    strbuf_putc(b, '0');
    strbuf_putc(b, fmt);
    strbuf_putc(b, (char)('0' + ((mant >> 60) & 1)));
    mant <<= 4;
    if (prec < 0 && mant != 0) {
        strbuf_putc(b, '.');
        while (mant != 0) {
            strbuf_putc(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    } else if (prec > 0) {
        strbuf_putc(b, '.');
        for (int i = 0; i < prec; i++) {
            strbuf_putc(b, hex[(mant >> 60) & 15]);
            mant <<= 4;
        }
    }
    strbuf_putc(b, fmt == 'X' ? 'P' : 'p');
    strbuf_putc(b, exp < 0 ? '-' : '+');
    if (exp < 0)
        exp = -exp;
    if (exp >= 1000)
        strbuf_putc(b, (char)('0' + exp / 1000));
    if (exp >= 100)
        strbuf_putc(b, (char)('0' + exp / 100 % 10));
    strbuf_putc(b, (char)('0' + exp / 10 % 10));
    strbuf_putc(b, (char)('0' + exp % 10));
}

/* ---- entry ---- */

void strconv_append_float(strbuf *b, double v, char fmt, int prec,
                          int bitsize)
{
    if (bitsize == 32)
        v = (float)v;
    if (isnan(v)) {
        strbuf_puts(b, "NaN");
        return;
    }
    if (isinf(v)) {
        strbuf_puts(b, v < 0 ? "-Inf" : "+Inf");
        return;
    }
    if (fmt == 'b') {
        format_b(b, v, bitsize);
        return;
    }
    if (fmt == 'x' || fmt == 'X') {
        format_x(b, v, fmt, prec, bitsize);
        return;
    }
    if (fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G') {
        strbuf_putc(b, '%');
        strbuf_putc(b, fmt);
        return;
    }
    bool neg = signbit(v) != 0;
    double a = fabs(v);
    bool shortest = prec < 0;
    ftoa_digits d;
    digits_init(&d);
    if (shortest) {
        if (a != 0)
            digits_shortest(&d, a, bitsize);
        switch (fmt) {
        case 'e': case 'E': prec = d.nd > 1 ? d.nd - 1 : 0; break;
        case 'f': prec = d.nd - d.dp > 0 ? d.nd - d.dp : 0; break;
        default: prec = d.nd; break;
        }
    } else if (fmt == 'f') {
        digits_fraction(&d, a, prec);
    } else {
        int n = prec + 1;
        if (fmt == 'g' || fmt == 'G') {
            if (prec == 0)
                prec = 1;
            n = prec;
        }
        if (a != 0)
            digits_significant(&d, a, n);
    }
    switch (fmt) {
    case 'e': case 'E': layout_e(b, neg, &d, prec, fmt); break;
    case 'f': layout_f(b, neg, &d, prec); break;
    default: layout_g(b, neg, &d, prec, shortest, fmt); break;
    }
    digits_free(&d);
}
