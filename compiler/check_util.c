/*
 * check_util.c - the checker's small services: error reporting, arena
 * allocation, growable arrays, and printing expressions, types and operands
 * the way go's type checker prints them in messages.
 *
 * Messages quote source expressions as go/ast's ExprString does ("x + y",
 * "f(a, b)", "T{…}") and describe operands as go/types' operand.String:
 * `x (variable of type int)`, `300 (untyped int constant)`,
 * `c (untyped int constant 300)`, `c (constant 3 of type T)`. Types in
 * messages are qualified by package name except for the package being
 * checked (go/types' qualifier). Everything returned is arena memory.
 */
#include "check_impl.h"

#if __has_include("parser.h")
#include "parser.h"
#define CK_HAVE_TOKENS 1
#define CK_TOKEN_MAP                                                         \
    C(TK_ADD, OP_ADD) C(TK_SUB, OP_SUB) C(TK_MUL, OP_MUL) C(TK_QUO, OP_QUO) \
    C(TK_REM, OP_REM) C(TK_AND, OP_AND) C(TK_OR, OP_OR) C(TK_XOR, OP_XOR)   \
    C(TK_SHL, OP_SHL) C(TK_SHR, OP_SHR) C(TK_AND_NOT, OP_ANDNOT)            \
    C(TK_LAND, OP_LAND) C(TK_LOR, OP_LOR) C(TK_ARROW, OP_ARROW)             \
    C(TK_INC, OP_INC) C(TK_DEC, OP_DEC) C(TK_EQL, OP_EQL) C(TK_LSS, OP_LSS) \
    C(TK_GTR, OP_GTR) C(TK_ASSIGN, OP_ASSIGN) C(TK_NOT, OP_NOT)             \
    C(TK_NEQ, OP_NEQ) C(TK_LEQ, OP_LEQ) C(TK_GEQ, OP_GEQ)                   \
    C(TK_DEFINE, OP_DEFINE) C(TK_TILDE, OP_TILDE) C(TK_BREAK, OP_BREAK)     \
    C(TK_CONTINUE, OP_CONTINUE) C(TK_GOTO, OP_GOTO)                         \
    C(TK_FALLTHROUGH, OP_FALLTHROUGH) C(TK_VAR, OP_VAR)                     \
    C(TK_CONST, OP_CONST) C(TK_TYPE, OP_TYPE)                               \
    CC(TK_ADD_ASSIGN, OP_ADD) CC(TK_SUB_ASSIGN, OP_SUB)                     \
    CC(TK_MUL_ASSIGN, OP_MUL) CC(TK_QUO_ASSIGN, OP_QUO)                     \
    CC(TK_REM_ASSIGN, OP_REM) CC(TK_AND_ASSIGN, OP_AND)                     \
    CC(TK_OR_ASSIGN, OP_OR) CC(TK_XOR_ASSIGN, OP_XOR)                       \
    CC(TK_SHL_ASSIGN, OP_SHL) CC(TK_SHR_ASSIGN, OP_SHR)                     \
    CC(TK_AND_NOT_ASSIGN, OP_ANDNOT)
#endif

void ck_error(checker *ck, src_pos pos, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    ck->nerrors++;
    diag_error(ck->c, pos, "%s", buf);
}

void *ck_alloc(checker *ck, size_t n) { return ast_alloc(ck->c->arena, n); }

const char *ck_strdup(checker *ck, const char *s)
{
    size_t n = strlen(s);
    char *p = ck_alloc(ck, n + 1);
    memcpy(p, s, n + 1);
    return p;
}

const char *ck_sprintf(checker *ck, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return ck_strdup(ck, buf);
}

ck_info *ck_info_of(checker *ck, ast_node *n)
{
    if (!n->info) n->info = ck_alloc(ck, sizeof(ck_info));
    return n->info;
}

void ck_push(checker *ck, void ***arr, int *n, int *cap, void *item)
{
    if (*n == *cap) {
        int nc = *cap ? *cap * 2 : 8;
        void **na = ck_alloc(ck, sizeof(void *) * (size_t)nc);
        if (*n) memcpy(na, *arr, sizeof(void *) * (size_t)*n);
        *arr = na;
        *cap = nc;
    }
    (*arr)[(*n)++] = item;
}

bool ck_is_exported(const char *name)
{
    return name && name[0] >= 'A' && name[0] <= 'Z';
}

src_pos ck_start(ast_node *e)
{
    while (e && (e->kind == N_BINARY || e->kind == N_KEYVALUE ||
                 ((e->kind == N_INDEX || e->kind == N_SLICE ||
                   e->kind == N_CALL || e->kind == N_SELECTOR ||
                   e->kind == N_TYPEASSERT) && e->a) ||
                 (e->kind == N_COMPOSITE && e->a)))
        e = e->a;
    return e ? e->pos : (src_pos){0, 0, 0};
}

src_pos ck_gcpos(ast_node *e)
{
    return e->oppos.line ? e->oppos : e->pos;
}

bool ck_is_blank(const char *name) { return name && strcmp(name, "_") == 0; }

const char *ck_typestr(checker *ck, type *t)
{
    char *s = type_string_mode(t, 1, ck->pkg);
    const char *r = ck_strdup(ck, s ? s : "?");
    free(s);
    return r;
}

/* ---------- operators ---------- */

static const char *op_names[] = {
    [OP_ADD] = "+", [OP_SUB] = "-", [OP_MUL] = "*", [OP_QUO] = "/",
    [OP_REM] = "%", [OP_AND] = "&", [OP_OR] = "|", [OP_XOR] = "^",
    [OP_ANDNOT] = "&^", [OP_SHL] = "<<", [OP_SHR] = ">>", [OP_LAND] = "&&",
    [OP_LOR] = "||", [OP_EQL] = "==", [OP_NEQ] = "!=", [OP_LSS] = "<",
    [OP_LEQ] = "<=", [OP_GTR] = ">", [OP_GEQ] = ">=", [OP_NOT] = "!",
    [OP_ARROW] = "<-", [OP_AMP] = "&", [OP_TILDE] = "~", [OP_INC] = "++",
    [OP_DEC] = "--", [OP_ASSIGN] = "=", [OP_DEFINE] = ":=",
};

const char *ck_op_string(ck_opcode op)
{
    if (op > 0 && op < (int)(sizeof op_names / sizeof *op_names) &&
        op_names[op])
        return op_names[op];
    return "?";
}

ck_opcode ck_op(int tk, bool *compound)
{
    bool dummy;
    if (!compound) compound = &dummy;
    *compound = false;
#ifdef CK_HAVE_TOKENS
#define C(T, O) if (tk == (T)) return (O);
#define CC(T, O) if (tk == (T)) { *compound = true; return (O); }
    CK_TOKEN_MAP
#undef C
#undef CC
#endif
    (void)tk;
    return OP_NONE;
}

/* ---------- expression strings ---------- */

typedef struct sbuf {
    char *p;
    size_t len, cap;
    checker *ck;
} sbuf;

static void sb_put(sbuf *b, const char *s)
{
    size_t n = strlen(s);
    if (b->len + n + 1 > b->cap) {
        size_t nc = (b->cap ? b->cap * 2 : 128) + n;
        char *np = ck_alloc(b->ck, nc);
        if (b->len) memcpy(np, b->p, b->len);
        b->p = np;
        b->cap = nc;
    }
    memcpy(b->p + b->len, s, n + 1);
    b->len += n;
}

static void write_expr(sbuf *b, ast_node *e);

static void write_list(sbuf *b, ast_list *l)
{
    for (int i = 0; i < l->len; i++) {
        if (i) sb_put(b, ", ");
        write_expr(b, l->items[i]);
    }
}

static void write_fields(sbuf *b, ast_list *l, const char *sep)
{
    for (int i = 0; i < l->len; i++) {
        ast_node *f = l->items[i];
        if (i) sb_put(b, sep);
        for (int j = 0; j < f->list.len; j++) {
            if (j) sb_put(b, ", ");
            sb_put(b, f->list.items[j]->name);
        }
        if (f->list.len) sb_put(b, " ");
        write_expr(b, f->a);
    }
}

static void write_functype(sbuf *b, ast_node *e)
{
    sb_put(b, "(");
    write_fields(b, &e->list, ", ");
    sb_put(b, ")");
    if (e->list2.len == 1 && e->list2.items[0]->list.len == 0) {
        sb_put(b, " ");
        write_expr(b, e->list2.items[0]->a);
    } else if (e->list2.len) {
        sb_put(b, " (");
        write_fields(b, &e->list2, ", ");
        sb_put(b, ")");
    }
}

static void write_expr(sbuf *b, ast_node *e)
{
    if (!e) return;
    switch (e->kind) {
    case N_IDENT:
    case N_BASICLIT:
        sb_put(b, e->name ? e->name : "_");
        break;
    case N_PAREN:
        sb_put(b, "(");
        write_expr(b, e->a);
        sb_put(b, ")");
        break;
    case N_SELECTOR:
        write_expr(b, e->a);
        sb_put(b, ".");
        sb_put(b, e->name);
        break;
    case N_INDEX:
        write_expr(b, e->a);
        sb_put(b, "[");
        write_list(b, &e->list);
        sb_put(b, "]");
        break;
    case N_SLICE:
        write_expr(b, e->a);
        sb_put(b, "[");
        write_expr(b, e->b);
        sb_put(b, ":");
        write_expr(b, e->c);
        if (e->flags & AF_SLICE3) {
            sb_put(b, ":");
            write_expr(b, e->d);
        }
        sb_put(b, "]");
        break;
    case N_TYPEASSERT:
        write_expr(b, e->a);
        sb_put(b, ".(");
        if (e->b) write_expr(b, e->b);
        else sb_put(b, "type");
        sb_put(b, ")");
        break;
    case N_CALL:
        write_expr(b, e->a);
        sb_put(b, "(");
        write_list(b, &e->list);
        if (e->flags & AF_ELLIPSIS) sb_put(b, "...");
        sb_put(b, ")");
        break;
    case N_STAR:
        sb_put(b, "*");
        write_expr(b, e->a);
        break;
    case N_UNARY:
        sb_put(b, ck_op_string(ck_op(e->op, NULL)));
        write_expr(b, e->a);
        break;
    case N_BINARY:
        write_expr(b, e->a);
        sb_put(b, " ");
        sb_put(b, ck_op_string(ck_op(e->op, NULL)));
        sb_put(b, " ");
        write_expr(b, e->b);
        break;
    case N_ASSIGN:
        write_list(b, &e->list);
        sb_put(b, " ");
        {
            bool compound;
            ck_opcode op = ck_op(e->op, &compound);
            sb_put(b, ck_op_string(op));
            if (compound) sb_put(b, "=");
        }
        sb_put(b, " ");
        write_list(b, &e->list2);
        break;
    case N_KEYVALUE:
        write_expr(b, e->a);
        sb_put(b, ": ");
        write_expr(b, e->b);
        break;
    case N_COMPOSITE:
        write_expr(b, e->a);
        sb_put(b, e->list.len ? "{…}" : "{}");
        break;
    case N_FUNCLIT:
        sb_put(b, "func");
        write_functype(b, e->a);
        sb_put(b, " {…}");
        break;
    case N_ARRAYTYPE:
        sb_put(b, "[");
        if (e->a) write_expr(b, e->a);
        sb_put(b, "]");
        write_expr(b, e->b);
        break;
    case N_ELLIPSIS:
        sb_put(b, "...");
        write_expr(b, e->a);
        break;
    case N_MAPTYPE:
        sb_put(b, "map[");
        write_expr(b, e->a);
        sb_put(b, "]");
        write_expr(b, e->b);
        break;
    case N_CHANTYPE:
        sb_put(b, e->op == CHAN_RECV ? "<-chan " :
                  e->op == CHAN_SEND ? "chan<- " : "chan ");
        write_expr(b, e->a);
        break;
    case N_FUNCTYPE:
        sb_put(b, "func");
        write_functype(b, e);
        break;
    case N_STRUCTTYPE:
        sb_put(b, "struct{");
        write_fields(b, &e->list, "; ");
        sb_put(b, "}");
        break;
    case N_INTERFACETYPE:
        sb_put(b, e->list.len ? "interface{…}" : "interface{}");
        break;
    default:
        sb_put(b, "?");
    }
}

const char *ck_exprstr(checker *ck, ast_node *e)
{
    sbuf b = {.ck = ck};
    sb_put(&b, "");
    write_expr(&b, e);
    return b.p;
}

const char *ck_operand_str(checker *ck, operand *x)
{
    const char *expr = x->expr ? ck_exprstr(ck, x->expr) : "";
    if (x->mode == M_VALUE && x->type == ty_untyped_nil) return "nil";
    sbuf b = {.ck = ck};
    sb_put(&b, expr);
    sb_put(&b, " (");
    bool has_type = false;
    switch (x->mode) {
    case M_INVALID: case M_NOVALUE: case M_BUILTIN: case M_TYPE: case M_PKG:
        break;
    default:
        if (x->type) {
            if (type_is_untyped(x->type)) {
                sb_put(&b, ck_typestr(ck, x->type));
                sb_put(&b, " ");
            } else {
                has_type = true;
            }
        }
    }
    static const char *modes[] = {
        [M_INVALID] = "invalid operand", [M_NOVALUE] = "no value",
        [M_BUILTIN] = "built-in", [M_TYPE] = "type", [M_CONST] = "constant",
        [M_VAR] = "variable", [M_MAPINDEX] = "map index expression",
        [M_VALUE] = "value", [M_COMMAOK] = "comma, ok expression",
        [M_PKG] = "package",
    };
    sb_put(&b, modes[x->mode]);
    if (x->mode == M_CONST && x->val) {
        const char *v = cv_string(ck, x->val);
        if (strcmp(v, expr) != 0) {
            sb_put(&b, " ");
            sb_put(&b, v);
        }
    }
    if (has_type) {
        if (x->type->kind == T_INVALID) {
            sb_put(&b, " with invalid type");
        } else {
            sb_put(&b, " of type ");
            sb_put(&b, ck_typestr(ck, x->type));
        }
    }
    sb_put(&b, ")");
    return b.p;
}
