/*
 * codegen_call.c - calls, function values, method values, defer and go.
 *
 * Calling convention (vm/vm.h): the caller evaluates the function value
 * (if any) first, then allocates a call window above every busy slot and
 * evaluates the receiver and the arguments, left to right, straight into
 * the window's consecutive slots; the callee's frame starts there, and its
 * results come back at the window's start. The window's slot kinds are the
 * parameters' (and, beyond them, the results'); when a pointer result lands
 * in a scalar slot it is moved to a temporary of its own kinds before
 * anything else happens, so no live pointer is ever invisible to the
 * collector. (A scalar left in a pointer slot, like any stale value of a
 * dead slot, is harmless to a collector that validates frame pointers
 * against the heap; DESIGN.md's stack scan does.)
 *
 * Call kinds: a static call of a declared function or method names its
 * proto as a constant (CALL); a function value is a golem_closure
 * (CALL_CLOSURE); an interface method goes through itab->fun[index]
 * (CALL_IFACE) with the data word as the receiver. A variadic call packs
 * its extra arguments into a fresh slice (MAKESLICE + stores) unless the
 * call spreads a slice with `...`. f(g()) with a multi-value g moves g's
 * results into f's window, converting each as the parameter requires.
 *
 * defer and go evaluate the function value and the arguments now into a
 * block of temporaries and hand them to DEFER / GO. A method call becomes
 * the method's static closure with the receiver as the first argument; an
 * interface method call becomes a bound method value.
 */
#include "codegen.h"
#include <stdlib.h>
#include <string.h>

static ast_node *cg_unparen(ast_node *e)
{
    while (e && e->kind == N_PAREN)
        e = e->a;
    return e;
}

/* Evaluates e converted to type t (interfaces: concrete values boxed even
   when the checker recorded no implicit conversion). */
int cg_expr_as(cg_fn *f, ast_node *e, type *t, int dst)
{
    type *vt = cg_value_type(f, e);
    if (!t || !vt || type_identical(vt, t) || !type_is_interface(t) ||
        vt->kind == T_TUPLE)
        return cg_expr(f, e, dst);
    if (dst < 0)
        dst = cg_alloc_type(f, t);
    int m = cg_mark(f);
    int r = cg_expr(f, e, -1);
    cg_convert(f, vt, t, r, dst);
    cg_release(f, m);
    return dst;
}

/* Slot pattern of a call window: params (with the receiver) then the
   results beyond them. */
static uint8_t *cg_window_pattern(type *recv, type *sig, int *n, int *nargs,
                                  int *nres)
{
    int na = 0, nr = 0;
    if (recv)
        na += type_nslots(recv);
    for (int i = 0; i < sig->nparams; i++)
        na += type_nslots(sig->params[i]);
    for (int i = 0; i < sig->nresults; i++)
        nr += type_nslots(sig->results[i]);
    int total = na > nr ? na : nr;
    uint8_t *p = calloc(total + 1, 1);
    int k = 0;
    if (recv) {
        type_layout(recv);
        memcpy(p, recv->ptrmask, recv->nslots);
        k = recv->nslots;
    }
    for (int i = 0; i < sig->nparams; i++) {
        type *t = sig->params[i];
        type_layout(t);
        memcpy(p + k, t->ptrmask, t->nslots);
        k += t->nslots;
    }
    int r = 0;
    for (int i = 0; i < sig->nresults; i++) {
        type *t = sig->results[i];
        type_layout(t);
        for (int j = 0; j < t->nslots; j++, r++)
            if (r >= k)
                p[r] = t->ptrmask[j];
    }
    *n = total;
    *nargs = na;
    *nres = nr;
    return p;
}

/* Builds the variadic slice of args[from..] as []elem into dst. */
static void cg_spread(cg_fn *f, ast_node **args, int from, int nargs,
                      type *slice_t, int dst)
{
    type *elem = type_under(slice_t)->elem;
    int n = nargs - from;
    if (n <= 0) {
        cg_op(f, OP_ZERO, dst, 3, 0);
        return;
    }
    int m = cg_mark(f);
    int lc = cg_alloc_slots(f, (const uint8_t[]){0, 0}, 2);
    cg_opx(f, OP_LOADI, lc, n);
    cg_opx(f, OP_LOADI, lc + 1, n);
    cg_op(f, OP_MAKESLICE, dst, lc, cg_kconst_rtype(f, elem));
    int ir = cg_alloc_scalar(f);
    for (int i = 0; i < n; i++) {
        int m2 = cg_mark(f);
        int v = cg_expr_as(f, args[from + i], elem, -1);
        cg_opx(f, OP_LOADI, ir, i);
        cg_lval lv = {0};
        lv.kind = LV_SLICE;
        lv.type = elem;
        lv.reg = dst;
        lv.key = ir;
        cg_store(f, &lv, v);
        cg_release(f, m2);
    }
    cg_release(f, m);
}

/* f(g()) with a multi-value g: g's results become the arguments
   (converted per parameter; packed into the slice of a variadic f). */
static void cg_args_tuple(cg_fn *f, ast_node *call, type *sig, int base)
{
    ast_node *g = call->list.items[0];
    type *tu = CG_T(g->type);
    int m = cg_mark(f);
    int r = cg_call(f, g, -1);
    int nfixed = sig->variadic && !(call->flags & AF_ELLIPSIS)
                     ? sig->nparams - 1
                     : sig->nparams;
    int src = r, off = base;
    int i = 0;
    for (; i < tu->nparams && i < nfixed; i++) {
        type *pt = sig->params[i];
        if (type_is_interface(pt) && !type_identical(pt, tu->params[i]))
            cg_convert(f, tu->params[i], pt, src, off);
        else
            cg_move(f, off, src, type_nslots(pt));
        off += type_nslots(pt);
        src += type_nslots(tu->params[i]);
    }
    if (nfixed < sig->nparams) {
        type *st = sig->params[sig->nparams - 1];
        type *elem = type_under(st)->elem;
        int n = tu->nparams - i;
        int lc = cg_alloc_slots(f, (const uint8_t[]){0, 0}, 2);
        cg_opx(f, OP_LOADI, lc, n);
        cg_opx(f, OP_LOADI, lc + 1, n);
        cg_op(f, OP_MAKESLICE, off, lc, cg_kconst_rtype(f, elem));
        int ir = cg_alloc_scalar(f);
        int ev = cg_alloc_type(f, elem);
        for (int k = 0; k < n; k++, i++) {
            type *vt = tu->params[i];
            int v = src;
            if (type_is_interface(elem) && !type_identical(elem, vt)) {
                cg_convert(f, vt, elem, src, ev);
                v = ev;
            }
            cg_opx(f, OP_LOADI, ir, k);
            cg_lval lv = {0};
            lv.kind = LV_SLICE;
            lv.type = elem;
            lv.reg = off;
            lv.key = ir;
            cg_store(f, &lv, v);
            src += type_nslots(vt);
        }
    }
    cg_release(f, m);
}

/* Evaluates the arguments of call (signature sig) into slots from base. */
static void cg_args(cg_fn *f, ast_node *call, type *sig, int base)
{
    ast_node **args = call->list.items;
    int nargs = call->list.len;
    int off = base;
    if (nargs == 1 && CG_T(args[0]->type) && CG_T(args[0]->type)->kind == T_TUPLE) {
        cg_args_tuple(f, call, sig, base);
        return;
    }
    bool spread = sig->variadic && !(call->flags & AF_ELLIPSIS);
    int nfixed = spread ? sig->nparams - 1 : sig->nparams;
    for (int i = 0; i < nfixed && i < nargs; i++) {
        cg_expr_as(f, args[i], sig->params[i], off);
        off += type_nslots(sig->params[i]);
    }
    if (spread)
        cg_spread(f, args, nfixed, nargs, sig->params[sig->nparams - 1],
                  off);
}

/* Moves results out of the window when their kinds differ from it. */
static int cg_call_results(cg_fn *f, int win, const uint8_t *wpat,
                           type *rt, int nres, int dst)
{
    if (nres == 0)
        return dst >= 0 ? dst : win;
    if (dst >= 0) {
        cg_move(f, dst, win, nres);
        return dst;
    }
    uint8_t *rp;
    int n;
    if (rt->kind == T_TUPLE) {
        rp = cg_pattern(rt->params, rt->nparams, &n);
    } else {
        type_layout(rt);
        n = rt->nslots;
        rp = malloc(n + 1);
        memcpy(rp, rt->ptrmask, n);
    }
    /* a pointer result must sit in a pointer slot; a scalar in a pointer
       slot is only stale data to the collector (which validates frame
       pointers), so scalar results stay in the window */
    bool same = true;
    for (int i = 0; i < n; i++)
        if (rp[i] == SK_PTR && wpat[i] != SK_PTR)
            same = false;
    int r = win;
    if (!same) {
        r = cg_alloc_slots(f, rp, n);
        cg_move(f, r, win, n);
    }
    free(rp);
    return r;
}

static type *cg_sig_of(cg_fn *f, ast_node *fn)
{
    type *t = type_under(CG_T(fn->type));
    return t;
}

/* The unsubstituted type of a selector's operand after its path. */
static type *sel_raw_type(ast_node *sel)
{
    type *t = sel->a->type;
    ck_info *in = sel->info;
    for (int i = 0; i < in->npath && t; i++) {
        if (type_under(t)->kind == T_POINTER)
            t = type_under(t)->elem;
        t = type_under(t)->fields[in->path[i].field].type;
    }
    return t;
}

/* Receiver location of a method selector, after its embedding path. */
static cg_lval cg_recv_lval(cg_fn *f, ast_node *sel)
{
    cg_lval lv = cg_lvalue(f, sel->a);
    ck_info *in = sel->info;
    return cg_lv_walk(f, lv, in->path, in->npath);
}

/* Puts the receiver of method m (selector sel) into slots at dst. */
static void cg_recv_value(cg_fn *f, ast_node *sel, method *m, int dst)
{
    cg_lval lv = cg_recv_lval(f, sel);
    bool have_ptr = type_under(lv.type)->kind == T_POINTER;
    if (m->ptr_recv) {
        if (have_ptr)
            cg_load_lval(f, &lv, dst);
        else
            cg_addr(f, &lv, dst);
        return;
    }
    if (have_ptr) {
        int m2 = cg_mark(f);
        int p = cg_load_lval(f, &lv, -1);
        cg_mem_load(f, type_under(lv.type)->elem, dst, p, 0);
        cg_release(f, m2);
        return;
    }
    cg_load_lval(f, &lv, dst);
}

/* The named type that declares the method sel selects (after the
   embedding path), with the current substitution applied. */
static type *cg_sel_owner(cg_fn *f, ast_node *sel)
{
    type *t = CG_T(sel->a->type);
    ck_info *in = sel->info;
    for (int i = 0; i < in->npath; i++) {
        if (type_under(t)->kind == T_POINTER)
            t = type_under(t)->elem;
        type_layout(t);
        t = type_under(t)->fields[in->path[i].field].type;
    }
    if (t->kind != T_NAMED && type_under(t)->kind == T_POINTER)
        t = type_under(t)->elem;
    return t;
}

/* The generic function a call or value names, with its type arguments
   (substituted), or NULL for a non-generic function. */
static symbol *cg_generic_target(cg_fn *f, ast_node *fn, ck_info *callinfo,
                                 type ***targs, int *n)
{
    ast_node *id = fn;
    ck_info *ti = callinfo;
    if (fn->kind == N_INDEX) {
        id = cg_unparen(fn->a);
        ti = fn->info;
    }
    symbol *s = id->sym;
    if (!s || s->kind != SYM_FUNC || s->ntparams == 0)
        return NULL;
    if (!ti || ti->ntargs < s->ntparams) {
        if (callinfo && callinfo->ntargs >= s->ntparams)
            ti = callinfo;
        else
            return NULL;
    }
    type **ta = types_alloc(f->st->u, sizeof(type *) * (s->ntparams + 1));
    for (int i = 0; i < s->ntparams; i++)
        ta[i] = CG_T(ti->targs[i]);
    *targs = ta;
    *n = s->ntparams;
    return s;
}

/* The proto (and signature) of a static call target, generic or not. */
static golem_proto *cg_static_target(cg_fn *f, ast_node *fn, ck_info *ci,
                                     type **sig)
{
    type **ta;
    int n;
    symbol *g = cg_generic_target(f, fn, ci, &ta, &n);
    if (g) {
        *sig = type_under(type_subst(f->st->u, g->type, g->tparams, ta, n));
        return cg_inst_proto(f->st, g, g->tparams, ta, n);
    }
    symbol *s = fn->kind == N_INDEX ? cg_unparen(fn->a)->sym : fn->sym;
    *sig = type_under(CG_T(s->type));
    return cg_func_proto(f->st, s);
}

/* Static closure of a generic function instance used as a value. */
int cg_generic_value(cg_fn *f, ast_node *e, int dst)
{
    type *sig;
    golem_proto *p = cg_static_target(f, e, e->info, &sig);
    if (dst < 0)
        dst = cg_alloc_ptr(f);
    cg_opx(f, OP_LOADK, dst, cg_const_ptr(f, cg_static_closure(f->st, p)));
    return dst;
}

/* math functions with an instruction of their own */
static int cg_math_intrinsic(const char *link)
{
    if (strncmp(link, "math.", 5) != 0)
        return -1;
    const char *n = link + 5;
    if (strcmp(n, "Sqrt") == 0) return OP_SQRT_F64;
    if (strcmp(n, "Abs") == 0) return OP_ABS_F64;
    if (strcmp(n, "Floor") == 0) return OP_FLOOR_F64;
    if (strcmp(n, "Ceil") == 0) return OP_CEIL_F64;
    if (strcmp(n, "Trunc") == 0) return OP_TRUNC_F64;
    return -1;
}

int cg_call(cg_fn *f, ast_node *call, int dst)
{
    ck_info *in = call->info;
    call_kind ck = in ? in->call : CALL_VALUE;
    ast_node *fn = cg_unparen(call->a);
    type *rt = CG_T(call->type);
    switch (ck) {
    case CALL_CONVERSION: {
        ast_node *x = call->list.items[0];
        if (dst < 0)
            dst = cg_alloc_type(f, rt);
        int m = cg_mark(f);
        int r = cg_expr(f, x, -1);
        cg_convert(f, cg_value_type(f, x), rt, r, dst);
        cg_release(f, m);
        return dst;
    }
    case CALL_BUILTIN:
        return cg_builtin(f, call, dst);
    default:
        break;
    }
    if (ck == CALL_FUNC && call->list.len == 1 && fn->sym &&
        fn->sym->link_name) {
        int op = cg_math_intrinsic(fn->sym->link_name);
        if (op >= 0) {
            if (dst < 0)
                dst = cg_alloc_type(f, rt);
            int m0 = cg_mark(f);
            int x = cg_expr_as(f, call->list.items[0], ty_float64, -1);
            cg_op(f, op, dst, x, 0);
            cg_release(f, m0);
            return dst;
        }
    }
    int mark_fn = cg_mark(f);
    type *sig = NULL, *recv = NULL;
    int fnreg = -1, iface = -1;
    golem_proto *proto = NULL;
    method *m = NULL;
    if (ck == CALL_FUNC) {
        symbol *s = fn->sym;
        if (fn->kind == N_INDEX)
            s = cg_unparen(fn->a)->sym;
        if (!s || s->kind != SYM_FUNC)
            ck = CALL_VALUE;
        else
            proto = cg_static_target(f, fn, in, &sig);
    }
    if (ck == CALL_METHOD) {
        m = fn->info->meth;
        type *owner = cg_sel_owner(f, fn);
        proto = cg_method_proto(f->st, m, owner);
        recv = cg_method_recv(f->st, m, owner);
        sig = type_under(CG_T(m->sig));
        if (owner && owner->kind == T_NAMED && owner->ntargs &&
            owner->origin && m->func)
            sig = type_under(type_subst(f->st->u, m->sig,
                                        owner->origin->tparams, owner->targs,
                                        owner->ntargs));
    } else if (ck == CALL_IFACE) {
        m = fn->info->meth;
        sig = type_under(CG_T(m->sig));
        cg_lval lv = cg_recv_lval(f, fn);
        iface = cg_load_lval(f, &lv, -1);
        type *vt = lv.type;
        if (!type_is_interface(vt)) {
            /* a type parameter's constraint method, stenciled with a
               concrete type: call through the constraint interface */
            type *orig = sel_raw_type(fn);
            type *it = orig && orig->kind == T_TYPEPARAM ? orig->underlying
                                                          : NULL;
            if (!it) {
                cg_error(f->st, fn->pos, "codegen: method on non-interface");
            } else {
                int ir = cg_alloc_type(f, it);
                cg_convert(f, vt, it, iface, ir);
                iface = ir;
            }
        }
        recv = ty_unsafeptr;
    } else if (ck != CALL_FUNC || !proto) {
        ck = CALL_VALUE;
        sig = cg_sig_of(f, fn);
        fnreg = cg_expr(f, fn, -1);
    }
    int n, na, nr;
    uint8_t *wpat;
    wpat = cg_window_pattern(recv, sig, &n, &na, &nr);
    if (ck == CALL_IFACE)
        wpat[0] = SK_PTR;
    int win = cg_alloc_window(f, wpat, n);
    int argbase = win;
    if (ck == CALL_METHOD) {
        cg_recv_value(f, fn, m, win);
        argbase += type_nslots(recv);
    } else if (ck == CALL_IFACE) {
        cg_move(f, win, iface + 1, 1);
        argbase += 1;
    }
    cg_args(f, call, sig, argbase);
    switch (ck) {
    case CALL_FUNC:
    case CALL_METHOD:
        cg_opx(f, OP_CALL, win, cg_const_ptr(f, proto));
        break;
    case CALL_IFACE:
        cg_op(f, OP_CALL_IFACE, win, iface, fn->info->iface_index);
        break;
    default:
        cg_op(f, OP_CALL_CLOSURE, win, fnreg, 0);
        break;
    }
    int r;
    if (dst >= 0) {
        r = cg_call_results(f, win, wpat, rt, nr, dst);
        cg_release(f, mark_fn);
    } else {
        r = cg_call_results(f, win, wpat, rt, nr, -1);
    }
    free(wpat);
    return r;
}

/* ---- function literals and static closures ---- */

void cg_funclit(cg_fn *f, ast_node *lit, int dst)
{
    cg_state *st = f->st;
    ck_func *ck = cg_find_func(st, lit);
    if (!ck) {
        cg_error(st, lit->pos, "codegen: function literal not checked");
        return;
    }
    golem_proto *p = cg_new_proto(st, ck->name ? ck->name : "func",
                                  lit->pos);
    cg_gen_function(st, f, ck, p);
    int m = cg_mark(f);
    int n = ck->ncaptures;
    int caps = 0;
    if (n > 0) {
        uint8_t *pat = malloc(n);
        memset(pat, SK_PTR, n);
        caps = cg_alloc_slots(f, pat, n);
        free(pat);
        for (int i = 0; i < n; i++)
            cg_move(f, caps + i, cg_var_slot(f, ck->captures[i]), 1);
    }
    cg_op(f, OP_CLOSURE, dst, cg_const_ptr(f, p), caps);
    cg_release(f, m);
}

/* ---- method values ---- */

int cg_method_value(cg_fn *f, ast_node *sel, int dst)
{
    ck_info *in = sel->info;
    method *m = in->meth;
    if (dst < 0)
        dst = cg_alloc_type(f, CG_T(sel->type));
    int mk = cg_mark(f);
    if (in->sel == SEL_METHODEXPR) {
        golem_proto *p = cg_method_expr_proto(f->st, sel);
        cg_opx(f, OP_LOADK, dst, cg_const_ptr(f, cg_static_closure(f->st, p)));
        cg_release(f, mk);
        return dst;
    }
    type *bt;
    int val;
    golem_proto *w;
    if (in->sel == SEL_IFACEMETHOD) {
        cg_lval lv = cg_recv_lval(f, sel);
        val = cg_load_lval(f, &lv, -1);
        bt = lv.type;
        /* a nil interface panics at evaluation, as in Go */
        cg_op(f, OP_NILCHK, val, 0, 0);
        w = cg_bound_iface_wrapper(f->st, bt, in->iface_index, m);
    } else {
        type *owner = cg_sel_owner(f, sel);
        bt = cg_method_recv(f->st, m, owner);
        val = cg_alloc_type(f, bt);
        cg_recv_value(f, sel, m, val);
        w = cg_bound_method_wrapper(f->st, m, owner);
    }
    int cell = cg_alloc_ptr(f);
    cg_opx(f, OP_NEW, cell, cg_kconst_rtype(f, bt));
    cg_mem_store(f, bt, val, cell, 0);
    cg_op(f, OP_CLOSURE, dst, cg_const_ptr(f, w), cell);
    cg_release(f, mk);
    return dst;
}

/* ---- defer and go ---- */

void cg_go_defer(cg_fn *f, ast_node *stmt)
{
    ast_node *call = cg_unparen(stmt->a);
    int op = stmt->kind == N_GO ? OP_GO : OP_DEFER;
    if (stmt->kind == N_DEFER)
        f->has_defer = true;
    ck_info *in = call->info;
    call_kind ck = in ? in->call : CALL_VALUE;
    ast_node *fn = cg_unparen(call->a);
    int m0 = cg_mark(f);
    if (ck == CALL_BUILTIN || ck == CALL_CONVERSION) {
        /* wrap in a generated closure taking the evaluated arguments */
        golem_proto *p = cg_builtin_thunk(f, call);
        int fnreg = cg_alloc_ptr(f);
        cg_opx(f, OP_LOADK, fnreg,
               cg_const_ptr(f, cg_static_closure(f->st, p)));
        int n = 0;
        int base = cg_thunk_args(f, call, &n);
        cg_op(f, op, fnreg, base, n);
        cg_release(f, m0);
        return;
    }
    int fnreg = cg_alloc_ptr(f);
    type *sig;
    type *recv = NULL;
    method *m = NULL;
    if (ck == CALL_FUNC && ((fn->sym && fn->sym->kind == SYM_FUNC) ||
                            fn->kind == N_INDEX)) {
        golem_proto *p = cg_static_target(f, fn, in, &sig);
        cg_opx(f, OP_LOADK, fnreg,
               cg_const_ptr(f, cg_static_closure(f->st, p)));
    } else if (ck == CALL_METHOD) {
        m = fn->info->meth;
        type *owner = cg_sel_owner(f, fn);
        sig = type_under(CG_T(m->sig));
        if (owner && owner->kind == T_NAMED && owner->ntargs &&
            owner->origin)
            sig = type_under(type_subst(f->st->u, m->sig,
                                        owner->origin->tparams, owner->targs,
                                        owner->ntargs));
        recv = cg_method_recv(f->st, m, owner);
        golem_proto *p = cg_method_proto(f->st, m, owner);
        cg_opx(f, OP_LOADK, fnreg,
               cg_const_ptr(f, cg_static_closure(f->st, p)));
    } else {
        /* closures and interface methods (a bound method value) */
        sig = type_under(CG_T(fn->type));
        cg_expr(f, fn, fnreg);
    }
    int n, na, nr;
    uint8_t *pat = cg_window_pattern(recv, sig, &n, &na, &nr);
    int base = cg_alloc_slots(f, pat, na > 0 ? na : 0);
    free(pat);
    int argbase = base;
    if (recv) {
        cg_recv_value(f, fn, m, base);
        argbase += type_nslots(recv);
    }
    cg_args(f, call, sig, argbase);
    cg_op(f, op, fnreg, base, na);
    cg_release(f, m0);
}

/* ---- channel receive ---- */

int cg_recv(cg_fn *f, ast_node *e, int dst, int ok)
{
    type *ct = cg_value_type(f, e->a);
    type *elem = type_under(ct)->elem;
    type_layout(elem);
    int n = elem->nslots;
    if (dst < 0)
        dst = cg_alloc_type(f, elem);
    int m = cg_mark(f);
    int ch = cg_expr(f, e->a, -1);
    if (ok < 0) {
        cg_op(f, OP_RECV, dst, ch, 0);
    } else {
        uint8_t *pat = calloc(n + 2, 1);
        memcpy(pat, elem->ptrmask, n);
        int t = cg_alloc_slots(f, pat, n + 1);
        free(pat);
        cg_op(f, OP_RECV2, t, ch, 0);
        cg_move(f, dst, t, n);
        cg_move(f, ok, t + n, 1);
    }
    cg_release(f, m);
    return dst;
}
