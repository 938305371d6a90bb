/*
 * test_interp.c - the interpreter on hand-built protos.
 *
 * Each test assembles a few tiny functions directly from vm/opcodes.h
 * (no compiler involved), runs them with vm_run, and checks what they left
 * in the globals block or printed. Output: one "PASS name" or "FAIL name:
 * why" line per test (tests/run.sh counts them).
 */
#include "chan.h"
#include "opcodes.h"
#include "runtime.h"
#include "vm.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int failures;

static void check(bool ok, const char *name, const char *why)
{
    if (ok)
        printf("PASS %s\n", name);
    else {
        printf("FAIL %s: %s\n", name, why);
        failures++;
    }
}

/* ---- a captured output sink ---- */

typedef struct capture {
    char buf[4096];
    size_t len;
} capture;

static void capture_write(void *ctx, const char *s, size_t n)
{
    capture *c = ctx;
    if (c->len + n >= sizeof c->buf)
        n = sizeof c->buf - 1 - c->len;
    memcpy(c->buf + c->len, s, n);
    c->len += n;
    c->buf[c->len] = '\0';
}

typedef struct harness {
    golem_vm *vm;
    capture out, err;
} harness;

static void harness_init(harness *h)
{
    memset(h, 0, sizeof *h);
    h->vm = vm_new();
    h->vm->out.write = capture_write;
    h->vm->out.ctx = &h->out;
    h->vm->err.write = capture_write;
    h->vm->err.ctx = &h->err;
    h->vm->globals = calloc(16, sizeof(slot));
    h->vm->nglobals = 16;
}

static void harness_free(harness *h)
{
    free(h->vm->globals);
    h->vm->globals = NULL;
    for (golem_proto *p = h->vm->protos, *next; p != NULL; p = next) {
        next = p->next;
        free(p->lines);
        free(p);
    }
    h->vm->protos = NULL;
    vm_free(h->vm);
}

static int run(harness *h, golem_proto *entry)
{
    return vm_run(vm_new_g(h->vm), entry);
}

/* A proto over a static code array; consts may be NULL. */
static golem_proto *proto(harness *h, const char *name, uint64_t *code,
                          uint32_t n, slot *consts, uint32_t nk,
                          uint32_t nparams, uint32_t nresults,
                          uint32_t framesize)
{
    golem_proto *p = calloc(1, sizeof *p);
    p->name = name;
    p->file = "test.go";
    p->code = code;
    p->ncode = n;
    p->lines = calloc(n + 1, sizeof(int32_t));
    for (uint32_t i = 0; i < n; i++)
        p->lines[i] = (int32_t)i + 1;
    p->consts = consts;
    p->nconsts = nk;
    p->nparams = nparams;
    p->nresults = nresults;
    p->framesize = framesize;
    vm_add_proto(h->vm, p);
    return p;
}

#define I(op, a, b, c) MAKE_INS(OP_##op, a, b, c)
#define IX(op, a, bc) MAKE_INS_ABx(OP_##op, a, bc)
#define N(arr) (uint32_t)(sizeof(arr) / sizeof(arr[0]))

static const rtype rt_int = {
    .kind = RK_INT, .flags = RF_COMPARABLE, .nslots = 1, .stride = 8,
    .string = "int", .name = "int",
};

/* fib(25) by naive recursion: calls, returns, immediate compare-branch. */
static void test_fib(void)
{
    harness h;
    harness_init(&h);
    static uint64_t fib[] = {
        I(JLTI_I64, 0, 2, 5),  /* if n < 2 goto 6 */
        I(ADDI_I64, 1, 0, -1), /* r1 = n-1 */
        IX(CALL, 1, 0),        /* r1 = fib(r1) */
        I(ADDI_I64, 2, 0, -2),
        IX(CALL, 2, 0),
        I(ADD_I64, 0, 1, 2),
        I(RET, 0, 1, 0),
    };
    static slot fk[1];
    golem_proto *pf = proto(&h, "main.fib", fib, N(fib), fk, 1, 1, 1, 3);
    fk[0].p = pf;
    static uint64_t m[] = {
        IX(LOADI, 0, 25), IX(CALL, 0, 0), IX(GST_64, 0, 0), I(RET0, 0, 0, 0),
    };
    static slot mk[1];
    mk[0].p = pf;
    int rc = run(&h, proto(&h, "main.main", m, N(m), mk, 1, 0, 0, 1));
    check(rc == 0 && h.vm->globals[0].i == 75025, "fib",
          "fib(25) != 75025");
    harness_free(&h);
}

/* A counted loop with a fused compare-and-branch back-edge. */
static void test_loop(void)
{
    harness h;
    harness_init(&h);
    static uint64_t m[] = {
        IX(LOADI, 0, 0),       /* sum */
        IX(LOADI, 1, 0),       /* i */
        IX(LOADI, 2, 1000000), /* n */
        IX(JMP, 0, 2),         /* -> 6 */
        I(ADD_I64, 0, 0, 1),
        I(ADDI_I64, 1, 1, 1),
        I(JLT_I64, 1, 2, -3),  /* -> 4 */
        IX(GST_64, 0, 0),
        I(RET0, 0, 0, 0),
    };
    int rc = run(&h, proto(&h, "main.main", m, N(m), NULL, 0, 0, 0, 3));
    check(rc == 0 && h.vm->globals[0].i == 499999500000LL, "loop",
          "wrong sum");
    harness_free(&h);
}

/* Go's integer division corner cases, shifts, conversions. */
static void test_arith(void)
{
    harness h;
    harness_init(&h);
    static slot k[] = {{.i = INT64_MIN}, {.f = -3.7}, {.f = 1e300}};
    static uint64_t m[] = {
        IX(LOADK, 0, 0), IX(LOADI, 1, -1),
        I(DIV_I64, 2, 0, 1), IX(GST_64, 2, 0),  /* MinInt64 / -1 */
        I(REM_I64, 2, 0, 1), IX(GST_64, 2, 8),  /* MinInt64 % -1 */
        IX(LOADI, 3, 70), IX(LOADI, 4, 1),
        I(SHL, 2, 4, 3), IX(GST_64, 2, 16),     /* 1 << 70 */
        I(SHR_I64, 2, 1, 3), IX(GST_64, 2, 24), /* -1 >> 70 */
        IX(LOADK, 5, 1), I(F64_TO_I64, 2, 5, 0), IX(GST_64, 2, 32),
        IX(LOADK, 5, 2), I(F64_TO_I64, 2, 5, 0), IX(GST_64, 2, 40),
        IX(LOADI, 2, 200), I(SEXT8, 2, 2, 0), IX(GST_64, 2, 48),
        I(RET0, 0, 0, 0),
    };
    int rc = run(&h, proto(&h, "main.main", m, N(m), k, N(k), 0, 0, 6));
    slot *gl = h.vm->globals;
    check(rc == 0 && gl[0].i == INT64_MIN && gl[1].i == 0 && gl[2].i == 0 &&
              gl[3].i == -1 && gl[4].i == -3 && gl[5].i == INT64_MIN &&
              gl[6].i == -56,
          "arith", "division/shift/conversion semantics");
    harness_free(&h);
}

/* Integer division by zero: an unrecovered panic, exit status 2. */
static void test_divide_panic(void)
{
    harness h;
    harness_init(&h);
    static uint64_t m[] = {
        IX(LOADI, 0, 1), IX(LOADI, 1, 0), I(DIV_I64, 2, 0, 1),
        I(RET0, 0, 0, 0),
    };
    int rc = run(&h, proto(&h, "main.main", m, N(m), NULL, 0, 0, 0, 3));
    check(rc == 2 &&
              strstr(h.err.buf,
                     "panic: runtime error: integer divide by zero") &&
              strstr(h.err.buf, "main.main()") &&
              strstr(h.err.buf, "test.go:3"),
          "divide_panic", h.err.buf);
    harness_free(&h);
}

/* Recursion 100000 deep: the slot stack is copied to grow many times. */
static uint64_t depth_code[] = {
    I(JEQI, 0, 0, 3),      /* if n == 0 goto 4 */
    I(ADDI_I64, 1, 0, -1),
    IX(CALL, 1, 0),
    I(ADDI_I64, 0, 1, 1),  /* return depth(n-1) + 1 */
    I(RET, 0, 1, 0),
};

static golem_proto *depth_proto(harness *h)
{
    slot *k = calloc(1, sizeof(slot));
    golem_proto *p = proto(h, "main.depth", depth_code, N(depth_code), k, 1,
                           1, 1, 2);
    k[0].p = p;
    return p;
}

static void test_deep_recursion(void)
{
    harness h;
    harness_init(&h);
    golem_proto *pd = depth_proto(&h);
    static uint64_t m[] = {
        IX(LOADI, 0, 100000), IX(CALL, 0, 0), IX(GST_64, 0, 0),
        I(RET0, 0, 0, 0),
    };
    slot mk[1] = {{.p = pd}};
    int rc = run(&h, proto(&h, "main.main", m, N(m), mk, 1, 0, 0, 1));
    check(rc == 0 && h.vm->globals[0].i == 100000, "deep_recursion",
          "depth(100000) != 100000");
    free(pd->consts);
    harness_free(&h);
}

/* A native re-entering golem code through vm_call while the stack grows
   under it: its results must still arrive. */
static golem_proto *callee_for_native;

static int native_call_deep(golem_g *g, slot *args)
{
    slot res;
    if (vm_call(g, callee_for_native, NULL, args, 1, &res, 1) < 0)
        return -1;
    args[0].i = res.i + 1;
    return 0;
}

static void test_native_reentry(void)
{
    harness h;
    harness_init(&h);
    callee_for_native = depth_proto(&h);
    golem_proto *nat = proto(&h, "main.native", NULL, 0, NULL, 0, 1, 1, 1);
    nat->native = native_call_deep;
    static uint64_t m[] = {
        IX(LOADI, 1, 50000), IX(CALL, 1, 0), IX(GST_64, 1, 0),
        I(RET0, 0, 0, 0),
    };
    slot mk[1] = {{.p = nat}};
    int rc = run(&h, proto(&h, "main.main", m, N(m), mk, 1, 0, 0, 2));
    check(rc == 0 && h.vm->globals[0].i == 50001 &&
              h.vm->main_g->retired_stacks == NULL,
          "native_reentry", "vm_call result lost across stack growth");
    free(callee_for_native->consts);
    harness_free(&h);
}

/* defer + recover: the deferred closure recovers an integer divide panic
   and the function resumes at its resume_pc. */
static void test_defer_recover(void)
{
    harness h;
    harness_init(&h);
    static uint64_t rec[] = {
        I(RECOVER, 0, 0, 0), IX(GST_64, 0, 8), /* dynamic type of value */
        I(RET0, 0, 0, 0),
    };
    golem_proto *prec = proto(&h, "main.f.func1", rec, N(rec), NULL, 0, 0, 0,
                              2);
    static golem_closure *cl;
    cl = calloc(1, sizeof *cl);
    cl->proto = prec;
    static slot fk[1];
    fk[0].p = cl;
    static uint64_t f[] = {
        IX(LOADK, 0, 0),
        I(DEFER, 0, 1, 0),
        IX(LOADI, 1, 1), IX(LOADI, 2, 0),
        I(DIV_I64, 3, 1, 2), /* panics */
        IX(LOADI, 0, 99), I(RET, 0, 1, 0),
        I(RUNDEFERS, 0, 0, 0), /* resume_pc = 7 */
        IX(LOADI, 0, 42), I(RET, 0, 1, 0),
    };
    golem_proto *pf = proto(&h, "main.f", f, N(f), fk, 1, 0, 1, 4);
    pf->resume_pc = 7;
    static uint64_t m[] = {
        IX(CALL, 0, 0), IX(GST_64, 0, 0), I(RET0, 0, 0, 0),
    };
    slot mk[1] = {{.p = pf}};
    int rc = run(&h, proto(&h, "main.main", m, N(m), mk, 1, 0, 0, 1));
    check(rc == 0 && h.vm->globals[0].i == 42 && h.vm->globals[1].p != NULL,
          "defer_recover", h.err.buf);
    free(cl);
    harness_free(&h);
}

/* Deferred calls run at a normal return too (RUNDEFERS), most recent
   first. */
static void test_defer_order(void)
{
    harness h;
    harness_init(&h);
    /* d(x): globals[0] = globals[0]*10 + x */
    static uint64_t d[] = {
        IX(GLD_64, 1, 0), I(MULI_I64, 1, 1, 10), I(ADD_I64, 1, 1, 0),
        IX(GST_64, 1, 0), I(RET0, 0, 0, 0),
    };
    golem_proto *pd = proto(&h, "main.d", d, N(d), NULL, 0, 1, 0, 2);
    static golem_closure *cl;
    cl = calloc(1, sizeof *cl);
    cl->proto = pd;
    static slot k[1];
    k[0].p = cl;
    static uint64_t m[] = {
        IX(LOADK, 0, 0),
        IX(LOADI, 1, 1), I(DEFER, 0, 1, 1),
        IX(LOADI, 1, 2), I(DEFER, 0, 1, 1),
        IX(LOADI, 1, 3), I(DEFER, 0, 1, 1),
        I(RUNDEFERS, 0, 0, 0), I(RET0, 0, 0, 0),
    };
    int rc = run(&h, proto(&h, "main.main", m, N(m), k, 1, 0, 0, 2));
    check(rc == 0 && h.vm->globals[0].i == 321, "defer_order",
          "deferred calls not run most recent first");
    free(cl);
    harness_free(&h);
}

/* Slices: make, append with growth, indexed loads, and the bounds panic. */
static void test_slices(void)
{
    harness h;
    harness_init(&h);
    static slot k[1] = {{.p = (void *)&rt_int}};
    static uint64_t m[] = {
        IX(LOADI, 3, 0), IX(LOADI, 4, 0),
        I(MAKESLICE, 0, 3, 0),      /* r0..r2 = make([]int, 0, 0) */
        IX(LOADI, 5, 1),            /* i = 1 */
        I(APPEND, 0, 5, 0),         /* 4: s = append(s, i) */
        I(ADDI_I64, 5, 5, 1),
        I(JLEI_I64, 5, 100, -3),    /* i <= 100 -> 4 */
        IX(LOADI, 6, 0),            /* sum */
        IX(LOADI, 5, 0),            /* i */
        I(SLD_64, 7, 0, 5),         /* 9: r7 = s[i] */
        I(ADD_I64, 6, 6, 7),
        I(ADDI_I64, 5, 5, 1),
        I(JLT_I64, 5, 1, -4),       /* i < len -> 9 */
        IX(GST_64, 6, 0), IX(GST_64, 1, 8),
        I(SLD_64, 7, 0, 5),         /* s[100]: panics */
        I(RET0, 0, 0, 0),
    };
    int rc = run(&h, proto(&h, "main.main", m, N(m), k, 1, 0, 0, 8));
    check(rc == 2 && h.vm->globals[0].i == 5050 &&
              h.vm->globals[1].i == 100 &&
              strstr(h.err.buf, "index out of range [100] with length 100"),
          "slices", h.err.buf);
    harness_free(&h);
}

/* Strings: constants, concatenation, equality, slicing bounds. */
static void test_strings(void)
{
    harness h;
    harness_init(&h);
    static slot k[6] = {
        {.p = "hello"}, {.i = 5}, {.p = " world"}, {.i = 6},
        {.p = "hello world"}, {.i = 11},
    };
    static uint64_t m[] = {
        IX(LOADK2, 0, 0), IX(LOADK2, 2, 2), I(CONCAT, 4, 0, 2),
        IX(LOADK2, 6, 4), I(EQ_STR, 8, 4, 6), IX(GST_64, 8, 0),
        I(LT_STR, 8, 0, 2), IX(GST_64, 8, 8), /* "hello" < " world": no */
        IX(LOADI, 9, 6), IX(LOADI, 10, 11), I(STR_SLICE, 0, 4, 9),
        IX(GST_64, 1, 16),                    /* len("world") */
        I(STR_INDEX, 8, 4, 9), IX(GST_64, 8, 24), /* 'w' */
        IX(LOADI, 10, 12), I(STR_SLICE, 0, 4, 9), /* [6:12]: panics */
        I(RET0, 0, 0, 0),
    };
    int rc = run(&h, proto(&h, "main.main", m, N(m), k, 6, 0, 0, 11));
    slot *gl = h.vm->globals;
    check(rc == 2 && gl[0].i == 1 && gl[1].i == 0 && gl[2].i == 5 &&
              gl[3].i == 'w' &&
              strstr(h.err.buf,
                     "slice bounds out of range [:12] with length 11"),
          "strings", h.err.buf);
    harness_free(&h);
}

/* print/println formats (to stderr). */
static void test_print(void)
{
    harness h;
    harness_init(&h);
    static slot k[] = {{.f = 1.5}, {.f = -0.000123456789}};
    static uint64_t m[] = {
        IX(LOADK, 0, 0), I(PRINT_F64, 0, 0, 0), I(PRINT_SP, 0, 0, 0),
        IX(LOADK, 0, 1), I(PRINT_F64, 0, 0, 0), I(PRINT_SP, 0, 0, 0),
        IX(LOADI, 0, -7), I(PRINT_I64, 0, 0, 0), I(PRINT_SP, 0, 0, 0),
        IX(LOADI, 0, 1), I(PRINT_BOOL, 0, 0, 0), I(PRINT_NL, 0, 0, 0),
        I(RET0, 0, 0, 0),
    };
    int rc = run(&h, proto(&h, "main.main", m, N(m), k, 2, 0, 0, 1));
    check(rc == 0 &&
              strcmp(h.err.buf, "+1.500000e+000 -1.234568e-004 -7 true\n") ==
                  0,
          "print", h.err.buf);
    harness_free(&h);
}

/* Goroutines and an unbuffered channel: a producer goroutine hands three
   values to main; a fourth receive can never complete: deadlock. */
static const rtype rt_chan_int = {
    .kind = RK_CHAN, .flags = RF_COMPARABLE | RF_POINTER_SHAPED,
    .nslots = 1, .stride = 8, .string = "chan int", .elem = &rt_int,
};

static void test_channels(void)
{
    harness h;
    harness_init(&h);
    static uint64_t prod[] = {
        IX(LOADI, 1, 1),
        I(SEND, 0, 1, 0),      /* 1: c <- i */
        I(ADDI_I64, 1, 1, 1),
        I(JLEI_I64, 1, 3, -3), /* i <= 3 -> 1 */
        I(RET0, 0, 0, 0),
    };
    golem_proto *pp = proto(&h, "main.producer", prod, N(prod), NULL, 0, 1,
                            0, 2);
    static golem_closure *cl;
    cl = calloc(1, sizeof *cl);
    cl->proto = pp;
    static slot k[2];
    k[0].p = (void *)&rt_chan_int;
    k[1].p = cl;
    static uint64_t m[] = {
        IX(LOADI, 1, 0), I(MAKECHAN, 0, 1, 0),
        IX(LOADK, 2, 1), I(MOVE, 3, 0, 0), I(GO, 2, 3, 1),
        I(RECV, 4, 0, 0), I(RECV, 5, 0, 0), I(ADD_I64, 4, 4, 5),
        I(RECV2, 5, 0, 0), I(ADD_I64, 4, 4, 5), IX(GST_64, 4, 0),
        IX(GST_64, 6, 8), /* ok of the last receive */
        I(RECV, 5, 0, 0), /* nobody will ever send */
        I(RET0, 0, 0, 0),
    };
    int rc = run(&h, proto(&h, "main.main", m, N(m), k, 2, 0, 0, 7));
    check(rc == 2 && h.vm->globals[0].i == 6 && h.vm->globals[1].i == 1 &&
              strstr(h.err.buf, "fatal error: all goroutines are asleep - "
                                "deadlock!") &&
              strstr(h.err.buf, "goroutine 1 [chan receive]:") &&
              strstr(h.err.buf, "test.go:13"),
          "channels", h.err.buf);
    free(cl);
    harness_free(&h);
}

/* The run-hook API a scheduler uses: a G runs until it parks in a channel
   op, and resumes by re-executing that op. */
static void test_run_slice(void)
{
    harness h;
    harness_init(&h);
    static uint64_t recv[] = {
        I(RECV, 1, 0, 0), IX(GST_64, 1, 0), I(RET0, 0, 0, 0),
    };
    static uint64_t send[] = {I(SEND, 0, 1, 0), I(RET0, 0, 0, 0)};
    golem_proto *pr = proto(&h, "main.recv", recv, N(recv), NULL, 0, 1, 0, 2);
    golem_proto *ps = proto(&h, "main.send", send, N(send), NULL, 0, 2, 0, 2);
    golem_g *g1 = vm_new_g(h.vm), *g2 = vm_new_g(h.vm);
    golem_chan *c = chan_make(g1, &rt_chan_int, 0);
    slot a[1] = {{.p = c}};
    slot b[2] = {{.p = c}, {.i = 42}};
    int r1 = vm_start_g(g2, pr, NULL, a, 1) == 0 ? vm_run_slice(g2) : -1;
    int r2 = vm_start_g(g1, ps, NULL, b, 2) == 0 ? vm_run_slice(g1) : -1;
    int r3 = vm_run_slice(g2);
    check(r1 == VM_SLICE_PARKED && r2 == VM_SLICE_DONE &&
              r3 == VM_SLICE_DONE && h.vm->globals[0].i == 42,
          "run_slice", "park/resume through vm_run_slice");
    harness_free(&h);
}

/* The X-macro table drives the disassembler. */
static void test_disasm(void)
{
    harness h;
    harness_init(&h);
    static uint64_t m[] = {IX(LOADI, 0, 7), I(JLT_I64, 0, 1, -2),
                           I(RET0, 0, 0, 0)};
    golem_proto *p = proto(&h, "main.main", m, N(m), NULL, 0, 0, 0, 2);
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    vm_disasm_proto(p, f);
    fclose(f);
    check(strstr(text, "LOADI") && strstr(text, "r0 7") &&
              strstr(text, "JLT_I64") && strstr(text, "->0") &&
              op_has_extra(OP_SLICE) && !op_has_extra(OP_MOVE),
          "disasm", text);
    free(text);
    harness_free(&h);
}

int main(void)
{
    test_fib();
    test_loop();
    test_arith();
    test_divide_panic();
    test_deep_recursion();
    test_native_reentry();
    test_defer_recover();
    test_defer_order();
    test_slices();
    test_strings();
    test_print();
    test_channels();
    test_run_slice();
    test_disasm();
    return failures ? 1 : 0;
}
