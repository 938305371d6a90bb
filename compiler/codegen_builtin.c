/*
 * codegen_builtin.c - the predeclared functions: len cap append copy
 * delete make new panic print println recover min max clear close.
 *
 * Most map to one instruction. len/cap of strings and slices read the
 * header's slots (no instruction when the result may stay there). append
 * works in place on a copy of the slice header: all the values of one call
 * are appended by one APPEND_N so capacity grows once, as Go's does.
 * min/max fold pairwise left to right (MIN_F64/MAX_F64 carry Go's NaN and
 * signed-zero rules); strings compare and select. clear of a slice zeroes
 * its elements with a loop of stores. print/println write each operand
 * with the PRINT_* op of its type to stderr.
 *
 * A builtin in a defer or go statement becomes a small generated function
 * (a thunk) whose parameters are the builtin's evaluated arguments and
 * whose body is the builtin call on them.
 */
#include "codegen.h"
#include <stdlib.h>
#include <string.h>

static int cg_bdst(cg_fn *f, type *t, int dst)
{
    return dst >= 0 ? dst : cg_alloc_type(f, t);
}

static int cg_len_cap(cg_fn *f, ast_node *call, int dst, bool cap)
{
    ast_node *x = call->list.items[0];
    type *u = type_under(cg_value_type(f, x));
    if (u->kind == T_POINTER)
        u = type_under(u->elem);
    if (u->kind == T_ARRAY) {
        /* not constant only when x has calls or receives: evaluate it */
        int m = cg_mark(f);
        cg_expr(f, x, -1);
        cg_release(f, m);
        dst = cg_bdst(f, ty_int, dst);
        cg_opx(f, OP_LOADI, dst, (int32_t)u->len);
        return dst;
    }
    /* temporaries stay allocated until the statement ends */
    int r = cg_expr(f, x, -1);
    switch (u->kind) {
    case T_STRING:
    case T_SLICE:
        if (dst < 0)
            return r + (cap ? 2 : 1); /* read the header slot in place */
        cg_move(f, dst, r + (cap ? 2 : 1), 1);
        return dst;
    case T_MAP:
        dst = cg_bdst(f, ty_int, dst);
        cg_op(f, OP_MAPLEN, dst, r, 0);
        return dst;
    case T_CHAN:
        dst = cg_bdst(f, ty_int, dst);
        cg_op(f, cap ? OP_CHANCAP : OP_CHANLEN, dst, r, 0);
        return dst;
    default:
        dst = cg_bdst(f, ty_int, dst);
        cg_opx(f, OP_LOADI, dst, 0);
        return dst;
    }
}

/* The type (a tuple) of the only argument of copy(f()), append(f()) or
   delete(f()) when f has several results, else NULL. */
static type *cg_results_arg(cg_fn *f, ast_node *call)
{
    if (call->list.len != 1 || (call->flags & AF_ELLIPSIS))
        return NULL;
    type *t = CG_T(call->list.items[0]->type);
    return t != NULL && t->kind == T_TUPLE ? t : NULL;
}

/* Result i of a multi-value call whose results start at slot r, as a
   value of type want (converted when want is an interface the result's
   type is not; want NULL: as it is). */
static int cg_result_part(cg_fn *f, type *tu, int r, int i, type *want)
{
    int src = r;
    for (int k = 0; k < i; k++)
        src += type_nslots(tu->params[k]);
    if (want == NULL || !type_is_interface(want) ||
        type_identical(want, tu->params[i]))
        return src;
    int d = cg_alloc_type(f, want);
    cg_convert(f, tu->params[i], want, src, d);
    return d;
}

/* Slots for n values of type elem, with elem's pointer kinds. */
static int cg_append_values(cg_fn *f, type *elem, int n)
{
    int es = type_nslots(elem);
    type_layout(elem);
    uint8_t *pat = malloc(es * n + 1);
    for (int i = 0; i < n; i++)
        memcpy(pat + i * es, elem->ptrmask, es);
    int vals = cg_alloc_slots(f, pat, es * n);
    free(pat);
    return vals;
}

/* dst = append(dst, the n values at vals); k: elem's rtype constant. */
static void cg_emit_append(cg_fn *f, int dst, int vals, int n, int k)
{
    if (n == 1) {
        cg_op(f, OP_APPEND, dst, vals, k);
    } else {
        cg_op(f, OP_APPEND_N, dst, vals, k);
        cg_extra(f, n, 0);
    }
}

/* append(f()) with f returning the slice and the values. */
static int cg_append_results(cg_fn *f, ast_node *call, type *tu, int dst)
{
    type *st = CG_T(call->type);
    type *elem = type_under(st)->elem;
    dst = cg_bdst(f, st, dst);
    int m = cg_mark(f);
    int r = cg_call(f, call->list.items[0], -1);
    int n = tu->nparams - 1, es = type_nslots(elem);
    int vals = cg_append_values(f, elem, n);
    for (int i = 0; i < n; i++)
        cg_move(f, vals + i * es, cg_result_part(f, tu, r, 1 + i, elem), es);
    cg_move(f, dst, r, 3);
    cg_emit_append(f, dst, vals, n, cg_kconst_rtype(f, elem));
    cg_release(f, m);
    return dst;
}

static int cg_append(cg_fn *f, ast_node *call, int dst)
{
    type *tu = cg_results_arg(f, call);
    if (tu != NULL)
        return cg_append_results(f, call, tu, dst);
    type *st = CG_T(call->type);
    type *elem = type_under(st)->elem;
    ast_node **args = call->list.items;
    int nargs = call->list.len;
    dst = cg_bdst(f, st, dst);
    int m = cg_mark(f);
    if (nargs == 1) {
        cg_expr(f, args[0], dst);
        cg_release(f, m);
        return dst;
    }
    /* the values first, then the slice, as gc orders them (a variable
       operand is read after the calls: st = append(st, pop())) */
    int k = cg_kconst_rtype(f, elem);
    if (call->flags & AF_ELLIPSIS) {
        int v = cg_expr(f, args[1], -1);
        if (v < dst + 3 && dst < v + 3) {
            /* p = append(x, p...): keep the source apart from dst */
            static const uint8_t slk[3] = {SK_PTR, SK_SCALAR, SK_SCALAR};
            int c = cg_alloc_slots(f, slk, 3);
            cg_move(f, c, v, 3);
            v = c;
        }
        int s = cg_expr(f, args[0], -1);
        cg_move(f, dst, s, 3);
        cg_op(f, OP_APPEND_SLICE, dst, v, k);
        cg_release(f, m);
        return dst;
    }
    int n = nargs - 1;
    int es = type_nslots(elem);
    int vals = cg_append_values(f, elem, n);
    for (int i = 0; i < n; i++)
        cg_expr_as(f, args[1 + i], elem, vals + i * es);
    int s = cg_expr(f, args[0], -1);
    cg_move(f, dst, s, 3);
    cg_emit_append(f, dst, vals, n, k);
    cg_release(f, m);
    return dst;
}

static int cg_make(cg_fn *f, ast_node *call, int dst)
{
    type *t = CG_T(call->type);
    type *u = type_under(t);
    ast_node **args = call->list.items;
    int nargs = call->list.len;
    dst = cg_bdst(f, t, dst);
    int m = cg_mark(f);
    switch (u->kind) {
    case T_SLICE: {
        int lc = cg_alloc_slots(f, (const uint8_t[]){0, 0}, 2);
        cg_expr(f, args[1], lc);
        if (nargs > 2)
            cg_expr(f, args[2], lc + 1);
        else
            cg_move(f, lc + 1, lc, 1);
        cg_op(f, OP_MAKESLICE, dst, lc, cg_kconst_rtype(f, u->elem));
        break;
    }
    case T_MAP: {
        int h = cg_alloc_scalar(f);
        if (nargs > 1)
            cg_expr(f, args[1], h);
        else
            cg_opx(f, OP_LOADI, h, 0);
        cg_op(f, OP_MAKEMAP, dst, h, cg_kconst_rtype(f, t));
        break;
    }
    case T_CHAN: {
        int h = cg_alloc_scalar(f);
        if (nargs > 1)
            cg_expr(f, args[1], h);
        else
            cg_opx(f, OP_LOADI, h, 0);
        cg_op(f, OP_MAKECHAN, dst, h, cg_kconst_rtype(f, t));
        break;
    }
    default:
        cg_error(f->st, call->pos, "codegen: bad make");
        break;
    }
    cg_release(f, m);
    return dst;
}

/* Go prints a slice as [len/cap]0xDATA. */
static void cg_print_literal(cg_fn *f, const char *text)
{
    int m = cg_mark(f);
    int r = cg_alloc_type(f, ty_string);
    cg_opx(f, OP_LOADK2, r, cg_const_string(f, text, (int64_t)strlen(text)));
    cg_op(f, OP_PRINT_STR, r, 0, 0);
    cg_release(f, m);
}

static void cg_print_slice(cg_fn *f, int r)
{
    cg_print_literal(f, "[");
    cg_op(f, OP_PRINT_I64, r + 1, 0, 0);
    cg_print_literal(f, "/");
    cg_op(f, OP_PRINT_I64, r + 2, 0, 0);
    cg_print_literal(f, "]");
    cg_op(f, OP_PRINT_PTR, r, 0, 0);
}

static void cg_print_value(cg_fn *f, ast_node *x)
{
    int m = cg_mark(f);
    type *t = cg_value_type(f, x);
    if (type_is_untyped(t))
        t = type_default(t);
    int r = cg_expr(f, x, -1);
    type *u = type_under(t);
    int op;
    switch (u->kind) {
    case T_BOOL: op = OP_PRINT_BOOL; break;
    case T_STRING: op = OP_PRINT_STR; break;
    case T_FLOAT32: case T_FLOAT64: op = OP_PRINT_F64; break;
    case T_INTERFACE: op = OP_PRINT_IFACE; break;
    case T_POINTER: case T_MAP: case T_CHAN: case T_FUNC:
    case T_UNSAFEPTR: case T_SLICE:
        op = OP_PRINT_PTR;
        break;
    default:
        op = type_is_unsigned(u) ? OP_PRINT_U64 : OP_PRINT_I64;
        break;
    }
    if (u->kind == T_SLICE)
        cg_print_slice(f, r);
    else
        cg_op(f, op, r, 0, 0);
    cg_release(f, m);
}

static void cg_print(cg_fn *f, ast_node *call, bool ln)
{
    for (int i = 0; i < call->list.len; i++) {
        if (ln && i > 0)
            cg_op(f, OP_PRINT_SP, 0, 0, 0);
        cg_print_value(f, call->list.items[i]);
    }
    if (ln)
        cg_op(f, OP_PRINT_NL, 0, 0, 0);
}

static int cg_minmax(cg_fn *f, ast_node *call, int dst, bool max)
{
    type *t = CG_T(call->type);
    type *u = type_under(t);
    dst = cg_bdst(f, t, dst);
    int m = cg_mark(f);
    int acc = cg_alloc_type(f, t);
    cg_expr(f, call->list.items[0], acc);
    for (int i = 1; i < call->list.len; i++) {
        int m2 = cg_mark(f);
        int v = cg_expr(f, call->list.items[i], -1);
        if (u->kind == T_STRING) {
            /* acc = v if v < acc (min) / acc < v (max) */
            int c = cg_alloc_scalar(f);
            if (max)
                cg_op(f, OP_LT_STR, c, acc, v);
            else
                cg_op(f, OP_LT_STR, c, v, acc);
            int j = cg_jump(f, OP_JMPF, c, 0);
            cg_move(f, acc, v, 2);
            cg_patch_jump(f, j, cg_pc(f));
        } else if (type_is_float(u)) {
            cg_op(f, max ? OP_MAX_F64 : OP_MIN_F64, acc, acc, v);
        } else if (type_is_unsigned(u)) {
            cg_op(f, max ? OP_MAX_U64 : OP_MIN_U64, acc, acc, v);
        } else {
            cg_op(f, max ? OP_MAX_I64 : OP_MIN_I64, acc, acc, v);
        }
        cg_release(f, m2);
    }
    cg_move(f, dst, acc, type_nslots(t));
    cg_release(f, m);
    return dst;
}

/* clear(s) for a slice: s[i] = zero for every i. */
static void cg_clear_slice(cg_fn *f, int s, type *elem)
{
    int m = cg_mark(f);
    int i = cg_alloc_scalar(f);
    int z = cg_alloc_type(f, elem);
    cg_zero(f, elem, z);
    cg_opx(f, OP_LOADI, i, 0);
    int top = cg_pc(f);
    int j = cg_jump(f, OP_JLE_I64, s + 1, i);
    cg_lval lv = {0};
    lv.kind = LV_SLICE;
    lv.type = elem;
    lv.reg = s;
    lv.key = i;
    cg_store(f, &lv, z);
    cg_op(f, OP_ADDI_I64, i, i, 1);
    cg_jump_to(f, OP_JMP, 0, 0, top);
    cg_patch_jump(f, j, cg_pc(f));
    cg_release(f, m);
}

int cg_builtin(cg_fn *f, ast_node *call, int dst)
{
    builtin_id b = call->info->builtin;
    ast_node **args = call->list.items;
    int m;
    switch (b) {
    case BI_LEN: return cg_len_cap(f, call, dst, false);
    case BI_CAP: return cg_len_cap(f, call, dst, true);
    case BI_APPEND: return cg_append(f, call, dst);
    case BI_MAKE: return cg_make(f, call, dst);
    case BI_MIN: return cg_minmax(f, call, dst, false);
    case BI_MAX: return cg_minmax(f, call, dst, true);
    case BI_NEW:
        dst = cg_bdst(f, CG_T(call->type), dst);
        cg_opx(f, OP_NEW, dst,
               cg_kconst_rtype(f, type_under(CG_T(call->type))->elem));
        return dst;
    case BI_COPY: {
        dst = cg_bdst(f, ty_int, dst);
        m = cg_mark(f);
        type *tu = cg_results_arg(f, call), *elem;
        int d, s;
        if (tu != NULL) { /* copy(f()) */
            d = cg_call(f, args[0], -1);
            s = cg_result_part(f, tu, d, 1, NULL);
            elem = type_under(tu->params[0])->elem;
        } else {
            d = cg_expr(f, args[0], -1);
            s = cg_expr(f, args[1], -1);
            elem = type_under(cg_value_type(f, args[0]))->elem;
        }
        cg_op(f, OP_COPY, dst, d, s);
        cg_extra(f, 0, cg_kconst_rtype(f, elem));
        cg_release(f, m);
        return dst;
    }
    case BI_DELETE: {
        m = cg_mark(f);
        type *tu = cg_results_arg(f, call);
        int mp, k;
        if (tu != NULL) { /* delete(f()) */
            mp = cg_call(f, args[0], -1);
            k = cg_result_part(f, tu, mp, 1,
                               type_under(tu->params[0])->key);
        } else {
            mp = cg_expr(f, args[0], -1);
            type *kt = type_under(cg_value_type(f, args[0]))->key;
            k = cg_expr_as(f, args[1], kt, -1);
        }
        cg_op(f, OP_MAPDELETE, mp, k, 0);
        cg_release(f, m);
        return dst;
    }
    case BI_CLEAR: {
        m = cg_mark(f);
        int x = cg_expr(f, args[0], -1);
        type *u = type_under(cg_value_type(f, args[0]));
        if (u->kind == T_MAP)
            cg_op(f, OP_MAPCLEAR, x, 0, 0);
        else
            cg_clear_slice(f, x, u->elem);
        cg_release(f, m);
        return dst;
    }
    case BI_CLOSE:
        m = cg_mark(f);
        cg_op(f, OP_CLOSECHAN, cg_expr(f, args[0], -1), 0, 0);
        cg_release(f, m);
        return dst;
    case BI_PANIC:
        m = cg_mark(f);
        cg_op(f, OP_PANIC, cg_expr_as(f, args[0], ty_any, -1), 0, 0);
        cg_release(f, m);
        return dst;
    case BI_PRINT:
    case BI_PRINTLN:
        cg_print(f, call, b == BI_PRINTLN);
        return dst;
    case BI_RECOVER:
        dst = cg_bdst(f, ty_any, dst);
        cg_op(f, OP_RECOVER, dst, 0, 0);
        return dst;
    default:
        cg_error(f->st, call->pos,
                 "golem: complex numbers are not supported");
        return cg_bdst(f, CG_T(call->type) ? CG_T(call->type) : ty_int, dst);
    }
}

/* ---- builtins in defer / go ---- */

int cg_thunk_args(cg_fn *f, ast_node *call, int *nslots)
{
    int n = call->list.len;
    type **ts = malloc(sizeof(type *) * (n + 1));
    for (int i = 0; i < n; i++)
        ts[i] = cg_value_type(f, call->list.items[i]);
    int total;
    uint8_t *pat = cg_pattern(ts, n, &total);
    int base = cg_alloc_slots(f, pat, total);
    int off = base;
    for (int i = 0; i < n; i++) {
        cg_expr(f, call->list.items[i], off);
        off += type_nslots(ts[i]);
    }
    free(pat);
    free(ts);
    *nslots = total;
    return base;
}

golem_proto *cg_builtin_thunk(cg_fn *f, ast_node *call)
{
    cg_state *st = f->st;
    ast_arena *ar = st->c->arena;
    golem_proto *p = cg_new_proto(st, f->proto->name, call->pos);
    cg_fn w;
    cg_fn_init(&w, st, NULL, p);
    w.line = call->pos.line;
    /* a copy of the call whose arguments are the thunk's parameters */
    ast_node *c2 = ast_new(ar, N_CALL, call->pos);
    *c2 = *call;
    memset(&c2->list, 0, sizeof c2->list);
    int np = 0;
    for (int i = 0; i < call->list.len; i++) {
        ast_node *a = call->list.items[i];
        type *t = cg_value_type(f, a);
        symbol *s = ast_alloc(ar, sizeof(symbol));
        s->kind = SYM_VAR;
        s->name = "arg";
        s->type = t;
        s->cg_slot = cg_alloc_type(&w, t);
        np += type_nslots(t);
        ast_node *id = ast_new(ar, N_IDENT, a->pos);
        id->name = "arg";
        id->sym = s;
        id->type = t;
        ast_list_push(ar, &c2->list, id);
    }
    p->nparams = np;
    p->nresults = 0;
    int m = cg_mark(&w);
    if (call->info->call == CALL_BUILTIN)
        cg_builtin(&w, c2, -1);
    else
        cg_call(&w, c2, -1);
    cg_release(&w, m);
    cg_op(&w, OP_RET0, 0, 0, 0);
    cg_fn_finish(&w);
    cg_fn_free(&w);
    return p;
}
