/*
 * codegen_lval.c - locations: where a value lives, and moving values
 * between registers, frame composites, memory, globals, slices and maps.
 *
 * cg_lvalue() turns an expression into a cg_lval without loading it: a
 * variable's registers, a field inside a register composite (byte offset),
 * memory at a pointer plus a byte offset (cells, *p, p.f, fields of
 * globals), a slice element, an element of a frame array with a dynamic
 * index, a map entry, or a global. Selector paths and constant indices fold
 * into offsets, so x.a.b[2].c is one load. A non-addressable operand (a
 * call result, a conversion) is evaluated into temporaries and located
 * there, so the same code reads fields of any struct value.
 *
 * Loads produce register form (a lone narrow scalar normalised), stores
 * take register form; the width-typed instructions convert. Composite
 * values are raw slot copies (their register and memory images agree).
 * Every location's operand registers are evaluated once, left to right,
 * when the location is made: a compound assignment reuses them.
 *
 * Stores of values whose type has pointers into memory, slice elements
 * (map entries are memory) or globals use the write-barrier instructions
 * (ST_P, ST_NP, SST_P, SST_NP, GST_P, GST_NP; vm/mgc.h): one-slot pointer
 * words take the _P forms, multi-slot values the _NP forms with the
 * value's rtype in the EXTRA word (its ptrmask says which slots the
 * barrier shades). Frame stores (registers, FST*, FSTX*) never need them.
 */
#include "codegen.h"
#include <string.h>

/* Index of the width class: I8 U8 I16 U16 I32 U32 F32 64. */
static int cg_wclass(type *t)
{
    switch (type_under(t)->kind) {
    case T_INT8: return 0;
    case T_BOOL: case T_UINT8: return 1;
    case T_INT16: return 2;
    case T_UINT16: return 3;
    case T_INT32: return 4;
    case T_UINT32: return 5;
    case T_FLOAT32: return 6;
    default: return 7;
    }
}

/* Store class: 8 16 32 F32 64. */
static int cg_sclass(type *t)
{
    static const int map[8] = {0, 0, 1, 1, 2, 2, 3, 4};
    return map[cg_wclass(t)];
}

static bool cg_scalar1(type *t)
{
    return type_nslots(t) == 1 && type_under(t)->kind != T_ARRAY &&
           type_under(t)->kind != T_STRUCT;
}

/* Whether values of t hold heap pointers: stores of them into memory or
   globals use the write-barrier forms (ST_P, ST_NP, SST_P, SST_NP, GST_P,
   GST_NP; vm/mgc.h). Frame stores never need them. */
static bool cg_has_ptrs(type *t)
{
    type_layout(t);
    return t->has_pointers;
}

/* Slot i of a value of t holds a heap pointer. */
static bool cg_ptr_slot(type *t, int i)
{
    type_layout(t);
    return t->ptrmask != NULL && t->ptrmask[i];
}

/* ST_N, or ST_NP with its EXTRA word naming t's rtype when t has
   pointers. */
static void cg_store_n(cg_fn *f, type *t, int base, int src, int n)
{
    if (!cg_has_ptrs(t)) {
        cg_op(f, OP_ST_N, base, src, n);
        return;
    }
    int k = cg_kconst_rtype(f, t);
    cg_op(f, OP_ST_NP, base, src, n);
    cg_extra(f, 0, k);
}

/* A packed scalar element (memory width < 8 or a 1-slot scalar). */
static bool cg_elem_scalar(type *t)
{
    return cg_scalar1(t);
}

void cg_move(cg_fn *f, int dst, int src, int n)
{
    if (dst == src || n <= 0)
        return;
    if (n > 1 && dst > src && dst < src + n)
        cg_op(f, OP_MOVEN, dst, src, n); /* overlapping: memmove */
    else if (n == 1)
        cg_op(f, OP_MOVE, dst, src, 0);
    else if (n == 2)
        cg_op(f, OP_MOVE2, dst, src, 0);
    else if (n == 3)
        cg_op(f, OP_MOVE3, dst, src, 0);
    else
        cg_op(f, OP_MOVEN, dst, src, n);
}

void cg_zero(cg_fn *f, type *t, int dst)
{
    int n = type_nslots(t);
    if (n > 0)
        cg_op(f, OP_ZERO, dst, n, 0);
}

/* ---- memory ---- */

/* Offsets are 16-bit: a far one moves the base pointer first (into a
   temporary the caller's statement releases). */
static int cg_near_base(cg_fn *f, int base, int32_t *off, int n)
{
    if (*off + n * 8 <= INS_U16_MAX)
        return base;
    int p = cg_alloc_ptr(f);
    int src = base;
    while (*off + n * 8 > INS_U16_MAX) {
        int step = *off > 32768 ? 32768 : *off;
        cg_op(f, OP_ADDP, p, src, step);
        src = p;
        *off -= step;
    }
    return p;
}

void cg_mem_load(cg_fn *f, type *t, int dst, int base, int32_t off)
{
    int n = type_nslots(t);
    base = cg_near_base(f, base, &off, n);
    if (cg_scalar1(t)) {
        cg_op(f, OP_LD_I8 + cg_wclass(t), dst, base, off);
        return;
    }
    if (n == 0)
        return;
    if (off == 0 && n > 1) {
        cg_op(f, OP_LD_N, dst, base, n);
        return;
    }
    if (n <= 3) {
        for (int i = 0; i < n; i++)
            cg_op(f, OP_LD_64, dst + i, base, off + 8 * i);
        return;
    }
    int m = cg_mark(f);
    int p = cg_alloc_ptr(f);
    cg_op(f, OP_ADDP, p, base, off);
    cg_op(f, OP_LD_N, dst, p, n);
    cg_release(f, m);
}

void cg_mem_store(cg_fn *f, type *t, int src, int base, int32_t off)
{
    int n = type_nslots(t);
    base = cg_near_base(f, base, &off, n);
    if (cg_scalar1(t)) {
        int op = cg_ptr_slot(t, 0) ? OP_ST_P : OP_ST_8 + cg_sclass(t);
        cg_op(f, op, base, src, off);
        return;
    }
    if (n == 0)
        return;
    if (off == 0 && n > 1) {
        cg_store_n(f, t, base, src, n);
        return;
    }
    if (n <= 3) {
        for (int i = 0; i < n; i++)
            cg_op(f, cg_ptr_slot(t, i) ? OP_ST_P : OP_ST_64, base, src + i,
                  off + 8 * i);
        return;
    }
    int m = cg_mark(f);
    int p = cg_alloc_ptr(f);
    cg_op(f, OP_ADDP, p, base, off);
    cg_store_n(f, t, p, src, n);
    cg_release(f, m);
}

/* ---- variables ---- */

bool cg_var_in_cell(symbol *s)
{
    if (s->escapes)
        return true;
    /* arrays of composite elements and structs holding arrays are indexed
       through memory */
    type *u = type_under(s->type);
    if (u->kind == T_ARRAY && !cg_elem_scalar(u->elem))
        return true;
    /* big values stay out of the frame (operands are 16-bit) */
    if ((u->kind == T_ARRAY || u->kind == T_STRUCT) &&
        type_nslots(s->type) > CG_BIG_VALUE)
        return true;
    if (u->kind == T_STRUCT)
        for (int i = 0; i < u->nfields; i++)
            if (type_under(u->fields[i].type)->kind == T_ARRAY)
                return true;
    return false;
}

int cg_var_slot(cg_fn *f, symbol *s)
{
    if (f->ck && s->owner && s->owner != f->ck) {
        for (int i = 0; i < f->ck->ncaptures; i++)
            if (f->ck->captures[i] == s)
                return f->capslot[i];
        cg_error(f->st, s->pos, "codegen: variable %s not captured",
                 s->name);
        return 0;
    }
    return s->cg_slot;
}

/* Allocates the variable's storage (its registers, or a slot for the
   pointer to a fresh heap cell). Does not initialise registers. */
void cg_declare_var(cg_fn *f, symbol *s)
{
    if (cg_var_in_cell(s)) {
        s->cg_slot = cg_alloc_ptr(f);
        cg_pin_var(f);
        cg_opx(f, OP_NEW, s->cg_slot, cg_kconst_rtype(f, CG_T(s->type)));
    } else {
        s->cg_slot = cg_alloc_type(f, CG_T(s->type));
        cg_pin_var(f);
    }
    s->cg_index = 0;
}

/* Declares s and initialises it from src (register form) or to zero. */
void cg_init_var(cg_fn *f, symbol *s, int src)
{
    cg_declare_var(f, s);
    if (cg_var_in_cell(s)) {
        if (src >= 0)
            cg_mem_store(f, CG_T(s->type), src, s->cg_slot, 0);
        return;
    }
    if (src >= 0)
        cg_move(f, s->cg_slot, src, type_nslots(CG_T(s->type)));
    else
        cg_zero(f, CG_T(s->type), s->cg_slot);
}

static cg_lval cg_lv_var(cg_fn *f, symbol *s, type *t)
{
    cg_lval lv = {0};
    lv.type = t;
    if (s->is_global) {
        lv.kind = LV_GLOBAL;
        lv.off = s->cg_index * 8;
        return lv;
    }
    lv.reg = cg_var_slot(f, s);
    if (cg_var_in_cell(s))
        lv.kind = LV_MEM;
    else
        lv.kind = LV_REG;
    return lv;
}

/* A location that holds a pointer -> the memory it points to. */
static cg_lval cg_lv_deref(cg_fn *f, cg_lval *ptr, type *elem)
{
    int p;
    if (ptr->kind == LV_REG && !ptr->inner)
        p = ptr->reg;
    else
        p = cg_load_lval(f, ptr, -1);
    cg_lval lv = {0};
    lv.kind = LV_MEM;
    lv.type = elem;
    lv.reg = p;
    return lv;
}

/* Moves a location that cannot take an offset (map entry, slice element,
   frame element, register element) to a memory or register form that
   can. */
static void cg_lv_offsettable(cg_fn *f, cg_lval *lv)
{
    switch (lv->kind) {
    case LV_MAP: {
        int p = cg_alloc_ptr(f);
        cg_op(f, OP_MAPACCESS, p, lv->reg, lv->key);
        lv->kind = LV_MEM;
        lv->reg = p;
        lv->off = 0;
        break;
    }
    case LV_SLICE: {
        int p = cg_alloc_ptr(f);
        cg_op(f, OP_SADDR, p, lv->reg, lv->key);
        cg_extra(f, 0, type_stride(lv->type));
        lv->kind = LV_MEM;
        lv->reg = p;
        lv->off = 0;
        break;
    }
    case LV_FRAMEX: {
        int t = cg_alloc_type(f, lv->type);
        cg_load_lval(f, lv, t);
        lv->kind = LV_REG;
        lv->reg = t;
        lv->off = 0;
        lv->inner = false;
        break;
    }
    default:
        break;
    }
}

static cg_lval cg_lv_field(cg_fn *f, cg_lval lv, type *st, int fi)
{
    type_layout(st);
    type *u = type_under(st);
    type_layout(u);
    field *fd = &u->fields[fi];
    cg_lv_offsettable(f, &lv);
    lv.type = fd->type;
    if (lv.kind == LV_REG) {
        lv.off += fd->slot * 8;
        lv.inner = true;
    } else {
        lv.off += fd->slot * 8;
    }
    return lv;
}

/* Walks a selector path from the operand's location. */
cg_lval cg_lv_walk(cg_fn *f, cg_lval lv, sel_step *path, int npath)
{
    for (int i = 0; i < npath; i++) {
        type *t = lv.type;
        if (path[i].deref || type_under(t)->kind == T_POINTER) {
            type *elem = type_under(t)->elem;
            lv = cg_lv_deref(f, &lv, elem);
            t = elem;
        }
        lv = cg_lv_field(f, lv, t, path[i].field);
    }
    return lv;
}

static cg_lval cg_lv_temp(cg_fn *f, ast_node *e)
{
    cg_lval lv = {0};
    lv.kind = LV_REG;
    lv.type = CG_T(e->type);
    lv.reg = cg_expr_raw(f, e, -1);
    return lv;
}

/* Element i (register) of an array at location lv. */
static cg_lval cg_lv_array_index(cg_fn *f, cg_lval lv, type *arr,
                                 ast_node *idx)
{
    type *u = type_under(arr);
    type *elem = u->elem;
    int stride = type_stride(elem);
    if (idx->cval) {
        int64_t i = (int64_t)idx->cval->i;
        cg_lv_offsettable(f, &lv);
        lv.type = elem;
        lv.off += (int32_t)(i * stride);
        if (lv.kind == LV_REG)
            lv.inner = true;
        return lv;
    }
    int ir = cg_expr(f, idx, -1);
    if (lv.kind == LV_REG && cg_elem_scalar(elem)) {
        cg_opx(f, OP_BOUNDSK, ir, (int32_t)u->len);
        cg_lval r = {0};
        r.kind = LV_FRAMEX;
        r.type = elem;
        r.reg = lv.reg + lv.off / 8;
        r.key = ir;
        return r;
    }
    if (lv.kind == LV_REG) {
        /* composite elements of a register array: spill to memory */
        int p = cg_alloc_ptr(f);
        cg_opx(f, OP_NEW, p, cg_kconst_rtype(f, arr));
        cg_mem_store(f, arr, lv.reg + lv.off / 8, p, 0);
        lv.kind = LV_MEM;
        lv.reg = p;
        lv.off = 0;
    }
    cg_lv_offsettable(f, &lv);
    int base;
    if (lv.kind == LV_GLOBAL) {
        base = cg_alloc_ptr(f);
        cg_opx(f, OP_GADDR, base, lv.off);
    } else if (lv.off != 0) {
        base = cg_alloc_ptr(f);
        cg_op(f, OP_ADDP, base, lv.reg, lv.off);
    } else {
        base = lv.reg;
    }
    static const uint8_t slk[3] = {SK_PTR, SK_SCALAR, SK_SCALAR};
    int hdr = cg_alloc_slots(f, slk, 3);
    cg_op(f, OP_SLICE_ARR, hdr, base, (int)u->len);
    cg_lval r = {0};
    r.kind = LV_SLICE;
    r.type = elem;
    r.reg = hdr;
    r.key = ir;
    return r;
}

static cg_lval cg_lv_index(cg_fn *f, ast_node *e)
{
    ast_node *x = e->a;
    ast_node *idx = e->list.items[0];
    type *xt = cg_value_type(f, x);
    type *u = type_under(xt);
    cg_lval r = {0};
    switch (u->kind) {
    case T_SLICE:
        r.kind = LV_SLICE;
        r.type = u->elem;
        r.reg = cg_expr(f, x, -1);
        r.key = cg_expr(f, idx, -1);
        return r;
    case T_MAP:
        r.kind = LV_MAP;
        r.type = u->elem;
        r.reg = cg_expr(f, x, -1);
        r.key = cg_expr(f, idx, -1);
        return r;
    case T_ARRAY:
        return cg_lv_array_index(f, cg_lvalue(f, x), xt, idx);
    case T_POINTER: {
        int p = cg_expr(f, x, -1);
        cg_lval m = {0};
        m.kind = LV_MEM;
        m.type = u->elem;
        m.reg = p;
        return cg_lv_array_index(f, m, u->elem, idx);
    }
    default:
        return cg_lv_temp(f, e);
    }
}

cg_lval cg_lvalue(cg_fn *f, ast_node *e)
{
    while (e->kind == N_PAREN)
        e = e->a;
    cg_lval lv = {0};
    lv.type = CG_T(e->type);
    if (e->cval)
        return cg_lv_temp(f, e);
    switch (e->kind) {
    case N_IDENT:
        if (e->name && strcmp(e->name, "_") == 0 &&
            (!e->sym || e->sym->kind != SYM_VAR)) {
            lv.kind = LV_BLANK;
            return lv;
        }
        if (e->sym && e->sym->kind == SYM_VAR)
            return cg_lv_var(f, e->sym, CG_T(e->type));
        return cg_lv_temp(f, e);
    case N_SELECTOR:
        if (e->info && e->info->sel == SEL_QUALIFIED && e->sym &&
            e->sym->kind == SYM_VAR)
            return cg_lv_var(f, e->sym, CG_T(e->type));
        if (e->info && e->info->sel == SEL_FIELD) {
            cg_lval base = cg_lvalue(f, e->a);
            return cg_lv_walk(f, base, e->info->path, e->info->npath);
        }
        return cg_lv_temp(f, e);
    case N_INDEX:
        return cg_lv_index(f, e);
    case N_STAR: {
        int p = cg_expr(f, e->a, -1);
        lv.kind = LV_MEM;
        lv.reg = p;
        return lv;
    }
    default:
        return cg_lv_temp(f, e);
    }
}

/* ---- loads and stores ---- */

static int cg_global_load(cg_fn *f, cg_lval *lv, int dst)
{
    type *t = lv->type;
    int n = type_nslots(t);
    if (dst < 0)
        dst = cg_alloc_type(f, t);
    if (type_is_narrow(t)) {
        int m = cg_mark(f);
        int p = cg_alloc_ptr(f);
        cg_opx(f, OP_GADDR, p, lv->off);
        cg_op(f, OP_LD_I8 + cg_wclass(t), dst, p, 0);
        cg_release(f, m);
    } else if (n == 1) {
        cg_opx(f, OP_GLD_64, dst, lv->off);
    } else if (n > 1) {
        cg_op(f, OP_GLD_N, dst, lv->off / 8, n);
    }
    return dst;
}

static void cg_global_store(cg_fn *f, cg_lval *lv, int src)
{
    type *t = lv->type;
    int n = type_nslots(t);
    if (type_is_narrow(t)) {
        int m = cg_mark(f);
        int p = cg_alloc_ptr(f);
        cg_opx(f, OP_GADDR, p, lv->off);
        cg_op(f, OP_ST_8 + cg_sclass(t), p, src, 0);
        cg_release(f, m);
    } else if (n == 1) {
        cg_opx(f, cg_ptr_slot(t, 0) ? OP_GST_P : OP_GST_64, src, lv->off);
    } else if (n > 1 && cg_has_ptrs(t)) {
        int k = cg_kconst_rtype(f, t);
        cg_op(f, OP_GST_NP, src, lv->off / 8, n);
        cg_extra(f, 0, k);
    } else if (n > 1) {
        cg_op(f, OP_GST_N, src, lv->off / 8, n);
    }
}

int cg_load_lval(cg_fn *f, cg_lval *lv, int dst)
{
    type *t = lv->type;
    int n = type_nslots(t);
    switch (lv->kind) {
    case LV_BLANK:
        return dst;
    case LV_REG:
        if (lv->inner && cg_scalar1(t) && type_is_narrow(t)) {
            if (dst < 0)
                dst = cg_alloc_type(f, t);
            cg_op(f, OP_FLD_I8 + cg_wclass(t), dst, lv->reg, lv->off);
            return dst;
        }
        if (dst < 0)
            return lv->reg + lv->off / 8;
        cg_move(f, dst, lv->reg + lv->off / 8, n);
        return dst;
    case LV_MEM:
        if (dst < 0)
            dst = cg_alloc_type(f, t);
        cg_mem_load(f, t, dst, lv->reg, lv->off);
        return dst;
    case LV_GLOBAL:
        return cg_global_load(f, lv, dst);
    case LV_SLICE:
        if (dst < 0)
            dst = cg_alloc_type(f, t);
        if (cg_elem_scalar(t)) {
            cg_op(f, OP_SLD_I8 + cg_wclass(t), dst, lv->reg, lv->key);
        } else {
            cg_op(f, OP_SLD_N, dst, lv->reg, lv->key);
            cg_extra(f, n, 0);
        }
        return dst;
    case LV_FRAMEX:
        if (dst < 0)
            dst = cg_alloc_type(f, t);
        if (cg_elem_scalar(t)) {
            cg_op(f, OP_FLDX_I8 + cg_wclass(t), dst, lv->reg, lv->key);
        } else {
            cg_op(f, OP_FLDX_N, dst, lv->reg, lv->key);
            cg_extra(f, n, 0);
        }
        return dst;
    case LV_MAP: {
        if (dst < 0)
            dst = cg_alloc_type(f, t);
        int m = cg_mark(f);
        int p = cg_alloc_ptr(f);
        cg_op(f, OP_MAPACCESS, p, lv->reg, lv->key);
        cg_mem_load(f, t, dst, p, 0);
        cg_release(f, m);
        return dst;
    }
    }
    return dst;
}

void cg_store(cg_fn *f, cg_lval *lv, int src)
{
    type *t = lv->type;
    int n = type_nslots(t);
    switch (lv->kind) {
    case LV_BLANK:
        return;
    case LV_REG:
        if (lv->inner && cg_scalar1(t) && type_is_narrow(t)) {
            cg_op(f, OP_FST_8 + cg_sclass(t), lv->reg, src, lv->off);
            return;
        }
        cg_move(f, lv->reg + lv->off / 8, src, n);
        return;
    case LV_MEM:
        cg_mem_store(f, t, src, lv->reg, lv->off);
        return;
    case LV_GLOBAL:
        cg_global_store(f, lv, src);
        return;
    case LV_SLICE:
        if (cg_elem_scalar(t)) {
            int op = cg_ptr_slot(t, 0) ? OP_SST_P : OP_SST_8 + cg_sclass(t);
            cg_op(f, op, lv->reg, lv->key, src);
        } else if (cg_has_ptrs(t)) {
            int k = cg_kconst_rtype(f, t);
            cg_op(f, OP_SST_NP, lv->reg, lv->key, src);
            cg_extra(f, n, k);
        } else {
            cg_op(f, OP_SST_N, lv->reg, lv->key, src);
            cg_extra(f, n, 0);
        }
        return;
    case LV_FRAMEX:
        if (cg_elem_scalar(t)) {
            cg_op(f, OP_FSTX_8 + cg_sclass(t), lv->reg, lv->key, src);
        } else {
            cg_op(f, OP_FSTX_N, lv->reg, lv->key, src);
            cg_extra(f, n, 0);
        }
        return;
    case LV_MAP: {
        int m = cg_mark(f);
        int p = cg_alloc_ptr(f);
        cg_op(f, OP_MAPASSIGN, p, lv->reg, lv->key);
        cg_mem_store(f, t, src, p, 0);
        cg_release(f, m);
        return;
    }
    }
}

int cg_addr(cg_fn *f, cg_lval *lv, int dst)
{
    switch (lv->kind) {
    case LV_MEM:
        if (lv->off == 0) {
            if (dst < 0)
                return lv->reg;
            cg_move(f, dst, lv->reg, 1);
            return dst;
        }
        if (dst < 0)
            dst = cg_alloc_ptr(f);
        cg_op(f, OP_ADDP, dst, lv->reg, lv->off);
        return dst;
    case LV_GLOBAL:
        if (dst < 0)
            dst = cg_alloc_ptr(f);
        cg_opx(f, OP_GADDR, dst, lv->off);
        return dst;
    case LV_SLICE:
        if (dst < 0)
            dst = cg_alloc_ptr(f);
        cg_op(f, OP_SADDR, dst, lv->reg, lv->key);
        cg_extra(f, 0, type_stride(lv->type));
        return dst;
    default: {
        /* not addressable in memory (the checker should have made the
           variable escape): copy into a fresh cell */
        if (dst < 0)
            dst = cg_alloc_ptr(f);
        int m = cg_mark(f);
        int v = cg_load_lval(f, lv, -1);
        cg_opx(f, OP_NEW, dst, cg_kconst_rtype(f, lv->type));
        cg_mem_store(f, lv->type, v, dst, 0);
        cg_release(f, m);
        return dst;
    }
    }
}
