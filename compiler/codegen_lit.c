/*
 * codegen_lit.c - composite literals: structs, arrays, slices, maps, and
 * &T{...}.
 *
 * Struct and array literals are built in registers (their register image
 * is their memory image): the destination is zeroed unless every field is
 * given, then each element is evaluated straight into its slots, or, for a
 * narrow scalar, into a temporary stored at its byte offset (FST_*).
 * A slice literal allocates its backing array with MAKESLICE and stores
 * each element by index; a map literal makes the map with its size as the
 * hint and assigns each pair. &T{...} builds the value in registers and
 * stores it into a fresh heap object. Element order is source order, as
 * Go's evaluation order requires. Elided inner literal types come from the
 * checker (node.type; a pointer type for an elided &T).
 */
#include "codegen.h"
#include <string.h>

static int cg_field_index(type *st, ast_node *key)
{
    type *u = type_under(st);
    for (int i = 0; i < u->nfields; i++)
        if (key->name && strcmp(u->fields[i].name, key->name) == 0)
            return i;
    return -1;
}

/* Stores the value of expression v into the register composite at base,
   byte offset off, as type t. */
static void cg_store_inner(cg_fn *f, type *t, ast_node *v, int base,
                           int32_t off)
{
    if (type_is_narrow(t)) {
        int m = cg_mark(f);
        int r = cg_expr(f, v, -1);
        cg_lval lv = {0};
        lv.kind = LV_REG;
        lv.type = t;
        lv.reg = base;
        lv.off = off;
        lv.inner = true;
        cg_store(f, &lv, r);
        cg_release(f, m);
        return;
    }
    cg_expr(f, v, base + off / 8);
}

static void cg_struct_lit(cg_fn *f, ast_node *e, type *t, int dst)
{
    type_layout(t);
    type *u = type_under(t);
    type_layout(u);
    if (e->list.len < u->nfields)
        cg_zero(f, t, dst);
    for (int i = 0; i < e->list.len; i++) {
        ast_node *el = e->list.items[i];
        int fi = i;
        ast_node *v = el;
        if (el->kind == N_KEYVALUE) {
            fi = cg_field_index(t, el->a);
            v = el->b;
        }
        if (fi < 0 || fi >= u->nfields)
            continue;
        cg_store_inner(f, u->fields[fi].type, v, dst,
                       u->fields[fi].slot * 8);
    }
}

static void cg_array_lit(cg_fn *f, ast_node *e, type *t, int dst)
{
    type *u = type_under(t);
    int stride = type_stride(u->elem);
    cg_zero(f, t, dst);
    int64_t idx = 0;
    for (int i = 0; i < e->list.len; i++) {
        ast_node *el = e->list.items[i];
        ast_node *v = el;
        if (el->kind == N_KEYVALUE) {
            if (el->a->cval)
                idx = (int64_t)el->a->cval->i;
            v = el->b;
        }
        cg_store_inner(f, u->elem, v, dst, (int32_t)(idx * stride));
        idx++;
    }
}

static int64_t cg_lit_length(ast_node *e)
{
    int64_t idx = 0, max = 0;
    for (int i = 0; i < e->list.len; i++) {
        ast_node *el = e->list.items[i];
        if (el->kind == N_KEYVALUE && el->a->cval)
            idx = (int64_t)el->a->cval->i;
        idx++;
        if (idx > max)
            max = idx;
    }
    return max;
}

static void cg_slice_lit(cg_fn *f, ast_node *e, type *t, int dst)
{
    type *u = type_under(t);
    int64_t n = cg_lit_length(e);
    int m = cg_mark(f);
    int lc = cg_alloc_slots(f, (const uint8_t[]){0, 0}, 2);
    cg_opx(f, OP_LOADI, lc, (int32_t)n);
    cg_opx(f, OP_LOADI, lc + 1, (int32_t)n);
    cg_op(f, OP_MAKESLICE, dst, lc, cg_kconst_rtype(f, u->elem));
    int ir = cg_alloc_scalar(f);
    int64_t idx = 0;
    for (int i = 0; i < e->list.len; i++) {
        ast_node *el = e->list.items[i];
        ast_node *v = el;
        if (el->kind == N_KEYVALUE) {
            if (el->a->cval)
                idx = (int64_t)el->a->cval->i;
            v = el->b;
        }
        int m2 = cg_mark(f);
        int r = cg_expr(f, v, -1);
        cg_opx(f, OP_LOADI, ir, (int32_t)idx);
        cg_lval lv = {0};
        lv.kind = LV_SLICE;
        lv.type = u->elem;
        lv.reg = dst;
        lv.key = ir;
        cg_store(f, &lv, r);
        cg_release(f, m2);
        idx++;
    }
    cg_release(f, m);
}

static void cg_map_lit(cg_fn *f, ast_node *e, type *t, int dst)
{
    type *u = type_under(t);
    int m = cg_mark(f);
    int h = cg_alloc_scalar(f);
    cg_opx(f, OP_LOADI, h, e->list.len);
    cg_op(f, OP_MAKEMAP, dst, h, cg_kconst_rtype(f, t));
    for (int i = 0; i < e->list.len; i++) {
        ast_node *el = e->list.items[i];
        if (el->kind != N_KEYVALUE)
            continue;
        int m2 = cg_mark(f);
        int k = cg_expr(f, el->a, -1);
        int v = cg_expr(f, el->b, -1);
        cg_lval lv = {0};
        lv.kind = LV_MAP;
        lv.type = u->elem;
        lv.reg = dst;
        lv.key = k;
        cg_store(f, &lv, v);
        cg_release(f, m2);
    }
    cg_release(f, m);
}

/* Builds the literal e as a value of type t into dst. */
static void cg_composite_value(cg_fn *f, ast_node *e, type *t, int dst)
{
    switch (type_under(t)->kind) {
    case T_STRUCT: cg_struct_lit(f, e, t, dst); break;
    case T_ARRAY: cg_array_lit(f, e, t, dst); break;
    case T_SLICE: cg_slice_lit(f, e, t, dst); break;
    case T_MAP: cg_map_lit(f, e, t, dst); break;
    default:
        cg_error(f->st, e->pos, "codegen: unsupported composite literal");
        break;
    }
}

/* Stores the value of v (type t) at R[ptr] + off; nested struct and
   array literals are stored element by element. */
static void cg_store_mem_elem(cg_fn *f, type *t, ast_node *v, int ptr,
                              int32_t off)
{
    ast_node *x = v;
    while (x->kind == N_PAREN)
        x = x->a;
    type *u = type_under(t);
    if (x->kind == N_COMPOSITE && (u->kind == T_STRUCT || u->kind == T_ARRAY) &&
        !(x->info && x->info->implicit_to)) {
        cg_composite_mem(f, x, t, ptr, off);
        return;
    }
    int m = cg_mark(f);
    int r = cg_expr_as(f, v, t, -1);
    cg_mem_store(f, t, r, ptr, off);
    cg_release(f, m);
}

void cg_composite_mem(cg_fn *f, ast_node *e, type *t, int ptr, int32_t off)
{
    type_layout(t);
    type *u = type_under(t);
    type_layout(u);
    if (u->kind == T_STRUCT) {
        for (int i = 0; i < e->list.len; i++) {
            ast_node *el = e->list.items[i];
            int fi = i;
            ast_node *v = el;
            if (el->kind == N_KEYVALUE) {
                fi = cg_field_index(t, el->a);
                v = el->b;
            }
            if (fi < 0 || fi >= u->nfields)
                continue;
            cg_store_mem_elem(f, u->fields[fi].type, v, ptr,
                              off + u->fields[fi].slot * 8);
        }
        return;
    }
    if (u->kind == T_ARRAY) {
        int stride = type_stride(u->elem);
        int64_t idx = 0;
        for (int i = 0; i < e->list.len; i++) {
            ast_node *el = e->list.items[i];
            ast_node *v = el;
            if (el->kind == N_KEYVALUE) {
                if (el->a->cval)
                    idx = (int64_t)el->a->cval->i;
                v = el->b;
            }
            cg_store_mem_elem(f, u->elem, v, ptr,
                              off + (int32_t)(idx * stride));
            idx++;
        }
        return;
    }
    int m = cg_mark(f);
    int r = cg_alloc_type(f, t);
    cg_composite_value(f, e, t, r);
    cg_mem_store(f, t, r, ptr, off);
    cg_release(f, m);
}

/* &T{...} (or an elided &T inside an outer literal) into dst. */
int cg_composite_ptr(cg_fn *f, ast_node *e, int dst)
{
    type *t = CG_T(e->type);
    if (type_under(t)->kind == T_POINTER)
        t = type_under(t)->elem;
    if (dst < 0)
        dst = cg_alloc_ptr(f);
    if (type_nslots(t) > CG_BIG_VALUE) {
        cg_opx(f, OP_NEW, dst, cg_kconst_rtype(f, t));
        cg_composite_mem(f, e, t, dst, 0);
        return dst;
    }
    int m = cg_mark(f);
    int v = cg_alloc_type(f, t);
    cg_composite_value(f, e, t, v);
    cg_opx(f, OP_NEW, dst, cg_kconst_rtype(f, t));
    cg_mem_store(f, t, v, dst, 0);
    cg_release(f, m);
    return dst;
}

int cg_composite(cg_fn *f, ast_node *e, int dst)
{
    type *t = CG_T(e->type);
    if (type_under(t)->kind == T_POINTER)
        return cg_composite_ptr(f, e, dst);
    if (dst < 0)
        dst = cg_alloc_type(f, t);
    cg_composite_value(f, e, t, dst);
    return dst;
}
