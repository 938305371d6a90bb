/*
 * codegen_trace.c - what a traceback needs to print a frame as Go does.
 *
 * Go's traceback prints, for each frame it did not inline, the words of
 * the function's arguments ("main.divide(0x1, 0x0)"), and for a frame it
 * inlined only "main.f(...)" with no code offset. golem knows each
 * function's parameter types and where they sit in the frame, so codegen
 * records both facts on the proto when it generates a body (cg_prologue
 * calls cg_trace_info) and vm/panic.c prints them.
 *
 * ARGUMENT WORDS (proto->arginfo). The list follows the rules of gc's
 * emitArgInfo: parameters in order (receiver first); a non-aggregate value
 * is one word of its Go size (bool and int8 1 byte, int16 2, int32 and
 * float32 4, everything else 8); strings and interfaces are "{w, w}",
 * slices "{w, w, w}", structs and arrays "{...}" of their components
 * (an empty one "{}"); at most 10 components are printed, then "...";
 * aggregates nest at most 5 deep. The implicit dictionary argument of a
 * generic function is not printed (golem has none). Each word records its
 * byte offset in the frame: a lone scalar parameter is a register slot
 * (normalised; a float32 held as a double, flag F32REG), a scalar inside a
 * struct or array sits at natural width in its slot or packed element
 * (compiler/types.h).
 *
 * "?" MARKS. Go passes arguments in registers (amd64 ABIInternal: 9 integer
 * and 15 floating-point registers, a parameter either wholly in registers
 * or wholly on the stack) and spills a register argument to its stack slot
 * only when the function needs it across a call; the traceback marks a
 * word whose slot was not written yet with "?" (the printed value is then
 * stale). golem flags the words Go would pass in registers (GOLEM_ARGF_REG)
 * unless Go spills them on entry (values Go cannot keep in registers:
 * larger than 4 words, structs of more than 4 fields, arrays longer than 1;
 * and parameters whose address is taken); vm/panic.c decides at each
 * frame, from the bytecode, whether the word is used after a call that
 * precedes the frame's current instruction (then Go would have spilled
 * it).
 *
 * INLINING (proto->inlinable). An approximation of gc 1.19's inliner: a
 * function is inlinable when its body holds no go, defer or recover and
 * it is not recursive (directly or through the functions it calls), and
 * its cost stays within Go's budget of 80, where every expression and
 * statement node costs 1 (constants fold to one node, parentheses and
 * blocks are free), a call of a function that is not itself inlinable
 * costs 57 more (calls through function values and interfaces too), a
 * call of an inlinable one costs that function's own cost, panic costs 1
 * more, an implicit conversion to an interface 1, and a function literal
 * 15 more plus its body; a few standard functions that gc inlines but
 * golem implements differently carry gc's cost (go_inlinable_std).
 * Generic functions are never inlinable (gc 1.19 does not inline them),
 * and a `//go:noinline` comment above a declaration is honoured.
 * vm/panic.c then prints a frame as inlined when its proto is inlinable
 * and its caller called it directly (a static call, or a call of a literal
 * declared in the caller), not recursively, as Go inlines at such call
 * sites only. Node counts differ from gc's IR in details, so functions
 * near the budget can fall on the other side of it (docs/language.md).
 *
 * NAMES. codegen names a stenciled instance "pkg.F[...]"; Go prints
 * methods of generic types as "pkg.(*T[...]).M" / "pkg.T[...].M" and
 * literals inside generic code as "pkg.F[...].func1", so
 * trace_generic_name renames those protos; a package's init functions
 * are pkg.init.0, pkg.init.1, ... (trace_init_name).
 */
#include "codegen.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- Go's sizes and register assignment ---- */

static int64_t go_align(type *t);

/* The size of t in Go's memory layout (amd64). */
static int64_t go_size(type *t)
{
    t = type_under(t);
    switch (t->kind) {
    case T_BOOL: case T_INT8: case T_UINT8:
        return 1;
    case T_INT16: case T_UINT16:
        return 2;
    case T_INT32: case T_UINT32: case T_FLOAT32:
        return 4;
    case T_COMPLEX128:
        return 16;
    case T_STRING: case T_INTERFACE:
        return 16;
    case T_SLICE:
        return 24;
    case T_ARRAY:
        return t->len * go_size(t->elem);
    case T_STRUCT: {
        int64_t off = 0, align = 1;
        for (int i = 0; i < t->nfields; i++) {
            int64_t a = go_align(t->fields[i].type);
            off = (off + a - 1) / a * a + go_size(t->fields[i].type);
            if (a > align)
                align = a;
        }
        return (off + align - 1) / align * align;
    }
    default:
        return 8;
    }
}

static int64_t go_align(type *t)
{
    t = type_under(t);
    if (t->kind == T_ARRAY)
        return go_align(t->elem);
    if (t->kind == T_STRUCT) {
        int64_t align = 1;
        for (int i = 0; i < t->nfields; i++) {
            int64_t a = go_align(t->fields[i].type);
            if (a > align)
                align = a;
        }
        return align;
    }
    int64_t s = go_size(t);
    return s > 8 ? 8 : s;
}

/* Registers a value of type t needs (ints, floats); false when Go passes
   such a value on the stack whatever is left (arrays longer than 1). */
static bool go_regs(type *t, int *ni, int *nf)
{
    t = type_under(t);
    switch (t->kind) {
    case T_FLOAT32: case T_FLOAT64:
        *nf += 1;
        return true;
    case T_COMPLEX64: case T_COMPLEX128:
        *nf += 2;
        return true;
    case T_STRING: case T_INTERFACE:
        *ni += 2;
        return true;
    case T_SLICE:
        *ni += 3;
        return true;
    case T_ARRAY:
        return t->len == 0 || (t->len == 1 && go_regs(t->elem, ni, nf));
    case T_STRUCT:
        for (int i = 0; i < t->nfields; i++)
            if (!go_regs(t->fields[i].type, ni, nf))
                return false;
        return true;
    default:
        *ni += 1;
        return true;
    }
}

/* Whether gc keeps a value of type t in SSA registers (CanSSA); the
   others it spills on entry, so they never print "?". */
static bool go_can_ssa(type *t)
{
    t = type_under(t);
    if (go_size(t) > 32)
        return false;
    if (t->kind == T_ARRAY)
        return t->len <= 1 && (t->len == 0 || go_can_ssa(t->elem));
    if (t->kind == T_STRUCT) {
        if (t->nfields > 4)
            return false;
        for (int i = 0; i < t->nfields; i++)
            if (!go_can_ssa(t->fields[i].type))
                return false;
    }
    return true;
}

/* ---- the argument word list ---- */

enum { ARG_LIMIT = 10, ARG_MAX_DEPTH = 5 };

typedef struct argw_builder {
    golem_argword *w;
    int n, cap;
    int components;        /* words and {} printed so far (Go's n) */
    /* the parameter being visited */
    uint16_t pslot, pnslots;
    uint8_t pflags;
    bool ok;
} argw_builder;

static void argw_push(argw_builder *b, uint8_t op, uint8_t size,
                      uint8_t flags, uint32_t offset)
{
    if (b->n == b->cap) {
        int nc = b->cap ? b->cap * 2 : 16;
        golem_argword *nw = realloc(b->w, sizeof *nw * (size_t)nc);
        if (!nw) {
            b->ok = false;
            return;
        }
        b->w = nw;
        b->cap = nc;
    }
    golem_argword *w = &b->w[b->n++];
    memset(w, 0, sizeof *w);
    w->op = op;
    w->size = size;
    w->flags = flags;
    w->offset = offset;
    w->pslot = b->pslot;
    w->pnslots = b->pnslots;
}

static bool is_aggregate(type *t)
{
    switch (type_under(t)->kind) {
    case T_STRUCT: case T_ARRAY: case T_STRING: case T_INTERFACE:
    case T_SLICE: case T_COMPLEX64: case T_COMPLEX128:
        return true;
    default:
        return false;
    }
}

static bool argw_visit(argw_builder *b, type *t, uint32_t off,
                       bool inside, int depth);

/* A scalar word: the header words of strings, slices and interfaces are
   8-byte pointer-sized words. */
static bool argw_word(argw_builder *b, int64_t size, bool f32reg,
                      uint32_t off)
{
    if (b->components >= ARG_LIMIT) {
        argw_push(b, GOLEM_ARGW_DOTS, 0, 0, 0);
        return false;
    }
    uint8_t flags = b->pflags | (f32reg ? GOLEM_ARGF_F32REG : 0);
    argw_push(b, GOLEM_ARGW_WORD, (uint8_t)size, flags, off);
    b->components++;
    return true;
}

static void argw_aggregate(argw_builder *b, type *u, uint32_t off, int depth)
{
    switch (u->kind) {
    case T_STRING: case T_INTERFACE:
        if (argw_word(b, 8, false, off))
            argw_word(b, 8, false, off + 8);
        break;
    case T_SLICE:
        if (argw_word(b, 8, false, off) && argw_word(b, 8, false, off + 8))
            argw_word(b, 8, false, off + 16);
        break;
    case T_ARRAY: {
        if (u->len == 0) {
            b->components++;
            break;
        }
        uint32_t stride = (uint32_t)type_stride(u->elem);
        for (int64_t i = 0; i < u->len; i++)
            if (!argw_visit(b, u->elem, off + (uint32_t)i * stride, true,
                            depth))
                break;
        break;
    }
    case T_STRUCT:
        if (u->nfields == 0) {
            b->components++;
            break;
        }
        for (int i = 0; i < u->nfields; i++)
            if (!argw_visit(b, u->fields[i].type,
                            off + (uint32_t)u->fields[i].slot * 8, true,
                            depth))
                break;
        break;
    default: /* complex numbers: rejected by the checker */
        break;
    }
}

/* Go's visitType: false once the limit is reached. */
static bool argw_visit(argw_builder *b, type *t, uint32_t off, bool inside,
                       int depth)
{
    if (b->components >= ARG_LIMIT) {
        argw_push(b, GOLEM_ARGW_DOTS, 0, 0, 0);
        return false;
    }
    type *u = type_under(t);
    if (!is_aggregate(u))
        return argw_word(b, go_size(u), u->kind == T_FLOAT32 && !inside,
                         off);
    argw_push(b, GOLEM_ARGW_OPEN, 0, 0, 0);
    if (++depth >= ARG_MAX_DEPTH) {
        argw_push(b, GOLEM_ARGW_DOTS, 0, 0, 0);
        argw_push(b, GOLEM_ARGW_CLOSE, 0, 0, 0);
        b->components++;
        return true;
    }
    argw_aggregate(b, u, off, depth);
    argw_push(b, GOLEM_ARGW_CLOSE, 0, 0, 0);
    return true;
}

/* Type of parameter i (receiver first) of ck, as codegen.c's prologue
   sees it. */
static type *trace_param_type(cg_fn *f, ck_func *ck, int i)
{
    if (ck->params && ck->params[i] && ck->params[i]->type)
        return CG_T(ck->params[i]->type);
    type *sig = type_under(CG_T(ck->sig));
    if (ck->sym && ck->sym->recv)
        return i == 0 ? CG_T(ck->sym->recv) : sig->params[i - 1];
    return sig->params[i];
}

static const golem_argword *trace_arginfo(cg_fn *f, ck_func *ck)
{
    argw_builder b = {.ok = true};
    /* a generic function's dictionary takes Go's first integer register */
    int ints = f->nsub > 0 && ck->decl && ck->decl->kind == N_FUNCDECL,
        floats = 0;
    uint32_t slot = 0;
    bool going = true;
    for (int i = 0; i < ck->nparams && b.ok; i++) {
        type *t = trace_param_type(f, ck, i);
        int nslots = type_nslots(t);
        if (nslots > CG_BIG_VALUE) {
            free(b.w);
            return NULL; /* passed through a cell: not laid out in slots */
        }
        int ni = 0, nf = 0;
        bool reg = go_regs(t, &ni, &nf) && ints + ni <= 9 &&
                   floats + nf <= 15;
        if (reg) {
            ints += ni;
            floats += nf;
        }
        symbol *s = ck->params ? ck->params[i] : NULL;
        /* Go spills an address-taken parameter on entry; one a closure
           only reads is captured by value instead */
        bool always_live = !go_can_ssa(t) || (s && s->escapes &&
                                              !s->captured);
        b.pslot = (uint16_t)slot;
        b.pnslots = (uint16_t)nslots;
        b.pflags = reg && !always_live ? GOLEM_ARGF_REG : 0;
        if (going)
            going = argw_visit(&b, t, slot * 8, false, 0);
        slot += (uint32_t)nslots;
    }
    argw_push(&b, GOLEM_ARGW_END, 0, 0, 0);
    if (!b.ok) {
        free(b.w);
        return NULL;
    }
    golem_argword *out = types_alloc(f->st->u, sizeof *out * (size_t)b.n);
    memcpy(out, b.w, sizeof *out * (size_t)b.n);
    free(b.w);
    return out;
}

/* ---- the inlining budget ---- */

enum {
    INL_BUDGET = 80,
    INL_CALL_COST = 57,
    INL_CLOSURE_COST = 15,
    INL_MAX_NEST = 4, /* callees whose cost is computed recursively */
};

typedef struct inl_cost {
    int budget;
    bool hairy;                    /* go, defer, recover, type decls,
                                      recursion */
    const ast_node *stack[INL_MAX_NEST]; /* bodies being costed */
    int depth;
    struct inl_cost *root;         /* the function being costed */
} inl_cost;

static void inl_node(inl_cost *c, const ast_node *n);
static int inl_body_cost(inl_cost *outer, const ast_node *body);

static void inl_list(inl_cost *c, const ast_list *l)
{
    for (int i = 0; i < l->len && !c->hairy && c->budget >= 0; i++)
        inl_node(c, l->items[i]);
}

static void inl_children(inl_cost *c, const ast_node *n)
{
    inl_node(c, n->a);
    inl_node(c, n->b);
    inl_node(c, n->c);
    inl_node(c, n->d);
    inl_list(c, &n->list);
    inl_list(c, &n->list2);
}

/* The body of the function a static call reaches, or NULL. */
static const ast_node *inl_callee_body(const ast_node *call)
{
    const ast_node *fn = call->a;
    while (fn && fn->kind == N_PAREN)
        fn = fn->a;
    if (fn && fn->kind == N_INDEX) /* f[T](...) */
        fn = fn->a;
    symbol *s = NULL;
    if (call->info && call->info->call == CALL_METHOD && fn &&
        fn->kind == N_SELECTOR && fn->info && fn->info->meth)
        s = fn->info->meth->func;
    else if (fn && (fn->kind == N_IDENT || fn->kind == N_SELECTOR))
        s = fn->sym;
    if (!s || s->kind != SYM_FUNC || !s->funcdecl || s->ntparams > 0)
        return NULL; /* gc 1.19 does not inline generic functions */
    const ast_node *body = s->funcdecl->c;
    if (!body || body->unparsed)
        return NULL;
    return body;
}

/* Standard functions that gc 1.19 inlines although golem implements them
   differently (in C, or in other Go), with the cost of gc's body. */
static const struct {
    const char *pkg, *name;
    int cost;
} go_inlinable_std[] = {
    {"fmt", "Println", 71},      {"fmt", "Print", 71},
    {"fmt", "Printf", 72},       {"strconv", "Itoa", 62},
    {"strings", "HasPrefix", 14}, {"strings", "HasSuffix", 16},
    {"errors", "New", 5},
};

static int inl_std_cost(const ast_node *call)
{
    const ast_node *fn = call->a;
    symbol *s = fn && fn->kind == N_SELECTOR ? fn->sym : NULL;
    if (!s || s->kind != SYM_FUNC || !s->pkg || !s->pkg->path)
        return -1;
    for (size_t i = 0; i < sizeof go_inlinable_std / sizeof go_inlinable_std[0];
         i++)
        if (strcmp(s->pkg->path, go_inlinable_std[i].pkg) == 0 &&
            strcmp(s->name, go_inlinable_std[i].name) == 0)
            return go_inlinable_std[i].cost;
    return -1;
}

/* The cost a call adds besides its nodes: the callee's cost when it is
   inlinable, else Go's extra call cost. */
static int inl_call_extra(inl_cost *c, const ast_node *call)
{
    int std = inl_std_cost(call);
    if (std >= 0)
        return std;
    const ast_node *body = inl_callee_body(call);
    if (!body)
        return INL_CALL_COST;
    int cost = inl_body_cost(c, body);
    return cost < 0 ? INL_CALL_COST : cost;
}

static void inl_call(inl_cost *c, const ast_node *n)
{
    const ck_info *in = n->info;
    call_kind k = in ? in->call : CALL_NONE;
    if (k == CALL_CONVERSION) {
        inl_list(c, &n->list); /* the type costs nothing */
        return;
    }
    if (k == CALL_BUILTIN) {
        c->budget += 1; /* a builtin is one node, without a name */
        if (in->builtin == BI_RECOVER) {
            c->hairy = true;
            return;
        }
        if (in->builtin == BI_PANIC) {
            c->budget -= 1;
            /* gc does not charge panic's implicit conversion */
            if (n->list.len == 1 && n->list.items[0]->info &&
                n->list.items[0]->info->implicit_to)
                c->budget += 1;
        }
        bool typed = in->builtin == BI_MAKE || in->builtin == BI_NEW;
        for (int i = typed ? 1 : 0; i < n->list.len; i++)
            inl_node(c, n->list.items[i]);
        return;
    }
    if (k == CALL_FUNC || k == CALL_METHOD)
        c->budget -= inl_call_extra(c, n);
    else
        c->budget -= INL_CALL_COST;
    inl_node(c, n->a);
    inl_list(c, &n->list);
}

static void inl_node(inl_cost *c, const ast_node *n)
{
    if (!n || c->hairy || c->budget < 0)
        return;
    switch (n->kind) {
    case N_GO: case N_DEFER:
        c->hairy = true;
        return;
    case N_BLOCK: case N_EXPRSTMT: case N_PAREN: case N_EMPTY:
        inl_children(c, n);
        return;
    case N_ARRAYTYPE: case N_MAPTYPE: case N_CHANTYPE: case N_FUNCTYPE:
    case N_STRUCTTYPE: case N_INTERFACETYPE: case N_ELLIPSIS:
        return;
    case N_DECLSTMT: case N_GENDECL:
        inl_node(c, n->a);
        inl_list(c, &n->list);
        return;
    case N_TYPESPEC: /* gc does not inline local type declarations */
        c->hairy = true;
        return;
    case N_CONSTSPEC:
        return;
    case N_VARSPEC:
        c->budget -= n->list.len;
        inl_list(c, &n->list2);
        return;
    case N_FUNCLIT:
        c->budget -= INL_CLOSURE_COST + 1;
        inl_node(c, n->b);
        return;
    case N_COMPOSITE:
        c->budget -= 1;
        inl_list(c, &n->list);
        return;
    case N_CALL:
        c->budget -= 2; /* the call and the function's name */
        inl_call(c, n);
        return;
    case N_INCDEC:
        c->budget -= 2; /* x += 1 */
        inl_node(c, n->a);
        return;
    default:
        break;
    }
    c->budget -= 1;
    if (n->info && n->info->implicit_to) /* OCONVIFACE */
        c->budget -= 1;
    if (n->cval) /* a constant expression folds to one node */
        return;
    if (n->kind == N_SELECTOR && n->info && n->info->sel == SEL_QUALIFIED)
        return;
    inl_children(c, n);
}

/* The cost of a body, or -1 when Go would not inline it (too hairy, over
   budget, recursive, or nested too deep to tell). */
static int inl_body_cost(inl_cost *outer, const ast_node *body)
{
    int depth = outer ? outer->depth : 0;
    if (depth >= INL_MAX_NEST)
        return -1;
    for (int i = 0; i < depth; i++)
        if (outer->stack[i] == body) {
            if (i == 0) /* the function being costed is recursive */
                outer->root->hairy = true;
            return -1;
        }
    inl_cost c = {.budget = INL_BUDGET, .depth = depth + 1};
    c.root = outer ? outer->root : &c;
    for (int i = 0; i < depth; i++)
        c.stack[i] = outer->stack[i];
    c.stack[depth] = body;
    inl_node(&c, body);
    if (c.hairy || c.budget < 0)
        return -1;
    return INL_BUDGET - c.budget;
}

/* Whether the comment lines right above the declaration at pos hold
   `//go:noinline`. */
static bool marked_noinline(cg_state *st, src_pos pos)
{
    if (pos.file < 0 || pos.file >= st->c->nfiles)
        return false;
    const char *text = st->c->files[pos.file].text;
    if (!text || !strstr(text, "//go:noinline"))
        return false;
    const char *line = text, *prev[8] = {0};
    for (int l = 1; l < pos.line && *line; l++) {
        memmove(prev + 1, prev, sizeof prev - sizeof prev[0]);
        prev[0] = line;
        const char *nl = strchr(line, '\n');
        line = nl ? nl + 1 : line + strlen(line);
    }
    for (int i = 0; i < 8 && prev[i] && strncmp(prev[i], "//", 2) == 0; i++)
        if (strncmp(prev[i], "//go:noinline", 13) == 0)
            return true;
    return false;
}

static bool trace_inlinable(cg_fn *f, ck_func *ck)
{
    const ast_node *d = ck->decl;
    if (!d || (d->kind == N_FUNCDECL && f->nsub > 0))
        return false; /* gc 1.19 does not inline generic functions */
    const ast_node *body = d->kind == N_FUNCLIT ? d->b : d->c;
    if (!body || body->unparsed || inl_body_cost(NULL, body) < 0)
        return false;
    /* last: it searches the file's text, and few functions get here */
    return !(d->kind == N_FUNCDECL && marked_noinline(f->st, d->pos));
}

/* ---- Go's names for stenciled code ---- */

static char *name_alloc(cg_fn *f, size_t n)
{
    return types_alloc(f->st->u, n + 1);
}

/* codegen names an instance "pkg.F[...]"; Go puts the brackets on a
   method's receiver type, "pkg.(*T[...]).M" and "pkg.T[...].M", and names
   a literal inside generic code "pkg.F[...].func1". */
static void trace_generic_name(cg_fn *f, ck_func *ck)
{
    golem_proto *p = f->proto;
    const char *name = p->name;
    size_t n = strlen(name);
    if (ck->decl->kind == N_FUNCLIT) {
        if (!f->parent || strchr(name, '[') ||
            !strchr(f->parent->proto->name, '['))
            return;
        const char *last = strrchr(name, '.');
        const char *outer = f->parent->proto->name;
        char *s = name_alloc(f, strlen(outer) + strlen(last));
        sprintf(s, "%s%s", outer, last);
        p->name = s;
        return;
    }
    if (!ck->sym || !ck->sym->recv || n < 5 ||
        strcmp(name + n - 5, "[...]") != 0)
        return;
    size_t base = n - 5;
    const char *paren = strstr(name, ").");
    const char *dot = paren ? paren : NULL;
    if (!dot) { /* pkg.T.M: the last dot of the base */
        for (size_t i = base; i-- > 0;)
            if (name[i] == '.') {
                dot = name + i;
                break;
            }
    }
    if (!dot || dot == name)
        return;
    size_t at = (size_t)(dot - name);
    char *s = name_alloc(f, n);
    memcpy(s, name, at);
    memcpy(s + at, "[...]", 5);
    memcpy(s + at + 5, name + at, base - at);
    s[n] = 0;
    p->name = s;
}

/* Go names a package's init functions pkg.init.0, pkg.init.1, ... in
   source order. */
static void trace_init_name(cg_fn *f, ck_func *ck)
{
    symbol *s = ck->sym;
    if (!s || s->recv || !s->pkg || strcmp(s->name, "init") != 0)
        return;
    for (int i = 0; i < s->pkg->ninit_funcs; i++)
        if (s->pkg->init_funcs[i] == s) {
            const char *pk = s->pkg->path ? s->pkg->path : "main";
            char *n = name_alloc(f, strlen(pk) + 24);
            sprintf(n, "%s.init.%d", pk, i);
            f->proto->name = n;
            return;
        }
}

void cg_trace_info(cg_fn *f, ck_func *ck)
{
    if (f->nsub > 0 && ck->decl)
        trace_generic_name(f, ck);
    if (ck->decl && ck->decl->kind == N_FUNCDECL)
        trace_init_name(f, ck);
    f->proto->arginfo = trace_arginfo(f, ck);
    f->proto->inlinable = trace_inlinable(f, ck);
}
