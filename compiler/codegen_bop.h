/*
 * codegen_bop.h - codegen's operator codes (see codegen_ops.c).
 */
#ifndef GOLEM_CODEGEN_BOP_H
#define GOLEM_CODEGEN_BOP_H

#include <stdbool.h>

typedef enum cg_bop {
    CG_NONE,
    CG_ADD, CG_SUB, CG_MUL, CG_QUO, CG_REM,
    CG_AND, CG_OR, CG_XOR, CG_ANDNOT, CG_SHL, CG_SHR,
    CG_LAND, CG_LOR,
    CG_EQL, CG_NEQ, CG_LSS, CG_LEQ, CG_GTR, CG_GEQ,
    CG_NOT, CG_ARROW, CG_AMP, CG_TILDE,
    CG_INC, CG_DEC, CG_ASSIGN, CG_DEFINE,
    CG_BREAK, CG_CONTINUE, CG_GOTO, CG_FALLTHROUGH,
} cg_bop;

/* The operator of a TK_* token; *compound (may be NULL) is set for the
   compound assignment tokens (+= ...), which map to their operator. */
int cg_binop(int tk, bool *compound);

#endif
