/*
 * test_bigconst.c - unit tests of compiler/bigconst.c, the exact numbers
 * behind Go's untyped constants. Properties checked:
 *   - decimal literals are exact rationals: 0.1*10 == 1, 1/3*3 == 1, and
 *     they convert to the float64/float32 nearest the exact value;
 *   - conversion rounds half to even (2^53+1 -> 2^53, 2^53+3 -> 2^53+4),
 *     subnormals included (2^-1075 -> 0, just above it -> 2^-1074), and
 *     reports overflow past the largest finite value;
 *   - huge exponents stay finite (1e300*1e300/1e300 == 1e300; a literal
 *     1e99999999 is a 512-bit float, nonzero 1e-99999999 too);
 *   - integer division truncates, shifts right round toward -inf, and
 *     bitwise operations use two's complement on negative values;
 *   - formatting: integers in full, floats as go/constant prints them
 *     ("0.333333", "1e+1000").
 *
 * Prints "ok NAME" or "FAIL NAME" per property; exits 1 if any failed.
 */
#include "bigconst.h"
#include "harness.h"
#include <math.h>
#include <string.h>

static bc_rat lit(const char *s)
{
    bc_rat r;
    bc_parse_float(&r, s);
    return r;
}

static bc_rat num(__int128 v)
{
    bc_rat r;
    bc_set_int128(&r, v);
    return r;
}

static bc_rat op(bc_op o, bc_rat a, bc_rat b, bool int_div)
{
    bc_rat r;
    bc_binary(&r, o, &a, &b, int_div);
    return r;
}

static double dbl(bc_rat r)
{
    bool ovf;
    return bc_to_double(&r, &ovf);
}

static bool exact_decimals(void)
{
    bc_rat tenth = lit("0.1"), one = num(1);
    bc_rat ten_tenths = op(BC_MUL, tenth, num(10), false);
    CHECK(bc_cmp(&ten_tenths, &one) == 0);
    bc_rat third = op(BC_QUO, one, num(3), false);
    bc_rat back = op(BC_MUL, third, num(3), false);
    CHECK(bc_cmp(&back, &one) == 0);
    CHECK(dbl(tenth) == 0.1);
    bool ovf;
    CHECK(bc_to_float32(&tenth, &ovf) == 0.1f && !ovf);
    CHECK(dbl(op(BC_ADD, lit("0.1"), lit("0.2"), false)) == 0.3);
    return true;
}

static bool round_half_even(void)
{
    __int128 two53 = (__int128)1 << 53;
    CHECK(dbl(num(two53 + 1)) == 9007199254740992.0);
    CHECK(dbl(num(two53 + 3)) == 9007199254740996.0);
    bool ovf;
    bc_rat f = num((1 << 24) + 1);
    CHECK(bc_to_float32(&f, &ovf) == 16777216.0f);
    CHECK(dbl(lit("0x1p-1075")) == 0);
    CHECK(dbl(lit("0x1.0000000000001p-1075")) == 0x1p-1074);
    CHECK(dbl(lit("2.4e-324")) == 0);
    CHECK(dbl(lit("2.5e-324")) == 0x1p-1074);
    CHECK(dbl(lit("1.7976931348623157e308")) == 1.7976931348623157e308);
    bc_rat big = lit("1.8e308");
    bc_to_double(&big, &ovf);
    CHECK(ovf);
    bc_rat f32max = lit("3.4028235e38"), f32big = lit("3.5e38");
    CHECK(bc_to_float32(&f32max, &ovf) == 3.4028235e38f && !ovf);
    bc_to_float32(&f32big, &ovf);
    CHECK(ovf);
    return true;
}

static bool huge_exponents(void)
{
    bc_rat e300 = lit("1e300");
    bc_rat r = op(BC_QUO, op(BC_MUL, e300, e300, false), e300, false);
    CHECK(bc_cmp(&r, &e300) == 0);
    bc_rat huge = lit("1e99999999"), tiny = lit("1e-99999999");
    CHECK(huge.sign > 0 && huge.is_float);
    CHECK(tiny.sign > 0 && tiny.is_float);
    bc_rat q = op(BC_QUO, lit("1e1000"), lit("1e999"), false);
    CHECK(dbl(q) == 10);
    return true;
}

static bool integer_ops(void)
{
    bc_rat q = op(BC_QUO, num(-7), num(2), true);
    bc_rat m = op(BC_REM, num(-7), num(2), true);
    __int128 v;
    CHECK(bc_to_int128(&q, &v) && v == -3);
    CHECK(bc_to_int128(&m, &v) && v == -1);
    bc_rat s = num(-5);
    bc_shift(&s, false, 1);
    CHECK(bc_to_int128(&s, &v) && v == -3);
    bc_rat x = op(BC_XOR, num(-6), num(-3), true);
    CHECK(bc_to_int128(&x, &v) && v == 7);
    bc_rat a = op(BC_ANDNOT, num(-8), num(3), true);
    CHECK(bc_to_int128(&a, &v) && v == -8);
    bc_rat p = num(1);
    bc_shift(&p, true, 511);
    CHECK(bc_bitlen(&p) == 512);
    bc_rat p2 = op(BC_MUL, p, num(2), true);
    CHECK(bc_bitlen(&p2) == 513); /* the caller reports the overflow */
    return true;
}

static bool formatting(void)
{
    char buf[256];
    bc_rat third = op(BC_QUO, num(1), num(3), false);
    bc_format(&third, buf, sizeof buf);
    CHECK(strcmp(buf, "0.333333") == 0);
    bc_rat e1000 = lit("1e1000");
    bc_format(&e1000, buf, sizeof buf);
    CHECK(strcmp(buf, "1e+1000") == 0);
    bc_rat p = num(1);
    bc_shift(&p, true, 100);
    bc_format_int(&p, buf, sizeof buf);
    CHECK(strcmp(buf, "1267650600228229401496703205376") == 0);
    bc_rat n = num(-1000000000);
    bc_format_int(&n, buf, sizeof buf);
    CHECK(strcmp(buf, "-1000000000") == 0);
    return true;
}

int main(void)
{
    tvm = vm_new();
    tg = vm_new_g(tvm);
    run("exact_decimals", exact_decimals);
    run("round_half_even", round_half_even);
    run("huge_exponents", huge_exponents);
    run("integer_ops", integer_ops);
    run("formatting", formatting);
    return failures != 0;
}
