/*
 * math.c - package math's natives. Most are thin wrappers over the C
 * library (IEEE 754 double, infinities and NaNs handled); where Go's
 * documented special cases differ from C's, the wrapper applies Go's
 * (Max/Min with NaN and signed zeros, Round's half-away-from-zero).
 *
 * Printed results must match Go's bit for bit, so two functions follow
 * Go's own computation rather than the C library's: Pow (repeated squaring
 * for the integer part of the exponent) and Cbrt (exact on perfect cubes).
 * The other transcendental functions (Sin, Exp, Log, ...) may still differ
 * from Go's in the last bit for some arguments: Go's versions are neither
 * the C library's nor always correctly rounded.
 *
 * float32 values arrive in registers as doubles rounded to float32
 * (vm/vm.h), so Float32bits narrows first.
 */
#include "natives.h"

#include <math.h>
#include <string.h>

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
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0 && x == y) return signbit(x) ? y : x;
    return x > y ? x : y;
}

static double go_min(double x, double y)
{
    if (isinf(x) && x < 0) return x;
    if (isinf(y) && y < 0) return y;
    if (isnan(x) || isnan(y)) return NAN;
    if (x == 0 && x == y) return signbit(x) ? x : y;
    return x < y ? x : y;
}

static double go_dim(double x, double y)
{
    double v = x - y;
    return v <= 0 ? 0 : v;
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
        return NAN;
    if (x == 0 || isinf(x) || isinf(y))
        return pow(x, y);
    if (y == 0.5)
        return sqrt(x);
    if (y == -0.5)
        return 1 / sqrt(x);
    double yi, yf = modf(fabs(y), &yi);
    if (yf != 0 && x < 0)
        return NAN;
    if (yi >= 9.223372036854775807e18)
        return pow(x, y);
    double a1 = 1.0;
    int64_t ae = 0;
    if (yf != 0) {
        if (yf > 0.5) {
            yf--;
            yi++;
        }
        a1 = exp(yf * log(x));
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
F1(Log, log(x))
F1(Log2, log2(x))
F1(Log10, log10(x))
F1(Log1p, log1p(x))
F1(Exp, exp(x))
F1(Exp2, exp2(x))
F1(Expm1, expm1(x))
F1(Sin, sin(x))
F1(Cos, cos(x))
F1(Tan, tan(x))
F1(Asin, asin(x))
F1(Acos, acos(x))
F1(Atan, atan(x))
F2(Atan2, atan2(x, y))
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
F1(NaN, NAN)

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
