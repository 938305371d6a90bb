/*
 * check_type.c - type expressions, declarations of types and constants,
 * and the relations between types: assignability, interface
 * implementation, convertibility, and field/method lookup through embedded
 * fields.
 *
 * Type expressions are evaluated to interned types (types.c). A defined
 * type `type T U` gets its T_NAMED before U is evaluated, so U may refer to
 * T through pointers, slices, maps, channels and functions; a direct
 * containment (struct field or array element of type T) is Go's "invalid
 * recursive type", detected after U is known.
 *
 * Field and method lookup is Go's breadth-first search over embedded
 * fields: at each depth the selector must be found exactly once (else it is
 * ambiguous) and a shallower match hides deeper ones. The search records the
 * path of embedded fields it walked (sel_step, with a deref flag wherever the
 * value at hand was a pointer), which codegen follows literally.
 */
#include "check_impl.h"

/* ---------- lookup ---------- */

enum { LOOKUP_MAX_CANDS = 64 };

typedef struct cand {
    type *t;
    sel_step path[32];
    int npath;
    bool indirect;
} cand;

static bool seen_type(type **seen, int n, type *t)
{
    for (int i = 0; i < n; i++)
        if (seen[i] == t) return true;
    return false;
}

static void note_found(lookup_res *r, int *found, cand *c)
{
    (*found)++;
    memcpy(r->path, c->path, sizeof(sel_step) * (size_t)c->npath);
    r->npath = c->npath;
}

void ck_lookup_field_or_method(checker *ck, type *t, const char *name,
                               lookup_res *r)
{
    memset(r, 0, sizeof *r);
    if (!t || !name || ck_is_blank(name)) return;
    /* Two generations of candidates; most lookups end at depth 0, so the
       arrays are stack storage left uninitialised except for cur[0]
       (zeroing ~36 KiB per selector dominated start-up time). */
    cand cur_buf[LOOKUP_MAX_CANDS], next_buf[LOOKUP_MAX_CANDS];
    cand *cur = cur_buf, *next = next_buf;
    type *seen[128];
    int ncur = 1, nseen = 0;
    cur[0].t = t;
    cur[0].npath = 0;
    cur[0].indirect = false;
    for (int depth = 0; depth < 16 && ncur > 0; depth++) {
        int found = 0, nnext = 0;
        for (int ci = 0; ci < ncur; ci++) {
            cand *c = &cur[ci];
            type *T = c->t;
            bool isptr = false;
            if (T->kind == T_POINTER) {
                T = T->elem;
                isptr = true;
            } else if (T->kind == T_NAMED && depth == 0 &&
                       type_under(T)->kind == T_POINTER) {
                /* a defined pointer type: fields only, no methods */
                T = type_under(T)->elem;
                isptr = true;
            }
            if (T->kind == T_NAMED) {
                if (seen_type(seen, nseen, T)) continue;
                if (nseen < 128) seen[nseen++] = T;
                ck_resolve_type_methods(ck, T);
                for (int i = 0; i < T->nmdecl; i++)
                    if (strcmp(T->mdecl[i].name, name) == 0) {
                        note_found(r, &found, c);
                        r->kind = 2;
                        r->meth = &T->mdecl[i];
                        r->recv_ptr = isptr;
                        r->indirect = c->indirect || isptr;
                        r->holder = T;
                    }
            }
            type *U = T->kind == T_TYPEPARAM ? type_under(T->underlying) : type_under(T);
            if (!U) continue;
            if (U->kind == T_STRUCT) {
                for (int i = 0; i < U->nfields; i++) {
                    field *f = &U->fields[i];
                    if (strcmp(f->name, name) == 0) {
                        note_found(r, &found, c);
                        r->kind = 1;
                        r->fld = f;
                        r->holder = T;
                        r->path[r->npath].field = i;
                        r->path[r->npath].deref = isptr;
                        r->npath++;
                        r->indirect = c->indirect || isptr;
                    }
                    if (f->embedded && nnext < LOOKUP_MAX_CANDS && c->npath < 31) {
                        cand *n = &next[nnext++];
                        *n = *c;
                        n->t = f->type;
                        n->path[n->npath].field = i;
                        n->path[n->npath].deref = isptr;
                        n->npath++;
                        n->indirect = c->indirect || isptr;
                    }
                }
            } else if (U->kind == T_INTERFACE && !isptr) {
                for (int i = 0; i < U->nmethods; i++)
                    if (strcmp(U->methods[i].name, name) == 0) {
                        note_found(r, &found, c);
                        r->kind = 4;
                        r->meth = &U->methods[i];
                        r->iface_index = i;
                        r->holder = T;
                        r->indirect = c->indirect;
                    }
            }
        }
        if (found > 1) {
            r->kind = 3;
            break;
        }
        if (found == 1) break;
        cand *tmp = cur;
        cur = next;
        next = tmp;
        ncur = nnext;
    }
}

/* ---------- interfaces ---------- */

static const char *sig_str(checker *ck, const char *name, type *sig)
{
    const char *s = ck_typestr(ck, sig); /* "func(...)..." */
    return ck_sprintf(ck, "%s%s", name, s + 4);
}

bool ck_implements(checker *ck, type *v, type *iface, const char **reason)
{
    type *iu = type_under(iface);
    if (iu->kind != T_INTERFACE) return false;
    if (v->kind == T_INVALID) return true;
    const char *vs = ck_typestr(ck, v), *is = ck_typestr(ck, iface);
    for (int i = 0; i < iu->nmethods; i++) {
        method *want = &iu->methods[i];
        lookup_res r;
        ck_lookup_field_or_method(ck, v, want->name, &r);
        if (r.kind != 2 && r.kind != 4) {
            if (reason)
                *reason = ck_sprintf(ck, "%s does not implement %s "
                                         "(missing method %s)",
                                     vs, is, want->name);
            return false;
        }
        type *have = ck_method_sig(ck, r.meth);
        if (!type_identical(have, want->sig)) {
            if (reason)
                *reason = ck_sprintf(
                    ck,
                    "%s does not implement %s (wrong type for method %s)\n"
                    "\t\thave %s\n\t\twant %s",
                    vs, is, want->name, sig_str(ck, want->name, have),
                    sig_str(ck, want->name, want->sig));
            return false;
        }
        if (r.kind == 2 && r.meth->ptr_recv && !r.indirect &&
            type_under(v)->kind != T_POINTER) {
            if (reason)
                *reason = ck_sprintf(ck, "%s does not implement %s "
                                         "(method %s has pointer receiver)",
                                     vs, is, want->name);
            return false;
        }
    }
    if (iu->nterms || iu->comparable_constraint) {
        /* constraint satisfaction (generics) */
        if (iu->comparable_constraint && !type_comparable(v)) {
            if (reason) *reason = ck_sprintf(ck, "%s does not satisfy comparable", vs);
            return false;
        }
        if (iu->nterms) {
            bool ok = false;
            for (int i = 0; i < iu->nterms && !ok; i++) {
                type *t = iu->terms[i];
                if (type_identical(v, t)) ok = true;
                else if (iu->term_tilde[i] &&
                         type_identical(type_under(v), type_under(t)))
                    ok = true;
                else if (type_is_interface(t) && ck_implements(ck, v, t, NULL))
                    ok = true;
            }
            if (v->kind == T_TYPEPARAM) ok = true; /* checked by its own set */
            if (!ok) {
                if (reason) {
                    const char *ts = "";
                    for (int i = 0; i < iu->nterms; i++)
                        ts = ck_sprintf(ck, "%s%s%s%s", ts, i ? " | " : "",
                                        iu->term_tilde[i] ? "~" : "",
                                        ck_typestr(ck, iu->terms[i]));
                    *reason = ck_sprintf(ck, "%s does not satisfy %s (%s "
                                             "missing in %s)",
                                         vs, is, vs, ts);
                }
                return false;
            }
        }
    }
    return true;
}

/* ---------- assignability & conversion ---------- */

static bool nil_assignable(type *t)
{
    switch (type_under(t)->kind) {
    case T_POINTER: case T_FUNC: case T_SLICE: case T_MAP: case T_CHAN:
    case T_INTERFACE: case T_UNSAFEPTR:
        return true;
    default:
        return t->kind == T_TYPEPARAM;
    }
}

bool ck_assignable(checker *ck, operand *x, type *t, const char **reason)
{
    type *v = x->type;
    if (reason) *reason = NULL;
    if (!v || !t || v->kind == T_INVALID || t->kind == T_INVALID) return true;
    if (type_identical(v, t)) return true;
    type *vu = type_under(v), *tu = type_under(t);
    if (type_is_untyped(v)) {
        if (v == ty_untyped_nil) return nil_assignable(t);
        if (tu->kind == T_INTERFACE && t->kind != T_TYPEPARAM)
            return ck_implements(ck, type_default(v), t, reason);
        switch (tu->kind) {
        case T_BOOL: return v == ty_untyped_bool;
        case T_STRING: return v == ty_untyped_string;
        default:
            if (type_is_numeric(tu)) return type_is_numeric(v);
            return false;
        }
    }
    bool vnamed = v->kind == T_NAMED || v->kind == T_TYPEPARAM ||
                  type_is_basic(v);
    bool tnamed = t->kind == T_NAMED || t->kind == T_TYPEPARAM ||
                  type_is_basic(t);
    if (v->kind != T_TYPEPARAM && t->kind != T_TYPEPARAM &&
        type_identical(vu, tu) && (!vnamed || !tnamed))
        return true;
    if (tu->kind == T_INTERFACE && t->kind != T_TYPEPARAM)
        return ck_implements(ck, v, t, reason);
    /* a type parameter whose type set has one underlying type (its core
       type) assigns to / from an unnamed type identical to it */
    if (v->kind == T_TYPEPARAM && t->kind != T_NAMED && !type_is_basic(t) &&
        t->kind != T_TYPEPARAM && ck_core(v) != v &&
        type_identical(ck_core(v), t))
        return true;
    if (t->kind == T_TYPEPARAM && v->kind != T_NAMED && !type_is_basic(v) &&
        ck_core(t) != t && type_identical(ck_core(t), v))
        return true;
    if (vu->kind == T_CHAN && vu->dir == CHAN_BOTH && tu->kind == T_CHAN &&
        type_identical(vu->elem, tu->elem) && (!vnamed || !tnamed))
        return true;
    return false;
}

static bool identical_ignore_tags(type *a, type *b)
{
    a = type_under(a);
    b = type_under(b);
    if (type_identical(a, b)) return true;
    if (a->kind != T_STRUCT || b->kind != T_STRUCT ||
        a->nfields != b->nfields)
        return false;
    for (int i = 0; i < a->nfields; i++)
        if (strcmp(a->fields[i].name, b->fields[i].name) != 0 ||
            a->fields[i].embedded != b->fields[i].embedded ||
            !type_identical(a->fields[i].type, b->fields[i].type))
            return false;
    return true;
}

static bool is_bytes_or_runes(type *t)
{
    type *u = type_under(t);
    if (u->kind != T_SLICE) return false;
    type_kind k = type_under(u->elem)->kind;
    return k == T_UINT8 || k == T_INT32;
}

bool ck_convertible(checker *ck, operand *x, type *t)
{
    type *v = x->type;
    if (ck_assignable(ck, x, t, NULL)) return true;
    type *vu = type_under(v), *tu = type_under(t);
    if (identical_ignore_tags(v, t)) return true;
    if (vu->kind == T_POINTER && tu->kind == T_POINTER && v->kind != T_NAMED &&
        t->kind != T_NAMED && identical_ignore_tags(vu->elem, tu->elem))
        return true;
    if (type_is_numeric(vu) && type_is_numeric(tu)) return true;
    if (type_is_string(tu) && (type_is_integer(vu) || is_bytes_or_runes(vu)))
        return true;
    if (type_is_string(vu) && is_bytes_or_runes(tu)) return true;
    if (vu->kind == T_SLICE && tu->kind == T_POINTER &&
        type_under(tu->elem)->kind == T_ARRAY &&
        type_identical(vu->elem, type_under(tu->elem)->elem))
        return true;
    if (vu->kind == T_SLICE && tu->kind == T_ARRAY &&
        type_identical(vu->elem, tu->elem))
        return true;
    if (v->kind == T_TYPEPARAM || t->kind == T_TYPEPARAM) return true;
    return false;
}

/* ---------- type expressions ---------- */

static type *array_length_type(checker *ck, ast_node *e, type *elem)
{
    operand x;
    ck_expr(ck, e->a, &x);
    if (x.mode == M_INVALID) return ty_invalid;
    if (x.mode != M_CONST) {
        ck_error(ck, e->a->pos, "array length %s must be constant",
                 ck_operand_str(ck, &x));
        return ty_invalid;
    }
    int64_t n;
    if (!type_is_integer(x.type) && !(type_is_untyped(x.type) &&
                                       cv_is_int_valued(x.val))) {
        ck_error(ck, e->a->pos, "array length %s must be integer",
                 ck_operand_str(ck, &x));
        return ty_invalid;
    }
    if (!cv_to_int64(x.val, &n) || n < 0) {
        ck_error(ck, e->a->pos, "invalid array length %s",
                 ck_exprstr(ck, e->a));
        return ty_invalid;
    }
    if (type_is_untyped(x.type)) ck_set_final_type(ck, e->a, ty_int);
    return type_array(ck->u, elem, n);
}

static type *struct_type(checker *ck, ast_node *e)
{
    int n = 0;
    for (int i = 0; i < e->list.len; i++) {
        int k = e->list.items[i]->list.len;
        n += k ? k : 1;
    }
    field *fs = ck_alloc(ck, sizeof *fs * (size_t)(n + 1));
    src_pos *pos = ck_alloc(ck, sizeof *pos * (size_t)(n + 1));
    int k = 0;
    for (int i = 0; i < e->list.len; i++) {
        ast_node *f = e->list.items[i];
        type *ft = ck_typexpr(ck, f->a);
        const char *tag = NULL;
        if (f->b) {
            type *tt;
            const char *err;
            const_value *v = cv_from_literal(ck, f->b, &tt, &err);
            if (v && v->kind == CV_STRING) tag = v->s;
        }
        if (f->list.len == 0) {
            /* embedded: T, *T, pkg.T */
            ast_node *te = f->a;
            while (te->kind == N_PAREN) te = te->a;
            if (te->kind == N_STAR) te = te->a;
            if (te->kind == N_INDEX) te = te->a;
            const char *name = te->kind == N_SELECTOR ? te->name : te->name;
            if (!name) name = "?";
            type *base = type_under(ft);
            if (ft->kind == T_POINTER) {
                type *eu = type_under(ft->elem);
                if (eu->kind == T_POINTER || eu->kind == T_INTERFACE)
                    ck_error(ck, f->a->pos,
                             "embedded field type cannot be a pointer to an "
                             "interface");
            } else if (base->kind == T_POINTER) {
                ck_error(ck, f->a->pos,
                         "embedded field type cannot be a pointer");
            }
            fs[k].name = name;
            fs[k].embedded = true;
            fs[k].type = ft;
            fs[k].tag = tag;
            fs[k].exported = ck_is_exported(name);
            pos[k] = f->a->pos;
            k++;
            continue;
        }
        for (int j = 0; j < f->list.len; j++) {
            fs[k].name = f->list.items[j]->name;
            fs[k].type = ft;
            fs[k].tag = tag;
            fs[k].exported = ck_is_exported(fs[k].name);
            pos[k] = f->list.items[j]->pos;
            k++;
        }
    }
    for (int i = 0; i < k; i++)
        for (int j = 0; j < i; j++)
            if (!ck_is_blank(fs[i].name) &&
                strcmp(fs[i].name, fs[j].name) == 0) {
                ck_error(ck, pos[i], "%s redeclared", fs[i].name);
                break;
            }
    return type_struct(ck->u, fs, k);
}

typedef struct mlist {
    method *m;
    int n, cap;
    type **terms;
    bool *tilde;
    int nterms, capterms;
    bool comparable;
} mlist;

static void add_method(checker *ck, mlist *l, const char *name, type *sig,
                       src_pos pos)
{
    for (int i = 0; i < l->n; i++)
        if (strcmp(l->m[i].name, name) == 0) {
            if (!type_identical(l->m[i].sig, sig))
                ck_error(ck, pos, "duplicate method %s", name);
            return;
        }
    if (l->n == l->cap) {
        int nc = l->cap ? l->cap * 2 : 8;
        method *nm = ck_alloc(ck, sizeof *nm * (size_t)nc);
        if (l->n) memcpy(nm, l->m, sizeof *nm * (size_t)l->n);
        l->m = nm;
        l->cap = nc;
    }
    memset(&l->m[l->n], 0, sizeof(method));
    l->m[l->n].name = name;
    l->m[l->n].sig = sig;
    l->n++;
}

static void add_term(checker *ck, mlist *l, type *t, bool tilde)
{
    if (l->nterms == l->capterms) {
        int nc = l->capterms ? l->capterms * 2 : 8;
        type **nt = ck_alloc(ck, sizeof *nt * (size_t)nc);
        bool *nb = ck_alloc(ck, sizeof *nb * (size_t)nc);
        if (l->nterms) {
            memcpy(nt, l->terms, sizeof *nt * (size_t)l->nterms);
            memcpy(nb, l->tilde, sizeof *nb * (size_t)l->nterms);
        }
        l->terms = nt;
        l->tilde = nb;
        l->capterms = nc;
    }
    l->terms[l->nterms] = t;
    l->tilde[l->nterms] = tilde;
    l->nterms++;
}

static void union_terms(checker *ck, mlist *l, ast_node *e)
{
    while (e->kind == N_PAREN) e = e->a;
    if (e->kind == N_BINARY && ck_op(e->op, NULL) == OP_OR) {
        union_terms(ck, l, e->a);
        union_terms(ck, l, e->b);
        return;
    }
    bool tilde = false;
    if (e->kind == N_UNARY && ck_op(e->op, NULL) == OP_TILDE) {
        tilde = true;
        e = e->a;
    }
    type *t = ck_typexpr(ck, e);
    add_term(ck, l, t, tilde);
}

/* Whether an explicit method named name precedes element i of interface
   literal e. */
static bool explicit_method_before(ast_node *e, int i, const char *name)
{
    for (int j = 0; j < i; j++) {
        ast_node *g = e->list.items[j];
        if (g->list.len && strcmp(g->list.items[0]->name, name) == 0)
            return true;
    }
    return false;
}

static type *interface_type(checker *ck, ast_node *e)
{
    mlist l = {0};
    for (int i = 0; i < e->list.len; i++) {
        ast_node *f = e->list.items[i];
        if (f->list.len) {
            type *sig = ck_signature(ck, f->a, NULL, NULL, NULL, NULL, NULL);
            const char *name = f->list.items[0]->name;
            if (explicit_method_before(e, i, name)) {
                /* two explicit methods of one name clash even when their
                   signatures agree (embedded ones may coincide) */
                ck_error(ck, f->pos, "duplicate method %s", name);
                continue;
            }
            add_method(ck, &l, name, sig, f->pos);
            continue;
        }
        ast_node *te = f->a;
        bool is_union = (te->kind == N_BINARY) || te->kind == N_UNARY;
        if (is_union) {
            union_terms(ck, &l, te);
            continue;
        }
        type *t = ck_typexpr(ck, te);
        type *u = type_under(t);
        if (t->kind == T_NAMED && !t->underlying) {
            ck_error(ck, te->pos, "invalid recursive type %s",
                     ck_typestr(ck, t));
            continue;
        }
        if (u->kind == T_INTERFACE) {
            for (int j = 0; j < u->nmethods; j++)
                add_method(ck, &l, u->methods[j].name, u->methods[j].sig,
                           te->pos);
            for (int j = 0; j < u->nterms; j++)
                add_term(ck, &l, u->terms[j], u->term_tilde[j]);
            if (u->comparable_constraint) l.comparable = true;
        } else if (t->kind != T_INVALID) {
            add_term(ck, &l, t, false);
        }
    }
    return type_interface(ck->u, l.m, l.n, l.terms, l.tilde, l.nterms,
                          l.comparable);
}

type *ck_constraint_type(checker *ck, ast_node *e)
{
    ast_node *u = e;
    while (u->kind == N_PAREN) u = u->a;
    if ((u->kind == N_BINARY && ck_op(u->op, NULL) == OP_OR) ||
        (u->kind == N_UNARY && ck_op(u->op, NULL) == OP_TILDE)) {
        mlist l = {0};
        union_terms(ck, &l, u);
        type *t = type_interface(ck->u, NULL, 0, l.terms, l.tilde, l.nterms,
                                 false);
        e->type = t;
        return t;
    }
    type *t = ck_typexpr(ck, e);
    if (t->kind == T_INVALID || type_is_interface(t)) return t;
    type *terms[1] = {t};
    bool tilde[1] = {false};
    return type_interface(ck->u, NULL, 0, terms, tilde, 1, false);
}

static type *ident_type(checker *ck, ast_node *e, bool report)
{
    symbol *s = ck_lookup_name(ck, e->name, NULL);
    if (!s) {
        if (report) ck_error(ck, e->pos, "undefined: %s", e->name);
        return ty_invalid;
    }
    if (s->kind != SYM_TYPE) {
        s->used = true;
        if (report) {
            if (ck_is_blank(e->name))
                ck_error(ck, e->pos, "cannot use _ as value or type");
            else
                ck_error(ck, e->pos, "%s is not a type", e->name);
        }
        return report ? ty_invalid : NULL;
    }
    e->sym = s;
    s->used = true;
    ck_resolve_obj(ck, s);
    if (s->ntparams && ck->tparam_depth == 0) {
        if (report) {
            const char *ps = "";
            for (int i = 0; i < s->ntparams; i++)
                ps = ck_sprintf(ck, "%s%s%s %s", ps, i ? ", " : "",
                                s->tparams[i]->name,
                                ck_typestr(ck, s->tparams[i]->underlying));
            ck_error(ck, e->pos, "cannot use generic type %s[%s] without "
                                 "instantiation", e->name, ps);
        }
        return ty_invalid;
    }
    return s->type ? s->type : ty_invalid;
}
/* Whether type parameter t may be a map key: its constraint embeds
   comparable, or has terms that are all comparable. A constraint not yet
   resolved (or not an interface) gets the benefit of the doubt. */
static bool tparam_comparable(type *t)
{
    type *c = t->underlying ? type_under(t->underlying) : NULL;
    if (!c || c->kind != T_INTERFACE || c->comparable_constraint) return true;
    if (c->nterms == 0) return false;
    for (int i = 0; i < c->nterms; i++)
        if (!type_comparable(c->terms[i])) return false;
    return true;
}

static type *typexpr(checker *ck, ast_node *e, bool report)
{
    type *t = NULL;
    switch (e->kind) {
    case N_IDENT:
        t = ident_type(ck, e, report);
        break;
    case N_PAREN:
        t = typexpr(ck, e->a, report);
        break;
    case N_SELECTOR: {
        if (e->a->kind != N_IDENT) break;
        symbol *p = ck_lookup_name(ck, e->a->name, NULL);
        if (!p || p->kind != SYM_PKG) break;
        p->used = true;
        e->a->sym = p;
        if (!p->imported) return ty_invalid;
        symbol *m = ck_lookup(p->imported, e->name);
        if (!m || !ck_is_exported(e->name)) {
            if (report)
                ck_error(ck, e->pos, "undefined: %s.%s", e->a->name, e->name);
            return ty_invalid;
        }
        if (m->kind != SYM_TYPE) {
            if (report) ck_error(ck, e->pos, "%s.%s is not a type",
                                 e->a->name, e->name);
            return report ? ty_invalid : NULL;
        }
        e->sym = m;
        ck_info_of(ck, e)->sel = SEL_QUALIFIED;
        t = m->type;
        break;
    }
    case N_STAR: {
        type *el = typexpr(ck, e->a, report);
        if (!el) return NULL;
        t = type_pointer(ck->u, el);
        break;
    }
    case N_ARRAYTYPE: {
        type *el = ck_typexpr(ck, e->b);
        if (!e->a) t = type_slice(ck->u, el);
        else if (e->a->kind == N_ELLIPSIS) {
            ck_error(ck, e->a->pos, "invalid use of [...] array (outside a "
                                    "composite literal)");
            t = ty_invalid;
        } else
            t = array_length_type(ck, e, el);
        break;
    }
    case N_ELLIPSIS:
        t = type_slice(ck->u, ck_typexpr(ck, e->a));
        break;
    case N_MAPTYPE: {
        type *k = ck_typexpr(ck, e->a), *v = ck_typexpr(ck, e->b);
        if (k->kind == T_TYPEPARAM) {
            if (!tparam_comparable(k))
                ck_error(ck, e->a->pos, "invalid map key type %s (missing "
                         "comparable constraint)", ck_typestr(ck, k));
        } else if (k->kind != T_INVALID &&
                   (k->kind != T_NAMED || k->underlying) &&
                   !type_comparable(k))
            ck_error(ck, e->a->pos, "invalid map key type %s",
                     ck_typestr(ck, k));
        t = type_map(ck->u, k, v);
        break;
    }
    case N_CHANTYPE:
        t = type_chan(ck->u, ck_typexpr(ck, e->a), e->op ? e->op : CHAN_BOTH);
        break;
    case N_FUNCTYPE:
        t = ck_signature(ck, e, NULL, NULL, NULL, NULL, NULL);
        break;
    case N_STRUCTTYPE:
        t = struct_type(ck, e);
        break;
    case N_INTERFACETYPE:
        t = interface_type(ck, e);
        break;
    case N_INDEX: {
        operand x;
        ck_instantiate_index(ck, e, &x);
        if (x.mode == M_TYPE) t = x.type;
        else if (x.mode != M_INVALID && report)
            ck_error(ck, e->pos, "%s is not a type", ck_exprstr(ck, e));
        if (!t) t = report ? ty_invalid : NULL;
        break;
    }
    default:
        break;
    }
    if (!t) {
        if (!report) return NULL;
        ck_error(ck, e->pos, "%s is not a type", ck_exprstr(ck, e));
        t = ty_invalid;
    }
    if (t->kind == T_COMPLEX64 || t->kind == T_COMPLEX128) {
        ck_error(ck, e->pos, "golem: complex numbers are not supported");
        t = ty_invalid;
    }
    e->type = t;
    return t;
}

type *ck_typexpr(checker *ck, ast_node *e)
{
    if (!e) return ty_invalid;
    return typexpr(ck, e, true);
}

type *ck_typexpr_or_null(checker *ck, ast_node *e)
{
    switch (e->kind) {
    case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
    case N_STRUCTTYPE: case N_INTERFACETYPE:
        return ck_typexpr(ck, e);
    default:
        return NULL;
    }
}

/* ---------- signatures ---------- */

static int count_fields(ast_list *l)
{
    int n = 0;
    for (int i = 0; i < l->len; i++) {
        int k = l->items[i]->list.len;
        n += k ? k : 1;
    }
    return n;
}

static type **field_types(checker *ck, ast_list *l, bool params,
                          bool *variadic)
{
    int n = count_fields(l);
    type **ts = ck_alloc(ck, sizeof *ts * (size_t)(n + 1));
    int k = 0;
    for (int i = 0; i < l->len; i++) {
        ast_node *f = l->items[i];
        type *t;
        if (f->a && f->a->kind == N_ELLIPSIS) {
            if (!params || i != l->len - 1 || f->list.len > 1)
                ck_error(ck, f->a->pos,
                         "can only use ... with final parameter in list");
            else if (variadic)
                *variadic = true;
            t = type_slice(ck->u, ck_typexpr(ck, f->a->a));
            f->a->type = t;
        } else {
            t = ck_typexpr(ck, f->a);
        }
        int m = f->list.len ? f->list.len : 1;
        for (int j = 0; j < m; j++) ts[k++] = t;
    }
    return ts;
}

type *ck_signature(checker *ck, ast_node *ftype, ast_node *recv, scope *s,
                   symbol ***params, int *nparams, int *nresults)
{
    (void)s;
    (void)params;
    (void)nparams;
    (void)nresults;
    if (recv) {
        type *rt = NULL;
        ast_node *re = recv->a;
        bool star = false;
        while (re && re->kind == N_PAREN) re = re->a;
        if (re && re->kind == N_STAR) {
            star = true;
            re = re->a;
            while (re && re->kind == N_PAREN) re = re->a;
        }
        if (re && re->kind == N_INDEX && re->a->kind == N_IDENT) {
            /* generic receiver T[P...]: the generic type itself */
            symbol *b = ck_lookup_name(ck, re->a->name, NULL);
            if (b && b->kind == SYM_TYPE && b->ntparams && b->type) {
                re->a->sym = b;
                re->a->type = b->type;
                re->type = b->type;
                rt = star ? type_pointer(ck->u, b->type) : b->type;
                recv->a->type = rt;
            }
        }
        if (!rt) rt = ck_typexpr(ck, recv->a);
        type *base = rt->kind == T_POINTER ? rt->elem : rt;
        if (rt->kind != T_INVALID &&
            (base->kind != T_NAMED || base->pkg != ck->pkg))
            ck_error(ck, recv->a->pos, "invalid receiver type %s",
                     ck_typestr(ck, rt));
    }
    /* duplicate parameter names (receiver, parameters, results) */
    ast_node *names[256];
    int nn = 0;
    if (recv && recv->list.len) names[nn++] = recv->list.items[0];
    ast_list *ls[2] = {&ftype->list, &ftype->list2};
    for (int l = 0; l < 2; l++)
        for (int i = 0; i < ls[l]->len; i++) {
            ast_node *f = ls[l]->items[i];
            for (int j = 0; j < f->list.len; j++) {
                ast_node *id = f->list.items[j];
                if (!id->name || ck_is_blank(id->name)) continue;
                bool dup = false;
                for (int k = 0; k < nn && !dup; k++)
                    if (strcmp(names[k]->name, id->name) == 0) dup = true;
                if (dup)
                    ck_error(ck, id->pos, "%s redeclared in this block",
                             id->name);
                else if (nn < 256)
                    names[nn++] = id;
            }
        }
    bool variadic = false;
    type **ps = field_types(ck, &ftype->list, true, &variadic);
    type **rs = field_types(ck, &ftype->list2, false, NULL);
    type *t = type_func(ck->u, ps, count_fields(&ftype->list), rs,
                        count_fields(&ftype->list2), variadic);
    ftype->type = t;
    return t;
}

/* ---------- declarations ---------- */

/* Does t contain target directly (not through a pointer-like type)? */
static bool contains_directly(type *t, type *target, int depth)
{
    if (depth > 40 || !t) return false;
    if (t == target) return true;
    if (t->kind == T_NAMED) {
        if (!t->underlying) return false;
        return contains_directly(t->underlying, target, depth + 1);
    }
    if (t->kind == T_ARRAY) return contains_directly(t->elem, target, depth + 1);
    if (t->kind == T_STRUCT)
        for (int i = 0; i < t->nfields; i++)
            if (contains_directly(t->fields[i].type, target, depth + 1))
                return true;
    return false;
}

void ck_type_spec(checker *ck, ast_node *spec, symbol *sym)
{
    if (spec->flags & AF_ALIAS) {
        sym->type = ck_typexpr(ck, spec->a);
        return;
    }
    if (spec->c && spec->c->list.len) {
        ck_generic_type_spec(ck, spec, sym);
        return;
    }
    type *named = type_named(ck->u, sym->name, ck->pkg, sym);
    sym->type = named;
    if (ck->fctx) named->pkg = ck->pkg;
    type *rhs = ck_typexpr(ck, spec->a);
    if (rhs->kind == T_NAMED && !rhs->underlying && rhs != named) {
        /* rhs is still being declared: finish when it is */
        int n = ck->npend;
        CK_PUSH(ck, ck->pend_named, ck->npend, ck->cappend, named);
        ck->npend = n;
        CK_PUSH(ck, ck->pend_rhs, ck->npend, ck->cappend2, rhs);
        ck->npend = n;
        CK_PUSH(ck, ck->pend_spec, ck->npend, ck->cappend3, spec);
        ck_resolve_type_methods(ck, named);
        return;
    }
    type *u = rhs == named ? ty_invalid : type_under(rhs);
    if (rhs == named)
        ck_error(ck, spec->pos, "invalid recursive type %s", sym->name);
    named->underlying = u;
    if (contains_directly(u, named, 0)) {
        ck_error(ck, spec->pos, "invalid recursive type %s", sym->name);
        named->underlying = ty_invalid;
    }
    ck_resolve_type_methods(ck, named);
    ck_finish_pending_types(ck, false);
}

/* Completes pending `type A B` declarations whose B is now complete;
   with report, the rest are recursive and reported. */
void ck_finish_pending_types(checker *ck, bool report)
{
    bool progress = true;
    while (progress) {
        progress = false;
        for (int i = 0; i < ck->npend; i++) {
            type *n = ck->pend_named[i];
            if (!n || n->underlying) continue;
            type *r = ck->pend_rhs[i];
            if (!r->underlying) continue;
            n->underlying = type_under(r);
            if (contains_directly(n->underlying, n, 0)) {
                ck_error(ck, ck->pend_spec[i]->pos,
                         "invalid recursive type %s", n->name);
                n->underlying = ty_invalid;
            }
            ck->pend_named[i] = NULL;
            progress = true;
        }
    }
    if (!report) return;
    for (int i = 0; i < ck->npend; i++) {
        type *n = ck->pend_named[i];
        if (!n || n->underlying) continue;
        ck_error(ck, ck->pend_spec[i]->pos, "invalid recursive type %s",
                 n->name);
        n->underlying = ty_invalid;
        ck->pend_named[i] = NULL;
    }
    ck->npend = 0;
}

void ck_const_spec(checker *ck, ast_node *spec, symbol **syms, int n)
{
    for (int k = 0; k < n; k++) {
        symbol *s = syms[k];
        int idx = s->ck_decl ? s->ck_decl->index : k;
        int save_iota = ck->iota;
        ck->iota = spec->iota;
        type *declared = spec->a ? ck_typexpr(ck, spec->a) : NULL;
        s->type = ty_invalid;
        if (declared && declared->kind != T_INVALID &&
            !(type_is_basic(declared) &&
              type_under(declared)->kind != T_UNSAFEPTR)) {
            ck_error(ck, spec->a->pos, "invalid constant type %s",
                     ck_typestr(ck, declared));
            declared = ty_invalid;
        }
        if (idx >= spec->list2.len) {
            if (idx == spec->list2.len || spec->list2.len == 0)
                ck_error(ck, s->pos, spec->list2.len == 0 && !(spec->flags & AF_IMPLICIT)
                         ? "missing init expr for const declaration"
                         : "missing init expr for const declaration");
            ck->iota = save_iota;
            continue;
        }
        if (idx == spec->list.len - 1 && spec->list2.len > spec->list.len &&
            !(spec->flags & AF_IMPLICIT))
            ck_error(ck, spec->list2.items[spec->list.len]->pos,
                     "extra init expr");
        operand x;
        ck_expr(ck, spec->list2.items[idx], &x);
        ck->iota = save_iota;
        if (x.mode == M_INVALID) continue;
        if (x.mode != M_CONST) {
            ck_error(ck, ck_start(x.expr), "%s is not constant",
                     ck_operand_str(ck, &x));
            continue;
        }
        if (declared && declared->kind != T_INVALID) {
            if (!ck_assign_operand(ck, &x, declared, "constant declaration"))
                continue;
        }
        s->type = x.type;
        s->cval = x.val;
    }
}

bool ck_is_generic_type(type *t)
{
    return t && t->kind == T_NAMED && t->obj && t->obj->ntparams &&
           !t->ntargs;
}
