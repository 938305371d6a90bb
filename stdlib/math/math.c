/*
 * math.c - package math's natives.
 *
 * Printed results must match Go's bit for bit, and Go's math functions are
 * neither the C library's nor always correctly rounded. So the functions
 * whose Go algorithm is a plain floating-point recipe follow that recipe
 * here, operation for operation (the build disables FMA contraction):
 *  - Sin, Cos, Tan: reduce by pi/4 in three parts (Cody-Waite) into an
 *    octant, then the Cephes minimax polynomials (sin, cos) or rational
 *    function (tan) on [-pi/4, pi/4]; arguments >= 2^29 use the C library.
 *  - Log: fdlibm's method: x = 2^k * (1+f) with 1+f in [sqrt(2)/2,
 *    sqrt(2)), s = f/(2+f), log(1+f) = f - s*(f - R(s^2)) with a degree-7
 *    polynomial R, and k*ln2 split into high and low parts. Log2 and Log10
 *    scale it (Log2 exact on powers of two).
 *  - Atan, Asin, Acos, Atan2: Cephes' rational approximation on [0, 0.66]
 *    with the tan(3pi/8) and pi/4 range splits.
 *  - Pow: repeated squaring of a frexp mantissa for the integer part of
 *    the exponent, exp(yf*log(x)) for the fraction in [-0.5, 0.5].
 *  - Cbrt: the C library's cube root refined by one Newton step in long
 *    double (exact on perfect cubes).
 * Exp (assembly in Go on amd64), the hyperbolic functions, Exp2, Expm1
 * and Log1p use the C library and may differ from Go's in the last bit.
 * Where Go's special cases differ from C's (Max/Min with NaN and signed
 * zeros, Round's half-away-from-zero), the wrapper applies Go's.
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
static int trig_octant(double x, double *z)
{
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
    if (x >= TRIG_REDUCE_LIMIT)
        return neg ? -sin(x) : sin(x);
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
    if (x >= TRIG_REDUCE_LIMIT)
        return cos(x);
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
    if (x >= TRIG_REDUCE_LIMIT)
        return neg ? -tan(x) : tan(x);
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
    int ki;
    double f1 = frexp(x, &ki);
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

/* The C library's cbrt may be off by an ulp (cbrt(27) = 3.0000000000000004
   with glibc); one Newton step in extended precision makes it exact for
   perfect cubes and correctly rounded in practice, as Go's Cbrt is. */
static double go_cbrt(double x)
{
    double y = cbrt(x);
    if (x == 0 || isnan(x) || isinf(x))
        return y;
    long double t = y;
    t = t - (t * t * t - (long double)x) / (3.0L * t * t);
    return (double)t;
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
        a1 = exp(yf * go_log(x));
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
        xe <<= 1;
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
F1(Log1p, log1p(x))
F1(Exp, exp(x))
F1(Exp2, exp2(x))
F1(Expm1, expm1(x))
F1(Sin, go_sin(x))
F1(Cos, go_cos(x))
F1(Tan, go_tan(x))
F1(Asin, go_asin(x))
F1(Acos, go_acos(x))
F1(Atan, go_atan(x))
F2(Atan2, go_atan2(x, y))
F1(Sinh, sinh(x))
F1(Cosh, cosh(x))
F1(Tanh, tanh(x))
F1(Asinh, asinh(x))
F1(Acosh, acosh(x))
F1(Atanh, atanh(x))
F2(Hypot, hypot(x, y))
F1(Cbrt, go_cbrt(x))
F2(Copysign, copysign(x, y))
F2(Nextafter, nextafter(x, y))
F1(Gamma, tgamma(x))
F1(Erf, erf(x))
F1(Erfc, erfc(x))
F1(logb, logb(x))
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
    {"math.Float32bits", math_Float32bits},
    {"math.Float32frombits", math_Float32frombits},
    {"math.Float64bits", math_identity},
    {"math.Float64frombits", math_identity},
    {"math.Floor", math_Floor},
    {"math.Gamma", math_Gamma},
    {"math.Hypot", math_Hypot},
    {"math.Inf", math_Inf},
    {"math.Ldexp", math_Ldexp},
    {"math.Log", math_Log},
    {"math.Log10", math_Log10},
    {"math.Log1p", math_Log1p},
    {"math.Log2", math_Log2},
    {"math.Max", math_Max},
    {"math.Min", math_Min},
    {"math.Mod", math_Mod},
    {"math.NaN", math_NaN},
    {"math.Nextafter", math_Nextafter},
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
