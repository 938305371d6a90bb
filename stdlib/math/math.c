/*
 * math.c - package math's natives.
 *
 * Printed results must match Go's bit for bit, and Go's math functions are
 * neither the C library's nor always correctly rounded. So the functions
 * whose Go algorithm is a plain floating-point recipe follow that recipe
 * here, operation for operation (the build disables FMA contraction):
 *  - Sin, Cos, Tan: reduce by pi/4 in three parts (Cody-Waite) into an
 *    octant, then the Cephes minimax polynomials (sin, cos) or rational
 *    function (tan) on [-pi/4, pi/4]; arguments >= 2^29 are reduced with
 *    Payne-Hanek (Go's trigReduce): the few bits of 4/pi that matter.
 *  - Log: fdlibm's method, as Go's amd64 assembly has it: x = 2^k * (1+f)
 *    with 1+f in [sqrt(2)/2, sqrt(2)) taken from the bits (subnormals
 *    included, as the assembly does), s = f/(2+f), log(1+f) = f - s*(f -
 *    R(s^2)) with a degree-7 polynomial R, and k*ln2 split into high and
 *    low parts. Log2 and Log10 scale it (Log2 exact on powers of two).
 *  - Exp: Go's amd64 assembly (Shibata): k = round(x/ln2), a Taylor
 *    polynomial on (x - k*ln2)/16, squared back four times, times 2^k;
 *    with fused multiply-adds when the CPU has AVX+FMA, as Go decides.
 *  - Exp2 (expmulti), Expm1, Log1p, Erf, Erfc, Lgamma: fdlibm, as Go.
 *  - Sinh, Cosh, Tanh, Gamma: Cephes through Exp, as Go; Asinh, Acosh,
 *    Atanh through Log, Log1p and Sqrt, as Go.
 *  - Hypot: Go's amd64 assembly, max * sqrt(1 + (min/max)^2).
 *  - Atan, Asin, Acos, Atan2: Cephes' rational approximation on [0, 0.66]
 *    with the tan(3pi/8) and pi/4 range splits.
 *  - Pow: repeated squaring of a frexp mantissa for the integer part of
 *    the exponent, exp(yf*log(x)) for the fraction in [-0.5, 0.5].
 *  - Cbrt: FreeBSD's (Go's): a bit-level estimate, one rational step,
 *    rounding to 22 bits and one Newton step.
 * The C library serves only where every correct answer is the same (Sqrt,
 * Floor, Ceil, Trunc, Round, Mod, Remainder, FMA, Ldexp, Frexp, Logb,
 * Nextafter, Copysign) and for the special cases of Atan2 and Pow, which
 * C99 defines as Go does. Where Go's special cases differ from C's
 * (Max/Min with NaN and signed zeros, Nextafter(x, x) returning x), the
 * wrapper applies Go's. The Bessel functions, Erfinv and Pow10 are Go
 * source (bessel.go, math.go).
 *
 * float32 values arrive in registers as doubles rounded to float32
 * (vm/vm.h), so Float32bits narrows first.
 */
#include "natives.h"

#include <math.h>
#include <stdbool.h>
#include <stdint.h>
#include <string.h>

static double go_nan(void);

static double with_exponent_added(double y, int k)
{
    uint64_t b;
    memcpy(&b, &y, 8);
    b += (uint64_t)(int64_t)k << 52;
    memcpy(&y, &b, 8);
    return y;
}

static double from_bits(uint64_t b)
{
    double y;
    memcpy(&y, &b, 8);
    return y;
}

static uint64_t to_bits(double y)
{
    uint64_t b;
    memcpy(&b, &y, 8);
    return b;
}

#define F1(gofn, expr)                                                     \
    static int math_##gofn(golem_g *g, slot *args)                         \
    {                                                                      \
        (void)g;                                                           \
        double x = args[0].f;                                              \
        (void)x;                                                           \
        args[0].f = (expr);                                                \
        return 0;                                                          \
    }

#define F2(gofn, expr)                                                     \
    static int math_##gofn(golem_g *g, slot *args)                         \
    {                                                                      \
        (void)g;                                                           \
        double x = args[0].f, y = args[1].f;                               \
        args[0].f = (expr);                                                \
        return 0;                                                          \
    }

static double go_max(double x, double y)
{
    if (isinf(x) && x > 0) return x;
    if (isinf(y) && y > 0) return y;
    if (isnan(x) || isnan(y)) return go_nan();
    if (x == 0 && x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}

static double go_min(double x, double y)
{
    if (isinf(x) && x < 0) return x;
    if (isinf(y) && y < 0) return y;
    if (isnan(x) || isnan(y)) return go_nan();
    if (x == 0 && x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}

static double go_dim(double x, double y)
{
    double v = x - y;
    return v <= 0 ? 0 : v;
}

/* ---- Go's recipes (see the comment at the top) ---- */

/* Go's NaN() has this bit pattern (a quiet NaN with payload 1); the
   results Go computes as NaN() carry it, so Float64bits agrees. */
static double go_nan(void)
{
    uint64_t bits = UINT64_C(0x7FF8000000000001);
    double d;
    memcpy(&d, &bits, 8);
    return d;
}

static const double PI4A = 7.85398125648498535156e-1; /* pi/4 in 3 parts */
static const double PI4B = 3.77489470793079817668e-8;
static const double PI4C = 2.69515142907905952645e-15;
static const double TRIG_REDUCE_LIMIT = 536870912.0; /* 2^29 */

/* Reduces x >= 0 to z in [-pi/4, pi/4]; returns the octant 0..7 (even). */
/* The binary digits of 4/pi, 64 at a time, starting with its integer
   part (computed with exact integer arithmetic: Machin's formula). */
static const uint64_t FOUR_OVER_PI[20] = {
    0x0000000000000001, 0x45f306dc9c882a53, 0xf84eafa3ea69bb81,
    0xb6c52b3278872083, 0xfca2c757bd778ac3, 0x6e48dc74849ba5c0,
    0x0c925dd413a32439, 0xfc3bd63962534e7d, 0xd1046bea5d768909,
    0xd338e04d68befc82, 0x7323ac7306a673e9, 0x3908bf177bf25076,
    0x3ff12fffbc0b301f, 0xde5e2316b414da3e, 0xda6cfd9e4f96136e,
    0x9e8c7ecd3cbfd45a, 0xea4f758fd7cbe2f6, 0x7a0e73ef14a525d4,
    0xd7f6bf623f1aba10, 0xac06608df8f6d757,
};

/* 64 bits of 4/pi: word `digit` of the table shifted left by `shift`
   bits, filled from the next word. */
static uint64_t four_over_pi_word(unsigned digit, unsigned shift)
{
    uint64_t w = FOUR_OVER_PI[digit] << shift;
    if (shift)
        w |= FOUR_OVER_PI[digit + 1] >> (64 - shift);
    return w;
}

/* Payne-Hanek reduction, as Go's trigReduce for x >= 2^29: x = m * 2^e
   times just the bits of 4/pi that matter (those that give the integer
   part mod 8 and 64 fraction bits); j is the octant, *z the remainder
   times pi/4. */
static int trig_reduce(double x, double *z)
{
    uint64_t ix = to_bits(x);
    int e = (int)((ix >> 52) & 0x7ff) - 1023 - 52;
    ix = (ix & 0x000fffffffffffff) | ((uint64_t)1 << 52);
    unsigned digit = (unsigned)(e + 61) / 64, shift = (unsigned)(e + 61) % 64;
    uint64_t z0 = four_over_pi_word(digit, shift);
    uint64_t z1 = four_over_pi_word(digit + 1, shift);
    uint64_t z2 = four_over_pi_word(digit + 2, shift);
    unsigned __int128 p2 = (unsigned __int128)z2 * ix;
    unsigned __int128 p1 = (unsigned __int128)z1 * ix;
    uint64_t z2hi = (uint64_t)(p2 >> 64);
    uint64_t z1hi = (uint64_t)(p1 >> 64), z1lo = (uint64_t)p1;
    uint64_t lo = z1lo + z2hi;
    uint64_t hi = z0 * ix + z1hi + (lo < z1lo);
    uint64_t j = hi >> 61;
    hi = hi << 3 | lo >> 61;
    unsigned lz = hi ? (unsigned)__builtin_clzll(hi) : 64;
    uint64_t be = (uint64_t)(1023 - (int)(lz + 1));
    /* Go's shifts by >= 64 give 0; C's are undefined */
    hi = (lz + 1 < 64 ? hi << (lz + 1) : 0) |
         (lz + 1 > 0 && lz + 1 <= 64 ? lo >> (64 - (lz + 1)) : 0);
    hi >>= 64 - 52;
    hi |= be << 52;
    double f = from_bits(hi);
    if (j & 1) {
        j = (j + 1) & 7;
        f--;
    }
    *z = f * (M_PI / 4);
    return (int)j;
}

static int trig_octant(double x, double *z)
{
    if (x >= TRIG_REDUCE_LIMIT)
        return trig_reduce(x, z);
    uint64_t j = (uint64_t)(x * (4 / M_PI));
    double y = (double)j;
    if (j & 1) {
        j++;
        y++;
    }
    *z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
    return (int)(j & 7);
}

static double sin_poly(double z, double zz)
{
    static const double c[6] = {
        1.58962301576546568060e-10, -2.50507477628578072866e-8,
        2.75573136213857245213e-6, -1.98412698295895385996e-4,
        8.33333333332211858878e-3, -1.66666666666666307295e-1};
    return z + z * zz * ((((((c[0] * zz) + c[1]) * zz + c[2]) * zz + c[3]) *
                              zz + c[4]) * zz + c[5]);
}

static double cos_poly(double zz)
{
    static const double c[6] = {
        -1.13585365213876817300e-11, 2.08757008419747316778e-9,
        -2.75573141792967388112e-7, 2.48015872888517045348e-5,
        -1.38888888888730564116e-3, 4.16666666666665929218e-2};
    return 1.0 - 0.5 * zz +
           zz * zz * ((((((c[0] * zz) + c[1]) * zz + c[2]) * zz + c[3]) *
                           zz + c[4]) * zz + c[5]);
}

static double go_sin(double x)
{
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return go_nan();
    bool neg = x < 0;
    x = fabs(x);
    double z;
    int j = trig_octant(x, &z);
    if (j > 3) {
        neg = !neg;
        j -= 4;
    }
    double zz = z * z;
    double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
    return neg ? -y : y;
}

static double go_cos(double x)
{
    if (isnan(x) || isinf(x))
        return go_nan();
    x = fabs(x);
    double z;
    int j = trig_octant(x, &z);
    bool neg = false;
    if (j > 3) {
        j -= 4;
        neg = true;
    }
    if (j > 1)
        neg = !neg;
    double zz = z * z;
    double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
    return neg ? -y : y;
}

static double go_tan(double x)
{
    static const double p[3] = {-1.30936939181383777646e4,
                                1.15351664838587416140e6,
                                -1.79565251976484877988e7};
    static const double q[4] = {1.36812963470692954678e4,
                                -1.32089234440210967447e6,
                                2.50083801823357915839e7,
                                -5.38695755929454629881e7};
    if (x == 0 || isnan(x))
        return x;
    if (isinf(x))
        return go_nan();
    bool neg = x < 0;
    x = fabs(x);
    double z;
    int j = trig_octant(x, &z);
    double zz = z * z, y = z;
    if (zz > 1e-14)
        y = z + z * (zz * (((p[0] * zz) + p[1]) * zz + p[2]) /
                     ((((zz + q[0]) * zz + q[1]) * zz + q[2]) * zz + q[3]));
    if (j & 2)
        y = -1 / y;
    return neg ? -y : y;
}

static double go_log(double x)
{
    static const double L1 = 6.666666666666735130e-01;
    static const double L2 = 3.999999999940941908e-01;
    static const double L3 = 2.857142874366239149e-01;
    static const double L4 = 2.222219843214978396e-01;
    static const double L5 = 1.818357216161805012e-01;
    static const double L6 = 1.531383769920937332e-01;
    static const double L7 = 1.479819860511658591e-01;
    static const double LN2_HI = 6.93147180369123816490e-01;
    static const double LN2_LO = 1.90821492927058770002e-10;
    if (isnan(x) || (isinf(x) && x > 0))
        return x;
    if (x < 0)
        return go_nan();
    if (x == 0)
        return -INFINITY;
    /* Go's amd64 Log takes the exponent and fraction straight from the
       bits, also for subnormals (where that is not frexp) */
    uint64_t b = to_bits(x);
    int ki = (int)((b >> 52) & 0x7ff) - 0x3fe;
    double f1 = from_bits((b & 0x000fffffffffffff) | 0x3fe0000000000000);
    if (f1 < M_SQRT2 / 2) {
        f1 *= 2;
        ki--;
    }
    double f = f1 - 1, k = ki;
    double s = f / (2 + f), s2 = s * s, s4 = s2 * s2;
    double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
    double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
    double r = t1 + t2, hfsq = 0.5 * f * f;
    return k * LN2_HI - ((hfsq - (s * (hfsq + r) + k * LN2_LO)) - f);
}

static double go_log2(double x)
{
    int e;
    double fr = frexp(x, &e);
    if (fr == 0.5)
        return e - 1; /* exact on powers of two */
    return go_log(fr) * M_LOG2E + e;
}

static double go_log10(double x)
{
    return go_log(x) * M_LOG10E;
}

/* atan on [0, 0.66]. */
static double atan_core(double x)
{
    static const double p[5] = {
        -8.750608600031904122785e-01, -1.615753718733365076637e+01,
        -7.500855792314704667340e+01, -1.228866684490136173410e+02,
        -6.485021904942025371773e+01};
    static const double q[5] = {
        2.485846490142306297962e+01, 1.650270098316988542046e+02,
        4.328810604912902668951e+02, 4.853903996359136964868e+02,
        1.945506571482613964425e+02};
    double z = x * x;
    z = z * ((((p[0] * z + p[1]) * z + p[2]) * z + p[3]) * z + p[4]) /
        (((((z + q[0]) * z + q[1]) * z + q[2]) * z + q[3]) * z + q[4]);
    return x * z + x;
}

/* atan of x > 0, reduced to [0, 0.66]. */
static double atan_pos(double x)
{
    static const double MOREBITS = 6.123233995736765886130e-17;
    static const double TAN3PIO8 = 2.41421356237309504880;
    if (x <= 0.66)
        return atan_core(x);
    if (x > TAN3PIO8)
        return M_PI / 2 - atan_core(1 / x) + MOREBITS;
    return M_PI / 4 + atan_core((x - 1) / (x + 1)) + 0.5 * MOREBITS;
}

static double go_atan(double x)
{
    if (x == 0)
        return x;
    return x > 0 ? atan_pos(x) : -atan_pos(-x);
}

static double go_asin(double x)
{
    if (x == 0)
        return x;
    bool neg = x < 0;
    x = fabs(x);
    if (x > 1)
        return go_nan();
    double t = sqrt(1 - x * x);
    t = x > 0.7 ? M_PI / 2 - atan_pos(t / x) : atan_pos(x / t);
    return neg ? -t : t;
}

static double go_acos(double x)
{
    return M_PI / 2 - go_asin(x);
}

static double go_atan2(double y, double x)
{
    if (isnan(x) || isnan(y) || y == 0 || x == 0 || isinf(x) || isinf(y))
        return atan2(y, x); /* C99's special cases are Go's */
    double q = go_atan(y / x);
    if (x < 0)
        return q <= 0 ? q + M_PI : q - M_PI;
    return q;
}

/* ---- Go's exponential family (amd64) ----
   On amd64 Go's Exp is assembly (Shibata's method): k = round(x*log2(e)),
   r = x - k*ln2 in two parts, a degree-8 Taylor polynomial for
   e^(r/16) - 1, squared back four times as y*(y+2), then scaled by 2^k.
   With AVX and FMA the CPU runs a variant whose multiply-adds are fused,
   so the bits depend on the machine; so do ours, the same way. */

static bool cpu_has_fma(void)
{
    return __builtin_cpu_supports("avx") && __builtin_cpu_supports("fma");
}

static double go_exp(double x)
{
    static const double LOG2E = 1.4426950408889634073599246810018920;
    static const double LN2U = 0.69314718055966295651160180568695068359375;
    static const double LN2L = 0.28235290563031577122588448175013436025525412068e-12;
    static const double T[9] = {
        0.5, 1.0, 2.0, 1.6666666666666666667e-1, 4.1666666666666666667e-2,
        8.3333333333333333333e-3, 1.3888888888888888889e-3,
        1.9841269841269841270e-4, 2.4801587301587301587e-5,
    };
    if (isnan(x) || isinf(x))
        return x == -INFINITY ? 0 : x;
    if (x > 7.09782712893384e+02)
        return INFINITY;
    if (x * LOG2E < -2147483648.0)
        return 0; /* beyond int32: the assembly's conversion gives INT_MIN */
    double kf = nearbyint(x * LOG2E); /* CVTSD2SL rounds to nearest even */
    int k = (int)kf;
    double r, p;
    bool fused = cpu_has_fma();
    if (fused) {
        r = fma(-kf, LN2U, x);
        r = fma(-kf, LN2L, r);
        r *= 0.0625;
        p = T[8];
        p = fma(p, r, T[7]);
        p = fma(p, r, T[6]);
        p = fma(p, r, T[5]);
        p = fma(p, r, T[4]);
        p = fma(p, r, T[3]);
        p = fma(p, r, T[0]);
        p = fma(p, r, T[1]);
        r *= p;
        for (int i = 0; i < 3; i++)
            r *= r + T[2];
        r = fma(r, r + T[2], T[1]);
    } else {
        r = x - kf * LN2U;
        r = r - kf * LN2L;
        r *= 0.0625;
        p = T[8];
        p = p * r + T[7];
        p = p * r + T[6];
        p = p * r + T[5];
        p = p * r + T[4];
        p = p * r + T[3];
        p = p * r + T[0];
        p = p * r + T[1];
        r *= p;
        for (int i = 0; i < 4; i++)
            r *= r + T[2];
        r += T[1];
    }
    /* r * 2^k, the way the assembly builds 2^k from bits */
    int biased = k + 0x3ff;
    if (biased >= 0x7ff)
        return INFINITY;
    if (biased <= 0) {
        if (k < -1075) /* biased < -52 */
            return 0;
        r *= ldexp(1, biased + 0x3fe - 0x3ff);
        biased = 1;
    }
    return r * ldexp(1, biased - 0x3ff);
}

/* Go's Ldexp(y, k) rounds like C's ldexp; Exp2's core (expmulti). */
static double go_expmulti(double hi, double lo, int k)
{
    static const double P1 = 1.66666666666666657415e-01;
    static const double P2 = -2.77777777770155933842e-03;
    static const double P3 = 6.61375632143793436117e-05;
    static const double P4 = -1.65339022054652515390e-06;
    static const double P5 = 4.13813679705723846039e-08;
    double r = hi - lo;
    double t = r * r;
    double c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
    double y = 1 - ((lo - (r * c) / (2 - c)) - hi);
    return ldexp(y, k);
}

static double go_exp2(double x)
{
    static const double LN2_HI = 6.93147180369123816490e-01;
    static const double LN2_LO = 1.90821492927058770002e-10;
    if (isnan(x) || x == INFINITY)
        return x;
    if (x == -INFINITY)
        return 0;
    if (x > 1.0239999999999999e+03)
        return INFINITY;
    if (x < -1.0740e+03)
        return 0;
    int k = 0;
    if (x > 0)
        k = (int)(x + 0.5);
    else if (x < 0)
        k = (int)(x - 0.5);
    double t = x - k;
    return go_expmulti(t * LN2_HI, -t * LN2_LO, k);
}

/* fdlibm's expm1, as Go's math.Expm1. */
static double go_expm1(double x)
{
    static const double OTHRESHOLD = 7.09782712893383973096e+02;
    static const double LN2X56 = 3.88162421113569373274e+01;
    static const double LN2HALFX3 = 1.03972077083991796413e+00;
    static const double LN2HALF = 3.46573590279972654709e-01;
    static const double LN2_HI = 6.93147180369123816490e-01;
    static const double LN2_LO = 1.90821492927058770002e-10;
    static const double INVLN2 = 1.44269504088896338700e+00;
    static const double TINY = 0x1p-54;
    static const double Q1 = -3.33333333333331316428e-02;
    static const double Q2 = 1.58730158725481460165e-03;
    static const double Q3 = -7.93650757867487942473e-05;
    static const double Q4 = 4.00821782732936239552e-06;
    static const double Q5 = -2.01099218183624371326e-07;
    if (x == INFINITY || isnan(x))
        return x;
    if (x == -INFINITY)
        return -1;
    double absx = fabs(x);
    bool neg = x < 0;
    if (absx >= LN2X56) {
        if (neg)
            return -1;
        if (absx >= OTHRESHOLD)
            return INFINITY;
    }
    double c = 0;
    int k = 0;
    if (absx > LN2HALF) {
        double hi, lo;
        if (absx < LN2HALFX3) {
            hi = neg ? x + LN2_HI : x - LN2_HI;
            lo = neg ? -LN2_LO : LN2_LO;
            k = neg ? -1 : 1;
        } else {
            k = (int)(neg ? INVLN2 * x - 0.5 : INVLN2 * x + 0.5);
            double t = k;
            hi = x - t * LN2_HI;
            lo = t * LN2_LO;
        }
        x = hi - lo;
        c = (hi - x) - lo;
    } else if (absx < TINY) {
        return x;
    }
    double hfx = 0.5 * x;
    double hxs = x * hfx;
    double r1 = 1 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
    double t = 3 - r1 * hfx;
    double e = hxs * ((r1 - t) / (6.0 - x * t));
    if (k == 0)
        return x - (x * e - hxs);
    e = (x * (e - c) - c);
    e -= hxs;
    if (k == -1)
        return 0.5 * (x - e) - 0.5;
    if (k == 1) {
        if (x < -0.25)
            return -2 * (e - (x + 0.5));
        return 1 + 2 * (x - e);
    }
    if (k <= -2 || k > 56) {
        double y = 1 - (e - x);
        return with_exponent_added(y, k) - 1;
    }
    if (k < 20) {
        double t1 = from_bits(0x3ff0000000000000 - (0x20000000000000 >> k));
        return with_exponent_added(t1 - (e - x), k);
    }
    double t2 = from_bits((uint64_t)(0x3ff - k) << 52);
    double y = x - (e + t2);
    y++;
    return with_exponent_added(y, k);
}

/* fdlibm's log1p, as Go's math.Log1p. */
static double go_log1p(double x)
{
    static const double SQRT2M1 = 4.142135623730950488017e-01;
    static const double SQRT2HALFM1 = -2.928932188134524755992e-01;
    static const double SMALL = 0x1p-29, TINY = 0x1p-54, TWO53 = 0x1p53;
    static const double LN2_HI = 6.93147180369123816490e-01;
    static const double LN2_LO = 1.90821492927058770002e-10;
    static const double LP[8] = {
        0, 6.666666666666735130e-01, 3.999999999940941908e-01,
        2.857142874366239149e-01, 2.222219843214978396e-01,
        1.818357216161805012e-01, 1.531383769920937332e-01,
        1.479819860511658591e-01,
    };
    if (x < -1 || isnan(x))
        return go_nan();
    if (x == -1)
        return -INFINITY;
    if (x == INFINITY)
        return INFINITY;
    double absx = fabs(x), f = 0, c = 0;
    uint64_t iu = 0;
    int k = 1;
    if (absx < SQRT2M1) {
        if (absx < SMALL) {
            if (absx < TINY)
                return x;
            return x - x * x * 0.5;
        }
        if (x > SQRT2HALFM1) {
            k = 0;
            f = x;
            iu = 1;
        }
    }
    if (k != 0) {
        double u;
        if (absx < TWO53) {
            u = 1.0 + x;
            iu = to_bits(u);
            k = (int)((iu >> 52) - 1023);
            c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
            c /= u;
        } else {
            u = x;
            iu = to_bits(u);
            k = (int)((iu >> 52) - 1023);
            c = 0;
        }
        iu &= 0x000fffffffffffff;
        if (iu < 0x0006a09e667f3bcd) {
            u = from_bits(iu | 0x3ff0000000000000);
        } else {
            k++;
            u = from_bits(iu | 0x3fe0000000000000);
            iu = (0x0010000000000000 - iu) >> 2;
        }
        f = u - 1.0;
    }
    double hfsq = 0.5 * f * f, s, r, z, kf = k;
    if (iu == 0) {
        if (f == 0) {
            if (k == 0)
                return 0;
            c += kf * LN2_LO;
            return kf * LN2_HI + c;
        }
        r = hfsq * (1.0 - 0.66666666666666666 * f);
        if (k == 0)
            return f - r;
        return kf * LN2_HI - ((r - (kf * LN2_LO + c)) - f);
    }
    s = f / (2.0 + f);
    z = s * s;
    r = z * (LP[1] + z * (LP[2] + z * (LP[3] + z * (LP[4] + z * (LP[5] + z * (LP[6] + z * LP[7]))))));
    if (k == 0)
        return f - (hfsq - s * (hfsq + r));
    return kf * LN2_HI - ((hfsq - (s * (hfsq + r) + (kf * LN2_LO + c))) - f);
}

/* Cephes-style Sinh, Cosh, Tanh as Go computes them (through Exp). */
static double go_sinh(double x)
{
    static const double P0 = -0.6307673640497716991184787251e+6;
    static const double P1 = -0.8991272022039509355398013511e+5;
    static const double P2 = -0.2894211355989563807284660366e+4;
    static const double P3 = -0.2630563213397497062819489e+2;
    static const double Q0 = -0.6307673640497716991212077277e+6;
    static const double Q1 = 0.1521517378790019070696485176e+5;
    static const double Q2 = -0.173678953558233699533450911e+3;
    bool neg = x < 0;
    if (neg)
        x = -x;
    double t;
    if (x > 21) {
        t = go_exp(x) * 0.5;
    } else if (x > 0.5) {
        double ex = go_exp(x);
        t = (ex - 1 / ex) * 0.5;
    } else {
        double sq = x * x;
        t = (((P3 * sq + P2) * sq + P1) * sq + P0) * x;
        t = t / (((sq + Q2) * sq + Q1) * sq + Q0);
    }
    return neg ? -t : t;
}

static double go_cosh(double x)
{
    x = fabs(x);
    if (x > 21)
        return go_exp(x) * 0.5;
    double ex = go_exp(x);
    return (ex + 1 / ex) * 0.5;
}

static double go_tanh(double x)
{
    static const double P[3] = {
        -9.64399179425052238628e-1, -9.92877231001918586564e1,
        -1.61468768441708447952e3,
    };
    static const double Q[3] = {
        1.12811678491632931402e2, 2.23548839060100448583e3,
        4.84406305325125486048e3,
    };
    static const double MAXLOG = 8.8029691931113054295988e+01;
    double z = fabs(x);
    if (z > 0.5 * MAXLOG)
        return x < 0 ? -1 : 1;
    if (z >= 0.625) {
        double s = go_exp(2 * z);
        z = 1 - 2 / (s + 1);
        return x < 0 ? -z : z;
    }
    if (x == 0)
        return x;
    double s = x * x;
    return x + x * s * ((P[0] * s + P[1]) * s + P[2]) /
                   (((s + Q[0]) * s + Q[1]) * s + Q[2]);
}

static double go_asinh(double x)
{
    static const double LN2 = 6.93147180559945286227e-01;
    if (isnan(x) || isinf(x))
        return x;
    bool neg = x < 0;
    if (neg)
        x = -x;
    double t;
    if (x > 0x1p28)
        t = go_log(x) + LN2;
    else if (x > 2)
        t = go_log(2 * x + 1 / (sqrt(x * x + 1) + x));
    else if (x < 0x1p-28)
        t = x;
    else
        t = go_log1p(x + x * x / (1 + sqrt(1 + x * x)));
    return neg ? -t : t;
}

static double go_acosh(double x)
{
    static const double LN2 = 6.93147180559945286227e-01;
    if (x < 1 || isnan(x))
        return go_nan();
    if (x == 1)
        return 0;
    if (x >= 0x1p28)
        return go_log(x) + LN2;
    if (x > 2)
        return go_log(2 * x - 1 / (x + sqrt(x * x - 1)));
    double t = x - 1;
    return go_log1p(t + sqrt(2 * t + t * t));
}

static double go_atanh(double x)
{
    if (x < -1 || x > 1 || isnan(x))
        return go_nan();
    if (x == 1)
        return INFINITY;
    if (x == -1)
        return -INFINITY;
    bool neg = x < 0;
    if (neg)
        x = -x;
    double t;
    if (x < 0x1p-28) {
        t = x;
    } else if (x < 0.5) {
        t = x + x;
        t = 0.5 * go_log1p(t + t * x / (1 - x));
    } else {
        t = 0.5 * go_log1p((x + x) / (1 - x));
    }
    return neg ? -t : t;
}

/* Go's Hypot on amd64 (assembly): max * sqrt(1 + (min/max)^2). */
static double go_hypot(double p, double q)
{
    p = fabs(p), q = fabs(q);
    if (isinf(p) || isinf(q))
        return INFINITY;
    if (isnan(p) || isnan(q))
        return go_nan();
    if (p == 0 && q == 0)
        return 0;
    double hi = p > q ? p : q, lo = p > q ? q : p;
    lo /= hi;
    return hi * sqrt(1 + lo * lo);
}

/* Go's Cbrt (FreeBSD's): a bit-level first guess good to 5 bits, one
   rational step to 23 bits, rounded to 22 bits so t*t is exact, and a
   Newton step in which r - s cannot cancel. */
static double go_cbrt_exact(double x)
{
    static const uint64_t B1 = 715094163, B2 = 696219795;
    static const double C = 5.42857142857142815906e-01;
    static const double D = -7.05306122448979611050e-01;
    static const double E = 1.41428571428571436819e+00;
    static const double F = 1.60714285714285720630e+00;
    static const double G = 3.57142857142857150787e-01;
    static const double SMALLEST_NORMAL = 2.22507385850720138309e-308;
    if (x == 0 || isnan(x) || isinf(x))
        return x;
    bool neg = x < 0;
    if (neg)
        x = -x;
    double t = from_bits(to_bits(x) / 3 + (B1 << 32));
    if (x < SMALLEST_NORMAL) {
        t = 0x1p54;
        t *= x;
        t = from_bits(to_bits(t) / 3 + (B2 << 32));
    }
    double r = t * t / x;
    double s = C + r * t;
    t *= G + F / (s + E + D / s);
    t = from_bits((to_bits(t) & ((uint64_t)0xFFFFFFFFC << 28)) + ((uint64_t)1 << 30));
    s = t * t;
    r = x / s;
    double w = t + t;
    r = (r - t) / (w + r);
    t = t + t * r;
    return neg ? -t : t;
}

/* Pow as Go computes it, so results agree bit for bit where Go's differ
   from a correctly rounded pow: the integer part of the exponent by
   repeated squaring on a frexp mantissa (exponent tracked separately),
   the fractional part (moved into [-0.5, 0.5]) through exp(yf*log(x)).
   Special cases (zeros, infinities, NaN, huge exponents) are C99's, which
   are Go's too. */
static double go_pow(double x, double y)
{
    if (y == 0 || x == 1)
        return 1;
    if (y == 1)
        return x;
    if (isnan(x) || isnan(y))
        return go_nan();
    if (x == 0 || isinf(x) || isinf(y))
        return pow(x, y);
    if (y == 0.5)
        return sqrt(x);
    if (y == -0.5)
        return 1 / sqrt(x);
    double yi, yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0)
        return go_nan();
    if (yi >= 9.223372036854775807e18)
        return pow(x, y);
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = go_exp(yf * go_log(x));
    }
    int xe;
    double x1 = frexp(x, &xe);
    for (int64_t i = (int64_t)yi; i != 0; i >>= 1) {
        if (xe < -(1 << 12) || (1 << 12) < xe) {
            ae += xe; /* certain overflow or underflow */
            break;
        }
        if (i & 1) {
            a1 *= x1;
            ae += xe;
        }
        x1 *= x1;
        xe *= 2; /* Go's xe <<= 1; a negative left shift is undefined in C */
        if (x1 < .5) {
            x1 += x1;
            xe--;
        }
    }
    if (y < 0) {
        a1 = 1 / a1;
        ae = -ae;
    }
    if (ae > 100000)
        ae = 100000;
    if (ae < -100000)
        ae = -100000;
    return ldexp(a1, (int)ae);
}

/* ---- Erf, Erfc (fdlibm, as Go) and Gamma (Cephes, as Go) ---- */

static const double ERX = 8.45062911510467529297e-01;
static const double ERF_PP[5] = {1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05};
static const double ERF_QQ[6] = {1, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06};
static const double ERF_PA[7] = {-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03};
static const double ERF_QA[7] = {1, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02};
static const double ERF_RA[8] = {-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00};
static const double ERF_SA[9] = {1, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02};
static const double ERF_RB[7] = {-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02};
static const double ERF_SB[8] = {1, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01};

/* c[0] + s*(c[1] + s*(... + s*c[n-1])), Horner from the inside out. */
static double horner(const double *c, int n, double s)
{
    double r = c[n - 1];
    for (int i = n - 2; i >= 0; i--)
        r = c[i] + s * r;
    return r;
}

/* r/s for |x| < 0.84375 (z = x*x). */
static double erf_small_ratio(double z)
{
    return horner(ERF_PP, 5, z) / horner(ERF_QQ, 6, z);
}

/* P and Q for 0.84375 <= |x| < 1.25 (s = |x| - 1). */
static double erf_mid_ratio(double s)
{
    return horner(ERF_PA, 7, s) / horner(ERF_QA, 7, s);
}

/* exp(-x*x - 0.5625 + R/S) / x for |x| >= 1.25, with x*x split so that
   its high part squares exactly. */
static double erf_tail(double x)
{
    double s = 1 / (x * x), r, q;
    if (x < 2.857142857142857) { /* 1/0.35 */
        r = horner(ERF_RA, 8, s);
        q = horner(ERF_SA, 9, s);
    } else {
        r = horner(ERF_RB, 7, s);
        q = horner(ERF_SB, 8, s);
    }
    double z = from_bits(to_bits(x) & 0xffffffff00000000);
    return go_exp(-z * z - 0.5625) * go_exp((z - x) * (z + x) + r / q) / x;
}

static double go_erf(double x)
{
    static const double EFX = 1.28379167095512586316e-01;
    static const double EFX8 = 1.02703333676410069053e+00;
    if (isnan(x))
        return go_nan();
    if (isinf(x))
        return x > 0 ? 1 : -1;
    bool neg = x < 0;
    if (neg)
        x = -x;
    double t;
    if (x < 0.84375) {
        if (x < 0x1p-28)
            t = x < 2.848094538889218e-306 ? 0.125 * (8.0 * x + EFX8 * x)
                                           : x + EFX * x;
        else
            t = x + x * erf_small_ratio(x * x);
        return neg ? -t : t;
    }
    if (x < 1.25) {
        double pq = erf_mid_ratio(x - 1);
        return neg ? -ERX - pq : ERX + pq;
    }
    if (x >= 6)
        return neg ? -1 : 1;
    double r = erf_tail(x);
    return neg ? r - 1 : 1 - r;
}

static double go_erfc(double x)
{
    if (isnan(x))
        return go_nan();
    if (isinf(x))
        return x > 0 ? 0 : 2;
    bool neg = x < 0;
    if (neg)
        x = -x;
    if (x < 0.84375) {
        double t;
        if (x < 0x1p-56) {
            t = x;
        } else {
            double y = erf_small_ratio(x * x);
            t = x < 0.25 ? x + x * y : 0.5 + (x * y + (x - 0.5));
        }
        return neg ? 1 + t : 1 - t;
    }
    if (x < 1.25) {
        double pq = erf_mid_ratio(x - 1);
        return neg ? 1 + ERX + pq : 1 - ERX - pq;
    }
    if (x < 28) {
        if (neg && x > 6 && x >= 2.857142857142857)
            return 2;
        double r = erf_tail(x);
        return neg ? 2 - r : r;
    }
    return neg ? 2 : 0;
}

/* Stirling's formula for x > 33: the result is y1 * y2. */
static void gamma_stirling(double x, double *y1, double *y2)
{
    static const double S[5] = {
        7.87311395793093628397e-04, -2.29549961613378126380e-04,
        -2.68132617805781232825e-03, 3.47222221605458667310e-03,
        8.33333333333482257126e-02,
    };
    if (x > 200) {
        *y1 = INFINITY, *y2 = 1;
        return;
    }
    double w = 1 / x;
    w = 1 + w * ((((S[0] * w + S[1]) * w + S[2]) * w + S[3]) * w + S[4]);
    double e = go_exp(x), v2 = 1.0, v1;
    if (x > 143.01608) { /* Pow would overflow */
        double v = go_pow(x, 0.5 * x - 0.25);
        v1 = v, v2 = v / e;
    } else {
        v1 = go_pow(x, x - 0.5) / e;
    }
    *y1 = v1;
    *y2 = 2.506628274631000502417 * w * v2;
}

static double go_gamma(double x)
{
    static const double P[7] = {
        1.60119522476751861407e-04, 1.19135147006586384913e-03,
        1.04213797561761569935e-02, 4.76367800457137231464e-02,
        2.07448227648435975150e-01, 4.94214826801497100753e-01,
        9.99999999999999996796e-01,
    };
    static const double Q[8] = {
        -2.31581873324120129819e-05, 5.39605580493303397842e-04,
        -4.45641913851797240494e-03, 1.18139785222060435552e-02,
        3.58236398605498653373e-02, -2.34591795718243348568e-01,
        7.14304917030273074085e-02, 1.00000000000000000320e+00,
    };
    static const double EULER = 0.57721566490153286060651209008240243104215933593992;
    if ((x < 0 && x == trunc(x)) || x == -INFINITY || isnan(x))
        return go_nan();
    if (x == INFINITY)
        return INFINITY;
    if (x == 0)
        return signbit(x) ? -INFINITY : INFINITY;
    double q = fabs(x), p = floor(q), y1, y2;
    if (q > 33) {
        if (x >= 0) {
            gamma_stirling(x, &y1, &y2);
            return y1 * y2;
        }
        /* Go's int64(p): beyond 2^63 the conversion yields MinInt64, even */
        int sign = p < 0x1p63 && ((int64_t)p & 1) ? 1 : -1;
        double z = q - p;
        if (z > 0.5) {
            p = p + 1;
            z = q - p;
        }
        z = q * go_sin(M_PI * z);
        if (z == 0)
            return sign > 0 ? INFINITY : -INFINITY;
        gamma_stirling(q, &y1, &y2);
        double absz = fabs(z), d = absz * y1 * y2;
        z = isinf(d) ? M_PI / absz / y1 / y2 : M_PI / d;
        return sign * z;
    }
    double z = 1.0;
    while (x >= 3) {
        x = x - 1;
        z = z * x;
    }
    while (x < 0) {
        if (x > -1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    while (x < 2) {
        if (x < 1e-09)
            goto small;
        z = z / x;
        x = x + 1;
    }
    if (x == 2)
        return z;
    x = x - 2;
    p = (((((x * P[0] + P[1]) * x + P[2]) * x + P[3]) * x + P[4]) * x + P[5]) * x + P[6];
    q = ((((((x * Q[0] + Q[1]) * x + Q[2]) * x + Q[3]) * x + Q[4]) * x + Q[5]) * x + Q[6]) * x + Q[7];
    return z * p / q;
small:
    if (x == 0)
        return INFINITY;
    return z / ((1 + EULER * x) * x);
}

/* ---- Lgamma (fdlibm's, as Go) ---- */

static const double LGAM_A[12] = {7.72156649015328655494e-02, 3.22467033424113591611e-01, 6.73523010531292681824e-02, 2.05808084325167332806e-02, 7.38555086081402883957e-03, 2.89051383673415629091e-03, 1.19270763183362067845e-03, 5.10069792153511336608e-04, 2.20862790713908385557e-04, 1.08011567247583939954e-04, 2.52144565451257326939e-05, 4.48640949618915160150e-05};
static const double LGAM_R[7] = {1.0, 1.39200533467621045958e+00, 7.21935547567138069525e-01, 1.71933865632803078993e-01, 1.86459191715652901344e-02, 7.77942496381893596434e-04, 7.32668430744625636189e-06};
static const double LGAM_S[7] = {-7.72156649015328655494e-02, 2.14982415960608852501e-01, 3.25778796408930981787e-01, 1.46350472652464452805e-01, 2.66422703033638609560e-02, 1.84028451407337715652e-03, 3.19475326584100867617e-05};
static const double LGAM_T[15] = {4.83836122723810047042e-01, -1.47587722994593911752e-01, 6.46249402391333854778e-02, -3.27885410759859649565e-02, 1.79706750811820387126e-02, -1.03142241298341437450e-02, 6.10053870246291332635e-03, -3.68452016781138256760e-03, 2.25964780900612472250e-03, -1.40346469989232843813e-03, 8.81081882437654011382e-04, -5.38595305356740546715e-04, 3.15632070903625950361e-04, -3.12754168375120860518e-04, 3.35529192635519073543e-04};
static const double LGAM_U[6] = {-7.72156649015328655494e-02, 6.32827064025093366517e-01, 1.45492250137234768737e+00, 9.77717527963372745603e-01, 2.28963728064692451092e-01, 1.33810918536787660377e-02};
static const double LGAM_V[6] = {1.0, 2.45597793713041134822e+00, 2.12848976379893395361e+00, 7.69285150456672783825e-01, 1.04222645593369134254e-01, 3.21709242282423911810e-03};
static const double LGAM_W[7] = {4.18938533204672725052e-01, 8.33333333333329678849e-02, -2.77777777728775536470e-03, 7.93650558643019558500e-04, -5.95187557450339963135e-04, 8.36339918996282139126e-04, -1.63092934096575273989e-03};

/* sin(pi*x) for x > 0 without losing the argument's precision (its
   fraction mod 2 picks the octant); returns the negated value, as Go's
   sinPi does. */
static double lgamma_sin_pi(double x)
{
    if (x < 0.25)
        return -go_sin(M_PI * x);
    double z = floor(x);
    int n;
    if (z != x) {
        x = fmod(x, 2);
        n = (int)(x * 4);
    } else if (x >= 0x1p53) {
        x = 0;
        n = 0;
    } else {
        if (x < 0x1p52)
            z = x + 0x1p52;
        n = (int)(1 & to_bits(z));
        x = n;
        n <<= 2;
    }
    switch (n) {
    case 0: x = go_sin(M_PI * x); break;
    case 1: case 2: x = go_cos(M_PI * (0.5 - x)); break;
    case 3: case 4: x = go_sin(M_PI * (1 - x)); break;
    case 5: case 6: x = -go_cos(M_PI * (x - 1.5)); break;
    default: x = go_sin(M_PI * (x - 2)); break;
    }
    return -x;
}

/* lgamma(x) for 0 < x < 2, x != 1 (y and the rational pieces per
   fdlibm's three sub-intervals). */
static double lgamma_below_2(double x)
{
    static const double TC = 1.46163214496836224576e+00;
    static const double TF = -1.21486290535849611461e-01;
    static const double TT = -3.63867699703950536541e-18;
    double r, y;
    int i;
    if (x <= 0.9) {
        r = -go_log(x);
        if (x >= 0.731632144968362245) {        /* Ymin - 1 + 0.27 */
            y = 1 - x, i = 0;
        } else if (x >= 0.191632144968362245) { /* Ymin - 1 - 0.27 */
            y = x - 0.46163214496836224576, i = 1; /* Tc - 1 */
        } else {
            y = x, i = 2;
        }
    } else {
        r = 0;
        if (x >= 1.731632144968362245) {        /* Ymin + 0.27 */
            y = 2 - x, i = 0;
        } else if (x >= 1.191632144968362245) { /* Ymin - 0.27 */
            y = x - TC, i = 1;
        } else {
            y = x - 1, i = 2;
        }
    }
    const double *A = LGAM_A, *T = LGAM_T, *U = LGAM_U, *V = LGAM_V;
    if (i == 0) {
        double z = y * y;
        double p1 = A[0] + z * (A[2] + z * (A[4] + z * (A[6] + z * (A[8] + z * A[10]))));
        double p2 = z * (A[1] + z * (+A[3] + z * (A[5] + z * (A[7] + z * (A[9] + z * A[11])))));
        double p = y * p1 + p2;
        return r + (p - 0.5 * y);
    }
    if (i == 1) {
        double z = y * y, w = z * y;
        double p1 = T[0] + w * (T[3] + w * (T[6] + w * (T[9] + w * T[12])));
        double p2 = T[1] + w * (T[4] + w * (T[7] + w * (T[10] + w * T[13])));
        double p3 = T[2] + w * (T[5] + w * (T[8] + w * (T[11] + w * T[14])));
        double p = z * p1 - (TT - w * (p2 + y * p3));
        return r + (TF + p);
    }
    double p1 = y * (U[0] + y * (U[1] + y * (U[2] + y * (U[3] + y * (U[4] + y * U[5])))));
    double p2 = 1 + y * (V[1] + y * (V[2] + y * (V[3] + y * (V[4] + y * V[5]))));
    return r + (-0.5 * y + p1 / p2);
}

/* lgamma(x) for 2 <= x < 8: a rational function on the fraction, times
   the product of the steps down to [2, 3). */
static double lgamma_below_8(double x)
{
    const double *S = LGAM_S, *R = LGAM_R;
    int i = (int)x;
    double y = x - i;
    double p = y * (S[0] + y * (S[1] + y * (S[2] + y * (S[3] + y * (S[4] + y * (S[5] + y * S[6]))))));
    double q = 1 + y * (R[1] + y * (R[2] + y * (R[3] + y * (R[4] + y * (R[5] + y * R[6])))));
    double r = 0.5 * y + p / q;
    double z = 1.0;
    switch (i) {
    case 7: z *= (y + 6); /* fall through */
    case 6: z *= (y + 5); /* fall through */
    case 5: z *= (y + 4); /* fall through */
    case 4: z *= (y + 3); /* fall through */
    case 3:
        z *= (y + 2);
        r += go_log(z);
    }
    return r;
}

static double go_lgamma(double x, int *sign)
{
    *sign = 1;
    if (isnan(x) || isinf(x))
        return x;
    if (x == 0)
        return INFINITY;
    bool neg = x < 0;
    if (neg)
        x = -x;
    if (x < 0x1p-70) {
        if (neg)
            *sign = -1;
        return -go_log(x);
    }
    double nadj = 0, r;
    if (neg) {
        if (x >= 0x1p52)
            return INFINITY;
        double t = lgamma_sin_pi(x);
        if (t == 0)
            return INFINITY;
        nadj = go_log(M_PI / fabs(t * x));
        if (t < 0)
            *sign = -1;
    }
    if (x == 1 || x == 2) {
        return 0;
    } else if (x < 2) {
        r = lgamma_below_2(x);
    } else if (x < 8) {
        r = lgamma_below_8(x);
    } else if (x < 0x1p58) {
        const double *W = LGAM_W;
        double t = go_log(x), z = 1 / x, y = z * z;
        double w = W[0] + z * (W[1] + y * (W[2] + y * (W[3] + y * (W[4] + y * (W[5] + y * W[6])))));
        r = (x - 0.5) * (t - 1) + w;
    } else {
        r = x * (go_log(x) - 1);
    }
    return neg ? nadj - r : r;
}

/* func Lgamma(x float64) (lgamma float64, sign int) */
static int math_Lgamma(golem_g *g, slot *args)
{
    (void)g;
    int sign;
    args[0].f = go_lgamma(args[0].f, &sign);
    args[1].i = sign;
    return 0;
}

F1(Sqrt, sqrt(x))
F2(Pow, go_pow(x, y))
F1(Abs, fabs(x))
F1(Floor, floor(x))
F1(Ceil, ceil(x))
F1(Trunc, trunc(x))
F1(Round, round(x))
F1(RoundToEven, nearbyint(x))
F2(Mod, fmod(x, y))
F2(Remainder, remainder(x, y))
F2(Max, go_max(x, y))
F2(Min, go_min(x, y))
F2(Dim, go_dim(x, y))
F1(Log, go_log(x))
F1(Log2, go_log2(x))
F1(Log10, go_log10(x))
F1(Log1p, go_log1p(x))
F1(Exp, go_exp(x))
F1(Exp2, go_exp2(x))
F1(Expm1, go_expm1(x))
F1(Sin, go_sin(x))
F1(Cos, go_cos(x))
F1(Tan, go_tan(x))
F1(Asin, go_asin(x))
F1(Acos, go_acos(x))
F1(Atan, go_atan(x))
F2(Atan2, go_atan2(x, y))
F1(Sinh, go_sinh(x))
F1(Cosh, go_cosh(x))
F1(Tanh, go_tanh(x))
F1(Asinh, go_asinh(x))
F1(Acosh, go_acosh(x))
F1(Atanh, go_atanh(x))
F2(Hypot, go_hypot(x, y))
F1(Cbrt, go_cbrt_exact(x))
F2(Copysign, copysign(x, y))
F2(Nextafter, x == y ? x : nextafter(x, y))
F1(Gamma, go_gamma(x))
F1(Erf, go_erf(x))
F1(Erfc, go_erfc(x))
F1(logb, logb(x))
/* C returns y when x == y; Go returns x (they differ for -0 and +0) */
F2(Nextafter32, x == y ? x : (float)nextafterf((float)x, (float)y))

/* func FMA(x, y, z float64) float64: x*y+z rounded once. */
static int math_FMA(golem_g *g, slot *args)
{
    (void)g;
    args[0].f = fma(args[0].f, args[1].f, args[2].f);
    return 0;
}
F1(NaN, go_nan())

static int math_Signbit(golem_g *g, slot *args)
{
    (void)g;
    args[0].u = signbit(args[0].f) != 0;
    return 0;
}

/* Float64bits / Float64frombits reinterpret the slot: nothing to do. */
static int math_identity(golem_g *g, slot *args)
{
    (void)g;
    (void)args;
    return 0;
}

static int math_Float32bits(golem_g *g, slot *args)
{
    (void)g;
    float f = (float)args[0].f;
    uint32_t u;
    memcpy(&u, &f, 4);
    args[0].u = u;
    return 0;
}

static int math_Float32frombits(golem_g *g, slot *args)
{
    (void)g;
    uint32_t u = (uint32_t)args[0].u;
    float f;
    memcpy(&f, &u, 4);
    args[0].f = f;
    return 0;
}

static int math_Inf(golem_g *g, slot *args)
{
    (void)g;
    args[0].f = args[0].i >= 0 ? INFINITY : -INFINITY;
    return 0;
}

static int math_Ldexp(golem_g *g, slot *args)
{
    (void)g;
    int64_t e = args[1].i;
    if (e > 100000) e = 100000;
    if (e < -100000) e = -100000;
    args[0].f = ldexp(args[0].f, (int)e);
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). */
const stdlib_native math_natives[] = {
    {"math.Abs", math_Abs},
    {"math.Acos", math_Acos},
    {"math.Acosh", math_Acosh},
    {"math.Asin", math_Asin},
    {"math.Asinh", math_Asinh},
    {"math.Atan", math_Atan},
    {"math.Atan2", math_Atan2},
    {"math.Atanh", math_Atanh},
    {"math.Cbrt", math_Cbrt},
    {"math.Ceil", math_Ceil},
    {"math.Copysign", math_Copysign},
    {"math.Cos", math_Cos},
    {"math.Cosh", math_Cosh},
    {"math.Dim", math_Dim},
    {"math.Erf", math_Erf},
    {"math.Erfc", math_Erfc},
    {"math.Exp", math_Exp},
    {"math.Exp2", math_Exp2},
    {"math.Expm1", math_Expm1},
    {"math.FMA", math_FMA},
    {"math.Float32bits", math_Float32bits},
    {"math.Float32frombits", math_Float32frombits},
    {"math.Float64bits", math_identity},
    {"math.Float64frombits", math_identity},
    {"math.Floor", math_Floor},
    {"math.Gamma", math_Gamma},
    {"math.Hypot", math_Hypot},
    {"math.Inf", math_Inf},
    {"math.Ldexp", math_Ldexp},
    {"math.Lgamma", math_Lgamma},
    {"math.Log", math_Log},
    {"math.Log10", math_Log10},
    {"math.Log1p", math_Log1p},
    {"math.Log2", math_Log2},
    {"math.Max", math_Max},
    {"math.Min", math_Min},
    {"math.Mod", math_Mod},
    {"math.NaN", math_NaN},
    {"math.Nextafter", math_Nextafter},
    {"math.Nextafter32", math_Nextafter32},
    {"math.Pow", math_Pow},
    {"math.Remainder", math_Remainder},
    {"math.Round", math_Round},
    {"math.RoundToEven", math_RoundToEven},
    {"math.Signbit", math_Signbit},
    {"math.Sin", math_Sin},
    {"math.Sinh", math_Sinh},
    {"math.Sqrt", math_Sqrt},
    {"math.Tan", math_Tan},
    {"math.Tanh", math_Tanh},
    {"math.Trunc", math_Trunc},
    {"math.logb", math_logb},
    {NULL, NULL},
};
