/*
 * traceback.c - a goroutine's stack as Go's traceback prints it.
 *
 * rt_print_traceback lists a goroutine's frames innermost
 * first, as Go's traceback does: "pkg.F(ARGS)" and "\tFILE:LINE +0xPC",
 * where PC is the bytecode index of the frame's current instruction (Go
 * prints a machine-code offset there). ARGS are the frame's argument words
 * in hex, read from its argument slots as codegen described them
 * (proto->arginfo, compiler/codegen_trace.c): "main.f(0x1, {0x4b2c1e,
 * 0x5}, ...)". A word Go passes in a register carries Go's "?" (value may
 * be stale) unless Go would have spilled it by then, which golem
 * approximates from the bytecode: the parameter is used (other than copied
 * into a call) after a call that precedes the frame's current instruction.
 * A frame Go would have inlined into its caller (the proto is inlinable
 * and the caller called it with a static call, not recursively) prints
 * "pkg.F(...)" and its line without an offset. Frames of protos named
 * "runtime.*" are hidden, and so are wrappers (generated code) other than
 * the innermost frame, as Go hides its runtime's and its wrappers. A
 * goroutine other than the main one ends with "created by pkg.F in
 * goroutine N" and the go statement's FILE:LINE +0xPC (Go 1.21's form).
 * At most 100 frames are listed, as Go 1.19 does (it counts its hidden
 * runtime frames too). Package-level variables are initialised by golem's
 * entry proto, where Go
 * has a generated "pkg.init" function: a frame called for that gets a
 * "pkg.init()" line below it, as Go's has.
 *
 * "?" marks come from a small analysis of the frame's bytecode: a word
 * is marked unless every path to the frame's current instruction goes
 * through a call-like instruction (a call, or what is a runtime call in
 * Go's code: allocation, boxing, map and channel operations) that is
 * followed, on some path of the control flow graph, by a use of the word
 * or of a plain copy of it. Copies into a call's arguments, and operands of
 * runtime calls other than map operations, do not count as uses (Go
 * passes those from temporaries). The rules were fitted to what go 1.19
 * prints (tests/trace/); they are not derived from gc's register
 * allocator and do not always agree with it (docs/language.md).
 *
 * Nothing here allocates from the Go heap or can fail beyond losing the
 * "?" analysis when malloc fails: it runs while the program dies.
 */
#include "runtime.h"
#include "opcodes.h"
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void rt_emit(golem_vm *vm, const char *s)
{
    vm_write(&vm->err, s, strlen(s));
}

void rt_emitf(golem_vm *vm, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0)
        vm_write(&vm->err, buf, (size_t)n < sizeof buf ? (size_t)n
                                                       : sizeof buf - 1);
}

/* ---- frames' places ---- */

/* The index of a frame's current instruction: the call it made, or the
   instruction that panicked (pc is the index of the next one; an EXTRA
   word belongs to the instruction before it). */
static uint32_t frame_ins(const golem_proto *p, uint32_t pc)
{
    uint32_t i = pc > 0 ? pc - 1 : 0;
    if (p->ncode == 0)
        return 0;
    if (i >= p->ncode)
        i = p->ncode - 1;
    while (p->code && i > 0 && INS_OP(p->code[i]) == OP_EXTRA)
        i--;
    return i;
}

/* Source line of a frame's current instruction. */
static int32_t frame_line(const golem_proto *p, uint32_t pc)
{
    if (!p->lines || p->ncode == 0)
        return p->line;
    return p->lines[frame_ins(p, pc)];
}

static bool hidden_frame(const golem_proto *p)
{
    return !p || !p->name || strncmp(p->name, "runtime.", 8) == 0;
}

/* ---- argument words ---- */

/* Instructions that are calls in Go's compiled code too (a call, or a
   runtime call such as convT, newobject, growslice, mapassign): Go keeps a
   register argument that is needed after one in its stack slot. */
static bool op_is_call(unsigned op)
{
    switch (op) {
    case OP_CALL: case OP_CALL_CLOSURE: case OP_CALL_IFACE:
    case OP_NEW: case OP_CONCAT: case OP_STR_FROM_BYTES:
    case OP_BYTES_FROM_STR: case OP_STR_FROM_RUNES: case OP_RUNES_FROM_STR:
    case OP_STR_FROM_RUNE: case OP_MAKESLICE: case OP_APPEND:
    case OP_APPEND_N: case OP_APPEND_SLICE: case OP_MAKEMAP:
    case OP_MAPACCESS: case OP_MAPACCESS2: case OP_MAPASSIGN:
    case OP_MAPDELETE: case OP_MAKE_EFACE: case OP_MAKE_IFACE:
    case OP_CLOSURE: case OP_GO: case OP_MAKECHAN:
    case OP_SEND: case OP_RECV: case OP_RECV2: case OP_CLOSECHAN:
    case OP_SELECT: case OP_PRINT_I64: case OP_PRINT_U64:
    case OP_PRINT_F64: case OP_PRINT_BOOL: case OP_PRINT_STR:
    case OP_PRINT_PTR: case OP_PRINT_IFACE: case OP_PRINT_SP:
    case OP_PRINT_NL:
        return true;
    default:
        return false;
    }
}

static bool op_is_move(unsigned op)
{
    return op == OP_MOVE || op == OP_MOVE2 || op == OP_MOVE3 ||
           op == OP_MOVEN;
}

/* Is instruction i a copy into the argument window of the next call? */
static bool passes_argument(const golem_proto *p, uint32_t i)
{
    unsigned dst = INS_A(p->code[i]);
    for (uint32_t j = i + 1; j < p->ncode; j++) {
        uint64_t ins = p->code[j];
        unsigned op = INS_OP(ins);
        if (op == OP_CALL || op == OP_CALL_CLOSURE || op == OP_CALL_IFACE) {
            unsigned nargs = 8; /* a guess where the callee is dynamic */
            if (op == OP_CALL && INS_UBC(ins) < p->nconsts) {
                const golem_proto *callee = p->consts[INS_UBC(ins)].p;
                if (callee && callee->inlinable)
                    return false; /* Go inlines it: the body uses it */
                nargs = callee ? callee->nparams : 0;
            }
            return dst >= INS_A(ins) && dst < INS_A(ins) + nargs;
        }
        if (op == OP_RET || op == OP_RET0 || op == OP_JMP)
            return false;
    }
    return false;
}

/* Ops that read (or write) a multi-slot value through the register that
   holds its first slot. */
static bool op_reads_whole_value(unsigned op)
{
    switch (op) {
    case OP_MOVE2: case OP_MOVE3: case OP_MOVEN: case OP_ST_N:
    case OP_FSTX_N: case OP_SST_N: case OP_GST_N: case OP_EQ_STR:
    case OP_NE_STR: case OP_LT_STR: case OP_LE_STR: case OP_EQ_EFACE:
    case OP_NE_EFACE: case OP_EQ_IFACE: case OP_NE_IFACE: case OP_EQ_MEM:
    case OP_CONCAT: case OP_MAKE_EFACE: case OP_MAKE_IFACE:
    case OP_PRINT_STR: case OP_PRINT_IFACE: case OP_CALL_IFACE:
    case OP_MAPACCESS: case OP_MAPACCESS2: case OP_MAPASSIGN:
    case OP_MAPDELETE:
        return true;
    default:
        return false;
    }
}

/* Does boxing instruction ins read its operand from the argument's own
   slot in Go? Go passes integers, strings and structs to its convT
   helpers as call arguments (from a temporary), but floats and slices
   are stored from their spill slots (observed, not derived). */
static bool boxing_reads_slot(const golem_proto *p, uint64_t ins)
{
    if (INS_OP(ins) != OP_MAKE_EFACE || INS_C(ins) >= p->nconsts)
        return false;
    const rtype *t = p->consts[INS_C(ins)].p;
    return t && (t->kind == RK_FLOAT32 || t->kind == RK_FLOAT64 ||
                 t->kind == RK_SLICE);
}

typedef struct word_aliases {
    uint32_t reg[8]; /* the word's own slot first, then copies of it */
    int n;
} word_aliases;

/* Whether instruction i uses the argument word (in the registers al) of
   the parameter at slots [lo, hi), not counting copies into a call's
   arguments (Go passes those from a temporary, not from the argument's
   stack slot: observed, not derived from gc's register allocator). */
static bool ins_uses(const golem_proto *p, uint32_t i,
                     const word_aliases *al, uint32_t lo, uint32_t hi)
{
    uint64_t ins = p->code[i];
    unsigned op = INS_OP(ins);
    if (op >= OP__COUNT || (op_is_move(op) && passes_argument(p, i)))
        return false;
    /* the prologue's copy of a captured parameter into its new cell: Go
       captures a parameter that closures only read by value */
    if (i > 0 && INS_OP(p->code[i - 1]) == OP_NEW &&
        INS_A(p->code[i - 1]) == INS_A(ins) && op != OP_NEW)
        return false;
    if (op == OP_CALL_CLOSURE || op == OP_CALL_IFACE) {
        /* the function value or interface called is used, not passed */
        unsigned b = INS_B(ins);
        for (int a = 0; a < al->n; a++)
            if (b == al->reg[a] || (op == OP_CALL_IFACE && b + 1 == al->reg[a]))
                return true;
        return false;
    }
    /* an operand of a runtime call (chansend, convT, ...) is passed to it
       the same way, except map keys and maps (observed) */
    bool map_op = op == OP_MAPACCESS || op == OP_MAPACCESS2 ||
                  op == OP_MAPASSIGN || op == OP_MAPDELETE;
    if (op_is_call(op) && !map_op && !boxing_reads_slot(p, ins))
        return false;
    const char *fmt = op_formats[op];
    unsigned v[3] = {INS_A(ins), INS_B(ins), INS_C(ins)};
    for (int k = 0; k < 3 && fmt[k] && fmt[k] != '+'; k++) {
        if (fmt[k] != 'r')
            continue;
        if (v[k] == lo && op_reads_whole_value(op) && al->reg[0] < hi)
            return true;
        for (int a = 0; a < al->n; a++)
            if (v[k] == al->reg[a])
                return true;
    }
    return false;
}

/* Was register r loaded with a constant just before instruction i? */
static bool constant_operand(const golem_proto *p, uint32_t i, unsigned r)
{
    for (uint32_t k = i; k > 0 && k + 3 > i; k--) {
        uint64_t prev = p->code[k - 1];
        unsigned op = INS_OP(prev);
        if ((op == OP_LOADK || op == OP_LOADK2 || op == OP_LOADI ||
             op == OP_LOADF) && INS_A(prev) == r)
            return true;
    }
    return false;
}

/* Is instruction i a runtime call in Go's code? Boxing a pointer-shaped
   value or a constant is not (Go boxes those statically), and neither is
   making a slice of constant length (the variadic arguments' array, which
   Go keeps on the stack) or the closure of a defer statement (Go's
   defers are open-coded: DEFER is not a call-like op at all). */
static bool call_at_run_time(const golem_proto *p, uint32_t i)
{
    uint64_t ins = p->code[i];
    unsigned op = INS_OP(ins);
    if (op == OP_MAKESLICE)
        return !constant_operand(p, i, INS_B(ins));
    /* a deferred literal: Go's open-coded defer keeps it on the stack */
    if (op == OP_CLOSURE)
        return !(i + 1 < p->ncode && INS_OP(p->code[i + 1]) == OP_DEFER);
    /* the cell of a parameter that closures capture: Go captures it by
       value, without allocating */
    if (op == OP_NEW && i + 1 < p->ncode) {
        uint64_t next = p->code[i + 1];
        unsigned nop = INS_OP(next);
        bool store = (nop >= OP_ST_8 && nop <= OP_ST_N) || nop == OP_ST_P ||
                     nop == OP_ST_NP;
        if (store && INS_A(next) == INS_A(ins) &&
            INS_B(next) < p->nparams)
            return false;
    }
    if (op != OP_MAKE_EFACE && op != OP_MAKE_IFACE)
        return true;
    if (op == OP_MAKE_EFACE && INS_C(ins) < p->nconsts) {
        const rtype *t = p->consts[INS_C(ins)].p;
        if (t && ((t->flags & RF_POINTER_SHAPED) || t->kind == RK_BOOL ||
                  t->kind == RK_INT8 || t->kind == RK_UINT8))
            return false; /* one-byte values box from a static table */
    }
    return !constant_operand(p, i, INS_B(ins));
}

/* The instruction a jump at i goes to, or -1 when i does not jump. */
static int64_t jump_target(const golem_proto *p, uint32_t i)
{
    uint64_t ins = p->code[i];
    unsigned op = INS_OP(ins);
    if (op >= OP__COUNT)
        return -1;
    const char *fmt = op_formats[op];
    int64_t off;
    if (fmt[0] && fmt[1] == 'J')
        off = INS_BC(ins);
    else if (fmt[0] && fmt[1] && fmt[2] == 'j')
        off = INS_SC(ins);
    else
        return -1;
    return (int64_t)i + 1 + off;
}

static bool falls_through(unsigned op)
{
    return op != OP_JMP && op != OP_RET && op != OP_RET0 && op != OP_PANIC;
}

/* Does an instruction other than i name register r as its first operand
   (usually the one it writes)? */
static bool written_elsewhere(const golem_proto *p, uint32_t i, uint32_t r)
{
    for (uint32_t k = 0; k < p->ncode; k++) {
        unsigned op = INS_OP(p->code[k]);
        if (k != i && op < OP__COUNT && op_formats[op][0] == 'r' &&
            INS_A(p->code[k]) == r)
            return true;
    }
    return false;
}

/* The registers that hold copies of the word (a range loop copies the
   slice header it ranges over; Go uses the argument itself), found by
   following plain moves, flow-insensitively. */
static void find_aliases(const golem_proto *p, uint32_t word,
                         word_aliases *al)
{
    al->reg[0] = word;
    al->n = 1;
    for (int pass = 0; pass < 2; pass++)
        for (uint32_t i = 0; i < p->ncode && al->n < 8; i++) {
            uint64_t ins = p->code[i];
            unsigned op = INS_OP(ins);
            if (!op_is_move(op) || passes_argument(p, i))
                continue;
            unsigned n = op == OP_MOVE ? 1 : op == OP_MOVE2 ? 2
                       : op == OP_MOVE3 ? 3 : INS_C(ins);
            unsigned src = INS_B(ins), dst = INS_A(ins);
            for (int a = 0; a < al->n && al->n < 8; a++) {
                uint32_t r = al->reg[a];
                if (r < src || r >= src + n)
                    continue;
                uint32_t copy = dst + (r - src);
                if (written_elsewhere(p, i, copy))
                    continue;
                bool known = false;
                for (int b = 0; b < al->n; b++)
                    known |= al->reg[b] == copy;
                if (!known)
                    al->reg[al->n++] = copy;
            }
        }
}

/* Scratch for walking a proto's control flow graph: a visited mark and a
   work list (each instruction enters it at most once), ncode each. */
typedef struct cfg_walk {
    uint8_t *seen;
    uint32_t *todo;
} cfg_walk;

static void walk_push(const golem_proto *p, cfg_walk *cw, uint32_t *n,
                      int64_t i)
{
    if (i >= 0 && i < (int64_t)p->ncode && !cw->seen[i]) {
        cw->seen[i] = 1;
        cw->todo[(*n)++] = (uint32_t)i;
    }
}

/* Is the argument word (registers al) used on some path from instruction
   `from`? */
static bool used_from(const golem_proto *p, uint32_t from,
                      const golem_argword *w, const word_aliases *al,
                      cfg_walk *cw)
{
    memset(cw->seen, 0, p->ncode);
    uint32_t lo = w->pslot, hi = lo + w->pnslots, n = 0;
    walk_push(p, cw, &n, from);
    while (n > 0) {
        uint32_t i = cw->todo[--n];
        if (ins_uses(p, i, al, lo, hi))
            return true;
        walk_push(p, cw, &n, jump_target(p, i));
        if (falls_through(INS_OP(p->code[i])))
            walk_push(p, cw, &n, (int64_t)i + 1);
    }
    return false;
}

/* Would Go have stored the register argument word w by instruction x?
   Go spills an argument before a call across which it is live, and its
   traceback trusts the stack slot only when that happened on every path
   to x. golem computes the same over the bytecode: a word is live across
   a call-like instruction when it is used on some path after it
   (used_from), and "spilled" is a must-dataflow fact, false at entry,
   made true by such a call, and-ed where paths meet. */
static bool arg_spilled(const golem_proto *p, const golem_argword *w,
                        uint32_t x, cfg_walk *cw)
{
    if (!(w->flags & GOLEM_ARGF_REG))
        return true;
    if (!cw->seen || !cw->todo || x >= p->ncode)
        return false;
    uint8_t *state = malloc(p->ncode), *spills = calloc(p->ncode, 1);
    bool result = false;
    if (!state || !spills)
        goto done;
    word_aliases al;
    find_aliases(p, w->offset / 8, &al);
    for (uint32_t c = 0; c < p->ncode; c++)
        spills[c] = op_is_call(INS_OP(p->code[c])) &&
                    call_at_run_time(p, c) &&
                    used_from(p, c + 1, w, &al, cw);
    memset(state, 1, p->ncode); /* "spilled on every path so far" */
    state[0] = 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (uint32_t i = 0; i < p->ncode; i++) {
            if (state[i] || spills[i])
                continue; /* out is true: lowers nothing */
            int64_t t = jump_target(p, i);
            if (t >= 0 && t < (int64_t)p->ncode && state[t]) {
                state[t] = 0;
                changed = true;
            }
            if (falls_through(INS_OP(p->code[i])) && i + 1 < p->ncode &&
                state[i + 1]) {
                state[i + 1] = 0;
                changed = true;
            }
        }
    }
    result = state[x] || spills[x];
done:
    free(state);
    free(spills);
    return result;
}

/* The value of an argument word as Go prints it (its size's bits). */
static uint64_t arg_value(const golem_g *g, const golem_frame *f,
                          const golem_argword *w)
{
    const uint8_t *base = (const uint8_t *)(g->stack + f->base);
    uint64_t limit = (uint64_t)f->proto->framesize * 8;
    uint64_t v = 0;
    if ((uint64_t)w->offset + w->size > limit || w->size > 8)
        return 0;
    if (w->flags & GOLEM_ARGF_F32REG) {
        double d;
        memcpy(&d, base + w->offset, 8);
        float fl = (float)d;
        uint32_t bits;
        memcpy(&bits, &fl, 4);
        return bits;
    }
    memcpy(&v, base + w->offset, w->size); /* little-endian */
    return v;
}

/* "(0x1, {0x4b2c1e, 0x5}, ...)" as Go's printArgs. */
static void print_args(golem_g *g, const golem_frame *f)
{
    golem_vm *vm = g->vm;
    const golem_proto *p = f->proto;
    if (!p->arginfo) {
        rt_emit(vm, p->nparams ? "(...)" : "()");
        return;
    }
    uint32_t x = frame_ins(p, f->pc);
    cfg_walk cw = {NULL, NULL};
    if (p->code && p->ncode) {
        cw.seen = malloc(p->ncode);
        cw.todo = malloc(sizeof *cw.todo * p->ncode);
    }
    bool start = true;
    rt_emit(vm, "(");
    for (const golem_argword *w = p->arginfo; w->op != GOLEM_ARGW_END; w++) {
        if (w->op != GOLEM_ARGW_CLOSE && !start)
            rt_emit(vm, ", ");
        switch (w->op) {
        case GOLEM_ARGW_OPEN:
            rt_emit(vm, "{");
            start = true;
            continue;
        case GOLEM_ARGW_CLOSE:
            rt_emit(vm, "}");
            break;
        case GOLEM_ARGW_DOTS:
            rt_emit(vm, "...");
            break;
        default:
            rt_emitf(vm, "0x%" PRIx64 "%s", arg_value(g, f, w),
                  arg_spilled(p, w, x, &cw) ? "" : "?");
            break;
        }
        start = false;
    }
    free(cw.seen);
    free(cw.todo);
    rt_emit(vm, ")");
}

/* ---- frames ---- */

/* Is callee a function literal declared in caller ("main.f.func1" in
   "main.f")? */
static bool literal_of(const golem_proto *callee, const golem_proto *caller)
{
    size_t n = strlen(caller->name);
    return strncmp(callee->name, caller->name, n) == 0 &&
           strncmp(callee->name + n, ".func", 5) == 0;
}

/* Would Go have inlined frame i into its caller? When the function is
   inlinable and the caller called it directly: a static call, or a call
   of a literal declared in the caller; never recursively, and never
   through a wrapper, a deferred call, a go statement or C. */
/* Is frame i a call that golem's entry proto (runtime.main) makes to
   initialise a package-level variable? Go makes those from a generated
   pkg.init function, which its traceback shows; golem prints that frame
   for it (print_var_init). Calls of main.main and of init functions are
   not. */
static bool var_init_call(const golem_g *g, uint32_t i)
{
    if (i == 0)
        return false;
    const golem_proto *p = g->frames[i].proto;
    const golem_frame *cf = &g->frames[i - 1];
    const golem_proto *cp = cf->proto;
    if (!cp->name || strcmp(cp->name, "runtime.main") != 0 || !cp->code ||
        cf->pc == 0 || cf->pc > cp->ncode || !p->name)
        return false;
    const char *dot = strrchr(p->name, '.');
    size_t n = strlen(p->name);
    return INS_OP(cp->code[cf->pc - 1]) == OP_CALL &&
           (n < 5 || strcmp(p->name + n - 5, ".main") != 0) &&
           !(dot && dot > p->name + 4 && strncmp(dot - 5, ".init.", 6) == 0);
}

/* "main.init()" and the variable's line, for a var_init_call frame. */
static void print_var_init(golem_g *g, uint32_t i)
{
    const golem_proto *p = g->frames[i].proto;
    const golem_frame *cf = &g->frames[i - 1];
    const char *slash = strrchr(p->name, '/');
    const char *start = slash ? slash + 1 : p->name;
    const char *dot = strchr(start, '.');
    int pkglen = dot ? (int)(dot - p->name) : (int)strlen(p->name);
    rt_emitf(g->vm, "%.*s.init()\n\t%s:%d +0x%x\n", pkglen, p->name,
          p->file ? p->file : "?", (int)frame_line(cf->proto, cf->pc),
          frame_ins(cf->proto, cf->pc));
}

static bool frame_inlined(const golem_g *g, uint32_t i)
{
    const golem_frame *f = &g->frames[i];
    const golem_proto *p = f->proto;
    if (!p->inlinable || i == 0 ||
        (f->flags & (FRAME_C_BOUNDARY | FRAME_PANIC_DEFER)))
        return false;
    const golem_frame *cf = &g->frames[i - 1];
    const golem_proto *cp = cf->proto;
    if (var_init_call(g, i))
        return true;
    if (cp == p || cp->wrapper || cp->native || !cp->code || cf->pc == 0 ||
        cf->pc > cp->ncode)
        return false;
    unsigned op = INS_OP(cp->code[cf->pc - 1]);
    if (op == OP_CALL)
        return true;
    return op == OP_CALL_CLOSURE && literal_of(p, cp);
}

/* Go shows its gopanic between a deferred call that a panic ran and the
   frames that panicked, with the panic value's two words. golem prints the
   same line for the panic that ran the call (the one this deferred call's
   own panic, if any, interrupted); the unwinder is generated code, shown
   at the place Go 1.19's gopanic calls deferred functions. */
static void print_panic_frame(golem_vm *vm, const golem_panic **unwinding)
{
    const golem_panic *p = *unwinding;
    if (p != NULL && p->link != NULL)
        p = p->link;
    *unwinding = p;
    rt_emitf(vm, "panic({%p, %p})\n", p ? p->value.tab : NULL,
          p ? p->value.data : NULL);
    rt_emitf(vm, "\t$GOROOT/src/runtime/panic.go:884 +0x0\n");
}

/* "created by main.main in goroutine 1" and the go statement's place. */
static void print_creator(golem_g *g)
{
    const golem_proto *p = g->created_by;
    if (!p || g == g->vm->main_g)
        return;
    golem_vm *vm = g->vm;
    rt_emitf(vm, "created by %s in goroutine %" PRId64 "\n", p->name,
          g->parent_goid);
    rt_emitf(vm, "\t%s:%d +0x%x\n", p->file ? p->file : "?",
          (int)frame_line(p, g->created_pc), frame_ins(p, g->created_pc));
}

/* Go 1.19 walks at most 100 frames, counting the runtime's own (hidden)
   frames on top of the stack: gopanic and the function that raised a
   runtime error, or gopark and the blocking operation. */
enum { TRACEBACK_MAX_FRAMES = 100 };

static int hidden_runtime_frames(const golem_g *g)
{
    if (g->status == G_WAITING)
        return 3;
    if (g->panic)
        return g->panic->runtime_error ? 2 : 1;
    return 0;
}

void rt_print_traceback(golem_g *g)
{
    golem_vm *vm = g->vm;
    const char *status = g->status == G_WAITING && g->waitreason
                             ? g->waitreason : "running";
    rt_emitf(vm, "goroutine %" PRId64 " [%s]:\n", g->goid, status);
    const golem_panic *unwinding = g->panic;
    int budget = TRACEBACK_MAX_FRAMES - hidden_runtime_frames(g);
    int printed = 0;
    for (uint32_t i = g->nframes; i-- > 0;) {
        const golem_frame *f = &g->frames[i];
        const golem_proto *p = f->proto;
        if (hidden_frame(p) || (p->wrapper && i + 1 != g->nframes))
            continue;
        if (printed >= budget) {
            if (printed == TRACEBACK_MAX_FRAMES)
                rt_emit(vm, "...additional frames elided...\n");
            break;
        }
        printed++;
        const char *file = p->file ? p->file : "?";
        int line = (int)frame_line(p, f->pc);
        if (frame_inlined(g, i)) {
            rt_emitf(vm, "%s(...)\n\t%s:%d\n", p->name, file, line);
        } else {
            rt_emit(vm, p->name);
            print_args(g, f);
            rt_emitf(vm, "\n\t%s:%d +0x%x\n", file, line, frame_ins(p, f->pc));
        }
        if (f->flags & FRAME_PANIC_DEFER)
            print_panic_frame(vm, &unwinding);
        if (var_init_call(g, i))
            print_var_init(g, i);
    }
    print_creator(g);
}

