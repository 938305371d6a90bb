/*
 * codegen_ops.c - maps the parser's operator tokens to codegen's operator
 * codes (cg_bop), through the checker's own mapping ck_op().
 *
 * This is the one codegen file that includes the checker's private header:
 * its ck_opcode names (OP_ADD, OP_AND, ...) collide with the instruction
 * names of vm/opcodes.h, so the translation lives apart and the rest of
 * codegen sees only CG_* operator codes.
 */
#include "check_impl.h"
#include "codegen_bop.h"

int cg_binop(int tk, bool *compound)
{
    switch (ck_op(tk, compound)) {
    case OP_ADD: return CG_ADD;
    case OP_SUB: return CG_SUB;
    case OP_MUL: return CG_MUL;
    case OP_QUO: return CG_QUO;
    case OP_REM: return CG_REM;
    case OP_AND: return CG_AND;
    case OP_OR: return CG_OR;
    case OP_XOR: return CG_XOR;
    case OP_ANDNOT: return CG_ANDNOT;
    case OP_SHL: return CG_SHL;
    case OP_SHR: return CG_SHR;
    case OP_LAND: return CG_LAND;
    case OP_LOR: return CG_LOR;
    case OP_EQL: return CG_EQL;
    case OP_NEQ: return CG_NEQ;
    case OP_LSS: return CG_LSS;
    case OP_LEQ: return CG_LEQ;
    case OP_GTR: return CG_GTR;
    case OP_GEQ: return CG_GEQ;
    case OP_NOT: return CG_NOT;
    case OP_ARROW: return CG_ARROW;
    case OP_AMP: return CG_AMP;
    case OP_TILDE: return CG_TILDE;
    case OP_INC: return CG_INC;
    case OP_DEC: return CG_DEC;
    case OP_ASSIGN: return CG_ASSIGN;
    case OP_DEFINE: return CG_DEFINE;
    case OP_BREAK: return CG_BREAK;
    case OP_CONTINUE: return CG_CONTINUE;
    case OP_GOTO: return CG_GOTO;
    case OP_FALLTHROUGH: return CG_FALLTHROUGH;
    default: return CG_NONE;
    }
}
