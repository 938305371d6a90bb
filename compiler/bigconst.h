/*
 * bigconst.h - arbitrary-precision numbers for Go's untyped constants
 * (bigconst.c). See the comment at the top of bigconst.c.
 */
#ifndef GOLEM_BIGCONST_H
#define GOLEM_BIGCONST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Capacity of a temporary natural number, in 32-bit limbs (11264 bits):
   twice Go's 4096-bit rational limit plus room for alignment shifts. */
#define BC_LIMBS 352

/* Go keeps rationals whose numerator and denominator stay below 2^4096
   bits; beyond that (and for literals with huge exponents) a value is a
   binary float with a 512-bit mantissa. Integers are limited to 512 bits. */
#define BC_RAT_BITS 4096
#define BC_FLOAT_PREC 512
#define BC_INT_BITS 512

typedef struct bc_nat {
    int n; /* limbs in use; d[n-1] != 0, n == 0 for zero */
    uint32_t d[BC_LIMBS + 1]; /* one spare limb for division and shifts */
} bc_nat;

/* sign * num / den * 2^exp, with num and den odd and coprime (num == 0
   and sign == 0 for zero). is_float: Go's 512-bit float representation
   (den == 1, num < 2^512). Integers have den == 1 and exp >= 0. */
typedef struct bc_rat {
    int sign;
    bool is_float;
    int64_t exp;
    bc_nat num, den;
} bc_rat;

typedef enum bc_status {
    BC_OK, BC_DIV_ZERO, BC_OVERFLOW, BC_INVALID
} bc_status;

typedef enum bc_op { BC_ADD, BC_SUB, BC_MUL, BC_QUO, BC_REM,
                     BC_AND, BC_OR, BC_XOR, BC_ANDNOT } bc_op;

void bc_set_int128(bc_rat *r, __int128 v);
void bc_set_ldouble(bc_rat *r, long double v); /* v finite */
/* Literals (underscores already removed). */
bool bc_parse_int(bc_rat *r, const char *digits, int base);
bool bc_parse_float(bc_rat *r, const char *lit);

/* Rational arithmetic (float arithmetic when an operand is_float, as Go's
   go/constant does). int_div: QUO/REM on integers truncate. */
bc_status bc_binary(bc_rat *r, bc_op op, const bc_rat *a, const bc_rat *b,
                    bool int_div);
void bc_neg(bc_rat *r);
bc_status bc_shift(bc_rat *r, bool left, uint64_t n); /* r integer */
int bc_cmp(const bc_rat *a, const bc_rat *b);
bool bc_is_int(const bc_rat *r);
/* Replaces r by the integer it denotes (bc_is_int must hold; floats that
   are within rounding of an integer become that integer). */
void bc_to_int(bc_rat *r);
int64_t bc_bitlen(const bc_rat *r); /* of |r|, r an integer */
bool bc_to_int128(const bc_rat *r, __int128 *out); /* r integer */
/* Rounds r to a binary float of prec bits whose smallest ulp is 2^umin and
   whose largest finite value is below 2^emax (round half to even): false
   when it overflows. Sets r to the rounded value (is_float cleared). */
bool bc_round(bc_rat *r, int prec, int64_t umin, int64_t emax);
double bc_to_double(const bc_rat *r, bool *overflow);
float bc_to_float32(const bc_rat *r, bool *overflow);
long double bc_to_ldouble(const bc_rat *r); /* saturates to +-inf */
/* Formats as go/constant's String: integers in full, floats with %.6g. */
void bc_format(const bc_rat *r, char *buf, size_t cap);
void bc_format_int(const bc_rat *r, char *buf, size_t cap); /* decimal */

#endif
