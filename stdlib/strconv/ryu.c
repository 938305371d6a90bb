/*
 * ryu.c - fast exact conversions between float64 and decimal, with
 * integer arithmetic on 128-bit approximations of powers of ten
 * (pow10tab.c). Both give the same answers as Go's strconv, which uses the
 * same two algorithms.
 *
 * Shortest formatting (Ryu, as Go's ryuFtoaShortest). A float
 * v = mant x 2^exp stands for the interval of reals that round to it; its
 * ends and centre, scaled by 2 or 4 so that they are integers, are
 * (l, c, u) x 2^e2. Multiplying all three by 10^q, for the q that leaves
 * ~55-bit integers, gives decimal mantissas dl, dc, du (with flags saying
 * whether each product was exact: exact products matter at the interval's
 * ends, which belong to v only when mant is even). Then digits are dropped
 * from the right while ceil(dl/10^k) <= floor(du/10^k), i.e. while a
 * shorter number still lies in the interval; the kept central digits are
 * rounded half-to-even using the dropped digits (and whether everything
 * dropped was zero). The result is the shortest decimal in the interval,
 * and among those the one nearest v.
 *
 * Parsing (Eisel-Lemire). m x 10^e with m < 10^19: when m < 2^53 and the
 * power of ten is an exact double (|e| <= 22, plus a few zeros moved into
 * m), one IEEE multiplication or division is correctly rounded. Otherwise
 * m (normalised to 64 bits) times the 128-bit mantissa of 10^e gives the
 * top 54 bits of the exact product, with a test that the bits thrown away
 * cannot change the rounding; when they might (halfway cases, products
 * whose lower bits are all ones) it reports failure and the caller falls
 * back to strtod.
 *
 * Invariants: pure functions of their arguments; digit buffers of 32 bytes.
 */
#include "strconv_impl.h"

#include <string.h>

/* ---- small integer helpers ---- */

/* floor(x * log10(2)) for |x| <= 1600. */
static int floor_log10_pow2(int x)
{
    int64_t p = (int64_t)x * 78913;
    return (int)(p >= 0 ? p >> 18 : -((-p + (1 << 18) - 1) >> 18));
}

/* floor(x * log2(10)) for |x| <= 500. */
static int floor_log2_pow10(int x)
{
    int64_t p = (int64_t)x * 108853;
    return (int)(p >= 0 ? p >> 15 : -((-p + (1 << 15) - 1) >> 15));
}

static bool divisible_by_pow5(uint64_t m, int k)
{
    if (m == 0)
        return true;
    for (int i = 0; i < k; i++) {
        if (m % 5 != 0)
            return false;
        m /= 5;
    }
    return true;
}

/* m x 10^q x 2^*e2 as res x 2^*e2 (updated), res ~ 64 bits; *exact says
   nothing non-zero was cut off (by the multiplication, not the table). */
static uint64_t mul_pow10(uint64_t m, int *e2, int q, bool *exact)
{
    if (q == 0) {
        *e2 -= 8;
        *exact = true;
        return m << 8;
    }
    const uint64_t *pow = strconv_pow10_128[q - STRCONV_POW10_MIN];
    uint64_t lo = pow[0], hi = pow[1];
    if (q < 0)
        lo += 1; /* negative powers: bound the inverse from above */
    *e2 += floor_log2_pow10(q) - 127 + 119;
    unsigned __int128 plo = (unsigned __int128)m * lo;
    unsigned __int128 phi = (unsigned __int128)m * hi;
    uint64_t l0 = (uint64_t)plo, l1 = (uint64_t)(plo >> 64);
    uint64_t h0 = (uint64_t)phi, h1 = (uint64_t)(phi >> 64);
    uint64_t mid = l1 + h0;
    h1 += mid < l1;
    *exact = (mid << 9) == 0 && l0 == 0;
    return h1 << 9 | mid >> 55;
}

/* ---- shortest digits ---- */

typedef struct ryu_out {
    char *d; /* digits start here (may move right past leading zeros) */
    int nd, dp;
} ryu_out;

static const char two_digits[] =
    "00010203040506070809101112131415161718192021222324252627282930313233"
    "34353637383940414243444546474849505152535455565758596061626364656667"
    "6869707172737475767778798081828384858687888990919293949596979899";

/* Trims lower/central/upper (< 1e9) while the interval still holds a
   shorter number, rounds the central value, and writes its digits so that
   the last lands at index end. */
static void ryu_digits32(ryu_out *o, uint32_t lower, uint32_t central,
                         uint32_t upper, bool c0, bool cup, int end)
{
    if (upper == 0) {
        o->dp = end + 1;
        return;
    }
    int trimmed = 0;
    int next_digit = 0; /* the last digit trimmed off central */
    while (upper > 0) {
        uint32_t l = (lower + 9) / 10;
        uint32_t c = central / 10, cdigit = central % 10;
        uint32_t u = upper / 10;
        if (l > u)
            break;
        /* central just below a round number the interval allows */
        if (l == c + 1 && c < u) {
            c++;
            cdigit = 0;
            cup = false;
        }
        trimmed++;
        c0 = c0 && next_digit == 0;
        next_digit = (int)cdigit;
        lower = l, central = c, upper = u;
    }
    if (trimmed > 0)
        cup = next_digit > 5 || (next_digit == 5 && !c0) ||
              (next_digit == 5 && c0 && (central & 1));
    if (central < upper && cup)
        central++;
    end -= trimmed;
    uint32_t v = central;
    int n = end;
    for (; n > o->nd; n -= 2, v /= 100) {
        o->d[n] = two_digits[2 * (v % 100) + 1];
        o->d[n - 1] = two_digits[2 * (v % 100)];
    }
    if (n == o->nd)
        o->d[n] = (char)('0' + v);
    o->nd = end + 1;
    o->dp = o->nd + trimmed;
}

static void ryu_digits(ryu_out *o, uint64_t lower, uint64_t central,
                       uint64_t upper, bool c0, bool cup)
{
    uint32_t lhi = (uint32_t)(lower / 1000000000), llo = lower % 1000000000;
    uint32_t chi = (uint32_t)(central / 1000000000);
    uint32_t clo = central % 1000000000;
    uint32_t uhi = (uint32_t)(upper / 1000000000), ulo = upper % 1000000000;
    if (uhi == 0) {
        ryu_digits32(o, llo, clo, ulo, c0, cup, 8);
    } else if (lhi < uhi) {
        /* the low nine digits all go */
        if (llo != 0)
            lhi++;
        c0 = c0 && clo == 0;
        cup = clo > 500000000 || (clo == 500000000 && cup);
        ryu_digits32(o, lhi, chi, uhi, c0, cup, 8);
        o->dp += 9;
    } else {
        /* the high nine digits are fixed: write them, then the low part */
        int n = 9;
        for (uint32_t v = chi; v > 0; v /= 10)
            o->d[--n] = (char)('0' + v % 10);
        o->d += n;
        o->nd = 9 - n;
        ryu_digits32(o, llo, clo, ulo, c0, cup, o->nd + 8);
    }
    while (o->nd > 0 && o->d[o->nd - 1] == '0')
        o->nd--;
    while (o->nd > 0 && o->d[0] == '0') {
        o->nd--;
        o->dp--;
        o->d++;
    }
}

/* Shortest digits of mant x 2^exp (mant != 0, at most 53 bits). */
static void ryu_shortest(ryu_out *o, uint64_t mant, int exp)
{
    /* An integer with fewer bits than the mantissa: its neighbours are
       integers too, so no shorter number lies strictly between. */
    if (exp <= 0 && __builtin_ctzll(mant) >= -exp) {
        mant >>= -exp;
        ryu_digits(o, mant, mant, mant, true, false);
        return;
    }
    uint64_t ml, mc, mu;
    int e2;
    if (mant != (uint64_t)1 << 52 || exp == -1074) {
        ml = 2 * mant - 1, mc = 2 * mant, mu = 2 * mant + 1;
        e2 = exp - 1;
    } else {
        /* a power of two: the gap below is half the gap above */
        ml = 4 * mant - 1, mc = 4 * mant, mu = 4 * mant + 2;
        e2 = exp - 2;
    }
    if (e2 == 0) {
        ryu_digits(o, ml, mc, mu, true, false);
        return;
    }
    int q = floor_log10_pow2(-e2) + 1;
    int el = e2, ec = e2;
    bool xl, xc, xu;
    uint64_t dl = mul_pow10(ml, &el, q, &xl);
    uint64_t dc = mul_pow10(mc, &ec, q, &xc);
    uint64_t du = mul_pow10(mu, &e2, q, &xu);
    if (q > 55)
        xl = xc = xu = false; /* 10^q itself was rounded */
    if (q < 0 && q >= -24) {
        /* dividing by 10^-q is exact when 5^-q divides the mantissa */
        xl = xl || divisible_by_pow5(ml, -q);
        xc = xc || divisible_by_pow5(mc, -q);
        xu = xu || divisible_by_pow5(mu, -q);
    }
    unsigned extra = (unsigned)-e2;
    uint64_t mask = ((uint64_t)1 << extra) - 1;
    uint64_t fl = dl & mask, fc = dc & mask, fu = du & mask;
    dl >>= extra, dc >>= extra, du >>= extra;
    /* du is allowed unless it is exactly the upper end and mant is odd */
    bool upper_ok = !xu || fu > 0;
    if (xu && fu == 0)
        upper_ok = (mant & 1) == 0;
    if (!upper_ok)
        du--;
    bool cup;
    if (xc)
        cup = fc > ((uint64_t)1 << (extra - 1)) ||
              (fc == ((uint64_t)1 << (extra - 1)) && (dc & 1));
    else
        cup = (fc >> (extra - 1)) == 1;
    /* dl is allowed only as the exact lower end of an even mant */
    bool lower_ok = xl && fl == 0 && (mant & 1) == 0;
    if (!lower_ok)
        dl++;
    bool c0 = xc && fc == 0;
    ryu_digits(o, dl, dc, du, c0, cup);
    o->dp -= q;
}

void strconv_shortest64(double v, char *d, int *nd, int *dp)
{
    uint64_t bits;
    memcpy(&bits, &v, sizeof bits);
    uint64_t mant = bits & (((uint64_t)1 << 52) - 1);
    int biased = (int)(bits >> 52) & 0x7ff;
    int exp;
    if (biased == 0) {
        exp = 1 - 1023 - 52;
    } else {
        mant |= (uint64_t)1 << 52;
        exp = biased - 1023 - 52;
    }
    ryu_out o = {d, 0, 0};
    ryu_shortest(&o, mant, exp);
    if (o.d != d)
        memmove(d, o.d, (size_t)o.nd);
    *nd = o.nd;
    *dp = o.nd ? o.dp : 0;
}

/* ---- parsing ---- */

static const double exact_pow10[] = {
    1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
    1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
};

/* m x 10^e with only exactly representable operands: one rounding. */
static bool exact_f64(uint64_t m, int e, bool neg, double *out)
{
    if (m >> 52 != 0)
        return false;
    double f = (double)m;
    if (neg)
        f = -f;
    if (e == 0) {
        *out = f;
        return true;
    }
    if (e > 0 && e <= 15 + 22) {
        if (e > 22) {
            f *= exact_pow10[e - 22];
            e = 22;
        }
        if (f > 1e15 || f < -1e15)
            return false;
        *out = f * exact_pow10[e];
        return true;
    }
    if (e < 0 && e >= -22) {
        *out = f / exact_pow10[-e];
        return true;
    }
    return false;
}

static bool eisel_lemire64(uint64_t m, int e, bool neg, double *out)
{
    if (m == 0) {
        *out = neg ? -0.0 : 0.0;
        return true;
    }
    if (e < STRCONV_POW10_MIN || e >= STRCONV_POW10_MIN + STRCONV_POW10_COUNT)
        return false;
    int clz = __builtin_clzll(m);
    m <<= clz;
    uint64_t exp2 =
        (uint64_t)(((int64_t)217706 * e >> 16) + 64 + 1023) - (uint64_t)clz;
    const uint64_t *pow = strconv_pow10_128[e - STRCONV_POW10_MIN];
    unsigned __int128 x = (unsigned __int128)m * pow[1];
    uint64_t xhi = (uint64_t)(x >> 64), xlo = (uint64_t)x;
    if ((xhi & 0x1ff) == 0x1ff && xlo + m < m) {
        /* the low half of the power may carry into the kept bits */
        unsigned __int128 y = (unsigned __int128)m * pow[0];
        uint64_t yhi = (uint64_t)(y >> 64), ylo = (uint64_t)y;
        uint64_t mhi = xhi, mlo = xlo + yhi;
        if (mlo < xlo)
            mhi++;
        if ((mhi & 0x1ff) == 0x1ff && mlo + 1 == 0 && ylo + m < m)
            return false;
        xhi = mhi, xlo = mlo;
    }
    uint64_t msb = xhi >> 63;
    uint64_t mant = xhi >> (msb + 9);
    exp2 -= 1 ^ msb;
    if (xlo == 0 && (xhi & 0x1ff) == 0 && (mant & 3) == 1)
        return false; /* exactly halfway: the cut bits decide */
    mant += mant & 1;
    mant >>= 1;
    if (mant >> 53 > 0) {
        mant >>= 1;
        exp2++;
    }
    if (exp2 - 1 >= 0x7ff - 1)
        return false; /* subnormal or overflow: leave it to strtod */
    uint64_t bits = exp2 << 52 | (mant & (((uint64_t)1 << 52) - 1));
    if (neg)
        bits |= (uint64_t)1 << 63;
    memcpy(out, &bits, sizeof *out);
    return true;
}

bool strconv_decimal_to_f64(uint64_t mantissa, int exp10, bool neg,
                            double *out)
{
    if (exact_f64(mantissa, exp10, neg, out))
        return true;
    return eisel_lemire64(mantissa, exp10, neg, out);
}
