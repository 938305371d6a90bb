/*
 * const.c - Go's constant values: literals, arithmetic, comparison,
 * conversion, representability and printing.
 *
 * Numeric constants are exact, as in gc: every CV_INT and CV_FLOAT value
 * carries a cv_exact, a packed copy of bigconst.c's bc_rat (sign, odd
 * numerator and denominator, power of two, and whether it is in Go's
 * 512-bit float representation). Operations unpack their operands into
 * stack temporaries, compute with bigconst.c and pack the result into
 * the compilation's arena; values are immutable once made. Beside the
 * exact value each constant keeps two rounded copies for the rest of the
 * compiler: i (the integer, saturated beyond 128 bits; exact for every
 * typed integer constant) and f (the nearest long double; exact for every
 * typed float constant, which holds a float64 or float32 value).
 *
 * gc's limits: an untyped integer result wider than 512 bits is an error
 * ("constant multiplication overflow", named after the operation); float
 * constants are exact rationals until numerator or denominator reach 4096
 * bits and 512-bit binary floats beyond, so they never overflow.
 *
 * Representability (cv_convert) follows go/types: an integer constant
 * fits an integer type inside its range ("overflows" otherwise); a float
 * constant fits an integer type only when it is integral and in range
 * ("truncated" otherwise, whatever the reason, as gc says); a numeric
 * constant fits float64/float32 unless it rounds (half to even, from the
 * exact value) to infinity ("overflows"), and takes the rounded value.
 */
#include "check_impl.h"

#include "bigconst.h"

#include <float.h>
#include <math.h>

/* A bc_rat packed into the arena: limbs holds nnum numerator limbs then
   nden denominator limbs. */
struct cv_exact {
    int sign;
    bool is_float;
    int64_t exp;
    int nnum, nden;
    uint32_t limbs[];
};

static struct cv_exact *pack(checker *ck, const bc_rat *r)
{
    size_t n = (size_t)(r->num.n + r->den.n);
    struct cv_exact *p = ck_alloc(ck, sizeof *p + n * sizeof(uint32_t));
    p->sign = r->sign;
    p->is_float = r->is_float;
    p->exp = r->exp;
    p->nnum = r->num.n;
    p->nden = r->den.n;
    memcpy(p->limbs, r->num.d, sizeof(uint32_t) * (size_t)r->num.n);
    memcpy(p->limbs + r->num.n, r->den.d, sizeof(uint32_t) * (size_t)r->den.n);
    return p;
}

/* The exact value of a numeric constant. */
static void unpack(const const_value *x, bc_rat *r)
{
    const struct cv_exact *p = x->exact;
    if (!p) { /* made outside const.c: i or f is the value */
        if (x->kind == CV_INT)
            bc_set_int128(r, x->i);
        else
            bc_set_ldouble(r, x->f);
        return;
    }
    r->sign = p->sign;
    r->is_float = p->is_float;
    r->exp = p->exp;
    r->num.n = p->nnum;
    r->den.n = p->nden;
    memcpy(r->num.d, p->limbs, sizeof(uint32_t) * (size_t)p->nnum);
    memcpy(r->den.d, p->limbs + p->nnum, sizeof(uint32_t) * (size_t)p->nden);
}

static const_value *from_rat(checker *ck, cv_kind kind, const bc_rat *r)
{
    const_value *c = ck_alloc(ck, sizeof *c);
    c->kind = kind;
    c->exact = pack(ck, r);
    c->f = bc_to_ldouble(r);
    if (c->f == 0 && r->sign) /* keep tiny values distinguishable from 0 */
        c->f = r->sign * LDBL_TRUE_MIN;
    if (bc_is_int(r)) {
        bc_rat t = *r;
        bc_to_int(&t);
        if (!bc_to_int128(&t, &c->i))
            c->i = t.sign < 0 ? -(__int128)(~(unsigned __int128)0 >> 1)
                              : (__int128)(~(unsigned __int128)0 >> 1);
    } else { /* a fraction: i is only its integer part, bounded */
        long double t = fabsl(c->f) < 1e38L ? truncl(c->f) : 0;
        c->i = (__int128)t;
    }
    return c;
}

const_value *cv_new_int(checker *ck, __int128 v)
{
    bc_rat r;
    bc_set_int128(&r, v);
    return from_rat(ck, CV_INT, &r);
}

const_value *cv_new_float(checker *ck, long double v)
{
    bc_rat r;
    bc_set_ldouble(&r, isfinite(v) ? v : 0);
    return from_rat(ck, CV_FLOAT, &r);
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

static bool is_numeric(const const_value *x)
{
    return x->kind == CV_INT || x->kind == CV_FLOAT;
}

bool cv_is_int_valued(const_value *x)
{
    if (x->kind == CV_INT) return true;
    if (x->kind != CV_FLOAT) return false;
    bc_rat r;
    unpack(x, &r);
    return bc_is_int(&r);
}

bool cv_to_int64(const_value *x, int64_t *out)
{
    if (!is_numeric(x)) return false;
    bc_rat r;
    unpack(x, &r);
    if (!bc_is_int(&r)) return false;
    bc_to_int(&r);
    __int128 v;
    if (!bc_to_int128(&r, &v) || v < INT64_MIN || v > INT64_MAX) return false;
    *out = (int64_t)v;
    return true;
}

/* ---------- arithmetic ---------- */

/* gc's wording when an untyped integer result passes 512 bits; only some
   operations have a name in it. */
static const char *op_overflow(ck_opcode op)
{
    switch (op) {
    case OP_ADD: return "constant addition overflow";
    case OP_SUB: return "constant subtraction overflow";
    case OP_MUL: return "constant multiplication overflow";
    case OP_SHL: return "constant shift overflow";
    case OP_XOR: return "constant bitwise XOR overflow";
    default: return "constant overflow";
    }
}

static bool to_bc_op(ck_opcode op, bc_op *out)
{
    switch (op) {
    case OP_ADD: *out = BC_ADD; return true;
    case OP_SUB: *out = BC_SUB; return true;
    case OP_MUL: *out = BC_MUL; return true;
    case OP_QUO: *out = BC_QUO; return true;
    case OP_REM: *out = BC_REM; return true;
    case OP_AND: *out = BC_AND; return true;
    case OP_OR: *out = BC_OR; return true;
    case OP_XOR: *out = BC_XOR; return true;
    case OP_ANDNOT: *out = BC_ANDNOT; return true;
    default: return false;
    }
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

static const_value *numeric_binary(checker *ck, ck_opcode op,
                                   const_value *a, const_value *b,
                                   bool int_div, const char **err)
{
    bc_op bop;
    if (!to_bc_op(op, &bop) || (!int_div && bop > BC_QUO)) {
        *err = "invalid operation";
        return NULL;
    }
    bc_rat x, y, r;
    unpack(a, &x);
    unpack(b, &y);
    switch (bc_binary(&r, bop, &x, &y, int_div)) {
    case BC_OK: break;
    case BC_DIV_ZERO: *err = "division by zero"; return NULL;
    case BC_OVERFLOW: *err = op_overflow(op); return NULL;
    default: *err = "invalid operation"; return NULL;
    }
    if (int_div && bc_bitlen(&r) > BC_INT_BITS) {
        *err = op_overflow(op);
        return NULL;
    }
    return from_rat(ck, int_div ? CV_INT : CV_FLOAT, &r);
}

const_value *cv_binary(checker *ck, ck_opcode op, const_value *a,
                       const_value *b, bool int_div, const char **err)
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
    if (is_numeric(a) && is_numeric(b))
        return numeric_binary(ck, op, a, b, int_div, err);
    *err = "invalid operation";
    return NULL;
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
    if (!is_numeric(a) || !is_numeric(b)) return 1;
    bc_rat x, y;
    unpack(a, &x);
    unpack(b, &y);
    return bc_cmp(&x, &y);
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

/* ^x: -x-1, or within the width of an unsigned type. */
static const_value *complement(checker *ck, const_value *a, type *t,
                               const char **err)
{
    int bits = unsigned_bits(t);
    if (bits) {
        unsigned __int128 mask = ((unsigned __int128)1 << bits) - 1;
        return cv_new_int(ck, (__int128)(~(unsigned __int128)a->i & mask));
    }
    bc_rat x, one, r;
    unpack(a, &x);
    bc_set_int128(&one, 1);
    bc_binary(&r, BC_ADD, &x, &one, true);
    bc_neg(&r);
    if (bc_bitlen(&r) > BC_INT_BITS) {
        *err = "constant bitwise complement overflow";
        return NULL;
    }
    return from_rat(ck, CV_INT, &r);
}

const_value *cv_unary(checker *ck, ck_opcode op, const_value *a, type *t,
                      const char **err)
{
    *err = NULL;
    switch (op) {
    case OP_ADD:
        return a;
    case OP_SUB:
        if (is_numeric(a)) {
            bc_rat x;
            unpack(a, &x);
            bc_neg(&x);
            return from_rat(ck, a->kind, &x);
        }
        break;
    case OP_NOT:
        if (a->kind == CV_BOOL) return cv_new_bool(ck, !a->b);
        break;
    case OP_XOR:
        if (a->kind == CV_INT) return complement(ck, a, t, err);
        break;
    default:
        break;
    }
    *err = "invalid operation";
    return NULL;
}

const_value *cv_shift(checker *ck, ck_opcode op, const_value *a, uint64_t n,
                      const char **err)
{
    *err = NULL;
    if (!cv_is_int_valued(a)) {
        *err = "invalid shift";
        return NULL;
    }
    bc_rat x;
    unpack(a, &x);
    if (bc_shift(&x, op != OP_SHR, n) != BC_OK ||
        bc_bitlen(&x) > BC_INT_BITS) {
        *err = "constant shift overflow";
        return NULL;
    }
    return from_rat(ck, CV_INT, &x);
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

/* gc words every failed float-to-integer conversion "truncated". */
static const_value *to_int(checker *ck, const_value *x, type_kind k,
                           const char **why)
{
    const char *fail = x->kind == CV_FLOAT ? "truncated" : "overflows";
    bc_rat r;
    unpack(x, &r);
    if (!bc_is_int(&r)) {
        *why = "truncated";
        return NULL;
    }
    bc_to_int(&r);
    __int128 lo, hi, v;
    if (int_range(k, &lo, &hi) &&
        (!bc_to_int128(&r, &v) || v < lo || v > hi)) {
        *why = fail;
        return NULL;
    }
    return x->kind == CV_INT ? x : from_rat(ck, CV_INT, &r);
}

static const_value *to_float(checker *ck, const_value *x, type_kind k,
                             const char **why)
{
    bc_rat r;
    unpack(x, &r);
    if (k == T_UNTYPED_FLOAT)
        return x->kind == CV_FLOAT ? x : from_rat(ck, CV_FLOAT, &r);
    bool overflow;
    double d = k == T_FLOAT32 ? bc_to_float32(&r, &overflow)
                              : bc_to_double(&r, &overflow);
    if (overflow) {
        *why = "overflows";
        return NULL;
    }
    bc_set_ldouble(&r, d == 0 ? 0 : d); /* constants have no -0 */
    return from_rat(ck, CV_FLOAT, &r);
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
        return is_numeric(x) ? to_float(ck, x, k, why) : NULL;
    case T_COMPLEX64: case T_COMPLEX128:
        return NULL;
    default:
        if (type_is_integer(t) && is_numeric(x)) return to_int(ck, x, k, why);
        return NULL;
    }
}

/* ---------- printing ---------- */

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
    char buf[512];
    bc_rat r;
    switch (x->kind) {
    case CV_BOOL:
        return x->b ? "true" : "false";
    case CV_INT:
        unpack(x, &r);
        bc_format_int(&r, buf, sizeof buf);
        return ck_strdup(ck, buf);
    case CV_FLOAT:
        unpack(x, &r);
        bc_format(&r, buf, sizeof buf);
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
    bc_rat r;
    if (!bc_parse_int(&r, s, base)) {
        *err = "invalid digit in literal";
        for (const char *p = s; *p; p++)
            if (*p != '_' && digit_val((unsigned char)*p) >= base) return NULL;
        *err = "integer constant overflow"; /* beyond ~11000 bits */
        return NULL;
    }
    return from_rat(ck, CV_INT, &r);
}

static const_value *float_literal(checker *ck, const char *s, const char **err)
{
    size_t n = strlen(s), j = 0;
    char *buf = ck_alloc(ck, n + 1);
    for (; *s; s++)
        if (*s != '_') buf[j++] = *s;
    buf[j] = 0;
    bc_rat r;
    if (!bc_parse_float(&r, buf)) {
        *err = "malformed floating-point constant";
        return NULL;
    }
    return from_rat(ck, CV_FLOAT, &r);
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
        return float_literal(ck, s, err);
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
