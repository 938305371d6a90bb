/*
 * test_barrier.c - unit tests of the write barrier's coverage (vm/mgc.h,
 * docs/runtime.md "The write barrier"): every pointer-store instruction
 * and every runtime native that writes pointers into heap or global
 * memory must shade both the pointer it overwrites and the one it writes.
 *
 * Mechanism: the test forces vm->gc_barrier on with no collector running
 * and sets vm->gc_shade_hook, which vm/mbarrier.c then calls instead of
 * gc_shade with every value it would shade; the hook records them. The
 * "heap objects" are addresses of static markers (the hook never
 * dereferences them), stored in malloc'd blocks standing in for heap
 * memory. Instructions run from hand-assembled protos (as in
 * test_interp.c); natives are called directly. Each property checks that
 * the old and new pointer words were shaded and, where it matters, that
 * scalar words (lengths, capacities) were not treated as pointers.
 *
 * Build: made by the Makefile like every tests/unit/test_*.c; prints
 * "ok NAME" or "FAIL NAME" per property and exits 1 if any failed.
 */
#include "harness.h"
#include "chan.h"
#include "mgc.h"
#include "opcodes.h"
#include "runtime.h"
#include <stdlib.h>
#include <string.h>

/* ---- the recording hook ---- */

#define MAX_SHADES 4096

typedef struct shade_log {
    const void *p[MAX_SHADES];
    int n;
} shade_log;

static shade_log shades;

static void record_shade(golem_g *g, const void *p)
{
    (void)g;
    if (p != NULL && shades.n < MAX_SHADES)
        shades.p[shades.n++] = p;
}

static bool was_shaded(const void *p)
{
    for (int i = 0; i < shades.n; i++)
        if (shades.p[i] == p)
            return true;
    fprintf(stderr, "  %p was not shaded (%d values were)\n", p, shades.n);
    return false;
}

static bool was_not_shaded(const void *p)
{
    for (int i = 0; i < shades.n; i++)
        if (shades.p[i] == p) {
            fprintf(stderr, "  %p was shaded but is no pointer\n", p);
            return false;
        }
    return true;
}

/* Stand-ins for heap objects: only their addresses matter. */
static char obj_a[8], obj_b[8], obj_c[8], obj_d[8];
#define A ((void *)obj_a)
#define B ((void *)obj_b)
#define C ((void *)obj_c)
#define D ((void *)obj_d)

/* Scalars that look like small integers, never shaded. */
#define LEN_X ((void *)(uintptr_t)5)
#define LEN_Y ((void *)(uintptr_t)3)

static void barrier_on(void)
{
    shades.n = 0;
    tvm->gc_barrier = 1;
}

static void barrier_off(void)
{
    tvm->gc_barrier = 0;
}

/* ---- descriptors ---- */

static const uint8_t pm0[4] = {0, 0, 0, 0};
static const uint8_t pm_ptr[1] = {1};
static const uint8_t pm_str[2] = {1, 0};
static const uint8_t pm_pair[3] = {0, 1, 0}; /* struct{n int; p *T; m int} */

static const rtype t_int = {
    .kind = RK_INT, .flags = RF_COMPARABLE, .nslots = 1, .stride = 8,
    .string = "int", .ptrmask = pm0};
static const rtype t_ptr = {
    .kind = RK_POINTER,
    .flags = RF_COMPARABLE | RF_POINTER_SHAPED | RF_HAS_POINTERS,
    .nslots = 1, .stride = 8, .string = "*int", .ptrmask = pm_ptr};
static const rtype t_string = {
    .kind = RK_STRING, .flags = RF_COMPARABLE | RF_HAS_POINTERS,
    .nslots = 2, .stride = 16, .string = "string", .ptrmask = pm_str};
static const rtype t_pair = {
    .kind = RK_STRUCT, .flags = RF_COMPARABLE | RF_HAS_POINTERS,
    .nslots = 3, .stride = 24, .string = "main.pair", .ptrmask = pm_pair};
static const rtype t_map_str_ptr = {
    .kind = RK_MAP, .flags = RF_POINTER_SHAPED | RF_HAS_POINTERS,
    .nslots = 1, .stride = 8, .string = "map[string]*int",
    .key = &t_string, .elem = &t_ptr, .ptrmask = pm_ptr};
static const rtype t_map_ptr_int = {
    .kind = RK_MAP, .flags = RF_POINTER_SHAPED | RF_HAS_POINTERS,
    .nslots = 1, .stride = 8, .string = "map[*int]int",
    .key = &t_ptr, .elem = &t_int, .ptrmask = pm_ptr};
static const rtype t_chan_ptr = {
    .kind = RK_CHAN, .flags = RF_COMPARABLE | RF_POINTER_SHAPED |
                              RF_HAS_POINTERS,
    .nslots = 1, .stride = 8, .string = "chan *int", .elem = &t_ptr,
    .dir = 3, .ptrmask = pm_ptr};

/* ---- running instructions ---- */

#define I(op, a, b, c) MAKE_INS(OP_##op, a, b, c)
#define IX(op, a, bc) MAKE_INS_ABx(OP_##op, a, bc)
#define N(arr) (uint32_t)(sizeof(arr) / sizeof(arr[0]))

/* Runs code (ending in RET0) as main with its frame preloaded from regs
   (nregs slots, passed as parameters) and constants k. */
static int run_code(uint64_t *code, uint32_t ncode, slot *k, uint32_t nk,
                    slot *regs, uint32_t nregs)
{
    golem_proto *p = calloc(1, sizeof *p);
    p->name = "main.barrier";
    p->file = "barrier.go";
    p->code = code;
    p->ncode = ncode;
    p->lines = calloc(ncode + 1, sizeof(int32_t));
    p->consts = k;
    p->nconsts = nk;
    p->nparams = nregs;
    p->framesize = nregs + 8;
    vm_add_proto(tvm, p);
    golem_g *g = vm_new_g(tvm);
    if (vm_start_g(g, p, NULL, regs, nregs) != 0)
        return -1;
    return vm_run_slice(g) == VM_SLICE_DONE ? 0 : -1;
}

/* ---- instructions ---- */

static bool prop_st_p(void)
{
    void **cell = calloc(2, sizeof(void *));
    cell[1] = A;
    uint64_t code[] = {I(ST_P, 0, 1, 8), I(RET0, 0, 0, 0)};
    slot regs[2] = {{.p = cell}, {.p = B}};
    barrier_on();
    int rc = run_code(code, N(code), NULL, 0, regs, 2);
    barrier_off();
    CHECK(rc == 0 && cell[1] == B);
    CHECK(was_shaded(A) && was_shaded(B));
    free(cell);
    return true;
}

static bool prop_st_np(void)
{
    slot *cell = calloc(3, sizeof(slot));
    cell[0].p = LEN_X, cell[1].p = A, cell[2].p = LEN_X;
    slot k[1] = {{.p = (void *)&t_pair}};
    uint64_t code[] = {I(ST_NP, 0, 1, 3), IX(EXTRA, 0, 0), I(RET0, 0, 0, 0)};
    slot regs[4] = {{.p = cell}, {.p = LEN_Y}, {.p = B}, {.p = LEN_Y}};
    barrier_on();
    int rc = run_code(code, N(code), k, 1, regs, 4);
    barrier_off();
    CHECK(rc == 0 && cell[1].p == B && cell[0].p == LEN_Y);
    CHECK(was_shaded(A) && was_shaded(B));
    CHECK(was_not_shaded(LEN_X) && was_not_shaded(LEN_Y));
    free(cell);
    return true;
}

static bool prop_sst_p(void)
{
    void **arr = calloc(4, sizeof(void *));
    arr[2] = A;
    uint64_t code[] = {I(SST_P, 0, 3, 4), I(RET0, 0, 0, 0)};
    slot regs[5] = {{.p = arr}, {.i = 4}, {.i = 4}, {.i = 2}, {.p = B}};
    barrier_on();
    int rc = run_code(code, N(code), NULL, 0, regs, 5);
    barrier_off();
    CHECK(rc == 0 && arr[2] == B);
    CHECK(was_shaded(A) && was_shaded(B));
    free(arr);
    return true;
}

static bool prop_sst_np(void)
{
    golem_string *arr = calloc(3, sizeof *arr);
    arr[1].data = A, arr[1].len = 5;
    slot k[1] = {{.p = (void *)&t_string}};
    uint64_t code[] = {I(SST_NP, 0, 3, 4), IX(EXTRA, 2, 0),
                       I(RET0, 0, 0, 0)};
    slot regs[6] = {{.p = arr}, {.i = 3}, {.i = 3}, {.i = 1},
                    {.p = B},   {.i = 3}};
    barrier_on();
    int rc = run_code(code, N(code), k, 1, regs, 6);
    barrier_off();
    CHECK(rc == 0 && arr[1].data == B && arr[1].len == 3);
    CHECK(was_shaded(A) && was_shaded(B) && was_not_shaded(LEN_X));
    free(arr);
    return true;
}

static bool prop_gst_p(void)
{
    tvm->globals[3].p = A;
    uint64_t code[] = {IX(GST_P, 0, 24), I(RET0, 0, 0, 0)};
    slot regs[1] = {{.p = B}};
    barrier_on();
    int rc = run_code(code, N(code), NULL, 0, regs, 1);
    barrier_off();
    CHECK(rc == 0 && tvm->globals[3].p == B);
    CHECK(was_shaded(A) && was_shaded(B));
    return true;
}

static bool prop_gst_np(void)
{
    tvm->globals[4].p = A, tvm->globals[5].p = LEN_X;
    slot k[1] = {{.p = (void *)&t_string}};
    uint64_t code[] = {I(GST_NP, 0, 4, 2), IX(EXTRA, 0, 0),
                       I(RET0, 0, 0, 0)};
    slot regs[2] = {{.p = B}, {.p = LEN_Y}};
    barrier_on();
    int rc = run_code(code, N(code), k, 1, regs, 2);
    barrier_off();
    CHECK(rc == 0 && tvm->globals[4].p == B && tvm->globals[5].p == LEN_Y);
    CHECK(was_shaded(A) && was_shaded(B) && was_not_shaded(LEN_X));
    return true;
}

/* The fast path writes past len, where a stale pointer may remain. */
static bool prop_append_in_place(void)
{
    void **arr = calloc(4, sizeof(void *));
    arr[0] = C, arr[1] = A; /* len 1: A is stale */
    slot k[1] = {{.p = (void *)&t_ptr}};
    uint64_t code[] = {I(APPEND, 0, 3, 0), I(RET0, 0, 0, 0)};
    slot regs[4] = {{.p = arr}, {.i = 1}, {.i = 4}, {.p = B}};
    barrier_on();
    int rc = run_code(code, N(code), k, 1, regs, 4);
    barrier_off();
    CHECK(rc == 0 && arr[1] == B);
    CHECK(was_shaded(A) && was_shaded(B));
    free(arr);
    return true;
}

/* Growth copies the old elements into a new (black) array. */
static bool prop_append_grow(void)
{
    void **arr = calloc(1, sizeof(void *));
    arr[0] = A;
    slot k[1] = {{.p = (void *)&t_ptr}};
    uint64_t code[] = {I(APPEND, 0, 3, 0), IX(GST_64, 0, 0),
                       I(RET0, 0, 0, 0)};
    slot regs[4] = {{.p = arr}, {.i = 1}, {.i = 1}, {.p = B}};
    barrier_on();
    int rc = run_code(code, N(code), k, 1, regs, 4);
    barrier_off();
    CHECK(rc == 0 && tvm->globals[0].p != arr);
    CHECK(was_shaded(A) && was_shaded(B));
    free(arr);
    return true;
}

static bool prop_append_scalar_no_shade(void)
{
    int64_t *arr = calloc(4, sizeof(int64_t));
    slot k[1] = {{.p = (void *)&t_int}};
    uint64_t code[] = {I(APPEND, 0, 3, 0), I(RET0, 0, 0, 0)};
    slot regs[4] = {{.p = arr}, {.i = 0}, {.i = 4}, {.p = B}};
    barrier_on();
    int rc = run_code(code, N(code), k, 1, regs, 4);
    barrier_off();
    CHECK(rc == 0 && arr[0] == (int64_t)(intptr_t)B);
    CHECK(shades.n == 0);
    free(arr);
    return true;
}

static bool prop_copy(void)
{
    void **dst = calloc(2, sizeof(void *)), **src = calloc(2, sizeof(void *));
    dst[0] = A, dst[1] = B, src[0] = C, src[1] = D;
    slot k[1] = {{.p = (void *)&t_ptr}};
    uint64_t code[] = {I(COPY, 6, 0, 3), IX(EXTRA, 0, 0), I(RET0, 0, 0, 0)};
    slot regs[6] = {{.p = dst}, {.i = 2}, {.i = 2},
                    {.p = src}, {.i = 2}, {.i = 2}};
    barrier_on();
    int rc = run_code(code, N(code), k, 1, regs, 6);
    barrier_off();
    CHECK(rc == 0 && dst[0] == C && dst[1] == D);
    CHECK(was_shaded(A) && was_shaded(B) && was_shaded(C) && was_shaded(D));
    free(dst);
    free(src);
    return true;
}

static bool prop_closure_captures(void)
{
    golem_proto *fn = calloc(1, sizeof *fn);
    fn->name = "main.barrier.func1";
    fn->ncaptures = 2;
    vm_add_proto(tvm, fn);
    slot k[1] = {{.p = fn}};
    uint64_t code[] = {I(CLOSURE, 2, 0, 0), IX(GST_64, 2, 0),
                       I(RET0, 0, 0, 0)};
    slot regs[2] = {{.p = A}, {.p = B}};
    barrier_on();
    int rc = run_code(code, N(code), k, 1, regs, 2);
    barrier_off();
    golem_closure *cl = tvm->globals[0].p;
    CHECK(rc == 0 && cl != NULL && cl->captures[0] == A);
    CHECK(was_shaded(A) && was_shaded(B));
    return true;
}

/* ---- natives ---- */

static bool prop_growslice(void)
{
    golem_string *old = calloc(2, sizeof *old);
    old[0] = (golem_string){A, 5}, old[1] = (golem_string){B, 3};
    golem_slice s = {old, 2, 2};
    barrier_on();
    int rc = rt_growslice(tg, &s, &t_string, 3);
    barrier_off();
    CHECK(rc == 0 && s.data != old && s.cap >= 3);
    CHECK(was_shaded(A) && was_shaded(B) && was_not_shaded(LEN_X));
    free(old);
    return true;
}

static bool prop_typedslicecopy_overlap(void)
{
    void **arr = calloc(3, sizeof(void *));
    arr[0] = A, arr[1] = B, arr[2] = C;
    golem_slice dst = {arr + 1, 2, 2}, src = {arr, 2, 3};
    barrier_on();
    int64_t n = rt_typedslicecopy(tg, &t_ptr, dst, src);
    barrier_off();
    CHECK(n == 2 && arr[1] == A && arr[2] == B);
    CHECK(was_shaded(A) && was_shaded(B) && was_shaded(C));
    free(arr);
    return true;
}

static bool prop_map_assign_delete_clear(void)
{
    golem_map *m = rt_makemap(tg, &t_map_str_ptr, 0);
    golem_string key = {(const uint8_t *)"key", 3};
    barrier_on();
    void **v = rt_mapassign(tg, m, &key);
    CHECK(v != NULL && was_shaded(key.data));
    *v = A; /* the interpreter stores values with ST_P (tested above) */
    shades.n = 0;
    CHECK(rt_mapdelete(tg, m, &key) == 0 && rt_maplen(m) == 0);
    CHECK(was_shaded(key.data) && was_shaded(A));
    v = rt_mapassign(tg, m, &key);
    *v = B;
    shades.n = 0;
    rt_mapclear(tg, m);
    CHECK(was_shaded(key.data) && was_shaded(B));
    barrier_off();
    return true;
}

/* Growth moves every key and value into a new table. */
static bool prop_map_growth(void)
{
    golem_map *m = rt_makemap(tg, &t_map_ptr_int, 0);
    static char keys[64];
    barrier_on();
    for (int i = 0; i < 64; i++) {
        void *kp = &keys[i];
        int64_t *v = rt_mapassign(tg, m, &kp);
        CHECK(v != NULL);
        *v = i;
    }
    barrier_off();
    CHECK(rt_maplen(m) == 64);
    /* the first keys were moved at least once after their insertion */
    int moved = 0;
    for (int i = 0; i < shades.n; i++)
        if (shades.p[i] == &keys[0])
            moved++;
    CHECK(moved >= 2);
    return true;
}

static bool prop_box(void)
{
    golem_string s = {A, 5};
    barrier_on();
    void *cell = rt_box(tg, &t_string, &s);
    barrier_off();
    CHECK(cell != NULL && ((golem_string *)cell)->data == A);
    CHECK(was_shaded(A) && was_not_shaded(LEN_X));
    return true;
}

static bool prop_chan_buffer(void)
{
    golem_chan *c = chan_make(tg, &t_chan_ptr, 2);
    slot v = {.p = A};
    barrier_on();
    CHECK(chan_send(tg, c, &v) == COOP_DONE);
    CHECK(was_shaded(A));
    shades.n = 0;
    slot out = {0};
    bool ok = false;
    CHECK(chan_recv(tg, c, &out, &ok) == COOP_DONE && ok && out.p == A);
    CHECK(was_shaded(A)); /* the buffer slot was cleared */
    barrier_off();
    return true;
}

static bool prop_panic_record(void)
{
    barrier_on();
    rt_panic(tg, &t_ptr, B);
    barrier_off();
    CHECK(tg->panic != NULL && tg->panic->value.data == B);
    CHECK(was_shaded(B));
    tg->panic = NULL;
    return true;
}

int main(void)
{
    tvm = vm_new();
    tvm->globals = calloc(16, sizeof(slot));
    tvm->nglobals = 16;
    tvm->gc_shade_hook = record_shade;
    tg = vm_new_g(tvm);
    run("st_p", prop_st_p);
    run("st_np", prop_st_np);
    run("sst_p", prop_sst_p);
    run("sst_np", prop_sst_np);
    run("gst_p", prop_gst_p);
    run("gst_np", prop_gst_np);
    run("append_in_place", prop_append_in_place);
    run("append_grow", prop_append_grow);
    run("append_scalar_no_shade", prop_append_scalar_no_shade);
    run("copy", prop_copy);
    run("closure_captures", prop_closure_captures);
    run("growslice", prop_growslice);
    run("typedslicecopy_overlap", prop_typedslicecopy_overlap);
    run("map_assign_delete_clear", prop_map_assign_delete_clear);
    run("map_growth", prop_map_growth);
    run("box", prop_box);
    run("chan_buffer", prop_chan_buffer);
    run("panic_record", prop_panic_record);
    return failures != 0;
}
