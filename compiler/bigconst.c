/*
 * bigconst.c - the arbitrary-precision numbers behind Go's untyped
 * constants.
 *
 * Go evaluates constant expressions exactly. gc (through go/constant)
 * keeps an integer constant as an unbounded integer and rejects any
 * result wider than 512 bits; it keeps a floating-point constant as an
 * exact rational while numerator and denominator stay below 4096 bits,
 * and otherwise as a binary float with a 512-bit mantissa (so 1.0/3*3 is
 * exactly 1, 1e300*1e300/1e300 is exactly 1e300, and only absurd
 * magnitudes are ever rounded). This file reproduces that model:
 *
 *   bc_nat  a natural number in little-endian 32-bit limbs with a fixed
 *           capacity (BC_LIMBS), used as a stack temporary; operations
 *           report when a result would not fit, and callers then take
 *           the 512-bit float path, which always fits.
 *   bc_rat  sign * num/den * 2^exp with num and den odd and coprime, so
 *           powers of two (1 << 500, 0x1p-1074) cost nothing and equality
 *           is equality of the parts. is_float marks Go's 512-bit float
 *           representation; an operation involving one rounds its other
 *           operand and its result to 512 bits, as big.Float does.
 *
 * Algorithms are the schoolbook ones: Knuth's algorithm D for division,
 * binary gcd to keep fractions reduced, and one generic rounding routine
 * (bc_round: quotient with a guard bit and a sticky remainder, round half
 * to even, with a smallest ulp for subnormals) that serves 512-bit floats,
 * float64, float32 and long double alike, so every conversion of an exact
 * value is correctly rounded. Nothing here allocates: const.c packs
 * results into the compilation's arena.
 */
#include "bigconst.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NAT_BITS ((int64_t)BC_LIMBS * 32)

/* ---------- natural numbers ---------- */

static void nat_norm(bc_nat *a)
{
    while (a->n && !a->d[a->n - 1]) a->n--;
}

static void nat_set_u64(bc_nat *a, uint64_t v)
{
    a->d[0] = (uint32_t)v;
    a->d[1] = (uint32_t)(v >> 32);
    a->n = 2;
    nat_norm(a);
}

static void nat_copy(bc_nat *r, const bc_nat *a)
{
    if (r == a) return;
    r->n = a->n;
    memcpy(r->d, a->d, sizeof(uint32_t) * (size_t)a->n);
}

static bool nat_is_one(const bc_nat *a) { return a->n == 1 && a->d[0] == 1; }

static int64_t nat_bitlen(const bc_nat *a)
{
    if (!a->n) return 0;
    return (int64_t)(a->n - 1) * 32 + (32 - __builtin_clz(a->d[a->n - 1]));
}

static int64_t nat_ctz(const bc_nat *a)
{
    for (int i = 0; i < a->n; i++)
        if (a->d[i]) return (int64_t)i * 32 + __builtin_ctz(a->d[i]);
    return 0;
}

static int nat_cmp(const bc_nat *a, const bc_nat *b)
{
    if (a->n != b->n) return a->n < b->n ? -1 : 1;
    for (int i = a->n - 1; i >= 0; i--)
        if (a->d[i] != b->d[i]) return a->d[i] < b->d[i] ? -1 : 1;
    return 0;
}

/* r = a + b (r may alias either); false when it does not fit. */
static bool nat_add(bc_nat *r, const bc_nat *a, const bc_nat *b)
{
    if (a->n < b->n) {
        const bc_nat *t = a;
        a = b;
        b = t;
    }
    uint64_t carry = 0;
    int i;
    for (i = 0; i < a->n; i++) {
        carry += (uint64_t)a->d[i] + (i < b->n ? b->d[i] : 0);
        r->d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    r->n = a->n;
    if (carry) {
        if (r->n == BC_LIMBS) return false;
        r->d[r->n++] = (uint32_t)carry;
    }
    return true;
}

/* r = a - b, a >= b (r may alias either). */
static void nat_sub(bc_nat *r, const bc_nat *a, const bc_nat *b)
{
    int64_t borrow = 0;
    for (int i = 0; i < a->n; i++) {
        int64_t t = (int64_t)a->d[i] - (i < b->n ? b->d[i] : 0) - borrow;
        borrow = t < 0;
        r->d[i] = (uint32_t)t;
    }
    r->n = a->n;
    nat_norm(r);
}

/* r = a * b (r may alias either); false when it does not fit. */
static bool nat_mul(bc_nat *r, const bc_nat *a, const bc_nat *b)
{
    if (!a->n || !b->n) {
        r->n = 0;
        return true;
    }
    if (a->n + b->n > BC_LIMBS) return false;
    bc_nat t;
    memset(t.d, 0, sizeof(uint32_t) * (size_t)(a->n + b->n));
    for (int i = 0; i < a->n; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < b->n; j++) {
            carry += (uint64_t)a->d[i] * b->d[j] + t.d[i + j];
            t.d[i + j] = (uint32_t)carry;
            carry >>= 32;
        }
        t.d[i + b->n] = (uint32_t)carry;
    }
    t.n = a->n + b->n;
    nat_norm(&t);
    nat_copy(r, &t);
    return true;
}

/* a = a * m + add; false when it does not fit. */
static bool nat_mul_small(bc_nat *a, uint32_t m, uint32_t add)
{
    uint64_t carry = add;
    for (int i = 0; i < a->n; i++) {
        carry += (uint64_t)a->d[i] * m;
        a->d[i] = (uint32_t)carry;
        carry >>= 32;
    }
    if (carry) {
        if (a->n == BC_LIMBS) return false;
        a->d[a->n++] = (uint32_t)carry;
    }
    return true;
}

/* q = a / d, returning the remainder (q may alias a). */
static uint32_t nat_div_small(bc_nat *q, const bc_nat *a, uint32_t d)
{
    uint64_t rem = 0;
    for (int i = a->n - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | a->d[i];
        q->d[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    q->n = a->n;
    nat_norm(q);
    return (uint32_t)rem;
}

/* r = a << k (r may alias a); false when it does not fit. */
static bool nat_shl(bc_nat *r, const bc_nat *a, int64_t k)
{
    if (!a->n) {
        r->n = 0;
        return true;
    }
    if (nat_bitlen(a) + k > NAT_BITS) return false;
    int limbs = (int)(k / 32), bits = (int)(k % 32);
    int n = a->n;
    r->d[n + limbs] = 0;
    for (int i = n - 1; i >= 0; i--) {
        uint32_t v = a->d[i];
        if (bits) r->d[i + limbs + 1] |= v >> (32 - bits);
        r->d[i + limbs] = bits ? v << bits : v;
    }
    for (int i = 0; i < limbs; i++) r->d[i] = 0;
    r->n = n + limbs + 1 <= BC_LIMBS ? n + limbs + 1 : BC_LIMBS;
    nat_norm(r);
    return true;
}

/* r = a >> k (r may alias a). */
static void nat_shr(bc_nat *r, const bc_nat *a, int64_t k)
{
    int64_t limbs = k / 32;
    int bits = (int)(k % 32);
    if (limbs >= a->n) {
        r->n = 0;
        return;
    }
    int n = a->n - (int)limbs;
    for (int i = 0; i < n; i++) {
        uint64_t v = a->d[i + limbs];
        if (bits && i + limbs + 1 < a->n)
            v |= (uint64_t)a->d[i + limbs + 1] << 32;
        r->d[i] = (uint32_t)(v >> bits);
    }
    r->n = n;
    nat_norm(r);
}

/* Whether any of the low k bits of a is set. */
static bool nat_low_bits(const bc_nat *a, int64_t k)
{
    return a->n && k > 0 && nat_ctz(a) < k;
}

/* q = a / b, r = a % b (Knuth's algorithm D; b != 0; q, r distinct from
   a and b). */
static void nat_divmod(bc_nat *q, bc_nat *r, const bc_nat *a, const bc_nat *b)
{
    if (nat_cmp(a, b) < 0) {
        q->n = 0;
        nat_copy(r, a);
        return;
    }
    if (b->n == 1) {
        nat_set_u64(r, nat_div_small(q, a, b->d[0]));
        return;
    }
    int s = __builtin_clz(b->d[b->n - 1]);
    bc_nat u, v;
    nat_shl(&v, b, s);
    u.n = a->n + 1;
    memcpy(u.d, a->d, sizeof(uint32_t) * (size_t)a->n);
    u.d[a->n] = 0;
    if (s) { /* shift u left by s in place, keeping the extra top limb */
        for (int i = a->n; i > 0; i--)
            u.d[i] = (u.d[i] << s) | (u.d[i - 1] >> (32 - s));
        u.d[0] <<= s;
    }
    int n = v.n, m = a->n - n;
    for (int j = m; j >= 0; j--) {
        uint64_t top = ((uint64_t)u.d[j + n] << 32) | u.d[j + n - 1];
        uint64_t qhat = top / v.d[n - 1], rhat = top % v.d[n - 1];
        while (qhat >> 32 ||
               qhat * v.d[n - 2] > ((rhat << 32) | u.d[j + n - 2])) {
            qhat--;
            rhat += v.d[n - 1];
            if (rhat >> 32) break;
        }
        int64_t k = 0, t;
        for (int i = 0; i < n; i++) {
            uint64_t p = qhat * v.d[i];
            t = (int64_t)u.d[i + j] - k - (int64_t)(p & 0xFFFFFFFFu);
            u.d[i + j] = (uint32_t)t;
            k = (int64_t)(p >> 32) - (t >> 32);
        }
        t = (int64_t)u.d[j + n] - k;
        u.d[j + n] = (uint32_t)t;
        if (t < 0) { /* qhat was one too large: add back */
            qhat--;
            uint64_t c = 0;
            for (int i = 0; i < n; i++) {
                c += (uint64_t)u.d[i + j] + v.d[i];
                u.d[i + j] = (uint32_t)c;
                c >>= 32;
            }
            u.d[j + n] += (uint32_t)c;
        }
        q->d[j] = (uint32_t)qhat;
    }
    q->n = m + 1;
    nat_norm(q);
    u.n = n;
    nat_norm(&u);
    nat_shr(r, &u, s);
}

/* g = gcd(a, b) for odd a and b (binary gcd). */
static void nat_gcd_odd(bc_nat *g, const bc_nat *a, const bc_nat *b)
{
    bc_nat x, y;
    nat_copy(&x, a);
    nat_copy(&y, b);
    for (;;) {
        int c = nat_cmp(&x, &y);
        if (c == 0) break;
        bc_nat *big = c > 0 ? &x : &y, *small = c > 0 ? &y : &x;
        nat_sub(big, big, small);
        nat_shr(big, big, nat_ctz(big));
    }
    nat_copy(g, &x);
}

/* ---------- rationals ---------- */

static void rat_zero(bc_rat *r)
{
    r->sign = 0;
    r->exp = 0;
    r->num.n = 0;
    nat_set_u64(&r->den, 1);
}

/* Restores the invariant: num and den odd and coprime, twos in exp. */
static void rat_normalize(bc_rat *r)
{
    if (!r->num.n) {
        bool f = r->is_float;
        rat_zero(r);
        r->is_float = f;
        return;
    }
    int64_t tz = nat_ctz(&r->num);
    nat_shr(&r->num, &r->num, tz);
    r->exp += tz;
    tz = nat_ctz(&r->den);
    nat_shr(&r->den, &r->den, tz);
    r->exp -= tz;
    if (nat_is_one(&r->den) || nat_is_one(&r->num)) return;
    bc_nat g, q, rem;
    nat_gcd_odd(&g, &r->num, &r->den);
    if (nat_is_one(&g)) return;
    nat_divmod(&q, &rem, &r->num, &g);
    nat_copy(&r->num, &q);
    nat_divmod(&q, &rem, &r->den, &g);
    nat_copy(&r->den, &q);
}

void bc_set_int128(bc_rat *r, __int128 v)
{
    unsigned __int128 u = v < 0 ? -(unsigned __int128)v : (unsigned __int128)v;
    r->is_float = false;
    r->exp = 0;
    r->sign = v < 0 ? -1 : v > 0;
    for (int i = 0; i < 4; i++) r->num.d[i] = (uint32_t)(u >> (32 * i));
    r->num.n = 4;
    nat_norm(&r->num);
    nat_set_u64(&r->den, 1);
    rat_normalize(r);
}

void bc_set_ldouble(bc_rat *r, long double v)
{
    int e;
    long double m = frexpl(fabsl(v), &e);
    uint64_t mant = (uint64_t)ldexpl(m, 64);
    r->is_float = false;
    r->sign = v < 0 ? -1 : v > 0;
    nat_set_u64(&r->num, mant);
    nat_set_u64(&r->den, 1);
    r->exp = (int64_t)e - 64;
    rat_normalize(r);
}

static int64_t rat_bl(const bc_rat *r)
{
    return nat_bitlen(&r->num) - nat_bitlen(&r->den) + r->exp;
}

bool bc_round(bc_rat *r, int prec, int64_t umin, int64_t emax)
{
    r->is_float = false;
    if (!r->sign) return true;
    int64_t bl = rat_bl(r); /* |r| lies in (2^(bl-1), 2^(bl+1)) */
    if (bl - 1 >= emax) return false;
    if (bl + 1 < umin - 1) {
        rat_zero(r);
        return true;
    }
    int64_t u = bl - prec + 1;
    if (u < umin) u = umin;
    bc_nat q, rem, n, d;
    for (;;) {
        int64_t shift = r->exp - (u - 1);
        nat_copy(&n, &r->num);
        nat_copy(&d, &r->den);
        if (!(shift >= 0 ? nat_shl(&n, &n, shift) : nat_shl(&d, &d, -shift)))
            return false;
        nat_divmod(&q, &rem, &n, &d);
        if (nat_bitlen(&q) <= prec && u > umin) { /* exponent one lower */
            u--;
            continue;
        }
        break;
    }
    bool guard = q.n && (q.d[0] & 1), sticky = rem.n != 0;
    nat_shr(&q, &q, 1);
    if (guard && (sticky || (q.n && (q.d[0] & 1)))) {
        bc_nat one;
        nat_set_u64(&one, 1);
        nat_add(&q, &q, &one);
    }
    if (!q.n) {
        rat_zero(r);
        return true;
    }
    if (nat_bitlen(&q) + u > emax) return false;
    nat_copy(&r->num, &q);
    nat_set_u64(&r->den, 1);
    r->exp = u;
    rat_normalize(r);
    return true;
}

/* Go's 512-bit float representation of r. */
static void rat_to_float(bc_rat *r)
{
    bc_round(r, BC_FLOAT_PREC, INT64_MIN / 4, INT64_MAX / 4);
    r->is_float = true;
}

/* Whether Go would keep r as a rational (both parts below 4096 bits). */
static bool rat_small(const bc_rat *r)
{
    int64_t nb = nat_bitlen(&r->num) + (r->exp > 0 ? r->exp : 0);
    int64_t db = nat_bitlen(&r->den) + (r->exp < 0 ? -r->exp : 0);
    return nb < BC_RAT_BITS && db < BC_RAT_BITS;
}

/* r = a + sb*b exactly; false when an intermediate does not fit. */
static bool rat_add(bc_rat *r, const bc_rat *a, const bc_rat *b, int sb)
{
    sb *= b->sign;
    if (!a->sign || !sb) {
        const bc_rat *src = a->sign ? a : b;
        int sign = a->sign ? a->sign : sb;
        if (r != src) *r = *src;
        r->sign = sign;
        return true;
    }
    int64_t e = a->exp < b->exp ? a->exp : b->exp;
    bc_nat x, y, d;
    if (!nat_mul(&x, &a->num, &b->den) || !nat_shl(&x, &x, a->exp - e) ||
        !nat_mul(&y, &b->num, &a->den) || !nat_shl(&y, &y, b->exp - e) ||
        !nat_mul(&d, &a->den, &b->den))
        return false;
    int sign = a->sign;
    if (a->sign == sb) {
        if (!nat_add(&x, &x, &y)) return false;
    } else if (nat_cmp(&x, &y) >= 0) {
        nat_sub(&x, &x, &y);
    } else {
        nat_sub(&x, &y, &x);
        sign = sb;
    }
    r->sign = sign;
    r->is_float = false;
    r->exp = e;
    nat_copy(&r->num, &x);
    nat_copy(&r->den, &d);
    rat_normalize(r);
    return true;
}

static bool rat_mul(bc_rat *r, const bc_rat *a, const bc_rat *b, bool quo)
{
    bc_nat n, d;
    const bc_nat *bn = quo ? &b->den : &b->num, *bd = quo ? &b->num : &b->den;
    if (!nat_mul(&n, &a->num, bn) || !nat_mul(&d, &a->den, bd)) return false;
    r->sign = a->sign * b->sign;
    r->is_float = false;
    r->exp = quo ? a->exp - b->exp : a->exp + b->exp;
    nat_copy(&r->num, &n);
    nat_copy(&r->den, &d);
    rat_normalize(r);
    return true;
}

/* The larger of a, b in magnitude, rounded: a + b when their exponents are
   so far apart that the smaller is below half an ulp of the larger. */
static void rat_add_far(bc_rat *r, const bc_rat *a, const bc_rat *b, int sb)
{
    if (rat_bl(a) >= rat_bl(b)) {
        *r = *a;
    } else {
        *r = *b;
        r->sign *= sb;
    }
    rat_to_float(r);
}

static bool rat_arith(bc_rat *r, bc_op op, const bc_rat *a, const bc_rat *b)
{
    switch (op) {
    case BC_ADD: return rat_add(r, a, b, 1);
    case BC_SUB: return rat_add(r, a, b, -1);
    case BC_MUL: return rat_mul(r, a, b, false);
    case BC_QUO: return rat_mul(r, a, b, true);
    default: return false;
    }
}

/* Float (non-integer) arithmetic as go/constant does it: exact on
   rationals, big.Float's rounding once a float is involved. */
static bc_status float_binary(bc_rat *r, bc_op op, const bc_rat *a,
                              const bc_rat *b)
{
    if (op == BC_QUO && !b->sign) return BC_DIV_ZERO;
    if (op > BC_QUO) return BC_INVALID;
    bc_rat x = *a, y = *b;
    bool as_float = x.is_float || y.is_float;
    if (as_float) {
        rat_to_float(&x);
        rat_to_float(&y);
    }
    if (!rat_arith(r, op, &x, &y)) {
        if (!as_float) {
            rat_to_float(&x);
            rat_to_float(&y);
        }
        if (!rat_arith(r, op, &x, &y)) {
            if (op != BC_ADD && op != BC_SUB) return BC_OVERFLOW;
            rat_add_far(r, &x, &y, op == BC_SUB ? -1 : 1);
            return BC_OK;
        }
        as_float = true;
    }
    r->is_float = false;
    if (as_float || !rat_small(r)) rat_to_float(r);
    return BC_OK;
}

/* |r| as a natural number (r an integer); false when it does not fit. */
static bool int_mag(bc_nat *out, const bc_rat *r)
{
    nat_copy(out, &r->num);
    return nat_shl(out, out, r->exp);
}

static void rat_from_nat(bc_rat *r, const bc_nat *mag, int sign)
{
    r->is_float = false;
    r->exp = 0;
    nat_copy(&r->num, mag);
    nat_set_u64(&r->den, 1);
    r->sign = mag->n ? sign : 0;
    rat_normalize(r);
}

/* Two's complement of a signed magnitude in w limbs. */
static void to_twos(bc_nat *x, int sign, int w)
{
    for (int i = x->n; i < w; i++) x->d[i] = 0;
    x->n = w;
    if (sign >= 0) return;
    uint64_t carry = 1;
    for (int i = 0; i < w; i++) {
        carry += (uint32_t)~x->d[i];
        x->d[i] = (uint32_t)carry;
        carry >>= 32;
    }
}

static bc_status int_bitwise(bc_rat *r, bc_op op, const bc_rat *a,
                             const bc_rat *b)
{
    bc_nat x, y;
    if (!int_mag(&x, a) || !int_mag(&y, b)) return BC_OVERFLOW;
    int w = (x.n > y.n ? x.n : y.n) + 1;
    if (w > BC_LIMBS) return BC_OVERFLOW;
    to_twos(&x, a->sign, w);
    to_twos(&y, b->sign, w);
    for (int i = 0; i < w; i++) {
        uint32_t p = x.d[i], q = y.d[i];
        x.d[i] = op == BC_AND ? p & q : op == BC_OR ? p | q
                 : op == BC_XOR ? p ^ q : p & ~q;
    }
    int sign = (x.d[w - 1] >> 31) ? -1 : 1;
    to_twos(&x, sign, w); /* back to a magnitude */
    nat_norm(&x);
    rat_from_nat(r, &x, sign);
    return BC_OK;
}

static bc_status int_binary(bc_rat *r, bc_op op, const bc_rat *a,
                            const bc_rat *b)
{
    switch (op) {
    case BC_ADD: case BC_SUB: case BC_MUL:
        if (!rat_arith(r, op, a, b)) return BC_OVERFLOW;
        r->is_float = false;
        return BC_OK;
    case BC_QUO: case BC_REM: {
        if (!b->sign) return BC_DIV_ZERO;
        bc_nat x, y, q, rem;
        if (!int_mag(&x, a) || !int_mag(&y, b)) return BC_OVERFLOW;
        nat_divmod(&q, &rem, &x, &y);
        if (op == BC_QUO)
            rat_from_nat(r, &q, a->sign * b->sign);
        else
            rat_from_nat(r, &rem, a->sign);
        return BC_OK;
    }
    default:
        return int_bitwise(r, op, a, b);
    }
}

bc_status bc_binary(bc_rat *r, bc_op op, const bc_rat *a, const bc_rat *b,
                    bool int_div)
{
    if (int_div) {
        bc_rat x = *a, y = *b;
        bc_to_int(&x);
        bc_to_int(&y);
        return int_binary(r, op, &x, &y);
    }
    return float_binary(r, op, a, b);
}

void bc_neg(bc_rat *r) { r->sign = -r->sign; }

bc_status bc_shift(bc_rat *r, bool left, uint64_t n)
{
    bc_to_int(r);
    if (!r->sign) return BC_OK;
    if (left) {
        if (n > (uint64_t)NAT_BITS) return BC_OVERFLOW;
        r->exp += (int64_t)n;
        return BC_OK;
    }
    if ((uint64_t)r->exp >= n) {
        r->exp -= (int64_t)n;
        return BC_OK;
    }
    bc_nat m;
    if (!int_mag(&m, r)) return BC_OVERFLOW;
    int64_t k = n > (uint64_t)NAT_BITS ? NAT_BITS : (int64_t)n;
    bool lost = nat_low_bits(&m, k);
    nat_shr(&m, &m, k);
    if (r->sign < 0 && lost) { /* arithmetic shift rounds toward -inf */
        bc_nat one;
        nat_set_u64(&one, 1);
        nat_add(&m, &m, &one);
    }
    rat_from_nat(r, &m, r->sign);
    return BC_OK;
}

/* Rounds a copy so that mixed rational/float comparisons see what Go's
   go/constant compares. */
int bc_cmp(const bc_rat *a, const bc_rat *b)
{
    bc_rat x = *a, y = *b;
    if (x.is_float != y.is_float) {
        rat_to_float(&x);
        rat_to_float(&y);
    }
    if (x.sign != y.sign) return x.sign < y.sign ? -1 : 1;
    if (!x.sign) return 0;
    int64_t bx = rat_bl(&x), by = rat_bl(&y);
    int mag;
    if (bx - 1 >= by + 1) {
        mag = 1;
    } else if (by - 1 >= bx + 1) {
        mag = -1;
    } else {
        bc_rat d;
        if (!rat_add(&d, &x, &y, -1)) { /* cannot happen for close values */
            long double p = bc_to_ldouble(&x), q = bc_to_ldouble(&y);
            return p < q ? -1 : p > q;
        }
        return d.sign;
    }
    return x.sign * mag;
}

/* go/constant's ToInt for a 512-bit float: exact, or an integer after
   dropping the last 4 mantissa bits toward zero or away from zero (so
   that rounding errors of earlier operations do not make 1e20 a
   fraction). */
static bool float_int_candidate(const bc_rat *r, bc_nat *out, int64_t *exp)
{
    int64_t L = nat_bitlen(&r->num);
    if (L + r->exp <= -BC_RAT_BITS || L + r->exp >= BC_RAT_BITS) return false;
    int64_t s = L - (BC_FLOAT_PREC - 4);
    if (s <= 0) return false;
    for (int away = 0; away < 2; away++) {
        nat_shr(out, &r->num, s);
        if (away) {
            bc_nat one;
            nat_set_u64(&one, 1);
            nat_add(out, out, &one);
        }
        if (out->n && nat_ctz(out) + r->exp + s >= 0) {
            *exp = r->exp + s;
            return true;
        }
    }
    return false;
}

bool bc_is_int(const bc_rat *r)
{
    if (!r->sign) return true;
    if (nat_is_one(&r->den) && r->exp >= 0) return true;
    if (!r->is_float || !nat_is_one(&r->den)) return false;
    bc_nat c;
    int64_t e;
    return float_int_candidate(r, &c, &e);
}

void bc_to_int(bc_rat *r)
{
    if (!r->sign || (nat_is_one(&r->den) && r->exp >= 0)) {
        r->is_float = false;
        return;
    }
    bc_nat c;
    int64_t e;
    if (r->is_float && float_int_candidate(r, &c, &e)) {
        nat_copy(&r->num, &c);
        r->exp = e;
        r->is_float = false;
        rat_normalize(r);
    }
}

int64_t bc_bitlen(const bc_rat *r)
{
    return r->sign ? nat_bitlen(&r->num) + r->exp : 0;
}

bool bc_to_int128(const bc_rat *r, __int128 *out)
{
    if (!r->sign) {
        *out = 0;
        return true;
    }
    if (bc_bitlen(r) > 127 || r->exp < 0) return false;
    unsigned __int128 u = 0;
    for (int i = r->num.n - 1; i >= 0; i--) u = (u << 32) | r->num.d[i];
    u <<= r->exp;
    *out = r->sign < 0 ? -(__int128)u : (__int128)u;
    return true;
}

/* Rounds to prec bits and returns mant (< 2^64) and exponent. */
static bool round_parts(const bc_rat *r, int prec, int64_t umin, int64_t emax,
                        uint64_t *mant, int64_t *exp)
{
    bc_rat x = *r;
    if (!bc_round(&x, prec, umin, emax)) return false;
    *mant = 0;
    for (int i = x.num.n - 1; i >= 0; i--) *mant = (*mant << 32) | x.num.d[i];
    *exp = x.exp;
    return true;
}

double bc_to_double(const bc_rat *r, bool *overflow)
{
    uint64_t m;
    int64_t e;
    *overflow = !round_parts(r, 53, -1074, 1024, &m, &e);
    if (*overflow) return r->sign * HUGE_VAL;
    double v = ldexp((double)m, (int)(e < -2000 ? -2000 : e));
    return r->sign < 0 ? -v : v;
}

float bc_to_float32(const bc_rat *r, bool *overflow)
{
    uint64_t m;
    int64_t e;
    *overflow = !round_parts(r, 24, -149, 128, &m, &e);
    if (*overflow) return (float)(r->sign * HUGE_VAL);
    float v = (float)ldexp((double)m, (int)(e < -2000 ? -2000 : e));
    return r->sign < 0 ? -v : v;
}

long double bc_to_ldouble(const bc_rat *r)
{
    uint64_t m;
    int64_t e;
    if (!round_parts(r, 64, -16445, 16384, &m, &e))
        return r->sign * HUGE_VALL;
    long double v = ldexpl((long double)m, (int)(e < -20000 ? -20000 : e));
    return r->sign < 0 ? -v : v;
}

/* ---------- literals ---------- */

static int digit_value(int c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return 99;
}

bool bc_parse_int(bc_rat *r, const char *digits, int base)
{
    bc_nat m;
    m.n = 0;
    for (const char *p = digits; *p; p++) {
        if (*p == '_') continue;
        int d = digit_value((unsigned char)*p);
        if (d >= base || !nat_mul_small(&m, (uint32_t)base, (uint32_t)d))
            return false;
    }
    rat_from_nat(r, &m, 1);
    return true;
}

/* r = 5^k, exactly when it fits, else as a 512-bit float (squaring with
   rounding: only reached for exponents no realistic program uses). */
static void pow5(bc_rat *r, int64_t k)
{
    bc_nat p;
    nat_set_u64(&p, 1);
    int64_t i = k;
    while (i >= 13 && nat_mul_small(&p, 1220703125u, 0)) i -= 13; /* 5^13 */
    while (i > 0 && nat_mul_small(&p, 5, 0)) i--;
    rat_from_nat(r, &p, 1);
    if (i == 0 && nat_bitlen(&p) < NAT_BITS / 2) return;
    bc_rat base, acc;
    bc_set_int128(&base, 5);
    bc_set_int128(&acc, 1);
    for (uint64_t e = (uint64_t)k; e; e >>= 1) {
        if (e & 1) {
            rat_mul(&acc, &acc, &base, false);
            bc_round(&acc, BC_FLOAT_PREC + 64, INT64_MIN / 4, INT64_MAX / 4);
        }
        rat_mul(&base, &base, &base, false);
        bc_round(&base, BC_FLOAT_PREC + 64, INT64_MIN / 4, INT64_MAX / 4);
    }
    *r = acc;
    r->is_float = true;
}

/* mant * 10^dexp, exactly when Go keeps the literal as a rational. */
static void scale_decimal(bc_rat *r, const bc_nat *mant, int64_t dexp)
{
    rat_from_nat(r, mant, 1);
    if (!r->sign || !dexp) return;
    bc_rat p;
    int64_t k = dexp < 0 ? -dexp : dexp;
    pow5(&p, k < ((int64_t)1 << 40) ? k : ((int64_t)1 << 40));
    bool inexact = p.is_float;
    if (inexact || !rat_mul(r, r, &p, dexp < 0)) {
        rat_to_float(r);
        rat_to_float(&p);
        rat_mul(r, r, &p, dexp < 0);
        inexact = true;
    }
    r->exp += dexp;
    int64_t bl = rat_bl(r);
    if (inexact || bl >= BC_RAT_BITS || bl <= -BC_RAT_BITS)
        rat_to_float(r);
}

static bool parse_hex_float(bc_rat *r, const char *s)
{
    bc_nat m;
    m.n = 0;
    int64_t exp = 0;
    bool frac = false;
    for (; *s && *s != 'p' && *s != 'P'; s++) {
        if (*s == '.') {
            frac = true;
            continue;
        }
        int d = digit_value((unsigned char)*s);
        if (d >= 16) return false;
        if (m.n < BC_LIMBS - 2) {
            nat_mul_small(&m, 16, (uint32_t)d);
            if (frac) exp -= 4;
        } else if (!frac) {
            exp += 4; /* digits beyond the capacity only scale */
        }
    }
    if (*s) exp += strtoll(s + 1, NULL, 10);
    rat_from_nat(r, &m, 1);
    r->exp += exp;
    int64_t bl = rat_bl(r);
    if (r->sign && (bl >= BC_RAT_BITS || bl <= -BC_RAT_BITS)) rat_to_float(r);
    return true;
}

bool bc_parse_float(bc_rat *r, const char *s)
{
    if (s[0] == '0' && (s[1] == 'x' || s[1] == 'X'))
        return parse_hex_float(r, s + 2);
    bc_nat m;
    m.n = 0;
    int64_t dexp = 0;
    bool frac = false;
    for (; *s && *s != 'e' && *s != 'E'; s++) {
        if (*s == '.') {
            frac = true;
            continue;
        }
        if (*s < '0' || *s > '9') return false;
        if (m.n < BC_LIMBS / 4) {
            nat_mul_small(&m, 10, (uint32_t)(*s - '0'));
            if (frac) dexp--;
        } else if (!frac) {
            dexp++; /* digits beyond ~3000 only scale */
        }
    }
    if (*s) {
        long long e = strtoll(s + 1, NULL, 10);
        if (e > ((int64_t)1 << 40)) e = (int64_t)1 << 40;
        if (e < -((int64_t)1 << 40)) e = -((int64_t)1 << 40);
        dexp += e;
    }
    scale_decimal(r, &m, dexp);
    return true;
}

/* ---------- formatting ---------- */

static void format_int(const bc_rat *r, char *buf, size_t cap)
{
    bc_nat m;
    if (!int_mag(&m, r)) {
        snprintf(buf, cap, "%s", r->sign < 0 ? "-(huge)" : "(huge)");
        return;
    }
    char tmp[4000];
    int n = 0;
    do {
        uint32_t chunk = nat_div_small(&m, &m, 1000000000u);
        for (int i = 0; i < 9 && n < (int)sizeof tmp - 1; i++) {
            tmp[n++] = (char)('0' + chunk % 10);
            chunk /= 10;
            if (!m.n && !chunk) break;
        }
    } while (m.n && n < (int)sizeof tmp - 1);
    size_t j = 0;
    if (r->sign < 0 && j + 1 < cap) buf[j++] = '-';
    while (n && j + 1 < cap) buf[j++] = tmp[--n];
    buf[j] = 0;
}

/* Outside float64's range go/constant prints an approximation computed
   from the binary exponent: m * 10^e with 1 <= |m| < 10. */
static void format_huge(const bc_rat *r, char *buf, size_t cap)
{
    uint64_t m53;
    int64_t u;
    round_parts(r, 53, INT64_MIN / 4, INT64_MAX / 4, &m53, &u);
    int64_t bits = 64 - __builtin_clzll(m53);
    double m = ldexp((double)m53, (int)-bits) * r->sign;
    int64_t exp = bits + u;
    double d = (double)exp * (M_LN2 / M_LN10);
    int64_t e = (int64_t)d;
    m *= pow(10, d - (double)e);
    double am = fabs(m);
    if (am < 1 - 0.5e-6) {
        m *= 10;
        e--;
    } else if (am >= 10) {
        m /= 10;
        e++;
    }
    snprintf(buf, cap, "%.6ge%+lld", m, (long long)e);
}

void bc_format(const bc_rat *r, char *buf, size_t cap)
{
    if (!r->sign) {
        snprintf(buf, cap, "0");
        return;
    }
    bool ovf;
    double v = bc_to_double(r, &ovf);
    if (ovf || v == 0) {
        format_huge(r, buf, cap);
        return;
    }
    snprintf(buf, cap, "%.6g", v); /* go1.19: even for 1.0000001 ("1") */
}

void bc_format_int(const bc_rat *r, char *buf, size_t cap)
{
    format_int(r, buf, cap);
}
