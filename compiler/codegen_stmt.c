/*
 * codegen_stmt.c - statements: assignment, control flow, loops, switches,
 * returns.
 *
 * Every statement releases the temporaries it allocated (cg_mark /
 * cg_release); a block also releases its variables. Control flow is built
 * from forward jump lists patched when the target is known.
 *
 * Assignment follows the spec's two phases: the operands of index and
 * pointer expressions on the left are evaluated first (cg_lvalue), then
 * the right-hand values into fresh temporaries, then the stores left to
 * right; a single assignment to a register variable evaluates in place.
 *
 * Loops are rotated (the condition at the bottom), so an iteration costs
 * one conditional jump. Go 1.22 gives each iteration its own loop
 * variables: a three-clause loop copies an escaping variable into a fresh
 * cell before the post statement; range loops declare their variables
 * inside the body, so an escaping one gets a new cell every iteration.
 * Range over an array evaluates (copies) the array once, as the spec says;
 * over a string it decodes runes (STR_RANGE); over a map it walks a
 * runtime iterator (MAPITER/MAPNEXT) whose order is unspecified.
 *
 * Switches test the cases in source order, then lay out the bodies in
 * source order, so fallthrough is simply falling into the next body. Type
 * switches compare the dynamic rtype (DYNTYPE_*) with each case's
 * descriptor, or test IMPLEMENTS for interface cases.
 *
 * Returns: without defer, the results are evaluated into a block and RET
 * moves them to the frame's start. With defer, they are stored into the
 * result variables and control jumps to the exit sequence (RUNDEFERS, load
 * the result variables, RET), which is also where a recovered panic
 * resumes (proto->resume_pc).
 */
#include "codegen.h"
#include <stdlib.h>
#include <string.h>

static bool cg_is_blank(ast_node *e)
{
    return e->kind == N_IDENT && e->name && strcmp(e->name, "_") == 0;
}

/* Whether ident e declares its symbol here (:= of a new variable). */
static bool cg_declares(ast_node *e)
{
    return e->kind == N_IDENT && e->sym && e->sym->kind == SYM_VAR &&
           (e->sym->decl == e ||
            (e->sym->pos.line == e->pos.line &&
             e->sym->pos.col == e->pos.col &&
             e->sym->pos.file == e->pos.file));
}

/* Assigns register value src (type vt) to lhs (declaring it if new). */
static void cg_assign_value(cg_fn *f, ast_node *lhs, int src, type *vt,
                            bool define)
{
    if (cg_is_blank(lhs))
        return;
    type *lt = CG_T(lhs->type) ? CG_T(lhs->type) : vt;
    if (define && cg_declares(lhs))
        lt = CG_T(lhs->sym->type);
    int m = cg_mark(f);
    int v = src;
    if (vt && lt && type_is_interface(lt) && !type_is_interface(vt)) {
        v = cg_alloc_type(f, lt);
        cg_convert(f, vt, lt, src, v);
    }
    if (define && cg_declares(lhs)) {
        cg_release(f, m);
        /* the variable's slots must outlive this statement */
        if (v != src) {
            cg_declare_var(f, lhs->sym);
            int m2 = cg_mark(f);
            int c = cg_alloc_type(f, lt);
            cg_convert(f, vt, lt, src, c);
            cg_lval lv = cg_lvalue(f, lhs);
            cg_store(f, &lv, c);
            cg_release(f, m2);
        } else {
            cg_init_var(f, lhs->sym, src);
        }
        return;
    }
    cg_lval lv = cg_lvalue(f, lhs);
    cg_store(f, &lv, v);
    cg_release(f, m);
}

/* A call that leaves its results in a call window. */
static bool cg_is_call(ast_node *e)
{
    while (e->kind == N_PAREN)
        e = e->a;
    return e->kind == N_CALL && e->info &&
           (e->info->call == CALL_FUNC || e->info->call == CALL_METHOD ||
            e->info->call == CALL_IFACE || e->info->call == CALL_VALUE);
}

/* Whether expression e mentions variable s. */
static bool cg_refers(ast_node *e, symbol *s)
{
    if (!e)
        return false;
    if (e->kind == N_IDENT)
        return e->sym == s;
    if (cg_refers(e->a, s) || cg_refers(e->b, s) || cg_refers(e->c, s) ||
        cg_refers(e->d, s))
        return true;
    for (int i = 0; i < e->list.len; i++)
        if (cg_refers(e->list.items[i], s))
            return true;
    for (int i = 0; i < e->list2.len; i++)
        if (cg_refers(e->list2.items[i], s))
            return true;
    return false;
}

/* x := e / x = e for one pair. */
static void cg_assign1(cg_fn *f, ast_node *lhs, ast_node *rhs, bool define)
{
    if (cg_is_blank(lhs)) {
        int m = cg_mark(f);
        cg_expr(f, rhs, -1);
        cg_release(f, m);
        return;
    }
    if (define && cg_declares(lhs)) {
        symbol *s = lhs->sym;
        if (!cg_var_in_cell(s) && !cg_is_call(rhs)) {
            /* the new variable is not in scope in its initialiser: build
               the value straight into its slots */
            int slot = cg_alloc_type(f, CG_T(s->type));
            cg_pin_var(f);
            int m = cg_mark(f);
            cg_expr_as(f, rhs, CG_T(s->type), slot);
            cg_release(f, m);
            s->cg_slot = slot;
            return;
        }
        if (!cg_var_in_cell(s)) {
            /* a call: evaluate first, so that the variable can take over
               the call window's slots when their kinds agree */
            int m = cg_mark(f);
            int v = cg_expr_as(f, rhs, CG_T(s->type), -1);
            cg_release(f, m);
            int slot = cg_alloc_type(f, CG_T(s->type));
            cg_pin_var(f);
            s->cg_slot = slot;
            if (slot != v)
                cg_move(f, slot, v, type_nslots(CG_T(s->type)));
            return;
        }
        ast_node *lit = rhs;
        while (lit->kind == N_PAREN)
            lit = lit->a;
        if (lit->kind == N_COMPOSITE &&
            type_nslots(CG_T(s->type)) > CG_BIG_VALUE &&
            type_identical(CG_T(lit->type), CG_T(s->type))) {
            /* a big literal is built in its cell */
            cg_declare_var(f, s);
            int m = cg_mark(f);
            cg_composite_mem(f, lit, CG_T(s->type), s->cg_slot, 0);
            cg_release(f, m);
            return;
        }
        int m = cg_mark(f);
        int v = cg_expr_as(f, rhs, CG_T(s->type), -1);
        cg_release(f, m);
        /* v's slots stay intact until the next allocation is written */
        int keep = cg_alloc_type(f, CG_T(s->type));
        cg_move(f, keep, v, type_nslots(CG_T(s->type)));
        cg_init_var(f, s, keep);
        return;
    }
    int m = cg_mark(f);
    cg_lval lv = cg_lvalue(f, lhs);
    if (lv.kind == LV_REG && !lv.inner && cg_expr_direct_ok(rhs)) {
        cg_expr_as(f, rhs, lv.type, lv.reg);
    } else {
        int v = cg_expr_as(f, rhs, lv.type, -1);
        cg_store(f, &lv, v);
    }
    cg_release(f, m);
}

static void cg_comma_ok_value(cg_fn *f, ast_node *rhs, type *vt, int v,
                              int ok);

/* v, ok forms and f() returning several values. */
static void cg_assign_multi_rhs(cg_fn *f, ast_node *s, bool define)
{
    ast_node *rhs = s->list2.items[0];
    while (rhs->kind == N_PAREN)
        rhs = rhs->a;
    ast_list *l = &s->list;
    int m = cg_mark(f);
    if (CG_T(rhs->type) && CG_T(rhs->type)->kind == T_TUPLE) {
        int r = cg_call(f, rhs, -1);
        type *tu = CG_T(rhs->type);
        int off = r;
        /* copy out first: stores may allocate over the window */
        int *vals = malloc(sizeof(int) * (l->len + 1));
        for (int i = 0; i < l->len && i < tu->nparams; i++) {
            vals[i] = cg_alloc_type(f, tu->params[i]);
            cg_move(f, vals[i], off, type_nslots(tu->params[i]));
            off += type_nslots(tu->params[i]);
        }
        for (int i = 0; i < l->len && i < tu->nparams; i++)
            cg_assign_value(f, l->items[i], vals[i], tu->params[i], define);
        free(vals);
        cg_release(f, m);
        return;
    }
    /* comma-ok; new register variables of exactly the value's types are
       written in place */
    type *vt = CG_T(rhs->type);
    ast_node *l0 = l->items[0], *l1 = l->len > 1 ? l->items[1] : NULL;
    bool in_place =
        define && l1 && cg_declares(l0) && !cg_var_in_cell(l0->sym) &&
        type_identical(CG_T(l0->sym->type), vt) && cg_declares(l1) &&
        !cg_var_in_cell(l1->sym) &&
        type_under(CG_T(l1->sym->type))->kind == T_BOOL;
    if (in_place) {
        /* the variables are not in scope on the right */
        cg_release(f, m);
        int v = cg_alloc_type(f, vt);
        cg_pin_var(f);
        int ok = cg_alloc_scalar(f);
        cg_pin_var(f);
        int m2 = cg_mark(f);
        cg_comma_ok_value(f, rhs, vt, v, ok);
        cg_release(f, m2);
        l0->sym->cg_slot = v;
        l1->sym->cg_slot = ok;
        return;
    }
    int v = cg_alloc_type(f, vt);
    int ok = cg_alloc_scalar(f);
    cg_comma_ok_value(f, rhs, vt, v, ok);
    cg_assign_value(f, l->items[0], v, vt, define);
    if (l->len > 1)
        cg_assign_value(f, l->items[1], ok, ty_bool, define);
    cg_release(f, m);
}

/* v, ok of a type assertion, map index or receive into slots v and ok. */
static void cg_comma_ok_value(cg_fn *f, ast_node *rhs, type *vt, int v,
                              int ok)
{
    if (rhs->kind == N_TYPEASSERT) {
        cg_type_assert(f, rhs, v, ok);
    } else if (rhs->kind == N_INDEX) {
        int mp = cg_expr(f, rhs->a, -1);
        type *kt = type_under(cg_value_type(f, rhs->a))->key;
        int k = cg_expr_as(f, rhs->list.items[0], kt, -1);
        static const uint8_t pk[2] = {SK_PTR, SK_SCALAR};
        int p2 = cg_alloc_slots(f, pk, 2);
        cg_op(f, OP_MAPACCESS2, p2, mp, k);
        cg_mem_load(f, vt, v, p2, 0);
        cg_move(f, ok, p2 + 1, 1);
    } else {
        /* v, ok := <-ch */
        cg_recv(f, rhs, v, ok);
    }
}

/* Copies the operand registers of a location (index, base pointer, slice
   header) into temporaries, so that earlier stores of a parallel
   assignment cannot change which location it denotes. */
static void cg_lval_detach(cg_fn *f, cg_lval *lv)
{
    static const uint8_t slk[3] = {SK_PTR, SK_SCALAR, SK_SCALAR};
    int r;
    switch (lv->kind) {
    case LV_SLICE:
        r = cg_alloc_slots(f, slk, 3);
        cg_move(f, r, lv->reg, 3);
        lv->reg = r;
        r = cg_alloc_scalar(f);
        cg_move(f, r, lv->key, 1);
        lv->key = r;
        break;
    case LV_FRAMEX:
        r = cg_alloc_scalar(f);
        cg_move(f, r, lv->key, 1);
        lv->key = r;
        break;
    case LV_MEM:
        r = cg_alloc_ptr(f);
        cg_move(f, r, lv->reg, 1);
        lv->reg = r;
        break;
    default:
        break;
    }
}

/* a, b := x, y with every left operand new (or blank): the new
   variables are not in scope on the right, so each value goes straight
   into its variable. Returns false when the fast path does not apply. */
static bool cg_define_all_new(cg_fn *f, ast_node *s)
{
    int n = s->list.len;
    for (int i = 0; i < n; i++) {
        ast_node *l = s->list.items[i];
        if (cg_is_blank(l))
            continue;
        if (!cg_declares(l) || cg_var_in_cell(l->sym))
            return false;
    }
    for (int i = 0; i < n; i++)
        cg_assign1(f, s->list.items[i], s->list2.items[i], true);
    return true;
}

/* a, b = x, y where every left operand is a register variable and no later
   value mentions an earlier variable: assign in place, left to right. */
static bool cg_assign_regs_inplace(cg_fn *f, ast_node *s)
{
    int n = s->list.len;
    for (int i = 0; i < n; i++) {
        ast_node *l = s->list.items[i];
        while (l->kind == N_PAREN)
            l = l->a;
        if (l->kind != N_IDENT || !l->sym || l->sym->kind != SYM_VAR ||
            l->sym->is_global || cg_var_in_cell(l->sym) ||
            (f->ck && l->sym->owner && l->sym->owner != f->ck))
            return false;
        for (int k = i + 1; k < n; k++)
            if (cg_refers(s->list2.items[k], l->sym))
                return false;
    }
    for (int i = 0; i < n; i++)
        cg_assign1(f, s->list.items[i], s->list2.items[i], false);
    return true;
}

static void cg_assign_parallel(cg_fn *f, ast_node *s, bool define)
{
    int n = s->list.len;
    if (define && cg_define_all_new(f, s))
        return;
    if (!define && cg_assign_regs_inplace(f, s))
        return;
    int m = cg_mark(f);
    cg_lval *lvs = calloc(n, sizeof(cg_lval));
    int *vals = malloc(sizeof(int) * n);
    type **vts = malloc(sizeof(type *) * n);
    for (int i = 0; i < n; i++) {
        ast_node *l = s->list.items[i];
        if (!(define && cg_declares(l)) && !cg_is_blank(l)) {
            lvs[i] = cg_lvalue(f, l);
            /* an earlier store to a register variable could change this
               location's operands */
            for (int k = 0; k < i; k++)
                if (lvs[k].kind == LV_REG) {
                    cg_lval_detach(f, &lvs[i]);
                    break;
                }
        } else {
            lvs[i].kind = LV_BLANK;
        }
    }
    for (int i = 0; i < n; i++) {
        ast_node *r = s->list2.items[i];
        ast_node *l = s->list.items[i];
        type *lt = cg_is_blank(l) ? cg_value_type(f, r)
                   : (define && cg_declares(l)) ? CG_T(l->sym->type)
                                                 : lvs[i].type;
        vts[i] = lt;
        vals[i] = cg_alloc_type(f, lt);
        cg_expr_as(f, r, lt, vals[i]);
    }
    int keep = cg_mark(f);
    (void)keep;
    for (int i = 0; i < n; i++) {
        ast_node *l = s->list.items[i];
        if (cg_is_blank(l))
            continue;
        if (define && cg_declares(l))
            continue;
        cg_store(f, &lvs[i], vals[i]);
    }
    /* new variables last: their slots must survive the release below */
    int *newv = malloc(sizeof(int) * n);
    int nn = 0;
    for (int i = 0; i < n; i++)
        if (define && cg_declares(s->list.items[i]))
            newv[nn++] = i;
    if (nn == 0) {
        cg_release(f, m);
    } else {
        /* keep the values alive: declare the variables over fresh slots
           after copying */
        for (int j = 0; j < nn; j++) {
            int i = newv[j];
            cg_init_var(f, s->list.items[i]->sym, vals[i]);
        }
    }
    free(newv);
    free(lvs);
    free(vals);
    free(vts);
}

static void cg_compound(cg_fn *f, ast_node *s, int bop)
{
    ast_node *lhs = s->list.items[0], *rhs = s->list2.items[0];
    int m = cg_mark(f);
    cg_lval lv = cg_lvalue(f, lhs);
    type *t = lv.type;
    int cur = cg_load_lval(f, &lv, -1);
    int dst = (lv.kind == LV_REG && !lv.inner) ? lv.reg
                                               : cg_alloc_type(f, t);
    int64_t imm;
    int iop = type_is_string(t) ? -1 : cg_arith_imm(bop, t, rhs, &imm);
    if (iop >= 0) {
        cg_op(f, iop, dst, cur, (int)imm);
        cg_normalise(f, t, dst);
    } else {
        int r = cg_expr(f, rhs, -1);
        cg_arith(f, bop, t, dst, cur, r, cg_value_type(f, rhs));
    }
    if (dst != lv.reg || lv.kind != LV_REG || lv.inner)
        cg_store(f, &lv, dst);
    cg_release(f, m);
}

static void cg_assign(cg_fn *f, ast_node *s)
{
    bool compound;
    int bop = cg_binop(s->op, &compound);
    if (compound) {
        cg_compound(f, s, bop);
        return;
    }
    bool define = bop == CG_DEFINE;
    int nl = s->list.len, nr = s->list2.len;
    if (nr == 1 && nl > 1) {
        cg_assign_multi_rhs(f, s, define);
        return;
    }
    if (nl == 1 && nr == 1) {
        cg_assign1(f, s->list.items[0], s->list2.items[0], define);
        return;
    }
    cg_assign_parallel(f, s, define);
}

static void cg_incdec(cg_fn *f, ast_node *s)
{
    int m = cg_mark(f);
    cg_lval lv = cg_lvalue(f, s->a);
    if (lv.kind == LV_MAP) {
        /* m[k]++: one lookup that inserts the zero value when k is
           missing, then read-modify-write through the entry (nothing in
           between can touch the map) */
        int p = cg_alloc_ptr(f);
        cg_op(f, OP_MAPASSIGN, p, lv.reg, lv.key);
        lv.kind = LV_MEM;
        lv.reg = p;
        lv.off = 0;
    }
    type *t = lv.type;
    int cur = cg_load_lval(f, &lv, -1);
    bool direct = lv.kind == LV_REG && !lv.inner;
    int dst = direct ? lv.reg : cg_alloc_type(f, t);
    bool inc = cg_binop(s->op, NULL) == CG_INC;
    if (type_is_float(t)) {
        int one = cg_alloc_type(f, t);
        cg_opx(f, OP_LOADF, one, 1);
        cg_op(f, inc ? OP_ADD_F64 : OP_SUB_F64, dst, cur, one);
        if (type_under(t)->kind == T_FLOAT32)
            cg_op(f, OP_ROUND_F32, dst, dst, 0);
    } else {
        cg_op(f, OP_ADDI_I64, dst, cur, inc ? 1 : -1);
        type_kind k = type_under(t)->kind;
        int op = k == T_INT8    ? OP_SEXT8
                 : k == T_INT16 ? OP_SEXT16
                 : k == T_INT32 ? OP_SEXT32
                 : k == T_UINT8 ? OP_ZEXT8
                 : k == T_UINT16 ? OP_ZEXT16
                 : k == T_UINT32 ? OP_ZEXT32
                                 : -1;
        if (op >= 0)
            cg_op(f, op, dst, dst, 0);
    }
    if (!direct)
        cg_store(f, &lv, dst);
    cg_release(f, m);
}

/* ---- declarations ---- */

void cg_varspec_assign(cg_fn *f, ast_node *spec, bool define)
{
    int n = spec->list.len, nv = spec->list2.len;
    if (nv == 0) {
        for (int i = 0; i < n && define; i++) {
            ast_node *id = spec->list.items[i];
            if (id->sym && id->sym->kind == SYM_VAR && !cg_is_blank(id))
                cg_init_var(f, id->sym, -1);
        }
        return;
    }
    ast_node fake = {0};
    fake.kind = N_ASSIGN;
    fake.list = spec->list;
    fake.list2 = spec->list2;
    if (nv == 1 && n > 1) {
        cg_assign_multi_rhs(f, &fake, define);
        return;
    }
    if (n == 1) {
        cg_assign1(f, spec->list.items[0], spec->list2.items[0], define);
        return;
    }
    cg_assign_parallel(f, &fake, define);
}

static void cg_declstmt(cg_fn *f, ast_node *s)
{
    ast_node *g = s->a;
    if (!g || g->kind != N_GENDECL)
        return;
    for (int i = 0; i < g->list.len; i++)
        if (g->list.items[i]->kind == N_VARSPEC)
            cg_varspec_assign(f, g->list.items[i], true);
}

/* ---- branch targets ---- */

static cg_target *cg_push_target(cg_fn *f, cg_target *t, ast_node *stmt,
                                 const char *label, bool loop)
{
    memset(t, 0, sizeof *t);
    t->stmt = stmt;
    t->label = label;
    t->is_loop = loop;
    t->outer = f->targets;
    f->targets = t;
    return t;
}

static void cg_pop_target(cg_fn *f, cg_target *t, int brk, int cont)
{
    cg_jumps_patch(f, &t->breaks, brk);
    if (cont >= 0)
        cg_jumps_patch(f, &t->continues, cont);
    cg_jumps_free(&t->breaks);
    cg_jumps_free(&t->continues);
    f->targets = t->outer;
}

static cg_label *cg_label_get(cg_fn *f, const char *name)
{
    for (int i = 0; i < f->nlabels; i++)
        if (strcmp(f->labels[i].name, name) == 0)
            return &f->labels[i];
    if (f->nlabels == f->caplabels) {
        f->caplabels = f->caplabels ? f->caplabels * 2 : 8;
        f->labels = realloc(f->labels, sizeof(cg_label) * f->caplabels);
    }
    cg_label *l = &f->labels[f->nlabels++];
    memset(l, 0, sizeof *l);
    l->name = name;
    l->pc = -1;
    return l;
}

/* The jump list a break or continue statement adds its jump to, or NULL
   when it has no target (the checker rejects that). */
static cg_jumps *cg_branch_jumps(cg_fn *f, ast_node *s, int bop)
{
    for (cg_target *t = f->targets; t; t = t->outer) {
        if (s->name && (!t->label || strcmp(t->label, s->name) != 0))
            continue;
        if (bop == CG_CONTINUE && !t->is_loop)
            continue;
        return bop == CG_BREAK ? &t->breaks : &t->continues;
    }
    return NULL;
}

static void cg_branch(cg_fn *f, ast_node *s)
{
    int bop = cg_binop(s->op, NULL);
    if (bop == CG_FALLTHROUGH)
        return; /* handled by the switch layout */
    if (bop == CG_GOTO) {
        cg_label *l = cg_label_get(f, s->name);
        int at = cg_jump(f, OP_JMP, 0, 0);
        if (l->pc >= 0)
            cg_patch_jump(f, at, l->pc);
        else
            cg_jumps_add(&l->gotos, at);
        return;
    }
    cg_jumps *to = cg_branch_jumps(f, s, bop);
    if (!to) {
        cg_error(f->st, s->pos, "codegen: branch without target");
        return;
    }
    cg_jumps_add(to, cg_jump(f, OP_JMP, 0, 0));
}

/* ---- if / for ---- */

/* `if cond { break }` (or continue), with no init and no else: the
   condition jumps straight to the loop's exit or continuation, saving a
   jump around a jump in the hottest loops. */
static bool cg_if_branch(cg_fn *f, ast_node *s)
{
    if (s->a || s->d || s->c->list.len != 1)
        return false;
    ast_node *br = s->c->list.items[0];
    if (br->kind != N_BRANCH)
        return false;
    int bop = cg_binop(br->op, NULL);
    if (bop != CG_BREAK && bop != CG_CONTINUE)
        return false;
    cg_jumps *to = cg_branch_jumps(f, br, bop);
    if (!to)
        return false;
    cg_jumps jt = {0};
    cg_cond(f, s->b, true, &jt);
    for (int i = 0; i < jt.n; i++)
        cg_jumps_add(to, jt.pcs[i]);
    cg_jumps_free(&jt);
    return true;
}

static void cg_if(cg_fn *f, ast_node *s)
{
    if (cg_if_branch(f, s))
        return;
    int m = cg_mark(f);
    if (s->a)
        cg_stmt(f, s->a);
    cg_jumps jf = {0};
    cg_cond(f, s->b, false, &jf);
    cg_block(f, s->c);
    if (s->d) {
        int j = cg_jump(f, OP_JMP, 0, 0);
        cg_jumps_patch(f, &jf, cg_pc(f));
        cg_stmt(f, s->d);
        cg_patch_jump(f, j, cg_pc(f));
    } else {
        cg_jumps_patch(f, &jf, cg_pc(f));
    }
    cg_jumps_free(&jf);
    cg_release_scope(f, m);
}

/* Symbols declared by a for loop's init statement that live in cells. */
static int cg_loop_cells(ast_node *init, symbol **out, int max)
{
    int n = 0;
    if (!init || init->kind != N_ASSIGN || cg_binop(init->op, NULL) != CG_DEFINE)
        return 0;
    for (int i = 0; i < init->list.len && n < max; i++) {
        ast_node *id = init->list.items[i];
        if (cg_declares(id) && cg_var_in_cell(id->sym))
            out[n++] = id->sym;
    }
    return n;
}

static void cg_for(cg_fn *f, ast_node *s, const char *label)
{
    int m = cg_mark(f);
    if (s->a)
        cg_stmt(f, s->a);
    symbol *cells[8];
    int ncells = cg_loop_cells(s->a, cells, 8);
    cg_target t;
    cg_push_target(f, &t, s, label, true);
    int jcond = -1;
    if (s->b)
        jcond = cg_jump(f, OP_JMP, 0, 0);
    int body = cg_pc(f);
    cg_block(f, s->d);
    int cont = cg_pc(f);
    for (int i = 0; i < ncells; i++) {
        /* Go 1.22: a fresh variable per iteration, holding the value the
           previous one had */
        int mm = cg_mark(f);
        int v = cg_alloc_type(f, CG_T(cells[i]->type));
        int slot = cells[i]->cg_slot;
        cg_mem_load(f, CG_T(cells[i]->type), v, slot, 0);
        cg_opx(f, OP_NEW, slot, cg_kconst_rtype(f, CG_T(cells[i]->type)));
        cg_mem_store(f, CG_T(cells[i]->type), v, slot, 0);
        cg_release(f, mm);
    }
    if (s->c)
        cg_stmt(f, s->c);
    if (s->b) {
        cg_patch_jump(f, jcond, cg_pc(f));
        cg_jumps jt = {0};
        cg_cond(f, s->b, true, &jt);
        cg_jumps_patch(f, &jt, body);
        cg_jumps_free(&jt);
    } else {
        cg_jump_to(f, OP_JMP, 0, 0, body);
    }
    cg_pop_target(f, &t, cg_pc(f), cont);
    cg_release_scope(f, m);
}

/* ---- range ---- */

/* Assigns/declares a range key or value from register src. */
static void cg_range_set(cg_fn *f, ast_node *s, ast_node *x, int src,
                         type *vt)
{
    if (!x || cg_is_blank(x))
        return;
    bool define = s->op && cg_binop(s->op, NULL) == CG_DEFINE;
    cg_assign_value(f, x, src, vt, define);
}

/* Whether statement tree n assigns variable v. */
static bool cg_assigns(ast_node *n, symbol *v)
{
    if (!n)
        return false;
    if (n->kind == N_ASSIGN || n->kind == N_RANGE) {
        ast_list *l = &n->list;
        for (int i = 0; i < l->len; i++)
            if (l->items[i]->kind == N_IDENT && l->items[i]->sym == v)
                return true;
        if (n->kind == N_RANGE &&
            ((n->a && n->a->kind == N_IDENT && n->a->sym == v) ||
             (n->b && n->b->kind == N_IDENT && n->b->sym == v)))
            return true;
    }
    if (n->kind == N_INCDEC && n->a && n->a->kind == N_IDENT && n->a->sym == v)
        return true;
    if (cg_assigns(n->a, v) || cg_assigns(n->b, v) || cg_assigns(n->c, v) ||
        cg_assigns(n->d, v))
        return true;
    for (int i = 0; i < n->list.len; i++)
        if (cg_assigns(n->list.items[i], v))
            return true;
    for (int i = 0; i < n->list2.len; i++)
        if (cg_assigns(n->list2.items[i], v))
            return true;
    return false;
}

/* The key of an int/slice/array range loop from the hidden counter i: a
   new register variable the body never assigns simply is the counter. */
static void cg_range_key(cg_fn *f, ast_node *s, int i, type *t)
{
    ast_node *k = s->a;
    if (k && s->op && cg_binop(s->op, NULL) == CG_DEFINE && cg_declares(k) &&
        !cg_var_in_cell(k->sym) && !cg_assigns(s->d, k->sym) &&
        type_nslots(CG_T(k->sym->type)) == 1) {
        k->sym->cg_slot = i;
        return;
    }
    cg_range_set(f, s, k, i, t);
}

static void cg_range_body(cg_fn *f, ast_node *s)
{
    int m = cg_mark(f);
    cg_block(f, s->d);
    cg_release_scope(f, m);
}

static void cg_range_int(cg_fn *f, ast_node *s, cg_target *t, type *it)
{
    int n = cg_alloc_type(f, it);
    cg_expr(f, s->c, n);
    int i = cg_alloc_scalar(f);
    cg_opx(f, OP_LOADI, i, 0);
    int jc = cg_jump(f, OP_JMP, 0, 0);
    int body = cg_pc(f);
    int m = cg_mark(f);
    cg_range_key(f, s, i, it);
    cg_range_body(f, s);
    cg_release_scope(f, m);
    int cont = cg_pc(f);
    cg_op(f, OP_ADDI_I64, i, i, 1);
    cg_patch_jump(f, jc, cg_pc(f));
    cg_jump_to(f, OP_JLT_I64, i, n, body);
    cg_pop_target(f, t, cg_pc(f), cont);
}

/* slices, arrays, pointers to arrays */
static void cg_range_indexed(cg_fn *f, ast_node *s, cg_target *t,
                             type *xt)
{
    type *u = type_under(xt);
    bool ptr = u->kind == T_POINTER;
    type *arr = ptr ? type_under(u->elem) : u;
    type *elem = arr->elem;
    bool want_val = s->b && !cg_is_blank(s->b);
    int hdr = -1, frame = -1, len = cg_alloc_scalar(f);
    if (arr->kind == T_SLICE) {
        static const uint8_t slk[3] = {SK_PTR, SK_SCALAR, SK_SCALAR};
        hdr = cg_alloc_slots(f, slk, 3);
        cg_expr(f, s->c, hdr);
        cg_move(f, len, hdr + 1, 1);
    } else if (ptr) {
        int p = cg_expr(f, s->c, -1);
        static const uint8_t slk[3] = {SK_PTR, SK_SCALAR, SK_SCALAR};
        hdr = cg_alloc_slots(f, slk, 3);
        if (want_val)
            cg_op(f, OP_SLICE_ARR, hdr, p, (int)arr->len);
        cg_opx(f, OP_LOADI, len, (int32_t)arr->len);
    } else {
        /* an array value: evaluated (copied) once */
        if (want_val || s->c->kind == N_CALL) {
            frame = cg_alloc_type(f, xt);
            cg_expr(f, s->c, frame);
        }
        cg_opx(f, OP_LOADI, len, (int32_t)arr->len);
    }
    int i = cg_alloc_scalar(f);
    cg_opx(f, OP_LOADI, i, 0);
    int jc = cg_jump(f, OP_JMP, 0, 0);
    int body = cg_pc(f);
    int m = cg_mark(f);
    cg_range_key(f, s, i, ty_int);
    if (want_val) {
        cg_lval lv = {0};
        lv.type = elem;
        lv.key = i;
        if (hdr >= 0) {
            lv.kind = LV_SLICE;
            lv.reg = hdr;
        } else if (type_nslots(elem) == 1 && type_under(elem)->kind !=
                   T_STRUCT && type_under(elem)->kind != T_ARRAY) {
            lv.kind = LV_FRAMEX;
            lv.reg = frame;
        } else {
            lv.kind = LV_FRAMEX;
            lv.reg = frame;
        }
        ast_node *vb = s->b;
        if (s->op && cg_binop(s->op, NULL) == CG_DEFINE && cg_declares(vb) &&
            !cg_var_in_cell(vb->sym) &&
            type_identical(CG_T(vb->sym->type), elem)) {
            /* a new register variable: load the element straight in */
            int slot = cg_alloc_type(f, elem);
            cg_pin_var(f);
            cg_load_lval(f, &lv, slot);
            vb->sym->cg_slot = slot;
        } else {
            int v = cg_load_lval(f, &lv, -1);
            cg_range_set(f, s, s->b, v, elem);
        }
    }
    cg_range_body(f, s);
    cg_release_scope(f, m);
    int cont = cg_pc(f);
    cg_op(f, OP_ADDI_I64, i, i, 1);
    cg_patch_jump(f, jc, cg_pc(f));
    cg_jump_to(f, OP_JLT_I64, i, len, body);
    cg_pop_target(f, t, cg_pc(f), cont);
}

static void cg_range_string(cg_fn *f, ast_node *s, cg_target *t)
{
    static const uint8_t sk[2] = {SK_PTR, SK_SCALAR};
    int str = cg_alloc_slots(f, sk, 2);
    cg_expr(f, s->c, str);
    int i = cg_alloc_scalar(f);
    int rn = cg_alloc_slots(f, (const uint8_t[]){0, 0}, 2);
    cg_opx(f, OP_LOADI, i, 0);
    int jc = cg_jump(f, OP_JMP, 0, 0);
    int body = cg_pc(f);
    int m = cg_mark(f);
    cg_op(f, OP_STR_RANGE, rn, str, i);
    cg_range_set(f, s, s->a, i, ty_int);
    cg_range_set(f, s, s->b, rn, ty_int32);
    cg_range_body(f, s);
    cg_release_scope(f, m);
    int cont = cg_pc(f);
    cg_move(f, i, rn + 1, 1);
    cg_patch_jump(f, jc, cg_pc(f));
    cg_jump_to(f, OP_JLT_I64, i, str + 1, body);
    cg_pop_target(f, t, cg_pc(f), cont);
}

static void cg_range_map(cg_fn *f, ast_node *s, cg_target *t, type *mt)
{
    type *u = type_under(mt);
    int mp = cg_expr(f, s->c, -1);
    int it = cg_alloc_ptr(f);
    cg_op(f, OP_MAPITER, it, mp, 0);
    /* (more?, key pointer, value pointer): interior heap pointers */
    static const uint8_t nk[3] = {SK_SCALAR, SK_PTR, SK_PTR};
    int res = cg_alloc_slots(f, nk, 3);
    int top = cg_pc(f);
    cg_op(f, OP_MAPNEXT, res, it, 0);
    int jend = cg_jump(f, OP_JMPF, res, 0);
    int m = cg_mark(f);
    if (s->a && !cg_is_blank(s->a)) {
        int k = cg_alloc_type(f, u->key);
        cg_mem_load(f, u->key, k, res + 1, 0);
        cg_range_set(f, s, s->a, k, u->key);
    }
    if (s->b && !cg_is_blank(s->b)) {
        int v = cg_alloc_type(f, u->elem);
        cg_mem_load(f, u->elem, v, res + 2, 0);
        cg_range_set(f, s, s->b, v, u->elem);
    }
    cg_range_body(f, s);
    cg_release_scope(f, m);
    cg_jump_to(f, OP_JMP, 0, 0, top);
    cg_patch_jump(f, jend, cg_pc(f));
    cg_pop_target(f, t, cg_pc(f), top);
}

static void cg_range_chan(cg_fn *f, ast_node *s, cg_target *t, type *ct)
{
    type *elem = type_under(ct)->elem;
    int ch = cg_expr(f, s->c, -1);
    type_layout(elem);
    int n = elem->nslots;
    uint8_t *pat = calloc(n + 1, 1);
    memcpy(pat, elem->ptrmask, n);
    int v = cg_alloc_slots(f, pat, n + 1);
    free(pat);
    int top = cg_pc(f);
    cg_op(f, OP_RECV2, v, ch, 0);
    int jend = cg_jump(f, OP_JMPF, v + n, 0);
    int m = cg_mark(f);
    cg_range_set(f, s, s->a, v, elem);
    cg_range_body(f, s);
    cg_release_scope(f, m);
    cg_jump_to(f, OP_JMP, 0, 0, top);
    cg_patch_jump(f, jend, cg_pc(f));
    cg_pop_target(f, t, cg_pc(f), top);
}

static void cg_range(cg_fn *f, ast_node *s, const char *label)
{
    int m = cg_mark(f);
    cg_target t;
    cg_push_target(f, &t, s, label, true);
    type *xt = cg_value_type(f, s->c);
    type *u = type_under(xt);
    switch (u->kind) {
    case T_STRING: cg_range_string(f, s, &t); break;
    case T_MAP: cg_range_map(f, s, &t, xt); break;
    case T_CHAN: cg_range_chan(f, s, &t, xt); break;
    case T_SLICE: case T_ARRAY: case T_POINTER:
        cg_range_indexed(f, s, &t, xt);
        break;
    default:
        if (type_is_integer(u)) {
            cg_range_int(f, s, &t, type_is_untyped(xt) ? ty_int : xt);
            break;
        }
        cg_error(f->st, s->pos, "golem: range over %s is not supported",
                 type_string(f->st->u, xt));
        f->targets = t.outer;
        break;
    }
    cg_release_scope(f, m);
}

/* ---- switch ---- */

static bool cg_ends_fallthrough(ast_node *clause)
{
    if (clause->list2.len == 0)
        return false;
    ast_node *last = clause->list2.items[clause->list2.len - 1];
    return last->kind == N_BRANCH &&
           cg_binop(last->op, NULL) == CG_FALLTHROUGH;
}

/* Jumps to j when the tag (registers tag, type tt) equals case value e. */
static void cg_case_test(cg_fn *f, int tag, type *tt, ast_node *e,
                         cg_jumps *j)
{
    int m = cg_mark(f);
    int v = cg_expr_as(f, e, tt, -1);
    type *u = type_under(tt);
    if ((type_is_integer(u) || u->kind == T_BOOL || u->kind == T_POINTER ||
         u->kind == T_CHAN || u->kind == T_UNSAFEPTR)) {
        cg_jumps_add(j, cg_jump(f, OP_JEQ, tag, v));
        cg_release(f, m);
        return;
    }
    int c = cg_alloc_scalar(f);
    if (type_is_string(u))
        cg_op(f, OP_EQ_STR, c, tag, v);
    else if (type_is_float(u))
        cg_op(f, OP_EQ_F64, c, tag, v);
    else if (u->kind == T_INTERFACE)
        cg_op(f, u->nmethods ? OP_EQ_IFACE : OP_EQ_EFACE, c, tag, v);
    else if (u->kind == T_STRUCT || u->kind == T_ARRAY) {
        cg_op(f, OP_EQ_MEM, c, tag, v);
        cg_extra(f, 0, cg_kconst_rtype(f, tt));
    } else
        cg_op(f, OP_EQ, c, tag, v);
    cg_jumps_add(j, cg_jump(f, OP_JMPT, c, 0));
    cg_release(f, m);
}

/* The common end of a switch and a type switch: with no default clause the
   dispatch's fall-out jump (jdef, or -1) and every clause's end jump land
   after the statement, where break lands too. */
static void cg_switch_end(cg_fn *f, cg_target *t, int jdef, cg_jumps *ends,
                          cg_jumps *to, int n)
{
    if (jdef >= 0)
        cg_patch_jump(f, jdef, cg_pc(f));
    cg_jumps_patch(f, ends, cg_pc(f));
    cg_jumps_free(ends);
    for (int i = 0; i < n; i++)
        cg_jumps_free(&to[i]);
    free(to);
    cg_pop_target(f, t, cg_pc(f), -1);
}

static void cg_switch(cg_fn *f, ast_node *s, const char *label)
{
    int m = cg_mark(f);
    if (s->a)
        cg_stmt(f, s->a);
    int tag = -1;
    type *tt = NULL;
    if (s->b) {
        tt = cg_value_type(f, s->b);
        if (type_is_untyped(tt))
            tt = type_default(tt);
        tag = cg_alloc_type(f, tt);
        cg_expr(f, s->b, tag);
    }
    int n = s->list.len;
    cg_jumps *to = calloc(n + 1, sizeof(cg_jumps));
    int def = -1;
    for (int i = 0; i < n; i++) {
        ast_node *cl = s->list.items[i];
        if (cl->flags & AF_DEFAULT) {
            def = i;
            continue;
        }
        for (int k = 0; k < cl->list.len; k++) {
            ast_node *e = cl->list.items[k];
            if (tag >= 0)
                cg_case_test(f, tag, tt, e, &to[i]);
            else
                cg_cond(f, e, true, &to[i]);
        }
    }
    int jdef = cg_jump(f, OP_JMP, 0, 0);
    cg_target t;
    cg_push_target(f, &t, s, label, false);
    cg_jumps ends = {0};
    for (int i = 0; i < n; i++) {
        ast_node *cl = s->list.items[i];
        int start = cg_pc(f);
        cg_jumps_patch(f, &to[i], start);
        if (i == def)
            cg_patch_jump(f, jdef, start);
        int mb = cg_mark(f);
        for (int k = 0; k < cl->list2.len; k++)
            cg_stmt(f, cl->list2.items[k]);
        cg_release_scope(f, mb);
        if (!cg_ends_fallthrough(cl) && i < n - 1)
            cg_jumps_add(&ends, cg_jump(f, OP_JMP, 0, 0));
    }
    cg_switch_end(f, &t, def < 0 ? jdef : -1, &ends, to, n);
    cg_release_scope(f, m);
}

static bool cg_is_nil_type(ast_node *e)
{
    while (e->kind == N_PAREN)
        e = e->a;
    return (e->kind == N_IDENT && e->sym && e->sym->kind == SYM_NIL) ||
           (e->type && e->type->kind == T_UNTYPED_NIL);
}

/* The case variable of a type switch clause, bound to the guard x. */
static void cg_typeswitch_var(cg_fn *f, ast_node *cl, int x, type *xt)
{
    symbol *sym = cl->info ? cl->info->clause_sym : NULL;
    if (!sym)
        return;
    type *T = CG_T(sym->type);
    bool empty = type_under(xt)->nmethods == 0;
    int m = cg_mark(f);
    int v = cg_alloc_type(f, T);
    if (type_identical(T, xt)) {
        cg_move(f, v, x, 2);
    } else if (type_is_interface(T)) {
        if (type_under(T)->nmethods == 0)
            cg_op(f, empty ? OP_MOVE2 : OP_IFACE_TO_EFACE, v, x, 0);
        else
            cg_op(f, empty ? OP_ASSERT_E2I : OP_ASSERT_I2I, v, x,
                  cg_kconst_rtype(f, T));
    } else if (type_is_pointer_shaped(T)) {
        cg_move(f, v, x + 1, 1);
    } else {
        cg_mem_load(f, T, v, x + 1, 0);
    }
    cg_release(f, m);
    /* v's slots are intact: declare the variable over a copy */
    int keep = cg_alloc_type(f, T);
    cg_move(f, keep, v, type_nslots(T));
    cg_init_var(f, sym, keep);
}

static void cg_typeswitch(cg_fn *f, ast_node *s, const char *label)
{
    int m = cg_mark(f);
    if (s->a)
        cg_stmt(f, s->a);
    ast_node *g = s->b;
    ast_node *ta = g->kind == N_ASSIGN ? g->list2.items[0] : g->a;
    while (ta->kind == N_PAREN)
        ta = ta->a;
    ast_node *xe = ta->a;
    type *xt = cg_value_type(f, xe);
    bool empty = type_under(xt)->nmethods == 0;
    int x = cg_alloc_type(f, xt);
    cg_expr(f, xe, x);
    int dt = cg_alloc_ptr(f);
    cg_op(f, empty ? OP_DYNTYPE_E : OP_DYNTYPE_I, dt, x, 0);
    int n = s->list.len;
    cg_jumps *to = calloc(n + 1, sizeof(cg_jumps));
    int def = -1;
    int k = cg_alloc_ptr(f);
    int c = cg_alloc_scalar(f);
    for (int i = 0; i < n; i++) {
        ast_node *cl = s->list.items[i];
        if (cl->flags & AF_DEFAULT) {
            def = i;
            continue;
        }
        for (int j = 0; j < cl->list.len; j++) {
            ast_node *te = cl->list.items[j];
            if (cg_is_nil_type(te)) {
                cg_jumps_add(&to[i], cg_op(f, OP_JEQI, dt, 0, 0));
                continue;
            }
            type *T = CG_T(te->type);
            if (type_is_interface(T)) {
                int skip = cg_op(f, OP_JEQI, dt, 0, 0);
                cg_op(f, OP_IMPLEMENTS, c, dt, cg_kconst_rtype(f, T));
                cg_jumps_add(&to[i], cg_jump(f, OP_JMPT, c, 0));
                cg_patch_jump(f, skip, cg_pc(f));
            } else {
                cg_opx(f, OP_LOADK, k, cg_kconst_rtype(f, T));
                cg_jumps_add(&to[i], cg_jump(f, OP_JEQ, dt, k));
            }
        }
    }
    int jdef = cg_jump(f, OP_JMP, 0, 0);
    cg_target t;
    cg_push_target(f, &t, s, label, false);
    cg_jumps ends = {0};
    for (int i = 0; i < n; i++) {
        ast_node *cl = s->list.items[i];
        cg_jumps_patch(f, &to[i], cg_pc(f));
        if (i == def)
            cg_patch_jump(f, jdef, cg_pc(f));
        int mb = cg_mark(f);
        cg_typeswitch_var(f, cl, x, xt);
        for (int j = 0; j < cl->list2.len; j++)
            cg_stmt(f, cl->list2.items[j]);
        cg_release_scope(f, mb);
        if (i < n - 1)
            cg_jumps_add(&ends, cg_jump(f, OP_JMP, 0, 0));
    }
    cg_switch_end(f, &t, def < 0 ? jdef : -1, &ends, to, n);
    cg_release_scope(f, m);
}

/* ---- return ---- */

static int cg_result_slots(cg_fn *f, type **rts, int *nres)
{
    int n = 0;
    type *sig = f->ck ? type_under(CG_T(f->ck->sig)) : NULL;
    if (!sig) {
        *nres = 0;
        return 0;
    }
    for (int i = 0; i < sig->nresults; i++) {
        rts[i] = sig->results[i];
        n += type_nslots(sig->results[i]);
    }
    *nres = sig->nresults;
    return n;
}

static void cg_return(cg_fn *f, ast_node *s)
{
    type *sig = type_under(CG_T(f->ck->sig));
    int nres = sig->nresults;
    int nslots = 0;
    for (int i = 0; i < nres; i++)
        nslots += type_nslots(sig->results[i]);
    int m = cg_mark(f);
    if (s->list.len == 0) {
        /* naked return (named results) or no results */
        if (f->has_defer) {
            cg_jumps_add(&f->exits, cg_jump(f, OP_JMP, 0, 0));
        } else if (nres == 0) {
            cg_op(f, OP_RET0, 0, 0, 0);
        } else {
            cg_return_sequence_values(f);
        }
        cg_release(f, m);
        return;
    }
    /* evaluate the results into a block */
    int block;
    if (s->list.len == 1 && nres > 1) {
        int r = cg_call(f, s->list.items[0], -1);
        type *tu = CG_T(s->list.items[0]->type);
        uint8_t *pat;
        int n;
        pat = cg_pattern(sig->results, nres, &n);
        block = cg_alloc_slots(f, pat, n);
        free(pat);
        int src = r, off = block;
        for (int i = 0; i < nres; i++) {
            cg_convert(f, tu->params[i], sig->results[i], src, off);
            src += type_nslots(tu->params[i]);
            off += type_nslots(sig->results[i]);
        }
    } else if (nres == 1 && !f->has_defer) {
        block = cg_expr_as(f, s->list.items[0], sig->results[0], -1);
    } else {
        int n;
        uint8_t *pat = cg_pattern(sig->results, nres, &n);
        block = cg_alloc_slots(f, pat, n);
        free(pat);
        int off = block;
        for (int i = 0; i < nres; i++) {
            cg_expr_as(f, s->list.items[i], sig->results[i], off);
            off += type_nslots(sig->results[i]);
        }
    }
    if (f->has_defer) {
        int off = block;
        for (int i = 0; i < nres; i++) {
            symbol *rs = f->ck->params[f->ck->nparams + i];
            cg_lval lv = {0};
            lv.type = sig->results[i];
            if (cg_var_in_cell(rs)) {
                lv.kind = LV_MEM;
            } else {
                lv.kind = LV_REG;
            }
            lv.reg = rs->cg_slot;
            cg_store(f, &lv, off);
            off += type_nslots(sig->results[i]);
        }
        cg_jumps_add(&f->exits, cg_jump(f, OP_JMP, 0, 0));
    } else if (nslots) {
        cg_op(f, OP_RET, block, nslots, 0);
    } else {
        cg_op(f, OP_RET0, 0, 0, 0);
    }
    cg_release(f, m);
}

/* Loads the result variables into a block and returns them. */
void cg_return_sequence_values(cg_fn *f)
{
    type *rts[64];
    int nres;
    int nslots = cg_result_slots(f, rts, &nres);
    if (nslots == 0 || !f->ck) {
        cg_op(f, OP_RET0, 0, 0, 0);
        return;
    }
    int m = cg_mark(f);
    int n;
    uint8_t *pat = cg_pattern(rts, nres, &n);
    int block = cg_alloc_slots(f, pat, n);
    free(pat);
    int off = block;
    for (int i = 0; i < nres; i++) {
        symbol *rs = f->ck->params[f->ck->nparams + i];
        if (cg_var_in_cell(rs))
            cg_mem_load(f, rts[i], off, rs->cg_slot, 0);
        else
            cg_move(f, off, rs->cg_slot, type_nslots(rts[i]));
        off += type_nslots(rts[i]);
    }
    cg_op(f, OP_RET, block, nslots, 0);
    cg_release(f, m);
}

/* The exit sequence of a function with defer. */
void cg_return_sequence(cg_fn *f)
{
    int pc = cg_pc(f);
    cg_jumps_patch(f, &f->exits, pc);
    f->proto->resume_pc = pc;
    cg_op(f, OP_RUNDEFERS, 0, 0, 0);
    cg_return_sequence_values(f);
}

/* ---- select ---- */

static void cg_select(cg_fn *f, ast_node *s, const char *label)
{
    int m = cg_mark(f);
    int n = s->list.len;
    int nsend = 0, ncases = 0;
    bool has_default = false;
    ast_node **order = calloc(n + 1, sizeof(ast_node *));
    /* sends first, then receives */
    for (int pass = 0; pass < 2; pass++)
        for (int i = 0; i < n; i++) {
            ast_node *cl = s->list.items[i];
            if (cl->flags & AF_DEFAULT) {
                has_default = true;
                continue;
            }
            bool send = cl->a && cl->a->kind == N_SEND;
            if ((pass == 0) == send) {
                order[ncases++] = cl;
                if (send)
                    nsend++;
            }
        }
    uint8_t *pat = malloc(2 * ncases + 1);
    memset(pat, SK_PTR, 2 * ncases + 1);
    int cases = cg_alloc_slots(f, pat, 2 * ncases);
    free(pat);
    ast_node **recv_expr = calloc(ncases + 1, sizeof(ast_node *));
    /* operands are evaluated in source order, into the slots of the
       sends-first case order the VM expects */
    for (int k = 0, i = 0; k < n; k++) {
        for (i = 0; i < ncases && order[i] != s->list.items[k]; i++)
            ;
        if (i == ncases)
            continue; /* default */
        ast_node *st = order[i]->a;
        if (st->kind == N_SEND) {
            type *ct = cg_value_type(f, st->a);
            type *elem = type_under(ct)->elem;
            cg_expr(f, st->a, cases + 2 * i);
            int mm = cg_mark(f);
            int v = cg_expr_as(f, st->b, elem, -1);
            cg_opx(f, OP_NEW, cases + 2 * i + 1, cg_kconst_rtype(f, elem));
            cg_mem_store(f, elem, v, cases + 2 * i + 1, 0);
            cg_release(f, mm);
        } else {
            ast_node *rx = st->kind == N_EXPRSTMT ? st->a : st->list2.items[0];
            while (rx->kind == N_PAREN)
                rx = rx->a;
            recv_expr[i] = rx;
            type *ct = cg_value_type(f, rx->a);
            type *elem = type_under(ct)->elem;
            cg_expr(f, rx->a, cases + 2 * i);
            cg_opx(f, OP_NEW, cases + 2 * i + 1, cg_kconst_rtype(f, elem));
        }
    }
    int res = cg_alloc_slots(f, (const uint8_t[]){0, 0}, 2);
    cg_op(f, OP_SELECT, res, cases, ncases);
    cg_emit(f, MAKE_INS(OP_EXTRA, nsend, has_default ? 1 : 0, 0));
    cg_target t;
    cg_push_target(f, &t, s, label, false);
    cg_jumps ends = {0};
    for (int i = 0; i <= ncases; i++) {
        ast_node *cl = NULL;
        if (i < ncases) {
            cl = order[i];
        } else {
            if (!has_default)
                break;
            for (int k = 0; k < n; k++)
                if (s->list.items[k]->flags & AF_DEFAULT)
                    cl = s->list.items[k];
        }
        int skip = cg_op(f, OP_JNEI, res, i, 0);
        int mb = cg_mark(f);
        if (i < ncases && cl->a->kind == N_ASSIGN) {
            ast_node *as = cl->a;
            bool define = cg_binop(as->op, NULL) == CG_DEFINE;
            type *elem = type_under(cg_value_type(f, recv_expr[i]->a))->elem;
            int v = cg_alloc_type(f, elem);
            cg_mem_load(f, elem, v, cases + 2 * i + 1, 0);
            cg_assign_value(f, as->list.items[0], v, elem, define);
            if (as->list.len > 1)
                cg_assign_value(f, as->list.items[1], res + 1, ty_bool,
                                define);
        }
        for (int k = 0; k < cl->list2.len; k++)
            cg_stmt(f, cl->list2.items[k]);
        cg_release_scope(f, mb);
        cg_jumps_add(&ends, cg_jump(f, OP_JMP, 0, 0));
        cg_patch_jump(f, skip, cg_pc(f));
    }
    cg_jumps_patch(f, &ends, cg_pc(f));
    cg_jumps_free(&ends);
    cg_pop_target(f, &t, cg_pc(f), -1);
    free(order);
    free(recv_expr);
    cg_release_scope(f, m);
}

/* ---- dispatch ---- */

static void cg_labeled(cg_fn *f, ast_node *s)
{
    cg_label *l = cg_label_get(f, s->name);
    l->pc = cg_pc(f);
    cg_jumps_patch(f, &l->gotos, l->pc);
    ast_node *st = s->a;
    if (!st)
        return;
    switch (st->kind) {
    case N_FOR: cg_for(f, st, s->name); break;
    case N_RANGE: cg_range(f, st, s->name); break;
    case N_SWITCH: cg_switch(f, st, s->name); break;
    case N_TYPESWITCH: cg_typeswitch(f, st, s->name); break;
    case N_SELECT: cg_select(f, st, s->name); break;
    default: cg_stmt(f, st); break;
    }
}

void cg_block(cg_fn *f, ast_node *b)
{
    if (!b)
        return;
    int m = cg_mark(f);
    for (int i = 0; i < b->list.len; i++)
        cg_stmt(f, b->list.items[i]);
    cg_release_scope(f, m);
}

void cg_stmt(cg_fn *f, ast_node *s)
{
    if (!s)
        return;
    if (s->pos.line)
        f->line = s->pos.line;
    int m;
    switch (s->kind) {
    case N_BLOCK: cg_block(f, s); break;
    case N_EXPRSTMT:
        m = cg_mark(f);
        cg_expr(f, s->a, -1);
        cg_release(f, m);
        break;
    case N_SEND: {
        m = cg_mark(f);
        int ch = cg_expr(f, s->a, -1);
        type *elem = type_under(cg_value_type(f, s->a))->elem;
        int v = cg_expr_as(f, s->b, elem, -1);
        cg_op(f, OP_SEND, ch, v, 0);
        cg_release(f, m);
        break;
    }
    case N_INCDEC: cg_incdec(f, s); break;
    case N_ASSIGN: cg_assign(f, s); break;
    case N_GO:
    case N_DEFER: cg_go_defer(f, s); break;
    case N_RETURN: cg_return(f, s); break;
    case N_BRANCH: cg_branch(f, s); break;
    case N_LABELED: cg_labeled(f, s); break;
    case N_IF: cg_if(f, s); break;
    case N_SWITCH: cg_switch(f, s, NULL); break;
    case N_TYPESWITCH: cg_typeswitch(f, s, NULL); break;
    case N_SELECT: cg_select(f, s, NULL); break;
    case N_FOR: cg_for(f, s, NULL); break;
    case N_RANGE: cg_range(f, s, NULL); break;
    case N_DECLSTMT: cg_declstmt(f, s); break;
    case N_EMPTY: break;
    default:
        cg_error(f->st, s->pos, "codegen: unsupported statement (%s)",
                 ast_kind_name(s->kind));
        break;
    }
}
