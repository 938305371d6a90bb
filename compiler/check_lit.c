/*
 * check_lit.c - composite literals.
 *
 * A literal's type comes from its written type or, when elided inside an
 * outer literal, from the outer element/key type (the hint). An elided
 * element whose hint is a pointer *T is checked as T and the node gets type
 * *T: codegen allocates it and yields the address, exactly as `&T{...}`.
 * Struct literals are all-keyed or all-positional; array and slice literals
 * may key elements with constant indices ([...]T takes its length from the
 * largest index); map literals key every element, and duplicate constant
 * keys are reported as go does. Every element is assigned to its element
 * type with the usual assignability rules, so interface elements record
 * their implicit conversion.
 */
#include "check_impl.h"

static void elem_value(checker *ck, ast_node *v, type *t, const char *ctx)
{
    operand x;
    ck_expr_with_hint(ck, v, &x, t);
    if (x.mode == M_INVALID) return;
    ck_assign_operand(ck, &x, t, ctx);
}

static void struct_lit(checker *ck, ast_node *e, type *t, type *u)
{
    if (e->list.len == 0) return;
    bool keyed = e->list.items[0]->kind == N_KEYVALUE;
    if (keyed) {
        bool *seen = ck_alloc(ck, sizeof(bool) * (size_t)(u->nfields + 1));
        for (int i = 0; i < e->list.len; i++) {
            ast_node *kv = e->list.items[i];
            if (kv->kind != N_KEYVALUE) {
                ck_error(ck, kv->pos, "mixture of field:value and value "
                                      "elements in struct literal");
                ck_use_expr(ck, kv);
                continue;
            }
            if (kv->a->kind != N_IDENT) {
                ck_error(ck, kv->a->pos, "invalid field name %s in struct "
                                         "literal",
                         ck_exprstr(ck, kv->a));
                ck_use_expr(ck, kv->b);
                continue;
            }
            int fi = -1;
            for (int j = 0; j < u->nfields; j++)
                if (strcmp(u->fields[j].name, kv->a->name) == 0) fi = j;
            if (fi < 0) {
                ck_error(ck, kv->a->pos, "unknown field %s in struct literal "
                                         "of type %s",
                         kv->a->name, ck_typestr(ck, t));
                ck_use_expr(ck, kv->b);
                continue;
            }
            if (seen[fi]) {
                ck_error(ck, kv->a->pos, "duplicate field name %s in struct "
                                         "literal",
                         kv->a->name);
                ck_use_expr(ck, kv->b);
                continue;
            }
            seen[fi] = true;
            ck_info_of(ck, kv)->field_index = fi;
            kv->a->type = u->fields[fi].type;
            elem_value(ck, kv->b, u->fields[fi].type, "struct literal");
        }
        return;
    }
    for (int i = 0; i < e->list.len; i++) {
        ast_node *v = e->list.items[i];
        if (v->kind == N_KEYVALUE) {
            ck_error(ck, v->pos, "mixture of field:value and value elements "
                                 "in struct literal");
            ck_use_expr(ck, v->b);
            continue;
        }
        if (i >= u->nfields) {
            ck_error(ck, v->pos, "too many values in struct literal of type "
                                 "%s",
                     ck_typestr(ck, t));
            for (; i < e->list.len; i++) ck_use_expr(ck, e->list.items[i]);
            return;
        }
        elem_value(ck, v, u->fields[i].type, "struct literal");
    }
    if (e->list.len < u->nfields)
        ck_error(ck, e->end.line ? e->end : e->pos,
                 "too few values in struct literal of type %s",
                 ck_typestr(ck, t));
}

/* Returns the literal's length (max index + 1). */
static int64_t array_lit(checker *ck, ast_node *e, type *elem, int64_t len)
{
    int64_t idx = 0, max = 0;
    int64_t *seen = NULL;
    int nseen = 0, capseen = 0;
    for (int i = 0; i < e->list.len; i++) {
        ast_node *v = e->list.items[i];
        if (v->kind == N_KEYVALUE) {
            operand k;
            ck_expr(ck, v->a, &k);
            int64_t n = -1;
            if (k.mode == M_CONST) {
                ck_const_int_index(ck, &k, len, &n, "index");
                if (n >= 0) idx = n;
            } else if (k.mode != M_INVALID) {
                ck_error(ck, v->a->pos, "index %s must be integer constant",
                         ck_exprstr(ck, v->a));
            }
            elem_value(ck, v->b, elem, "array or slice literal");
        } else {
            if (len >= 0 && idx >= len) {
                ck_error(ck, v->pos, "index %lld is out of bounds (>= %lld)",
                         (long long)idx, (long long)len);
            }
            elem_value(ck, v, elem, "array or slice literal");
        }
        for (int j = 0; j < nseen; j++)
            if (seen[j] == idx) {
                ck_error(ck, v->pos, "duplicate index %lld in array or slice "
                                     "literal",
                         (long long)idx);
                break;
            }
        if (nseen == capseen) {
            capseen = capseen ? capseen * 2 : 16;
            int64_t *ns = ck_alloc(ck, sizeof *ns * (size_t)capseen);
            if (nseen) memcpy(ns, seen, sizeof *ns * (size_t)nseen);
            seen = ns;
        }
        seen[nseen++] = idx;
        idx++;
        if (idx > max) max = idx;
    }
    return max;
}

static void map_lit(checker *ck, ast_node *e, type *u)
{
    const_value **keys = ck_alloc(ck, sizeof *keys * (size_t)(e->list.len + 1));
    for (int i = 0; i < e->list.len; i++) {
        ast_node *v = e->list.items[i];
        if (v->kind != N_KEYVALUE) {
            ck_error(ck, v->pos, "missing key in map literal");
            ck_use_expr(ck, v);
            continue;
        }
        operand k;
        ck_expr_with_hint(ck, v->a, &k, u->key);
        if (k.mode != M_INVALID &&
            ck_assign_operand(ck, &k, u->key, "map literal") &&
            k.mode == M_CONST && k.val) {
            for (int j = 0; j < i; j++)
                if (keys[j] && keys[j]->kind == k.val->kind &&
                    cv_compare(OP_EQL, keys[j], k.val)) {
                    ck_error(ck, v->a->pos, "duplicate key %s in map literal",
                             ck_exprstr(ck, v->a));
                    break;
                }
            keys[i] = k.val;
        }
        elem_value(ck, v->b, u->elem, "map literal");
    }
}

void ck_composite(checker *ck, ast_node *e, type *hint, operand *x)
{
    type *t = NULL;
    bool ellipsis_array = false;
    bool via_pointer = false;
    if (e->a) {
        if (e->a->kind == N_ARRAYTYPE && e->a->a &&
            e->a->a->kind == N_ELLIPSIS) {
            ellipsis_array = true;
            t = ck_typexpr(ck, e->a->b); /* element type for now */
        } else {
            t = ck_typexpr(ck, e->a);
        }
    } else if (hint) {
        t = hint;
        if (type_under(t)->kind == T_POINTER) {
            via_pointer = true;
            t = type_under(t)->elem;
        }
    } else {
        ck_error(ck, e->pos, "invalid composite literal type: missing type");
        t = ty_invalid;
    }
    x->expr = e;
    if (t->kind == T_INVALID) {
        for (int i = 0; i < e->list.len; i++) {
            ast_node *v = e->list.items[i];
            ck_use_expr(ck, v->kind == N_KEYVALUE ? v->b : v);
        }
        x->mode = M_INVALID;
        x->type = ty_invalid;
        return;
    }
    if (ellipsis_array) {
        int64_t n = array_lit(ck, e, t, -1);
        t = type_array(ck->u, t, n);
        e->a->type = t;
    } else {
        type *u = ck_core(t);
        switch (u->kind) {
        case T_STRUCT:
            struct_lit(ck, e, t, u);
            break;
        case T_ARRAY:
            array_lit(ck, e, u->elem, u->len);
            break;
        case T_SLICE:
            array_lit(ck, e, u->elem, -1);
            break;
        case T_MAP:
            map_lit(ck, e, u);
            break;
        default:
            ck_error(ck, e->pos, "invalid composite literal type %s",
                     ck_typestr(ck, t));
            for (int i = 0; i < e->list.len; i++) {
                ast_node *v = e->list.items[i];
                ck_use_expr(ck, v->kind == N_KEYVALUE ? v->b : v);
            }
            x->mode = M_INVALID;
            x->type = ty_invalid;
            return;
        }
    }
    x->mode = M_VALUE;
    x->type = via_pointer ? type_pointer(ck->u, t) : t;
    x->val = NULL;
}
