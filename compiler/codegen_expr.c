/*
 * codegen_expr.c - expressions: constants, names, operators, conversions,
 * conditions, slicing and type assertions.
 *
 * cg_expr(f, e, dst) leaves e's value (after its implicit conversion) in
 * registers: at dst when dst >= 0, else wherever is cheapest, which for a
 * register variable is the variable itself (no move). Temporaries come from
 * the slot stack; the caller releases them (cg_mark/cg_release) once the
 * value is consumed. An expression writes its destination only after it
 * has read all of its operands, except composite literals and && / ||,
 * which cg_expr_direct_ok() excludes from in-place assignment.
 *
 * Every expression with a constant value (cval) is a constant load.
 * Integer arithmetic is 64-bit followed by the narrow type's normalisation
 * (SEXT/ZEXT); float32 arithmetic is followed by ROUND_F32. Conditions
 * compile to compare-and-jump instructions where the operands allow, with
 * && / || short-circuiting into jump lists (cg_cond).
 */
#include "codegen.h"
#include <math.h>
#include <string.h>

type *cg_ty(cg_fn *f, type *t)
{
    if (!t || !f->nsub)
        return t;
    return type_subst(f->st->u, t, f->sub_from, f->sub_to, f->nsub);
}

type *cg_value_type(cg_fn *f, ast_node *e)
{
    if (e->info && e->info->implicit_to)
        return CG_T(e->info->implicit_to);
    return CG_T(e->type);
}

static int cg_dst(cg_fn *f, type *t, int dst)
{
    return dst >= 0 ? dst : cg_alloc_type(f, t);
}

static bool cg_is_nil(ast_node *e)
{
    while (e->kind == N_PAREN)
        e = e->a;
    return (e->kind == N_IDENT && e->sym && e->sym->kind == SYM_NIL) ||
           (e->type && e->type->kind == T_UNTYPED_NIL);
}

/* The normalisation op after arithmetic in type t, or -1. */
static int cg_norm_op(type *t)
{
    switch (type_under(t)->kind) {
    case T_INT8: return OP_SEXT8;
    case T_INT16: return OP_SEXT16;
    case T_INT32: return OP_SEXT32;
    case T_UINT8: return OP_ZEXT8;
    case T_UINT16: return OP_ZEXT16;
    case T_UINT32: return OP_ZEXT32;
    case T_FLOAT32: return OP_ROUND_F32;
    default: return -1;
    }
}

void cg_normalise(cg_fn *f, type *t, int r)
{
    int op = cg_norm_op(t);
    if (op >= 0)
        cg_op(f, op, r, r, 0);
}

static bool cg_is_signed(type *t)
{
    type_kind k = type_under(t)->kind;
    return k >= T_INT && k <= T_INT64;
}

/* ---- constants ---- */

static void cg_load_int(cg_fn *f, int64_t v, int dst)
{
    if (v >= INT32_MIN && v <= INT32_MAX)
        cg_opx(f, OP_LOADI, dst, (int32_t)v);
    else
        cg_opx(f, OP_LOADK, dst, cg_const_int(f, v));
}

static void cg_load_float(cg_fn *f, double d, int dst)
{
    if (d == floor(d) && fabs(d) < 1e9 && !(d == 0 && signbit(d))) {
        cg_opx(f, OP_LOADF, dst, (int32_t)d);
        return;
    }
    slot s;
    s.f = d;
    cg_opx(f, OP_LOADK, dst, cg_const(f, s, SK_SCALAR));
}

void cg_load_const(cg_fn *f, type *t, const_value *cv, int dst)
{
    type *u = type_under(type_is_untyped(t) ? type_default(t) : t);
    if (u->kind == T_INTERFACE) {
        /* a constant converted to an interface: box its default type */
        type *ct = cv->kind == CV_BOOL     ? ty_bool
                   : cv->kind == CV_INT    ? ty_int
                   : cv->kind == CV_FLOAT  ? ty_float64
                                           : ty_string;
        int m = cg_mark(f);
        int r = cg_alloc_type(f, ct);
        cg_load_const(f, ct, cv, r);
        cg_convert(f, ct, t, r, dst);
        cg_release(f, m);
        return;
    }
    switch (cv->kind) {
    case CV_BOOL:
        cg_opx(f, OP_LOADI, dst, cv->b ? 1 : 0);
        return;
    case CV_STRING: {
        int k = cg_const_string(f, cv->s, cv->slen);
        cg_opx(f, OP_LOADK2, dst, k);
        return;
    }
    case CV_INT:
        if (u->kind == T_FLOAT32 || u->kind == T_FLOAT64) {
            double d = (double)cv->i;
            if (u->kind == T_FLOAT32)
                d = (float)d;
            cg_load_float(f, d, dst);
            return;
        }
        cg_load_int(f, (int64_t)(uint64_t)cv->i, dst);
        return;
    case CV_FLOAT:
        if (u->kind == T_FLOAT32 || u->kind == T_FLOAT64) {
            double d = (double)cv->f;
            if (u->kind == T_FLOAT32)
                d = (float)cv->f;
            if (d == 0)
                d = 0; /* constants have no negative zero */
            cg_load_float(f, d, dst);
            return;
        }
        cg_load_int(f, (int64_t)cv->f, dst);
        return;
    }
}

/* ---- conversions ---- */

static int cg_iface_conv(cg_fn *f, type *from, type *to, int src, int dst)
{
    bool to_empty = type_under(to)->nmethods == 0;
    if (from->kind == T_UNTYPED_NIL) {
        cg_op(f, OP_ZERO, dst, 2, 0);
        return dst;
    }
    if (type_is_interface(from)) {
        bool from_empty = type_under(from)->nmethods == 0;
        if (from_empty && to_empty)
            cg_move(f, dst, src, 2);
        else if (to_empty)
            cg_op(f, OP_IFACE_TO_EFACE, dst, src, 0);
        else if (from_empty)
            cg_op(f, OP_CONV_E2I, dst, src, cg_kconst_rtype(f, to));
        else if (type_identical(type_under(from), type_under(to)))
            cg_move(f, dst, src, 2);
        else
            cg_op(f, OP_CONV_I2I, dst, src, cg_kconst_rtype(f, to));
        return dst;
    }
    if (to_empty) {
        cg_op(f, OP_MAKE_EFACE, dst, src, cg_kconst_rtype(f, from));
    } else {
        const itab *tab = cg_itab(f->st, to, from);
        cg_op(f, OP_MAKE_IFACE, dst, src, cg_const_ptr(f, tab));
    }
    return dst;
}

static void cg_numeric_conv(cg_fn *f, type *from, type *to, int src,
                            int dst)
{
    type *fu = type_under(from), *tu = type_under(to);
    bool ff = type_is_float(fu), tf = type_is_float(tu);
    if (ff && tf) {
        if (tu->kind == T_FLOAT32 && fu->kind != T_FLOAT32)
            cg_op(f, OP_ROUND_F32, dst, src, 0);
        else
            cg_move(f, dst, src, 1);
        return;
    }
    if (!ff && tf) {
        cg_op(f, type_is_unsigned(fu) ? OP_U64_TO_F64 : OP_I64_TO_F64, dst,
              src, 0);
        if (tu->kind == T_FLOAT32)
            cg_op(f, OP_ROUND_F32, dst, dst, 0);
        return;
    }
    if (ff && !tf) {
        bool big_unsigned = tu->kind == T_UINT || tu->kind == T_UINT64 ||
                            tu->kind == T_UINTPTR;
        cg_op(f, big_unsigned ? OP_F64_TO_U64 : OP_F64_TO_I64, dst, src, 0);
        cg_normalise(f, tu, dst);
        return;
    }
    /* integer -> integer */
    int op = cg_norm_op(tu);
    if (op >= 0 && type_natural_size(tu) <= type_natural_size(fu))
        cg_op(f, op, dst, src, 0);
    else if (op >= 0 && cg_is_signed(fu) != cg_is_signed(tu))
        cg_op(f, op, dst, src, 0);
    else
        cg_move(f, dst, src, 1);
}

static void cg_string_conv(cg_fn *f, type *from, type *to, int src,
                           int dst)
{
    type *fu = type_under(from), *tu = type_under(to);
    if (tu->kind == T_STRING) {
        if (fu->kind == T_STRING)
            cg_move(f, dst, src, 2);
        else if (type_is_integer(fu))
            cg_op(f, OP_STR_FROM_RUNE, dst, src, 0);
        else if (fu->kind == T_SLICE &&
                 type_under(fu->elem)->kind == T_INT32)
            cg_op(f, OP_STR_FROM_RUNES, dst, src, 0);
        else
            cg_op(f, OP_STR_FROM_BYTES, dst, src, 0);
        return;
    }
    /* string -> []byte / []rune */
    if (type_under(tu->elem)->kind == T_INT32)
        cg_op(f, OP_RUNES_FROM_STR, dst, src, 0);
    else
        cg_op(f, OP_BYTES_FROM_STR, dst, src, 0);
}

void cg_convert(cg_fn *f, type *from, type *to, int src, int dst)
{
    type *fu = type_under(from), *tu = type_under(to);
    if (type_is_interface(to)) {
        cg_iface_conv(f, from, to, src, dst);
        return;
    }
    if (from->kind == T_UNTYPED_NIL) {
        cg_zero(f, to, dst);
        return;
    }
    if (tu->kind == T_STRING && fu->kind != T_STRING) {
        cg_string_conv(f, from, to, src, dst);
        return;
    }
    if (fu->kind == T_STRING && tu->kind == T_SLICE) {
        cg_string_conv(f, from, to, src, dst);
        return;
    }
    if (type_is_numeric(fu) && type_is_numeric(tu)) {
        cg_numeric_conv(f, from, to, src, dst);
        return;
    }
    if (fu->kind == T_SLICE && (tu->kind == T_POINTER || tu->kind == T_ARRAY)) {
        /* Go 1.17 / 1.20: slice to array pointer / array */
        type *arr = tu->kind == T_POINTER ? type_under(tu->elem) : tu;
        if (tu->kind == T_POINTER) {
            cg_op(f, OP_SLICE_TO_ARRPTR, dst, src, (int)arr->len);
            return;
        }
        int m = cg_mark(f);
        int p = cg_alloc_ptr(f);
        cg_op(f, OP_SLICE_TO_ARRPTR, p, src, (int)arr->len);
        if (arr->len > 0)
            cg_mem_load(f, to, dst, p, 0);
        cg_release(f, m);
        return;
    }
    cg_move(f, dst, src, type_nslots(to));
}

/* ---- identifiers ---- */

static int cg_ident(cg_fn *f, ast_node *e, int dst)
{
    symbol *s = e->sym;
    if (!s) {
        cg_error(f->st, e->pos, "codegen: unresolved name %s", e->name);
        return cg_dst(f, CG_T(e->type), dst);
    }
    switch (s->kind) {
    case SYM_VAR: {
        cg_lval lv = cg_lvalue(f, e);
        return cg_load_lval(f, &lv, dst);
    }
    case SYM_FUNC: {
        dst = cg_dst(f, CG_T(e->type), dst);
        golem_closure *cl =
            cg_static_closure(f->st, cg_func_proto(f->st, s));
        cg_opx(f, OP_LOADK, dst, cg_const_ptr(f, cl));
        return dst;
    }
    case SYM_NIL:
        dst = cg_dst(f, CG_T(e->type), dst);
        cg_zero(f, CG_T(e->type), dst);
        return dst;
    default:
        cg_error(f->st, e->pos, "codegen: unexpected name %s", e->name);
        return cg_dst(f, CG_T(e->type), dst);
    }
}

static int cg_selector(cg_fn *f, ast_node *e, int dst)
{
    ck_info *in = e->info;
    if (!in) {
        cg_error(f->st, e->pos, "codegen: selector without info");
        return cg_dst(f, CG_T(e->type), dst);
    }
    switch (in->sel) {
    case SEL_QUALIFIED:
        if (e->sym && e->sym->kind == SYM_FUNC) {
            dst = cg_dst(f, CG_T(e->type), dst);
            golem_closure *cl =
                cg_static_closure(f->st, cg_func_proto(f->st, e->sym));
            cg_opx(f, OP_LOADK, dst, cg_const_ptr(f, cl));
            return dst;
        }
        /* a package variable */
        /* fallthrough */
    case SEL_FIELD: {
        cg_lval lv = cg_lvalue(f, e);
        return cg_load_lval(f, &lv, dst);
    }
    case SEL_METHODVAL:
    case SEL_IFACEMETHOD:
    case SEL_METHODEXPR:
    case SEL_METHOD:
        return cg_method_value(f, e, dst);
    default:
        cg_error(f->st, e->pos, "codegen: unsupported selector");
        return cg_dst(f, CG_T(e->type), dst);
    }
}

/* ---- operators ---- */

static int cg_arith_op(int bop, type *t, bool *ok)
{
    bool fl = type_is_float(t), un = type_is_unsigned(t);
    *ok = true;
    switch (bop) {
    case CG_ADD: return fl ? OP_ADD_F64 : OP_ADD_I64;
    case CG_SUB: return fl ? OP_SUB_F64 : OP_SUB_I64;
    case CG_MUL: return fl ? OP_MUL_F64 : OP_MUL_I64;
    case CG_QUO: return fl ? OP_DIV_F64 : un ? OP_DIV_U64 : OP_DIV_I64;
    case CG_REM: return un ? OP_REM_U64 : OP_REM_I64;
    case CG_AND: return OP_AND;
    case CG_OR: return OP_OR;
    case CG_XOR: return OP_XOR;
    case CG_ANDNOT: return OP_ANDNOT;
    case CG_SHL: return OP_SHL;
    case CG_SHR: return un ? OP_SHR_U64 : OP_SHR_I64;
    default: *ok = false; return OP_NOP;
    }
}

/* The immediate form of an integer op with a small constant right
   operand, or -1. */
int cg_arith_imm(int bop, type *t, ast_node *y, int64_t *imm)
{
    if (!y->cval || y->cval->kind != CV_INT || type_is_float(t))
        return -1;
    __int128 v = y->cval->i;
    bool un = type_is_unsigned(t);
    if (bop == CG_SHL || bop == CG_SHR) {
        if (v < 0 || v >= 64)
            return -1;
        *imm = (int64_t)v;
        return bop == CG_SHL ? OP_SHLI : un ? OP_SHRI_U64 : OP_SHRI_I64;
    }
    if (bop == CG_AND || bop == CG_OR || bop == CG_XOR) {
        if (v < 0 || v > INS_U16_MAX)
            return -1;
        *imm = (int64_t)v;
        return bop == CG_AND ? OP_ANDI : bop == CG_OR ? OP_ORI : OP_XORI;
    }
    if (v < INS_IMM16_MIN || v > INS_IMM16_MAX)
        return -1;
    *imm = (int64_t)v;
    switch (bop) {
    case CG_ADD: return OP_ADDI_I64;
    case CG_SUB: return OP_SUBI_I64;
    case CG_MUL: return OP_MULI_I64;
    case CG_QUO: return (un || v == 0) ? -1 : OP_DIVI_I64;
    case CG_REM: return (un || v == 0) ? -1 : OP_REMI_I64;
    default: return -1;
    }
}

/* dst = a op b for numeric/string operands already in registers. */
void cg_arith(cg_fn *f, int bop, type *t, int dst, int a, int b,
              type *ytype)
{
    if (type_is_string(t)) {
        cg_op(f, OP_CONCAT, dst, a, b);
        return;
    }
    if ((bop == CG_SHL || bop == CG_SHR) && ytype && cg_is_signed(ytype))
        cg_op(f, OP_CHKSHIFT, b, 0, 0);
    bool ok;
    int op = cg_arith_op(bop, t, &ok);
    cg_op(f, op, dst, a, b);
    cg_normalise(f, t, dst);
}

static int cg_binary_arith(cg_fn *f, ast_node *e, int bop, int dst)
{
    type *t = CG_T(e->type);
    dst = cg_dst(f, t, dst);
    int m = cg_mark(f);
    int a = cg_expr(f, e->a, -1);
    int64_t imm;
    int iop = type_is_string(t) ? -1 : cg_arith_imm(bop, t, e->b, &imm);
    if (iop >= 0) {
        cg_op(f, iop, dst, a, (int)imm);
        cg_normalise(f, t, dst);
    } else {
        int b = cg_expr(f, e->b, -1);
        cg_arith(f, bop, t, dst, a, b, cg_value_type(f, e->b));
    }
    cg_release(f, m);
    return dst;
}

/* The comparison op for == != < <= on type t (GT/GE are swapped by the
   caller), or -1 for composite equality. */
static int cg_cmp_op(int bop, type *t)
{
    type *u = type_under(t);
    if (type_is_string(u))
        return bop == CG_EQL   ? OP_EQ_STR
               : bop == CG_NEQ ? OP_NE_STR
               : bop == CG_LSS ? OP_LT_STR
                               : OP_LE_STR;
    if (type_is_float(u))
        return bop == CG_EQL   ? OP_EQ_F64
               : bop == CG_NEQ ? OP_NE_F64
               : bop == CG_LSS ? OP_LT_F64
                               : OP_LE_F64;
    if (u->kind == T_INTERFACE) {
        bool empty = u->nmethods == 0;
        if (bop == CG_EQL)
            return empty ? OP_EQ_EFACE : OP_EQ_IFACE;
        return empty ? OP_NE_EFACE : OP_NE_IFACE;
    }
    if (u->kind == T_STRUCT || u->kind == T_ARRAY)
        return -1;
    bool un = type_is_unsigned(u);
    switch (bop) {
    case CG_EQL: return OP_EQ;
    case CG_NEQ: return OP_NE;
    case CG_LSS: return un ? OP_LT_U64 : OP_LT_I64;
    default: return un ? OP_LE_U64 : OP_LE_I64;
    }
}

/* Evaluates operand x of a comparison converted to the comparison type. */
static int cg_cmp_operand(cg_fn *f, ast_node *x, type *ct)
{
    int r = cg_expr(f, x, -1);
    type *vt = cg_value_type(f, x);
    if (ct && type_is_interface(ct) && !type_is_interface(vt)) {
        int d = cg_alloc_type(f, ct);
        cg_convert(f, vt, ct, r, d);
        return d;
    }
    return r;
}

static type *cg_cmp_type(cg_fn *f, ast_node *e)
{
    if (e->info && e->info->cmp_type)
        return CG_T(e->info->cmp_type);
    if (!cg_is_nil(e->a))
        return cg_value_type(f, e->a);
    return cg_value_type(f, e->b);
}

/* dst = (x == nil) or (x != nil) */
static void cg_nil_compare(cg_fn *f, int bop, ast_node *x, int dst)
{
    int m = cg_mark(f);
    int r = cg_expr(f, x, -1);
    type *u = type_under(cg_value_type(f, x));
    (void)u;
    /* slices: the data pointer; interfaces: the tab word; others: the
       word itself. All are the first slot. */
    cg_op(f, bop == CG_EQL ? OP_EQI : OP_NEI, dst, r, 0);
    cg_release(f, m);
}

static int cg_comparison(cg_fn *f, ast_node *e, int bop, int dst)
{
    dst = cg_dst(f, ty_bool, dst);
    if (cg_is_nil(e->b) || cg_is_nil(e->a)) {
        cg_nil_compare(f, bop, cg_is_nil(e->b) ? e->a : e->b, dst);
        return dst;
    }
    type *ct = cg_cmp_type(f, e);
    int m = cg_mark(f);
    int a = cg_cmp_operand(f, e->a, ct);
    int b = cg_cmp_operand(f, e->b, ct);
    bool swap = bop == CG_GTR || bop == CG_GEQ;
    int base = bop == CG_GTR ? CG_LSS : bop == CG_GEQ ? CG_LEQ : bop;
    int op = cg_cmp_op(base, ct);
    if (op < 0) {
        cg_op(f, OP_EQ_MEM, dst, a, b);
        cg_extra(f, 0, cg_kconst_rtype(f, ct));
        if (bop == CG_NEQ)
            cg_op(f, OP_NOT, dst, dst, 0);
    } else if (swap) {
        cg_op(f, op, dst, b, a);
    } else {
        cg_op(f, op, dst, a, b);
    }
    cg_release(f, m);
    return dst;
}

static int cg_logical(cg_fn *f, ast_node *e, int dst)
{
    dst = cg_dst(f, ty_bool, dst);
    cg_jumps jf = {0};
    cg_cond(f, e, false, &jf);
    cg_opx(f, OP_LOADI, dst, 1);
    int j = cg_jump(f, OP_JMP, 0, 0);
    cg_jumps_patch(f, &jf, cg_pc(f));
    cg_opx(f, OP_LOADI, dst, 0);
    cg_patch_jump(f, j, cg_pc(f));
    cg_jumps_free(&jf);
    return dst;
}

static int cg_binary(cg_fn *f, ast_node *e, int dst)
{
    int bop = cg_binop(e->op, NULL);
    switch (bop) {
    case CG_LAND:
    case CG_LOR:
        return cg_logical(f, e, dst);
    case CG_EQL:
    case CG_NEQ:
    case CG_LSS:
    case CG_LEQ:
    case CG_GTR:
    case CG_GEQ:
        return cg_comparison(f, e, bop, dst);
    default:
        return cg_binary_arith(f, e, bop, dst);
    }
}

static int cg_unary(cg_fn *f, ast_node *e, int dst)
{
    int bop = cg_binop(e->op, NULL);
    type *t = CG_T(e->type);
    if (bop == CG_AMP || bop == CG_AND) /* unary & shares the token */
        return cg_address_of(f, e->a, dst);
    if (bop == CG_ARROW)
        return cg_recv(f, e, dst, -1);
    dst = cg_dst(f, t, dst);
    int m = cg_mark(f);
    int a = cg_expr(f, e->a, -1);
    switch (bop) {
    case CG_SUB:
        cg_op(f, type_is_float(t) ? OP_NEG_F64 : OP_NEG_I64, dst, a, 0);
        cg_normalise(f, t, dst);
        break;
    case CG_XOR:
        cg_op(f, OP_COM, dst, a, 0);
        cg_normalise(f, t, dst);
        break;
    case CG_NOT:
        cg_op(f, OP_NOT, dst, a, 0);
        break;
    default: /* unary + */
        cg_move(f, dst, a, type_nslots(t));
        break;
    }
    cg_release(f, m);
    return dst;
}

int cg_address_of(cg_fn *f, ast_node *x, int dst)
{
    while (x->kind == N_PAREN)
        x = x->a;
    if (x->kind == N_COMPOSITE)
        return cg_composite_ptr(f, x, dst);
    cg_lval lv = cg_lvalue(f, x);
    return cg_addr(f, &lv, dst);
}

/* ---- conditions ---- */

/* Compare-and-jump for an integer comparison; returns false when the
   operands are not one-word integers. */
static bool cg_cond_compare(cg_fn *f, ast_node *e, int bop, bool when,
                            cg_jumps *j)
{
    if (cg_is_nil(e->a) || cg_is_nil(e->b))
        return false;
    type *ct = cg_cmp_type(f, e);
    type *u = type_under(ct);
    bool isint = type_is_integer(u) || u->kind == T_BOOL ||
                 u->kind == T_POINTER;
    bool isfl = type_is_float(u);
    if (!isint && !isfl)
        return false;
    bool un = type_is_unsigned(u);
    /* the relation to jump on: want = when ? bop : !bop */
    int rel = bop;
    if (!when) {
        switch (bop) {
        case CG_EQL: rel = CG_NEQ; break;
        case CG_NEQ: rel = CG_EQL; break;
        case CG_LSS: rel = CG_GEQ; break;
        case CG_LEQ: rel = CG_GTR; break;
        case CG_GTR: rel = CG_LEQ; break;
        case CG_GEQ: rel = CG_LSS; break;
        }
    }
    int m = cg_mark(f);
    int a = cg_expr(f, e->a, -1);
    if (isint && !un && e->b->cval && e->b->cval->kind != CV_FLOAT) {
        __int128 v = e->b->cval->kind == CV_BOOL ? e->b->cval->b
                                                 : e->b->cval->i;
        if (v >= INS_IMM16_MIN && v <= INS_IMM16_MAX) {
            int op = rel == CG_EQL   ? OP_JEQI
                     : rel == CG_NEQ ? OP_JNEI
                     : rel == CG_LSS ? OP_JLTI_I64
                     : rel == CG_LEQ ? OP_JLEI_I64
                     : rel == CG_GTR ? OP_JGTI_I64
                                     : OP_JGEI_I64;
            int at = cg_op(f, op, a, (int)v, 0);
            cg_jumps_add(j, at);
            cg_release(f, m);
            return true;
        }
    }
    if (isint && !un && e->b->cval && e->b->cval->kind == CV_INT) {
        int op = rel == CG_EQL   ? OP_JEQK
                 : rel == CG_NEQ ? OP_JNEK
                 : rel == CG_LSS ? OP_JLTK_I64
                 : rel == CG_LEQ ? OP_JLEK_I64
                 : rel == CG_GTR ? OP_JGTK_I64
                                 : OP_JGEK_I64;
        int k = cg_const_int(f, (int64_t)e->b->cval->i);
        if (k <= INS_U16_MAX) {
            cg_jumps_add(j, cg_op(f, op, a, k, 0));
            cg_release(f, m);
            return true;
        }
    }
    int b = cg_expr(f, e->b, -1);
    int at;
    if (isfl) {
        if (bop == CG_EQL || bop == CG_NEQ) {
            int r = cg_alloc_scalar(f);
            cg_op(f, bop == CG_EQL ? OP_EQ_F64 : OP_NE_F64, r, a, b);
            at = cg_jump(f, when ? OP_JMPT : OP_JMPF, r, 0);
        } else {
            /* NaN makes every ordered comparison false */
            bool lt = bop == CG_LSS || bop == CG_GTR;
            bool sw = bop == CG_GTR || bop == CG_GEQ;
            int x = sw ? b : a, y = sw ? a : b;
            int op = when ? (lt ? OP_JLT_F64 : OP_JLE_F64)
                          : (lt ? OP_JNLT_F64 : OP_JNLE_F64);
            at = cg_jump(f, op, x, y);
        }
    } else {
        switch (rel) {
        case CG_EQL: at = cg_jump(f, OP_JEQ, a, b); break;
        case CG_NEQ: at = cg_jump(f, OP_JNE, a, b); break;
        case CG_LSS:
            at = cg_jump(f, un ? OP_JLT_U64 : OP_JLT_I64, a, b);
            break;
        case CG_LEQ:
            at = cg_jump(f, un ? OP_JLE_U64 : OP_JLE_I64, a, b);
            break;
        case CG_GTR:
            at = cg_jump(f, un ? OP_JLT_U64 : OP_JLT_I64, b, a);
            break;
        default:
            at = cg_jump(f, un ? OP_JLE_U64 : OP_JLE_I64, b, a);
            break;
        }
    }
    cg_jumps_add(j, at);
    cg_release(f, m);
    return true;
}

/* Emits jumps to j taken when e evaluates to `when`; falls through
   otherwise. */
void cg_cond(cg_fn *f, ast_node *e, bool when, cg_jumps *j)
{
    while (e->kind == N_PAREN)
        e = e->a;
    if (e->cval && e->cval->kind == CV_BOOL) {
        if (e->cval->b == when)
            cg_jumps_add(j, cg_jump(f, OP_JMP, 0, 0));
        return;
    }
    if (e->kind == N_UNARY && cg_binop(e->op, NULL) == CG_NOT) {
        cg_cond(f, e->a, !when, j);
        return;
    }
    if (e->kind == N_BINARY) {
        int bop = cg_binop(e->op, NULL);
        if (bop == CG_LAND || bop == CG_LOR) {
            bool shortc = (bop == CG_LAND) ? false : true;
            if (when == shortc) {
                cg_cond(f, e->a, when, j);
                cg_cond(f, e->b, when, j);
            } else {
                cg_jumps skip = {0};
                cg_cond(f, e->a, !when, &skip);
                cg_cond(f, e->b, when, j);
                cg_jumps_patch(f, &skip, cg_pc(f));
                cg_jumps_free(&skip);
            }
            return;
        }
        if ((bop == CG_EQL || bop == CG_NEQ) &&
            (cg_is_nil(e->a) || cg_is_nil(e->b))) {
            /* x == nil: the first word of pointers, slices, maps, chans,
               funcs and interfaces */
            int m = cg_mark(f);
            int r = cg_expr(f, cg_is_nil(e->b) ? e->a : e->b, -1);
            bool eq = (bop == CG_EQL) == when;
            cg_jumps_add(j, cg_op(f, eq ? OP_JEQI : OP_JNEI, r, 0, 0));
            cg_release(f, m);
            return;
        }
        if (bop >= CG_EQL && bop <= CG_GEQ &&
            cg_cond_compare(f, e, bop, when, j))
            return;
    }
    int m = cg_mark(f);
    int r = cg_expr(f, e, -1);
    cg_jumps_add(j, cg_jump(f, when ? OP_JMPT : OP_JMPF, r, 0));
    cg_release(f, m);
}

void cg_cond_false(cg_fn *f, ast_node *e, cg_jumps *jf)
{
    cg_cond(f, e, false, jf);
}

void cg_cond_true(cg_fn *f, ast_node *e, cg_jumps *jt)
{
    cg_cond(f, e, true, jt);
}

/* ---- index, slice, assertion ---- */

static int cg_index(cg_fn *f, ast_node *e, int dst)
{
    type *xt = cg_value_type(f, e->a);
    if (type_is_string(xt)) {
        dst = cg_dst(f, CG_T(e->type), dst);
        int m = cg_mark(f);
        int s = cg_expr(f, e->a, -1);
        int i = cg_expr(f, e->list.items[0], -1);
        cg_op(f, OP_STR_INDEX, dst, s, i);
        cg_release(f, m);
        return dst;
    }
    if (e->info && e->info->ntargs)
        return cg_generic_value(f, e, dst);
    if (dst < 0) {
        cg_lval lv = cg_lvalue(f, e);
        return cg_load_lval(f, &lv, dst);
    }
    int m = cg_mark(f);
    cg_lval lv = cg_lvalue(f, e);
    cg_load_lval(f, &lv, dst);
    cg_release(f, m);
    return dst;
}

static int cg_slice_expr(cg_fn *f, ast_node *e, int dst)
{
    type *xt = cg_value_type(f, e->a);
    type *xu = type_under(xt);
    dst = cg_dst(f, CG_T(e->type), dst);
    int m = cg_mark(f);
    int hdr;
    bool three = (e->flags & AF_SLICE3) != 0;
    int is_array = 0;
    if (xu->kind == T_STRING) {
        hdr = cg_expr(f, e->a, -1);
    } else if (xu->kind == T_SLICE) {
        hdr = cg_expr(f, e->a, -1);
    } else {
        /* array (addressable) or pointer to array */
        int p;
        type *arr;
        if (xu->kind == T_POINTER) {
            p = cg_expr(f, e->a, -1);
            arr = type_under(xu->elem);
        } else {
            cg_lval lv = cg_lvalue(f, e->a);
            p = cg_addr(f, &lv, -1);
            arr = xu;
        }
        static const uint8_t slk[3] = {SK_PTR, SK_SCALAR, SK_SCALAR};
        hdr = cg_alloc_slots(f, slk, 3);
        cg_op(f, OP_SLICE_ARR, hdr, p, (int)arr->len);
        xu = type_slice(f->st->u, arr->elem);
        is_array = 1;
    }
    int nb = three ? 3 : 2;
    uint8_t sk[3] = {0, 0, 0};
    int b = cg_alloc_slots(f, sk, nb);
    if (e->b)
        cg_expr(f, e->b, b);
    else
        cg_opx(f, OP_LOADI, b, 0);
    if (e->c)
        cg_expr(f, e->c, b + 1);
    else
        cg_move(f, b + 1, hdr + 1, 1);
    if (three)
        cg_expr(f, e->d, b + 2);
    if (xu->kind == T_STRING) {
        cg_op(f, OP_STR_SLICE, dst, hdr, b);
    } else {
        cg_op(f, three ? OP_SLICE3 : OP_SLICE, dst, hdr, b);
        cg_extra(f, is_array, type_stride(xu->elem));
    }
    cg_release(f, m);
    return dst;
}

/* x.(T) into dst; ok >= 0 receives the comma-ok flag. */
int cg_type_assert(cg_fn *f, ast_node *e, int dst, int ok)
{
    type *T = CG_T(e->type);
    type *xt = cg_value_type(f, e->a);
    bool empty = type_under(xt)->nmethods == 0;
    dst = cg_dst(f, T, dst);
    int m = cg_mark(f);
    int x = cg_expr(f, e->a, -1);
    int k = cg_kconst_rtype(f, T);
    if (type_is_interface(T)) {
        if (ok < 0) {
            cg_op(f, empty ? OP_ASSERT_E2I : OP_ASSERT_I2I, dst, x, k);
        } else {
            static const uint8_t ik[3] = {SK_SCALAR, SK_PTR, SK_SCALAR};
            int t3 = cg_alloc_slots(f, ik, 3);
            cg_op(f, empty ? OP_ASSERT_E2I_OK : OP_ASSERT_I2I_OK, t3, x, k);
            cg_move(f, dst, t3, 2);
            cg_move(f, ok, t3 + 2, 1);
        }
        cg_release(f, m);
        return dst;
    }
    bool direct = type_is_pointer_shaped(T);
    if (ok < 0) {
        int p = direct ? dst : cg_alloc_ptr(f);
        cg_op(f, empty ? OP_ASSERT_E : OP_ASSERT_I, p, x, k);
        if (!direct)
            cg_mem_load(f, T, dst, p, 0);
    } else {
        static const uint8_t pk[2] = {SK_PTR, SK_SCALAR};
        int p2 = cg_alloc_slots(f, pk, 2);
        cg_op(f, empty ? OP_ASSERT_E_OK : OP_ASSERT_I_OK, p2, x, k);
        if (direct)
            cg_move(f, dst, p2, 1);
        else
            cg_mem_load(f, T, dst, p2, 0);
        cg_move(f, ok, p2 + 1, 1);
    }
    cg_release(f, m);
    return dst;
}

/* ---- dispatch ---- */

int cg_expr_raw(cg_fn *f, ast_node *e, int dst)
{
    if (e->cval && CG_T(e->type) && CG_T(e->type)->kind != T_TUPLE) {
        dst = cg_dst(f, CG_T(e->type), dst);
        cg_load_const(f, CG_T(e->type), e->cval, dst);
        return dst;
    }
    int saved = f->line;
    if (e->pos.line)
        f->line = e->pos.line;
    int r;
    switch (e->kind) {
    case N_PAREN: r = cg_expr_raw(f, e->a, dst); break;
    case N_IDENT: r = cg_ident(f, e, dst); break;
    case N_SELECTOR: r = cg_selector(f, e, dst); break;
    case N_BINARY: r = cg_binary(f, e, dst); break;
    case N_UNARY: r = cg_unary(f, e, dst); break;
    case N_CALL: r = cg_call(f, e, dst); break;
    case N_INDEX: r = cg_index(f, e, dst); break;
    case N_SLICE: r = cg_slice_expr(f, e, dst); break;
    case N_STAR: {
        cg_lval lv = cg_lvalue(f, e);
        r = cg_load_lval(f, &lv, dst);
        break;
    }
    case N_TYPEASSERT: r = cg_type_assert(f, e, dst, -1); break;
    case N_COMPOSITE: r = cg_composite(f, e, dst); break;
    case N_FUNCLIT:
        dst = cg_dst(f, CG_T(e->type), dst);
        cg_funclit(f, e, dst);
        r = dst;
        break;
    default:
        cg_error(f->st, e->pos, "codegen: unsupported expression (%s)",
                 ast_kind_name(e->kind));
        r = cg_dst(f, CG_T(e->type) ? CG_T(e->type) : ty_int, dst);
        break;
    }
    f->line = saved;
    return r;
}

int cg_expr(cg_fn *f, ast_node *e, int dst)
{
    type *to = e->info ? e->info->implicit_to : NULL;
    if (!to || !CG_T(e->type) || type_identical(to, CG_T(e->type)) ||
        CG_T(e->type)->kind == T_TUPLE)
        return cg_expr_raw(f, e, dst);
    if (cg_is_nil(e)) {
        dst = cg_dst(f, to, dst);
        cg_zero(f, to, dst);
        return dst;
    }
    if (e->cval && !type_is_interface(to)) {
        dst = cg_dst(f, to, dst);
        cg_load_const(f, to, e->cval, dst);
        return dst;
    }
    dst = cg_dst(f, to, dst);
    int m = cg_mark(f);
    int r = cg_expr_raw(f, e, -1);
    cg_convert(f, CG_T(e->type), to, r, dst);
    cg_release(f, m);
    return dst;
}

bool cg_expr_direct_ok(ast_node *e)
{
    while (e->kind == N_PAREN)
        e = e->a;
    if (e->kind == N_COMPOSITE)
        return false;
    if (e->kind == N_BINARY) {
        int bop = cg_binop(e->op, NULL);
        if (bop == CG_LAND || bop == CG_LOR)
            return false;
    }
    return true;
}
