/*
 * check_call.c - calls, conversions and the builtin functions.
 *
 * A call node is classified once (ck_info.call): conversion T(x), builtin,
 * static function call, static method call, interface method call, or a
 * call of a function value. Arguments are matched to parameters as Go does:
 * a single multi-value argument f(g()) spreads over the parameters;
 * variadic calls collect the extra arguments into a slice whose type is
 * recorded in ck_info.spread_type (nfixed = the count of ordinary
 * parameters); `x...` passes the slice itself. Each argument is assigned to
 * its parameter type with the assignability rules, which records implicit
 * interface conversions on the argument nodes. For f(g()) the conversions
 * of the spread results are not recorded: codegen compares each result type
 * with its parameter type.
 *
 * Argument-count errors print go's have/want lines, where an untyped
 * numeric constant argument is shown as "number".
 */
#include "check_impl.h"

bool ck_has_call_or_recv(ast_node *e);

typedef struct arglist {
    operand *v;
    int n;
    bool spread_tuple; /* one argument node producing several values */
} arglist;

/* The type a non-generic signature gives argument i (a hint for generic
   function values passed as arguments), or NULL. */
static type *arg_hint(type *sig, int i, bool ellipsis)
{
    if (!sig || sig->kind != T_FUNC || ck_has_tparams(sig) ||
        sig->nparams == 0)
        return NULL;
    int np = sig->nparams;
    if (sig->variadic && i >= np - 1)
        return ellipsis ? NULL : sig->params[np - 1]->elem;
    return i < np ? sig->params[i] : NULL;
}

/* One argument: a single value (ck_expr's rule), with a hint. */
static void arg_expr(checker *ck, ast_node *e, operand *x, type *hint)
{
    ck_expr_with_hint(ck, e, x, hint);
    if (x->mode != M_INVALID && x->type->kind == T_TUPLE) {
        ck_error(ck, ck_start(e), "multiple-value %s (value of type %s) in "
                                  "single-value context",
                 ck_exprstr(ck, e), ck_typestr(ck, x->type));
        x->mode = M_INVALID;
        x->type = ty_invalid;
    }
}

static void eval_args(checker *ck, ast_node *call, arglist *a, type *sig)
{
    ast_list *l = &call->list;
    bool ellipsis = (call->flags & AF_ELLIPSIS) != 0;
    a->spread_tuple = false;
    if (l->len == 1 && !(call->flags & AF_ELLIPSIS)) {
        operand x;
        ck_expr_with_hint(ck, l->items[0], &x, arg_hint(sig, 0, false));
        if (x.mode != M_INVALID && x.type->kind == T_TUPLE) {
            type *t = x.type;
            a->v = ck_alloc(ck, sizeof(operand) * (size_t)(t->nparams + 1));
            a->n = t->nparams;
            for (int i = 0; i < t->nparams; i++) {
                a->v[i].mode = M_VALUE;
                a->v[i].expr = l->items[0];
                a->v[i].type = t->params[i];
            }
            a->spread_tuple = true;
            return;
        }
        a->v = ck_alloc(ck, sizeof(operand));
        a->v[0] = x;
        a->n = 1;
        return;
    }
    a->v = ck_alloc(ck, sizeof(operand) * (size_t)(l->len + 1));
    a->n = l->len;
    for (int i = 0; i < l->len; i++)
        arg_expr(ck, l->items[i], &a->v[i], arg_hint(sig, i, ellipsis));
}

static const char *have_list(checker *ck, arglist *a)
{
    const char *s = "(";
    for (int i = 0; i < a->n; i++) {
        type *t = a->v[i].type;
        const char *ts;
        if (a->v[i].mode == M_INVALID) ts = "invalid type";
        else if (type_is_untyped(t) && type_is_numeric(t)) ts = "number";
        else ts = ck_typestr(ck, type_default(t));
        s = ck_sprintf(ck, "%s%s%s", s, i ? ", " : "", ts);
    }
    return ck_sprintf(ck, "%s)", s);
}

static const char *want_list(checker *ck, type *sig)
{
    const char *s = ck_typestr(ck, sig); /* func(...) results */
    /* cut "func" and the results */
    const char *p = s + 4;
    int depth = 0;
    const char *end = p;
    for (; *end; end++) {
        if (*end == '(') depth++;
        else if (*end == ')' && --depth == 0) {
            end++;
            break;
        }
    }
    size_t n = (size_t)(end - p);
    char *r = ck_alloc(ck, n + 1);
    memcpy(r, p, n);
    return r;
}

static void count_error(checker *ck, ast_node *call, arglist *a, type *sig,
                        bool too_many, int first_extra)
{
    /* go reports at the first extra argument, else at the last one, else
       at the call */
    src_pos pos = ck_start(call);
    if (too_many && first_extra < call->list.len && !a->spread_tuple)
        pos = ck_start(call->list.items[first_extra]);
    else if (!too_many && call->list.len)
        pos = ck_start(call->list.items[call->list.len - 1]);
    ck_error(ck, pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
             too_many ? "too many" : "not enough", ck_exprstr(ck, call->a),
             have_list(ck, a), want_list(ck, sig));
}

/* Matches arguments to sig's parameters. */
static void match_args(checker *ck, ast_node *call, arglist *a, type *sig)
{
    ck_info *info = ck_info_of(ck, call);
    int np = sig->nparams;
    const char *ctx = ck_sprintf(ck, "argument to %s",
                                 ck_exprstr(ck, call->a));
    bool ellipsis = (call->flags & AF_ELLIPSIS) != 0;
    for (int i = 0; i < a->n; i++)
        if (a->v[i].mode == M_INVALID) return;
    if (ellipsis) {
        if (!sig->variadic) {
            ck_error(ck, call->list.items[call->list.len - 1]->pos,
                     "have (...) ... cannot use ... in call to non-variadic %s",
                     ck_exprstr(ck, call->a));
            return;
        }
        if (a->n != np) {
            count_error(ck, call, a, sig, a->n > np, np);
            return;
        }
        info->nfixed = np - 1;
        for (int i = 0; i < np; i++)
            ck_assign_operand(ck, &a->v[i], sig->params[i], ctx);
        return;
    }
    if (sig->variadic) {
        if (a->n < np - 1) {
            count_error(ck, call, a, sig, false, 0);
            return;
        }
        info->nfixed = np - 1;
        info->spread_type = sig->params[np - 1];
        type *elem = sig->params[np - 1]->elem;
        for (int i = 0; i < a->n; i++) {
            type *pt = i < np - 1 ? sig->params[i] : elem;
            if (a->spread_tuple) {
                operand y = a->v[i];
                if (!ck_assignable(ck, &y, pt, NULL))
                    ck_error(ck, ck_start(y.expr), "cannot use %s value as %s "
                                              "value in argument",
                             ck_typestr(ck, y.type), ck_typestr(ck, pt));
            } else {
                ck_assign_operand(ck, &a->v[i], pt, ctx);
            }
        }
        return;
    }
    info->nfixed = np;
    if (a->n != np) {
        count_error(ck, call, a, sig, a->n > np, np);
        return;
    }
    for (int i = 0; i < np; i++) {
        if (a->spread_tuple) {
            operand y = a->v[i];
            const char *reason;
            if (!ck_assignable(ck, &y, sig->params[i], &reason))
                ck_error(ck, ck_start(y.expr), "cannot use %s (value of type %s) "
                                          "as %s value in argument to %s",
                         ck_exprstr(ck, y.expr), ck_typestr(ck, y.type),
                         ck_typestr(ck, sig->params[i]),
                         ck_exprstr(ck, call->a));
        } else {
            ck_assign_operand(ck, &a->v[i], sig->params[i], ctx);
        }
    }
}

static void set_result(checker *ck, operand *x, ast_node *e, type *sig)
{
    x->expr = e;
    x->val = NULL;
    if (sig->nresults == 0) {
        x->mode = M_NOVALUE;
        x->type = type_tuple(ck->u, NULL, 0);
    } else if (sig->nresults == 1) {
        x->mode = M_VALUE;
        x->type = sig->results[0];
    } else {
        x->mode = M_VALUE;
        x->type = type_tuple(ck->u, sig->results, sig->nresults);
    }
}

static ast_node *unparen(ast_node *e)
{
    while (e && e->kind == N_PAREN) e = e->a;
    return e;
}

static call_kind classify(ast_node *fun)
{
    fun = unparen(fun);
    if (fun->kind == N_IDENT && fun->sym && fun->sym->kind == SYM_FUNC)
        return CALL_FUNC;
    if (fun->kind == N_SELECTOR && fun->info) {
        switch (fun->info->sel) {
        case SEL_QUALIFIED:
            return fun->sym && fun->sym->kind == SYM_FUNC ? CALL_FUNC
                                                          : CALL_VALUE;
        case SEL_METHOD: return CALL_METHOD;
        case SEL_IFACEMETHOD: return CALL_IFACE;
        default: return CALL_VALUE;
        }
    }
    if (fun->kind == N_INDEX && fun->a && unparen(fun->a)->kind == N_IDENT &&
        unparen(fun->a)->sym && unparen(fun->a)->sym->kind == SYM_FUNC)
        return CALL_FUNC;
    if (fun->kind == N_INDEX && fun->a && unparen(fun->a)->kind == N_SELECTOR &&
        unparen(fun->a)->sym && unparen(fun->a)->sym->kind == SYM_FUNC)
        return CALL_FUNC;
    return CALL_VALUE;
}

static void callee(checker *ck, ast_node *fun, operand *f)
{
    ast_node *u = unparen(fun);
    if (u->kind == N_SELECTOR) {
        ck_selector(ck, u, f, true);
        u->type = f->type;
        u->cval = f->mode == M_CONST ? f->val : NULL;
        for (ast_node *p = fun; p != u; p = p->a) p->type = f->type;
        f->expr = fun;
        return;
    }
    ck_expr_any(ck, fun, f);
}

static void use_args(checker *ck, ast_node *e)
{
    for (int i = 0; i < e->list.len; i++) ck_use_expr(ck, e->list.items[i]);
}

void ck_call(checker *ck, ast_node *e, operand *x)
{
    operand f;
    callee(ck, e->a, &f);
    ck_info *info = ck_info_of(ck, e);
    switch (f.mode) {
    case M_INVALID:
        use_args(ck, e);
        x->mode = M_INVALID;
        x->type = ty_invalid;
        x->expr = e;
        return;
    case M_TYPE: {
        info->call = CALL_CONVERSION;
        type *t = f.type;
        if (e->list.len != 1 || (e->flags & AF_ELLIPSIS)) {
            ck_error(ck, e->list.len ? e->list.items[e->list.len - 1]->pos
                                     : e->end,
                     e->list.len == 0 ? "missing argument in conversion to %s"
                                      : "too many arguments in conversion to "
                                        "%s",
                     ck_typestr(ck, t));
            use_args(ck, e);
            x->mode = M_INVALID;
            x->type = ty_invalid;
            x->expr = e;
            return;
        }
        ck_expr(ck, e->list.items[0], x);
        ck_conversion(ck, e, x, t);
        return;
    }
    case M_BUILTIN:
        info->call = CALL_BUILTIN;
        info->builtin = f.builtin;
        ck_builtin(ck, e, x, f.builtin);
        return;
    case M_PKG:
        ck_error(ck, e->a->pos, "use of package %s without selector",
                 ck_exprstr(ck, e->a));
        use_args(ck, e);
        x->mode = M_INVALID;
        x->type = ty_invalid;
        x->expr = e;
        return;
    default:
        break;
    }
    type *sig = type_under(f.type);
    if (sig->kind != T_FUNC) {
        ck_error(ck, e->pos, "invalid operation: cannot call non-function %s",
                 ck_operand_str(ck, &f));
        use_args(ck, e);
        x->mode = M_INVALID;
        x->type = ty_invalid;
        x->expr = e;
        return;
    }
    arglist a;
    eval_args(ck, e, &a, sig);
    symbol *fs = unparen(e->a)->sym;
    ast_node *ua = unparen(e->a);
    if (fs && fs->kind == SYM_FUNC && fs->ntparams &&
        (ua->kind != N_INDEX ||
         (ua->info && ua->info->ntargs < fs->ntparams))) {
        sig = ck_infer_call(ck, e, fs, a.v, a.n);
        if (!sig) {
            x->mode = M_INVALID;
            x->type = ty_invalid;
            x->expr = e;
            return;
        }
    }
    info->call = classify(e->a);
    match_args(ck, e, &a, sig);
    set_result(ck, x, e, sig);
}

/* ---------- conversions ---------- */

static bool const_type(type *t)
{
    type *u = type_under(t);
    return t->kind != T_TYPEPARAM &&
           ((u->kind >= T_BOOL && u->kind <= T_STRING &&
             u->kind != T_COMPLEX64 && u->kind != T_COMPLEX128));
}

static const_value *rune_string(checker *ck, const_value *v)
{
    int64_t r = -1;
    if (!cv_to_int64(v, &r) || r < 0 || r > 0x10FFFF ||
        (r >= 0xD800 && r <= 0xDFFF))
        r = 0xFFFD;
    char buf[8];
    int n;
    uint32_t c = (uint32_t)r;
    if (c < 0x80) { buf[0] = (char)c; n = 1; }
    else if (c < 0x800) {
        buf[0] = (char)(0xC0 | (c >> 6)); buf[1] = (char)(0x80 | (c & 0x3F));
        n = 2;
    } else if (c < 0x10000) {
        buf[0] = (char)(0xE0 | (c >> 12));
        buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[2] = (char)(0x80 | (c & 0x3F));
        n = 3;
    } else {
        buf[0] = (char)(0xF0 | (c >> 18));
        buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
        buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
        buf[3] = (char)(0x80 | (c & 0x3F));
        n = 4;
    }
    return cv_new_string(ck, buf, n);
}

void ck_conversion(checker *ck, ast_node *e, operand *x, type *t)
{
    if (x->mode == M_INVALID || t->kind == T_INVALID) {
        x->mode = M_INVALID;
        x->type = ty_invalid;
        x->expr = e;
        return;
    }
    ast_node *arg = x->expr;
    bool is_const = x->mode == M_CONST && const_type(t);
    if (is_const) {
        const_value *v = NULL;
        const char *why = NULL;
        if (type_is_string(t) && type_is_integer(x->type) &&
            cv_is_int_valued(x->val))
            v = rune_string(ck, x->val);
        else
            v = cv_convert(ck, x->val, t, &why);
        if (!v) {
            if (type_is_integer(x->type) && type_is_integer(t) && why)
                ck_error(ck, ck_start(arg), "constant %s overflows %s",
                         cv_string(ck, x->val), ck_typestr(ck, t));
            else
                ck_error(ck, ck_start(arg), "cannot convert %s to type %s",
                         ck_operand_str(ck, x), ck_typestr(ck, t));
            x->mode = M_INVALID;
            x->type = ty_invalid;
            x->expr = e;
            return;
        }
        if (type_is_untyped(x->type)) {
            int64_t tmp;
            if (type_is_string(t) && type_is_integer(x->type)) {
                if (cv_to_int64(x->val, &tmp)) ck_default_operand(ck, x);
            } else {
                ck_set_final_type(ck, arg, t);
            }
        }
        x->val = v;
        x->type = t;
        x->expr = e;
        return;
    }
    if (!ck_convertible(ck, x, t)) {
        bool need_assert = type_is_interface(x->type) && !type_is_interface(t);
        ck_error(ck, ck_start(arg), "cannot convert %s to type %s%s",
                 ck_operand_str(ck, x), ck_typestr(ck, t),
                 need_assert ? ": need type assertion" : "");
        x->mode = M_INVALID;
        x->type = ty_invalid;
        x->expr = e;
        return;
    }
    if (type_is_untyped(x->type)) {
        if (type_is_interface(t) || x->type == ty_untyped_nil ||
            !const_type(t) || (type_is_string(t) && type_is_integer(x->type)))
            ck_default_operand(ck, x);
        if (x->type == ty_untyped_nil) ck_set_final_type(ck, arg, t);
        else ck_set_final_type(ck, arg, t);
    }
    x->mode = M_VALUE;
    x->val = NULL;
    x->type = t;
    x->expr = e;
}

/* ---------- builtins ---------- */

static const char *builtin_name(builtin_id id)
{
    static const char *n[] = {
        [BI_APPEND] = "append", [BI_CAP] = "cap", [BI_CLEAR] = "clear",
        [BI_CLOSE] = "close", [BI_COMPLEX] = "complex", [BI_COPY] = "copy",
        [BI_DELETE] = "delete", [BI_IMAG] = "imag", [BI_LEN] = "len",
        [BI_MAKE] = "make", [BI_MAX] = "max", [BI_MIN] = "min",
        [BI_NEW] = "new", [BI_PANIC] = "panic", [BI_PRINT] = "print",
        [BI_PRINTLN] = "println", [BI_REAL] = "real",
        [BI_RECOVER] = "recover",
    };
    return n[id] ? n[id] : "?";
}

static bool nargs_ok(checker *ck, ast_node *e, builtin_id id, int min, int max)
{
    int n = e->list.len;
    if (n < min) {
        ck_error(ck, ck_start(e), "invalid operation: not enough arguments "
                                  "for %s (expected %d, found %d)",
                 ck_exprstr(ck, e), min, n);
        return false;
    }
    if (max >= 0 && n > max) {
        ck_error(ck, ck_start(e), "invalid operation: too many arguments for "
                                  "%s (expected %d, found %d)",
                 ck_exprstr(ck, e), max, n);
        return false;
    }
    (void)id;
    return true;
}

static void bad_arg(checker *ck, operand *a, builtin_id id)
{
    ck_error(ck, ck_start(a->expr), "invalid argument: %s for built-in %s",
             ck_operand_str(ck, a), builtin_name(id));
}

/* The operands of a built-in's arguments (at most max are kept): one per
   argument, or, when the only argument calls a multi-value function
   (copy(f()), append(f()), delete(f()): Go's f(g()) rule, which gc applies
   to these built-ins too), one per result, each naming the call. Returns
   how many arguments that makes, or -1 when one is invalid. */
static int builtin_operands(checker *ck, ast_node *e, operand *ops, int max)
{
    if (e->list.len == 1 && !(e->flags & AF_ELLIPSIS)) {
        operand a;
        ck_multi_expr(ck, e->list.items[0], &a);
        if (a.mode == M_INVALID) return -1;
        if (a.type->kind != T_TUPLE) {
            if (max > 0) ops[0] = a;
            return 1;
        }
        for (int i = 0; i < a.type->nparams && i < max; i++) {
            ops[i] = (operand){0};
            ops[i].mode = M_VALUE;
            ops[i].type = a.type->params[i];
            ops[i].expr = e->list.items[0];
        }
        return a.type->nparams;
    }
    bool ok = true;
    for (int i = 0; i < e->list.len; i++) {
        operand a;
        ck_expr(ck, e->list.items[i], &a);
        if (a.mode == M_INVALID) ok = false;
        else if (i < max) ops[i] = a;
    }
    return ok ? e->list.len : -1;
}

/* nargs_ok's check for a count that builtin_operands found. */
static bool nargs_found_ok(checker *ck, ast_node *e, int n, int want)
{
    if (n == want) return true;
    ck_error(ck, ck_start(e), "invalid operation: %s arguments for %s "
                              "(expected %d, found %d)",
             n < want ? "not enough" : "too many", ck_exprstr(ck, e), want, n);
    return false;
}

static void len_cap(checker *ck, ast_node *e, operand *x, builtin_id id)
{
    operand a;
    ck_expr(ck, e->list.items[0], &a);
    if (a.mode == M_INVALID) goto fail;
    type *u = ck_core(a.type);
    if (u->kind == T_POINTER && type_under(u->elem)->kind == T_ARRAY)
        u = type_under(u->elem);
    bool ok = false, is_const = false;
    int64_t cval = 0;
    switch (u->kind) {
    case T_STRING: case T_UNTYPED_STRING:
        ok = id == BI_LEN;
        if (ok && a.mode == M_CONST) {
            is_const = true;
            cval = a.val->slen;
            ck_default_operand(ck, &a);
        }
        break;
    case T_ARRAY:
        ok = true;
        if (!ck_has_call_or_recv(a.expr)) {
            is_const = true;
            cval = u->len;
        }
        break;
    case T_SLICE: case T_CHAN:
        ok = true;
        break;
    case T_MAP:
        ok = id == BI_LEN;
        break;
    default:
        ok = a.type->kind == T_TYPEPARAM;
    }
    if (!ok) {
        bad_arg(ck, &a, id);
        goto fail;
    }
    x->mode = is_const ? M_CONST : M_VALUE;
    x->val = is_const ? cv_new_int(ck, cval) : NULL;
    x->type = ty_int;
    x->expr = e;
    return;
fail:
    x->mode = M_INVALID;
    x->type = ty_invalid;
    x->expr = e;
}

/* append(f()) with a multi-value f: the results are the slice and the
   values (ops[0..n)). */
static void append_results(checker *ck, ast_node *e, operand *x, operand *ops,
                           int n)
{
    type *u = ck_core(ops[0].type);
    x->mode = M_INVALID;
    x->type = ty_invalid;
    x->expr = e;
    if (u->kind != T_SLICE) {
        ck_error(ck, ck_start(ops[0].expr), "invalid argument: %s is not a "
                                            "slice",
                 ck_operand_str(ck, &ops[0]));
        return;
    }
    for (int i = 1; i < n; i++)
        if (!ck_assign_operand(ck, &ops[i], u->elem, "argument to append"))
            return;
    ck_info_of(ck, e)->nfixed = 1;
    x->mode = M_VALUE;
    x->type = ops[0].type;
}

/* first: the first argument's operand when the caller checked it already
   (else NULL). */
static void append_(checker *ck, ast_node *e, operand *x, const operand *first)
{
    operand s;
    if (first != NULL) s = *first;
    else ck_expr(ck, e->list.items[0], &s);
    if (s.mode == M_INVALID) {
        for (int i = 1; i < e->list.len; i++) ck_use_expr(ck, e->list.items[i]);
        goto fail;
    }
    if (s.type == ty_untyped_nil) {
        ck_error(ck, ck_start(s.expr), "first argument to append must be a typed "
                                  "slice; have untyped nil");
        goto fail;
    }
    type *u = ck_core(s.type);
    if (u->kind != T_SLICE) {
        ck_error(ck, ck_start(s.expr), "invalid argument: %s is not a slice",
                 ck_operand_str(ck, &s));
        for (int i = 1; i < e->list.len; i++) ck_use_expr(ck, e->list.items[i]);
        goto fail;
    }
    ck_info *info = ck_info_of(ck, e);
    info->nfixed = 1;
    if (e->flags & AF_ELLIPSIS) {
        if (e->list.len != 2) {
            ck_error(ck, e->list.len < 2 ? (e->end.line ? e->end : e->pos)
                                         : e->list.items[2]->pos,
                     "%s arguments in call to append",
                     e->list.len < 2 ? "not enough" : "too many");
            for (int i = 1; i < e->list.len; i++)
                ck_use_expr(ck, e->list.items[i]);
            goto fail;
        }
        operand t;
        ck_expr(ck, e->list.items[1], &t);
        if (t.mode == M_INVALID) goto fail;
        if (type_under(u->elem)->kind == T_UINT8 && type_is_string(t.type)) {
            ck_default_operand(ck, &t);
        } else {
            ck_assign_operand(ck, &t, s.type, "argument to append");
        }
    } else {
        info->spread_type = s.type;
        for (int i = 1; i < e->list.len; i++) {
            operand v;
            ck_expr_with_hint(ck, e->list.items[i], &v, u->elem);
            if (v.mode != M_INVALID)
                ck_assign_operand(ck, &v, u->elem, "argument to append");
        }
    }
    x->mode = M_VALUE;
    x->type = s.type;
    x->val = NULL;
    x->expr = e;
    return;
fail:
    x->mode = M_INVALID;
    x->type = ty_invalid;
    x->expr = e;
}

static void copy_(checker *ck, ast_node *e, operand *x)
{
    operand ops[2];
    x->mode = M_INVALID;
    x->type = ty_invalid;
    x->expr = e;
    int n = builtin_operands(ck, e, ops, 2);
    if (n < 0 || !nargs_found_ok(ck, e, n, 2)) return;
    operand d = ops[0], s = ops[1];
    type *du = ck_core(d.type), *su = ck_core(s.type);
    if (du->kind != T_SLICE) {
        ck_error(ck, ck_start(d.expr), "invalid argument: copy expects slice "
                                  "arguments; found %s and %s",
                 ck_operand_str(ck, &d), ck_operand_str(ck, &s));
        return;
    }
    if (type_is_string(su) && type_under(du->elem)->kind == T_UINT8) {
        ck_default_operand(ck, &s);
    } else if (type_is_string(su)) {
        ck_error(ck, e->pos, "invalid argument: arguments to copy %s and %s "
                             "have different element types %s and %s",
                 ck_operand_str(ck, &d), ck_operand_str(ck, &s),
                 ck_typestr(ck, du->elem), "byte");
        return;
    } else if (su->kind != T_SLICE) {
        ck_error(ck, ck_start(s.expr), "invalid argument: copy expects slice "
                                  "arguments; found %s and %s",
                 ck_operand_str(ck, &d), ck_operand_str(ck, &s));
        return;
    } else if (!type_identical(du->elem, su->elem)) {
        ck_error(ck, e->pos, "invalid argument: arguments to copy %s and %s "
                             "have different element types %s and %s",
                 ck_operand_str(ck, &d), ck_operand_str(ck, &s),
                 ck_typestr(ck, du->elem), ck_typestr(ck, su->elem));
        return;
    }
    x->mode = M_VALUE;
    x->type = ty_int;
}

static bool size_arg(checker *ck, ast_node *a, int64_t *out)
{
    operand v;
    ck_expr(ck, a, &v);
    *out = -1;
    if (v.mode == M_INVALID) return false;
    if (v.mode == M_CONST) {
        if (!cv_is_int_valued(v.val)) {
            ck_error(ck, a->pos, "%s truncated to int",
                     ck_operand_str(ck, &v));
            return false;
        }
        int64_t n;
        if (!cv_to_int64(v.val, &n)) {
            ck_error(ck, a->pos, "%s overflows int", ck_operand_str(ck, &v));
            return false;
        }
        if (n < 0) {
            ck_error(ck, a->pos, "invalid argument: index %s must not be "
                                 "negative",
                     ck_operand_str(ck, &v));
            return false;
        }
        *out = n;
        if (type_is_untyped(v.type)) ck_convert_untyped(ck, &v, ty_int);
        return true;
    }
    if (!type_is_integer(v.type) && v.type->kind != T_TYPEPARAM) {
        ck_error(ck, a->pos, "cannot convert %s to type int",
                 ck_operand_str(ck, &v));
        return false;
    }
    if (type_is_untyped(v.type)) ck_default_operand(ck, &v);
    return true;
}

static void make_(checker *ck, ast_node *e, operand *x)
{
    x->mode = M_INVALID;
    x->type = ty_invalid;
    x->expr = e;
    type *t = ck_typexpr(ck, e->list.items[0]);
    if (t->kind == T_INVALID) {
        for (int i = 1; i < e->list.len; i++) ck_use_expr(ck, e->list.items[i]);
        return;
    }
    type *u = ck_core(t);
    int min;
    switch (u->kind) {
    case T_SLICE: min = 2; break;
    case T_MAP: case T_CHAN: min = 1; break;
    default:
        ck_error(ck, e->list.items[0]->pos, "invalid argument: cannot make "
                                            "%s; type must be slice, map, or "
                                            "channel",
                 ck_exprstr(ck, e->list.items[0]));
        for (int i = 1; i < e->list.len; i++) ck_use_expr(ck, e->list.items[i]);
        return;
    }
    int max = u->kind == T_SLICE ? 3 : 2;
    if (e->list.len < min || e->list.len > max) {
        ck_error(ck, e->pos, "invalid operation: %s expects %d or %d "
                             "arguments; found %d",
                 ck_exprstr(ck, e), min, max, e->list.len);
        for (int i = 1; i < e->list.len; i++) ck_use_expr(ck, e->list.items[i]);
        return;
    }
    int64_t sizes[2] = {-1, -1};
    for (int i = 1; i < e->list.len; i++)
        size_arg(ck, e->list.items[i], &sizes[i - 1]);
    if (sizes[0] >= 0 && sizes[1] >= 0 && sizes[0] > sizes[1]) {
        ck_error(ck, e->list.items[1]->pos, "invalid argument: length and "
                                            "capacity swapped");
        return;
    }
    x->mode = M_VALUE;
    x->type = t;
}

static void minmax(checker *ck, ast_node *e, operand *x, builtin_id id)
{
    int n = e->list.len;
    operand *v = ck_alloc(ck, sizeof(operand) * (size_t)n);
    for (int i = 0; i < n; i++) ck_expr(ck, e->list.items[i], &v[i]);
    x->mode = M_INVALID;
    x->type = ty_invalid;
    x->expr = e;
    for (int i = 0; i < n; i++)
        if (v[i].mode == M_INVALID) return;
    /* find a typed operand, convert the rest to it */
    type *t = NULL;
    for (int i = 0; i < n; i++)
        if (!type_is_untyped(v[i].type)) t = v[i].type;
    if (!t) {
        t = v[0].type;
        for (int i = 1; i < n; i++)
            if (v[i].type->kind > t->kind) t = v[i].type;
    }
    for (int i = 0; i < n; i++) {
        if (type_is_untyped(v[i].type)) ck_convert_untyped(ck, &v[i], t);
        if (v[i].mode == M_INVALID) return;
        if (!type_identical(v[i].type, t)) {
            ck_error(ck, v[i].expr->pos, "invalid argument: mismatched types "
                                         "%s (previous argument) and %s (type "
                                         "of %s)",
                     ck_typestr(ck, t), ck_typestr(ck, v[i].type),
                     ck_exprstr(ck, v[i].expr));
            return;
        }
    }
    type *u = type_under(t);
    if (!(type_is_integer(u) || type_is_float(u) || type_is_string(u)) &&
        t->kind != T_TYPEPARAM) {
        bad_arg(ck, &v[0], id);
        return;
    }
    bool all_const = true;
    for (int i = 0; i < n; i++)
        if (v[i].mode != M_CONST) all_const = false;
    if (all_const) {
        const_value *best = v[0].val;
        for (int i = 1; i < n; i++)
            if (cv_compare(id == BI_MIN ? OP_LSS : OP_GTR, v[i].val, best))
                best = v[i].val;
        x->mode = M_CONST;
        x->val = best;
        for (int i = 0; i < n; i++)
            if (type_is_untyped(v[i].type)) {
                const char *why;
                type *d = type_default(t);
                if (cv_convert(ck, v[i].val, d, &why))
                    ck_set_final_type(ck, v[i].expr, d);
            }
    } else {
        x->mode = M_VALUE;
        for (int i = 0; i < n; i++) ck_default_operand(ck, &v[i]);
        t = v[0].type;
    }
    x->type = t;
}

void ck_builtin(checker *ck, ast_node *e, operand *x, builtin_id id)
{
    x->expr = e;
    x->val = NULL;
    if ((e->flags & AF_ELLIPSIS) && id != BI_APPEND) {
        ck_error(ck, e->pos, "invalid operation: invalid use of ... with "
                             "built-in %s",
                 builtin_name(id));
        use_args(ck, e);
        goto fail;
    }
    switch (id) {
    case BI_LEN: case BI_CAP:
        if (!nargs_ok(ck, e, id, 1, 1)) goto fail_use;
        len_cap(ck, e, x, id);
        return;
    case BI_APPEND:
        if (!nargs_ok(ck, e, id, 1, -1)) goto fail_use;
        if (e->list.len == 1) {
            operand ops[16];
            int n = builtin_operands(ck, e, ops, 16);
            if (n < 0) goto fail;
            if (n > 16) {
                ck_error(ck, ck_start(e), "golem: append of more than 16 "
                                          "results is not supported");
                goto fail;
            }
            if (n > 1) append_results(ck, e, x, ops, n);
            else append_(ck, e, x, &ops[0]);
            return;
        }
        append_(ck, e, x, NULL);
        return;
    case BI_COPY:
        if (e->list.len != 1 && !nargs_ok(ck, e, id, 2, 2)) goto fail_use;
        copy_(ck, e, x);
        return;
    case BI_MAKE:
        if (!nargs_ok(ck, e, id, 1, -1)) goto fail_use;
        make_(ck, e, x);
        return;
    case BI_NEW: {
        if (!nargs_ok(ck, e, id, 1, 1)) goto fail_use;
        type *t = ck_typexpr(ck, e->list.items[0]);
        if (t->kind == T_INVALID) goto fail;
        x->mode = M_VALUE;
        x->type = type_pointer(ck->u, t);
        return;
    }
    case BI_DELETE: {
        if (e->list.len != 1 && !nargs_ok(ck, e, id, 2, 2)) goto fail_use;
        operand ops[2];
        int n = builtin_operands(ck, e, ops, 2);
        if (n < 0 || !nargs_found_ok(ck, e, n, 2)) goto fail;
        operand m = ops[0], k = ops[1];
        type *u = ck_core(m.type);
        if (u->kind != T_MAP) {
            ck_error(ck, ck_start(m.expr), "invalid argument: %s is not a map",
                     ck_operand_str(ck, &m));
            goto fail;
        }
        ck_assign_operand(ck, &k, u->key, "argument to delete");
        x->mode = M_NOVALUE;
        x->type = type_tuple(ck->u, NULL, 0);
        return;
    }
    case BI_PANIC: {
        if (!nargs_ok(ck, e, id, 1, 1)) goto fail_use;
        operand a;
        ck_expr(ck, e->list.items[0], &a);
        if (a.mode != M_INVALID) ck_assign_operand(ck, &a, ty_any, "argument to panic");
        x->mode = M_NOVALUE;
        x->type = type_tuple(ck->u, NULL, 0);
        return;
    }
    case BI_PRINT: case BI_PRINTLN:
        for (int i = 0; i < e->list.len; i++) {
            operand a;
            if (e->list.len == 1) {
                ck_multi_expr(ck, e->list.items[i], &a);
                if (a.mode != M_INVALID && a.type->kind == T_TUPLE) break;
            } else {
                ck_expr(ck, e->list.items[i], &a);
            }
            if (a.mode == M_INVALID) continue;
            if (a.type == ty_untyped_nil) {
                ck_error(ck, ck_start(a.expr), "use of untyped nil in argument to "
                                          "built-in %s",
                         builtin_name(id));
                continue;
            }
            ck_default_operand_ctx(ck, &a,
                                   ck_sprintf(ck, "argument to %s",
                                              builtin_name(id)));
        }
        x->mode = M_NOVALUE;
        x->type = type_tuple(ck->u, NULL, 0);
        return;
    case BI_RECOVER:
        if (!nargs_ok(ck, e, id, 0, 0)) goto fail_use;
        x->mode = M_VALUE;
        x->type = ty_any;
        return;
    case BI_CLOSE: {
        if (!nargs_ok(ck, e, id, 1, 1)) goto fail_use;
        operand c;
        ck_expr(ck, e->list.items[0], &c);
        if (c.mode == M_INVALID) goto fail;
        type *u = type_under(c.type);
        if (u->kind != T_CHAN) {
            ck_error(ck, ck_start(c.expr), "invalid operation: non-chan argument "
                                      "%s to close",
                     ck_operand_str(ck, &c));
            goto fail;
        }
        if (u->dir == CHAN_RECV) {
            ck_error(ck, ck_start(c.expr), "invalid operation: cannot close "
                                      "receive-only channel %s",
                     ck_operand_str(ck, &c));
            goto fail;
        }
        x->mode = M_NOVALUE;
        x->type = type_tuple(ck->u, NULL, 0);
        return;
    }
    case BI_CLEAR: {
        if (!nargs_ok(ck, e, id, 1, 1)) goto fail_use;
        operand c;
        ck_expr(ck, e->list.items[0], &c);
        if (c.mode == M_INVALID) goto fail;
        type_kind k = type_under(c.type)->kind;
        if (k != T_MAP && k != T_SLICE && c.type->kind != T_TYPEPARAM) {
            ck_error(ck, ck_start(c.expr), "invalid argument: %s must be a map or "
                                      "slice",
                     ck_operand_str(ck, &c));
            goto fail;
        }
        x->mode = M_NOVALUE;
        x->type = type_tuple(ck->u, NULL, 0);
        return;
    }
    case BI_MIN: case BI_MAX:
        if (!nargs_ok(ck, e, id, 1, -1)) goto fail_use;
        minmax(ck, e, x, id);
        return;
    case BI_COMPLEX: case BI_REAL: case BI_IMAG:
        ck_error(ck, e->pos, "golem: complex numbers are not supported");
        goto fail_use;
    default:
        goto fail_use;
    }
fail_use:
    use_args(ck, e);
fail:
    x->mode = M_INVALID;
    x->type = ty_invalid;
    x->expr = e;
}
