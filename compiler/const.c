/*
 * const.c - exact constant values: literals, arithmetic, comparison,
 * conversion and representability.
 *
 * Go constants are exact. golem keeps integers in 128-bit two's complement
 * (__int128) and treats any result that leaves that range as an overflow
 * (Go itself allows 512 bits for untyped intermediates; real programs never
 * come near 128). Every operation is done with the compiler's overflow
 * builtins, so no intermediate silently wraps. Floating-point constants use
 * long double (64-bit mantissa on x86), rounded to float64/float32 when a
 * constant gets that type, which is exact enough that printed results match
 * go's for ordinary programs.
 *
 * Representability (cv_convert) follows the spec: an integer constant fits
 * an integer type when it lies in the type's range; a float constant fits an
 * integer type only when it has no fractional part ("truncated" otherwise);
 * any numeric constant fits a float type unless it rounds to infinity
 * ("overflows"). Values are allocated in the compilation's arena and are
 * immutable once made.
 */
#include "check_impl.h"

#include <math.h>

const_value *cv_new_int(checker *ck, __int128 v)
{
    const_value *c = ck_alloc(ck, sizeof *c);
    c->kind = CV_INT;
    c->i = v;
    return c;
}

const_value *cv_new_float(checker *ck, long double v)
{
    const_value *c = ck_alloc(ck, sizeof *c);
    c->kind = CV_FLOAT;
    c->f = v;
    return c;
}

const_value *cv_new_bool(checker *ck, bool b)
{
    const_value *c = ck_alloc(ck, sizeof *c);
    c->kind = CV_BOOL;
    c->b = b;
    return c;
}

const_value *cv_new_string(checker *ck, const char *s, int64_t len)
{
    const_value *c = ck_alloc(ck, sizeof *c);
    char *p = ck_alloc(ck, (size_t)len + 1);
    if (len) memcpy(p, s, (size_t)len);
    c->kind = CV_STRING;
    c->s = p;
    c->slen = len;
    return c;
}

static long double as_float(const const_value *x)
{
    return x->kind == CV_INT ? (long double)x->i : x->f;
}

/* Float constants are held in long double, so a value that is an integer
   in Go's exact arithmetic (0.0005 * 1e9) may be off by a few units in the
   last place: within that tolerance it counts as the integer. */
static long double nearest_int(long double f)
{
    long double r = roundl(f);
    if (fabsl(f - r) <= fabsl(f) * 8e-18L) return r;
    return f;
}

bool cv_is_int_valued(const_value *x)
{
    if (x->kind == CV_INT) return true;
    if (x->kind != CV_FLOAT) return false;
    long double f = nearest_int(x->f);
    return isfinite(f) && floorl(f) == f;
}

#define INT128_LIMIT 1.7e38L /* |v| below this converts to __int128 */

/* An integer-valued result computed in long double: back to CV_INT when it
   fits 128 bits (integers beyond that are held inexactly as floats; only
   untyped intermediates like 1 << 200 ever get there). */
static const_value *int_from_float(checker *ck, long double f)
{
    if (fabsl(f) < INT128_LIMIT) return cv_new_int(ck, (__int128)f);
    return cv_new_float(ck, f);
}

/* Go bounds untyped integer constants at 512 bits (and floats at a huge
   exponent); beyond that an operation reports "constant OP overflow". */
#define BIG_LIMIT ldexpl(1.0L, 512) /* 2^512 */

static const char *op_overflow(ck_opcode op)
{
    switch (op) {
    case OP_ADD: return "constant addition overflow";
    case OP_SUB: return "constant subtraction overflow";
    case OP_MUL: return "constant multiplication overflow";
    case OP_QUO: return "constant division overflow";
    case OP_SHL: return "constant shift overflow";
    case OP_XOR: return "constant bitwise XOR overflow";
    default: return "constant overflow";
    }
}

static const_value *check_big(const_value *v, ck_opcode op, bool is_int,
                              const char **err)
{
    if (!v) return v;
    long double f = v->kind == CV_FLOAT ? v->f : 0;
    if (v->kind == CV_FLOAT &&
        (!isfinite(f) || (is_int && fabsl(f) > BIG_LIMIT))) {
        *err = op_overflow(op);
        return NULL;
    }
    return v;
}

bool cv_to_int64(const_value *x, int64_t *out)
{
    __int128 v;
    if (x->kind == CV_INT)
        v = x->i;
    else if (cv_is_int_valued(x) && fabsl(x->f) < 9.3e18L)
        v = (__int128)nearest_int(x->f);
    else
        return false;
    if (v < INT64_MIN || v > INT64_MAX) return false;
    *out = (int64_t)v;
    return true;
}

/* ---------- arithmetic ---------- */

static const_value *int_binary(checker *ck, ck_opcode op, __int128 a,
                               __int128 b, const char **err)
{
    __int128 r = 0;
    bool ovf = false;
    switch (op) {
    case OP_ADD: ovf = __builtin_add_overflow(a, b, &r); break;
    case OP_SUB: ovf = __builtin_sub_overflow(a, b, &r); break;
    case OP_MUL: ovf = __builtin_mul_overflow(a, b, &r); break;
    case OP_QUO:
    case OP_REM:
        if (b == 0) {
            *err = "division by zero";
            return NULL;
        }
        r = op == OP_QUO ? a / b : a % b;
        break;
    case OP_AND: r = a & b; break;
    case OP_OR: r = a | b; break;
    case OP_XOR: r = a ^ b; break;
    case OP_ANDNOT: r = a & ~b; break;
    default:
        *err = "invalid operation";
        return NULL;
    }
    if (ovf) {
        long double x = (long double)a, y = (long double)b;
        return cv_new_float(ck, op == OP_ADD ? x + y
                                : op == OP_SUB ? x - y : x * y);
    }
    return cv_new_int(ck, r);
}

static const_value *float_binary(checker *ck, ck_opcode op, long double a,
                                 long double b, const char **err)
{
    long double r;
    switch (op) {
    case OP_ADD: r = a + b; break;
    case OP_SUB: r = a - b; break;
    case OP_MUL: r = a * b; break;
    case OP_QUO:
        if (b == 0) {
            *err = "division by zero";
            return NULL;
        }
        r = a / b;
        break;
    default:
        *err = "invalid operation";
        return NULL;
    }
    if (!isfinite(r)) {
        *err = "constant overflow";
        return NULL;
    }
    return cv_new_float(ck, r);
}

static const_value *string_concat(checker *ck, const const_value *a,
                                  const const_value *b)
{
    const_value *c = ck_alloc(ck, sizeof *c);
    char *p = ck_alloc(ck, (size_t)(a->slen + b->slen) + 1);
    memcpy(p, a->s, (size_t)a->slen);
    memcpy(p + a->slen, b->s, (size_t)b->slen);
    c->kind = CV_STRING;
    c->s = p;
    c->slen = a->slen + b->slen;
    return c;
}

static const_value *binary_inner(checker *ck, ck_opcode op,
                                 const_value *a, const_value *b, bool int_div,
                                 const char **err)
{
    *err = NULL;
    if (a->kind == CV_BOOL && b->kind == CV_BOOL) {
        if (op == OP_LAND) return cv_new_bool(ck, a->b && b->b);
        if (op == OP_LOR) return cv_new_bool(ck, a->b || b->b);
        *err = "invalid operation";
        return NULL;
    }
    if (a->kind == CV_STRING && b->kind == CV_STRING && op == OP_ADD)
        return string_concat(ck, a, b);
    if (a->kind == CV_INT && b->kind == CV_INT &&
        (op != OP_QUO || int_div))
        return int_binary(ck, op, a->i, b->i, err);
    if ((a->kind == CV_INT || a->kind == CV_FLOAT) &&
        (b->kind == CV_INT || b->kind == CV_FLOAT)) {
        if (int_div && cv_is_int_valued(a) && cv_is_int_valued(b)) {
            long double x = as_float(a), y = as_float(b);
            if (fabsl(x) < INT128_LIMIT && fabsl(y) < INT128_LIMIT)
                return int_binary(ck, op, (__int128)x, (__int128)y, err);
            if ((op == OP_QUO || op == OP_REM) && y == 0) {
                *err = "division by zero";
                return NULL;
            }
            switch (op) {
            case OP_ADD: return int_from_float(ck, x + y);
            case OP_SUB: return int_from_float(ck, x - y);
            case OP_MUL: return int_from_float(ck, x * y);
            case OP_QUO: return int_from_float(ck, truncl(x / y));
            case OP_REM: return int_from_float(ck, fmodl(x, y));
            default:
                *err = "constant overflow";
                return NULL;
            }
        }
        return float_binary(ck, op, as_float(a), as_float(b), err);
    }
    *err = "invalid operation";
    return NULL;
}

const_value *cv_binary(checker *ck, ck_opcode op, const_value *a,
                       const_value *b, bool int_div, const char **err)
{
    const_value *r = binary_inner(ck, op, a, b, int_div, err);
    if (!r) {
        if (*err && strcmp(*err, "constant overflow") == 0)
            *err = op_overflow(op);
        return NULL;
    }
    return check_big(r, op, int_div, err);
}

static int cmp3(const const_value *a, const const_value *b)
{
    if (a->kind == CV_STRING) {
        int64_t n = a->slen < b->slen ? a->slen : b->slen;
        int c = memcmp(a->s, b->s, (size_t)n);
        if (c) return c < 0 ? -1 : 1;
        return a->slen < b->slen ? -1 : a->slen > b->slen;
    }
    if (a->kind == CV_BOOL) return a->b == b->b ? 0 : 1;
    if (a->kind == CV_INT && b->kind == CV_INT)
        return a->i < b->i ? -1 : a->i > b->i;
    /* (mixed int/float: compare as long double) */
    long double x = as_float(a), y = as_float(b);
    return x < y ? -1 : x > y;
}

bool cv_compare(ck_opcode op, const_value *a, const_value *b)
{
    int c = cmp3(a, b);
    switch (op) {
    case OP_EQL: return c == 0;
    case OP_NEQ: return c != 0;
    case OP_LSS: return c < 0;
    case OP_LEQ: return c <= 0;
    case OP_GTR: return c > 0;
    case OP_GEQ: return c >= 0;
    default: return false;
    }
}

/* Bits of an unsigned integer type (0 for untyped / signed). */
static int unsigned_bits(type *t)
{
    switch (type_under(t)->kind) {
    case T_UINT8: return 8;
    case T_UINT16: return 16;
    case T_UINT32: return 32;
    case T_UINT: case T_UINT64: case T_UINTPTR: return 64;
    default: return 0;
    }
}

const_value *cv_unary(checker *ck, ck_opcode op, const_value *a, type *t,
                      const char **err)
{
    *err = NULL;
    switch (op) {
    case OP_ADD:
        return a;
    case OP_SUB:
        if (a->kind == CV_INT) {
            if (a->i == -a->i && a->i != 0) {
                *err = "constant overflow";
                return NULL;
            }
            return cv_new_int(ck, -a->i);
        }
        if (a->kind == CV_FLOAT) return cv_new_float(ck, -a->f);
        break;
    case OP_NOT:
        if (a->kind == CV_BOOL) return cv_new_bool(ck, !a->b);
        break;
    case OP_XOR:
        if (a->kind == CV_INT) {
            int bits = unsigned_bits(t);
            if (bits) {
                unsigned __int128 mask = ((unsigned __int128)1 << bits) - 1;
                return cv_new_int(ck, (__int128)(~(unsigned __int128)a->i &
                                                 mask));
            }
            return cv_new_int(ck, ~a->i);
        }
        break;
    default:
        break;
    }
    *err = "invalid operation";
    return NULL;
}

static const_value *shift_inner(checker *ck, ck_opcode op,
                                const_value *a, uint64_t n, const char **err);

const_value *cv_shift(checker *ck, ck_opcode op, const_value *a, uint64_t n,
                      const char **err)
{
    const_value *r = shift_inner(ck, op, a, n, err);
    return check_big(r, OP_SHL, true, err);
}

static const_value *shift_inner(checker *ck, ck_opcode op,
                                const_value *a, uint64_t n, const char **err)
{
    *err = NULL;
    __int128 v;
    if (!cv_is_int_valued(a)) {
        *err = "invalid shift";
        return NULL;
    }
    if (a->kind == CV_FLOAT && fabsl(a->f) >= INT128_LIMIT) {
        if (n > 4096) n = 4096;
        long double f = ldexpl(a->f, op == OP_SHR ? -(int)n : (int)n);
        if (op == OP_SHR) f = floorl(f);
        if (!isfinite(f)) {
            *err = "constant shift overflow";
            return NULL;
        }
        return int_from_float(ck, f);
    }
    v = a->kind == CV_INT ? a->i : (__int128)nearest_int(a->f);
    if (op == OP_SHR) {
        if (n >= 127) return cv_new_int(ck, v < 0 ? -1 : 0);
        return cv_new_int(ck, v >> n);
    }
    if (v == 0) return cv_new_int(ck, 0);
    if (n < 127) {
        __int128 r = (__int128)((unsigned __int128)v << n);
        if ((r >> n) == v) return cv_new_int(ck, r);
    }
    if (n > 4096) {
        *err = "constant shift overflow";
        return NULL;
    }
    long double f = ldexpl((long double)v, (int)n);
    if (!isfinite(f)) {
        *err = "constant shift overflow";
        return NULL;
    }
    return cv_new_float(ck, f);
}

/* ---------- conversion / representability ---------- */

static bool int_range(type_kind k, __int128 *lo, __int128 *hi)
{
    switch (k) {
    case T_INT8: *lo = INT8_MIN; *hi = INT8_MAX; return true;
    case T_INT16: *lo = INT16_MIN; *hi = INT16_MAX; return true;
    case T_INT32: *lo = INT32_MIN; *hi = INT32_MAX; return true;
    case T_INT: case T_INT64: *lo = INT64_MIN; *hi = INT64_MAX; return true;
    case T_UINT8: *lo = 0; *hi = UINT8_MAX; return true;
    case T_UINT16: *lo = 0; *hi = UINT16_MAX; return true;
    case T_UINT32: *lo = 0; *hi = UINT32_MAX; return true;
    case T_UINT: case T_UINT64: case T_UINTPTR:
        *lo = 0;
        *hi = (__int128)UINT64_MAX;
        return true;
    default:
        return false; /* untyped: unbounded */
    }
}

static const_value *to_int(checker *ck, const_value *x, type_kind k,
                           const char **why)
{
    __int128 v;
    if (x->kind == CV_INT) {
        v = x->i;
    } else if (x->kind == CV_FLOAT) {
        if (!cv_is_int_valued(x)) {
            *why = isfinite(x->f) ? "truncated" : "overflows";
            return NULL;
        }
        if (fabsl(x->f) >= INT128_LIMIT) {
            if (k == T_UNTYPED_INT || k == T_UNTYPED_RUNE) return x;
            *why = "overflows";
            return NULL;
        }
        v = (__int128)nearest_int(x->f);
    } else {
        return NULL;
    }
    __int128 lo, hi;
    if (int_range(k, &lo, &hi) && (v < lo || v > hi)) {
        *why = "overflows";
        return NULL;
    }
    return x->kind == CV_INT ? (const_value *)x : cv_new_int(ck, v);
}

static const_value *to_float(checker *ck, const_value *x, type_kind k,
                             const char **why)
{
    if (x->kind != CV_INT && x->kind != CV_FLOAT) return NULL;
    long double f = as_float(x);
    if (k == T_FLOAT32) {
        float r = (float)f;
        if (isinf(r) && isfinite(f)) {
            *why = "overflows";
            return NULL;
        }
        f = r;
    } else if (k == T_FLOAT64) {
        double r = (double)f;
        if (isinf(r) && isfinite(f)) {
            *why = "overflows";
            return NULL;
        }
        f = r;
    }
    if (x->kind == CV_FLOAT && x->f == f) return (const_value *)x;
    return cv_new_float(ck, f);
}

const_value *cv_convert(checker *ck, const_value *x, type *t,
                        const char **why)
{
    *why = NULL;
    type_kind k = type_under(t)->kind;
    switch (k) {
    case T_BOOL: case T_UNTYPED_BOOL:
        return x->kind == CV_BOOL ? (const_value *)x : NULL;
    case T_STRING: case T_UNTYPED_STRING:
        return x->kind == CV_STRING ? (const_value *)x : NULL;
    case T_FLOAT32: case T_FLOAT64: case T_UNTYPED_FLOAT:
        return to_float(ck, x, k, why);
    case T_COMPLEX64: case T_COMPLEX128:
        return NULL;
    default:
        if (type_is_integer(t)) return to_int(ck, x, k, why);
        return NULL;
    }
}

/* ---------- printing ---------- */

static void int128_str(__int128 v, char *buf)
{
    char tmp[64];
    int n = 0;
    bool neg = v < 0;
    unsigned __int128 u = neg ? -(unsigned __int128)v : (unsigned __int128)v;
    do {
        tmp[n++] = (char)('0' + (int)(u % 10));
        u /= 10;
    } while (u);
    int j = 0;
    if (neg) buf[j++] = '-';
    while (n) buf[j++] = tmp[--n];
    buf[j] = 0;
}

static const char *quote_string(checker *ck, const char *s, int64_t n)
{
    size_t cap = (size_t)n * 4 + 16;
    char *out = ck_alloc(ck, cap);
    size_t j = 0;
    out[j++] = '"';
    for (int64_t i = 0; i < n && j + 8 < cap; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"': out[j++] = '\\'; out[j++] = '"'; break;
        case '\\': out[j++] = '\\'; out[j++] = '\\'; break;
        case '\n': out[j++] = '\\'; out[j++] = 'n'; break;
        case '\t': out[j++] = '\\'; out[j++] = 't'; break;
        case '\r': out[j++] = '\\'; out[j++] = 'r'; break;
        default:
            if (c < 32 || c == 127)
                j += (size_t)snprintf(out + j, cap - j, "\\x%02x", c);
            else
                out[j++] = (char)c;
        }
    }
    out[j++] = '"';
    out[j] = 0;
    if (j > 72) { /* go shortens long constants in messages */
        out[69] = '.';
        out[70] = '.';
        out[71] = '.';
        out[72] = 0;
    }
    return out;
}

const char *cv_string(checker *ck, const_value *x)
{
    char buf[128];
    switch (x->kind) {
    case CV_BOOL:
        return x->b ? "true" : "false";
    case CV_INT:
        int128_str(x->i, buf);
        return ck_strdup(ck, buf);
    case CV_FLOAT:
        if (cv_is_int_valued(x) && fabsl(x->f) < 1e21L) {
            int128_str((__int128)nearest_int(x->f), buf);
            return ck_strdup(ck, buf);
        }
        snprintf(buf, sizeof buf, "%.6Lg", x->f);
        return ck_strdup(ck, buf);
    case CV_STRING:
        return quote_string(ck, x->s, x->slen);
    }
    return "?";
}

/* ---------- literals ---------- */

static int digit_val(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

static const_value *int_literal(checker *ck, const char *s, const char **err)
{
    int base = 10;
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) base = 16, s += 2;
    else if (s[0] == '0' && (s[1] == 'b' || s[1] == 'B')) base = 2, s += 2;
    else if (s[0] == '0' && (s[1] == 'o' || s[1] == 'O')) base = 8, s += 2;
    else if (s[0] == '0' && s[1]) base = 8, s += 1;
    unsigned __int128 v = 0;
    for (; *s; s++) {
        if (*s == '_') continue;
        int d = digit_val((unsigned char)*s);
        if (d >= base) {
            *err = "invalid digit in literal";
            return NULL;
        }
        if (v > (((unsigned __int128)1 << 126) - 1) / (unsigned)base * 2) {
            *err = "integer constant overflow";
            return NULL;
        }
        v = v * (unsigned)base + (unsigned)d;
    }
    if (v >> 126) {
        *err = "integer constant overflow";
        return NULL;
    }
    return cv_new_int(ck, (__int128)v);
}

static const_value *float_literal(checker *ck, const char *s)
{
    char buf[256];
    size_t j = 0;
    for (; *s && j < sizeof buf - 1; s++)
        if (*s != '_') buf[j++] = *s;
    buf[j] = 0;
    long double f = strtold(buf, NULL);
    return cv_new_float(ck, f);
}

static int utf8_encode(uint32_t r, char *out)
{
    if (r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) r = 0xFFFD;
    if (r < 0x80) {
        out[0] = (char)r;
        return 1;
    }
    if (r < 0x800) {
        out[0] = (char)(0xC0 | (r >> 6));
        out[1] = (char)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        out[0] = (char)(0xE0 | (r >> 12));
        out[1] = (char)(0x80 | ((r >> 6) & 0x3F));
        out[2] = (char)(0x80 | (r & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (r >> 18));
    out[1] = (char)(0x80 | ((r >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((r >> 6) & 0x3F));
    out[3] = (char)(0x80 | (r & 0x3F));
    return 4;
}

/* Decodes one UTF-8 sequence at s; returns its length (1 on error). */
static int utf8_decode(const unsigned char *s, uint32_t *r)
{
    if (s[0] < 0x80) { *r = s[0]; return 1; }
    if ((s[0] & 0xE0) == 0xC0 && (s[1] & 0xC0) == 0x80) {
        *r = ((uint32_t)(s[0] & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    if ((s[0] & 0xF0) == 0xE0 && (s[1] & 0xC0) == 0x80 &&
        (s[2] & 0xC0) == 0x80) {
        *r = ((uint32_t)(s[0] & 0x0F) << 12) | ((uint32_t)(s[1] & 0x3F) << 6) |
             (s[2] & 0x3F);
        return 3;
    }
    if ((s[0] & 0xF8) == 0xF0 && (s[1] & 0xC0) == 0x80 &&
        (s[2] & 0xC0) == 0x80 && (s[3] & 0xC0) == 0x80) {
        *r = ((uint32_t)(s[0] & 0x07) << 18) |
             ((uint32_t)(s[1] & 0x3F) << 12) | ((uint32_t)(s[2] & 0x3F) << 6) |
             (s[3] & 0x3F);
        return 4;
    }
    *r = 0xFFFD;
    return 1;
}

/* Decodes one escape or character at *pp inside a quoted literal; sets
   *is_byte for \x and octal escapes (raw bytes in strings). */
static bool decode_char(const char **pp, uint32_t *r, bool *is_byte)
{
    const unsigned char *p = (const unsigned char *)*pp;
    *is_byte = false;
    if (*p != '\\') {
        int n = utf8_decode(p, r);
        *pp += n;
        return true;
    }
    p++;
    int n = 0, base = 16;
    switch (*p) {
    case 'a': *r = 7; break;
    case 'b': *r = 8; break;
    case 'f': *r = 12; break;
    case 'n': *r = 10; break;
    case 'r': *r = 13; break;
    case 't': *r = 9; break;
    case 'v': *r = 11; break;
    case '\\': *r = '\\'; break;
    case '\'': *r = '\''; break;
    case '"': *r = '"'; break;
    case 'x': n = 2; *is_byte = true; break;
    case 'u': n = 4; break;
    case 'U': n = 8; break;
    default:
        if (*p >= '0' && *p <= '7') {
            n = 3;
            base = 8;
            *is_byte = true;
            p--; /* digits start here */
        } else {
            return false;
        }
    }
    p++;
    if (n) {
        uint32_t v = 0;
        for (int i = 0; i < n; i++, p++) {
            int d = digit_val(*p);
            if (d >= base) return false;
            v = v * (uint32_t)base + (uint32_t)d;
        }
        *r = v;
    }
    *pp = (const char *)p;
    return true;
}

static const_value *string_literal(checker *ck, const char *s,
                                   const char **err)
{
    size_t n = strlen(s);
    char *out = ck_alloc(ck, n + 1);
    size_t j = 0;
    if (s[0] == '`') {
        for (size_t i = 1; i + 1 < n; i++)
            if (s[i] != '\r') out[j++] = s[i];
        const_value *c = cv_new_string(ck, out, (int64_t)j);
        return c;
    }
    const char *p = s + 1, *end = s + n - 1;
    while (p < end) {
        if (*p != '\\') { /* source bytes are kept as they are */
            uint32_t r;
            int w = utf8_decode((const unsigned char *)p, &r);
            if (r == 0xFFFD && w == 1) {
                *err = "invalid UTF-8 encoding";
                return NULL;
            }
            memcpy(out + j, p, (size_t)w);
            j += (size_t)w;
            p += w;
            continue;
        }
        uint32_t r;
        bool is_byte;
        if (!decode_char(&p, &r, &is_byte)) {
            *err = "unknown escape sequence";
            return NULL;
        }
        if (is_byte) {
            if (r > 255) {
                *err = "octal escape value > 255";
                return NULL;
            }
            out[j++] = (char)r;
        } else {
            j += (size_t)utf8_encode(r, out + j);
        }
    }
    return cv_new_string(ck, out, (int64_t)j);
}

static const_value *char_literal(checker *ck, const char *s, const char **err)
{
    const char *p = s + 1;
    uint32_t r;
    bool is_byte;
    if (!decode_char(&p, &r, &is_byte) || *p != '\'') {
        *err = "invalid character literal";
        return NULL;
    }
    return cv_new_int(ck, r);
}

const_value *cv_from_literal(checker *ck, ast_node *lit, type **t,
                             const char **err)
{
    const char *s = lit->name ? lit->name : "";
    *err = NULL;
    switch (lit->op) {
    case LIT_INT:
        *t = ty_untyped_int;
        return int_literal(ck, s, err);
    case LIT_FLOAT:
        *t = ty_untyped_float;
        if ((s[0] == '0' && (s[1] == 'x' || s[1] == 'X')) ||
            strpbrk(s, ".eEpP"))
            return float_literal(ck, s);
        return float_literal(ck, s);
    case LIT_CHAR:
        *t = ty_untyped_rune;
        return char_literal(ck, s, err);
    case LIT_STRING:
        *t = ty_untyped_string;
        return string_literal(ck, s, err);
    default:
        *t = ty_invalid;
        *err = "golem: complex numbers are not supported";
        return NULL;
    }
}
