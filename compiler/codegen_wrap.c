/*
 * codegen_wrap.c - method sets and the small generated functions around
 * methods: itab entries (ifn), bound method values, method expressions.
 *
 * Method sets follow Go's rules: T's set holds the value-receiver methods
 * declared on T and those promoted from embedded fields (through an
 * embedded *E every method of E is promoted); *T's set holds all of them.
 * cg_method_set() walks embedded fields depth by depth; a shallower name
 * hides a deeper one and two at the same depth cancel (ambiguous).
 *
 * An ifn takes the interface data word as its one receiver slot (the value
 * for pointer-shaped types, else a pointer to the boxed copy) followed by
 * the method's parameters. When the method's own receiver is exactly that
 * word (a pointer method of *T, any method of a pointer-shaped T) the ifn
 * is the method's proto; otherwise a wrapper loads the receiver through
 * the word, walks the embedding path, and calls the method (statically, or
 * through the embedded interface's itab).
 *
 * A bound method value (x.M used as a value) is a closure capturing one
 * heap cell that holds the receiver as evaluated (a copy for a value
 * receiver, the pointer for a pointer receiver); its proto loads the cell
 * and calls the method. Wrappers are made once per method and cached.
 */
#include "codegen.h"
#include <stdlib.h>
#include <string.h>

/* ---- method sets ---- */

static void cg_mset_add(cg_mset *ms, cg_mentry *e)
{
    for (int i = 0; i < ms->n; i++) {
        if (strcmp(ms->e[i].name, e->name) != 0)
            continue;
        if (ms->e[i].depth < e->depth)
            return;
        if (ms->e[i].depth == e->depth) {
            ms->e[i].ambiguous = true;
            return;
        }
        ms->e[i] = *e;
        return;
    }
    if (ms->n == ms->cap) {
        ms->cap = ms->cap ? ms->cap * 2 : 8;
        ms->e = realloc(ms->e, sizeof(cg_mentry) * ms->cap);
    }
    ms->e[ms->n++] = *e;
}

static void cg_mset_collect(cg_mset *ms, type *x, int depth, int *path,
                            int npath, bool addressable)
{
    if (depth > 8 || npath >= 16)
        return;
    if (x->kind == T_NAMED) {
        for (int i = 0; i < x->nmdecl; i++) {
            method *m = &x->mdecl[i];
            if (m->ptr_recv && !addressable)
                continue;
            cg_mentry e = {0};
            e.name = m->name;
            e.m = m;
            e.depth = depth;
            e.npath = npath;
            memcpy(e.path, path, sizeof(int) * npath);
            cg_mset_add(ms, &e);
        }
    }
    type *u = type_under(x);
    if (u->kind == T_INTERFACE && depth > 0) {
        for (int i = 0; i < u->nmethods; i++) {
            cg_mentry e = {0};
            e.name = u->methods[i].name;
            e.m = &u->methods[i];
            e.depth = depth;
            e.iface = true;
            e.iface_index = i;
            e.npath = npath;
            memcpy(e.path, path, sizeof(int) * npath);
            cg_mset_add(ms, &e);
        }
        return;
    }
    if (u->kind != T_STRUCT)
        return;
    for (int i = 0; i < u->nfields; i++) {
        field *fd = &u->fields[i];
        if (!fd->embedded)
            continue;
        path[npath] = i;
        type *ft = fd->type;
        if (type_under(ft)->kind == T_POINTER)
            cg_mset_collect(ms, type_under(ft)->elem, depth + 1, path,
                            npath + 1, true);
        else
            cg_mset_collect(ms, ft, depth + 1, path, npath + 1,
                            addressable);
    }
}

static int cg_mentry_cmp(const void *a, const void *b)
{
    return strcmp(((const cg_mentry *)a)->name,
                  ((const cg_mentry *)b)->name);
}

void cg_method_set(cg_state *st, type *t, cg_mset *out)
{
    (void)st;
    memset(out, 0, sizeof *out);
    int path[16];
    if (t->kind == T_POINTER) {
        type *e = t->elem;
        if (e->kind == T_NAMED || type_under(e)->kind == T_STRUCT)
            if (type_under(e)->kind != T_INTERFACE)
                cg_mset_collect(out, e, 0, path, 0, true);
    } else if (type_under(t)->kind != T_INTERFACE &&
               type_under(t)->kind != T_POINTER) {
        cg_mset_collect(out, t, 0, path, 0, false);
    }
    int k = 0;
    for (int i = 0; i < out->n; i++)
        if (!out->e[i].ambiguous)
            out->e[k++] = out->e[i];
    out->n = k;
    if (out->n > 1)
        qsort(out->e, out->n, sizeof(cg_mentry), cg_mentry_cmp);
}

void cg_mset_free(cg_mset *ms)
{
    free(ms->e);
    ms->e = NULL;
    ms->n = ms->cap = 0;
}

/* ---- wrapper building ---- */

/* Starts a wrapper: slots 0.. hold `lead` (nlead slots, kinds lpat) then
   the parameters of sig. */
static void cg_wrap_begin(cg_state *st, cg_fn *w, golem_proto *p,
                          const uint8_t *lpat, int nlead, type *sig)
{
    cg_fn_init(w, st, NULL, p);
    if (nlead)
        cg_alloc_slots(w, lpat, nlead);
    int np = nlead;
    for (int i = 0; i < sig->nparams; i++) {
        cg_alloc_type(w, sig->params[i]);
        np += type_nslots(sig->params[i]);
    }
    int nr = 0;
    for (int i = 0; i < sig->nresults; i++)
        nr += type_nslots(sig->results[i]);
    p->nparams = np;
    p->nresults = nr;
}

/* Window for calling a method with receiver kinds rpat (nr slots). */
static int cg_wrap_window(cg_fn *w, const uint8_t *rpat, int nrecv,
                          type *sig, int *argbase)
{
    int n = nrecv, nres = 0;
    for (int i = 0; i < sig->nparams; i++)
        n += type_nslots(sig->params[i]);
    for (int i = 0; i < sig->nresults; i++)
        nres += type_nslots(sig->results[i]);
    int total = n > nres ? n : nres;
    uint8_t *pat = calloc(total + 1, 1);
    if (nrecv)
        memcpy(pat, rpat, nrecv);
    int k = nrecv;
    for (int i = 0; i < sig->nparams; i++) {
        type *t = sig->params[i];
        type_layout(t);
        memcpy(pat + k, t->ptrmask, t->nslots);
        k += t->nslots;
    }
    int win = cg_alloc_window(w, pat, total);
    free(pat);
    *argbase = win + nrecv;
    return win;
}

/* Moves the wrapper's own parameters (from slot `from`) into the window
   after the receiver. */
static void cg_wrap_finish(cg_fn *w, int argbase, int from, type *sig)
{
    int np = 0;
    for (int i = 0; i < sig->nparams; i++)
        np += type_nslots(sig->params[i]);
    cg_move(w, argbase, from, np);
}

static void cg_wrap_ret(cg_fn *w, int win, type *sig)
{
    int nr = 0;
    for (int i = 0; i < sig->nresults; i++)
        nr += type_nslots(sig->results[i]);
    if (nr)
        cg_op(w, OP_RET, win, nr, 0);
    else
        cg_op(w, OP_RET0, 0, 0, 0);
    cg_fn_finish(w);
    cg_fn_free(w);
}

/* Loads the receiver of method e (entry of the set of `base`, located at
   lv) into window slots at win; returns the interface register for a
   promoted interface method, else -1. */
static int cg_wrap_receiver(cg_fn *w, cg_lval lv, cg_mentry *e, int win)
{
    sel_step steps[16];
    for (int i = 0; i < e->npath; i++) {
        steps[i].field = e->path[i];
        steps[i].deref = false;
    }
    lv = cg_lv_walk(w, lv, steps, e->npath);
    bool have_ptr = type_under(lv.type)->kind == T_POINTER;
    if (e->iface) {
        if (have_ptr) {
            int p = cg_load_lval(w, &lv, -1);
            lv.kind = LV_MEM;
            lv.reg = p;
            lv.off = 0;
            lv.type = type_under(lv.type)->elem;
        }
        int ir = cg_load_lval(w, &lv, -1);
        cg_move(w, win, ir + 1, 1);
        return ir;
    }
    if (e->m->ptr_recv) {
        if (have_ptr)
            cg_load_lval(w, &lv, win);
        else
            cg_addr(w, &lv, win);
        return -1;
    }
    if (have_ptr) {
        int p = cg_load_lval(w, &lv, -1);
        cg_mem_load(w, type_under(lv.type)->elem, win, p, 0);
        return -1;
    }
    cg_load_lval(w, &lv, win);
    return -1;
}

/* The named type declaring entry e of t's method set. */
static type *cg_mentry_owner(type *t, cg_mentry *e)
{
    type *b = t;
    if (b->kind != T_NAMED && type_under(b)->kind == T_POINTER)
        b = type_under(b)->elem;
    for (int i = 0; i < e->npath; i++) {
        if (b->kind != T_NAMED && type_under(b)->kind == T_POINTER)
            b = type_under(b)->elem;
        type_layout(b);
        b = type_under(b)->fields[e->path[i]].type;
    }
    if (b->kind != T_NAMED && type_under(b)->kind == T_POINTER)
        b = type_under(b)->elem;
    return b;
}

static type *cg_mentry_recv(cg_state *st, type *t, cg_mentry *e)
{
    if (e->iface)
        return ty_unsafeptr;
    type *r = cg_method_recv(st, e->m, cg_mentry_owner(t, e));
    return r ? r : ty_unsafeptr;
}

golem_proto *cg_mentry_proto(cg_state *st, type *t, cg_mentry *e)
{
    return cg_method_proto(st, e->m, cg_mentry_owner(t, e));
}

golem_proto *cg_method_ifn(cg_state *st, type *t, cg_mentry *e)
{
    bool word_is_value = type_is_pointer_shaped(t);
    if (!e->iface && e->npath == 0) {
        if (t->kind == T_POINTER && e->m->ptr_recv)
            return cg_mentry_proto(st, t, e);
        if (word_is_value && type_under(t)->kind != T_POINTER &&
            !e->m->ptr_recv)
            return cg_mentry_proto(st, t, e);
    }
    const char *name = e->iface ? e->name : cg_mentry_proto(st, t, e)->name;
    golem_proto *p = cg_new_proto(st, name, (src_pos){0, 0, 0});
    cg_fn w;
    static const uint8_t ptr1 = SK_PTR;
    type *sig = type_under(e->m->sig);
    cg_wrap_begin(st, &w, p, &ptr1, 1, sig);
    /* the receiver value: through the word */
    cg_lval lv = {0};
    if (word_is_value) {
        lv.kind = LV_REG;
        lv.reg = 0;
        lv.type = t;
    } else {
        lv.kind = LV_MEM;
        lv.reg = 0;
        lv.type = t->kind == T_POINTER ? t->elem : t;
    }
    type *rt = cg_mentry_recv(st, t, e);
    type_layout(rt);
    int argbase;
    int win = cg_wrap_window(&w, e->iface ? &ptr1 : rt->ptrmask,
                             e->iface ? 1 : rt->nslots, sig, &argbase);
    int ir = cg_wrap_receiver(&w, lv, e, win);
    cg_wrap_finish(&w, argbase, 1, sig);
    if (ir >= 0)
        cg_op(&w, OP_CALL_IFACE, win, ir, e->iface_index);
    else
        cg_opx(&w, OP_CALL, win,
               cg_const_ptr(&w, cg_mentry_proto(st, t, e)));
    cg_wrap_ret(&w, win, sig);
    return p;
}

/* ---- bound method values ---- */

static golem_proto *cg_wrap_lookup(cg_state *st, const void *key, int tag)
{
    for (int i = 0; i < st->nwraps; i++)
        if (st->wraps[i].key == key && st->wraps[i].tag == tag)
            return st->wraps[i].proto;
    return NULL;
}

static void cg_wrap_remember(cg_state *st, const void *key, int tag,
                             golem_proto *p)
{
    if (st->nwraps == st->capwraps) {
        st->capwraps = st->capwraps ? st->capwraps * 2 : 16;
        st->wraps = realloc(st->wraps, sizeof(*st->wraps) * st->capwraps);
    }
    st->wraps[st->nwraps].key = key;
    st->wraps[st->nwraps].tag = tag;
    st->wraps[st->nwraps].proto = p;
    st->nwraps++;
}

golem_proto *cg_bound_method_wrapper(cg_state *st, method *m, type *owner)
{
    golem_proto *target = cg_method_proto(st, m, owner);
    golem_proto *p = cg_wrap_lookup(st, target, 1);
    if (p)
        return p;
    char *name = types_alloc(st->u, strlen(target->name) + 4);
    sprintf(name, "%s-fm", target->name);
    p = cg_new_proto(st, name, (src_pos){0, 0, 0});
    p->ncaptures = 1;
    cg_wrap_remember(st, target, 1, p);
    type *sig = type_under(m->sig);
    type *rt = cg_method_recv(st, m, owner);
    type_layout(rt);
    cg_fn w;
    cg_wrap_begin(st, &w, p, NULL, 0, sig);
    int cell = cg_alloc_ptr(&w);
    cg_op(&w, OP_CAPTURE, cell, 0, 0);
    int argbase;
    int win = cg_wrap_window(&w, rt->ptrmask, rt->nslots, sig, &argbase);
    cg_mem_load(&w, rt, win, cell, 0);
    cg_wrap_finish(&w, argbase, 0, sig);
    cg_opx(&w, OP_CALL, win, cg_const_ptr(&w, target));
    cg_wrap_ret(&w, win, sig);
    return p;
}

golem_proto *cg_bound_iface_wrapper(cg_state *st, type *it, int index,
                                    method *m)
{
    const rtype *rt = cg_rtype(st, it);
    golem_proto *p = cg_wrap_lookup(st, rt, 100 + index);
    if (p)
        return p;
    char *name = types_alloc(st->u, strlen(rt->string) + strlen(m->name) + 8);
    sprintf(name, "%s.%s-fm", rt->string, m->name);
    p = cg_new_proto(st, name, (src_pos){0, 0, 0});
    p->ncaptures = 1;
    cg_wrap_remember(st, rt, 100 + index, p);
    type *sig = type_under(m->sig);
    cg_fn w;
    cg_wrap_begin(st, &w, p, NULL, 0, sig);
    int cell = cg_alloc_ptr(&w);
    cg_op(&w, OP_CAPTURE, cell, 0, 0);
    int iv = cg_alloc_type(&w, it);
    cg_mem_load(&w, it, iv, cell, 0);
    static const uint8_t ptr1 = SK_PTR;
    int argbase;
    int win = cg_wrap_window(&w, &ptr1, 1, sig, &argbase);
    cg_move(&w, win, iv + 1, 1);
    cg_wrap_finish(&w, argbase, 0, sig);
    cg_op(&w, OP_CALL_IFACE, win, iv, index);
    cg_wrap_ret(&w, win, sig);
    return p;
}

/* I.M for an interface type I: func(recv I, params...) calling through
   the itab. */
static golem_proto *cg_iface_method_expr(cg_state *st, ast_node *sel,
                                         type *it)
{
    method *m = sel->info->meth;
    type *iu = type_under(it);
    int index = 0;
    for (int i = 0; i < iu->nmethods; i++)
        if (strcmp(iu->methods[i].name, m->name) == 0)
            index = i;
    const rtype *rt = cg_rtype(st, it);
    golem_proto *p = cg_wrap_lookup(st, rt, 1000 + index);
    if (p)
        return p;
    char *name = types_alloc(st->u, strlen(rt->string) + strlen(m->name) + 2);
    sprintf(name, "%s.%s", rt->string, m->name);
    p = cg_new_proto(st, name, (src_pos){0, 0, 0});
    cg_wrap_remember(st, rt, 1000 + index, p);
    type *sig = type_under(iu->methods[index].sig);
    type_layout(it);
    cg_fn w;
    cg_wrap_begin(st, &w, p, it->ptrmask, 2, sig);
    static const uint8_t ptr1 = SK_PTR;
    int argbase;
    int win = cg_wrap_window(&w, &ptr1, 1, sig, &argbase);
    cg_move(&w, win, 1, 1);
    cg_wrap_finish(&w, argbase, 2, sig);
    cg_op(&w, OP_CALL_IFACE, win, 0, index);
    cg_wrap_ret(&w, win, sig);
    return p;
}

/* T.M / (*T).M: the method itself when its receiver is the first
   parameter as written, else a wrapper that loads through the pointer. */
golem_proto *cg_method_expr_proto(cg_state *st, ast_node *sel)
{
    method *m = sel->info->meth;
    type *ft = type_under(sel->type);
    type *first = ft->nparams ? ft->params[0] : NULL;
    if (first && type_is_interface(first))
        return cg_iface_method_expr(st, sel, first);
    if (!first) {
        cg_error(st, sel->pos, "codegen: bad method expression");
        return cg_func_proto(st, m->func);
    }
    /* a method of an instantiated generic type (Num[int].Double) is
       stencilled for the receiver's type arguments */
    type *owner = NULL;
    if (sel->info->npath == 0) {
        owner = type_under(first)->kind == T_POINTER && first->kind != T_NAMED
                    ? type_under(first)->elem
                    : first;
        if (!(owner->kind == T_NAMED && owner->ntargs && owner->origin))
            owner = NULL;
    }
    golem_proto *target = owner ? cg_method_proto(st, m, owner)
                                : cg_func_proto(st, m->func);
    type *rt = owner ? cg_method_recv(st, m, owner) : m->func->recv;
    if (type_identical(first, rt) && sel->info->npath == 0)
        return target;
    golem_proto *p = cg_wrap_lookup(st, sel, 2);
    if (p)
        return p;
    p = cg_new_proto(st, target->name, (src_pos){0, 0, 0});
    cg_wrap_remember(st, sel, 2, p);
    /* signature without the receiver */
    type *sig = type_under(m->sig);
    if (owner)
        sig = type_under(type_subst(st->u, m->sig, owner->origin->tparams,
                                    owner->targs, owner->ntargs));
    type_layout(first);
    cg_fn w;
    cg_wrap_begin(st, &w, p, first->ptrmask, first->nslots, sig);
    cg_mentry e = {0};
    e.name = m->name;
    e.m = m;
    e.npath = sel->info->npath;
    for (int i = 0; i < e.npath && i < 16; i++)
        e.path[i] = sel->info->path[i].field;
    cg_lval lv = {0};
    if (type_under(first)->kind == T_POINTER) {
        lv.kind = LV_MEM;
        lv.reg = 0;
        lv.type = type_under(first)->elem;
    } else {
        lv.kind = LV_REG;
        lv.reg = 0;
        lv.type = first;
    }
    type_layout(rt);
    int argbase;
    int win = cg_wrap_window(&w, rt->ptrmask, rt->nslots, sig, &argbase);
    cg_wrap_receiver(&w, lv, &e, win);
    cg_wrap_finish(&w, argbase, first->nslots, sig);
    cg_opx(&w, OP_CALL, win, cg_const_ptr(&w, target));
    cg_wrap_ret(&w, win, sig);
    return p;
}
