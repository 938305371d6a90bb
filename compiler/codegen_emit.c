/*
 * codegen_emit.c - the function builder: instruction buffer, line table,
 * constant pool and frame-slot allocator.
 *
 * Instructions are appended to a growable array with the current source
 * line recorded beside each one (proto->lines), which tracebacks use.
 * Jumps are emitted with a placeholder target and patched once the target
 * is known (cg_patch_jump); the encoding of a jump's offset is vm/opcodes.h's.
 *
 * Constants are deduplicated by (bits, kind) with a linear scan; pools are
 * small. A string constant takes two consecutive entries (data pointer,
 * length); its bytes live in the VM's type universe memory (VM lifetime),
 * so it is not a heap pointer and is recorded as SK_SCALAR.
 *
 * The slot allocator gives every slot one kind for the whole function
 * (the pointer map invariant, see codegen.h). Allocations are a stack:
 * cg_mark() returns the stack depth, cg_release() frees every allocation
 * made after it. A request for n slots with kind pattern P takes the lowest
 * run of free slots whose kinds are P or unassigned; a call window must in
 * addition lie above every busy slot. Slots never assigned a kind end up
 * SK_SCALAR in the pointer map.
 */
#include "codegen.h"
#include <stdlib.h>
#include <string.h>

static void *cg_grow(void *p, int *cap, int need, size_t elem)
{
    if (need <= *cap)
        return p;
    int nc = *cap ? *cap * 2 : 16;
    while (nc < need)
        nc *= 2;
    p = realloc(p, (size_t)nc * elem);
    *cap = nc;
    return p;
}

void cg_fn_init(cg_fn *f, cg_state *st, cg_fn *parent, golem_proto *p)
{
    memset(f, 0, sizeof *f);
    f->st = st;
    f->parent = parent;
    f->proto = p;
    f->line = p ? p->line : 0;
    f->defer_exit_pc = -1;
}

/* Copies the built code, lines, constants and pointer map into the proto
   (VM-lifetime memory). */
void cg_fn_finish(cg_fn *f)
{
    golem_proto *p = f->proto;
    type_universe *u = f->st->u;
    p->ncode = f->ncode;
    p->code = types_alloc(u, sizeof(uint64_t) * (f->ncode + 1));
    p->lines = types_alloc(u, sizeof(int32_t) * (f->ncode + 1));
    if (f->ncode) {
        memcpy(p->code, f->code, sizeof(uint64_t) * f->ncode);
        memcpy(p->lines, f->lines, sizeof(int32_t) * f->ncode);
    }
    p->nconsts = f->nconsts;
    p->consts = types_alloc(u, sizeof(slot) * (f->nconsts + 1));
    p->const_kinds = types_alloc(u, f->nconsts + 1);
    if (f->nconsts) {
        memcpy(p->consts, f->consts, sizeof(slot) * f->nconsts);
        memcpy(p->const_kinds, f->const_kinds, f->nconsts);
    }
    if ((uint32_t)f->nslots < p->nparams)
        f->nslots = p->nparams;
    if ((uint32_t)f->nslots < p->nresults)
        f->nslots = p->nresults;
    if (f->nslots > INS_U16_MAX)
        cg_error(f->st, (src_pos){0, p->line, 1},
                 "golem: function %s needs a frame of %d slots (limit %d)",
                 p->name, f->nslots, INS_U16_MAX);
    p->framesize = f->nslots;
    p->ptrmap = types_alloc(u, f->nslots + 1);
    for (int i = 0; i < f->nslots && i < f->capslots; i++)
        p->ptrmap[i] = f->kind[i] == SK_PTR ? SK_PTR : SK_SCALAR;
    p->zero_lo = p->zero_hi = 0;
    for (uint32_t i = p->nparams; i < p->framesize; i++) {
        if (p->ptrmap[i] != SK_PTR)
            continue;
        if (p->zero_hi == 0)
            p->zero_lo = i;
        p->zero_hi = i + 1;
    }
}

void cg_fn_free(cg_fn *f)
{
    free(f->code);
    free(f->lines);
    free(f->consts);
    free(f->const_kinds);
    free(f->strconsts);
    free(f->kind);
    free(f->busy);
    free(f->allocs);
    free(f->capslot);
    free(f->result_slot);
    for (int i = 0; i < f->nlabels; i++)
        cg_jumps_free(&f->labels[i].gotos);
    free(f->labels);
    cg_jumps_free(&f->exits);
}

/* ---- instructions ---- */

int cg_emit(cg_fn *f, uint64_t insn)
{
    if (f->ncode == f->capcode) {
        uint32_t nc = f->capcode ? f->capcode * 2 : 64;
        f->code = realloc(f->code, nc * sizeof(uint64_t));
        f->lines = realloc(f->lines, nc * sizeof(int32_t));
        f->capcode = nc;
    }
    f->code[f->ncode] = insn;
    f->lines[f->ncode] = f->line;
    return (int)f->ncode++;
}

int cg_pc(cg_fn *f)
{
    return (int)f->ncode;
}

void cg_jumps_add(cg_jumps *j, int pc)
{
    j->pcs = cg_grow(j->pcs, &j->cap, j->n + 1, sizeof(int));
    j->pcs[j->n++] = pc;
}

void cg_jumps_patch(cg_fn *f, cg_jumps *j, int target)
{
    for (int i = 0; i < j->n; i++)
        cg_patch_jump(f, j->pcs[i], target);
    j->n = 0;
}

void cg_jumps_free(cg_jumps *j)
{
    free(j->pcs);
    j->pcs = NULL;
    j->n = j->cap = 0;
}

/* ---- constants ---- */

int cg_const(cg_fn *f, slot v, uint8_t kind)
{
    for (uint32_t i = 0; i < f->nconsts; i++)
        if (f->consts[i].u == v.u && f->const_kinds[i] == kind)
            return (int)i;
    if (f->nconsts == f->capconsts) {
        uint32_t nc = f->capconsts ? f->capconsts * 2 : 16;
        f->consts = realloc(f->consts, nc * sizeof(slot));
        f->const_kinds = realloc(f->const_kinds, nc);
        f->capconsts = nc;
    }
    f->consts[f->nconsts] = v;
    f->const_kinds[f->nconsts] = kind;
    return (int)f->nconsts++;
}

int cg_const_int(cg_fn *f, int64_t v)
{
    slot s;
    s.i = v;
    return cg_const(f, s, SK_SCALAR);
}

int cg_const_ptr(cg_fn *f, const void *p)
{
    slot s;
    s.p = (void *)p;
    return cg_const(f, s, SK_SCALAR);
}

/* Appends a (data, len) pair; pairs are deduplicated by content. */
int cg_const_string(cg_fn *f, const char *s, int64_t len)
{
    for (int j = 0; j < f->nstrconsts; j++) {
        int i = f->strconsts[j];
        if (f->consts[i + 1].i != len)
            continue;
        if (len == 0 || memcmp(f->consts[i].p, s, len) == 0)
            return i;
    }
    char *data = NULL;
    if (len > 0) {
        data = types_alloc(f->st->u, len + 1);
        memcpy(data, s, len);
    }
    if (f->nconsts + 2 > f->capconsts) {
        uint32_t nc = f->capconsts ? f->capconsts * 2 : 16;
        while (nc < f->nconsts + 2)
            nc *= 2;
        f->consts = realloc(f->consts, nc * sizeof(slot));
        f->const_kinds = realloc(f->const_kinds, nc);
        f->capconsts = nc;
    }
    int k = (int)f->nconsts;
    f->consts[k].p = data;
    f->const_kinds[k] = SK_SCALAR;
    f->consts[k + 1].i = len;
    f->const_kinds[k + 1] = SK_SCALAR;
    f->nconsts += 2;
    if (f->nstrconsts == f->capstrconsts) {
        f->capstrconsts = f->capstrconsts ? f->capstrconsts * 2 : 16;
        f->strconsts = realloc(f->strconsts, f->capstrconsts * sizeof(int));
    }
    f->strconsts[f->nstrconsts++] = k;
    return k;
}

/* ---- slots ---- */

static void cg_ensure_slots(cg_fn *f, int n)
{
    if (n <= f->capslots)
        return;
    int old = f->capslots;
    int nc = old ? old * 2 : 32;
    while (nc < n)
        nc *= 2;
    f->kind = realloc(f->kind, nc);
    f->busy = realloc(f->busy, nc);
    memset(f->kind + old, CG_KIND_FREE, nc - old);
    memset(f->busy + old, 0, nc - old);
    f->capslots = nc;
}

static bool cg_run_fits(cg_fn *f, int at, const uint8_t *pattern, int n)
{
    for (int i = 0; i < n; i++) {
        int s = at + i;
        if (s >= f->capslots)
            return true;
        if (f->busy[s])
            return false;
        uint8_t want = pattern ? pattern[i] : SK_SCALAR;
        if (f->kind[s] != CG_KIND_FREE && f->kind[s] != want)
            return false;
    }
    return true;
}

static int cg_take(cg_fn *f, int at, const uint8_t *pattern, int n)
{
    cg_ensure_slots(f, at + n);
    for (int i = 0; i < n; i++) {
        f->busy[at + i] = 1;
        f->kind[at + i] = pattern ? pattern[i] : SK_SCALAR;
    }
    if (at + n > f->nslots)
        f->nslots = at + n;
    f->allocs = cg_grow(f->allocs, &f->capallocs, f->nallocs + 1,
                        sizeof(cg_alloc));
    f->allocs[f->nallocs].slot = at;
    f->allocs[f->nallocs].n = n;
    f->allocs[f->nallocs].var = false;
    f->nallocs++;
    return at;
}

int cg_mark(cg_fn *f)
{
    return f->nallocs;
}

/* Frees the temporaries allocated after mark; variables declared after
   it (pinned) stay allocated and move down the stack, since they belong
   to the enclosing block. */
void cg_release(cg_fn *f, int mark)
{
    int k = mark;
    for (int i = mark; i < f->nallocs; i++) {
        cg_alloc *a = &f->allocs[i];
        if (a->var) {
            f->allocs[k++] = *a;
            continue;
        }
        for (int j = 0; j < a->n; j++)
            f->busy[a->slot + j] = 0;
    }
    f->nallocs = k;
}

/* Frees everything allocated after mark, variables included (the end of
   a block). */
void cg_release_scope(cg_fn *f, int mark)
{
    while (f->nallocs > mark) {
        cg_alloc *a = &f->allocs[--f->nallocs];
        for (int i = 0; i < a->n; i++)
            f->busy[a->slot + i] = 0;
    }
}

/* Marks the most recent allocation as a variable's. */
void cg_pin_var(cg_fn *f)
{
    if (f->nallocs > 0)
        f->allocs[f->nallocs - 1].var = true;
}

int cg_alloc_slots(cg_fn *f, const uint8_t *pattern, int n)
{
    if (n <= 0)
        n = 0;
    for (int at = 0;; at++)
        if (cg_run_fits(f, at, pattern, n))
            return cg_take(f, at, pattern, n);
}

int cg_alloc_type(cg_fn *f, type *t)
{
    type_layout(t);
    return cg_alloc_slots(f, t->ptrmask, t->nslots);
}

int cg_alloc_scalar(cg_fn *f)
{
    static const uint8_t k = SK_SCALAR;
    return cg_alloc_slots(f, &k, 1);
}

int cg_alloc_ptr(cg_fn *f)
{
    static const uint8_t k = SK_PTR;
    return cg_alloc_slots(f, &k, 1);
}

int cg_alloc_window(cg_fn *f, const uint8_t *pattern, int n)
{
    int top = 0;
    for (int i = 0; i < f->capslots && i < f->nslots; i++)
        if (f->busy[i])
            top = i + 1;
    for (int at = top;; at++)
        if (cg_run_fits(f, at, pattern, n))
            return cg_take(f, at, pattern, n);
}

uint8_t *cg_pattern(type **ts, int n, int *nslots)
{
    int total = 0;
    for (int i = 0; i < n; i++)
        total += type_nslots(ts[i]);
    uint8_t *p = malloc(total + 1);
    int k = 0;
    for (int i = 0; i < n; i++) {
        type_layout(ts[i]);
        memcpy(p + k, ts[i]->ptrmask, ts[i]->nslots);
        k += ts[i]->nslots;
    }
    *nslots = total;
    return p;
}

/* ---- jumps ---- */

static bool cg_wide_jump(int op)
{
    return op == OP_JMP || op == OP_JMPT || op == OP_JMPF;
}

int cg_jump(cg_fn *f, int op, int a, int b)
{
    if (cg_wide_jump(op))
        return cg_opx(f, op, a, 0);
    return cg_op(f, op, a, b, 0);
}

void cg_jump_to(cg_fn *f, int op, int a, int b, int target)
{
    int at = cg_jump(f, op, a, b);
    cg_patch_jump(f, at, target);
}

/* Offsets are relative to the instruction after the jump. */
void cg_patch_jump(cg_fn *f, int at, int target)
{
    uint64_t ins = f->code[at];
    int op = INS_OP(ins);
    int32_t off = target - (at + 1);
    if (cg_wide_jump(op)) {
        f->code[at] = MAKE_INS_ABx(op, INS_A(ins), off);
        return;
    }
    if (off < INS_IMM16_MIN || off > INS_IMM16_MAX) {
        cg_error(f->st, (src_pos){0, f->line, 1},
                 "function too large for a conditional jump");
        return;
    }
    f->code[at] = MAKE_INS(op, INS_A(ins), INS_B(ins), off);
}

int cg_kconst_rtype(cg_fn *f, type *t)
{
    return cg_const_ptr(f, cg_rtype(f->st, t));
}
