/*
 * atoi.c - text to numbers with Go's strconv grammar and errors.
 *
 * ParseUint: base 2..36, or 0 for Go's literal prefixes (0b 0o 0x, a bare
 * leading 0 for octal) where underscores may separate digits (checked
 * afterwards with Go's underscoreOK rule). Overflow is detected before the
 * multiply (cutoff = max/base + 1) and after the add, returning the
 * bit size's maximum with a range error, as Go does. ParseInt strips one
 * sign, parses the magnitude, then clamps to the signed range.
 *
 * ParseFloat: the syntax is validated here exactly as Go's readFloat does
 * (decimal or 0x hex mantissa, hex requiring a 'p' exponent, underscores
 * only with a base prefix, "inf"/"infinity"/"nan" in any case); the value
 * itself comes (plain decimal text is read in one pass without the
 * general check), for float64 decimal text of at most 19 significant digits,
 * from the exact fast paths of ryu.c (one IEEE operation, or
 * Eisel-Lemire), and otherwise from strtod/strtof, which round correctly
 * (so do the fast paths, or they decline). Overflow gives
 * +-Inf and a range error; underflow gives zero without error (Go's rule).
 *
 * Results are codes (STRCONV_OK, STRCONV_ERR_*); the Go side of the
 * package builds *NumError values from them.
 */
#include "strconv_impl.h"

#include <errno.h>
#include <math.h>
#include <stdlib.h>

static uint8_t lower(uint8_t c)
{
    return c | 0x20;
}

static bool underscore_ok(const uint8_t *s, size_t n)
{
    char saw = '^';
    size_t i = 0;
    if (n >= 1 && (s[0] == '-' || s[0] == '+'))
        s++, n--;
    bool hex = false;
    if (n >= 2 && s[0] == '0' &&
        (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
        i = 2;
        saw = '0';
        hex = lower(s[1]) == 'x';
    }
    for (; i < n; i++) {
        if ((s[i] >= '0' && s[i] <= '9') ||
            (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
            saw = '0';
            continue;
        }
        if (s[i] == '_') {
            if (saw != '0')
                return false;
            saw = '_';
            continue;
        }
        if (saw == '_')
            return false;
        saw = '!';
    }
    return saw != '_';
}

int strconv_parse_uint(const uint8_t *s, size_t n, int base, int bitsize,
                       uint64_t *out)
{
    *out = 0;
    if (n == 0)
        return STRCONV_ERR_SYNTAX;
    const uint8_t *s0 = s;
    size_t n0 = n;
    bool base0 = base == 0;
    if (base == 0) {
        base = 10;
        if (s[0] == '0') {
            if (n >= 3 && lower(s[1]) == 'b')
                base = 2, s += 2, n -= 2;
            else if (n >= 3 && lower(s[1]) == 'o')
                base = 8, s += 2, n -= 2;
            else if (n >= 3 && lower(s[1]) == 'x')
                base = 16, s += 2, n -= 2;
            else
                base = 8, s += 1, n -= 1;
        }
    } else if (base < 2 || base > 36) {
        return STRCONV_ERR_BASE;
    }
    if (bitsize == 0)
        bitsize = 64;
    else if (bitsize < 0 || bitsize > 64)
        return STRCONV_ERR_BITSIZE;
    uint64_t cutoff = UINT64_MAX / (uint64_t)base + 1;
    uint64_t maxval = bitsize == 64 ? UINT64_MAX
                                    : (UINT64_C(1) << bitsize) - 1;
    bool underscores = false;
    uint64_t v = 0;
    for (size_t i = 0; i < n; i++) {
        uint8_t c = s[i], d;
        if (c == '_' && base0) {
            underscores = true;
            continue;
        } else if (c >= '0' && c <= '9') {
            d = c - '0';
        } else if (lower(c) >= 'a' && lower(c) <= 'z') {
            d = lower(c) - 'a' + 10;
        } else {
            return STRCONV_ERR_SYNTAX;
        }
        if (d >= base)
            return STRCONV_ERR_SYNTAX;
        if (v >= cutoff) {
            *out = maxval;
            return STRCONV_ERR_RANGE;
        }
        v *= (uint64_t)base;
        uint64_t v1 = v + d;
        if (v1 < v || v1 > maxval) {
            *out = maxval;
            return STRCONV_ERR_RANGE;
        }
        v = v1;
    }
    if (underscores && !underscore_ok(s0, n0))
        return STRCONV_ERR_SYNTAX;
    *out = v;
    return STRCONV_OK;
}

int strconv_parse_int(const uint8_t *s, size_t n, int base, int bitsize,
                      int64_t *out)
{
    *out = 0;
    if (n == 0)
        return STRCONV_ERR_SYNTAX;
    bool neg = false;
    if (s[0] == '+') {
        s++, n--;
    } else if (s[0] == '-') {
        neg = true;
        s++, n--;
    }
    uint64_t un;
    int code = strconv_parse_uint(s, n, base, bitsize, &un);
    if (code != STRCONV_OK && code != STRCONV_ERR_RANGE)
        return code;
    if (bitsize == 0)
        bitsize = 64;
    uint64_t cutoff = UINT64_C(1) << (bitsize - 1);
    if (!neg && un >= cutoff) {
        *out = (int64_t)(cutoff - 1);
        return STRCONV_ERR_RANGE;
    }
    if (neg && un > cutoff) {
        *out = -(int64_t)(cutoff - 1) - 1;
        return STRCONV_ERR_RANGE;
    }
    *out = neg ? (int64_t)(0 - un) : (int64_t)un;
    return STRCONV_OK;
}

/* Length of the common prefix of s and lowercase word, ignoring case. */
static size_t prefix_fold(const uint8_t *s, size_t n, const char *word)
{
    size_t i = 0;
    while (i < n && word[i] && lower(s[i]) == (uint8_t)word[i])
        i++;
    return i;
}

static bool parse_special(const uint8_t *s, size_t n, double *out)
{
    if (n == 0)
        return false;
    double sign = 1;
    size_t nsign = 0;
    if (s[0] == '+' || s[0] == '-') {
        if (s[0] == '-')
            sign = -1;
        nsign = 1;
    } else if (lower(s[0]) == 'n') {
        if (n == 3 && prefix_fold(s, n, "nan") == 3) {
            *out = NAN;
            return true;
        }
        return false;
    }
    size_t k = prefix_fold(s + nsign, n - nsign, "infinity");
    if (k > 3 && k < 8)
        k = 3;
    if ((k == 3 || k == 8) && nsign + k == n) {
        *out = sign * INFINITY;
        return true;
    }
    return false;
}

/* Go's readFloat syntax check; copies the text without underscores. */
static bool float_syntax_ok(const uint8_t *s, size_t n, strbuf *clean)
{
    size_t i = 0;
    bool underscores = false, sawdot = false, sawdigits = false;
    bool hex = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
    if (i + 2 < n && s[i] == '0' && lower(s[i + 1]) == 'x') {
        hex = true;
        i += 2;
    }
    for (; i < n; i++) {
        uint8_t c = s[i];
        if (c == '_') {
            underscores = true;
            continue;
        }
        if (c == '.') {
            if (sawdot)
                break;
            sawdot = true;
            continue;
        }
        if ((c >= '0' && c <= '9') ||
            (hex && lower(c) >= 'a' && lower(c) <= 'f')) {
            sawdigits = true;
            continue;
        }
        break;
    }
    if (!sawdigits)
        return false;
    if (i < n && lower(s[i]) == (hex ? 'p' : 'e')) {
        i++;
        if (i >= n)
            return false;
        if (s[i] == '+' || s[i] == '-')
            i++;
        if (i >= n || s[i] < '0' || s[i] > '9')
            return false;
        for (; i < n && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); i++)
            if (s[i] == '_')
                underscores = true;
    } else if (hex) {
        return false;
    }
    if (i != n)
        return false;
    if (underscores && !underscore_ok(s, n))
        return false;
    for (size_t k = 0; k < n; k++)
        if (s[k] != '_')
            strbuf_putc(clean, (char)s[k]);
    strbuf_putc(clean, '\0');
    return true;
}

/* Go's readFloat on syntactically valid decimal text without underscores:
   the first 19 significant digits as an integer, the power of ten that
   scales it, and whether non-zero digits were dropped. False for hex. */
static bool read_decimal(const char *s, uint64_t *mantissa, int *exp10,
                         bool *neg, bool *trunc)
{
    uint64_t m = 0;
    int nd = 0, ndmant = 0, dp = 0;
    bool sawdot = false;
    *neg = *s == '-';
    if (*s == '+' || *s == '-')
        s++;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        return false;
    *trunc = false;
    for (;; s++) {
        if (*s == '.') {
            sawdot = true;
            dp = nd;
            continue;
        }
        if (*s < '0' || *s > '9')
            break;
        if (*s == '0' && nd == 0) { /* leading zeros */
            dp--;
            continue;
        }
        nd++;
        if (ndmant < 19) {
            m = m * 10 + (uint64_t)(*s - '0');
            ndmant++;
        } else if (*s != '0') {
            *trunc = true;
        }
    }
    if (!sawdot)
        dp = nd;
    if (*s == 'e' || *s == 'E') {
        s++;
        int sign = 1, e = 0;
        if (*s == '+' || *s == '-')
            sign = *s++ == '-' ? -1 : 1;
        for (; *s >= '0' && *s <= '9'; s++)
            if (e < 10000)
                e = e * 10 + (*s - '0');
        dp += sign * e;
    }
    *mantissa = m;
    *exp10 = m != 0 ? dp - ndmant : 0;
    return true;
}

/* The common case in one pass over the text itself: plain decimal
   [+-]digits[.digits][e[+-]digits] with at least one mantissa digit and
   nothing else (no underscores, no hex, no Inf/NaN), read as Go's
   readFloat does. False for anything else, which takes the general path. */
static bool read_plain_decimal(const uint8_t *s, size_t n, uint64_t *mantissa,
                               int *exp10, bool *neg, bool *trunc)
{
    size_t i = 0;
    uint64_t m = 0;
    int nd = 0, ndmant = 0, dp = 0;
    bool sawdot = false, sawdigits = false;
    *neg = false;
    *trunc = false;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        *neg = s[i++] == '-';
    for (; i < n; i++) {
        uint8_t c = s[i];
        if (c == '.') {
            if (sawdot)
                return false;
            sawdot = true;
            dp = nd;
            continue;
        }
        if (c < '0' || c > '9')
            break;
        sawdigits = true;
        if (c == '0' && nd == 0) {
            dp--;
            continue;
        }
        nd++;
        if (ndmant < 19) {
            m = m * 10 + (uint64_t)(c - '0');
            ndmant++;
        } else if (c != '0') {
            *trunc = true;
        }
    }
    if (!sawdigits)
        return false;
    if (!sawdot)
        dp = nd;
    if (i < n) {
        if (s[i] != 'e' && s[i] != 'E')
            return false;
        i++;
        int sign = 1, e = 0;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            sign = s[i++] == '-' ? -1 : 1;
        if (i >= n)
            return false;
        for (; i < n; i++) {
            if (s[i] < '0' || s[i] > '9')
                return false;
            if (e < 10000)
                e = e * 10 + (s[i] - '0');
        }
        dp += sign * e;
    }
    *mantissa = m;
    *exp10 = m != 0 ? dp - ndmant : 0;
    return true;
}

int strconv_parse_float(const uint8_t *s, size_t n, int bitsize, double *out)
{
    *out = 0;
    uint64_t fm;
    int fe;
    bool fneg, ftrunc;
    if (bitsize != 32 && read_plain_decimal(s, n, &fm, &fe, &fneg, &ftrunc) &&
        !ftrunc && strconv_decimal_to_f64(fm, fe, fneg, out))
        return STRCONV_OK;
    if (parse_special(s, n, out))
        return STRCONV_OK;
    strbuf clean;
    strbuf_init(&clean);
    if (!float_syntax_ok(s, n, &clean)) {
        strbuf_free(&clean);
        return STRCONV_ERR_SYNTAX;
    }
    double v;
    uint64_t mant;
    int exp10;
    bool neg, trunc;
    if (bitsize != 32 && read_decimal(clean.p, &mant, &exp10, &neg, &trunc) &&
        !trunc && strconv_decimal_to_f64(mant, exp10, neg, &v)) {
        strbuf_free(&clean);
        *out = v;
        return STRCONV_OK; /* the fast paths never produce an infinity */
    }
    if (bitsize == 32)
        v = strtof(clean.p, NULL);
    else
        v = strtod(clean.p, NULL);
    strbuf_free(&clean);
    *out = v;
    if (isinf(v))
        return STRCONV_ERR_RANGE;
    return STRCONV_OK;
}
