/*
 * interp.c - the bytecode interpreter: the dispatch loop, calls and
 * returns, and the entry points vm_run and vm_call.
 *
 * STATE. The loop keeps the hot state in locals: g (the goroutine), fr (its
 * current call record), R (the current frame's first slot, g->stack +
 * fr->base), K (the proto's constant pool) and pc (a pointer to the next
 * instruction). Instructions are fixed 64-bit words (vm/opcodes.h); dispatch
 * is a computed goto through a table generated from the OPCODES X-macro
 * (GCC/clang), or a switch where labels-as-values are unavailable
 * (GOLEM_NO_COMPUTED_GOTO). Every op is a short case; anything slow (string
 * building, maps, interfaces, growth, panics) is a call out of the loop.
 *
 * CALLS. A call's arguments sit in consecutive caller slots R[A..]; they
 * become the callee's slots 0.. (its base is the caller's base + A), and the
 * callee leaves its results in its slots 0.., i.e. where the caller put the
 * arguments. Golem-to-golem calls never recurse in C: a call pushes a
 * golem_frame and reloads R/K/pc; a return copies the results down, pops
 * the record and reloads the caller's state. When the callee's frame does
 * not fit, the slot stack is copied into a bigger one (vm/stack.c) and R is
 * recomputed from the base offset, which is why nothing may keep a slot
 * pointer across a call. Natives (proto->native) are called in C on the
 * callee's window and run to completion.
 *
 * RE-ENTRY. vm_run and vm_call push a frame flagged FRAME_C_BOUNDARY and
 * run the loop until that frame returns; a native that calls back into
 * golem code (fmt calling String()) thus nests one C activation of the loop
 * per level, bounded by VM_CALL_MAX_DEPTH (beyond it: Go's fatal stack
 * overflow). While natives are active the stack may move under them; see
 * vm/stack.c for how their argument pointers stay valid.
 *
 * GOROUTINES. vm_run hands the program to the M:N scheduler (vm/proc.c),
 * whose run hook is vm_run_slice: the loop runs one G until a channel op
 * (vm/chan.c) or a parking native cannot proceed (it returns COOP_BLOCK
 * with the G parked; pc is left one past the op, which re-executes when
 * the G resumes), the G is preempted, or it returns from its first frame
 * (a boundary record). With GOLEM_SCHED=coop the top-level loop instead
 * switches among all Gs itself (vm/coop.c), reloading g/fr/R/K/pc. Nested
 * loops (under vm_call) never switch.
 *
 * PREEMPTION. Function entry and every taken jump poll g->preempt: one load
 * and a branch predicted not taken. Sysmon sets it when a G has run too
 * long; the slow path then yields (to the scheduler, or to the back of
 * the cooperative run queue). Stop-the-world uses the same flag.
 *
 * DEFER. DEFER pushes a record (function value + copied argument slots)
 * on its frame's list. At a normal return codegen emits RUNDEFERS, which
 * pops one record, calls it above the frame with its own pc rewound, and
 * so runs again after each deferred call until the list is empty.
 *
 * PANICS. An op that fails calls an rt_panic* function (which records the
 * panic on g and returns -1) and jumps to `unwind`, which saves the pc
 * into the frame record (frame->pc is always "index of the next
 * instruction", so the faulting line is lines[pc-1], as for calling
 * frames). The unwinder then runs, like Go's gopanic, the deferred calls of
 * the frames between the top and this loop's boundary, most recent first,
 * ON TOP of the panicking frames, each in a frame flagged
 * FRAME_PANIC_DEFER (the only frames where RECOVER returns the value).
 * When such a call returns and the panic was recovered, the frames above
 * the deferring one are dropped and it resumes at proto->resume_pc (its
 * remaining defers, then a normal return); otherwise unwinding goes on.
 * With no defers left the loop stops with the frames in place, so vm_run
 * prints the traceback of the panicking stack, and vm_call drops them and
 * reports the panic to the native that called. os.Exit and fatal errors
 * set vm->exiting and take the same exit, running no deferred calls; the
 * entry point then returns vm->exit_code.
 *
 * WRITE BARRIER (vm/mgc.h). Codegen emits ST_P/ST_NP, SST_P/SST_NP and
 * GST_P/GST_NP for stores of values with pointers into memory or globals;
 * they are the plain stores plus one load and a predictable branch on
 * vm->gc_barrier (the NP forms walk the value's rtype ptrmask only while
 * marking). The scalar store ops are untouched. APPEND's in-place fast
 * path tests the element's RF_HAS_POINTERS before the flag (a stale
 * pointer may sit past len); growth and copy go through the bulk barrier
 * (rt_growslice, rt_typedslicecopy); CLOSURE stores its captured cells
 * with the barrier (the closure is allocated black while marking); GO
 * shades the arguments it copies onto the new goroutine's stack. Frame
 * slots never need it: stacks are roots scanned once per cycle.
 *
 * INVARIANTS. fr == &g->frames[g->nframes-1] and R == g->stack + fr->base
 * whenever an op runs; anything that may move the stack or the frame array
 * (calls, stack growth, vm_call from a native) is followed by a reload.
 */
#include "chan.h"
#include "mgc.h"
#include "opcodes.h"
#include "proc.h"
#include "runtime.h"
#include "vm.h"
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define LIKELY(x) __builtin_expect(!!(x), 1)
#define UNLIKELY(x) __builtin_expect(!!(x), 0)
#define COLD __attribute__((noinline, cold))

/* vm_call nesting bound (C recursion through natives). */
#define VM_CALL_MAX_DEPTH 1000

/* Zero memory that MAPACCESS and failed comma-ok assertions point at:
   values larger than this must not be read through those pointers
   (codegen keeps map values and asserted types below it or copies). */
#define ZERO_BLOCK_SIZE 65536
static const uint64_t zero_block[ZERO_BLOCK_SIZE / 8];

/* ---- multi-slot values in registers ---- */

/* Copies n slots between memory and registers, which never overlap: the
   two- and three-slot values (strings, interfaces, slices) that loads and
   stores move most often are copied inline, not through memcpy. */
static inline void slots_copy(slot *restrict dst, const slot *restrict src,
                              uint32_t n)
{
    switch (n) {
    case 3: dst[2] = src[2]; /* fall through */
    case 2: dst[1] = src[1]; dst[0] = src[0]; break;
    default: memcpy(dst, src, (size_t)n * sizeof(slot)); break;
    }
}

static inline golem_string str_at(const slot *r)
{
    golem_string s = {(const uint8_t *)r[0].p, r[1].i};
    return s;
}

static inline void str_put(slot *r, golem_string s)
{
    r[0].p = (void *)s.data;
    r[1].i = s.len;
}

static inline golem_slice slice_at(const slot *r)
{
    golem_slice s = {r[0].p, r[1].i, r[2].i};
    return s;
}

static inline void slice_put(slot *r, golem_slice s)
{
    r[0].p = s.data;
    r[1].i = s.len;
    r[2].i = s.cap;
}

/* ---- scalar helpers ---- */

/* float64 -> int64 as amd64 Go does: truncation, and the "integer
   indefinite" value MinInt64 for NaN and out-of-range inputs. */
static inline int64_t f64_to_i64(double f)
{
    if (f >= -9223372036854775808.0 && f < 9223372036854775808.0)
        return (int64_t)f;
    return INT64_MIN;
}

/* float64 -> uint64 as amd64 Go does: below 2^63 through int64 (so
   negative inputs wrap), else subtract 2^63 and set the top bit. */
static inline uint64_t f64_to_u64(double f)
{
    if (!(f >= 9223372036854775808.0))
        return (uint64_t)f64_to_i64(f);
    return (uint64_t)f64_to_i64(f - 9223372036854775808.0) | (1ull << 63);
}

static inline double f64_min(double x, double y)
{
    if (x != x || y != y)
        return x + y; /* NaN */
    if (x == y)
        return signbit(x) ? x : y; /* min(-0, +0) = -0 */
    return x < y ? x : y;
}

static inline double f64_max(double x, double y)
{
    if (x != x || y != y)
        return x + y;
    if (x == y)
        return signbit(x) ? y : x;
    return x > y ? x : y;
}

static inline bool str_equal(const slot *a, const slot *b)
{
    return a[1].i == b[1].i &&
           (a[0].p == b[0].p || a[1].i == 0 ||
            memcmp(a[0].p, b[0].p, a[1].i) == 0);
}

/* ---- out-of-line slow paths ---- */

/* Writes a register-form value of element type t at dst (memory form). */
static void store_elem(void *dst, const rtype *t, const slot *v)
{
    switch (t->stride) {
    case 1: *(uint8_t *)dst = (uint8_t)v->u; break;
    case 2: *(uint16_t *)dst = (uint16_t)v->u; break;
    case 4:
        if (t->kind == RK_FLOAT32)
            *(float *)dst = (float)v->f;
        else
            *(uint32_t *)dst = (uint32_t)v->u;
        break;
    default: memcpy(dst, v, (size_t)t->nslots * sizeof(slot)); break;
    }
}

/* append(s, v...) of n register-form values at v, each t->nslots slots. */
static COLD int interp_append(golem_g *g, slot *sr, const rtype *t,
                              const slot *v, uint64_t n)
{
    golem_slice s = slice_at(sr);
    if ((uint64_t)(s.cap - s.len) < n &&
        rt_growslice(g, &s, t, s.len + (int64_t)n) < 0)
        return -1;
    char *p = (char *)s.data + (size_t)s.len * t->stride;
    for (uint64_t i = 0; i < n; i++) {
        gc_bulk_barrier(g, p, v, t, 1); /* p: a stale value past len */
        store_elem(p, t, v);
        p += t->stride;
        v += t->nslots;
    }
    s.len += (int64_t)n;
    slice_put(sr, s);
    return 0;
}

/* append(s, src...) where src is a slice or a string (data, len). */
static COLD int interp_append_slice(golem_g *g, slot *sr, const rtype *t,
                                    const slot *src)
{
    golem_slice s = slice_at(sr);
    golem_slice from = {src[0].p, src[1].i, src[1].i};
    if (from.len == 0)
        return 0;
    if (s.cap - s.len < from.len &&
        rt_growslice(g, &s, t, s.len + from.len) < 0)
        return -1;
    golem_slice window = {(char *)s.data + (size_t)s.len * t->stride,
                          from.len, from.len};
    rt_typedslicecopy(g, t, window, from);
    s.len += from.len;
    slice_put(sr, s);
    return 0;
}

static COLD void *box_slow(golem_g *g, const rtype *t, const slot *v)
{
    if (t->kind == RK_FLOAT32 && t->nslots == 1) {
        slot tmp = {0};
        float f = (float)v->f;
        memcpy(&tmp, &f, sizeof f);
        return rt_box(g, t, &tmp);
    }
    return rt_box(g, t, v);
}

/* An interface's data word for a register-form value of type t. */
static inline void *box_value(golem_g *g, const rtype *t, const slot *v)
{
    if (t->flags & RF_POINTER_SHAPED)
        return v->p;
    return box_slow(g, t, v);
}

/* 1 equal, 0 not, -1 panic: interfaces with dynamic types t1/t2. */
static COLD int iface_equal(golem_g *g, const rtype *t1, void *d1,
                            const rtype *t2, void *d2)
{
    if (t1 != t2)
        return 0;
    if (t1 == NULL)
        return 1;
    if (t1->flags & RF_POINTER_SHAPED)
        return d1 == d2;
    if (!(t1->flags & RF_COMPARABLE))
        return rt_panic_runtime(g, "comparing uncomparable type %s",
                                t1->string);
    return rt_equal(g, t1, d1, d2);
}

/* The static type named by Go's assertion messages when codegen gave no
   EXTRA word for an assertion from an empty interface. */
static const rtype rt_empty_interface = {
    .kind = RK_INTERFACE, .flags = RF_COMPARABLE, .nslots = 2, .stride = 16,
    .string = "interface {}",
};

/* The static interface type of an assertion: from its optional EXTRA word
   (advancing *pc), else "interface {}" / unknown. */
static inline const rtype *assert_static_type(const uint64_t **pc,
                                              const slot *K, bool from_eface)
{
    if (INS_OP(**pc) == OP_EXTRA)
        return K[INS_UBC(*(*pc)++)].p;
    return from_eface ? &rt_empty_interface : NULL;
}

static inline const rtype *itab_type(const void *tab)
{
    return tab ? ((const itab *)tab)->type : NULL;
}

/* x.(I) for an interface target: dst = (tab, data) or, when it fails and
   canfail, nil with *ok = false. */
static COLD int assert_to_iface(golem_g *g, const rtype *inter,
                                const rtype *have, void *data, slot *dst,
                                const rtype *static_iface, bool canfail,
                                bool *ok)
{
    const void *tab = NULL;
    if (have == NULL) {
        if (!canfail)
            return rt_panic_typeassert(g, static_iface, NULL, inter);
    } else if (inter->nmethods == 0) {
        tab = have;
    } else {
        tab = rt_getitab(g, inter, have, canfail);
        if (tab == NULL && !canfail)
            return -1;
    }
    *ok = tab != NULL;
    dst[0].p = (void *)tab;
    dst[1].p = tab ? data : NULL;
    return 0;
}

/* A slice expression's bounds: sets *kind and returns false when they
   fail Go's checks (lo <= hi <= max <= cap, unsigned). */
static inline bool slice_bounds_ok(uint64_t lo, uint64_t hi, uint64_t cap,
                                   bool is_array, int *kind, int64_t *x,
                                   int64_t *y)
{
    if (hi > cap) {
        *kind = is_array ? RT_BOUNDS_SLICE_ALEN : RT_BOUNDS_SLICE_ACAP;
        *x = (int64_t)hi, *y = (int64_t)cap;
        return false;
    }
    if (lo > hi) {
        *kind = RT_BOUNDS_SLICE_B;
        *x = (int64_t)lo, *y = (int64_t)hi;
        return false;
    }
    return true;
}

static COLD int slice3_panic(golem_g *g, uint64_t lo, uint64_t hi,
                             uint64_t max, uint64_t cap, bool is_array)
{
    if (max > cap)
        return rt_panic_slice(g, is_array ? RT_BOUNDS_SLICE3_ALEN : RT_BOUNDS_SLICE3_ACAP,
                              (int64_t)max, (int64_t)cap);
    if (hi > max)
        return rt_panic_slice(g, RT_BOUNDS_SLICE3_B, (int64_t)hi, (int64_t)max);
    return rt_panic_slice(g, RT_BOUNDS_SLICE3_C, (int64_t)lo, (int64_t)hi);
}

/* Calls a native on the window at slot offset base. If the stack moved
   during the call (the native re-entered golem code through vm_call), its
   results are in the retired array the native was given: copy them. */
static COLD int interp_call_native(golem_g *g, golem_proto *p, uint32_t base)
{
    if (p->native == NULL) {
        char msg[256];
        snprintf(msg, sizeof msg, "golem: function %s has no code",
                 p->name ? p->name : "?");
        return rt_fatal(g, msg);
    }
    uint64_t need = p->framesize;
    if (need < p->nparams)
        need = p->nparams;
    if (need < p->nresults)
        need = p->nresults;
    if (base + need > g->stack_size && !stack_ensure(g, base + need))
        return -1;
    slot *stack = g->stack;
    g->native_depth++;
    int rc = p->native(g, stack + base);
    g->native_depth--;
    if (g->stack != stack)
        memcpy(g->stack + base, stack + base, p->nresults * sizeof(slot));
    if (g->native_depth == 0 && g->retired_stacks != NULL)
        stack_free_retired(g);
    return rc < 0 ? -1 : rc; /* 0, or COOP_BLOCK: the native parked g */
}

static COLD bool interp_grow(golem_g *g, uint64_t need)
{
    return stack_ensure(g, need) && frames_ensure(g);
}

/* The preempt flag was set: true when g should yield to the next runnable
   G (only the top-level loop can switch; a nested one ignores it). */
/* How a loop activation runs (interp_execute). */
typedef enum interp_mode {
    INTERP_NESTED,   /* under vm_call: one G, never switches or parks */
    INTERP_TOPLEVEL, /* vm_run: runs every G, switching among them */
    INTERP_SLICE,    /* vm_run_slice: one G until it parks, yields, ends */
} interp_mode;

/* Whether frame fr was called directly by the panic's deferred-call
   machinery: it is flagged, or the generated wrappers between it and the
   flagged frame (a deferred method value or interface method) are all
   that separate them, as Go's recover rule counts them. */
static bool interp_called_by_defer(golem_g *g, golem_frame *fr)
{
    while (!(fr->flags & FRAME_PANIC_DEFER)) {
        if (fr == g->frames || !(fr - 1)->proto->wrapper)
            return false;
        fr--;
    }
    return true;
}

/* The preempt flag was set: true when g should yield now. */
static COLD bool interp_preempt(golem_g *g, interp_mode mode)
{
    __atomic_store_n(&g->preempt, 0, __ATOMIC_RELAXED);
    if (g->native_depth != 0)
        return false;
    gc_safepoint(g); /* (GC) a cycle the allocator asked for */
    if (mode == INTERP_SLICE)
        return true;
    return mode == INTERP_TOPLEVEL && g->vm->coop_runq_head != NULL;
}

/* The first free slot above g's top frame. */
static inline uint32_t stack_top(const golem_g *g)
{
    const golem_frame *fr = &g->frames[g->nframes - 1];
    return fr->base + fr->proto->framesize;
}

/* A defer record for function value fn with n argument slots. */
static COLD golem_defer *defer_new(golem_closure *fn, const slot *args,
                                   uint32_t n)
{
    golem_defer *d = malloc(sizeof *d + n * sizeof(slot));
    if (d == NULL)
        abort(); /* as gc_alloc: out of memory is fatal */
    d->fn = fn;
    d->nargs = n;
    memcpy(d->args, args, n * sizeof(slot));
    return d;
}

/* Prepares the deferred call d in the window at slot offset `at` of frame
   fr: copies its arguments there and frees the record. Returns the
   function value, or NULL after raising (nil function, stack overflow). */
static COLD golem_closure *defer_start(golem_g *g, golem_frame *fr,
                                       golem_defer *d, uint32_t at)
{
    golem_closure *cl = d->fn;
    uint64_t need = (uint64_t)fr->base + at + d->nargs;
    if (cl != NULL && !stack_ensure(g, need))
        cl = NULL;
    else if (cl == NULL)
        rt_panic_nil_deref(g);
    else
        memcpy(g->stack + fr->base + at, d->args, d->nargs * sizeof(slot));
    free(d);
    return cl;
}

/* The panic on top of g's chain was recovered by a deferred call of frame
   `owner`: drop the frames above it, the recovered panic, and the panics
   that the discarded frames were running deferred calls for (aborted, in
   Go's terms); older panics whose deferred call is still on the stack
   (at or below owner) stay in progress. */
static COLD void interp_recovered(golem_g *g, uint32_t owner)
{
    g->nframes = owner + 1;
    g->panic = g->panic->link;
    uint32_t live = 0, n = 0;
    for (uint32_t i = 0; i <= owner; i++)
        if (g->frames[i].flags & FRAME_PANIC_DEFER)
            live++;
    for (golem_panic *p = g->panic; p != NULL; p = p->link)
        n++;
    while (n > live) {
        g->panic = g->panic->link;
        n--;
    }
}

/* ---- print / println (to stderr, as Go's builtins) ---- */

static void print_str(golem_g *g, const char *s, size_t n)
{
    vm_write(&g->vm->err, s, n);
}

static COLD void print_i64(golem_g *g, int64_t v)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%lld", (long long)v);
    print_str(g, buf, (size_t)n);
}

static COLD void print_u64(golem_g *g, uint64_t v)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "%llu", (unsigned long long)v);
    print_str(g, buf, (size_t)n);
}

static COLD void print_hex(golem_g *g, uint64_t v)
{
    char buf[32];
    int n = snprintf(buf, sizeof buf, "0x%llx", (unsigned long long)v);
    print_str(g, buf, (size_t)n);
}

/* Go's runtime float format: sign, 7 significant digits by repeated
   scaling, and a signed three-digit exponent: "+1.500000e+000". */
static COLD void print_f64(golem_g *g, double v)
{
    enum { DIGITS = 7 };
    char buf[DIGITS + 7];
    if (v != v) {
        print_str(g, "NaN", 3);
        return;
    }
    if (v + v == v && v != 0) {
        print_str(g, v > 0 ? "+Inf" : "-Inf", 4);
        return;
    }
    int e = 0;
    buf[0] = '+';
    if (v == 0) {
        if (signbit(v))
            buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            e++;
            v /= 10;
        }
        while (v < 1) {
            e--;
            v *= 10;
        }
        double half = 5.0;
        for (int i = 0; i < DIGITS; i++)
            half /= 10;
        v += half;
        if (v >= 10) {
            e++;
            v /= 10;
        }
    }
    for (int i = 0; i < DIGITS; i++) {
        int d = (int)v;
        buf[i + 2] = (char)('0' + d);
        v = (v - d) * 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[DIGITS + 2] = 'e';
    buf[DIGITS + 3] = e < 0 ? '-' : '+';
    if (e < 0)
        e = -e;
    buf[DIGITS + 4] = (char)('0' + e / 100);
    buf[DIGITS + 5] = (char)('0' + e / 10 % 10);
    buf[DIGITS + 6] = (char)('0' + e % 10);
    print_str(g, buf, sizeof buf);
}

#ifdef INTERP_TRACE
static void interp_trace(const golem_frame *fr, const uint64_t *pc,
                         uint64_t ins)
{
    unsigned op = INS_OP(ins);
    fprintf(stderr, "%s:%u %s %u %u %u\n", fr->proto->name,
            (unsigned)(pc - fr->proto->code),
            op < OP__COUNT ? op_names[op] : "?", INS_A(ins), INS_B(ins),
            INS_C(ins));
}
#endif

/* ---- the loop ---- */

#if defined(__GNUC__) && !defined(GOLEM_NO_COMPUTED_GOTO)
#define INTERP_COMPUTED_GOTO 1
#endif

/* Every op handler starts on a 16-byte boundary (GCC): with computed
   goto each handler ends in its own indirect jump, and where those jumps
   and their targets fall decides how well the CPU's indirect-branch
   predictor tells them apart. Unaligned, an unrelated change elsewhere in
   this function moved bench/loop.go between 0.5 s and 1.7 s of CPU on an
   AMD EPYC with byte-identical handler code; aligned, it stays at the
   fast end (docs/runtime.md, "The write barrier"). */
#if defined(INTERP_COMPUTED_GOTO) && !defined(__clang__)
#define INTERP_ALIGN_HANDLERS __attribute__((optimize("align-labels=16")))
#else
#define INTERP_ALIGN_HANDLERS
#endif

/* Runs *gp from its top frame until the boundary record it started at
   (FRAME_C_BOUNDARY) returns: 0. On a panic or exit not recovered above
   the boundary: -1, with the frames left in place and *gp the G that
   failed. In INTERP_SLICE mode also VM_SLICE_PARKED / VM_SLICE_YIELD. */
static INTERP_ALIGN_HANDLERS int interp_execute(golem_g **gp,
                                                interp_mode mode)
{
    golem_g *g = *gp;
    golem_g *const entry_g = g;
    /* A slice resumes a G anywhere in its stack: its boundary is its
       first frame. Other modes start at the record just pushed. */
    const uint32_t entry_boundary = mode == INTERP_SLICE ? 0 : g->nframes - 1;
    uint32_t boundary = entry_boundary;
    golem_frame *fr = &g->frames[g->nframes - 1];
    slot *R;
    const slot *K;
    const uint64_t *pc;
    uint64_t ins;

#define LOAD_FRAME()                                                           \
    do {                                                                       \
        const golem_proto *p_ = fr->proto;                                     \
        K = p_->consts;                                                        \
        R = g->stack + fr->base;                                               \
        pc = p_->code + fr->pc;                                                \
    } while (0)
#define SAVE_PC() (fr->pc = (uint32_t)(pc - fr->proto->code))
#define POLL()                                                                 \
    do {                                                                       \
        if (UNLIKELY(__atomic_load_n(&g->preempt, __ATOMIC_RELAXED))) {       \
            SAVE_PC();                                                         \
            if (interp_preempt(g, mode))                                       \
                goto yield;                                                    \
        }                                                                      \
    } while (0)
#define OA INS_A(ins)
#define OB INS_B(ins)
#define OC INS_C(ins)
#define RA R[INS_A(ins)]
#define RB R[INS_B(ins)]
#define RC R[INS_C(ins)]
#define RAISE(call)                                                            \
    do {                                                                       \
        call;                                                                  \
        goto unwind;                                                           \
    } while (0)
#define JUMP(off)                                                              \
    do {                                                                       \
        pc += (off);                                                           \
        POLL();                                                                \
    } while (0)
#define NILCHECK(p)                                                            \
    do {                                                                       \
        if (UNLIKELY((p) == NULL))                                             \
            RAISE(rt_panic_nil_deref(g));                                      \
    } while (0)
#define BOUNDSCHECK(i, n)                                                      \
    do {                                                                       \
        if (UNLIKELY((uint64_t)(i) >= (uint64_t)(n)))                          \
            RAISE(rt_panic_index(g, (int64_t)(i), (int64_t)(n)));              \
    } while (0)
/* Pushes a golem frame for proto P (closure CL) at R[ARG] with FLAGS and
   enters it (P must not be native). */
#define PUSH_FRAME(P, CL, ARG, FLAGS, OWNER)                                   \
    do {                                                                       \
        golem_proto *pp_ = (P);                                                \
        uint32_t pb_ = fr->base + (ARG);                                       \
        if (UNLIKELY(pb_ + pp_->framesize > g->stack_size ||                   \
                     g->nframes == g->capframes)) {                            \
            if (!interp_grow(g, (uint64_t)pb_ + pp_->framesize))               \
                goto unwind_saved;                                             \
        }                                                                      \
        uint32_t owner_ = (OWNER);                                             \
        fr = &g->frames[g->nframes++];                                         \
        fr->proto = pp_;                                                       \
        fr->closure = (CL);                                                    \
        fr->base = pb_;                                                        \
        fr->pc = 0;                                                            \
        fr->defers = NULL;                                                     \
        fr->flags = (FLAGS);                                                   \
        fr->owner = owner_;                                                    \
        K = pp_->consts;                                                       \
        R = g->stack + pb_;                                                    \
        if (pp_->zero_hi != 0)                                                 \
            memset(R + pp_->zero_lo, 0,                                        \
                   (pp_->zero_hi - pp_->zero_lo) * sizeof(slot));              \
        pc = pp_->code;                                                        \
        POLL();                                                                \
    } while (0)
/* Calls proto P (closure CL) with its frame at R[ARG]. */
#define CALL_PROTO(P, CL, ARG)                                                 \
    do {                                                                       \
        golem_proto *cp_ = (P);                                                \
        SAVE_PC();                                                             \
        if (UNLIKELY(cp_->code == NULL)) { /* native, or no body */           \
            int rc_ = interp_call_native(g, cp_, fr->base + (ARG));            \
            fr = &g->frames[g->nframes - 1];                                   \
            R = g->stack + fr->base;                                           \
            if (UNLIKELY(rc_ != 0)) {                                          \
                if (rc_ < 0)                                                   \
                    goto unwind_saved;                                         \
                goto park; /* the call re-executes when g resumes */          \
            }                                                                  \
            NEXT();                                                            \
        }                                                                      \
        PUSH_FRAME(cp_, (CL), (ARG), 0, 0);                                    \
        NEXT();                                                                \
    } while (0)

#ifdef INTERP_COMPUTED_GOTO
    static const void *const dispatch[OP__COUNT] = {
#define OPC_LABEL(name, fmt, doc) &&L_##name,
        OPCODES(OPC_LABEL)
#undef OPC_LABEL
    };
#define CASE(name) L_##name:
#ifdef INTERP_TRACE /* debugging aid: -DINTERP_TRACE prints every op */
#define NEXT()                                                                 \
    do {                                                                       \
        ins = *pc++;                                                           \
        interp_trace(fr, pc - 1, ins);                                         \
        goto *dispatch[INS_OP(ins)];                                           \
    } while (0)
#else
#define NEXT()                                                                 \
    do {                                                                       \
        ins = *pc++;                                                           \
        goto *dispatch[INS_OP(ins)];                                           \
    } while (0)
#endif
#define DISPATCH_BEGIN() NEXT();
#define DISPATCH_END()
#else
#define CASE(name) case OP_##name:
#define NEXT() goto dispatch_next
#define DISPATCH_BEGIN()                                                       \
    dispatch_next:                                                             \
    ins = *pc++;                                                               \
    switch (INS_OP(ins)) {
#define DISPATCH_END()                                                         \
    default:                                                                   \
        goto bad_op;                                                           \
        }
#endif

    LOAD_FRAME();
    /* (GC) poll first: a yield here must save the pc still one past the
       parked op, or the next resume would step back twice */
    POLL();
    if (g->coop_wait != NULL)
        pc--; /* resuming a G parked in a channel op: run it again */
    DISPATCH_BEGIN()

    /* ---- moves and constants ---- */
    CASE(NOP) NEXT();
    CASE(EXTRA) NEXT();
    CASE(MOVE) RA = RB; NEXT();
    CASE(MOVE2) {
        slot a = RB, b = R[OB + 1];
        RA = a;
        R[OA + 1] = b;
        NEXT();
    }
    CASE(MOVE3) {
        slot a = RB, b = R[OB + 1], c = R[OB + 2];
        RA = a;
        R[OA + 1] = b;
        R[OA + 2] = c;
        NEXT();
    }
    CASE(MOVEN) memmove(&RA, &RB, (size_t)OC * sizeof(slot)); NEXT();
    CASE(LOADK) RA = K[INS_UBC(ins)]; NEXT();
    CASE(LOADK2) {
        uint32_t k = INS_UBC(ins);
        RA = K[k];
        R[OA + 1] = K[k + 1];
        NEXT();
    }
    CASE(LOADI) RA.i = INS_BC(ins); NEXT();
    CASE(LOADF) RA.f = (double)INS_BC(ins); NEXT();
    CASE(ZERO) memset(&RA, 0, (size_t)OB * sizeof(slot)); NEXT();

    /* ---- integer arithmetic ---- */
    CASE(ADD_I64) RA.u = RB.u + RC.u; NEXT();
    CASE(SUB_I64) RA.u = RB.u - RC.u; NEXT();
    CASE(MUL_I64) RA.u = RB.u * RC.u; NEXT();
    CASE(DIV_I64) {
        int64_t d = RC.i;
        if (UNLIKELY(d == 0))
            RAISE(rt_panic_divide(g));
        RA.i = d == -1 ? (int64_t)(0 - RB.u) : RB.i / d;
        NEXT();
    }
    CASE(REM_I64) {
        int64_t d = RC.i;
        if (UNLIKELY(d == 0))
            RAISE(rt_panic_divide(g));
        RA.i = d == -1 ? 0 : RB.i % d;
        NEXT();
    }
    CASE(DIV_U64) {
        uint64_t d = RC.u;
        if (UNLIKELY(d == 0))
            RAISE(rt_panic_divide(g));
        RA.u = RB.u / d;
        NEXT();
    }
    CASE(REM_U64) {
        uint64_t d = RC.u;
        if (UNLIKELY(d == 0))
            RAISE(rt_panic_divide(g));
        RA.u = RB.u % d;
        NEXT();
    }
    CASE(AND) RA.u = RB.u & RC.u; NEXT();
    CASE(OR) RA.u = RB.u | RC.u; NEXT();
    CASE(XOR) RA.u = RB.u ^ RC.u; NEXT();
    CASE(ANDNOT) RA.u = RB.u & ~RC.u; NEXT();
    CASE(SHL) {
        uint64_t c = RC.u;
        RA.u = c < 64 ? RB.u << c : 0;
        NEXT();
    }
    CASE(SHR_I64) {
        uint64_t c = RC.u;
        RA.i = RB.i >> (c < 64 ? c : 63);
        NEXT();
    }
    CASE(SHR_U64) {
        uint64_t c = RC.u;
        RA.u = c < 64 ? RB.u >> c : 0;
        NEXT();
    }
    CASE(CHKSHIFT) {
        if (UNLIKELY(RA.i < 0))
            RAISE(rt_panic_runtime(g, "negative shift amount"));
        NEXT();
    }
    CASE(NEG_I64) RA.u = 0 - RB.u; NEXT();
    CASE(COM) RA.u = ~RB.u; NEXT();
    CASE(NOT) RA.u = RB.u ^ 1; NEXT();
    CASE(ADDI_I64) RA.u = RB.u + (uint64_t)(int64_t)INS_SC(ins); NEXT();
    CASE(SUBI_I64) RA.u = RB.u - (uint64_t)(int64_t)INS_SC(ins); NEXT();
    CASE(MULI_I64) RA.u = RB.u * (uint64_t)(int64_t)INS_SC(ins); NEXT();
    CASE(DIVI_I64) {
        int64_t d = INS_SC(ins);
        RA.i = d == -1 ? (int64_t)(0 - RB.u) : RB.i / d;
        NEXT();
    }
    CASE(REMI_I64) {
        int64_t d = INS_SC(ins);
        RA.i = d == -1 ? 0 : RB.i % d;
        NEXT();
    }
    CASE(ANDI) RA.u = RB.u & OC; NEXT();
    CASE(ORI) RA.u = RB.u | OC; NEXT();
    CASE(XORI) RA.u = RB.u ^ OC; NEXT();
    CASE(SHLI) RA.u = RB.u << (OC & 63); NEXT();
    CASE(SHRI_I64) RA.i = RB.i >> (OC & 63); NEXT();
    CASE(SHRI_U64) RA.u = RB.u >> (OC & 63); NEXT();

    /* ---- normalisation ---- */
    CASE(SEXT8) RA.i = (int8_t)RB.u; NEXT();
    CASE(SEXT16) RA.i = (int16_t)RB.u; NEXT();
    CASE(SEXT32) RA.i = (int32_t)RB.u; NEXT();
    CASE(ZEXT8) RA.u = (uint8_t)RB.u; NEXT();
    CASE(ZEXT16) RA.u = (uint16_t)RB.u; NEXT();
    CASE(ZEXT32) RA.u = (uint32_t)RB.u; NEXT();
    CASE(ROUND_F32) RA.f = (double)(float)RB.f; NEXT();

    /* ---- float64 ---- */
    CASE(ADD_F64) RA.f = RB.f + RC.f; NEXT();
    CASE(SUB_F64) RA.f = RB.f - RC.f; NEXT();
    CASE(MUL_F64) RA.f = RB.f * RC.f; NEXT();
    CASE(DIV_F64) RA.f = RB.f / RC.f; NEXT();
    CASE(NEG_F64) RA.f = -RB.f; NEXT();

    /* ---- conversions ---- */
    CASE(I64_TO_F64) RA.f = (double)RB.i; NEXT();
    CASE(U64_TO_F64) RA.f = (double)RB.u; NEXT();
    CASE(F64_TO_I64) RA.i = f64_to_i64(RB.f); NEXT();
    CASE(F64_TO_U64) RA.u = f64_to_u64(RB.f); NEXT();

    /* ---- comparisons ---- */
    CASE(EQ) RA.u = RB.u == RC.u; NEXT();
    CASE(NE) RA.u = RB.u != RC.u; NEXT();
    CASE(LT_I64) RA.u = RB.i < RC.i; NEXT();
    CASE(LE_I64) RA.u = RB.i <= RC.i; NEXT();
    CASE(LT_U64) RA.u = RB.u < RC.u; NEXT();
    CASE(LE_U64) RA.u = RB.u <= RC.u; NEXT();
    CASE(EQ_F64) RA.u = RB.f == RC.f; NEXT();
    CASE(NE_F64) RA.u = RB.f != RC.f; NEXT();
    CASE(LT_F64) RA.u = RB.f < RC.f; NEXT();
    CASE(LE_F64) RA.u = RB.f <= RC.f; NEXT();
    CASE(EQI) RA.u = RB.i == INS_SC(ins); NEXT();
    CASE(NEI) RA.u = RB.i != INS_SC(ins); NEXT();
    CASE(LTI_I64) RA.u = RB.i < INS_SC(ins); NEXT();
    CASE(LEI_I64) RA.u = RB.i <= INS_SC(ins); NEXT();
    CASE(GTI_I64) RA.u = RB.i > INS_SC(ins); NEXT();
    CASE(GEI_I64) RA.u = RB.i >= INS_SC(ins); NEXT();
    CASE(EQ_STR) RA.u = str_equal(&RB, &RC); NEXT();
    CASE(NE_STR) RA.u = !str_equal(&RB, &RC); NEXT();
    CASE(LT_STR) RA.u = rt_strcmp(str_at(&RB), str_at(&RC)) < 0; NEXT();
    CASE(LE_STR) RA.u = rt_strcmp(str_at(&RB), str_at(&RC)) <= 0; NEXT();
    /* Variants of one op share a body with constant flags (the cases do
       not re-read the opcode, which keeps it out of a register). */
#define IFACE_EQ(TA, TB, NEG)                                                  \
    do {                                                                       \
        int r_ = iface_equal(g, (TA), R[OB + 1].p, (TB), R[OC + 1].p);         \
        if (UNLIKELY(r_ < 0))                                                  \
            goto unwind;                                                       \
        RA.u = (NEG) ? !r_ : r_;                                               \
        NEXT();                                                                \
    } while (0)
    CASE(EQ_EFACE) IFACE_EQ(RB.p, RC.p, 0);
    CASE(NE_EFACE) IFACE_EQ(RB.p, RC.p, 1);
    CASE(EQ_IFACE) IFACE_EQ(itab_type(RB.p), itab_type(RC.p), 0);
    CASE(NE_IFACE) IFACE_EQ(itab_type(RB.p), itab_type(RC.p), 1);
    CASE(EQ_MEM) {
        uint64_t x = *pc++;
        int r = rt_equal(g, K[INS_UBC(x)].p, &RB, &RC);
        if (UNLIKELY(r < 0))
            goto unwind;
        RA.u = (uint64_t)r;
        NEXT();
    }
    CASE(EQ_PTRMEM) {
        uint64_t x = *pc++;
        int r = rt_equal(g, K[INS_UBC(x)].p, RB.p, RC.p);
        if (UNLIKELY(r < 0))
            goto unwind;
        RA.u = (uint64_t)r;
        NEXT();
    }

    /* ---- branches ---- */
    CASE(JMP) JUMP(INS_BC(ins)); NEXT();
    CASE(JMPT) if (RA.u != 0) JUMP(INS_BC(ins)); NEXT();
    CASE(JMPF) if (RA.u == 0) JUMP(INS_BC(ins)); NEXT();
    CASE(JEQ) if (RA.u == RB.u) JUMP(INS_SC(ins)); NEXT();
    CASE(JNE) if (RA.u != RB.u) JUMP(INS_SC(ins)); NEXT();
    CASE(JLT_I64) if (RA.i < RB.i) JUMP(INS_SC(ins)); NEXT();
    CASE(JLE_I64) if (RA.i <= RB.i) JUMP(INS_SC(ins)); NEXT();
    CASE(JLT_U64) if (RA.u < RB.u) JUMP(INS_SC(ins)); NEXT();
    CASE(JLE_U64) if (RA.u <= RB.u) JUMP(INS_SC(ins)); NEXT();
    CASE(JLT_F64) if (RA.f < RB.f) JUMP(INS_SC(ins)); NEXT();
    CASE(JLE_F64) if (RA.f <= RB.f) JUMP(INS_SC(ins)); NEXT();
    CASE(JNLT_F64) if (!(RA.f < RB.f)) JUMP(INS_SC(ins)); NEXT();
    CASE(JNLE_F64) if (!(RA.f <= RB.f)) JUMP(INS_SC(ins)); NEXT();
    CASE(JEQI) if (RA.i == INS_SB(ins)) JUMP(INS_SC(ins)); NEXT();
    CASE(JNEI) if (RA.i != INS_SB(ins)) JUMP(INS_SC(ins)); NEXT();
    CASE(JLTI_I64) if (RA.i < INS_SB(ins)) JUMP(INS_SC(ins)); NEXT();
    CASE(JLEI_I64) if (RA.i <= INS_SB(ins)) JUMP(INS_SC(ins)); NEXT();
    CASE(JGTI_I64) if (RA.i > INS_SB(ins)) JUMP(INS_SC(ins)); NEXT();
    CASE(JGEI_I64) if (RA.i >= INS_SB(ins)) JUMP(INS_SC(ins)); NEXT();
    CASE(JEQK) if (RA.u == K[OB].u) JUMP(INS_SC(ins)); NEXT();
    CASE(JNEK) if (RA.u != K[OB].u) JUMP(INS_SC(ins)); NEXT();
    CASE(JLTK_I64) if (RA.i < K[OB].i) JUMP(INS_SC(ins)); NEXT();
    CASE(JLEK_I64) if (RA.i <= K[OB].i) JUMP(INS_SC(ins)); NEXT();
    CASE(JGTK_I64) if (RA.i > K[OB].i) JUMP(INS_SC(ins)); NEXT();
    CASE(JGEK_I64) if (RA.i >= K[OB].i) JUMP(INS_SC(ins)); NEXT();

    /* ---- memory through a pointer ---- */
#define LOAD_VIA(T, field)                                                     \
    do {                                                                       \
        char *p_ = RB.p;                                                       \
        NILCHECK(p_);                                                          \
        RA.field = *(const T *)(p_ + OC);                                      \
        NEXT();                                                                \
    } while (0)
#define STORE_VIA(T, val)                                                      \
    do {                                                                       \
        char *p_ = RA.p;                                                       \
        NILCHECK(p_);                                                          \
        *(T *)(p_ + OC) = (T)(val);                                            \
        NEXT();                                                                \
    } while (0)
    CASE(LD_I8) LOAD_VIA(int8_t, i);
    CASE(LD_U8) LOAD_VIA(uint8_t, u);
    CASE(LD_I16) LOAD_VIA(int16_t, i);
    CASE(LD_U16) LOAD_VIA(uint16_t, u);
    CASE(LD_I32) LOAD_VIA(int32_t, i);
    CASE(LD_U32) LOAD_VIA(uint32_t, u);
    CASE(LD_F32) LOAD_VIA(float, f);
    CASE(LD_64) LOAD_VIA(uint64_t, u);
    CASE(LD_N) {
        void *p = RB.p;
        NILCHECK(p);
        slots_copy(&RA, p, OC);
        NEXT();
    }
    CASE(ST_8) STORE_VIA(uint8_t, RB.u);
    CASE(ST_16) STORE_VIA(uint16_t, RB.u);
    CASE(ST_32) STORE_VIA(uint32_t, RB.u);
    CASE(ST_F32) STORE_VIA(float, RB.f);
    CASE(ST_64) STORE_VIA(uint64_t, RB.u);
    CASE(ST_N) {
        void *p = RA.p;
        NILCHECK(p);
        slots_copy(p, &RB, OC);
        NEXT();
    }
    CASE(ADDP) {
        char *p = RB.p;
        NILCHECK(p);
        RA.p = p + OC;
        NEXT();
    }
    CASE(NILCHK) NILCHECK(RA.p); NEXT();

    /* ---- composites in the frame ---- */
#define FLOAD(T, field) RA.field = *(const T *)((char *)&RB + OC); NEXT()
#define FSTORE(T, val) *(T *)((char *)&RA + OC) = (T)(val); NEXT()
    CASE(FLD_I8) FLOAD(int8_t, i);
    CASE(FLD_U8) FLOAD(uint8_t, u);
    CASE(FLD_I16) FLOAD(int16_t, i);
    CASE(FLD_U16) FLOAD(uint16_t, u);
    CASE(FLD_I32) FLOAD(int32_t, i);
    CASE(FLD_U32) FLOAD(uint32_t, u);
    CASE(FLD_F32) FLOAD(float, f);
    CASE(FST_8) FSTORE(uint8_t, RB.u);
    CASE(FST_16) FSTORE(uint16_t, RB.u);
    CASE(FST_32) FSTORE(uint32_t, RB.u);
    CASE(FST_F32) FSTORE(float, RB.f);
#define FLOADX(T, field) RA.field = ((const T *)&RB)[RC.i]; NEXT()
#define FSTOREX(T, val) ((T *)&RA)[RB.i] = (T)(val); NEXT()
    CASE(FLDX_I8) FLOADX(int8_t, i);
    CASE(FLDX_U8) FLOADX(uint8_t, u);
    CASE(FLDX_I16) FLOADX(int16_t, i);
    CASE(FLDX_U16) FLOADX(uint16_t, u);
    CASE(FLDX_I32) FLOADX(int32_t, i);
    CASE(FLDX_U32) FLOADX(uint32_t, u);
    CASE(FLDX_F32) FLOADX(float, f);
    CASE(FLDX_64) FLOADX(uint64_t, u);
    CASE(FLDX_N) {
        uint64_t n = INS_A(*pc++);
        memmove(&RA, &RB + RC.u * n, n * sizeof(slot));
        NEXT();
    }
    CASE(FSTX_8) FSTOREX(uint8_t, RC.u);
    CASE(FSTX_16) FSTOREX(uint16_t, RC.u);
    CASE(FSTX_32) FSTOREX(uint32_t, RC.u);
    CASE(FSTX_F32) FSTOREX(float, RC.f);
    CASE(FSTX_64) FSTOREX(uint64_t, RC.u);
    CASE(FSTX_N) {
        uint64_t n = INS_A(*pc++);
        memmove(&RA + RB.u * n, &RC, n * sizeof(slot));
        NEXT();
    }
    CASE(BOUNDS) BOUNDSCHECK(RA.u, RB.u); NEXT();
    CASE(BOUNDSK) BOUNDSCHECK(RA.u, INS_UBC(ins)); NEXT();

    /* ---- globals ---- */
    CASE(GADDR) RA.p = (char *)g->vm->globals + INS_UBC(ins); NEXT();
    CASE(GLD_64)
        RA.u = *(const uint64_t *)((char *)g->vm->globals + INS_UBC(ins));
        NEXT();
    CASE(GST_64)
        *(uint64_t *)((char *)g->vm->globals + INS_UBC(ins)) = RA.u;
        NEXT();
    CASE(GLD_N)
        memmove(&RA, g->vm->globals + OB, (size_t)OC * sizeof(slot));
        NEXT();
    CASE(GST_N)
        memmove(g->vm->globals + OB, &RA, (size_t)OC * sizeof(slot));
        NEXT();

    /* ---- heap ---- */
    CASE(NEW) {
        const rtype *t = K[INS_UBC(ins)].p;
        RA.p = gc_alloc(g, t, (size_t)t->nslots * sizeof(slot));
        NEXT();
    }

    /* ---- strings ---- */
    CASE(CONCAT) str_put(&RA, rt_concat(g, str_at(&RB), str_at(&RC))); NEXT();
    CASE(STR_INDEX) {
        uint64_t i = RC.u;
        BOUNDSCHECK(i, R[OB + 1].u);
        RA.u = ((const uint8_t *)RB.p)[i];
        NEXT();
    }
    CASE(STR_SLICE) {
        uint64_t lo = RC.u, hi = R[OC + 1].u, len = R[OB + 1].u;
        int kind;
        int64_t x, y;
        if (UNLIKELY(!slice_bounds_ok(lo, hi, len, true, &kind, &x, &y)))
            RAISE(rt_panic_slice(g, kind, x, y));
        const char *d = RB.p;
        RA.p = (void *)(hi - lo ? d + lo : d);
        R[OA + 1].u = hi - lo;
        NEXT();
    }
    CASE(STR_FROM_BYTES) {
        golem_slice b = slice_at(&RB);
        str_put(&RA, rt_string_from_bytes(g, b.data, b.len));
        NEXT();
    }
    CASE(BYTES_FROM_STR)
        slice_put(&RA, rt_bytes_from_string(g, str_at(&RB)));
        NEXT();
    CASE(STR_FROM_RUNES)
        str_put(&RA, rt_string_from_runes(g, slice_at(&RB)));
        NEXT();
    CASE(RUNES_FROM_STR)
        slice_put(&RA, rt_runes_from_string(g, str_at(&RB)));
        NEXT();
    CASE(STR_FROM_RUNE) str_put(&RA, rt_string_from_rune(g, RB.i)); NEXT();
    CASE(STR_RANGE) {
        const uint8_t *d = RB.p;
        int64_t i = RC.i, n = R[OB + 1].i;
        int32_t r = d[i];
        int w = 1;
        if (UNLIKELY(r >= 0x80))
            w = rt_decode_rune(d + i, n - i, &r);
        RA.i = r;
        R[OA + 1].i = i + w;
        NEXT();
    }

    /* ---- slices ---- */
#define SLOAD(T, field)                                                        \
    do {                                                                       \
        uint64_t i_ = RC.u;                                                    \
        BOUNDSCHECK(i_, R[OB + 1].u);                                          \
        RA.field = ((const T *)RB.p)[i_];                                      \
        NEXT();                                                                \
    } while (0)
#define SSTORE(T, val)                                                         \
    do {                                                                       \
        uint64_t i_ = RB.u;                                                    \
        BOUNDSCHECK(i_, R[OA + 1].u);                                          \
        ((T *)RA.p)[i_] = (T)(val);                                            \
        NEXT();                                                                \
    } while (0)
    CASE(SLD_I8) SLOAD(int8_t, i);
    CASE(SLD_U8) SLOAD(uint8_t, u);
    CASE(SLD_I16) SLOAD(int16_t, i);
    CASE(SLD_U16) SLOAD(uint16_t, u);
    CASE(SLD_I32) SLOAD(int32_t, i);
    CASE(SLD_U32) SLOAD(uint32_t, u);
    CASE(SLD_F32) SLOAD(float, f);
    CASE(SLD_64) SLOAD(uint64_t, u);
    CASE(SLD_N) {
        uint64_t n = INS_A(*pc++), i = RC.u;
        BOUNDSCHECK(i, R[OB + 1].u);
        memmove(&RA, (slot *)RB.p + i * n, n * sizeof(slot));
        NEXT();
    }
    CASE(SADDR) {
        uint64_t stride = INS_UBC(*pc++), i = RC.u;
        BOUNDSCHECK(i, R[OB + 1].u);
        RA.p = (char *)RB.p + i * stride;
        NEXT();
    }
    CASE(SST_8) SSTORE(uint8_t, RC.u);
    CASE(SST_16) SSTORE(uint16_t, RC.u);
    CASE(SST_32) SSTORE(uint32_t, RC.u);
    CASE(SST_F32) SSTORE(float, RC.f);
    CASE(SST_64) SSTORE(uint64_t, RC.u);
    CASE(SST_N) {
        uint64_t n = INS_A(*pc++), i = RB.u;
        BOUNDSCHECK(i, R[OA + 1].u);
        memmove((slot *)RA.p + i * n, &RC, n * sizeof(slot));
        NEXT();
    }
    CASE(SLICE) {
        uint64_t x = *pc++;
        uint64_t lo = RC.u, hi = R[OC + 1].u, cap = R[OB + 2].u;
        int kind;
        int64_t bx, by;
        if (UNLIKELY(!slice_bounds_ok(lo, hi, cap, INS_A(x) & 1, &kind, &bx,
                                      &by)))
            RAISE(rt_panic_slice(g, kind, bx, by));
        char *d = RB.p;
        RA.p = cap - lo ? d + lo * INS_UBC(x) : d;
        R[OA + 1].u = hi - lo;
        R[OA + 2].u = cap - lo;
        NEXT();
    }
    CASE(SLICE3) {
        uint64_t x = *pc++;
        uint64_t lo = RC.u, hi = R[OC + 1].u, max = R[OC + 2].u;
        uint64_t cap = R[OB + 2].u;
        if (UNLIKELY(max > cap || hi > max || lo > hi))
            RAISE(slice3_panic(g, lo, hi, max, cap, INS_A(x) & 1));
        char *d = RB.p;
        RA.p = max - lo ? d + lo * INS_UBC(x) : d;
        R[OA + 1].u = hi - lo;
        R[OA + 2].u = max - lo;
        NEXT();
    }
    CASE(MAKESLICE) {
        golem_slice s;
        if (UNLIKELY(rt_makeslice(g, &s, K[OC].p, RB.i, R[OB + 1].i) < 0))
            goto unwind;
        slice_put(&RA, s);
        NEXT();
    }
    CASE(APPEND) {
        slot *s = &RA;
        const rtype *t = K[OC].p;
        if (LIKELY(t->stride == 8 && s[1].i < s[2].i)) {
            uint64_t *e = (uint64_t *)s[0].p + s[1].i++;
            if ((t->flags & RF_HAS_POINTERS) && gc_barrier_on(g->vm))
                gc_write_barrier_slow(g, (void **)e, RB.p);
            *e = RB.u;
            NEXT();
        }
        if (UNLIKELY(interp_append(g, s, t, &RB, 1) < 0))
            goto unwind;
        NEXT();
    }
    CASE(APPEND_N) {
        uint64_t n = INS_A(*pc++);
        if (UNLIKELY(interp_append(g, &RA, K[OC].p, &RB, n) < 0))
            goto unwind;
        NEXT();
    }
    CASE(APPEND_SLICE) {
        if (UNLIKELY(interp_append_slice(g, &RA, K[OC].p, &RB) < 0))
            goto unwind;
        NEXT();
    }
    CASE(COPY) {
        uint64_t x = *pc++;
        golem_slice src = {RC.p, R[OC + 1].i, R[OC + 1].i};
        RA.i = rt_typedslicecopy(g, K[INS_UBC(x)].p, slice_at(&RB), src);
        NEXT();
    }

    /* ---- maps ---- */
    CASE(MAKEMAP) {
        golem_map *m = rt_makemap(g, K[OC].p, RB.i);
        if (UNLIKELY(m == NULL))
            goto unwind;
        RA.p = m;
        NEXT();
    }
#define MAP_ACCESS(WITH_OK)                                                    \
    do {                                                                       \
        golem_map *m_ = RB.p;                                                  \
        void *v_ = NULL;                                                       \
        if (m_ != NULL) {                                                      \
            golem_panic *before_ = g->panic;                                   \
            v_ = rt_mapaccess(g, m_, &RC);                                     \
            if (UNLIKELY(v_ == NULL && g->panic != before_))                   \
                goto unwind;                                                   \
        }                                                                      \
        RA.p = v_ ? v_ : (void *)zero_block;                                   \
        if (WITH_OK)                                                           \
            R[OA + 1].u = v_ != NULL;                                          \
        NEXT();                                                                \
    } while (0)
    CASE(MAPACCESS) MAP_ACCESS(0);
    CASE(MAPACCESS2) MAP_ACCESS(1);
    CASE(MAPASSIGN) {
        void *v = rt_mapassign(g, RB.p, &RC);
        if (UNLIKELY(v == NULL))
            goto unwind;
        RA.p = v;
        NEXT();
    }
    CASE(MAPDELETE) {
        if (RA.p != NULL && UNLIKELY(rt_mapdelete(g, RA.p, &RB) < 0))
            goto unwind;
        NEXT();
    }
    CASE(MAPLEN) RA.i = RB.p ? rt_maplen(RB.p) : 0; NEXT();
    CASE(MAPCLEAR) if (RA.p) rt_mapclear(g, RA.p); NEXT();
    CASE(MAPITER) RA.p = RB.p ? rt_mapiterinit(g, RB.p) : NULL; NEXT();
    CASE(MAPNEXT) {
        void *k = NULL, *v = NULL;
        golem_mapiter *it = RB.p;
        bool ok = it != NULL && rt_mapiternext(it, &k, &v);
        RA.u = ok;
        R[OA + 1].p = k;
        R[OA + 2].p = v;
        NEXT();
    }

    /* ---- interfaces ---- */
    CASE(MAKE_EFACE) {
        const rtype *t = K[OC].p;
        void *d = box_value(g, t, &RB);
        RA.p = (void *)t;
        R[OA + 1].p = d;
        NEXT();
    }
    CASE(MAKE_IFACE) {
        const itab *tab = K[OC].p;
        void *d = box_value(g, tab->type, &RB);
        RA.p = (void *)tab;
        R[OA + 1].p = d;
        NEXT();
    }
    CASE(IFACE_TO_EFACE) {
        const rtype *t = itab_type(RB.p);
        R[OA + 1] = R[OB + 1];
        RA.p = (void *)t;
        NEXT();
    }
#define CONV_TO_IFACE(HAVE)                                                    \
    do {                                                                       \
        bool ok_;                                                              \
        if (UNLIKELY(assert_to_iface(g, K[OC].p, (HAVE), R[OB + 1].p, &RA,     \
                                     NULL, true, &ok_) < 0))                   \
            goto unwind;                                                       \
        NEXT();                                                                \
    } while (0)
    CASE(CONV_I2I) CONV_TO_IFACE(itab_type(RB.p));
    CASE(CONV_E2I) CONV_TO_IFACE(RB.p);
#define ASSERT_CONCRETE(FROM_EFACE)                                            \
    do {                                                                       \
        const rtype *st_ = assert_static_type(&pc, K, (FROM_EFACE));           \
        const rtype *want_ = K[OC].p;                                          \
        const rtype *have_ = (FROM_EFACE) ? RB.p : itab_type(RB.p);            \
        if (UNLIKELY(have_ != want_))                                          \
            RAISE(rt_panic_typeassert(g, st_, have_, want_));                  \
        RA = R[OB + 1];                                                        \
        NEXT();                                                                \
    } while (0)
    CASE(ASSERT_E) ASSERT_CONCRETE(1);
    CASE(ASSERT_I) ASSERT_CONCRETE(0);
#define ASSERT_CONCRETE_OK(FROM_EFACE)                                         \
    do {                                                                       \
        if (INS_OP(*pc) == OP_EXTRA)                                           \
            pc++;                                                              \
        const rtype *want_ = K[OC].p;                                          \
        const rtype *have_ = (FROM_EFACE) ? RB.p : itab_type(RB.p);            \
        bool ok_ = have_ == want_;                                             \
        void *fail_ = want_->flags & RF_POINTER_SHAPED ? NULL                  \
                                                       : (void *)zero_block;   \
        RA.p = ok_ ? R[OB + 1].p : fail_;                                      \
        R[OA + 1].u = ok_;                                                     \
        NEXT();                                                                \
    } while (0)
    CASE(ASSERT_E_OK) ASSERT_CONCRETE_OK(1);
    CASE(ASSERT_I_OK) ASSERT_CONCRETE_OK(0);
#define ASSERT_IFACE(FROM_EFACE, CANFAIL)                                      \
    do {                                                                       \
        const rtype *st_ = assert_static_type(&pc, K, (FROM_EFACE));           \
        const rtype *have_ = (FROM_EFACE) ? RB.p : itab_type(RB.p);            \
        bool ok_;                                                              \
        if (UNLIKELY(assert_to_iface(g, K[OC].p, have_, R[OB + 1].p, &RA,      \
                                     st_, (CANFAIL), &ok_) < 0))               \
            goto unwind;                                                       \
        if (CANFAIL)                                                           \
            R[OA + 2].u = ok_;                                                 \
        NEXT();                                                                \
    } while (0)
    CASE(ASSERT_E2I) ASSERT_IFACE(1, 0);
    CASE(ASSERT_I2I) ASSERT_IFACE(0, 0);
    CASE(ASSERT_E2I_OK) ASSERT_IFACE(1, 1);
    CASE(ASSERT_I2I_OK) ASSERT_IFACE(0, 1);
    CASE(DYNTYPE_E) RA = RB; NEXT();
    CASE(DYNTYPE_I) RA.p = (void *)itab_type(RB.p); NEXT();
    CASE(IMPLEMENTS) {
        const rtype *inter = K[OC].p, *t = RB.p;
        RA.u = t != NULL && (inter->nmethods == 0 ||
                             rt_getitab(g, inter, t, true) != NULL);
        NEXT();
    }

    /* ---- closures ---- */
    CASE(CLOSURE) {
        golem_proto *p = K[OB].p;
        uint32_t n = p->ncaptures;
        golem_closure *cl =
            gc_alloc(g, &gc_pointer_words_type,
                     sizeof(golem_closure) + n * sizeof(void *));
        cl->proto = p;
        /* the closure is black while the GC marks: shade the cells */
        for (uint32_t i = 0; i < n; i++)
            gc_write_pointer(g, &cl->captures[i], R[OC + i].p);
        RA.p = cl;
        NEXT();
    }
    CASE(CAPTURE) RA.p = fr->closure->captures[OB]; NEXT();

    /* ---- calls ---- */
    CASE(CALL) CALL_PROTO((golem_proto *)K[INS_UBC(ins)].p, NULL, OA);
    CASE(CALL_CLOSURE) {
        golem_closure *cl = RB.p;
        NILCHECK(cl);
        CALL_PROTO(cl->proto, cl, OA);
    }
    CASE(CALL_IFACE) {
        const itab *tab = RB.p;
        NILCHECK(tab);
        golem_proto *p = tab->fun[OC];
        if (UNLIKELY(p == NULL))
            RAISE(rt_fatal(g, "golem: interface method table entry has "
                              "no code"));
        RA = R[OB + 1];
        CALL_PROTO(p, NULL, OA);
    }
    CASE(RET) {
        unsigned a = OA, n = OB;
        if (n == 1)
            R[0] = R[a];
        else
            memmove(R, R + a, n * sizeof(slot));
        goto do_return;
    }
    CASE(RET0) goto do_return;
    CASE(PANIC) RAISE(rt_panic(g, RA.p, R[OA + 1].p));

    /* ---- defer / recover ---- */
    CASE(DEFER) {
        golem_defer *d = defer_new(RA.p, &RB, OC);
        d->link = fr->defers;
        fr->defers = d;
        NEXT();
    }
    CASE(RUNDEFERS) {
        golem_defer *d = fr->defers;
        if (d == NULL)
            NEXT();
        /* Run the most recent one; come back here for the rest. */
        fr->defers = d->link;
        pc--;
        uint32_t at = fr->proto->framesize;
        golem_closure *cl = defer_start(g, fr, d, at);
        R = g->stack + fr->base;
        if (UNLIKELY(cl == NULL))
            goto unwind;
        CALL_PROTO(cl->proto, cl, at);
    }
    CASE(RECOVER) {
        golem_panic *p = g->panic;
        if (p != NULL && !p->recovered && !p->goexit &&
            interp_called_by_defer(g, fr)) {
            p->recovered = true;
            RA.p = (void *)p->value.tab;
            R[OA + 1].p = p->value.data;
        } else {
            RA.p = NULL;
            R[OA + 1].p = NULL;
        }
        NEXT();
    }

    /* ---- builtins ---- */
    CASE(MIN_I64) RA.i = RB.i < RC.i ? RB.i : RC.i; NEXT();
    CASE(MAX_I64) RA.i = RB.i > RC.i ? RB.i : RC.i; NEXT();
    CASE(MIN_U64) RA.u = RB.u < RC.u ? RB.u : RC.u; NEXT();
    CASE(MAX_U64) RA.u = RB.u > RC.u ? RB.u : RC.u; NEXT();
    CASE(MIN_F64) RA.f = f64_min(RB.f, RC.f); NEXT();
    CASE(MAX_F64) RA.f = f64_max(RB.f, RC.f); NEXT();
    CASE(SQRT_F64) RA.f = sqrt(RB.f); NEXT();
    CASE(ABS_F64) RA.f = fabs(RB.f); NEXT();
    CASE(FLOOR_F64) RA.f = floor(RB.f); NEXT();
    CASE(CEIL_F64) RA.f = ceil(RB.f); NEXT();
    CASE(TRUNC_F64) RA.f = trunc(RB.f); NEXT();
    CASE(PRINT_I64) print_i64(g, RA.i); NEXT();
    CASE(PRINT_U64) print_u64(g, RA.u); NEXT();
    CASE(PRINT_F64) print_f64(g, RA.f); NEXT();
    CASE(PRINT_BOOL) {
        if (RA.u)
            print_str(g, "true", 4);
        else
            print_str(g, "false", 5);
        NEXT();
    }
    CASE(PRINT_STR) print_str(g, RA.p, (size_t)R[OA + 1].i); NEXT();
    CASE(PRINT_PTR) print_hex(g, RA.u); NEXT();
    CASE(PRINT_IFACE) {
        print_str(g, "(", 1);
        print_hex(g, RA.u);
        print_str(g, ",", 1);
        print_hex(g, R[OA + 1].u);
        print_str(g, ")", 1);
        NEXT();
    }
    CASE(PRINT_SP) print_str(g, " ", 1); NEXT();
    /* ---- goroutines and channels (vm/chan.c) ---- */
    CASE(GO) {
        golem_closure *cl = RA.p;
        if (UNLIKELY(cl == NULL))
            RAISE(rt_fatal(g, "go of nil func value"));
        if (UNLIKELY(cl->proto->code == NULL)) {
            /* A native runs to completion anyway: run it now. */
            SAVE_PC();
            int rc = vm_call(g, NULL, cl, &RB, OC, NULL, 0);
            fr = &g->frames[g->nframes - 1];
            R = g->stack + fr->base;
            if (rc < 0)
                goto unwind_saved;
            NEXT();
        }
        SAVE_PC(); /* proc_go records it as the new G's "created by" */
        /* the new G's stack may count as scanned already (vm/mgc.h) */
        if (UNLIKELY(gc_barrier_on(g->vm)))
            gc_shade_words(g, &RB, OC);
        if (UNLIKELY(proc_go(g->vm, g, cl, &RB, OC) == NULL))
            goto unwind;
        NEXT();
    }
    CASE(MAKECHAN) {
        golem_chan *c = chan_make(g, K[OC].p, RB.i);
        if (UNLIKELY(c == NULL))
            goto unwind;
        RA.p = c;
        NEXT();
    }
    CASE(SEND) {
        int rc = chan_send(g, RA.p, &RB);
        if (UNLIKELY(rc != COOP_DONE)) {
            if (rc < 0)
                goto unwind;
            goto park;
        }
        NEXT();
    }
#define CHAN_RECEIVE(WITH_OK)                                                  \
    do {                                                                       \
        golem_chan *c_ = RB.p;                                                  \
        bool ok_;                                                              \
        int rc_ = chan_recv(g, c_, &RA, &ok_);                            \
        if (UNLIKELY(rc_ != COOP_DONE)) {                                      \
            if (rc_ < 0)                                                       \
                goto unwind;                                                   \
            goto park;                                                         \
        }                                                                      \
        if (WITH_OK)                                                           \
            R[OA + chan_elem_slots(c_)].u = ok_;                          \
        NEXT();                                                                \
    } while (0)
    CASE(RECV) CHAN_RECEIVE(0);
    CASE(RECV2) CHAN_RECEIVE(1);
    CASE(CLOSECHAN) {
        if (UNLIKELY(chan_close(g, RA.p) < 0))
            goto unwind;
        NEXT();
    }
    CASE(CHANLEN) RA.i = chan_len(RB.p); NEXT();
    CASE(CHANCAP) RA.i = chan_cap(RB.p); NEXT();
    CASE(SELECT) {
        const uint64_t *op_pc = pc - 1;
        uint64_t x = *pc++;
        int64_t chosen = 0;
        bool ok = false;
        int rc = chan_select(g, &RB, OC, INS_A(x), INS_B(x) != 0, &chosen,
                             &ok);
        if (UNLIKELY(rc != COOP_DONE)) {
            if (rc < 0)
                goto unwind;
            pc = op_pc + 1;
            goto park;
        }
        RA.i = chosen;
        R[OA + 1].u = ok;
        NEXT();
    }

    CASE(SLICE_ARR) {
        void *p = RB.p;
        NILCHECK(p);
        RA.p = p;
        R[OA + 1].u = OC;
        R[OA + 2].u = OC;
        NEXT();
    }

    CASE(SLICE_TO_ARRPTR) {
        uint64_t len = R[OB + 1].u;
        if (UNLIKELY(len < OC))
            RAISE(rt_panic_slice(g, RT_BOUNDS_CONVERT, OC, (int64_t)len));
        RA = RB;
        NEXT();
    }

    /* ---- pointer stores: the write barrier (vm/mgc.h) ---- */
    CASE(ST_P) {
        char *p = RA.p;
        NILCHECK(p);
        gc_write_pointer(g, (void **)(p + OC), RB.p);
        NEXT();
    }
    CASE(ST_NP) {
        void *p = RA.p;
        NILCHECK(p);
        const rtype *t = K[INS_UBC(*pc++)].p;
        if (UNLIKELY(gc_barrier_on(g->vm)))
            gc_bulk_barrier(g, p, &RB, t, 1);
        memmove(p, &RB, (size_t)OC * sizeof(slot));
        NEXT();
    }
    CASE(SST_P) {
        uint64_t i = RB.u;
        BOUNDSCHECK(i, R[OA + 1].u);
        gc_write_pointer(g, (void **)RA.p + i, RC.p);
        NEXT();
    }
    CASE(SST_NP) {
        uint64_t x = *pc++, n = INS_A(x), i = RB.u;
        BOUNDSCHECK(i, R[OA + 1].u);
        slot *p = (slot *)RA.p + i * n;
        if (UNLIKELY(gc_barrier_on(g->vm)))
            gc_bulk_barrier(g, p, &RC, K[INS_UBC(x)].p, 1);
        memmove(p, &RC, n * sizeof(slot));
        NEXT();
    }
    CASE(GST_P)
        gc_write_pointer(g, (void **)((char *)g->vm->globals + INS_UBC(ins)),
                         RA.p);
        NEXT();
    CASE(GST_NP) {
        slot *p = g->vm->globals + OB;
        const rtype *t = K[INS_UBC(*pc++)].p;
        if (UNLIKELY(gc_barrier_on(g->vm)))
            gc_bulk_barrier(g, p, &RA, t, 1);
        memmove(p, &RA, (size_t)OC * sizeof(slot));
        NEXT();
    }

    CASE(PRINT_NL) {
        print_str(g, "\n", 1);
        vm_flush(&g->vm->err);
        NEXT();
    }

    DISPATCH_END()

do_return:
    /* The results are in R[0..); pop the record. */
    g->nframes--;
    if (UNLIKELY(fr->flags != 0)) {
        if (fr->flags & FRAME_C_BOUNDARY) {
            if (g == entry_g)
                return 0;
            goto goroutine_exit;
        }
        if (fr->flags & FRAME_PANIC_DEFER)
            goto panic_defer_returned;
    }
    fr--;
    LOAD_FRAME();
    NEXT();

panic_defer_returned:
    /* A deferred call run by the unwinder returned. If it recovered the
       panic, the frame that deferred it resumes at its resume_pc (which
       runs its remaining defers and returns normally); the frames above
       it are discarded. Otherwise keep unwinding. */
    if (g->panic != NULL && g->panic->recovered) {
        uint32_t owner = fr->owner;
        interp_recovered(g, owner);
        fr = &g->frames[owner];
        fr->pc = fr->proto->resume_pc;
        LOAD_FRAME();
        NEXT();
    }
    fr = &g->frames[g->nframes - 1];
    goto unwind_saved;

goroutine_exit:
    /* A goroutine returned from its first frame: it is done. */
    g->status = G_DEAD;
    g->nframes = 0;
    stack_account(g, -(int64_t)g->stack_size, 0);
    free(g->stack);
    g->stack = NULL;
    g->stack_size = 0;
    goto switch_g;

park:
    /* g blocked on a channel; pc is one past the blocking op (so that
       tracebacks name its line, as for any frame), and the op runs again
       when g resumes. Run another G (only the top-level loop may switch: a
       nested one has a native's C frame below it). */
    SAVE_PC();
    if (mode == INTERP_SLICE)
        return VM_SLICE_PARKED;
    if (mode == INTERP_NESTED)
        RAISE(rt_fatal(g, "blocking channel operation inside a callback "
                          "from native code is not supported yet"));
    goto switch_g;

yield:
    /* Preempted: to the back of the queue. */
    if (mode == INTERP_SLICE)
        return VM_SLICE_YIELD;
    coop_ready(g->vm, g);
switch_g:
    {
        golem_g *next = coop_next(g->vm);
        if (next == NULL) {
            golem_g *main_g = g->vm->main_g;
            *gp = g;
            rt_fatal(main_g && main_g->status == G_WAITING ? main_g : g,
                     "all goroutines are asleep - deadlock!");
            return -1;
        }
        g = next;
        g->status = G_RUNNING;
        g->vm->coop_curg = g;
        boundary = g == entry_g ? entry_boundary : 0;
        fr = &g->frames[g->nframes - 1];
        LOAD_FRAME();
        if (g->coop_wait != NULL)
            pc--; /* re-execute the op it blocked in */
        NEXT();
    }

unwind:
    SAVE_PC();
unwind_saved:
    /* A panic (or exit) is in progress. Run the deferred calls of the
       frames between the top and the boundary, most recent first, on top
       of the stack (the panicking frames stay for the traceback). */
    *gp = g;
    if (g->vm->exiting)
        return -1;
    for (;;) {
        int64_t i = (int64_t)g->nframes - 1;
        while (i >= (int64_t)boundary && g->frames[i].defers == NULL)
            i--;
        if (i < (int64_t)boundary)
            return -1; /* nothing recovers above the boundary */
        golem_frame *owner = &g->frames[i];
        golem_defer *d = owner->defers;
        owner->defers = d->link;
        fr = &g->frames[g->nframes - 1];
        uint32_t at = stack_top(g) - fr->base;
        golem_closure *cl = defer_start(g, fr, d, at);
        if (cl == NULL) {
            if (g->vm->exiting)
                return -1;
            continue; /* a nil deferred function: a new panic */
        }
        if (cl->proto->code == NULL) {
            if (interp_call_native(g, cl->proto, fr->base + at) < 0 &&
                g->vm->exiting)
                return -1;
            continue;
        }
        PUSH_FRAME(cl->proto, cl, at, FRAME_PANIC_DEFER, (uint32_t)i);
        NEXT();
    }

#ifndef INTERP_COMPUTED_GOTO
bad_op:
    SAVE_PC();
    *gp = g;
    return rt_fatal(g, "invalid bytecode");
#endif
#undef LOAD_FRAME
#undef SAVE_PC
}

void frames_drop(golem_g *g, uint32_t n)
{
    while (g->nframes > n) {
        golem_frame *fr = &g->frames[--g->nframes];
        while (fr->defers != NULL) {
            golem_defer *d = fr->defers;
            fr->defers = d->link;
            free(d);
        }
    }
}

/* Pushes a C-boundary frame for fn at slot offset base. */
static bool push_boundary(golem_g *g, golem_proto *fn, golem_closure *cl,
                          uint32_t base)
{
    if (!frames_ensure(g))
        return false;
    golem_frame *fr = &g->frames[g->nframes++];
    fr->proto = fn;
    fr->closure = cl;
    fr->base = base;
    fr->pc = 0;
    fr->defers = NULL;
    fr->flags = FRAME_C_BOUNDARY;
    fr->owner = 0;
    return true;
}


int vm_run(golem_g *g, golem_proto *fn)
{
    golem_vm *vm = g->vm;
    /* Goroutines run on the M:N scheduler (vm/proc.c) unless
       GOLEM_SCHED=coop selects the cooperative loop below. */
    if (g->nframes == 0 && fn->code != NULL && vm->sched == NULL &&
        proc_parallel_enabled())
        return proc_run(g, fn);
    uint32_t saved = g->nframes;
    uint32_t base = g->nframes ? stack_top(g) : 0;
    int code = 0;
    golem_g *failed = g;
    vm->coop_curg = g;
    g->status = G_RUNNING;
    if (fn->code == NULL) {
        if (interp_call_native(g, fn, base) < 0)
            code = -1;
    } else if (!stack_ensure(g, (uint64_t)base + fn->framesize + 1) ||
               !push_boundary(g, fn, NULL, base)) {
        code = -1; /* stack overflow: already reported, vm->exiting */
    } else {
        golem_g *cur = g;
        if (interp_execute(&cur, INTERP_TOPLEVEL) < 0) {
            code = -1;
            failed = cur;
        }
    }
    if (code == -1) {
        if (vm->exiting) {
            code = vm->exit_code;
        } else {
            rt_print_panic(failed); /* flushes out; prints the traceback */
            code = 2;
        }
    }
    frames_drop(g, saved);
    g->status = G_DEAD;
    vm_flush(&vm->out);
    vm_flush(&vm->err);
    return code;
}

int vm_call(golem_g *g, golem_proto *fn, golem_closure *cl, const slot *args,
            uint32_t nargs, slot *results, uint32_t nresults)
{
    if (fn == NULL)
        fn = cl->proto;
    if (g->native_depth > VM_CALL_MAX_DEPTH) {
        /* Unbounded recursion through natives (String() printing its own
           receiver with %v): Go overflows the goroutine stack. */
        stack_ensure(g, UINT64_C(1) << 40);
        return -1;
    }
    uint32_t base = g->nframes ? stack_top(g) : 0;
    uint64_t need = fn->framesize;
    if (need < nargs)
        need = nargs;
    if (need < nresults)
        need = nresults;
    if (!stack_ensure(g, base + need))
        return -1;
    if (nargs > 0)
        memcpy(g->stack + base, args, nargs * sizeof(slot));
    int rc;
    if (fn->code == NULL) {
        rc = interp_call_native(g, fn, base);
    } else {
        uint32_t saved = g->nframes;
        if (!push_boundary(g, fn, cl, base))
            return -1;
        golem_g *cur = g;
        rc = interp_execute(&cur, INTERP_NESTED);
        if (rc < 0)
            frames_drop(g, saved);
    }
    if (rc == 0 && nresults > 0)
        memcpy(results, g->stack + base, nresults * sizeof(slot));
    return rc;
}

int vm_start_g(golem_g *g, golem_proto *fn, golem_closure *cl,
               const slot *args, uint32_t nargs)
{
    uint64_t need = fn->framesize > nargs ? fn->framesize : nargs;
    if (!stack_ensure(g, need + 1) || !push_boundary(g, fn, cl, 0))
        return -1;
    if (nargs > 0)
        memcpy(g->stack, args, nargs * sizeof(slot));
    return 0;
}

int vm_run_slice(golem_g *g)
{
    golem_g *cur = g;
    g->status = G_RUNNING;
    if (g->frames[g->nframes - 1].proto->code == NULL)
        return -1; /* a native as a goroutine body: run it with vm_call */
    int rc = interp_execute(&cur, INTERP_SLICE);
    if (rc == 0) {
        g->status = G_DEAD;
        return VM_SLICE_DONE;
    }
    if (rc < 0)
        return g->vm->exiting ? VM_SLICE_EXIT : VM_SLICE_PANIC;
    return rc;
}
