/*
 * check_expr.c - expressions: identifiers, literals, operators, selectors,
 * indexing, slicing, type assertions, composite and function literals.
 *
 * Each check produces an operand (check_impl.h). Constant operands carry an
 * exact const_value and are folded as they are combined; untyped operands
 * stay untyped until their context fixes a type, at which point
 * ck_set_final_type() rewrites the types (and constant representations)
 * down the untyped part of the tree, as go/types' updateExprType does.
 * On exit from ck_expr every expression node has node.type and, when
 * constant, node.cval.
 *
 * Variables: a use marks the symbol used (the left side of an assignment is
 * not a use); a use from a nested function literal marks it captured and
 * escaping, and records it in the capture list of every function literal
 * between the use and the declaration. Taking the address of a variable
 * (&x, x[:] of an array, calling a pointer method on it) marks it escaping.
 */
#include "check_impl.h"

static void expr_raw(checker *ck, ast_node *e, operand *x, type *hint);

static void invalid(operand *x, ast_node *e)
{
    x->mode = M_INVALID;
    x->expr = e;
    x->type = ty_invalid;
    x->val = NULL;
}

/* ---------- variables: use, capture, escape ---------- */

void ck_record_use(checker *ck, symbol *s)
{
    s->used = true;
    ck_note_capture(ck, s);
}

void ck_note_capture(checker *ck, symbol *s)
{
    if (s->kind != SYM_VAR || s->is_global || !s->owner || !ck->fctx) return;
    ck_func *cur = ck->fctx->fn;
    if (!cur || cur == s->owner) return;
    s->captured = true;
    s->escapes = true;
    for (ck_func *f = cur; f && f != s->owner; f = f->outer) {
        bool have = false;
        for (int i = 0; i < f->ncaptures; i++)
            if (f->captures[i] == s) have = true;
        if (have) continue;
        symbol **n = ck_alloc(ck, sizeof *n * (size_t)(f->ncaptures + 1));
        if (f->ncaptures)
            memcpy(n, f->captures, sizeof *n * (size_t)f->ncaptures);
        n[f->ncaptures++] = s;
        f->captures = n;
    }
}

/* Marks the variable at the root of an addressable expression escaping. */
void ck_mark_escape(checker *ck, ast_node *e)
{
    (void)ck;
    while (e) {
        switch (e->kind) {
        case N_PAREN:
            e = e->a;
            continue;
        case N_SELECTOR:
            if (e->info && e->info->sel == SEL_FIELD) {
                for (int i = 0; i < e->info->npath; i++)
                    if (e->info->path[i].deref) return;
                e = e->a;
                continue;
            }
            if (e->sym && e->sym->kind == SYM_VAR) e->sym->escapes = true;
            return;
        case N_INDEX:
            if (e->a->type && type_under(e->a->type)->kind == T_ARRAY) {
                e = e->a;
                continue;
            }
            return;
        case N_IDENT:
            if (e->sym && e->sym->kind == SYM_VAR) e->sym->escapes = true;
            return;
        default:
            return;
        }
    }
}

void ck_use_expr(checker *ck, ast_node *e)
{
    if (!e) return;
    if (e->kind == N_IDENT) {
        symbol *s = ck_lookup_name(ck, e->name, NULL);
        if (s && s->kind == SYM_VAR) s->used = true;
        return;
    }
    operand x;
    ck_expr_any(ck, e, &x);
}

/* ---------- final types of untyped expressions ---------- */

static bool is_comparison(ck_opcode op)
{
    return op >= OP_EQL && op <= OP_GEQ;
}

void ck_set_final_type(checker *ck, ast_node *e, type *t)
{
    if (!e || !e->type || !type_is_untyped(e->type)) return;
    if (t->kind == T_INVALID) return;
    type *target = t;
    if (type_is_interface(t)) target = type_default(e->type);
    if (e->type == ty_untyped_nil) {
        e->type = t;
        return;
    }
    switch (e->kind) {
    case N_PAREN:
        ck_set_final_type(ck, e->a, t);
        break;
    case N_UNARY:
        if (ck_op(e->op, NULL) != OP_ARROW) ck_set_final_type(ck, e->a, t);
        break;
    case N_BINARY: {
        ck_opcode op = ck_op(e->op, NULL);
        if (is_comparison(op)) break;
        if (op == OP_SHL || op == OP_SHR) {
            if (!e->cval && !type_is_integer(target)) {
                ck_error(ck, e->pos, "invalid operation: shifted operand %s "
                                     "(type %s) must be integer",
                         ck_exprstr(ck, e->a), ck_typestr(ck, target));
                return;
            }
            ck_set_final_type(ck, e->a, t);
            break;
        }
        ck_set_final_type(ck, e->a, t);
        ck_set_final_type(ck, e->b, t);
        break;
    }
    default:
        break;
    }
    if (e->cval && type_is_basic(target) && target->kind != T_TYPEPARAM) {
        const char *why;
        const_value *v = cv_convert(ck, e->cval, target, &why);
        if (v) e->cval = v;
    }
    e->type = target;
}

void ck_default_operand(checker *ck, operand *x)
{
    ck_default_operand_ctx(ck, x, "assignment");
}

void ck_default_operand_ctx(checker *ck, operand *x, const char *context)
{
    if (x->mode == M_INVALID || !type_is_untyped(x->type)) return;
    if (x->type == ty_untyped_nil) return;
    type *d = type_default(x->type);
    if (x->val) {
        const char *why;
        const_value *v = cv_convert(ck, x->val, d, &why);
        if (!v) {
            ck_error(ck, ck_start(x->expr), "cannot use %s as %s value in %s%s",
                     ck_operand_str(ck, x), ck_typestr(ck, d), context,
                     why ? ck_sprintf(ck, " (%s)", why) : "");
            x->mode = M_INVALID;
            return;
        }
        x->val = v;
    }
    ck_set_final_type(ck, x->expr, d);
    x->type = d;
}

/* Converts an untyped operand to type t where an operator needs it. */
bool ck_convert_untyped(checker *ck, operand *x, type *t)
{
    if (x->mode == M_INVALID || !type_is_untyped(x->type) ||
        t->kind == T_INVALID)
        return true;
    if (type_is_untyped(t)) {
        /* both untyped: the larger numeric kind wins */
        if (type_is_numeric(x->type) && type_is_numeric(t) &&
            t->kind > x->type->kind) {
            if (x->val) {
                const char *why;
                const_value *v = cv_convert(ck, x->val, t, &why);
                if (v) x->val = v;
            }
            x->type = t;
            if (x->expr) {
                x->expr->type = t;
                if (x->val) x->expr->cval = x->val;
            }
        }
        return true;
    }
    type *tu = type_under(t);
    if (x->type == ty_untyped_nil) {
        switch (tu->kind) {
        case T_POINTER: case T_FUNC: case T_SLICE: case T_MAP: case T_CHAN:
        case T_INTERFACE: case T_UNSAFEPTR:
            ck_set_final_type(ck, x->expr, t);
            x->type = t;
            return true;
        default:
            return false;
        }
    }
    if (t->kind == T_TYPEPARAM) {
        /* the constant keeps its value; codegen converts per stencil */
        ck_set_final_type(ck, x->expr, t);
        x->type = t;
        return true;
    }
    if (tu->kind == T_INTERFACE) {
        ck_default_operand(ck, x);
        return true;
    }
    bool ok;
    switch (tu->kind) {
    case T_BOOL: ok = x->type == ty_untyped_bool; break;
    case T_STRING: ok = x->type == ty_untyped_string; break;
    default:
        ok = type_is_numeric(tu) && type_is_numeric(x->type);
    }
    if (!ok) return false;
    if (x->val) {
        const char *why;
        const_value *v = cv_convert(ck, x->val, t, &why);
        if (!v) {
            if (why && strcmp(why, "truncated") == 0)
                ck_error(ck, ck_start(x->expr), "%s truncated to %s",
                         ck_operand_str(ck, x), ck_typestr(ck, t));
            else if (why)
                ck_error(ck, ck_start(x->expr), "%s overflows %s",
                         ck_operand_str(ck, x), ck_typestr(ck, t));
            else
                ck_error(ck, ck_start(x->expr), "cannot convert %s to type %s",
                         ck_operand_str(ck, x), ck_typestr(ck, t));
            x->mode = M_INVALID;
            return true;
        }
        x->val = v;
    }
    ck_set_final_type(ck, x->expr, t);
    x->type = t;
    if (x->expr && x->val) x->expr->cval = x->val;
    return true;
}

static bool value_mode(operand *x)
{
    return x->mode == M_CONST || x->mode == M_VAR ||
           x->mode == M_MAPINDEX || x->mode == M_VALUE ||
           x->mode == M_COMMAOK;
}

bool ck_assign_operand(checker *ck, operand *x, type *t, const char *context)
{
    if (x->mode == M_INVALID || !t || t->kind == T_INVALID) return false;
    if (!value_mode(x)) {
        ck_error(ck, ck_start(x->expr), "%s is not an expression",
                 ck_operand_str(ck, x));
        return false;
    }
    if (x->type->kind == T_TUPLE) {
        ck_error(ck, ck_start(x->expr), "multiple-value %s (value of type %s) in "
                                   "single-value context",
                 ck_exprstr(ck, x->expr), ck_typestr(ck, x->type));
        return false;
    }
    if (type_is_untyped(x->type) && t->kind == T_TYPEPARAM &&
        x->type != ty_untyped_nil) {
        ck_set_final_type(ck, x->expr, t);
        x->type = t;
        return true;
    }
    if (type_is_untyped(x->type)) {
        type *target = t;
        if (type_is_interface(t) || t->kind == T_TYPEPARAM) {
            if (x->type == ty_untyped_nil) {
                ck_set_final_type(ck, x->expr, t);
                x->type = t;
                return true;
            }
            target = type_default(x->type);
        }
        if (x->type == ty_untyped_nil) {
            operand y = *x;
            if (!ck_assignable(ck, &y, t, NULL)) {
                ck_error(ck, ck_start(x->expr), "cannot use nil as %s value in %s",
                         ck_typestr(ck, t), context);
                return false;
            }
            ck_set_final_type(ck, x->expr, t);
            x->type = t;
            return true;
        }
        if (x->val && type_is_basic(target)) {
            const char *why = NULL;
            const_value *v = NULL;
            operand y = *x;
            if (ck_assignable(ck, &y, target, NULL))
                v = cv_convert(ck, x->val, target, &why);
            if (!v) {
                ck_error(ck, ck_start(x->expr), "cannot use %s as %s value in %s%s",
                         ck_operand_str(ck, x), ck_typestr(ck, t), context,
                         why ? ck_sprintf(ck, " (%s)", why) : "");
                return false;
            }
            x->val = v;
        } else {
            operand y = *x;
            if (!ck_assignable(ck, &y, target, NULL)) {
                ck_error(ck, ck_start(x->expr), "cannot use %s as %s value in %s",
                         ck_operand_str(ck, x), ck_typestr(ck, t), context);
                return false;
            }
        }
        ck_set_final_type(ck, x->expr, target);
        x->type = target;
        if (x->expr && x->val) x->expr->cval = x->val;
    }
    const char *reason = NULL;
    if (!ck_assignable(ck, x, t, &reason)) {
        ck_error(ck, ck_start(x->expr), "cannot use %s as %s value in %s%s%s",
                 ck_operand_str(ck, x), ck_typestr(ck, t), context,
                 reason ? ": " : "", reason ? reason : "");
        return false;
    }
    if (type_is_interface(t) && !type_identical(x->type, t))
        ck_info_of(ck, x->expr)->implicit_to = t;
    return true;
}

/* ---------- identifiers and literals ---------- */

static void ident(checker *ck, ast_node *e, operand *x)
{
    if (ck_is_blank(e->name)) {
        ck_error(ck, e->pos, "cannot use _ as value");
        invalid(x, e);
        return;
    }
    symbol *s = ck_lookup_name(ck, e->name, NULL);
    if (!s) {
        ck_error(ck, e->pos, "undefined: %s", e->name);
        invalid(x, e);
        return;
    }
    e->sym = s;
    x->expr = e;
    ck_resolve_obj(ck, s);
    switch (s->kind) {
    case SYM_PKG:
        s->used = true;
        x->mode = M_PKG;
        x->pkg = s;
        x->type = ty_invalid;
        return;
    case SYM_CONST:
        x->mode = M_CONST;
        x->type = s->type ? s->type : ty_invalid;
        x->val = s->cval;
        if (!s->pkg && strcmp(s->name, "iota") == 0) {
            if (ck->iota < 0) {
                ck_error(ck, e->pos,
                         "cannot use iota outside constant declaration");
                invalid(x, e);
                return;
            }
            x->val = cv_new_int(ck, ck->iota);
        }
        if (!x->val || x->type->kind == T_INVALID) invalid(x, e);
        s->used = true;
        return;
    case SYM_TYPE:
        x->mode = M_TYPE;
        x->type = s->type ? s->type : ty_invalid;
        s->used = true;
        if (s->ntparams && ck->tparam_depth == 0) x->type = s->type;
        return;
    case SYM_VAR:
        ck_record_use(ck, s);
        if (s->is_global) ck_add_dep(ck, s);
        x->mode = M_VAR;
        x->type = s->type ? s->type : ty_invalid;
        if (x->type->kind == T_INVALID) x->mode = M_INVALID;
        return;
    case SYM_FUNC:
        s->used = true;
        ck_add_dep(ck, s);
        x->mode = M_VALUE;
        x->type = s->type ? s->type : ty_invalid;
        return;
    case SYM_BUILTIN:
        x->mode = M_BUILTIN;
        x->builtin = s->builtin;
        x->type = ty_invalid;
        return;
    case SYM_NIL:
        x->mode = M_VALUE;
        x->type = ty_untyped_nil;
        return;
    default:
        invalid(x, e);
    }
}

static void basic_lit(checker *ck, ast_node *e, operand *x)
{
    const char *err;
    type *t;
    const_value *v = cv_from_literal(ck, e, &t, &err);
    if (!v) {
        ck_error(ck, e->pos, "%s", err ? err : "invalid literal");
        invalid(x, e);
        return;
    }
    x->mode = M_CONST;
    x->type = t;
    x->val = v;
    x->expr = e;
}

/* ---------- operators ---------- */

static bool op_allowed(ck_opcode op, type *t);

/* Whether every term of type parameter t's type set passes allowed (an
   operator is defined on a type parameter only when it is defined on each
   type of its type set; a constraint without terms allows none). A term
   that is itself an interface or type parameter is given the benefit of
   the doubt. */
static bool tparam_terms_allow(type *t, ck_opcode op,
                               bool (*allowed)(ck_opcode, type *))
{
    type *c = t->underlying ? type_under(t->underlying) : NULL;
    if (!c || c->kind != T_INTERFACE) return true;
    if (c->nterms == 0) return false;
    for (int i = 0; i < c->nterms; i++) {
        type *tu = type_under(c->terms[i]);
        if (tu->kind == T_INTERFACE || tu->kind == T_TYPEPARAM) continue;
        if (!allowed(op, tu)) return false;
    }
    return true;
}

static bool ordered_allowed(ck_opcode op, type *u)
{
    (void)op;
    return type_is_integer(u) || type_is_float(u) || type_is_string(u);
}

static bool op_allowed(ck_opcode op, type *t)
{
    type *u = type_under(t);
    if (t->kind == T_TYPEPARAM) return tparam_terms_allow(t, op, op_allowed);
    switch (op) {
    case OP_ADD:
        return type_is_numeric(u) || type_is_string(u);
    case OP_SUB: case OP_MUL: case OP_QUO:
        return type_is_numeric(u);
    case OP_REM: case OP_AND: case OP_OR: case OP_XOR: case OP_ANDNOT:
        return type_is_integer(u);
    case OP_LAND: case OP_LOR:
        return u->kind == T_BOOL || u->kind == T_UNTYPED_BOOL;
    default:
        return false;
    }
}

static bool may_convert(operand *x, operand *y)
{
    if (!type_is_untyped(x->type) && !type_is_untyped(y->type)) return false;
    if (x->type->kind == T_TYPEPARAM || y->type->kind == T_TYPEPARAM)
        return x->type != ty_untyped_nil && y->type != ty_untyped_nil;
    bool xb = type_is_basic(x->type) || type_is_untyped(x->type);
    bool yb = type_is_basic(y->type) || type_is_untyped(y->type);
    type *xu = type_under(x->type), *yu = type_under(y->type);
    if (x->type == ty_untyped_nil || y->type == ty_untyped_nil) {
        type *o = x->type == ty_untyped_nil ? yu : xu;
        switch (o->kind) {
        case T_POINTER: case T_FUNC: case T_SLICE: case T_MAP: case T_CHAN:
        case T_INTERFACE: case T_UNSAFEPTR: case T_UNTYPED_NIL:
            return true;
        default:
            return false;
        }
    }
    if (xu->kind == T_INTERFACE || yu->kind == T_INTERFACE) return true;
    if (xb != yb) return false;
    bool xbool = xu->kind == T_BOOL || xu->kind == T_UNTYPED_BOOL;
    bool ybool = yu->kind == T_BOOL || yu->kind == T_UNTYPED_BOOL;
    if (xbool != ybool) return false;
    if (type_is_string(xu) != type_is_string(yu)) return false;
    return true;
}

/* Brings x and y to one type where Go converts implicitly. */
static void match_types(checker *ck, operand *x, operand *y)
{
    if (!may_convert(x, y)) return;
    if (type_is_untyped(x->type) && !type_is_untyped(y->type)) {
        if (!ck_convert_untyped(ck, x, y->type)) return;
    } else if (type_is_untyped(y->type) && !type_is_untyped(x->type)) {
        if (!ck_convert_untyped(ck, y, x->type)) return;
    } else {
        ck_convert_untyped(ck, x, y->type);
        ck_convert_untyped(ck, y, x->type);
    }
}

static void check_const_repr(checker *ck, operand *x, ast_node *e)
{
    if (x->mode != M_CONST || type_is_untyped(x->type)) return;
    const char *why;
    const_value *v = cv_convert(ck, x->val, x->type, &why);
    if (!v) {
        operand y = *x;
        y.expr = e;
        ck_error(ck, ck_start(e), "%s overflows %s", ck_operand_str(ck, &y),
                 ck_typestr(ck, x->type));
        x->mode = M_VALUE;
        x->val = NULL;
        return;
    }
    x->val = v;
}

static void comparison(checker *ck, ast_node *e, ck_opcode op, operand *x,
                       operand *y)
{
    bool xnil = x->type == ty_untyped_nil, ynil = y->type == ty_untyped_nil;
    match_types(ck, x, y);
    if (x->mode == M_INVALID || y->mode == M_INVALID) {
        invalid(x, e);
        return;
    }
    const char *err = NULL;
    bool ok_assign = ck_assignable(ck, x, y->type, NULL) ||
                     ck_assignable(ck, y, x->type, NULL);
    type *cmp = xnil ? y->type : x->type;
    if (!ok_assign) {
        err = ck_sprintf(ck, "mismatched types %s and %s",
                         ck_typestr(ck, x->type), ck_typestr(ck, y->type));
    } else if (op == OP_EQL || op == OP_NEQ) {
        if (xnil || ynil) {
            type *o = type_under(xnil ? y->type : x->type);
            if (xnil && ynil)
                err = ck_sprintf(ck, "operator %s not defined on nil",
                                 ck_op_string(op));
            else if (!(o->kind == T_POINTER || o->kind == T_FUNC ||
                       o->kind == T_SLICE || o->kind == T_MAP ||
                       o->kind == T_CHAN || o->kind == T_INTERFACE ||
                       o->kind == T_UNSAFEPTR || o->kind == T_TYPEPARAM))
                err = ck_sprintf(ck, "mismatched types %s and untyped nil",
                                 ck_typestr(ck, xnil ? y->type : x->type));
        } else if (!type_comparable(x->type) || !type_comparable(y->type)) {
            operand *bad = !type_comparable(x->type) ? x : y;
            type *bu = type_under(bad->type);
            const char *what = bu->kind == T_SLICE ? "slice"
                               : bu->kind == T_MAP ? "map"
                               : bu->kind == T_FUNC ? "func" : NULL;
            if (what)
                err = ck_sprintf(ck, "%s can only be compared to nil", what);
            else if (bu->kind == T_STRUCT) {
                type *ft = NULL;
                for (int i = 0; i < bu->nfields && !ft; i++)
                    if (!type_comparable(bu->fields[i].type))
                        ft = bu->fields[i].type;
                err = ck_sprintf(ck, "struct containing %s cannot be compared",
                                 ck_typestr(ck, ft));
            } else
                err = ck_sprintf(ck, "%s cannot be compared",
                                 ck_typestr(ck, bad->type));
        }
    } else {
        type *u = type_under(x->type);
        bool ordered = x->type->kind == T_TYPEPARAM
                           ? tparam_terms_allow(x->type, op, ordered_allowed)
                           : ordered_allowed(op, u);
        if (!ordered)
            err = ck_sprintf(ck, "operator %s not defined on %s",
                             ck_op_string(op), ck_operand_str(ck, x));
    }
    if (err) {
        ck_error(ck, ck_start(e), "invalid operation: %s (%s)", ck_exprstr(ck, e),
                 err);
        invalid(x, e);
        return;
    }
    /* interface vs concrete: convert the concrete side */
    if (!xnil && !ynil && !type_identical(x->type, y->type)) {
        if (type_is_interface(x->type) && !type_is_interface(y->type)) {
            ck_default_operand(ck, y);
            ck_info_of(ck, y->expr)->implicit_to = x->type;
            cmp = x->type;
        } else if (type_is_interface(y->type) && !type_is_interface(x->type)) {
            ck_default_operand(ck, x);
            ck_info_of(ck, x->expr)->implicit_to = y->type;
            cmp = y->type;
        }
    }
    if (x->mode == M_CONST && y->mode == M_CONST) {
        /* operands of a folded comparison still get typed (defaults when
           untyped and representable), so no untyped node reaches codegen */
        operand *ops[2] = {x, y};
        for (int i = 0; i < 2; i++) {
            operand *o = ops[i];
            if (!type_is_untyped(o->type) || !o->expr) continue;
            const char *why;
            type *d = type_default(o->type);
            if (cv_convert(ck, o->val, d, &why))
                ck_set_final_type(ck, o->expr, d);
        }
        x->val = cv_new_bool(ck, cv_compare(op, x->val, y->val));
        x->mode = M_CONST;
    } else {
        x->mode = M_VALUE;
        x->val = NULL;
        /* untyped operands of a non-constant comparison get default types */
        ck_default_operand(ck, x);
        ck_default_operand(ck, y);
        if (xnil) ck_set_final_type(ck, x->expr, y->type);
        if (ynil) ck_set_final_type(ck, y->expr, x->type);
        cmp = xnil ? y->type : x->type;
        if (type_is_interface(y->type) && !type_is_interface(x->type))
            cmp = y->type;
    }
    ck_info_of(ck, e)->cmp_type = cmp;
    x->type = ty_untyped_bool;
    x->expr = e;
}

static void shift(checker *ck, ast_node *e, ck_opcode op, operand *x,
                  operand *y)
{
    /* the count */
    if (y->mode == M_CONST) {
        int64_t n = 0;
        bool huge = cv_is_int_valued(y->val) && !cv_to_int64(y->val, &n) &&
                    ((y->val->kind == CV_INT && y->val->i > 0) ||
                     (y->val->kind == CV_FLOAT && y->val->f > 0));
        if (huge) n = INT64_MAX;
        if (!cv_is_int_valued(y->val) || (!huge && !cv_to_int64(y->val, &n))) {
            if (type_is_untyped(y->type) && !cv_is_int_valued(y->val))
                ck_error(ck, ck_start(y->expr), "%s truncated to uint",
                         ck_operand_str(ck, y));
            else
                ck_error(ck, ck_start(y->expr), "invalid shift count %s",
                         ck_operand_str(ck, y));
            invalid(x, e);
            return;
        }
        if (n < 0) {
            ck_error(ck, ck_start(y->expr), "invalid operation: negative shift "
                                            "count %s",
                     ck_operand_str(ck, y));
            invalid(x, e);
            return;
        }
        if (x->mode == M_CONST && !huge && n > 1074) { /* gc's shiftBound */
            ck_error(ck, ck_start(y->expr), "invalid operation: invalid shift "
                                            "count %s",
                     ck_operand_str(ck, y));
            invalid(x, e);
            return;
        }
        if (type_is_untyped(y->type)) {
            ck_convert_untyped(ck, y, ty_uint);
        }
    } else if (!type_is_integer(y->type)) {
        ck_error(ck, ck_start(y->expr), "invalid operation: shift count %s must "
                                   "be integer",
                 ck_operand_str(ck, y));
        invalid(x, e);
        return;
    }
    /* the shifted operand */
    if (x->mode == M_CONST && type_is_untyped(x->type)) {
        if (!cv_is_int_valued(x->val)) {
            ck_error(ck, ck_start(x->expr), "invalid operation: shifted operand "
                                       "%s must be integer",
                     ck_operand_str(ck, x));
            invalid(x, e);
            return;
        }
        if (x->type != ty_untyped_int && x->type != ty_untyped_rune) {
            const char *why;
            x->val = cv_convert(ck, x->val, ty_untyped_int, &why);
            x->type = ty_untyped_int;
            x->expr->type = ty_untyped_int;
        }
    } else if (!type_is_integer(x->type) && x->type->kind != T_TYPEPARAM) {
        ck_error(ck, ck_start(x->expr), "invalid operation: shifted operand %s "
                                   "must be integer",
                 ck_operand_str(ck, x));
        invalid(x, e);
        return;
    }
    if (x->mode == M_CONST && y->mode == M_CONST) {
        int64_t n = INT64_MAX;
        cv_to_int64(y->val, &n);
        const char *err;
        const_value *v = cv_shift(ck, op, x->val, (uint64_t)n, &err);
        if (!v) {
            ck_error(ck, e->pos, "%s", err ? err : "constant shift overflow");
            invalid(x, e);
            return;
        }
        x->val = v;
        x->expr = e;
        check_const_repr(ck, x, e);
        return;
    }
    if (type_is_untyped(y->type)) ck_default_operand(ck, y);
    x->mode = M_VALUE;
    x->val = NULL;
    x->expr = e;
}

static void binary(checker *ck, ast_node *e, operand *x)
{
    ck_opcode op = ck_op(e->op, NULL);
    operand y;
    ck_expr(ck, e->a, x);
    ck_expr(ck, e->b, &y);
    ck_binary_operands(ck, e, op, x, &y);
}

/* Applies binary operator op to x and y (already checked); e is the node
   that reports errors (N_BINARY or a compound N_ASSIGN). Result in x. */
void ck_binary_operands(checker *ck, ast_node *e, ck_opcode op, operand *x,
                        operand *yp)
{
    operand y = *yp;
    if (x->mode == M_INVALID || y.mode == M_INVALID) {
        invalid(x, e);
        return;
    }
    if (op == OP_SHL || op == OP_SHR) {
        shift(ck, e, op, x, &y);
        return;
    }
    if (is_comparison(op)) {
        comparison(ck, e, op, x, &y);
        return;
    }
    match_types(ck, x, &y);
    if (x->mode == M_INVALID || y.mode == M_INVALID) {
        invalid(x, e);
        return;
    }
    if (!type_identical(x->type, y.type)) {
        if (x->type->kind != T_INVALID && y.type->kind != T_INVALID)
            ck_error(ck, ck_start(e),
                     "invalid operation: %s (mismatched types %s and %s)",
                     ck_exprstr(ck, e), ck_typestr(ck, x->type),
                     ck_typestr(ck, y.type));
        invalid(x, e);
        return;
    }
    if (!op_allowed(op, x->type)) {
        ck_error(ck, ck_start(e), "invalid operation: operator %s not defined on "
                             "%s",
                 ck_op_string(op), ck_operand_str(ck, x));
        invalid(x, e);
        return;
    }
    if ((op == OP_QUO || op == OP_REM) && y.mode == M_CONST &&
        (type_is_integer(x->type) || type_is_float(x->type)) &&
        ((y.val->kind == CV_INT && y.val->i == 0) ||
         (y.val->kind == CV_FLOAT && y.val->f == 0)) &&
        (x->mode == M_CONST || type_is_integer(x->type))) {
        ck_error(ck, ck_start(y.expr), "invalid operation: division by zero");
        invalid(x, e);
        return;
    }
    if (x->mode == M_CONST && y.mode == M_CONST) {
        const char *err;
        bool int_div = type_is_integer(x->type);
        const_value *v = cv_binary(ck, op, x->val, y.val, int_div, &err);
        if (!v) {
            ck_error(ck, e->pos, "%s", strcmp(err, "division by zero") == 0
                                           ? "invalid operation: division by "
                                             "zero"
                                           : err);
            invalid(x, e);
            return;
        }
        x->val = v;
        x->expr = e;
        check_const_repr(ck, x, e);
        return;
    }
    x->mode = M_VALUE;
    x->val = NULL;
    x->expr = e;
}

static void unary(checker *ck, ast_node *e, operand *x)
{
    ck_opcode op = ck_op(e->op, NULL);
    if (op == OP_AND || op == OP_AMP) {
        ast_node *inner = e->a;
        while (inner->kind == N_PAREN) inner = inner->a;
        if (inner->kind == N_COMPOSITE) {
            ck_expr(ck, e->a, x);
            if (x->mode == M_INVALID) return;
            x->type = type_pointer(ck->u, x->type);
            x->mode = M_VALUE;
            x->expr = e;
            return;
        }
        ck_expr(ck, e->a, x);
        if (x->mode == M_INVALID) return;
        if (x->mode != M_VAR) {
            ck_error(ck, ck_start(e->a), "invalid operation: cannot take address of %s",
                     ck_operand_str(ck, x));
            invalid(x, e);
            return;
        }
        ck_mark_escape(ck, e->a);
        x->type = type_pointer(ck->u, x->type);
        x->mode = M_VALUE;
        x->expr = e;
        return;
    }
    ck_expr(ck, e->a, x);
    if (x->mode == M_INVALID) return;
    if (op == OP_ARROW) {
        type *u = type_under(x->type);
        if (u->kind != T_CHAN) {
            ck_error(ck, ck_start(e->a), "invalid operation: cannot receive from "
                                 "non-channel %s",
                     ck_operand_str(ck, x));
            invalid(x, e);
            return;
        }
        if (u->dir == CHAN_SEND) {
            ck_error(ck, ck_start(e->a), "invalid operation: cannot receive from "
                                 "send-only channel %s",
                     ck_operand_str(ck, x));
            invalid(x, e);
            return;
        }
        x->mode = M_COMMAOK;
        x->type = u->elem;
        x->expr = e;
        return;
    }
    bool ok;
    switch (op) {
    case OP_ADD: case OP_SUB: ok = type_is_numeric(x->type); break;
    case OP_NOT:
        ok = type_under(x->type)->kind == T_BOOL ||
             x->type == ty_untyped_bool;
        break;
    case OP_XOR: ok = type_is_integer(x->type); break;
    default: ok = false;
    }
    if (x->type->kind == T_TYPEPARAM) ok = true;
    if (!ok) {
        ck_error(ck, ck_start(e->a), "invalid operation: operator %s not defined on %s",
                 ck_op_string(op), ck_operand_str(ck, x));
        invalid(x, e);
        return;
    }
    if (x->mode == M_CONST) {
        const char *err;
        const_value *v = cv_unary(ck, op, x->val, x->type, &err);
        if (!v) {
            ck_error(ck, ck_start(e->a), "%s", op == OP_XOR
                                           ? "constant bitwise complement "
                                             "overflow"
                                           : "constant overflow");
            invalid(x, e);
            return;
        }
        x->val = v;
        x->expr = e;
        check_const_repr(ck, x, e);
        return;
    }
    x->mode = M_VALUE;
    x->expr = e;
}

static void star(checker *ck, ast_node *e, operand *x)
{
    ck_expr_any(ck, e->a, x);
    if (x->mode == M_INVALID) return;
    if (x->mode == M_TYPE) {
        x->type = type_pointer(ck->u, x->type);
        x->expr = e;
        return;
    }
    if (x->type == ty_untyped_nil) {
        ck_error(ck, e->pos, "invalid operation: cannot indirect nil");
        invalid(x, e);
        return;
    }
    type *u = type_under(x->type);
    if (u->kind != T_POINTER || !value_mode(x)) {
        ck_error(ck, e->pos, "invalid operation: cannot indirect %s",
                 ck_operand_str(ck, x));
        invalid(x, e);
        return;
    }
    x->mode = M_VAR;
    x->type = u->elem;
    x->expr = e;
}

/* ---------- selectors ---------- */

static void qualified(checker *ck, ast_node *e, operand *x, symbol *p)
{
    ck_package *pkg = p->imported;
    if (!pkg) { /* its import failed (reported there) */
        invalid(x, e);
        return;
    }
    symbol *m = ck_lookup(pkg, e->name);
    if (!m || !ck_is_exported(e->name)) {
        if (m)
            ck_error(ck, ck_gcpos(e), "name %s not exported by package %s",
                     e->name, pkg->name);
        else
            ck_error(ck, ck_gcpos(e), "undefined: %s.%s", p->name, e->name);
        invalid(x, e);
        return;
    }
    e->sym = m;
    ck_info_of(ck, e)->sel = SEL_QUALIFIED;
    x->expr = e;
    switch (m->kind) {
    case SYM_CONST:
        x->mode = M_CONST;
        x->type = m->type;
        x->val = m->cval;
        if (!x->val) invalid(x, e);
        break;
    case SYM_TYPE:
        x->mode = M_TYPE;
        x->type = m->type;
        break;
    case SYM_VAR:
        x->mode = M_VAR;
        x->type = m->type;
        break;
    case SYM_FUNC:
        x->mode = M_VALUE;
        x->type = m->type;
        break;
    default:
        invalid(x, e);
    }
}

static type *method_expr_sig(checker *ck, type *recv, type *sig)
{
    type **ps = ck_alloc(ck, sizeof *ps * (size_t)(sig->nparams + 1));
    ps[0] = recv;
    for (int i = 0; i < sig->nparams; i++) ps[i + 1] = sig->params[i];
    return type_func(ck->u, ps, sig->nparams + 1, sig->results,
                     sig->nresults, sig->variadic);
}

static void missing_selector(checker *ck, ast_node *e, operand *x)
{
    type *t = x->type;
    type *u = type_under(t);
    if (u->kind == T_POINTER && type_is_interface(u->elem)) {
        ck_error(ck, ck_gcpos(e), "%s undefined (type %s is pointer to interface, "
                             "not interface)",
                 ck_exprstr(ck, e), ck_typestr(ck, t));
        return;
    }
    /* a different capitalisation? */
    char alt[256];
    snprintf(alt, sizeof alt, "%s", e->name);
    alt[0] = (char)(alt[0] >= 'a' && alt[0] <= 'z' ? alt[0] - 32
                    : alt[0] >= 'A' && alt[0] <= 'Z' ? alt[0] + 32 : alt[0]);
    lookup_res r;
    ck_lookup_field_or_method(ck, t, alt, &r);
    if (r.kind == 1 || r.kind == 2 || r.kind == 4)
        ck_error(ck, ck_gcpos(e), "%s undefined (type %s has no field or method "
                             "%s, but does have %s %s)",
                 ck_exprstr(ck, e), ck_typestr(ck, t), e->name,
                 r.kind == 1 ? "field" : "method", alt);
    else
        ck_error(ck, ck_gcpos(e), "%s undefined (type %s has no field or method %s)",
                 ck_exprstr(ck, e), ck_typestr(ck, t), e->name);
}

void ck_selector(checker *ck, ast_node *e, operand *x, bool in_call)
{
    if (e->a->kind == N_IDENT) {
        symbol *p = ck_lookup_name(ck, e->a->name, NULL);
        if (p && p->kind == SYM_PKG) {
            p->used = true;
            e->a->sym = p;
            qualified(ck, e, x, p);
            return;
        }
    }
    ck_expr_any(ck, e->a, x);
    if (x->mode == M_INVALID) return;
    ck_info *info = ck_info_of(ck, e);
    lookup_res r;
    if (x->mode == M_TYPE) {
        type *T = x->type;
        ck_lookup_field_or_method(ck, T, e->name, &r);
        if (r.kind != 2 && r.kind != 4) {
            ck_error(ck, ck_gcpos(e), "%s undefined (type %s has no method %s)",
                     ck_exprstr(ck, e), ck_typestr(ck, T), e->name);
            invalid(x, e);
            return;
        }
        type *sig = ck_method_sig(ck, r.meth);
        if (r.kind == 2 && r.meth->ptr_recv && !r.indirect &&
            type_under(T)->kind != T_POINTER) {
            ck_error(ck, ck_gcpos(e), "invalid method expression %s (needs pointer "
                                 "receiver (*%s).%s)",
                     ck_exprstr(ck, e), ck_typestr(ck, T), e->name);
            invalid(x, e);
            return;
        }
        info->sel = SEL_METHODEXPR;
        info->meth = r.meth;
        info->path = ck_alloc(ck, sizeof(sel_step) * (size_t)(r.npath + 1));
        memcpy(info->path, r.path, sizeof(sel_step) * (size_t)r.npath);
        info->npath = r.npath;
        if (r.kind == 4) info->iface_index = r.iface_index;
        info->deref_recv = r.kind == 2 && !r.meth->ptr_recv && r.recv_ptr;
        if (r.kind == 2 && r.meth->func) ck_add_dep(ck, r.meth->func);
        x->mode = M_VALUE;
        x->type = method_expr_sig(ck, T, sig);
        x->expr = e;
        return;
    }
    if (!value_mode(x)) {
        ck_error(ck, ck_gcpos(e), "%s is not an expression", ck_operand_str(ck, x));
        invalid(x, e);
        return;
    }
    if (x->type->kind == T_TUPLE) {
        ck_error(ck, e->a->pos, "multiple-value %s (value of type %s) in "
                                "single-value context",
                 ck_exprstr(ck, e->a), ck_typestr(ck, x->type));
        invalid(x, e);
        return;
    }
    ck_lookup_field_or_method(ck, x->type, e->name, &r);
    if (r.kind == 0) {
        missing_selector(ck, e, x);
        invalid(x, e);
        return;
    }
    if (r.kind == 3) {
        ck_error(ck, ck_gcpos(e), "ambiguous selector %s", ck_exprstr(ck, e));
        invalid(x, e);
        return;
    }
    if (!ck_is_exported(e->name) && r.holder && r.holder->kind == T_NAMED &&
        r.holder->pkg && r.holder->pkg != ck->pkg) {
        ck_error(ck, ck_gcpos(e), "%s undefined (cannot refer to unexported "
                                  "%s %s)",
                 ck_exprstr(ck, e), r.kind == 1 ? "field" : "method", e->name);
        invalid(x, e);
        return;
    }
    info->path = ck_alloc(ck, sizeof(sel_step) * (size_t)(r.npath + 1));
    memcpy(info->path, r.path, sizeof(sel_step) * (size_t)r.npath);
    info->npath = r.npath;
    if (r.kind == 1) {
        info->sel = SEL_FIELD;
        if (x->mode != M_VAR && !r.indirect) x->mode = M_VALUE;
        else x->mode = M_VAR;
        x->type = r.fld->type;
        x->val = NULL;
        x->expr = e;
        return;
    }
    type *sig = ck_method_sig(ck, r.meth);
    info->meth = r.meth;
    if (r.kind == 4) {
        info->sel = SEL_IFACEMETHOD;
        info->iface_index = r.iface_index;
    } else {
        info->sel = in_call ? SEL_METHOD : SEL_METHODVAL;
        if (r.meth->func) ck_add_dep(ck, r.meth->func);
        if (r.meth->ptr_recv && !r.recv_ptr) {
            if (x->mode != M_VAR && !r.indirect) {
                ck_error(ck, ck_gcpos(e), "cannot call pointer method %s on %s",
                         e->name, ck_typestr(ck, x->type));
                invalid(x, e);
                return;
            }
            info->addr_recv = true;
            ck_mark_escape(ck, e->a);
        }
        if (!r.meth->ptr_recv && r.recv_ptr) info->deref_recv = true;
    }
    x->mode = M_VALUE;
    x->type = sig;
    x->val = NULL;
    x->expr = e;
}

/* ---------- index / slice ---------- */

bool ck_const_int_index(checker *ck, operand *x, int64_t max, int64_t *out,
                        const char *what)
{
    *out = -1;
    if (x->mode == M_INVALID) return false;
    if (x->mode == M_CONST) {
        if (type_is_untyped(x->type) && x->val->kind == CV_FLOAT &&
            !cv_is_int_valued(x->val)) {
            ck_error(ck, ck_start(x->expr), "%s truncated to int",
                     ck_operand_str(ck, x));
            return false;
        }
        if (type_is_untyped(x->type) && cv_is_int_valued(x->val)) {
            /* go converts the index to int before judging it */
            const char *why;
            const_value *v = cv_convert(ck, x->val, ty_int, &why);
            if (v) {
                x->val = v;
                x->type = ty_int;
                ck_set_final_type(ck, x->expr, ty_int);
                x->expr->cval = v;
            }
        }
        if (!cv_is_int_valued(x->val) ||
            (!type_is_untyped(x->type) && !type_is_integer(x->type))) {
            ck_error(ck, ck_start(x->expr), "invalid argument: %s %s must be "
                                       "integer",
                     what, ck_operand_str(ck, x));
            return false;
        }
        int64_t n;
        if (!cv_to_int64(x->val, &n) || n < 0) {
            ck_error(ck, ck_start(x->expr), "invalid argument: %s %s must not be "
                                       "negative",
                     what, ck_operand_str(ck, x));
            return false;
        }
        if (max >= 0 && n >= max) {
            ck_error(ck, ck_start(x->expr), "invalid argument: %s %s out of "
                                       "bounds [0:%lld]",
                     what, ck_exprstr(ck, x->expr), (long long)max);
            return false;
        }
        *out = n;
        if (type_is_untyped(x->type)) ck_convert_untyped(ck, x, ty_int);
        return true;
    }
    if (!type_is_integer(x->type) && x->type->kind != T_TYPEPARAM) {
        ck_error(ck, ck_start(x->expr), "invalid argument: %s %s must be integer",
                 what, ck_operand_str(ck, x));
        return false;
    }
    return true;
}

void ck_index(checker *ck, ast_node *e, operand *x)
{
    ck_expr_any(ck, e->a, x);
    if (x->mode == M_INVALID) {
        for (int i = 0; i < e->list.len; i++) ck_use_expr(ck, e->list.items[i]);
        return;
    }
    if (x->mode == M_TYPE || (x->type->kind == T_FUNC && x->expr &&
                              x->expr->sym && x->expr->sym->ntparams)) {
        ck_instantiate_index(ck, e, x);
        return;
    }
    if (x->mode == M_VALUE && x->expr && x->expr->kind == N_SELECTOR &&
        x->expr->sym && x->expr->sym->ntparams) {
        ck_instantiate_index(ck, e, x);
        return;
    }
    if (e->list.len != 1) {
        ck_error(ck, e->pos, "unexpected comma; expecting ]");
        invalid(x, e);
        return;
    }
    operand idx;
    type *u = ck_core(x->type);
    int64_t n;
    switch (u->kind) {
    case T_STRING: case T_UNTYPED_STRING: {
        ck_expr(ck, e->list.items[0], &idx);
        int64_t max = x->mode == M_CONST ? x->val->slen : -1;
        ck_const_int_index(ck, &idx, max, &n, "index");
        /* indexing a constant string is not a constant (Go spec) */
        if (x->mode == M_CONST) ck_default_operand(ck, x);
        x->mode = M_VALUE;
        x->val = NULL;
        x->type = ty_byte;
        break;
    }
    case T_ARRAY:
        ck_expr(ck, e->list.items[0], &idx);
        ck_const_int_index(ck, &idx, u->len, &n, "index");
        if (x->mode != M_VAR) x->mode = M_VALUE;
        x->type = u->elem;
        break;
    case T_POINTER:
        if (type_under(u->elem)->kind == T_ARRAY) {
            type *a = type_under(u->elem);
            ck_expr(ck, e->list.items[0], &idx);
            ck_const_int_index(ck, &idx, a->len, &n, "index");
            x->mode = M_VAR;
            x->type = a->elem;
            break;
        }
        goto bad;
    case T_SLICE:
        ck_expr(ck, e->list.items[0], &idx);
        ck_const_int_index(ck, &idx, -1, &n, "index");
        x->mode = M_VAR;
        x->type = u->elem;
        break;
    case T_MAP:
        ck_expr(ck, e->list.items[0], &idx);
        ck_assign_operand(ck, &idx, u->key, "map index");
        x->mode = M_MAPINDEX;
        x->type = u->elem;
        break;
    case T_TYPEPARAM: {
        /* no core type: every type in the set must index alike */
        type *c = x->type->underlying ? type_under(x->type->underlying) : NULL;
        type *el = NULL;
        bool ok = c && c->kind == T_INTERFACE && c->nterms > 0;
        bool addressable = true;
        for (int i = 0; ok && i < c->nterms; i++) {
            type *tu = type_under(c->terms[i]);
            if (tu->kind == T_STRING || tu->kind == T_MAP ||
                (tu->kind == T_ARRAY && x->mode != M_VAR))
                addressable = false;
            if (tu->kind == T_POINTER) tu = type_under(tu->elem);
            type *te = tu->kind == T_STRING ? ty_byte
                       : (tu->kind == T_SLICE || tu->kind == T_ARRAY ||
                          tu->kind == T_MAP) ? tu->elem : NULL;
            if (!te || (el && !type_identical(el, te))) ok = false;
            el = te;
        }
        if (!ok) goto bad;
        ck_expr(ck, e->list.items[0], &idx);
        ck_default_operand(ck, &idx);
        x->mode = addressable ? M_VAR : M_VALUE;
        x->type = el;
        x->val = NULL;
        break;
    }
    default:
    bad:
        ck_use_expr(ck, e->list.items[0]);
        ck_error(ck, ck_gcpos(e), "invalid operation: cannot index %s",
                 ck_operand_str(ck, x));
        invalid(x, e);
        return;
    }
    x->expr = e;
}

static void slice_expr(checker *ck, ast_node *e, operand *x)
{
    ck_expr(ck, e->a, x);
    ast_node *idx[3] = {e->b, e->c, e->d};
    if (x->mode == M_INVALID) {
        for (int i = 0; i < 3; i++) ck_use_expr(ck, idx[i]);
        return;
    }
    type *u = ck_core(x->type);
    int64_t len = -1;
    type *result = NULL;
    switch (u->kind) {
    case T_STRING: case T_UNTYPED_STRING:
        if (e->flags & AF_SLICE3) {
            ck_error(ck, e->d ? ck_start(e->d) : e->pos,
                     "invalid operation: 3-index slice of string");
            invalid(x, e);
            return;
        }
        if (x->mode == M_CONST) {
            len = x->val->slen;
            ck_default_operand(ck, x);
        }
        result = u->kind == T_UNTYPED_STRING ? ty_string : x->type;
        break;
    case T_ARRAY:
        if (x->mode != M_VAR) {
            ck_error(ck, e->pos, "invalid operation: %s (slice of "
                                 "unaddressable value)",
                     ck_exprstr(ck, e));
            invalid(x, e);
            return;
        }
        ck_mark_escape(ck, e->a);
        len = u->len;
        result = type_slice(ck->u, u->elem);
        break;
    case T_POINTER:
        if (type_under(u->elem)->kind == T_ARRAY) {
            len = type_under(u->elem)->len;
            result = type_slice(ck->u, type_under(u->elem)->elem);
            break;
        }
        goto bad;
    case T_SLICE:
        result = x->type;
        break;
    default:
    bad:
        ck_error(ck, e->pos, "cannot slice %s", ck_operand_str(ck, x));
        invalid(x, e);
        return;
    }
    int64_t vals[3] = {-1, -1, -1};
    for (int i = 0; i < 3; i++) {
        if (!idx[i]) continue;
        operand y;
        ck_expr(ck, idx[i], &y);
        ck_const_int_index(ck, &y, len >= 0 ? len + 1 : -1, &vals[i],
                           "index");
    }
    for (int i = 0; i < 3; i++)
        for (int j = i + 1; j < 3; j++)
            if (vals[i] >= 0 && vals[j] >= 0 && vals[i] > vals[j]) {
                ck_error(ck, idx[j]->pos, "invalid slice indices: %lld < %lld",
                         (long long)vals[j], (long long)vals[i]);
                i = 3;
                break;
            }
    x->mode = M_VALUE;
    x->type = result;
    x->val = NULL;
    x->expr = e;
}

static void type_assert(checker *ck, ast_node *e, operand *x)
{
    ck_expr(ck, e->a, x);
    if (x->mode == M_INVALID) return;
    if (!e->b) {
        ck_error(ck, e->pos, "invalid syntax tree: use of .(type) outside "
                             "type switch");
        invalid(x, e);
        return;
    }
    if (!type_is_interface(x->type)) {
        ck_error(ck, e->a->pos, "invalid operation: %s is not an interface",
                 ck_operand_str(ck, x));
        invalid(x, e);
        return;
    }
    type *t = ck_typexpr(ck, e->b);
    if (t->kind == T_INVALID) {
        invalid(x, e);
        return;
    }
    const char *reason;
    if (!type_is_interface(t) && !ck_has_tparams(t) &&
        !ck_has_tparams(x->type) && !ck_implements(ck, t, x->type, &reason)) {
        ck_error(ck, ck_start(e), "impossible type assertion: %s\n\t%s",
                 ck_exprstr(ck, e), reason);
        invalid(x, e);
        return;
    }
    x->mode = M_COMMAOK;
    x->type = t;
    x->expr = e;
}

/* ---------- function literals ---------- */

void ck_funclit(checker *ck, ast_node *e, operand *x)
{
    type *sig = ck_signature(ck, e->a, NULL, NULL, NULL, NULL, NULL);
    ck_func *fn = ck_new_func(ck, e, NULL, sig);
    fn->outer = ck->fctx ? ck->fctx->fn : NULL;
    /* names as go's tracebacks show them: main.main.func1, nested
       main.main.func1.1, package-level initialisers main.glob..func1 */
    int n = ++ck->funclit_count;
    bool nested = ck->fctx && ck->fctx->fn && !ck->fctx->fn->sym;
    const char *base = ck->cur_func_name
                           ? ck->cur_func_name
                           : ck_sprintf(ck, "%s.glob.", ck->pkg->path);
    fn->name = nested ? ck_sprintf(ck, "%s.%d", base, n)
                      : ck_sprintf(ck, "%s.func%d", base, n);
    ck_info_of(ck, e);
    const char *saved_name = ck->cur_func_name;
    int saved_count = ck->funclit_count;
    ck->cur_func_name = fn->name;
    ck->funclit_count = 0;
    ck_func_body(ck, fn, e->b);
    ck->cur_func_name = saved_name;
    ck->funclit_count = saved_count;
    x->mode = M_VALUE;
    x->type = sig;
    x->val = NULL;
    x->expr = e;
}

/* ---------- dispatch ---------- */

static bool contains_call_or_recv(ast_node *e)
{
    if (!e) return false;
    if (e->kind == N_CALL) {
        /* conversions and builtins like len are fine; calls are not */
        return !(e->info && (e->info->call == CALL_CONVERSION ||
                             e->info->call == CALL_BUILTIN));
    }
    if (e->kind == N_UNARY && ck_op(e->op, NULL) == OP_ARROW) return true;
    if (e->kind == N_FUNCLIT) return false;
    if (contains_call_or_recv(e->a) || contains_call_or_recv(e->b) ||
        contains_call_or_recv(e->c) || contains_call_or_recv(e->d))
        return true;
    for (int i = 0; i < e->list.len; i++)
        if (contains_call_or_recv(e->list.items[i])) return true;
    return false;
}

bool ck_has_call_or_recv(ast_node *e) { return contains_call_or_recv(e); }

static void expr_raw(checker *ck, ast_node *e, operand *x, type *hint)
{
    memset(x, 0, sizeof *x);
    x->expr = e;
    switch (e->kind) {
    case N_BAD:
        invalid(x, e);
        break;
    case N_IDENT:
        ident(ck, e, x);
        break;
    case N_BASICLIT:
        basic_lit(ck, e, x);
        break;
    case N_COMPOSITE:
        ck_composite(ck, e, hint, x);
        break;
    case N_FUNCLIT:
        ck_funclit(ck, e, x);
        break;
    case N_PAREN:
        expr_raw(ck, e->a, x, hint);
        x->expr = e;
        break;
    case N_SELECTOR:
        ck_selector(ck, e, x, false);
        break;
    case N_INDEX:
        ck_index(ck, e, x);
        break;
    case N_SLICE:
        slice_expr(ck, e, x);
        break;
    case N_TYPEASSERT:
        type_assert(ck, e, x);
        break;
    case N_CALL:
        ck_call(ck, e, x);
        break;
    case N_STAR:
        star(ck, e, x);
        break;
    case N_UNARY:
        unary(ck, e, x);
        break;
    case N_BINARY:
        binary(ck, e, x);
        break;
    case N_KEYVALUE:
        ck_error(ck, e->pos, "unexpected key:value expression");
        invalid(x, e);
        break;
    case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
    case N_STRUCTTYPE: case N_INTERFACETYPE: case N_ELLIPSIS:
        x->mode = M_TYPE;
        x->type = ck_typexpr(ck, e);
        if (x->type->kind == T_INVALID) x->mode = M_INVALID;
        break;
    default:
        ck_error(ck, e->pos, "unexpected %s in expression",
                 ast_kind_name(e->kind));
        invalid(x, e);
    }
    if (!x->type) x->type = ty_invalid;
    if (x->type->kind == T_INVALID && x->mode != M_PKG &&
        x->mode != M_BUILTIN && x->mode != M_NOVALUE)
        x->mode = M_INVALID;
    e->type = x->type;
    e->cval = x->mode == M_CONST ? x->val : NULL;
}

void ck_expr_any(checker *ck, ast_node *e, operand *x)
{
    expr_raw(ck, e, x, NULL);
}

static void value_or_novalue(checker *ck, ast_node *e, operand *x,
                             bool allow_novalue, type *hint)
{
    expr_raw(ck, e, x, hint);
    switch (x->mode) {
    case M_TYPE:
        ck_error(ck, ck_start(e), "%s (type) is not an expression",
                 ck_exprstr(ck, e));
        invalid(x, e);
        break;
    case M_BUILTIN:
        ck_error(ck, ck_start(e), "%s (built-in) must be called",
                 ck_exprstr(ck, e));
        invalid(x, e);
        break;
    case M_PKG:
        ck_error(ck, ck_start(e), "use of package %s without selector",
                 ck_exprstr(ck, e));
        invalid(x, e);
        break;
    case M_VALUE: {
        ast_node *u = e;
        while (u->kind == N_PAREN) u = u->a;
        if ((u->kind == N_IDENT || u->kind == N_SELECTOR) && u->sym &&
            u->sym->kind == SYM_FUNC && u->sym->ntparams &&
            x->type == u->sym->type) {
            if (ck_infer_func_value(ck, e, x, hint))
                break;
            ck_error(ck, ck_start(e), "cannot use generic function %s "
                                      "without instantiation",
                     ck_exprstr(ck, e));
            invalid(x, e);
        }
        break;
    }
    case M_NOVALUE:
        if (allow_novalue) break;
        ck_error(ck, ck_start(e), "%s (no value) used as value",
                 ck_exprstr(ck, e));
        invalid(x, e);
        break;
    default:
        break;
    }
}

void ck_multi_expr(checker *ck, ast_node *e, operand *x)
{
    value_or_novalue(ck, e, x, false, NULL);
}

void ck_stmt_expr(checker *ck, ast_node *e, operand *x)
{
    value_or_novalue(ck, e, x, true, NULL);
}

/* A value for a context of type hint (elided composite literal types);
   multi-value results are left to the caller. */
void ck_expr_with_hint(checker *ck, ast_node *e, operand *x, type *hint)
{
    value_or_novalue(ck, e, x, false, hint);
}

void ck_expr(checker *ck, ast_node *e, operand *x)
{
    ck_multi_expr(ck, e, x);
    if (x->mode != M_INVALID && x->type->kind == T_TUPLE) {
        ck_error(ck, ck_start(e), "multiple-value %s (value of type %s) in "
                             "single-value context",
                 ck_exprstr(ck, e), ck_typestr(ck, x->type));
        invalid(x, e);
    }
}
