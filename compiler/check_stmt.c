/*
 * check_stmt.c - statements and function bodies.
 *
 * A body is checked in a func_ctx that knows the signature (for return),
 * the labels of the body (collected before the walk, so forward gotos
 * resolve), and a stack of enclosing breakable statements (branch_ctx) that
 * resolves break/continue, labelled or not; each N_BRANCH gets
 * ck_info.target. Parameters, named results and the body's top-level
 * declarations share one scope, as in Go.
 *
 * After the walk: the body must end in a terminating statement when the
 * function has results (Go spec "Terminating statements"; a break that
 * targets a loop/switch/select makes it non-terminating, found through the
 * recorded targets), labels must be used, and locals must be used
 * ("declared and not used: x", reported when each scope closes).
 *
 * A type switch with a binding `v := x.(type)` declares one symbol per
 * clause (ck_info.clause_sym on the N_CASECLAUSE): of the case's type when
 * the clause lists exactly one type, else of x's type. The binding counts as
 * used if any clause uses it.
 */
#include "check_impl.h"

static void stmt_list(checker *ck, ast_list *l);
static void ck_assign_plain(checker *ck, ast_list *lhs, ast_list *rhs,
                            src_pos pos);
static void check_goto(checker *ck, ast_node *s, label_info *l);

static symbol *new_local(checker *ck, const char *name, src_pos pos, type *t)
{
    symbol *s = ck_new_sym(ck, SYM_VAR, name, pos);
    s->type = t ? t : ty_invalid;
    s->owner = ck->fctx ? ck->fctx->fn : NULL;
    s->ck_color = 2;
    /* a variable whose type could not be determined was already the
       subject of an error: do not also report it unused */
    if (t && t->kind == T_INVALID) s->used = true;
    return s;
}

/* ---------- variable specs (package level and local) ---------- */

static void set_types(symbol **syms, int n, type *t)
{
    for (int i = 0; i < n; i++)
        if (syms[i]) syms[i]->type = t;
}

void ck_var_spec(checker *ck, ast_node *spec, symbol **syms, int n, int only)
{
    type *declared = spec->a ? ck_typexpr(ck, spec->a) : NULL;
    int nv = spec->list2.len;
    if (nv == 0) {
        set_types(syms, n, declared ? declared : ty_invalid);
        return;
    }
    if (nv == n) {
        for (int i = 0; i < n; i++) {
            if (only >= 0 && i != only) continue;
            operand x;
            ck_expr_with_hint(ck, spec->list2.items[i], &x, declared);
            if (x.mode != M_INVALID && x.type->kind == T_TUPLE) {
                ck_error(ck, ck_start(spec->list2.items[i]),
                         "assignment mismatch: %d variable%s but %s returns "
                         "%d value%s",
                         n, n == 1 ? "" : "s", ck_exprstr(ck, x.expr),
                         x.type->nparams, x.type->nparams == 1 ? "" : "s");
                x.mode = M_INVALID;
            }
            type *t = declared;
            if (x.mode != M_INVALID) {
                if (declared) {
                    ck_assign_operand(ck, &x, declared,
                                      "variable declaration");
                } else if (x.type == ty_untyped_nil) {
                    ck_error(ck, ck_start(x.expr), "use of untyped nil in "
                                              "variable declaration");
                } else {
                    ck_default_operand_ctx(ck, &x, "variable declaration");
                    if (x.mode != M_INVALID) t = x.type;
                }
            }
            syms[i]->type = t ? t : ty_invalid;
        }
        return;
    }
    operand x;
    if (nv == 1) ck_multi_expr(ck, spec->list2.items[0], &x);
    else {
        for (int i = 0; i < nv; i++) ck_use_expr(ck, spec->list2.items[i]);
        x.mode = M_INVALID;
    }
    if (nv != 1 || x.mode == M_INVALID) {
        if (nv != 1)
            ck_error(ck, ck_start(spec->list2.items[0]),
                     "assignment mismatch: %d variable%s but %d value%s", n,
                     n == 1 ? "" : "s", nv, nv == 1 ? "" : "s");
        set_types(syms, n, declared ? declared : ty_invalid);
        return;
    }
    type *tt = x.type;
    bool commaok = (x.mode == M_COMMAOK || x.mode == M_MAPINDEX) && n == 2;
    if (!commaok && (tt->kind != T_TUPLE || tt->nparams != n)) {
        int have = tt->kind == T_TUPLE ? tt->nparams : 1;
        ck_error(ck, ck_start(spec->list2.items[0]),
                 "assignment mismatch: %d variable%s but %s%d value%s", n,
                 n == 1 ? "" : "s",
                 tt->kind == T_TUPLE
                     ? ck_sprintf(ck, "%s returns ", ck_exprstr(ck, x.expr))
                     : "",
                 have, have == 1 ? "" : "s");
        set_types(syms, n, declared ? declared : ty_invalid);
        return;
    }
    for (int i = 0; i < n; i++) {
        type *vt = commaok ? (i == 0 ? x.type : ty_bool) : tt->params[i];
        if (declared) {
            operand y = {.mode = M_VALUE, .expr = x.expr, .type = vt};
            if (!ck_assignable(ck, &y, declared, NULL))
                ck_error(ck, ck_start(x.expr),
                         "cannot use %s value as %s value in assignment",
                         ck_typestr(ck, vt), ck_typestr(ck, declared));
        }
        syms[i]->type = declared ? declared : type_default(vt);
    }
    if (commaok && type_is_untyped(x.type)) ck_default_operand(ck, &x);
}

/* ---------- local declarations ---------- */

void ck_declare_local_decl(checker *ck, ast_node *g)
{
    for (int i = 0; i < g->list.len; i++) {
        ast_node *spec = g->list.items[i];
        if (spec->kind == N_TYPESPEC) {
            symbol *s = ck_new_sym(ck, SYM_TYPE, spec->name, spec->pos);
            s->decl = spec;
            s->ck_color = 1;
            ck_declare(ck, ck->scope, s, spec->pos);
            ck_type_spec(ck, spec, s);
            s->ck_color = 2;
            continue;
        }
        int n = spec->list.len;
        symbol **syms = ck_alloc(ck, sizeof(symbol *) * (size_t)(n + 1));
        bool is_const = spec->kind == N_CONSTSPEC;
        for (int j = 0; j < n; j++) {
            ast_node *id = spec->list.items[j];
            syms[j] = is_const ? ck_new_sym(ck, SYM_CONST, id->name, id->pos)
                               : new_local(ck, id->name, id->pos, NULL);
            syms[j]->decl = spec;
            syms[j]->ck_color = 2;
            id->sym = syms[j];
        }
        if (is_const) ck_const_spec(ck, spec, syms, n);
        else {
            ck_var_spec(ck, spec, syms, n, -1);
            for (int j = 0; j < n; j++)
                if (syms[j]->type->kind == T_INVALID) syms[j]->used = true;
        }
        for (int j = 0; j < n; j++) spec->list.items[j]->type = syms[j]->type;
        for (int j = 0; j < n; j++)
            ck_declare(ck, ck->scope, syms[j], syms[j]->pos);
    }
}

/* ---------- assignments ---------- */

/* Checks an assignment target; returns its type (NULL for `_`). */
static type *lhs_expr(checker *ck, ast_node *e, bool *ok, bool use)
{
    *ok = true;
    ast_node *u = e;
    while (u->kind == N_PAREN) u = u->a;
    if (u->kind == N_IDENT && !use) {
        if (ck_is_blank(u->name)) {
            e->type = NULL;
            return NULL;
        }
        symbol *s = ck_lookup_name(ck, u->name, NULL);
        if (s && s->kind == SYM_VAR) {
            u->sym = s;
            ck_resolve_obj(ck, s);
            ck_note_capture(ck, s);
            if (s->is_global) ck_add_dep(ck, s);
            e->type = u->type = s->type;
            return s->type;
        }
    }
    operand x;
    ck_expr(ck, e, &x);
    if (x.mode == M_INVALID) {
        *ok = false;
        return ty_invalid;
    }
    if (x.mode != M_VAR && x.mode != M_MAPINDEX) {
        ast_node *v = e;
        while (v->kind == N_PAREN) v = v->a;
        if (v->kind == N_SELECTOR && v->a->kind == N_INDEX && v->a->a->type &&
            type_under(v->a->a->type)->kind == T_MAP)
            ck_error(ck, e->pos, "cannot assign to struct field %s in map",
                     ck_exprstr(ck, e));
        else
            ck_error(ck, e->pos, "cannot assign to %s (neither addressable "
                                 "nor a map index expression)",
                     ck_exprstr(ck, e));
        *ok = false;
        return ty_invalid;
    }
    return x.type;
}

static void assign_value_to(checker *ck, operand *x, type *t, bool blank)
{
    if (x->mode == M_INVALID) return;
    if (blank) {
        if (x->type == ty_untyped_nil) {
            ck_error(ck, ck_start(x->expr), "use of untyped nil in assignment");
            return;
        }
        ck_default_operand(ck, x);
        return;
    }
    if (t && t->kind != T_INVALID) ck_assign_operand(ck, x, t, "assignment");
}

static void mismatch(checker *ck, src_pos pos, int nl, int nr, operand *x)
{
    if (x && x->type && x->type->kind == T_TUPLE)
        ck_error(ck, pos, "assignment mismatch: %d variable%s but %s returns "
                          "%d value%s",
                 nl, nl == 1 ? "" : "s", ck_exprstr(ck, x->expr),
                 x->type->nparams, x->type->nparams == 1 ? "" : "s");
    else
        ck_error(ck, pos, "assignment mismatch: %d variable%s but %d value%s",
                 nl, nl == 1 ? "" : "s", nr, nr == 1 ? "" : "s");
}

/* Evaluates the right side; fills types[0..nl) with the value types and
   ops (when nl == nr) with the operands. Returns false on mismatch. */
static bool rhs_values(checker *ck, ast_list *lhs, ast_list *rhs,
                       src_pos pos, type **types, operand *ops,
                       type **hints)
{
    int nl = lhs->len, nr = rhs->len;
    if (nl == nr) {
        bool ok = true;
        for (int i = 0; i < nr; i++) {
            ck_expr_with_hint(ck, rhs->items[i], &ops[i],
                              hints ? hints[i] : NULL);
            if (ops[i].mode != M_INVALID && ops[i].type->kind == T_TUPLE) {
                if (nl == 1)
                    mismatch(ck, ck_start(rhs->items[0]), nl, nr, &ops[i]);
                else
                    ck_error(ck, ck_start(ops[i].expr),
                             "multiple-value %s (value of type %s) in "
                             "single-value context",
                             ck_exprstr(ck, ops[i].expr),
                             ck_typestr(ck, ops[i].type));
                ops[i].mode = M_INVALID;
                ok = false;
            }
            types[i] = ops[i].mode == M_INVALID ? NULL : ops[i].type;
        }
        return ok;
    }
    if (nr != 1) {
        for (int i = 0; i < nr; i++) ck_use_expr(ck, rhs->items[i]);
        mismatch(ck, ck_start(rhs->items[0]), nl, nr, NULL);
        return false;
    }
    operand x;
    ck_multi_expr(ck, rhs->items[0], &x);
    if (x.mode == M_INVALID) return false;
    if (nl == 2 && (x.mode == M_COMMAOK || x.mode == M_MAPINDEX)) {
        if (type_is_untyped(x.type)) ck_default_operand(ck, &x);
        types[0] = x.type;
        types[1] = ty_untyped_bool;
        return true;
    }
    if (x.type->kind != T_TUPLE || x.type->nparams != nl) {
        mismatch(ck, ck_start(rhs->items[0]), nl, 1, &x);
        return false;
    }
    for (int i = 0; i < nl; i++) types[i] = x.type->params[i];
    return true;
}

static void define_vars(checker *ck, ast_list *lhs, ast_list *rhs,
                        src_pos pos)
{
    int nl = lhs->len;
    type **types = ck_alloc(ck, sizeof(type *) * (size_t)(nl + 1));
    operand *ops = ck_alloc(ck, sizeof(operand) * (size_t)(nl + 1));
    /* existing variables give their types as hints */
    symbol **olds = ck_alloc(ck, sizeof(symbol *) * (size_t)(nl + 1));
    bool bad_lhs = false;
    for (int i = 0; i < nl; i++) {
        ast_node *id = lhs->items[i];
        if (id->kind != N_IDENT) {
            ck_error(ck, id->pos, "non-name %s on left side of :=",
                     ck_exprstr(ck, id));
            bad_lhs = true;
            continue;
        }
        for (int j = 0; j < i; j++)
            if (lhs->items[j]->kind == N_IDENT &&
                !ck_is_blank(id->name) &&
                strcmp(lhs->items[j]->name, id->name) == 0) {
                ck_error(ck, id->pos, "%s repeated on left side of :=",
                         id->name);
                bad_lhs = true;
            }
        symbol *s = ck_scope_lookup_local(ck->scope, id->name);
        if (s && s->kind == SYM_VAR) olds[i] = s;
    }
    bool ok = rhs_values(ck, lhs, rhs, pos, types, ops, NULL);
    bool any_new = false;
    for (int i = 0; i < nl; i++) {
        ast_node *id = lhs->items[i];
        if (id->kind != N_IDENT) continue;
        if (ck_is_blank(id->name)) {
            if (ok && lhs->len == rhs->len)
                assign_value_to(ck, &ops[i], NULL, true);
            continue;
        }
        if (olds[i]) {
            id->sym = olds[i];
            id->type = olds[i]->type;
            ck_note_capture(ck, olds[i]);
            if (ok && lhs->len == rhs->len)
                assign_value_to(ck, &ops[i], olds[i]->type, false);
            else if (ok && types[i]) {
                operand y = {.mode = M_VALUE, .expr = rhs->items[0],
                             .type = types[i]};
                if (!ck_assignable(ck, &y, olds[i]->type, NULL))
                    ck_error(ck, id->pos, "cannot use %s value as %s value in "
                                          "assignment",
                             ck_typestr(ck, types[i]),
                             ck_typestr(ck, olds[i]->type));
            }
            continue;
        }
        any_new = true;
        type *t = ty_invalid;
        if (ok && types[i]) {
            if (lhs->len == rhs->len) {
                if (ops[i].type == ty_untyped_nil) {
                    ck_error(ck, ops[i].expr->pos,
                             "use of untyped nil in assignment");
                } else if (ops[i].mode == M_NOVALUE) {
                    t = ty_invalid;
                } else {
                    ck_default_operand(ck, &ops[i]);
                    if (ops[i].mode != M_INVALID) t = ops[i].type;
                }
            } else {
                t = type_default(types[i]);
            }
        }
        symbol *s = new_local(ck, id->name, id->pos, t);
        s->decl = id;
        id->sym = s;
        id->type = t;
    }
    if (!any_new && !bad_lhs)
        ck_error(ck, pos, "no new variables on left side of :=");

    for (int i = 0; i < nl; i++) {
        ast_node *id = lhs->items[i];
        if (id->kind == N_IDENT && id->sym && !olds[i] &&
            !ck_is_blank(id->name))
            ck_declare(ck, ck->scope, id->sym, id->pos);
    }
}

void ck_assign_vars(checker *ck, ast_list *lhs, ast_list *rhs, src_pos pos,
                    bool define, ast_node *stmt)
{
    (void)stmt;
    if (define) {
        define_vars(ck, lhs, rhs, pos);
        return;
    }
    int nl = lhs->len;
    int errs_before = ck->nerrors;
    ck_assign_plain(ck, lhs, rhs, pos);
    if (ck->nerrors != errs_before)
        for (int i = 0; i < nl; i++) { /* go's useLHS: no follow-on */
            ast_node *id = lhs->items[i];
            while (id->kind == N_PAREN) id = id->a;
            if (id->kind == N_IDENT && id->sym) id->sym->used = true;
        }
}

static void ck_assign_plain(checker *ck, ast_list *lhs, ast_list *rhs,
                            src_pos pos)
{
    int nl = lhs->len;
    type **ltypes = ck_alloc(ck, sizeof(type *) * (size_t)(nl + 1));
    bool *blank = ck_alloc(ck, sizeof(bool) * (size_t)(nl + 1));
    bool lok = true;
    for (int i = 0; i < nl; i++) {
        bool ok;
        ltypes[i] = lhs_expr(ck, lhs->items[i], &ok, false);
        blank[i] = ok && !ltypes[i];
        if (!ok) lok = false;
    }
    type **types = ck_alloc(ck, sizeof(type *) * (size_t)(nl + 1));
    operand *ops = ck_alloc(ck, sizeof(operand) * (size_t)(nl + 1));
    if (!rhs_values(ck, lhs, rhs, pos, types, ops, ltypes) || !lok) return;
    if (nl == rhs->len) {
        for (int i = 0; i < nl; i++)
            assign_value_to(ck, &ops[i], ltypes[i], blank[i]);
        return;
    }
    for (int i = 0; i < nl; i++) {
        if (blank[i] || !types[i] || !ltypes[i]) continue;
        operand y = {.mode = M_VALUE, .expr = rhs->items[0], .type = types[i]};
        const char *reason;
        if (!ck_assignable(ck, &y, ltypes[i], &reason))
            ck_error(ck, rhs->items[0]->pos, "cannot use %s value as %s value "
                                             "in assignment",
                     ck_typestr(ck, types[i]), ck_typestr(ck, ltypes[i]));
    }
}

static void compound_assign(checker *ck, ast_node *s, ck_opcode op)
{
    if (s->list.len != 1 || s->list2.len != 1) {
        ck_error(ck, s->pos, "assignment operation %s= requires single-valued "
                             "expressions",
                 ck_op_string(op));
        return;
    }
    bool ok;
    type *lt = lhs_expr(ck, s->list.items[0], &ok, true);
    operand y;
    ck_expr(ck, s->list2.items[0], &y);
    if (!ok || !lt) {
        if (ok && !lt)
            ck_error(ck, s->list.items[0]->pos, "cannot use _ as value");
        return;
    }
    operand x = {.mode = M_VAR, .expr = s->list.items[0], .type = lt};
    ck_binary_operands(ck, s, op, &x, &y);
    if (x.mode == M_INVALID) return;
    ck_assign_operand(ck, &x, lt, "assignment");
}

/* ---------- simple statements ---------- */

static void expr_stmt(checker *ck, ast_node *s)
{
    operand x;
    ck_stmt_expr(ck, s->a, &x);
    if (x.mode == M_INVALID) return;
    ast_node *e = s->a;
    while (e->kind == N_PAREN) e = e->a;
    if (e->kind == N_CALL && e->info) {
        if (e->info->call == CALL_CONVERSION) {
            ck_error(ck, s->a->pos, "%s is not used", ck_operand_str(ck, &x));
            return;
        }
        if (e->info->call == CALL_BUILTIN) {
            switch (e->info->builtin) {
            case BI_APPEND: case BI_CAP: case BI_LEN: case BI_MAKE:
            case BI_NEW: case BI_MIN: case BI_MAX: case BI_COMPLEX:
            case BI_REAL: case BI_IMAG:
                ck_error(ck, s->a->pos, "%s is not used",
                         ck_operand_str(ck, &x));
                return;
            default:
                return;
            }
        }
        return;
    }
    if (e->kind == N_UNARY && ck_op(e->op, NULL) == OP_ARROW) return;
    ck_error(ck, s->a->pos, "%s is not used", ck_operand_str(ck, &x));
}

static void send_stmt(checker *ck, ast_node *s)
{
    operand ch, v;
    ck_expr(ck, s->a, &ch);
    ck_expr(ck, s->b, &v);
    if (ch.mode == M_INVALID || v.mode == M_INVALID) return;
    type *u = type_under(ch.type);
    if (u->kind != T_CHAN) {
        ck_error(ck, s->pos, "invalid operation: cannot send to non-channel "
                             "%s",
                 ck_operand_str(ck, &ch));
        return;
    }
    if (u->dir == CHAN_RECV) {
        ck_error(ck, s->pos, "invalid operation: cannot send to receive-only "
                             "channel %s",
                 ck_operand_str(ck, &ch));
        return;
    }
    ck_assign_operand(ck, &v, u->elem, "send");
}

static void incdec(checker *ck, ast_node *s)
{
    bool ok;
    type *t = lhs_expr(ck, s->a, &ok, true);
    if (!ok) return;
    if (!t) {
        ck_error(ck, s->a->pos, "cannot use _ as value");
        return;
    }
    if (!type_is_numeric(t) && t->kind != T_TYPEPARAM) {
        ck_error(ck, s->a->pos, "invalid operation: %s%s (non-numeric type "
                                "%s)",
                 ck_exprstr(ck, s->a),
                 ck_op(s->op, NULL) == OP_INC ? "++" : "--",
                 ck_typestr(ck, t));
    }
}

static void go_defer(checker *ck, ast_node *s, const char *what)
{
    ast_node *call = s->a;
    if (call && call->kind == N_PAREN) {
        ck_use_expr(ck, call);
        ck_error(ck, call->pos, "expression in %s must not be parenthesized",
                 what);
        return;
    }
    if (!call || call->kind != N_CALL) {
        if (s->a) ck_use_expr(ck, s->a);
        ck_error(ck, s->a ? s->a->pos : s->pos,
                 "expression in %s must be function call", what);
        return;
    }
    operand x;
    ck_stmt_expr(ck, call, &x);
    if (!call->info) return;
    if (call->info->call == CALL_CONVERSION) {
        ck_error(ck, call->pos, "%s requires function call, not conversion",
                 what);
        return;
    }
    if (call->info->call == CALL_BUILTIN) {
        switch (call->info->builtin) {
        case BI_APPEND: case BI_CAP: case BI_LEN: case BI_MAKE: case BI_NEW:
        case BI_MIN: case BI_MAX:
            ck_error(ck, call->pos, "%s discards result of %s", what,
                     ck_exprstr(ck, call));
            return;
        default:
            return;
        }
    }
}

static const char *types_list(checker *ck, type **ts, int n)
{
    const char *s = "(";
    for (int i = 0; i < n; i++) {
        const char *t = !ts[i] ? "invalid type"
                        : type_is_untyped(ts[i]) && type_is_numeric(ts[i])
                            ? "number"
                            : ck_typestr(ck, type_default(ts[i]));
        s = ck_sprintf(ck, "%s%s%s", s, i ? ", " : "", t);
    }
    return ck_sprintf(ck, "%s)", s);
}

static void return_stmt(checker *ck, ast_node *s)
{
    type *sig = ck->fctx->sig;
    int nr = sig->nresults, n = s->list.len;
    if (n == 0) {
        if (nr == 0) return;
        ck_func *fn = ck->fctx->fn;
        bool named = false;
        for (int i = 0; i < fn->nparams + fn->nresults; i++)
            if (fn->params[i] && fn->params[i]->is_result &&
                fn->params[i]->name && fn->params[i]->name[0] != '~')
                named = true;
        if (named) return;
        ck_error(ck, s->pos, "not enough return values\n\thave ()\n\twant %s",
                 types_list(ck, sig->results, nr));
        return;
    }
    operand *ops = ck_alloc(ck, sizeof(operand) * (size_t)(n + 1));
    type **have = NULL;
    int nhave = n;
    if (n == 1 && nr != 1) {
        ck_multi_expr(ck, s->list.items[0], &ops[0]);
        if (ops[0].mode == M_INVALID) return;
        if (ops[0].type->kind == T_TUPLE) {
            have = ops[0].type->params;
            nhave = ops[0].type->nparams;
            if (nhave == nr) {
                for (int i = 0; i < nr; i++) {
                    operand y = {.mode = M_VALUE, .expr = ops[0].expr,
                                 .type = have[i]};
                    const char *reason;
                    if (!ck_assignable(ck, &y, sig->results[i], &reason))
                        ck_error(ck, ops[0].expr->pos,
                                 "cannot use %s value as %s value in return "
                                 "statement",
                                 ck_typestr(ck, have[i]),
                                 ck_typestr(ck, sig->results[i]));
                }
                return;
            }
        } else if (ops[0].mode == M_NOVALUE) {
            return;
        }
    } else {
        for (int i = 0; i < n; i++) {
            /* a generic function returned as a function value takes its
               type arguments from the result type (Go 1.21) */
            type *hint = n == nr && type_under(sig->results[i])->kind ==
                                        T_FUNC ? sig->results[i] : NULL;
            if (!hint) {
                ck_expr(ck, s->list.items[i], &ops[i]);
                continue;
            }
            ck_expr_with_hint(ck, s->list.items[i], &ops[i], hint);
            if (ops[i].mode != M_INVALID && ops[i].type->kind == T_TUPLE) {
                ck_error(ck, ck_start(s->list.items[i]),
                         "multiple-value %s (value of type %s) in "
                         "single-value context",
                         ck_exprstr(ck, s->list.items[i]),
                         ck_typestr(ck, ops[i].type));
                ops[i].mode = M_INVALID;
                ops[i].type = ty_invalid;
            }
        }
    }
    if (!have) {
        have = ck_alloc(ck, sizeof(type *) * (size_t)(n + 1));
        for (int i = 0; i < n; i++)
            have[i] = ops[i].mode == M_INVALID ? NULL : ops[i].type;
    }
    if (nhave != nr) {
        if (nr == 0) {
            ck_error(ck, s->list.items[0]->pos, "too many return values\n\t"
                                                "have %s\n\twant ()",
                     types_list(ck, have, nhave));
            return;
        }
        ck_error(ck, s->list.items[0]->pos,
                 "%s return values\n\thave %s\n\twant %s",
                 nhave < nr ? "not enough" : "too many",
                 types_list(ck, have, nhave),
                 types_list(ck, sig->results, nr));
        return;
    }
    for (int i = 0; i < n; i++)
        if (ops[i].mode != M_INVALID)
            ck_assign_operand(ck, &ops[i], sig->results[i],
                              "return statement");
}

/* ---------- branches ---------- */

/* Position of the label name in `goto L` / `break L` / `continue L`
   (the keyword, one space, the name). */
static src_pos label_pos(ast_node *s, ck_opcode op)
{
    src_pos p = s->pos;
    p.col += op == OP_GOTO ? 5 : op == OP_BREAK ? 6 : 9;
    return p;
}

static label_info *find_label(func_ctx *fc, const char *name)
{
    for (int i = 0; i < fc->nlabels; i++)
        if (strcmp(fc->labels[i].name, name) == 0) return &fc->labels[i];
    return NULL;
}

static void branch_stmt(checker *ck, ast_node *s)
{
    ck_opcode op = ck_op(s->op, NULL);
    func_ctx *fc = ck->fctx;
    ck_info *info = ck_info_of(ck, s);
    if (op == OP_GOTO) {
        label_info *l = s->name ? find_label(fc, s->name) : NULL;
        if (!l) {
            ck_error(ck, label_pos(s, op), "label %s not defined", s->name);
            return;
        }
        l->used = true;
        info->target = l->stmt;
        check_goto(ck, s, l);
        return;
    }
    if (op == OP_FALLTHROUGH) {
        /* validated by the switch (it sets info->target) */
        if (!info->target)
            ck_error(ck, s->pos, "fallthrough statement out of place");
        return;
    }
    const char *kw = op == OP_BREAK ? "break" : "continue";
    if (s->name) {
        label_info *l = find_label(fc, s->name);
        if (l) l->used = true;
        for (branch_ctx *b = fc->branch; b; b = b->outer) {
            if (b->label && strcmp(b->label, s->name) == 0) {
                if (op == OP_CONTINUE && !b->can_continue) break;
                info->target = b->stmt;
                return;
            }
        }
        if (!l)
            ck_error(ck, label_pos(s, op), "%s label not defined: %s", kw,
                     s->name);
        else
            ck_error(ck, label_pos(s, op), "invalid %s label %s", kw,
                     s->name);
        return;
    }
    for (branch_ctx *b = fc->branch; b; b = b->outer) {
        if (op == OP_CONTINUE && !b->can_continue) continue;
        info->target = b->stmt;
        return;
    }
    if (op == OP_BREAK)
        ck_error(ck, s->pos, "break is not in a loop, switch, or select");
    else
        ck_error(ck, s->pos, "continue is not in a loop");
}

static void push_branch(checker *ck, branch_ctx *b, ast_node *stmt,
                        bool loop, const char *label)
{
    b->stmt = stmt;
    b->can_continue = loop;
    b->label = label;
    b->outer = ck->fctx->branch;
    ck->fctx->branch = b;
}

static void pop_branch(checker *ck) { ck->fctx->branch = ck->fctx->branch->outer; }

/* ---------- compound statements ---------- */

static void block(checker *ck, ast_node *b)
{
    ck_open_scope(ck, SC_BLOCK);
    stmt_list(ck, &b->list);
    ck_close_scope(ck);
}

static void condition(checker *ck, ast_node *c, const char *what)
{
    operand x;
    ck_expr(ck, c, &x);
    if (x.mode == M_INVALID) return;
    type *u = type_under(x.type);
    if (u->kind != T_BOOL && u->kind != T_UNTYPED_BOOL) {
        ck_error(ck, c->pos, "non-boolean condition in %s statement", what);
        return;
    }
    ck_default_operand(ck, &x);
}

static void if_stmt(checker *ck, ast_node *s)
{
    ck_open_scope(ck, SC_BLOCK);
    if (s->a) ck_stmt(ck, s->a);
    if (s->b) condition(ck, s->b, "if");
    block(ck, s->c);
    if (s->d) {
        if (s->d->kind == N_IF) if_stmt(ck, s->d);
        else block(ck, s->d);
    }
    ck_close_scope(ck);
}

static void set_fallthrough_targets(checker *ck, ast_node *sw, bool type_sw)
{
    for (int i = 0; i < sw->list.len; i++) {
        ast_node *cl = sw->list.items[i];
        if (cl->list2.len == 0) continue;
        ast_node *last = cl->list2.items[cl->list2.len - 1];
        while (last->kind == N_LABELED && last->a) last = last->a;
        if (last->kind != N_BRANCH || ck_op(last->op, NULL) != OP_FALLTHROUGH)
            continue;
        if (type_sw) {
            ck_error(ck, last->pos, "cannot fallthrough in type switch");
            ck_info_of(ck, last)->target = cl; /* suppress second error */
        } else if (i == sw->list.len - 1) {
            ck_error(ck, last->pos, "cannot fallthrough final case in switch");
            ck_info_of(ck, last)->target = cl;
        } else {
            ck_info_of(ck, last)->target = sw->list.items[i + 1];
        }
    }
}

static void switch_stmt(checker *ck, ast_node *s, const char *label)
{
    ck_open_scope(ck, SC_BLOCK);
    if (s->a) ck_stmt(ck, s->a);
    operand tag;
    bool have_tag = s->b != NULL;
    if (have_tag) {
        ck_expr(ck, s->b, &tag);
        if (tag.mode != M_INVALID) {
            ck_default_operand(ck, &tag);
            if (tag.type == ty_untyped_nil) {
                ck_error(ck, s->b->pos, "use of untyped nil in switch "
                                        "expression");
                tag.mode = M_INVALID;
            } else if (!type_comparable(tag.type)) {
                type_kind k = type_under(tag.type)->kind;
                if (k != T_SLICE && k != T_MAP && k != T_FUNC) {
                    ck_error(ck, ck_start(s->b), "cannot switch on %s (%s is "
                                                 "not comparable)",
                             ck_operand_str(ck, &tag),
                             ck_typestr(ck, tag.type));
                    tag.mode = M_INVALID;
                }
            }
        }
    } else {
        tag.mode = M_CONST;
        tag.type = ty_bool;
        tag.val = cv_new_bool(ck, true);
        tag.expr = NULL;
    }
    set_fallthrough_targets(ck, s, false);
    branch_ctx b;
    push_branch(ck, &b, s, false, label);
    int ndefault = 0;
    const_value **seen = NULL;
    ast_node **seen_at = NULL;
    int nseen = 0, capseen = 0, capat = 0, nat = 0;
    for (int i = 0; i < s->list.len; i++) {
        ast_node *cl = s->list.items[i];
        if (cl->flags & AF_DEFAULT || cl->list.len == 0) {
            if (++ndefault > 1)
                ck_error(ck, cl->pos, "multiple defaults in switch");
        }
        for (int j = 0; j < cl->list.len; j++) {
            ast_node *ce = cl->list.items[j];
            operand x;
            ck_expr(ck, ce, &x);
            if (x.mode == M_INVALID || tag.mode == M_INVALID) continue;
            bool isnil = x.type == ty_untyped_nil;
            operand t = tag;
            ast_node fake = {.kind = N_BINARY, .pos = ce->pos, .a = ce,
                             .b = s->b};
            (void)fake;
            {
                /* x == tag (tag = true when omitted) */
                ck_convert_untyped(ck, &x, tag.type);
                if (x.mode == M_INVALID) continue;
                operand xx = x;
                if (!ck_assignable(ck, &xx, tag.type, NULL) &&
                    !ck_assignable(ck, &t, x.type, NULL)) {
                    if (have_tag)
                        ck_error(ck, ce->pos, "invalid case %s in switch on "
                                              "%s (mismatched types %s and "
                                              "%s)",
                                 ck_exprstr(ck, ce), ck_exprstr(ck, s->b),
                                 ck_typestr(ck, x.type),
                                 ck_typestr(ck, tag.type));
                    else
                        ck_error(ck, ce->pos, "invalid case %s in switch "
                                              "(mismatched types %s and bool)",
                                 ck_exprstr(ck, ce), ck_typestr(ck, x.type));
                    continue;
                }
                if (!isnil && !type_comparable(x.type)) {
                    type_kind k = type_under(x.type)->kind;
                    ck_error(ck, ce->pos, "invalid case %s in switch on %s "
                                          "(%s can only be compared to nil)",
                             ck_exprstr(ck, ce),
                             have_tag ? ck_exprstr(ck, s->b) : "true",
                             k == T_SLICE ? "slice" : k == T_MAP ? "map"
                                                                 : "func");
                    continue;
                }
                if (type_is_interface(tag.type) && !type_is_interface(x.type)) {
                    ck_default_operand(ck, &x);
                    ck_info_of(ck, ce)->implicit_to = tag.type;
                }
            }
            if (x.mode == M_CONST && x.val) {
                for (int k = 0; k < nseen; k++)
                    if (seen[k]->kind == x.val->kind &&
                        cv_compare(OP_EQL, seen[k], x.val) &&
                        type_identical(seen_at[k]->type, x.type)) {
                        ck_error(ck, ce->pos, "duplicate case %s in "
                                              "expression switch",
                                 ck_operand_str(ck, &x));
                        break;
                    }
                CK_PUSH(ck, seen, nseen, capseen, x.val);
                CK_PUSH(ck, seen_at, nat, capat, ce);
            }
        }
        ck_open_scope(ck, SC_BLOCK);
        stmt_list(ck, &cl->list2);
        ck_close_scope(ck);
    }
    pop_branch(ck);
    ck_close_scope(ck);
}

static void type_switch(checker *ck, ast_node *s, const char *label)
{
    ck_open_scope(ck, SC_BLOCK);
    if (s->a) ck_stmt(ck, s->a);
    ast_node *g = s->b, *ta, *bind = NULL;
    if (g->kind == N_ASSIGN) {
        bind = g->list.items[0];
        ta = g->list2.items[0];
        if (ck_is_blank(bind->name))
            ck_error(ck, bind->pos, "no new variable on left side of :=");
    } else {
        ta = g->kind == N_EXPRSTMT ? g->a : g;
    }
    while (ta->kind == N_PAREN) ta = ta->a;
    operand x;
    ck_expr(ck, ta->a, &x);
    bool ok = x.mode != M_INVALID;
    if (ok && !type_is_interface(x.type)) {
        ck_error(ck, ta->a->pos, "%s is not an interface",
                 ck_operand_str(ck, &x));
        ok = false;
    }
    ta->type = ok ? x.type : ty_invalid;
    set_fallthrough_targets(ck, s, true);
    branch_ctx b;
    push_branch(ck, &b, s, false, label);
    symbol **clause_syms =
        ck_alloc(ck, sizeof(symbol *) * (size_t)(s->list.len + 1));
    int ndefault = 0;
    type **seen = NULL;
    int nseen = 0, capseen = 0;
    bool seen_nil = false;
    for (int i = 0; i < s->list.len; i++) {
        ast_node *cl = s->list.items[i];
        if (cl->flags & AF_DEFAULT || cl->list.len == 0)
            if (++ndefault > 1)
                ck_error(ck, cl->pos, "multiple defaults in switch");
        type *single = NULL;
        for (int j = 0; j < cl->list.len; j++) {
            ast_node *te = cl->list.items[j];
            type *t;
            if (te->kind == N_IDENT && strcmp(te->name, "nil") == 0 &&
                ck_lookup_name(ck, "nil", NULL) &&
                ck_lookup_name(ck, "nil", NULL)->kind == SYM_NIL) {
                t = ty_untyped_nil;
                te->type = t;
                if (seen_nil)
                    ck_error(ck, te->pos, "multiple nil cases in type switch "
                                          "(first at %s)", "previous case");
                seen_nil = true;
            } else {
                t = ck_typexpr(ck, te);
                if (t->kind == T_INVALID) continue;
                const char *reason;
                if (ok && !type_is_interface(t) && !ck_has_tparams(t) &&
                    !ck_has_tparams(x.type) &&
                    !ck_implements(ck, t, x.type, &reason)) {
                    const char *r = strstr(reason, " (");
                    ck_error(ck, te->pos, "impossible type switch case: %s "
                                          "cannot have dynamic type %s%s",
                             ck_operand_str(ck, &x), ck_typestr(ck, t),
                             r ? r : "");
                    continue;
                }
                for (int k = 0; k < nseen; k++)
                    if (type_identical(seen[k], t)) {
                        ck_error(ck, te->pos, "duplicate case %s in type "
                                              "switch",
                                 ck_typestr(ck, t));
                        break;
                    }
                CK_PUSH(ck, seen, nseen, capseen, t);
            }
            single = cl->list.len == 1 ? t : NULL;
        }
        ck_open_scope(ck, SC_BLOCK);
        if (bind && !ck_is_blank(bind->name)) {
            type *vt = single && single != ty_untyped_nil ? single
                                                          : (ok ? x.type
                                                                : ty_invalid);
            symbol *v = new_local(ck, bind->name, bind->pos, vt);
            v->decl = bind;
            v->used = true; /* reported once below, not per clause */
            clause_syms[i] = v;
            ck_info_of(ck, cl)->clause_sym = v;
            ck_declare(ck, ck->scope, v, bind->pos);
            v->used = false;
        }
        stmt_list(ck, &cl->list2);
        if (clause_syms[i] && !clause_syms[i]->used) {
            clause_syms[i]->used = true; /* suppress the per-scope report */
            clause_syms[i]->escapes = clause_syms[i]->escapes;
            clause_syms[i]->cg_index = -2; /* marker: unused in clause */
        }
        ck_close_scope(ck);
    }
    if (bind && !ck_is_blank(bind->name)) {
        bool any = false;
        for (int i = 0; i < s->list.len; i++)
            if (clause_syms[i] && clause_syms[i]->cg_index != -2) any = true;
        for (int i = 0; i < s->list.len; i++)
            if (clause_syms[i] && clause_syms[i]->cg_index == -2)
                clause_syms[i]->cg_index = -1;
        if (!any) ck_error(ck, bind->pos, "declared and not used: %s",
                           bind->name);
        symbol *bs = new_local(ck, bind->name, bind->pos,
                               ok ? x.type : ty_invalid);
        bs->used = true;
        bind->sym = bs;
        bind->type = bs->type;
    }
    pop_branch(ck);
    ck_close_scope(ck);
}

static void comm_clause(checker *ck, ast_node *cl)
{
    ast_node *c = cl->a;
    if (!c) return;
    ast_node *recv = NULL;
    switch (c->kind) {
    case N_SEND:
        send_stmt(ck, c);
        return;
    case N_EXPRSTMT:
        recv = c->a;
        break;
    case N_ASSIGN:
        recv = c->list2.len == 1 ? c->list2.items[0] : NULL;
        break;
    default:
        break;
    }
    while (recv && recv->kind == N_PAREN) recv = recv->a;
    if (!recv || recv->kind != N_UNARY || ck_op(recv->op, NULL) != OP_ARROW) {
        ck_error(ck, c->pos, "select case must be receive, send or assign "
                             "recv");
        return;
    }
    if (c->kind == N_EXPRSTMT) {
        operand x;
        ck_expr(ck, c->a, &x);
        return;
    }
    ck_assign_vars(ck, &c->list, &c->list2, c->pos,
                   ck_op(c->op, NULL) == OP_DEFINE, c);
}

static void select_stmt(checker *ck, ast_node *s, const char *label)
{
    branch_ctx b;
    push_branch(ck, &b, s, false, label);
    int ndefault = 0;
    for (int i = 0; i < s->list.len; i++) {
        ast_node *cl = s->list.items[i];
        if (!cl->a && ++ndefault > 1)
            ck_error(ck, cl->pos, "multiple defaults in select");
        ck_open_scope(ck, SC_BLOCK);
        comm_clause(ck, cl);
        stmt_list(ck, &cl->list2);
        ck_close_scope(ck);
    }
    pop_branch(ck);
}

static void for_stmt(checker *ck, ast_node *s, const char *label)
{
    ck_open_scope(ck, SC_BLOCK);
    if (s->a) ck_stmt(ck, s->a);
    if (s->b) condition(ck, s->b, "for");
    if (s->c) {
        if (s->c->kind == N_ASSIGN && ck_op(s->c->op, NULL) == OP_DEFINE)
            ck_error(ck, s->c->pos, "cannot declare in post statement of for "
                                    "loop");
        else
            ck_stmt(ck, s->c);
    }
    branch_ctx b;
    push_branch(ck, &b, s, true, label);
    block(ck, s->d);
    pop_branch(ck);
    ck_close_scope(ck);
}

static void range_stmt(checker *ck, ast_node *s, const char *label)
{
    ck_open_scope(ck, SC_BLOCK);
    operand x;
    ck_expr(ck, s->c, &x);
    type *kt = NULL, *vt = NULL;
    int maxvars = 2;
    if (x.mode != M_INVALID) {
        type *u = ck_core(x.type);
        if (u->kind == T_POINTER && type_under(u->elem)->kind == T_ARRAY)
            u = type_under(u->elem);
        switch (u->kind) {
        case T_STRING: case T_UNTYPED_STRING:
            ck_default_operand(ck, &x);
            kt = ty_int;
            vt = ty_rune;
            break;
        case T_ARRAY: case T_SLICE:
            kt = ty_int;
            vt = u->elem;
            break;
        case T_MAP:
            kt = u->key;
            vt = u->elem;
            break;
        case T_CHAN:
            kt = u->elem;
            maxvars = 1;
            if (u->dir == CHAN_SEND) {
                ck_error(ck, s->c->pos, "invalid operation: range %s: "
                                        "receive from send-only channel",
                         ck_exprstr(ck, s->c));
                kt = NULL;
            }
            break;
        default:
            if (type_is_integer(u)) {
                if (type_is_untyped(x.type)) {
                    if (x.val && !cv_is_int_valued(x.val)) {
                        ck_error(ck, s->c->pos, "cannot range over %s",
                                 ck_operand_str(ck, &x));
                        break;
                    }
                    ck_convert_untyped(ck, &x, ty_int);
                }
                kt = x.type;
                maxvars = 1;
                break;
            }
            if (u->kind == T_FUNC) {
                ck_error(ck, s->c->pos, "golem: range over function %s is not "
                                        "supported",
                         ck_operand_str(ck, &x));
                break;
            }
            ck_error(ck, s->c->pos, "cannot range over %s",
                     ck_operand_str(ck, &x));
        }
    }
    ast_node *vars[2] = {s->a, s->b};
    type *vtypes[2] = {kt, vt};
    if (maxvars == 1 && s->b) {
        ck_error(ck, s->b->pos, "range over %s permits only one iteration "
                                "variable",
                 ck_operand_str(ck, &x));
        vtypes[1] = NULL; /* declared with an invalid type */
    }
    ck_opcode op = ck_op(s->op, NULL);
    if (op == OP_DEFINE) {
        symbol *news[2] = {NULL, NULL};
        for (int i = 0; i < 2; i++) {
            ast_node *id = vars[i];
            if (!id) continue;
            if (id->kind != N_IDENT) {
                ck_error(ck, id->pos, "non-name %s on left side of :=",
                         ck_exprstr(ck, id));
                continue;
            }
            symbol *v = new_local(ck, id->name, id->pos,
                                  vtypes[i] ? vtypes[i] : ty_invalid);
            v->decl = id;
            id->sym = v;
            id->type = v->type;
            news[i] = v;
        }
        for (int i = 0; i < 2; i++)
            if (news[i]) ck_declare(ck, ck->scope, news[i], news[i]->pos);
    } else if (op == OP_ASSIGN) {
        for (int i = 0; i < 2; i++) {
            if (!vars[i]) continue;
            bool ok;
            type *lt = lhs_expr(ck, vars[i], &ok, false);
            if (!ok || !lt || !vtypes[i]) continue;
            operand y = {.mode = M_VALUE, .expr = vars[i], .type = vtypes[i]};
            if (!ck_assignable(ck, &y, lt, NULL))
                ck_error(ck, vars[i]->pos, "cannot use %s (value of type %s) "
                                           "as %s value in range",
                         ck_exprstr(ck, vars[i]), ck_typestr(ck, vtypes[i]),
                         ck_typestr(ck, lt));
        }
    }
    branch_ctx b;
    push_branch(ck, &b, s, true, label);
    block(ck, s->d);
    pop_branch(ck);
    ck_close_scope(ck);
}

static void labeled(checker *ck, ast_node *s)
{
    ast_node *inner = s->a;
    ck_info_of(ck, s)->target = inner;
    if (!inner) return;
    switch (inner->kind) {
    case N_FOR: for_stmt(ck, inner, s->name); break;
    case N_RANGE: range_stmt(ck, inner, s->name); break;
    case N_SWITCH: switch_stmt(ck, inner, s->name); break;
    case N_TYPESWITCH: type_switch(ck, inner, s->name); break;
    case N_SELECT: select_stmt(ck, inner, s->name); break;
    default: ck_stmt(ck, inner);
    }
}

void ck_stmt(checker *ck, ast_node *s)
{
    if (!s) return;
    switch (s->kind) {
    case N_BLOCK: block(ck, s); break;
    case N_EXPRSTMT: expr_stmt(ck, s); break;
    case N_SEND: send_stmt(ck, s); break;
    case N_INCDEC: incdec(ck, s); break;
    case N_ASSIGN: {
        bool compound;
        ck_opcode op = ck_op(s->op, &compound);
        if (compound) compound_assign(ck, s, op);
        else ck_assign_vars(ck, &s->list, &s->list2, ck_gcpos(s),
                            op == OP_DEFINE, s);
        break;
    }
    case N_GO: go_defer(ck, s, "go"); break;
    case N_DEFER:
        if (ck->fctx && ck->fctx->fn) ck->fctx->fn->has_defer = true;
        go_defer(ck, s, "defer");
        break;
    case N_RETURN: return_stmt(ck, s); break;
    case N_BRANCH: branch_stmt(ck, s); break;
    case N_LABELED: labeled(ck, s); break;
    case N_IF: if_stmt(ck, s); break;
    case N_SWITCH: switch_stmt(ck, s, NULL); break;
    case N_TYPESWITCH: type_switch(ck, s, NULL); break;
    case N_SELECT: select_stmt(ck, s, NULL); break;
    case N_FOR: for_stmt(ck, s, NULL); break;
    case N_RANGE: range_stmt(ck, s, NULL); break;
    case N_EMPTY: break;
    case N_DECLSTMT: ck_declare_local_decl(ck, s->a); break;
    case N_BAD: break;
    default:
        ck_error(ck, s->pos, "unexpected %s in statement list",
                 ast_kind_name(s->kind));
    }
}

static void stmt_list(checker *ck, ast_list *l)
{
    func_ctx *fc = ck->fctx;
    if (fc->nblk == fc->capblk) {
        int nc = fc->capblk ? fc->capblk * 2 : 16;
        ast_list **nb = ck_alloc(ck, sizeof *nb * (size_t)nc);
        int *ni = ck_alloc(ck, sizeof *ni * (size_t)nc);
        if (fc->nblk) {
            memcpy(nb, fc->blk, sizeof *nb * (size_t)fc->nblk);
            memcpy(ni, fc->blkidx, sizeof *ni * (size_t)fc->nblk);
        }
        fc->blk = nb;
        fc->blkidx = ni;
        fc->capblk = nc;
    }
    int d = fc->nblk++;
    fc->blk[d] = l;
    for (int i = 0; i < l->len; i++) {
        fc->blkidx[d] = i;
        ck_stmt(ck, l->items[i]);
    }
    fc->nblk--;
}

static bool declares_var(ast_node *s)
{
    if (s->kind == N_DECLSTMT && s->a && ck_op(s->a->op, NULL) == OP_VAR)
        return true;
    return s->kind == N_ASSIGN && ck_op(s->op, NULL) == OP_DEFINE;
}

static void check_goto(checker *ck, ast_node *s, label_info *l)
{
    func_ctx *fc = ck->fctx;
    int depth = -1;
    for (int d = 0; d < fc->nblk; d++)
        if (fc->blk[d] == l->list) depth = d;
    if (depth < 0) {
        ck_error(ck, s->pos, "goto %s jumps into block starting at %s:%d:%d",
                 s->name, comp_file_name(ck->c, l->block_pos.file),
                 l->block_pos.line, l->block_pos.col);
        return;
    }
    for (int i = fc->blkidx[depth] + 1; i < l->index; i++) {
        ast_node *st = l->list->items[i];
        if (declares_var(st)) {
            ck_error(ck, s->pos, "goto %s jumps over variable declaration at "
                                 "line %d",
                     s->name, st->pos.line);
            return;
        }
    }
}

/* ---------- terminating statements ---------- */

static bool has_break_to(ast_node *n, ast_node *target)
{
    if (!n || n->kind == N_FUNCLIT) return false;
    if (n->kind == N_BRANCH && n->info && n->info->target == target &&
        ck_op(n->op, NULL) == OP_BREAK)
        return true;
    if (has_break_to(n->a, target) || has_break_to(n->b, target) ||
        has_break_to(n->c, target) || has_break_to(n->d, target))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (has_break_to(n->list.items[i], target)) return true;
    for (int i = 0; i < n->list2.len; i++)
        if (has_break_to(n->list2.items[i], target)) return true;
    return false;
}

static bool list_terminating(ast_list *l)
{
    /* trailing empty statements do not count */
    int n = l->len;
    while (n > 0 && l->items[n - 1]->kind == N_EMPTY) n--;
    return n > 0 && ck_is_terminating(l->items[n - 1], NULL);
}

bool ck_is_terminating(ast_node *s, const char *label)
{
    (void)label;
    if (!s) return false;
    switch (s->kind) {
    case N_RETURN:
        return true;
    case N_BRANCH:
        return ck_op(s->op, NULL) == OP_GOTO ||
               ck_op(s->op, NULL) == OP_FALLTHROUGH;
    case N_EXPRSTMT: {
        ast_node *c = s->a;
        while (c && c->kind == N_PAREN) c = c->a;
        return c && c->kind == N_CALL && c->info &&
               c->info->call == CALL_BUILTIN && c->info->builtin == BI_PANIC;
    }
    case N_BLOCK:
        return list_terminating(&s->list);
    case N_IF:
        return s->d && ck_is_terminating(s->c, NULL) &&
               ck_is_terminating(s->d, NULL);
    case N_FOR:
        return !s->b && !has_break_to(s->d, s);
    case N_RANGE:
        return false;
    case N_LABELED:
        return ck_is_terminating(s->a, s->name);
    case N_SWITCH:
    case N_TYPESWITCH:
    case N_SELECT: {
        bool has_default = s->kind == N_SELECT;
        for (int i = 0; i < s->list.len; i++) {
            ast_node *cl = s->list.items[i];
            if (s->kind != N_SELECT &&
                ((cl->flags & AF_DEFAULT) || cl->list.len == 0))
                has_default = true;
            if (!list_terminating(&cl->list2)) return false;
            if (has_break_to(cl, s)) return false;
        }
        return has_default;
    }
    default:
        return false;
    }
}

/* ---------- function bodies ---------- */

static void collect_labels(checker *ck, func_ctx *fc, ast_node *n,
                           ast_list *list, int index, src_pos bpos);

static void collect_list(checker *ck, func_ctx *fc, ast_list *l,
                         src_pos bpos)
{
    for (int i = 0; i < l->len; i++)
        collect_labels(ck, fc, l->items[i], l, i, bpos);
}

static void collect_labels(checker *ck, func_ctx *fc, ast_node *n,
                           ast_list *list, int index, src_pos bpos)
{
    if (!n || n->kind == N_FUNCLIT) return;
    if (n->kind == N_LABELED && n->name) {
        if (find_label(fc, n->name)) {
            ck_error(ck, n->pos, "label %s already defined", n->name);
        } else {
            if (fc->nlabels == fc->caplabels) {
                int nc = fc->caplabels ? fc->caplabels * 2 : 8;
                label_info *nl = ck_alloc(ck, sizeof *nl * (size_t)nc);
                if (fc->nlabels)
                    memcpy(nl, fc->labels, sizeof *nl * (size_t)fc->nlabels);
                fc->labels = nl;
                fc->caplabels = nc;
            }
            label_info *l = &fc->labels[fc->nlabels++];
            memset(l, 0, sizeof *l);
            l->name = n->name;
            l->stmt = n;
            l->list = list;
            l->index = index;
            l->block_pos = bpos;
        }
    }
    switch (n->kind) {
    case N_BLOCK:
        collect_list(ck, fc, &n->list, n->pos);
        return;
    case N_CASECLAUSE: case N_COMMCLAUSE:
        collect_list(ck, fc, &n->list2, n->pos);
        return;
    case N_LABELED:
        collect_labels(ck, fc, n->a, list, index, bpos);
        return;
    case N_IF: case N_FOR: case N_RANGE: case N_SWITCH: case N_TYPESWITCH:
    case N_SELECT:
        collect_labels(ck, fc, n->c, NULL, 0, bpos);
        collect_labels(ck, fc, n->d, NULL, 0, bpos);
        if (n->kind != N_IF && n->kind != N_FOR && n->kind != N_RANGE)
            for (int i = 0; i < n->list.len; i++)
                collect_labels(ck, fc, n->list.items[i], NULL, 0, bpos);
        return;
    default:
        return;
    }
}

static void add_param(checker *ck, ck_func *fn, symbol *s)
{
    symbol **n = ck_alloc(ck, sizeof *n * (size_t)(fn->nparams +
                                                     fn->nresults + 1));
    int k = fn->nparams + fn->nresults;
    if (k) memcpy(n, fn->params, sizeof *n * (size_t)k);
    n[k] = s;
    fn->params = n;
}

static void declare_fields(checker *ck, ck_func *fn, ast_list *fields,
                           type **types, int ntypes, bool results)
{
    int k = 0;
    for (int i = 0; i < fields->len; i++) {
        ast_node *f = fields->items[i];
        int m = f->list.len ? f->list.len : 1;
        for (int j = 0; j < m; j++, k++) {
            type *t = k < ntypes ? types[k] : ty_invalid;
            ast_node *id = f->list.len ? f->list.items[j] : NULL;
            const char *name = id ? id->name
                                  : ck_sprintf(ck, "~%c%d", results ? 'r' : 'p',
                                               k);
            symbol *s = new_local(ck, name, id ? id->pos : f->pos, t);
            s->is_param = true;
            s->is_result = results;
            s->decl = id ? id : f;
            if (id) id->sym = s;
            add_param(ck, fn, s);
            if (results) fn->nresults++;
            else fn->nparams++;
            if (id && !ck_is_blank(id->name) &&
                !ck_scope_lookup_local(ck->scope, id->name))
                ck_declare(ck, ck->scope, s, id->pos);
        }
    }
}

void ck_func_body(checker *ck, ck_func *fn, ast_node *body)
{
    func_ctx fc;
    memset(&fc, 0, sizeof fc);
    fc.fn = fn;
    fc.sig = fn->sig && fn->sig->kind == T_FUNC ? fn->sig : NULL;
    fc.outer = ck->fctx;
    if (!fc.sig) {
        type *empty = type_func(ck->u, NULL, 0, NULL, 0, false);
        fc.sig = empty;
    }
    func_ctx *saved = ck->fctx;
    scope *saved_scope = ck->scope;
    ck->fctx = &fc;
    ck_open_scope(ck, SC_FUNC);
    ast_node *decl = fn->decl;
    ast_node *ftype = decl->kind == N_FUNCDECL ? decl->b : decl->a;
    if (decl->kind == N_FUNCDECL && decl->a) {
        ast_node *r = decl->a;
        type *rt = r->a && r->a->type ? r->a->type : ty_invalid;
        const char *name = r->list.len ? r->list.items[0]->name : "~r";
        symbol *s = new_local(ck, name, r->list.len ? r->list.items[0]->pos
                                                    : r->pos,
                              rt);
        s->is_param = true;
        s->decl = r;
        if (r->list.len) r->list.items[0]->sym = s;
        add_param(ck, fn, s);
        fn->nparams++;
        if (r->list.len) ck_declare(ck, ck->scope, s, s->pos);
    }
    if (ftype) {
        declare_fields(ck, fn, &ftype->list, fc.sig->params, fc.sig->nparams,
                       false);
        declare_fields(ck, fn, &ftype->list2, fc.sig->results,
                       fc.sig->nresults, true);
    }
    collect_list(ck, &fc, &body->list, body->pos);
    stmt_list(ck, &body->list);
    if (fc.sig->nresults > 0 && !list_terminating(&body->list))
        ck_error(ck, body->end.line ? body->end : body->pos, "missing return");
    ck_report_unused(ck, ck->scope); /* the body's own scope */
    ck->scope->nsyms = 0;            /* (reported; ck_close_scope skips) */
    for (int i = 0; i < fc.nlabels; i++)
        if (!fc.labels[i].used)
            ck_error(ck, fc.labels[i].stmt->pos, "label %s defined and not used",
                     fc.labels[i].name);
    ck_close_scope(ck);
    ck_flush_unused(ck, &fc);
    ck->scope = saved_scope;
    ck->fctx = saved;
}
