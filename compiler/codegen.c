/*
 * codegen.c - the code generator's driver: checked packages -> protos.
 *
 * codegen_program() works in four steps:
 *
 *  1. Globals. Every package-level variable of every package (dependency
 *     order) gets a slot range in one block, vm->globals, laid out like a
 *     struct (symbol.cg_index = first slot; narrow scalars at natural
 *     width); the block's pointer map is vm->globals_ptrmap.
 *  2. Functions. Each declared function and method gets a proto on first
 *     reference (cg_func_proto: name = link name, parameter and result
 *     slot counts from the signature); a body-less one is bound to its C
 *     native by link name (stdlib_find_native), or, if none exists, gets a
 *     stub that panics naming it. Then every body is generated
 *     (cg_gen_function); function literals are generated where they
 *     occur, nested in their enclosing function's builder.
 *  3. Initialisation. The entry proto ("runtime.main") assigns the
 *     package-level variables in each package's init_order, calls the
 *     package's init() functions in source order, package by package, and
 *     finally calls main.main.
 *  4. The entry proto is returned for vm_run().
 *
 * A function's frame: slots 0.. hold the receiver and parameters (the call
 * window of the caller), then captured cell pointers (CAPTURE at entry),
 * then cells of escaping parameters, named results, and everything the
 * body allocates. Generic declarations are not compiled (golem reports
 * generic code it cannot instantiate).
 */
#include "codegen.h"
#include "stdlib.h"
#include <malloc.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void cg_error(cg_state *st, src_pos pos, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diag_error(st->c, pos, "%s", buf);
    st->failed = true;
}

golem_proto *cg_new_proto(cg_state *st, const char *name, src_pos pos)
{
    golem_proto *p = types_alloc(st->u, sizeof(golem_proto));
    p->name = name ? name : "?";
    p->file = pos.line ? comp_file_name(st->c, pos.file) : "?";
    p->line = pos.line;
    vm_add_proto(st->vm, p);
    return p;
}

ck_func *cg_find_func(cg_state *st, ast_node *decl)
{
    for (int i = 0; i < st->nfuncs; i++)
        if (st->funcs[i]->decl == decl)
            return st->funcs[i];
    return NULL;
}

golem_closure *cg_static_closure(cg_state *st, golem_proto *p)
{
    for (int i = 0; i < st->nclosures; i++)
        if (st->closures[i]->proto == p)
            return st->closures[i];
    if (st->nclosures == st->capclosures) {
        st->capclosures = st->capclosures ? st->capclosures * 2 : 16;
        st->closures =
            realloc(st->closures, sizeof(golem_closure *) * st->capclosures);
    }
    golem_closure *cl = types_alloc(st->u, sizeof(golem_closure) + 8);
    cl->proto = p;
    st->closures[st->nclosures++] = cl;
    return cl;
}

/* Slots of a signature's parameters (with the receiver) and results. */
static void cg_sig_slots(symbol *fs, uint32_t *np, uint32_t *nr)
{
    type *sig = type_under(fs->type);
    int n = 0, r = 0;
    if (fs->recv)
        n += type_nslots(fs->recv);
    for (int i = 0; i < sig->nparams; i++)
        n += type_nslots(sig->params[i]);
    for (int i = 0; i < sig->nresults; i++)
        r += type_nslots(sig->results[i]);
    *np = n;
    *nr = r;
}

/* A body for a function whose native is missing: panics naming it. */
static void cg_missing_native(cg_state *st, golem_proto *p)
{
    cg_fn w;
    cg_fn_init(&w, st, NULL, p);
    char msg[256];
    snprintf(msg, sizeof msg, "golem: native %s is not implemented",
             p->name);
    int s = cg_alloc_slots(&w, (const uint8_t[]){SK_PTR, SK_SCALAR}, 2);
    int e = cg_alloc_slots(&w, (const uint8_t[]){SK_SCALAR, SK_PTR}, 2);
    cg_opx(&w, OP_LOADK2, s, cg_const_string(&w, msg, strlen(msg)));
    cg_op(&w, OP_MAKE_EFACE, e, s, cg_kconst_rtype(&w, ty_string));
    cg_op(&w, OP_PANIC, e, 0, 0);
    cg_op(&w, OP_RET0, 0, 0, 0);
    cg_fn_finish(&w);
    cg_fn_free(&w);
}

golem_proto *cg_func_proto(cg_state *st, symbol *fs)
{
    if (fs->cg_data)
        return fs->cg_data;
    const char *name = fs->link_name;
    if (!name) {
        const char *pk = fs->pkg ? fs->pkg->path : "main";
        char *n = types_alloc(st->u, strlen(pk) + strlen(fs->name) + 2);
        sprintf(n, "%s.%s", pk, fs->name);
        name = n;
    }
    src_pos pos = fs->pos;
    golem_proto *p = cg_new_proto(st, name, pos);
    fs->cg_data = p;
    cg_sig_slots(fs, &p->nparams, &p->nresults);
    ast_node *d = fs->funcdecl;
    if (!d || !d->c) {
        stdlib_native_fn fn = stdlib_find_native(name);
        if (fn)
            p->native = (golem_native_fn)fn;
        else
            cg_missing_native(st, p);
    }
    return p;
}

/* ---- generic instances ---- */

golem_proto *cg_inst_proto(cg_state *st, symbol *fn, type **from, type **to,
                           int n)
{
    for (int i = 0; i < st->ninsts; i++) {
        struct cg_inst *in = &st->insts[i];
        if (in->fn != fn || in->n != n)
            continue;
        bool same = true;
        for (int k = 0; k < n && same; k++)
            same = type_identical(in->to[k], to[k]);
        if (same)
            return in->proto;
    }
    if (st->ninsts == st->capinsts) {
        st->capinsts = st->capinsts ? st->capinsts * 2 : 16;
        st->insts = realloc(st->insts, sizeof(struct cg_inst) * st->capinsts);
    }
    const char *base = fn->link_name ? fn->link_name : fn->name;
    char *name = types_alloc(st->u, strlen(base) + 8);
    sprintf(name, "%s[...]", base);
    golem_proto *p = cg_new_proto(st, name, fn->pos);
    struct cg_inst *in = &st->insts[st->ninsts++];
    in->fn = fn;
    in->n = n;
    in->from = types_alloc(st->u, sizeof(type *) * (n + 1));
    in->to = types_alloc(st->u, sizeof(type *) * (n + 1));
    memcpy(in->from, from, sizeof(type *) * n);
    memcpy(in->to, to, sizeof(type *) * n);
    in->proto = p;
    return p;
}

golem_proto *cg_method_proto(cg_state *st, method *m, type *owner)
{
    if (owner && owner->kind == T_NAMED && owner->ntargs && owner->origin &&
        owner->origin->ntparams)
        return cg_inst_proto(st, m->func, owner->origin->tparams,
                             owner->targs, owner->ntargs);
    return cg_func_proto(st, m->func);
}

type *cg_method_recv(cg_state *st, method *m, type *owner)
{
    if (!owner || owner->kind != T_NAMED)
        return m->func ? m->func->recv : NULL;
    return m->ptr_recv ? type_pointer(st->u, owner) : owner;
}

/* ---- function bodies ---- */

static bool cg_has_defer(ast_node *n)
{
    if (!n)
        return false;
    if (n->kind == N_DEFER)
        return true;
    if (n->kind == N_FUNCLIT)
        return false;
    if (cg_has_defer(n->a) || cg_has_defer(n->b) || cg_has_defer(n->c) ||
        cg_has_defer(n->d))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (cg_has_defer(n->list.items[i]))
            return true;
    for (int i = 0; i < n->list2.len; i++)
        if (cg_has_defer(n->list2.items[i]))
            return true;
    return false;
}

/* Type of parameter i (receiver first) of ck. */
static type *cg_param_type(cg_fn *f, ck_func *ck, int i)
{
    if (ck->params && ck->params[i] && ck->params[i]->type)
        return CG_T(ck->params[i]->type);
    type *sig = type_under(CG_T(ck->sig));
    bool method = ck->sym && ck->sym->recv;
    if (method) {
        if (i == 0)
            return CG_T(ck->sym->recv);
        return sig->params[i - 1];
    }
    return sig->params[i];
}

static void cg_prologue(cg_fn *f, ck_func *ck)
{
    golem_proto *p = f->proto;
    type *sig = type_under(CG_T(ck->sig));
    int np = 0;
    int *pslot = malloc(sizeof(int) * (ck->nparams + 1));
    for (int i = 0; i < ck->nparams; i++) {
        type *t = cg_param_type(f, ck, i);
        pslot[i] = cg_alloc_type(f, t);
        cg_pin_var(f);
        np += type_nslots(t);
        if (ck->params && ck->params[i])
            ck->params[i]->cg_slot = pslot[i];
    }
    int nr = 0;
    for (int i = 0; i < sig->nresults; i++)
        nr += type_nslots(sig->results[i]);
    p->nparams = np;
    p->nresults = nr;
    /* captured cells */
    f->ncaps = ck->ncaptures;
    p->ncaptures = ck->ncaptures;
    if (ck->ncaptures) {
        f->capslot = malloc(sizeof(int) * ck->ncaptures);
        for (int i = 0; i < ck->ncaptures; i++) {
            f->capslot[i] = cg_alloc_ptr(f);
            cg_pin_var(f);
            cg_op(f, OP_CAPTURE, f->capslot[i], i, 0);
        }
    }
    /* escaping parameters move to cells */
    for (int i = 0; i < ck->nparams; i++) {
        symbol *s = ck->params ? ck->params[i] : NULL;
        if (!s || !cg_var_in_cell(s))
            continue;
        int cell = cg_alloc_ptr(f);
        cg_pin_var(f);
        cg_opx(f, OP_NEW, cell, cg_kconst_rtype(f, CG_T(s->type)));
        cg_mem_store(f, CG_T(s->type), pslot[i], cell, 0);
        s->cg_slot = cell;
    }
    free(pslot);
    /* result variables */
    for (int i = 0; i < ck->nresults; i++) {
        symbol **rp = &ck->params[ck->nparams + i];
        bool named = *rp && (*rp)->name && (*rp)->name[0] &&
                     (*rp)->name[0] != '~';
        if (!named && !f->has_defer)
            continue;
        if (!*rp) {
            if (!f->has_defer)
                continue;
            symbol *s = types_alloc(f->st->u, sizeof(symbol));
            s->kind = SYM_VAR;
            s->name = "~r";
            s->type = sig->results[i];
            s->owner = ck;
            *rp = s;
        }
        cg_init_var(f, *rp, -1);
    }
}

static void cg_gen_body(cg_state *st, cg_fn *parent, ck_func *ck,
                        golem_proto *proto, struct cg_inst *inst)
{
    cg_fn f;
    cg_fn_init(&f, st, parent, proto);
    f.ck = ck;
    if (parent) {
        f.sub_from = parent->sub_from;
        f.sub_to = parent->sub_to;
        f.nsub = parent->nsub;
    } else if (inst) {
        f.sub_from = inst->from;
        f.sub_to = inst->to;
        f.nsub = inst->n;
    }
    ast_node *d = ck->decl;
    ast_node *body = d->kind == N_FUNCDECL ? d->c : d->b;
    f.line = d->pos.line;
    f.has_defer = cg_has_defer(body);
    cg_prologue(&f, ck);
    if (body)
        cg_block(&f, body);
    if (body && body->end.line)
        f.line = body->end.line;
    if (f.has_defer) {
        cg_return_sequence(&f);
    } else {
        type *sig = type_under(ck->sig);
        bool named = sig->nresults > 0 && ck->params[ck->nparams] &&
                     ck->params[ck->nparams]->name &&
                     ck->params[ck->nparams]->name[0] &&
                     ck->params[ck->nparams]->name[0] != '~';
        if (named)
            cg_return_sequence_values(&f);
        else
            cg_op(&f, OP_RET0, 0, 0, 0); /* unreachable with results */
    }
    cg_fn_finish(&f);
    cg_fn_free(&f);
}

void cg_gen_function(cg_state *st, cg_fn *parent, ck_func *ck,
                     golem_proto *proto)
{
    cg_gen_body(st, parent, ck, proto, NULL);
}

/* Generates the instances requested so far (never while another function
   is being generated: symbols hold per-generation slot numbers). */
void cg_drain_instances(cg_state *st)
{
    while (st->ninst_done < st->ninsts) {
        struct cg_inst in = st->insts[st->ninst_done++];
        ast_node *d = in.fn->funcdecl;
        ck_func *ck = d ? cg_find_func(st, d) : NULL;
        if (!ck || !d->c) {
            cg_error(st, in.fn->pos, "codegen: generic %s has no body",
                     in.fn->name);
            continue;
        }
        cg_gen_body(st, NULL, ck, in.proto, &in);
    }
}

/* ---- globals ---- */

static void cg_layout_globals(cg_state *st)
{
    uint32_t n = 0;
    for (int p = 0; p < st->prog->npkgs; p++) {
        ck_package *pkg = st->prog->pkgs[p];
        for (int i = 0; i < pkg->nglobals; i++) {
            symbol *s = pkg->globals[i];
            s->cg_index = (int)n;
            n += type_nslots(s->type);
        }
    }
    st->nglobals = n;
    slot *g = calloc(n + 1, sizeof(slot));
    uint8_t *mask = calloc(n + 1, 1);
    for (int p = 0; p < st->prog->npkgs; p++) {
        ck_package *pkg = st->prog->pkgs[p];
        for (int i = 0; i < pkg->nglobals; i++) {
            symbol *s = pkg->globals[i];
            type_layout(s->type);
            if (s->type->ptrmask)
                memcpy(mask + s->cg_index, s->type->ptrmask,
                       s->type->nslots);
        }
    }
    st->vm->globals = g;
    st->vm->nglobals = n;
    st->vm->globals_ptrmap = mask;
}

/* ---- program ---- */

static bool cg_is_generic(ck_func *ck)
{
    ast_node *d = ck->decl;
    if (d->kind != N_FUNCDECL)
        return false;
    if (d->b && d->b->c)
        return true;
    if (ck->sym && ck->sym->recv) {
        type *r = ck->sym->recv;
        if (type_under(r)->kind == T_POINTER && r->kind != T_NAMED)
            r = type_under(r)->elem;
        if (r->kind == T_NAMED && r->obj && r->obj->decl &&
            r->obj->decl->kind == N_TYPESPEC && r->obj->decl->c)
            return true;
    }
    return false;
}

static void cg_collect_funcs(cg_state *st)
{
    for (int p = 0; p < st->prog->npkgs; p++) {
        ck_package *pkg = st->prog->pkgs[p];
        for (int i = 0; i < pkg->nfuncs; i++) {
            if (st->nfuncs == st->capfuncs) {
                st->capfuncs = st->capfuncs ? st->capfuncs * 2 : 64;
                st->funcs = realloc(st->funcs,
                                    sizeof(ck_func *) * st->capfuncs);
            }
            st->funcs[st->nfuncs++] = pkg->funcs[i];
        }
    }
}

static void cg_gen_package(cg_state *st, ck_package *pkg)
{
    st->pkg = pkg;
    for (int i = 0; i < pkg->nfuncs; i++) {
        ck_func *ck = pkg->funcs[i];
        if (!ck->decl || ck->decl->kind != N_FUNCDECL || !ck->sym)
            continue;
        if (!ck->decl->c || cg_is_generic(ck))
            continue;
        golem_proto *p = cg_func_proto(st, ck->sym);
        cg_gen_function(st, NULL, ck, p);
        cg_drain_instances(st);
    }
}

static void cg_gen_inits(cg_state *st, cg_fn *f)
{
    for (int p = 0; p < st->prog->npkgs; p++) {
        ck_package *pkg = st->prog->pkgs[p];
        st->pkg = pkg;
        for (int i = 0; i < pkg->ninit; i++) {
            int m = cg_mark(f);
            ast_node *spec = pkg->init_order[i];
            f->line = spec->pos.line;
            cg_varspec_assign(f, spec, false);
            cg_release_scope(f, m);
        }
        for (int i = 0; i < pkg->ninit_funcs; i++) {
            golem_proto *ip = cg_func_proto(st, pkg->init_funcs[i]);
            int m = cg_mark(f);
            int win = cg_alloc_window(f, NULL, 0);
            cg_opx(f, OP_CALL, win, cg_const_ptr(f, ip));
            cg_release(f, m);
        }
    }
}

golem_proto *codegen_program(compilation *c)
{
    cg_state st;
    memset(&st, 0, sizeof st);
    st.c = c;
    st.vm = c->vm;
    st.prog = c->prog;
    st.u = c->prog && c->prog->types ? c->prog->types : c->vm->types;
    if (!st.prog || st.prog->npkgs == 0)
        return NULL;
    if (!c->vm->types)
        c->vm->types = st.u;
    st.cache = cg_cache_get(c->vm);
    cg_collect_funcs(&st);
    cg_layout_globals(&st);
    for (int p = 0; p < st.prog->npkgs; p++)
        cg_gen_package(&st, st.prog->pkgs[p]);

    golem_proto *entry = cg_new_proto(&st, "runtime.main", (src_pos){0});
    cg_fn f;
    cg_fn_init(&f, &st, NULL, entry);
    cg_gen_inits(&st, &f);
    ck_package *mainpkg = st.prog->pkgs[st.prog->npkgs - 1];
    symbol *mainfn = ck_lookup(mainpkg, "main");
    if (mainfn && mainfn->kind == SYM_FUNC) {
        int win = cg_alloc_window(&f, NULL, 0);
        cg_opx(&f, OP_CALL, win, cg_const_ptr(&f, cg_func_proto(&st, mainfn)));
    } else {
        cg_error(&st, (src_pos){0, 1, 1},
                 "function main is undeclared in the main package");
    }
    cg_op(&f, OP_RET0, 0, 0, 0);
    cg_fn_finish(&f);
    cg_fn_free(&f);
    cg_drain_instances(&st);
    free(st.insts);
    free(st.funcs);
    free(st.wraps);
    free(st.closures);
    if (st.failed || diag_count(c) > 0)
        return NULL;
    return entry;
}
