/*
 * parse.c - the parser driver and the helpers the grammar actions call.
 *
 * parse_file() runs the scanner (lexer.re) and feeds each token to the lemon
 * push parser (parser.y) until the end of input. A syntax error ends the
 * parse of the current top-level declaration; parsing resumes at the next
 * one (see "driver" below), so a file reports at most one syntax error per
 * declaration, worded and positioned as gc's syntax package does. Errors
 * found by the scanner (bad literals, stray characters) are reported as
 * they come and never stop the parse.
 *
 * The helpers (ps_*) build the nodes compiler/ast.h documents and carry out
 * the rewrites the grammar cannot express: grouping parameter names with
 * their types, turning a statement header into if/for/switch fields,
 * recognising a type switch guard, repeating implicit const specs.
 *
 * Invariants: every node comes from the compilation's arena; the parser
 * holds no global state (everything is in parse_ctx / lexer on the stack
 * of parse_file).
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "parse_internal.h"
#include "parser.h"

/* ---- basic nodes ---- */

ast_node *ps_node(parse_ctx *p, ast_kind k, src_pos pos)
{
    return ast_new(p->ar, k, pos);
}

src_pos ps_start(const ast_node *n)
{
    while (n->kind == N_BINARY && n->a)
        n = n->a;
    return n->pos;
}

const char *ps_text(parse_ctx *p, tok t)
{
    return ast_intern(p->ar, t.s, (size_t)t.len);
}

ast_node *ps_ident(parse_ctx *p, tok t)
{
    ast_node *n = ps_node(p, N_IDENT, t.pos);
    n->name = ps_text(p, t);
    return n;
}

ast_node *ps_lit(parse_ctx *p, tok t, int litkind)
{
    ast_node *n = ps_node(p, N_BASICLIT, t.pos);
    n->op = litkind;
    n->name = ps_text(p, t);
    return n;
}

ast_node *ps_binary(parse_ctx *p, tok op, ast_node *a, ast_node *b)
{
    ast_node *n = ps_node(p, N_BINARY, op.pos);
    n->op = op.code;
    n->a = a;
    n->b = b;
    return n;
}

ast_node *ps_unary(parse_ctx *p, tok op, ast_node *a)
{
    ast_node *n = ps_node(p, N_UNARY, op.pos);
    n->op = op.code;
    n->a = a;
    return n;
}

void ps_push(parse_ctx *p, ast_list *l, ast_node *n)
{
    ast_list_push(p->ar, l, n);
}

ast_list ps_list1(parse_ctx *p, ast_node *n)
{
    ast_list l = {0};
    ast_list_push(p->ar, &l, n);
    return l;
}

ast_node *ps_selector(parse_ctx *p, ast_node *x, tok sel)
{
    ast_node *n = ps_node(p, N_SELECTOR, ps_start(x));
    n->a = x;
    n->name = ps_text(p, sel);
    n->oppos = sel.pos;
    return n;
}

ast_node *ps_index(parse_ctx *p, ast_node *x, tok lbrack, ast_list idx,
                   tok rbrack)
{
    ast_node *n = ps_node(p, N_INDEX, ps_start(x));
    n->a = x;
    n->list = idx;
    n->oppos = lbrack.pos;
    n->end = rbrack.pos;
    return n;
}

ast_node *ps_slice(parse_ctx *p, ast_node *x, tok lbrack, ast_node *lo,
                   ast_node *hi, ast_node *max, bool three, tok rbrack)
{
    ast_node *n = ps_node(p, N_SLICE, ps_start(x));
    n->a = x;
    n->b = lo;
    n->c = hi;
    n->d = max;
    n->oppos = lbrack.pos;
    n->end = rbrack.pos;
    if (three) {
        n->flags |= AF_SLICE3;
        if (!hi)
            ps_error(p, rbrack.pos, "middle index required in 3-index slice");
        else if (!max)
            ps_error(p, rbrack.pos, "final index required in 3-index slice");
    }
    return n;
}

ast_node *ps_call(parse_ctx *p, ast_node *fn, tok lparen, call_args args,
                  tok rparen)
{
    ast_node *n = ps_node(p, N_CALL, ps_start(fn));
    n->a = fn;
    n->list = args.args;
    if (args.ellipsis)
        n->flags |= AF_ELLIPSIS;
    n->oppos = lparen.pos;
    n->end = rparen.pos;
    return n;
}

ast_node *ps_complit(parse_ctx *p, ast_node *type, tok lbrace, ast_list elems,
                     tok rbrace)
{
    ast_node *n = ps_node(p, N_COMPOSITE, type ? type->pos : lbrace.pos);
    n->a = type;
    n->list = elems;
    n->oppos = lbrace.pos;
    n->end = rbrace.pos;
    return n;
}

ast_node *ps_complit_head(parse_ctx *p, ast_node *type, tok lbrace)
{
    ast_node *n = ps_complit(p, type, lbrace, (ast_list){0}, lbrace);
    const ast_node *t = type;
    while (t->kind == N_PAREN && t->a)
        t = t->a;
    switch (t->kind) {
    case N_IDENT: case N_SELECTOR: case N_INDEX: case N_ARRAYTYPE:
    case N_MAPTYPE: case N_STRUCTTYPE:
        if (t != type)
            ps_error(p, lbrace.pos,
                     "syntax error: cannot parenthesize type in composite literal");
        break;
    default:
        /* Go's parser ends the operand here: the brace is the error */
        p->syntax_error = true;
        p->failed = true;
        p->err_idx = lbrace.idx;
        break;
    }
    return n;
}

ast_node *ps_arraytype(parse_ctx *p, tok lbrack, ast_node *len,
                       ast_node *elem)
{
    ast_node *n = ps_node(p, N_ARRAYTYPE, lbrack.pos);
    n->a = len;
    n->b = elem;
    return n;
}

ast_node *ps_arraylen(parse_ctx *p, ast_list lens)
{
    if (lens.len > 1)
        ps_error(p, lens.items[1]->pos,
                 "syntax error: unexpected comma; expecting ]");
    return lens.items[0];
}

ast_node *ps_ellipsis(parse_ctx *p, tok dots, ast_node *elem)
{
    ast_node *n = ps_node(p, N_ELLIPSIS, dots.pos);
    n->a = elem;
    return n;
}

/* ---- fields and parameters ---- */

ast_node *ps_rawparam(parse_ctx *p, ast_node *name, ast_node *type)
{
    ast_node *f = ps_node(p, N_FIELD, name ? name->pos : ps_start(type));
    if (name)
        ps_push(p, &f->list, name);
    f->a = type;
    return f;
}

ast_node *ps_field(parse_ctx *p, ast_node *type)
{
    ast_node *f = ps_node(p, N_FIELD, ps_start(type));
    f->a = type;
    return f;
}

ast_node *ps_fieldn(parse_ctx *p, ast_list names, ast_node *type,
                    ast_node *tag)
{
    ast_node *f = ps_node(p, N_FIELD, names.len ? names.items[0]->pos
                                                : ps_start(type));
    f->list = names;
    f->a = type;
    f->b = tag;
    return f;
}

/*
 * Go's grouping rule. If no entry has a name, every entry is a type. If
 * some do, all must: reading right to left, an entry that is a bare
 * identifier takes the type of the named entry after it (`a, b int`). The
 * result groups the names sharing a type into one N_FIELD.
 * require_names: type parameters (a bare entry is a name whose constraint
 * comes later; one at the end is "missing type constraint").
 */
static ast_list group_params(parse_ctx *p, ast_list raw, bool require_names)
{
    ast_list out = {0};
    bool named = require_names;
    for (int i = 0; i < raw.len && !named; i++)
        named = raw.items[i]->list.len > 0;
    if (!named) {
        for (int i = 0; i < raw.len; i++)
            ps_push(p, &out, raw.items[i]);
        return out;
    }
    /* Right to left: decide each entry's name and type. */
    ast_node *typ = NULL;
    src_pos errpos = {0};
    for (int i = raw.len - 1; i >= 0; i--) {
        ast_node *e = raw.items[i];
        bool has_name = e->list.len > 0 && !(require_names && !e->a);
        if (require_names && !e->a) {
            /* a bare type-parameter name */
            e->a = typ;
            if (!typ)
                errpos = e->pos;
            continue;
        }
        if (has_name) {
            typ = e->a;
        } else if (e->a && e->a->kind == N_IDENT && typ) {
            ps_push(p, &e->list, e->a); /* a bare name */
            e->a = typ;
            e->pos = e->list.items[0]->pos;
        } else {
            errpos = e->a ? e->a->pos : e->pos;
            typ = e->a;
        }
    }
    if (errpos.line) {
        ps_error(p, errpos, require_names
                                ? "syntax error: missing type constraint"
                                : "syntax error: mixed named and unnamed parameters");
        p->failed = true;
    }
    /* Left to right: merge runs of names that share a type node. */
    for (int i = 0; i < raw.len; i++) {
        ast_node *e = raw.items[i];
        if (!e->a) {
            e->a = ps_node(p, N_BAD, e->pos);
        }
        if (out.len) {
            ast_node *last = out.items[out.len - 1];
            if (last->a == e->a && e->list.len) {
                for (int j = 0; j < e->list.len; j++)
                    ps_push(p, &last->list, e->list.items[j]);
                continue;
            }
        }
        ps_push(p, &out, e);
    }
    return out;
}

ast_list ps_params(parse_ctx *p, ast_list raw, src_pos at)
{
    (void)at;
    return group_params(p, raw, false);
}

ast_node *ps_tparam_expr(parse_ctx *p, ast_node *e)
{
    if (e->kind == N_IDENT)
        return ps_rawparam(p, e, NULL);
    if (e->kind == N_BINARY && e->op == TK_MUL && e->a->kind == N_IDENT) {
        ast_node *star = ps_node(p, N_STAR, e->pos);
        star->a = e->b;
        return ps_rawparam(p, e->a, star);
    }
    ps_error(p, ps_start(e), "syntax error: invalid type parameter");
    p->failed = true;
    return ps_rawparam(p, NULL, e);
}

ast_node *ps_tparams(parse_ctx *p, ast_list raw, src_pos at)
{
    ast_node *fl = ps_node(p, N_FIELDLIST, at);
    fl->list = group_params(p, raw, true);
    return fl;
}

/* at: the method name (where go reports receiver errors) */
ast_node *ps_receiver(parse_ctx *p, ast_list raw, src_pos at)
{
    ast_list l = group_params(p, raw, false);
    if (l.len == 0) {
        ps_error(p, at, "method has no receiver");
        return NULL;
    }
    if (l.len > 1 || l.items[0]->list.len > 1) {
        ps_error(p, at, "method has multiple receivers");
    }
    return l.items[0];
}

ast_node *ps_funcdecl(parse_ctx *p, tok kw, ast_node *recv, tok name,
                      ast_node *tparams, ast_node *sig, ast_node *body)
{
    ast_node *n = ps_node(p, N_FUNCDECL, kw.pos);
    n->name = ps_text(p, name);
    n->a = recv;
    sig->pos = sig->oppos = kw.pos;
    sig->c = tparams;
    n->b = sig;
    n->c = body;
    if (body)
        n->end = body->end;
    n->extern_lib = kw.ext_lib;
    n->extern_sym = kw.ext_sym;
    if (recv && tparams)
        ps_error(p, tparams->pos,
                 "syntax error: method must have no type parameters");
    return n;
}

/* ---- statements ---- */

void ps_check_recv(parse_ctx *p, ast_node *stmt, ast_node *rhs)
{
    while (rhs->kind == N_PAREN && rhs->a)
        rhs = rhs->a;
    if (rhs->kind == N_UNARY && rhs->op == TK_ARROW)
        return;
    ps_error(p, stmt->pos,
             "select case must be send or receive (possibly with assignment)");
}

ast_node *ps_branch(parse_ctx *p, tok kw, const tok *label)
{
    ast_node *n = ps_node(p, N_BRANCH, kw.pos);
    n->op = kw.code;
    if (label)
        n->name = ps_text(p, *label);
    return n;
}

/* Approximates Go's printing of an expression (for messages). */
static void expr_string(const ast_node *n, char *buf, size_t cap, size_t *len)
{
#define PUT(s)                                                      \
    do {                                                            \
        const char *s_ = (s);                                       \
        size_t l_ = strlen(s_);                                     \
        if (*len + l_ < cap) {                                      \
            memcpy(buf + *len, s_, l_);                             \
            *len += l_;                                             \
            buf[*len] = 0;                                          \
        }                                                           \
    } while (0)
    if (!n)
        return;
    switch (n->kind) {
    case N_IDENT:
    case N_BASICLIT:
        PUT(n->name);
        break;
    case N_SELECTOR:
        expr_string(n->a, buf, cap, len);
        PUT(".");
        PUT(n->name);
        break;
    case N_PAREN:
        PUT("(");
        expr_string(n->a, buf, cap, len);
        PUT(")");
        break;
    case N_STAR:
        PUT("*");
        expr_string(n->a, buf, cap, len);
        break;
    case N_INDEX:
        expr_string(n->a, buf, cap, len);
        PUT("[");
        for (int i = 0; i < n->list.len; i++) {
            if (i)
                PUT(", ");
            expr_string(n->list.items[i], buf, cap, len);
        }
        PUT("]");
        break;
    case N_CALL:
        expr_string(n->a, buf, cap, len);
        PUT("(");
        for (int i = 0; i < n->list.len; i++) {
            if (i)
                PUT(", ");
            expr_string(n->list.items[i], buf, cap, len);
        }
        PUT(")");
        break;
    case N_UNARY: {
        static const char *ops[] = {[TK_ADD] = "+", [TK_SUB] = "-",
                                    [TK_NOT] = "!", [TK_XOR] = "^",
                                    [TK_AND] = "&", [TK_ARROW] = "<-",
                                    [TK_TILDE] = "~"};
        if (n->op > 0 && n->op < (int)(sizeof ops / sizeof *ops) && ops[n->op])
            PUT(ops[n->op]);
        expr_string(n->a, buf, cap, len);
        break;
    }
    case N_BINARY: {
        static const char *ops[] = {
            [TK_ADD] = "+", [TK_SUB] = "-", [TK_MUL] = "*", [TK_QUO] = "/",
            [TK_REM] = "%", [TK_AND] = "&", [TK_OR] = "|", [TK_XOR] = "^",
            [TK_SHL] = "<<", [TK_SHR] = ">>", [TK_AND_NOT] = "&^",
            [TK_LAND] = "&&", [TK_LOR] = "||", [TK_EQL] = "==",
            [TK_NEQ] = "!=", [TK_LSS] = "<", [TK_LEQ] = "<=",
            [TK_GTR] = ">", [TK_GEQ] = ">="};
        expr_string(n->a, buf, cap, len);
        PUT(" ");
        if (n->op > 0 && n->op < (int)(sizeof ops / sizeof *ops) && ops[n->op])
            PUT(ops[n->op]);
        PUT(" ");
        expr_string(n->b, buf, cap, len);
        break;
    }
    case N_COMPOSITE:
        expr_string(n->a, buf, cap, len);
        PUT("{…}");
        break;
    case N_FUNCLIT:
        PUT("func literal");
        break;
    case N_TYPEASSERT:
        expr_string(n->a, buf, cap, len);
        PUT(".(");
        if (n->b)
            expr_string(n->b, buf, cap, len);
        else
            PUT("type");
        PUT(")");
        break;
    case N_INTERFACETYPE:
        PUT(n->list.len ? "interface{…}" : "interface{}");
        break;
    case N_STRUCTTYPE:
        PUT(n->list.len ? "struct{…}" : "struct{}");
        break;
    case N_ARRAYTYPE:
        PUT("[");
        if (n->a)
            expr_string(n->a, buf, cap, len);
        PUT("]");
        expr_string(n->b, buf, cap, len);
        break;
    case N_MAPTYPE:
        PUT("map[");
        expr_string(n->a, buf, cap, len);
        PUT("]");
        expr_string(n->b, buf, cap, len);
        break;
    default:
        PUT("expression");
        break;
    }
#undef PUT
}

static const char *assign_op_text(int op)
{
    switch (op) {
    case TK_ASSIGN: return "=";
    case TK_DEFINE: return ":=";
    case TK_ADD_ASSIGN: return "+=";
    case TK_SUB_ASSIGN: return "-=";
    case TK_MUL_ASSIGN: return "*=";
    case TK_QUO_ASSIGN: return "/=";
    case TK_REM_ASSIGN: return "%=";
    case TK_AND_ASSIGN: return "&=";
    case TK_OR_ASSIGN: return "|=";
    case TK_XOR_ASSIGN: return "^=";
    case TK_SHL_ASSIGN: return "<<=";
    case TK_SHR_ASSIGN: return ">>=";
    case TK_AND_NOT_ASSIGN: return "&^=";
    }
    return "=";
}

static void str_put(char *buf, size_t cap, size_t *len, const char *s)
{
    size_t l = strlen(s);
    if (*len + l < cap) {
        memcpy(buf + *len, s, l);
        *len += l;
        buf[*len] = 0;
    }
}

static void list_string(const ast_list *l, char *buf, size_t cap, size_t *len)
{
    for (int i = 0; i < l->len; i++) {
        if (i)
            str_put(buf, cap, len, ", ");
        expr_string(l->items[i], buf, cap, len);
    }
}

/* A simple statement as Go prints it in "cannot use ... as value". */
static void stmt_string(const ast_node *s, char *buf, size_t cap)
{
    size_t len = 0;
    buf[0] = 0;
    switch (s->kind) {
    case N_ASSIGN:
        if (s->op == TK_ASSIGN) {
            /* go parenthesizes both sides of `=` to highlight it */
            str_put(buf, cap, &len, "assignment (");
            list_string(&s->list, buf, cap, &len);
            str_put(buf, cap, &len, ") = (");
            list_string(&s->list2, buf, cap, &len);
            str_put(buf, cap, &len, ")");
            break;
        }
        list_string(&s->list, buf, cap, &len);
        str_put(buf, cap, &len, " ");
        str_put(buf, cap, &len, assign_op_text(s->op));
        str_put(buf, cap, &len, " ");
        list_string(&s->list2, buf, cap, &len);
        break;
    case N_INCDEC:
        expr_string(s->a, buf, cap, &len);
        str_put(buf, cap, &len, s->op == TK_INC ? "++" : "--");
        break;
    case N_SEND:
        expr_string(s->a, buf, cap, &len);
        str_put(buf, cap, &len, " <- ");
        expr_string(s->b, buf, cap, &len);
        break;
    default:
        str_put(buf, cap, &len, "statement");
        break;
    }
}

ast_node *ps_assign(parse_ctx *p, tok op, ast_list lhs, ast_list rhs)
{
    ast_node *n = ps_node(p, N_ASSIGN, ps_start(lhs.items[0]));
    n->op = op.code;
    n->list = lhs;
    n->list2 = rhs;
    n->oppos = op.pos;
    bool guard = rhs.len == 1 && rhs.items[0]->kind == N_TYPEASSERT &&
                 !rhs.items[0]->b; /* reported by ps_switch */
    if (op.code == TK_DEFINE && !guard) {
        for (int i = 0; i < lhs.len; i++) {
            ast_node *x = lhs.items[i];
            if (x->kind != N_IDENT) {
                char buf[128];
                size_t len = 0;
                buf[0] = 0;
                expr_string(x, buf, sizeof buf, &len);
                ps_error(p, x->pos, "non-name %s on left side of :=", buf);
                break;
            }
        }
    }
    return n;
}

/* The header of if/switch: a temporary N_IF holding init (a) and the
   condition statement (b); op = the separating semicolon's flags + 1 (0:
   no semicolon), end = its position. */
ast_node *ps_header(parse_ctx *p, ast_node *init, ast_node *cond,
                    const tok *semi)
{
    ast_node *h = ps_node(p, N_IF, p->cur.pos);
    h->a = init;
    h->b = cond;
    if (semi) {
        h->op = semi->flags + 1;
        h->end = semi->pos;
    }
    return h;
}

/* The condition statement of a header as an expression; reports Go's
   "cannot use ... as value" otherwise. */
static ast_node *stmt_as_expr(parse_ctx *p, ast_node *s)
{
    if (!s)
        return NULL;
    if (s->kind == N_EXPRSTMT)
        return s->a;
    char buf[256];
    stmt_string(s, buf, sizeof buf);
    ps_error(p, s->oppos, "syntax error: cannot use %s as value", buf);
    p->failed = true;
    return ps_node(p, N_BAD, s->pos);
}

void ps_if_cond(parse_ctx *p, ast_node *hdr)
{
    /* lemon may reduce the header on a token that cannot follow it; the
       syntax error for that token is the one to report */
    if (hdr->b || p->cur.code != TK_LBODY)
        return;
    if (hdr->op == TF_NEWLINE + 1)
        ps_error(p, hdr->end,
                 "syntax error: unexpected newline, expecting { after if clause");
    else
        ps_error(p, hdr->pos, "syntax error: missing condition in if statement");
    p->failed = true;
}

ast_node *ps_if(parse_ctx *p, tok kw, ast_node *hdr, ast_node *then,
                ast_node *els)
{
    ast_node *n = ps_node(p, N_IF, kw.pos);
    n->a = hdr->a;
    n->c = then;
    n->d = els;
    if (!hdr->b) {
        n->b = ps_node(p, N_BAD, kw.pos);
        return n;
    }
    n->b = stmt_as_expr(p, hdr->b);
    return n;
}

/* A type switch guard: `x := y.(type)` or `y.(type)`. */
static bool is_type_guard(const ast_node *s)
{
    if (!s)
        return false;
    if (s->kind == N_EXPRSTMT)
        return s->a->kind == N_TYPEASSERT && !s->a->b;
    if (s->kind == N_ASSIGN && s->op == TK_DEFINE && s->list.len == 1 &&
        s->list.items[0]->kind == N_IDENT && s->list2.len == 1)
        return s->list2.items[0]->kind == N_TYPEASSERT &&
               !s->list2.items[0]->b;
    return false;
}

void ps_add_clause(parse_ctx *p, stmts *l, clause c)
{
    if (l->open && l->list.len) {
        ps_error(p, c.n->pos, "syntax error: unexpected %s at end of statement",
                 c.n->flags & AF_DEFAULT ? "default" : "case");
        p->failed = true;
    }
    ps_push(p, &l->list, c.n);
    l->open = c.open;
}

ast_node *ps_switch(parse_ctx *p, tok kw, ast_node *hdr, ast_list clauses)
{
    ast_node *tag = hdr->b;
    ast_node *n = ps_node(p, N_SWITCH, kw.pos);
    n->a = hdr->a;
    n->list = clauses;
    if (is_type_guard(tag)) {
        n->kind = N_TYPESWITCH;
        n->b = tag;
    } else {
        n->b = stmt_as_expr(p, tag);
    }
    return n;
}

ast_node *ps_for(parse_ctx *p, tok kw, ast_node *hdr, ast_node *body)
{
    hdr->pos = kw.pos;
    hdr->d = body;
    if (hdr->kind == N_RANGE)
        return hdr;
    if (hdr->flags == 1) {
        hdr->flags = 0; /* condition-only form */
    } else if (hdr->c && hdr->c->kind == N_ASSIGN && hdr->c->op == TK_DEFINE) {
        ps_error(p, hdr->c->oppos,
                 "syntax error: cannot declare in post statement of for loop");
        p->failed = true;
    }
    hdr->b = stmt_as_expr(p, hdr->b);
    return hdr;
}

ast_node *ps_range(parse_ctx *p, ast_list lhs, tok op, tok range,
                   ast_node *x)
{
    ast_node *n = ps_node(p, N_RANGE, range.pos);
    n->op = op.code;
    n->a = lhs.items[0];
    n->b = lhs.len > 1 ? lhs.items[1] : NULL;
    n->c = x;
    n->oppos = range.pos;
    if (lhs.len > 2)
        ps_error(p, lhs.items[2]->pos,
                 "range clause permits at most two iteration variables");
    if (op.code == TK_DEFINE)
        for (int i = 0; i < lhs.len; i++)
            if (lhs.items[i]->kind != N_IDENT) {
                char buf[128];
                size_t len = 0;
                buf[0] = 0;
                expr_string(lhs.items[i], buf, sizeof buf, &len);
                ps_error(p, lhs.items[i]->pos,
                         "non-name %s on left side of :=", buf);
                break;
            }
    return n;
}

ast_node *ps_constspec(parse_ctx *p, ast_node *spec, ast_node *prev)
{
    (void)p;
    spec->iota = prev ? prev->iota + 1 : 0;
    if (prev && !spec->a && spec->list2.len == 0) {
        spec->a = prev->a;
        spec->list2 = prev->list2;
        spec->flags |= AF_IMPLICIT;
    }
    return spec;
}

/* ---- errors ---- */

void ps_error(parse_ctx *p, src_pos pos, const char *fmt, ...)
{
    if (p->quiet)
        return;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (!p->defer_errors) {
        diag_error(p->c, pos, "%s", buf);
        return;
    }
    if (p->npending == (int)(sizeof p->pending / sizeof *p->pending))
        return;
    size_t n = strlen(buf) + 1;
    char *msg = malloc(n);
    if (!msg)
        return;
    memcpy(msg, buf, n);
    p->pending[p->npending].pos = pos;
    p->pending[p->npending].msg = msg;
    p->npending++;
}

/* After a token was fed: report the actions' errors unless the token was
   a syntax error (then that one is reported instead). */
static void flush_pending(parse_ctx *p)
{
    for (int i = 0; i < p->npending; i++) {
        if (!p->syntax_error)
            diag_error(p->c, p->pending[i].pos, "%s", p->pending[i].msg);
        free(p->pending[i].msg);
    }
    p->npending = 0;
}

static const char *keyword_or_op(int code)
{
    switch (code) {
    case TK_LBODY: return "{";
    case TK_COMMA: return "comma";
    }
    return NULL;
}

const char *ps_tok_desc(parse_ctx *p, const tok *t, char *buf, size_t n)
{
    (void)p;
    if (t->code == 0)
        return "EOF";
    if (t->code == TK_SEMICOLON) {
        if (t->flags & TF_EOF)
            return "EOF";
        if (t->flags & TF_NEWLINE)
            return "newline";
        return "semicolon";
    }
    const char *k = keyword_or_op(t->code);
    if (k)
        return k;
    int len = t->len > 60 ? 60 : t->len;
    switch (t->code) {
    case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR: case TK_STRING:
        snprintf(buf, n, "literal %.*s%s", len, t->s, len < t->len ? "…" : "");
        return buf;
    }
    snprintf(buf, n, "%.*s", len, t->s);
    return buf;
}

/* Only blanks and comments follow position s in the file. */
static bool only_trivia_after(parse_ctx *p, const char *s)
{
    const src_file *f = &p->c->files[p->file];
    const char *end = f->text + f->len;
    while (s < end) {
        if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') {
            s++;
        } else if (s + 1 < end && s[0] == '/' && s[1] == '/') {
            while (s < end && *s != '\n')
                s++;
        } else {
            return false;
        }
    }
    return true;
}

/* The input ended too early: the error is at the end of input, or at the
   semicolon inserted at the last line's end (`f(1,` or `if x {` typed at
   the REPL). */
static bool at_end_of_input(parse_ctx *p, const tok *t)
{
    if (t->code == 0 || (t->flags & TF_EOF))
        return true;
    if ((t->flags & TF_NEWLINE) && t->pos.line > 0) {
        const src_file *f = &p->c->files[p->file];
        /* the newline character the semicolon stands for */
        const char *nl = f->text;
        for (int line = 1; line < t->pos.line && nl; line++) {
            nl = memchr(nl, '\n', (size_t)(f->text + f->len - nl));
            if (nl)
                nl++;
        }
        if (nl)
            return only_trivia_after(p, nl + t->pos.col - 1);
    }
    return false;
}

void ps_syntax_error(parse_ctx *p, const char *suffix)
{
    char buf[96];
    const tok *t = &p->cur;
    if (p->c->ndiags == 0 && at_end_of_input(p, t))
        p->c->eof_error = true;
    ps_error(p, t->pos, "syntax error: unexpected %s%s",
             ps_tok_desc(p, t, buf, sizeof buf), suffix);
    p->failed = true;
}

/* ---- driver ----
 *
 * After a syntax error the parse of that declaration is abandoned: the
 * scanner skips to the next line that starts with func/type/var/const/
 * import (a top-level declaration) and a fresh parser resumes there, fed a
 * synthetic `package _;` first so that it expects declarations. So each
 * top-level declaration reports at most one syntax error, like gc's parser,
 * without cascades; at most MAX_SYNTAX_ERRORS are reported per file.
 *
 * Wording needs the parser configuration *before* the offending token, but
 * lemon has usually applied default reductions by the time it notices the
 * error. So each error is explained by replaying the segment's tokens up
 * to the offending one into a fresh parser (quietly) and inspecting that.
 */

#define MAX_SYNTAX_ERRORS 10

/* Where a parse starts: the beginning of the file, or a resumption token. */
typedef struct segment {
    bool resumed;
    tok at; /* first token of a resumed segment */
} segment;

static void ctx_init(parse_ctx *pc, compilation *c, int file, lexer *lx)
{
    memset(pc, 0, sizeof *pc);
    pc->c = c;
    pc->ar = c->arena;
    pc->file = file;
    pc->lx = lx;
}

/* Feeds `package _;` so that a resumed parser expects declarations. */
static void feed_synthetic_package(void *parser, parse_ctx *pc, src_pos pos)
{
    static const struct { int code; const char *s; } toks[] = {
        {TK_PACKAGE, "package"}, {TK_IDENT, "_"}, {TK_SEMICOLON, ";"}};
    for (int i = 0; i < 3; i++) {
        tok t;
        memset(&t, 0, sizeof t);
        t.code = toks[i].code;
        t.s = toks[i].s;
        t.len = (int)strlen(t.s);
        t.pos = pos;
        GoParse(parser, t.code, t, pc);
    }
}

/* ---- skimming (parse_file_skim) ----
 *
 * A skimming parse feeds the parser every token except those inside the
 * body of a top-level function or method: the parser sees `{ }`, builds an
 * empty N_BLOCK, and the `{` token is remembered so that parse_body() can
 * later rescan from it. The body brace is recognised on the token stream:
 * a `func` in column 1 after a `;` (or first) at nesting depth 0 arms the
 * state machine; in the signature, the first `{` at depth 0 that does not
 * follow `struct` or `interface` opens the body (braces of struct and
 * interface types in a signature are either inside ( ) / [ ] or directly
 * follow their keyword), while a `;` at depth 0 means a body-less
 * declaration. The lexer's own brace stack finds the matching `}`.
 */

struct ast_unparsed {
    tok lbrace; /* the body's `{`, where rescanning starts (a signature
                   stored apart, on an N_FUNCDECL, has none) */
    int file;
    /* the body's prebuilt tree in the image (compiler/image.c), tried
       before rescanning; NULL when there is none */
    const unsigned char *img;
    size_t img_len;
};

/* Updates the skimming state with token code; true when it opens the
   body of a top-level function. */
static bool skim_body_brace(parse_ctx *pc, const lexer *lx, const tok *t,
                            int code)
{
    bool body = false;
    bool top = lx->hdepth == 0;
    if (code == TK_FUNC && t->pos.col == 1 && top && lx->bdepth == 0 &&
        (pc->prev_code == TK_SEMICOLON || pc->prev_code == 0)) {
        pc->skim_state = 1;
    } else if (pc->skim_state == 1) {
        if (code == TK_SEMICOLON && top && lx->bdepth == 0) {
            pc->skim_state = 0;
        } else if (code == TK_LBRACE && top && lx->bdepth == 1 &&
                   pc->prev_code != TK_STRUCT &&
                   pc->prev_code != TK_INTERFACE) {
            pc->skim_state = 0;
            body = true;
        }
    }
    pc->prev_code = code;
    return body;
}

/* Skips the bytes of a body whose `{` was just scanned, without making
   tokens: only braces count, and strings, runes and comments are stepped
   over (so braces inside them do not). Leaves lx at the matching `}`, in
   the nesting state of the top level (which is where a body ends), and
   returns true; false (lx untouched) at anything unexpected such as an
   unterminated literal, left to the tokenizing loop. */
static bool skip_body_bytes(lexer *lx)
{
    const unsigned char *p = lx->cur, *end = lx->end, *ls = lx->line_start;
    int line = lx->line, depth = 1;
    while (p < end) {
        unsigned char ch = *p;
        if (ch == '\n') {
            line++;
            ls = ++p;
        } else if (ch == '{') {
            depth++;
            p++;
        } else if (ch == '}') {
            if (--depth == 0)
                break;
            p++;
        } else if (ch == '"' || ch == '\'') {
            for (p++; p < end && *p != ch; p++)
                if (*p == '\n')
                    return false;
                else if (*p == '\\')
                    p++;
            if (p >= end)
                return false;
            p++;
        } else if (ch == '`') {
            for (p++; p < end && *p != '`'; p++)
                if (*p == '\n') {
                    line++;
                    ls = p + 1;
                }
            if (p >= end)
                return false;
            p++;
        } else if (ch == '/' && p + 1 < end && p[1] == '/') {
            while (p < end && *p != '\n')
                p++;
        } else if (ch == '/' && p + 1 < end && p[1] == '*') {
            for (p += 2; p + 1 < end && !(p[0] == '*' && p[1] == '/'); p++)
                if (*p == '\n') {
                    line++;
                    ls = p + 1;
                }
            if (p + 1 >= end)
                return false;
            p += 2;
        } else {
            p++;
        }
    }
    if (p >= end)
        return false;
    tok at;
    memset(&at, 0, sizeof at);
    at.s = (const char *)p;
    at.pos.file = lx->file;
    at.pos.line = line;
    at.pos.col = (int)(p - ls) + 1;
    lex_resume_at(lx, &at);
    return true;
}

/* Remembers the body brace t and scans to the matching `}` (or the end of
   input), which is returned in *end for the parser to be fed next. */
static int skip_body(parse_ctx *pc, lexer *lx, const tok *t, tok *end)
{
    if (pc->nskipped == pc->capskipped) {
        pc->capskipped = pc->capskipped ? pc->capskipped * 2 : 64;
        pc->skipped = realloc(pc->skipped,
                              sizeof *pc->skipped * (size_t)pc->capskipped);
    }
    pc->skipped[pc->nskipped++] = *t;
    if (lx->bdepth == 1 && skip_body_bytes(lx)) {
        int code = lex_next(lx, end); /* the `}` */
        pc->prev_code = code;
        return code;
    }
    for (;;) {
        int code = lex_next(lx, end);
        if (code == 0 || (code == TK_RBRACE && lx->bdepth == 0)) {
            pc->prev_code = code;
            return code;
        }
    }
}

/* Marks the empty bodies the skimming parse produced with their records
   (both are in source order). */
static void attach_skipped(parse_ctx *pc)
{
    if (!pc->root) return;
    int k = 0;
    ast_list *decls = &pc->root->list2;
    for (int i = 0; i < decls->len && k < pc->nskipped; i++) {
        ast_node *d = decls->items[i];
        if (d->kind != N_FUNCDECL || !d->c) continue;
        const tok *lb = &pc->skipped[k];
        if (d->c->pos.line != lb->pos.line || d->c->pos.col != lb->pos.col)
            continue;
        struct ast_unparsed *u = ast_alloc(pc->ar, sizeof *u);
        u->lbrace = *lb;
        u->file = pc->file;
        d->c->unparsed = u;
        k++;
    }
}

/* Parses one segment with the parser object re-initialized: until the end
   of input or an error, or (limit >= 0) until `limit` tokens were fed. The
   caller finalizes the parser. Returns the number of tokens fed; pc->cur
   is the last token scanned. */
static long run_segment(parse_ctx *pc, lexer *lx, const segment *seg,
                        long limit, void *parser)
{
    long ntok = 0;
    GoParseInit(parser);
    if (seg->resumed) {
        lex_resume_at(lx, &seg->at);
        feed_synthetic_package(parser, pc, seg->at.pos);
    }
    pc->prev_code = seg->resumed ? TK_SEMICOLON : 0;
    pc->skim_state = 0;
    tok next; /* a body's `}` found by skip_body, fed next */
    int next_code = -1;
    for (;;) {
        tok t;
        int code;
        if (next_code >= 0) {
            t = next;
            code = next_code;
            next_code = -1;
        } else {
            code = lex_next(lx, &t);
            if (pc->skim && skim_body_brace(pc, lx, &t, code))
                next_code = skip_body(pc, lx, &t, &next);
        }
        t.idx = (int)ntok;
        pc->cur = t;
        if (limit >= 0 && ntok == limit)
            break; /* t is the offending token */
        ntok++;
        GoParse(parser, code, t, pc);
        flush_pending(pc);
        if (pc->failed || code == 0)
            break;
    }
    return ntok;
}

/* Replays the segment's first ntok-1 tokens quietly and explains the
   error at its ntok-th token in Go's words. */
static void explain_syntax_error(compilation *c, int file, const segment *seg,
                                 long ntok, void *parser)
{
    lexer lx;
    lex_init(&lx, c, file);
    lx.quiet = true;
    parse_ctx pc;
    ctx_init(&pc, c, file, &lx);
    pc.quiet = true;
    run_segment(&pc, &lx, seg, ntok - 1, parser);
    pc.quiet = false;
    if (pc.failed) /* cannot happen: the prefix parsed before */
        ps_syntax_error(&pc, "");
    else
        ps_explain_syntax(parser, &pc);
    GoParseFinalize(parser);
    lex_free(&lx);
}

static bool starts_declaration(const tok *t)
{
    switch (t->code) {
    case TK_FUNC: case TK_TYPE: case TK_VAR: case TK_CONST: case TK_IMPORT:
        return t->pos.col == 1;
    }
    return false;
}

/* Skips to the next top-level declaration; false at the end of input. */
static bool find_resumption(lexer *lx, segment *seg)
{
    for (;;) {
        tok t;
        int code = lex_next(lx, &t);
        if (code == 0)
            return false;
        if (starts_declaration(&t)) {
            seg->resumed = true;
            seg->at = t;
            return true;
        }
    }
}

/* Drops the diagnostics reported after the first `before`. */
static void drop_diags(compilation *c, int before)
{
    for (int i = before; i < c->ndiags; i++)
        free(c->diags[i].msg);
    c->ndiags = before;
}

static bool parse_file_mode(compilation *c, int file, bool skim)
{
    if (file < 0 || file >= c->nfiles)
        return false;
    int before = c->ndiags, nerrors = 0;
    void *parser = malloc(ps_parser_size());
    if (!parser) {
        diag_error(c, (src_pos){file, 1, 1}, "out of memory");
        return false;
    }
    lexer lx;
    lex_init(&lx, c, file);
    parse_ctx pc;
    ctx_init(&pc, c, file, &lx);
    segment seg = {0};
    pc.defer_errors = true;
    pc.skim = skim;
    for (;;) {
        pc.failed = pc.syntax_error = false;
        pc.err_idx = -1;
        long ntok = run_segment(&pc, &lx, &seg, -1, parser);
        GoParseFinalize(parser);
        if (skim && (pc.syntax_error || c->ndiags > before)) {
            /* error explanations replay tokens unskimmed: parse again */
            free(parser);
            lex_free(&lx);
            free(pc.skipped);
            drop_diags(c, before);
            return parse_file_mode(c, file, false);
        }
        if (pc.syntax_error) {
            explain_syntax_error(c, file, &seg,
                                 pc.err_idx >= 0 ? pc.err_idx + 1 : ntok, parser);
            nerrors++;
        }
        if (!pc.failed || pc.cur.code == 0 || !pc.root ||
            nerrors >= MAX_SYNTAX_ERRORS)
            break;
        if (starts_declaration(&pc.cur) && pc.syntax_error &&
            !(seg.resumed && seg.at.s == pc.cur.s)) {
            seg.resumed = true; /* the offending token begins a declaration */
            seg.at = pc.cur;
        } else if (!find_resumption(&lx, &seg)) {
            break;
        }
    }
    free(parser);
    lex_free(&lx);
    if (skim)
        attach_skipped(&pc);
    free(pc.skipped);
    if (!pc.root) {
        if (c->ndiags == before)
            diag_error(c, (src_pos){file, 1, 1},
                       "syntax error: package statement must be first");
        pc.root = ast_new(c->arena, N_FILE, (src_pos){file, 1, 1});
        pc.root->name = ast_intern(c->arena, "_", 1);
    }
    c->files[file].ast = pc.root;
    return c->ndiags == before;
}

bool parse_file(compilation *c, int file)
{
    return parse_file_mode(c, file, false);
}

bool parse_file_skim(compilation *c, int file)
{
    return parse_file_mode(c, file, true);
}

/* Feeds `func _ ( )` so that the body tokens that follow complete a
   function declaration. */
static void feed_synthetic_func(void *parser, parse_ctx *pc, src_pos pos)
{
    static const struct { int code; const char *s; } toks[] = {
        {TK_FUNC, "func"}, {TK_IDENT, "_"}, {TK_LPAREN, "("},
        {TK_RPAREN, ")"}};
    for (int i = 0; i < 4; i++) {
        tok t;
        memset(&t, 0, sizeof t);
        t.code = toks[i].code;
        t.s = toks[i].s;
        t.len = (int)strlen(t.s);
        t.pos = pos;
        GoParse(parser, t.code, t, pc);
    }
}

bool parse_body(compilation *c, ast_node *decl)
{
    ast_node *body = decl ? decl->c : NULL;
    if (!body || !body->unparsed)
        return true;
    struct ast_unparsed *u = body->unparsed;
    body->unparsed = NULL;
    if (u->img && image_load_body(c, body, u->file, u->img, u->img_len))
        return true;
    int before = c->ndiags;
    void *parser = malloc(ps_parser_size());
    if (!parser) {
        diag_error(c, u->lbrace.pos, "out of memory");
        return false;
    }
    lexer lx;
    lex_init(&lx, c, u->file);
    lex_resume_at(&lx, &u->lbrace);
    parse_ctx pc;
    ctx_init(&pc, c, u->file, &lx);
    GoParseInit(parser);
    /* `package _ ; func _ ( ) { body } ;` then the end of input */
    feed_synthetic_package(parser, &pc, u->lbrace.pos);
    feed_synthetic_func(parser, &pc, u->lbrace.pos);
    for (;;) {
        tok t;
        int code = lex_next(&lx, &t);
        pc.cur = t;
        GoParse(parser, code, t, &pc);
        flush_pending(&pc);
        if (pc.failed || code == 0)
            break;
        if (code == TK_RBRACE && lx.bdepth == 0) {
            tok semi;
            memset(&semi, 0, sizeof semi);
            semi.code = TK_SEMICOLON;
            semi.s = ";";
            semi.len = 1;
            semi.pos = t.pos;
            pc.cur = semi;
            GoParse(parser, TK_SEMICOLON, semi, &pc);
            tok eof = semi;
            eof.code = 0;
            eof.len = 0;
            eof.s = "";
            pc.cur = eof;
            GoParse(parser, 0, eof, &pc);
            flush_pending(&pc);
            break;
        }
    }
    if (pc.syntax_error && c->ndiags == before)
        ps_syntax_error(&pc, "");
    GoParseFinalize(parser);
    free(parser);
    lex_free(&lx);
    ast_node *fd = pc.root && pc.root->list2.len
                       ? pc.root->list2.items[pc.root->list2.len - 1]
                       : NULL;
    if (fd && fd->kind == N_FUNCDECL && fd->c) {
        body->list = fd->c->list;
        body->end = fd->c->end;
    }
    return c->ndiags == before;
}

/* ---- skipped bodies as data (for compiler/image.c) ---- */

bool parse_unparsed_info(const compilation *c, const ast_node *body,
                         size_t *offset, src_pos *pos, int *code)
{
    const struct ast_unparsed *u = body ? body->unparsed : NULL;
    if (!u || u->file < 0 || u->file >= c->nfiles)
        return false;
    const src_file *f = &c->files[u->file];
    if (u->lbrace.s < f->text || u->lbrace.s >= f->text + f->len)
        return false;
    *offset = (size_t)(u->lbrace.s - f->text);
    *pos = u->lbrace.pos;
    *code = u->lbrace.code;
    return true;
}

void parse_set_lazy_signature(compilation *c, ast_node *decl, int file,
                              const unsigned char *img, size_t img_len)
{
    struct ast_unparsed *u = ast_alloc(c->arena, sizeof *u);
    u->file = file;
    u->img = img;
    u->img_len = img_len;
    decl->unparsed = u;
}

bool parse_signature(compilation *c, ast_node *decl)
{
    if (!decl || decl->kind != N_FUNCDECL || !decl->unparsed)
        return true;
    struct ast_unparsed *u = decl->unparsed;
    decl->unparsed = NULL;
    if (image_load_signature(c, decl, u->file, u->img, u->img_len))
        return true;
    diag_error(c, decl->pos,
               "golem: the embedded standard library image is damaged "
               "(%s): rebuild golem", comp_file_name(c, u->file));
    return false;
}

void parse_set_unparsed(compilation *c, ast_node *body, int file,
                        size_t offset, src_pos pos, int code,
                        const unsigned char *img, size_t img_len)
{
    struct ast_unparsed *u = ast_alloc(c->arena, sizeof *u);
    u->lbrace.s = c->files[file].text + offset;
    u->lbrace.len = 1;
    u->lbrace.code = code;
    u->lbrace.pos = pos;
    u->file = file;
    u->img = img;
    u->img_len = img_len;
    body->unparsed = u;
}
