/*
 * check_generic.c - generics: type parameter lists, constraints,
 * instantiation (explicit and inferred) and core types.
 *
 * A generic function or type gets T_TYPEPARAM types for its parameters
 * (symbol.tparams; for a type also type.tparams), declared as type names in
 * a scope of their own that the signature, the body and the methods see.
 * The body of a generic function is checked once, generically: an operand
 * of type parameter type allows what its constraint allows (methods of the
 * constraint, operators when the type set permits, the core type for
 * indexing, ranging, len, make, append and composite literals). Untyped
 * constants used as a type parameter keep their constant value and take
 * the type parameter as their type; codegen converts them when it stencils.
 *
 * Methods of a generic type name their receiver's type parameters afresh
 * (`func (l *List[U]) Push(v U)`); those names are bound to the type's own
 * parameters, so every method is expressed in the type's T_TYPEPARAMs and
 * instantiation substitutes them (type_subst/type_instantiate, types.c).
 *
 * A call of a generic function without explicit type arguments infers them
 * by unifying parameter types with the types of the typed arguments, then
 * gives untyped constant arguments their default type, then uses a
 * constraint's single ~T term (core type) to infer parameters that appear
 * only inside other parameters' constraints. The call records ck_info.targs
 * and ck_info.inst_sig; explicit instantiation f[int] records them on the
 * N_INDEX.
 */
#include "check_impl.h"

/* ---------- declarations ---------- */

type **ck_declare_tparams(checker *ck, ast_node *list, int *np)
{
    int n = 0;
    for (int i = 0; i < list->list.len; i++) {
        int k = list->list.items[i]->list.len;
        n += k ? k : 1;
    }
    type **tps = types_alloc(ck->u, sizeof *tps * (size_t)(n + 1));
    /* until the constraints below are resolved a parameter's underlying is
       a permissive placeholder (no methods, comparable), so constraints
       that mention later parameters (`M ~map[K]V, K comparable`) check */
    type *pending = type_interface(ck->u, NULL, 0, NULL, NULL, 0, true);
    int k = 0;
    for (int i = 0; i < list->list.len; i++) {
        ast_node *f = list->list.items[i];
        for (int j = 0; j < f->list.len; j++) {
            ast_node *id = f->list.items[j];
            type *tp = type_typeparam(ck->u, id->name, k, pending);
            tps[k++] = tp;
            symbol *s = ck_new_sym(ck, SYM_TYPE, id->name, id->pos);
            s->type = tp;
            s->ck_color = 2;
            s->used = true;
            id->sym = s;
            tp->obj = s;
            ck_declare(ck, ck->scope, s, id->pos);
        }
    }
    k = 0;
    for (int i = 0; i < list->list.len; i++) {
        ast_node *f = list->list.items[i];
        type *c = ck_constraint_type(ck, f->a);
        for (int j = 0; j < f->list.len; j++) tps[k++]->underlying = c;
    }
    *np = n;
    return tps;
}

static void refresh_instances(checker *ck, type *g)
{
    for (int i = 0; i < g->ninstances; i++) {
        type *inst = g->instances[i];
        if (!inst->underlying) {
            type_complete_instance(ck->u, inst);
            continue;
        }
        if (!inst->mdecl && g->nmdecl) {
            inst->underlying = NULL;
            type_complete_instance(ck->u, inst);
            continue;
        }
        for (int j = 0; j < inst->nmdecl && j < g->nmdecl; j++)
            if (!inst->mdecl[j].sig && g->mdecl[j].sig)
                inst->mdecl[j].sig = type_subst(ck->u, g->mdecl[j].sig,
                                                g->tparams, inst->targs,
                                                inst->ntargs);
    }
}

void ck_generic_type_spec(checker *ck, ast_node *spec, symbol *sym)
{
    if (spec->flags & AF_ALIAS) {
        ck_error(ck, spec->pos, "generic type cannot be alias");
        sym->type = ty_invalid;
        return;
    }
    if (ck->fctx) {
        ck_error(ck, spec->pos, "generic type cannot be declared inside a "
                                "function");
    }
    type *named = type_named(ck->u, sym->name, ck->pkg, sym);
    sym->type = named;
    scope *saved = ck->scope;
    ck->scope = ck_scope_new(ck, ck->scope, SC_BLOCK);
    int n;
    type **tps = ck_declare_tparams(ck, spec->c, &n);
    named->tparams = tps;
    named->ntparams = n;
    sym->tparams = tps;
    sym->ntparams = n;
    if (sym->ck_decl) sym->ck_decl->tparam_scope = ck->scope;
    ck->tparam_depth++;
    type *rhs = ck_typexpr(ck, spec->a);
    ck->tparam_depth--;
    ck->scope = saved;
    type *u = type_under(rhs);
    if (rhs->kind == T_TYPEPARAM) {
        ck_error(ck, spec->a->pos, "cannot use a type parameter as RHS in "
                                   "type declaration");
        u = ty_invalid;
    }
    named->underlying = u;
    ck_resolve_type_methods(ck, named);
    for (int i = 0; i < named->nmdecl; i++) ck_method_sig(ck, &named->mdecl[i]);
    refresh_instances(ck, named);
}

/* Binds the receiver's type parameter names of a method of a generic type
   to the type's parameters; returns the scope holding them (NULL when the
   receiver is not generic). */
scope *ck_receiver_tparams(checker *ck, ast_node *recv)
{
    ast_node *t = recv ? recv->a : NULL;
    while (t && (t->kind == N_PAREN || t->kind == N_STAR)) t = t->a;
    if (!t || t->kind != N_INDEX || !t->a || t->a->kind != N_IDENT)
        return NULL;
    symbol *base = ck_lookup_name(ck, t->a->name, NULL);
    if (!base || base->kind != SYM_TYPE) return NULL;
    ck_resolve_obj(ck, base);
    if (!base->ntparams) return NULL;
    scope *s = ck_scope_new(ck, ck->scope, SC_BLOCK);
    if (t->list.len != base->ntparams) {
        ck_error(ck, t->pos, "receiver declares %d type parameter%s, but "
                             "receiver base type declares %d",
                 t->list.len, t->list.len == 1 ? "" : "s", base->ntparams);
    }
    for (int i = 0; i < t->list.len && i < base->ntparams; i++) {
        ast_node *id = t->list.items[i];
        if (id->kind != N_IDENT) continue;
        symbol *p = ck_new_sym(ck, SYM_TYPE, id->name, id->pos);
        p->type = base->tparams[i];
        p->ck_color = 2;
        p->used = true;
        id->sym = p;
        ck_declare(ck, s, p, id->pos);
    }
    return s;
}

/* ---------- core types ---------- */

static bool has_tparams_rec(type *t, int depth)
{
    if (!t || depth > 20) return false;
    depth++;
    switch (t->kind) {
    case T_TYPEPARAM: return true;
    case T_NAMED:
        for (int i = 0; i < t->ntargs; i++)
            if (has_tparams_rec(t->targs[i], depth)) return true;
        return t->ntparams > 0 && !t->origin;
    case T_POINTER: case T_SLICE: case T_ARRAY: case T_CHAN:
        return has_tparams_rec(t->elem, depth);
    case T_MAP:
        return has_tparams_rec(t->key, depth) || has_tparams_rec(t->elem, depth);
    case T_FUNC: case T_TUPLE:
        for (int i = 0; i < t->nparams; i++)
            if (has_tparams_rec(t->params[i], depth)) return true;
        for (int i = 0; i < t->nresults; i++)
            if (has_tparams_rec(t->results[i], depth)) return true;
        return false;
    case T_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (has_tparams_rec(t->fields[i].type, depth)) return true;
        return false;
    case T_INTERFACE:
        for (int i = 0; i < t->nmethods; i++)
            if (has_tparams_rec(t->methods[i].sig, depth)) return true;
        return false;
    default:
        return false;
    }
}

bool ck_has_tparams(type *t) { return has_tparams_rec(t, 0); }

type *ck_core(type *t)
{
    if (!t || t->kind != T_TYPEPARAM) return type_under(t);
    type *c = t->underlying ? type_under(t->underlying) : NULL;
    if (!c || c->kind != T_INTERFACE || c->nterms == 0) return t;
    type *u = type_under(c->terms[0]);
    for (int i = 1; i < c->nterms; i++)
        if (!type_identical(type_under(c->terms[i]), u)) return t;
    return u;
}

/* ---------- instantiation ---------- */

static bool check_targs(checker *ck, ast_node *at, type **tparams,
                        type **targs, int n)
{
    for (int i = 0; i < n; i++) {
        type *c = type_subst(ck->u, tparams[i]->underlying, tparams, targs, n);
        const char *reason = NULL;
        if (!ck_implements(ck, targs[i], c, &reason)) {
            const char *r = reason ? strstr(reason, " (") : NULL;
            const char *cs = tparams[i]->underlying &&
                                     tparams[i]->underlying->kind == T_NAMED
                                 ? ck_typestr(ck, tparams[i]->underlying)
                                 : ck_typestr(ck, c);
            type *cu = c ? type_under(c) : NULL;
            if (cu && cu->kind == T_INTERFACE && cu->comparable_constraint &&
                cu->nmethods == 0 && cu->nterms == 0)
                cs = "comparable"; /* Go names the bare constraint so */
            ck_error(ck, at->kind == N_CALL ? ck_gcpos(at) : ck_start(at),
                     "%s does not satisfy %s%s", ck_typestr(ck, targs[i]),
                     cs, r ? r : "");
            return false;
        }
    }
    return true;
}

static symbol *generic_func_sym(ast_node *e)
{
    while (e && e->kind == N_PAREN) e = e->a;
    if (!e) return NULL;
    if ((e->kind == N_IDENT || e->kind == N_SELECTOR) && e->sym &&
        e->sym->kind == SYM_FUNC && e->sym->ntparams)
        return e->sym;
    return NULL;
}

void ck_instantiate_index(checker *ck, ast_node *e, operand *x)
{
    operand f;
    if (e->list.len == 0 && e->info && e->info->inst_sig) {
        /* an instantiation ck_infer_func_value made, checked again */
        x->expr = e;
        x->val = NULL;
        x->mode = M_VALUE;
        x->type = e->info->inst_sig;
        return;
    }
    ck->tparam_depth++;
    ck_expr_any(ck, e->a, &f);
    ck->tparam_depth--;
    x->expr = e;
    x->val = NULL;
    if (f.mode == M_INVALID) {
        x->mode = M_INVALID;
        x->type = ty_invalid;
        return;
    }
    int n = e->list.len;
    type **targs = types_alloc(ck->u, sizeof *targs * (size_t)(n + 1));
    bool bad = false;
    for (int i = 0; i < n; i++) {
        targs[i] = ck_typexpr(ck, e->list.items[i]);
        if (targs[i]->kind == T_INVALID) bad = true;
    }
    ck_info *info = ck_info_of(ck, e);
    info->targs = targs;
    info->ntargs = n;
    if (f.mode == M_TYPE) {
        type *g = f.type;
        if (g->kind != T_NAMED || !g->ntparams || g->origin) {
            ck_error(ck, e->pos, "%s is not a generic type",
                     ck_typestr(ck, g));
            x->mode = M_INVALID;
            x->type = ty_invalid;
            return;
        }
        if (n != g->ntparams) {
            ck_error(ck, e->pos, "%s type arguments for type %s: have %d, "
                                 "want %d",
                     n < g->ntparams ? "not enough" : "too many", g->name, n,
                     g->ntparams);
            bad = true;
        }
        if (bad) {
            x->mode = M_INVALID;
            x->type = ty_invalid;
            return;
        }
        if (g->underlying) check_targs(ck, e, g->tparams, targs, n);
        x->mode = M_TYPE;
        x->type = type_instantiate(ck->u, g, targs, n);
        return;
    }
    symbol *fs = generic_func_sym(e->a);
    if (!fs) {
        ck_error(ck, e->pos, "invalid operation: cannot index %s",
                 ck_operand_str(ck, &f));
        x->mode = M_INVALID;
        x->type = ty_invalid;
        return;
    }
    if (n > fs->ntparams) {
        ck_error(ck, e->list.items[fs->ntparams]->pos,
                 "got %d type arguments but %s has %d type parameters", n,
                 fs->name, fs->ntparams);
        bad = true;
    } else if (n < fs->ntparams) {
        /* partial instantiation: the call infers the rest */
        if (bad) {
            x->mode = M_INVALID;
            x->type = ty_invalid;
            return;
        }
        e->sym = fs;
        x->mode = M_VALUE;
        x->type = fs->type;
        return;
    }
    if (bad) {
        x->mode = M_INVALID;
        x->type = ty_invalid;
        return;
    }
    check_targs(ck, e, fs->tparams, targs, n);
    type *sig = type_subst(ck->u, fs->type, fs->tparams, targs, n);
    info->inst_sig = sig;
    e->sym = fs;
    x->mode = M_VALUE;
    x->type = sig;
}

/* ---------- inference ---------- */

typedef struct infer {
    type **tparams;
    type **bound;
    int n;
} infer;

static int tparam_index(infer *in, type *t)
{
    for (int i = 0; i < in->n; i++)
        if (in->tparams[i] == t) return i;
    return -1;
}

static void unify(infer *in, type *p, type *a, int depth)
{
    if (!p || !a || depth > 30 || a->kind == T_INVALID) return;
    if (p->kind == T_TYPEPARAM) {
        int i = tparam_index(in, p);
        if (i >= 0 && !in->bound[i] && !type_is_untyped(a)) in->bound[i] = a;
        return;
    }
    if (type_is_untyped(a)) return;
    if (p->kind == T_NAMED) {
        if (p->origin && a->kind == T_NAMED && a->origin == p->origin)
            for (int i = 0; i < p->ntargs && i < a->ntargs; i++)
                unify(in, p->targs[i], a->targs[i], depth + 1);
        else if (p->ntparams && !p->origin && a->kind == T_NAMED &&
                 a->origin == p)
            for (int i = 0; i < p->ntparams && i < a->ntargs; i++)
                unify(in, p->tparams[i], a->targs[i], depth + 1);
        return;
    }
    type *au = a;
    if (a->kind == T_NAMED) au = type_under(a);
    if (au->kind != p->kind) return;
    switch (p->kind) {
    case T_POINTER: case T_SLICE: case T_ARRAY: case T_CHAN:
        unify(in, p->elem, au->elem, depth + 1);
        break;
    case T_MAP:
        unify(in, p->key, au->key, depth + 1);
        unify(in, p->elem, au->elem, depth + 1);
        break;
    case T_FUNC:
        for (int i = 0; i < p->nparams && i < au->nparams; i++)
            unify(in, p->params[i], au->params[i], depth + 1);
        for (int i = 0; i < p->nresults && i < au->nresults; i++)
            unify(in, p->results[i], au->results[i], depth + 1);
        break;
    case T_STRUCT:
        for (int i = 0; i < p->nfields && i < au->nfields; i++)
            unify(in, p->fields[i].type, au->fields[i].type, depth + 1);
        break;
    default:
        break;
    }
}

static type *param_for_arg(type *sig, int i, bool ellipsis)
{
    int np = sig->nparams;
    if (np == 0) return NULL;
    if (sig->variadic && i >= np - 1)
        return ellipsis ? sig->params[np - 1] : sig->params[np - 1]->elem;
    return i < np ? sig->params[i] : NULL;
}

/* Constraint type inference: a bound parameter whose constraint has a
   single term (its core type, e.g. ~[]E) is unified with that term, which
   binds the parameters the term mentions. */
/* Whether type parameter term t can be substituted now: it mentions no
   type parameter, or it is *P / []P of a bound parameter P of in (the
   common `PT interface{ *T; M() }` pattern). */
static bool term_substitutable(infer *in, type *t)
{
    if (!ck_has_tparams(t)) return true;
    if ((t->kind == T_POINTER || t->kind == T_SLICE) && t->elem &&
        t->elem->kind == T_TYPEPARAM) {
        int k = tparam_index(in, t->elem);
        return k >= 0 && in->bound[k];
    }
    return false;
}

static void unify_core_constraints(checker *ck, infer *in)
{
    for (int round = 0; round < 3; round++)
        for (int i = 0; i < in->n; i++) {
            type *c = in->tparams[i]->underlying;
            if (c) c = type_under(c);
            if (!c || c->kind != T_INTERFACE || c->nterms != 1) continue;
            if (in->bound[i]) {
                unify(in, c->terms[0], ck_core(in->bound[i]), 0);
            } else if (!(c->term_tilde && c->term_tilde[0]) &&
                       term_substitutable(in, c->terms[0])) {
                /* an unbound parameter whose constraint has one exact
                   type: it is that type (with known parameters filled) */
                in->bound[i] = type_subst(ck->u, c->terms[0], in->tparams,
                                          in->bound, in->n);
            }
        }
}

type *ck_infer_call(checker *ck, ast_node *call, symbol *fn, operand *args,
                    int nargs)
{
    type *sig = fn->type;
    if (!sig || sig->kind != T_FUNC) return NULL;
    infer in = {fn->tparams, NULL, fn->ntparams};
    in.bound = ck_alloc(ck, sizeof(type *) * (size_t)(in.n + 1));
    ast_node *callee = call->a;
    while (callee->kind == N_PAREN) callee = callee->a;
    if (callee->kind == N_INDEX && callee->info) /* f[A](...) partial */
        for (int i = 0; i < callee->info->ntargs && i < in.n; i++)
            in.bound[i] = callee->info->targs[i];
    bool ellipsis = (call->flags & AF_ELLIPSIS) != 0;
    for (int i = 0; i < nargs; i++) {
        if (args[i].mode == M_INVALID) return NULL;
        type *p = param_for_arg(sig, i, ellipsis);
        if (p && !type_is_untyped(args[i].type)) unify(&in, p, args[i].type, 0);
    }
    /* core types of constraints first (Go's order: `S ~[]E` binds E from
       a typed S before an untyped constant argument could default E),
       then untyped defaults, then core types again for what they bound */
    unify_core_constraints(ck, &in);
    for (int i = 0; i < nargs; i++) {
        type *p = param_for_arg(sig, i, ellipsis);
        if (!p || p->kind != T_TYPEPARAM || !type_is_untyped(args[i].type) ||
            args[i].type == ty_untyped_nil)
            continue;
        int k = tparam_index(&in, p);
        if (k >= 0 && !in.bound[k]) in.bound[k] = type_default(args[i].type);
    }
    unify_core_constraints(ck, &in);
    int np = sig->nparams;
    if ((!sig->variadic && nargs != np) || (sig->variadic && nargs < np - 1))
        return sig; /* match_args reports the count */
    for (int i = 0; i < in.n; i++)
        if (!in.bound[i]) {
            ck_error(ck, call->end.line ? call->oppos : call->pos,
                     "in call to %s, cannot infer %s", ck_exprstr(ck, call->a),
                     in.tparams[i]->name);
            return NULL;
        }
    if (!check_targs(ck, call, in.tparams, in.bound, in.n)) return NULL;
    type *inst = type_subst(ck->u, sig, in.tparams, in.bound, in.n);
    ck_info *info = ck_info_of(ck, call);
    info->targs = in.bound;
    info->ntargs = in.n;
    info->inst_sig = inst;
    return inst;
}

/* Go 1.21: a generic function used as a value of a known function type
   (var f func(int) int = Identity; g = Pair; an argument for a parameter
   of function type) takes its type arguments from that type, by unifying
   its signature with the target's. On success e becomes the
   instantiation e[T...] (an N_INDEX around a copy of the name, as if the
   program had written it, which codegen compiles like any explicit
   instantiation) and x its value; false when nothing could be inferred
   (the caller reports the value as uninstantiated). */
bool ck_infer_func_value(checker *ck, ast_node *e, operand *x, type *target)
{
    symbol *fs = generic_func_sym(e);
    type *want = target ? type_under(target) : NULL;
    if (!fs || !want || want->kind != T_FUNC || ck_has_tparams(want))
        return false;
    type *sig = fs->type;
    if (!sig || sig->kind != T_FUNC || sig->nparams != want->nparams ||
        sig->nresults != want->nresults || sig->variadic != want->variadic)
        return false;
    infer in = {fs->tparams, NULL, fs->ntparams};
    in.bound = ck_alloc(ck, sizeof(type *) * (size_t)(in.n + 1));
    unify(&in, sig, want, 0);
    unify_core_constraints(ck, &in);
    for (int i = 0; i < in.n; i++)
        if (!in.bound[i])
            return false;
    ast_node *u = e;
    while (u->kind == N_PAREN)
        u = u->a;
    if (!check_targs(ck, u, in.tparams, in.bound, in.n)) {
        x->mode = M_INVALID;
        x->type = ty_invalid;
        return true;
    }
    type *inst = type_subst(ck->u, sig, in.tparams, in.bound, in.n);
    ast_node *name = ck_alloc(ck, sizeof *name);
    *name = *u;
    memset(&u->list, 0, sizeof u->list);
    u->kind = N_INDEX;
    u->a = name;
    u->info = NULL;
    ck_info *info = ck_info_of(ck, u);
    info->targs = in.bound;
    info->ntargs = in.n;
    info->inst_sig = inst;
    u->sym = fs;
    for (ast_node *p = e; p; p = p->kind == N_PAREN ? p->a : NULL)
        p->type = inst;
    x->mode = M_VALUE;
    x->type = inst;
    return true;
}
