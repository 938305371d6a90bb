/*
 * test_stack.c - unit tests of vm/stack.c: goroutine slot stacks grown by
 * copying, retired while a native may still hold a pointer into them,
 * shrunk at collections, and Go's 1 GB stack limit. Properties checked:
 *   - growth doubles until the request fits and keeps every slot (the new
 *     upper part is zero); frames name their window by offset, so they
 *     stay valid;
 *   - while native_depth > 0 the old array is retired, not freed: a
 *     native's `args` pointer still reads its values; stack_free_retired
 *     releases the chain;
 *   - shrinking halves a stack used under a quarter, keeps the lower half
 *     intact, and never happens inside a native or below the minimum;
 *   - the call-record array grows keeping every record;
 *   - a request past the limit is Go's fatal "stack overflow" (message on
 *     the VM's stderr, exit status 2), not a crash.
 *
 * Prints "ok NAME" or "FAIL NAME" per property; exits 1 if any failed.
 */
#include "harness.h"
#include <stdlib.h>
#include <string.h>

static golem_g *fresh_g(void)
{
    golem_g *g = vm_new_g(tvm);
    g->status = G_RUNNING;
    return g;
}

static void fill(golem_g *g, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        g->stack[i].u = 0x5157000000000000ull + i;
}

static bool filled(const slot *s, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++)
        if (s[i].u != 0x5157000000000000ull + i)
            return false;
    return true;
}

static bool grow_keeps_every_slot(void)
{
    golem_g *g = fresh_g();
    CHECK(stack_ensure(g, 100));
    uint32_t old = g->stack_size;
    CHECK(old >= 100);
    fill(g, old);
    CHECK(stack_ensure(g, (uint64_t)old * 5 + 3));
    CHECK(g->stack_size >= old * 5 + 3);
    CHECK(g->stack_size % old == 0); /* doubled, not bumped */
    CHECK(filled(g->stack, old));
    for (uint32_t i = old; i < g->stack_size; i++)
        CHECK(g->stack[i].u == 0);
    CHECK(g->retired_stacks == NULL); /* no native: the old one is freed */
    /* a request that fits changes nothing */
    slot *same = g->stack;
    CHECK(stack_ensure(g, 10) && g->stack == same);
    return true;
}

static bool grow_inside_native_retires(void)
{
    golem_g *g = fresh_g();
    CHECK(stack_ensure(g, 64));
    fill(g, g->stack_size);
    uint32_t n1 = g->stack_size;
    g->native_depth = 1;
    slot *old = g->stack;
    slot *args = old + 10; /* what a native holds */
    CHECK(stack_ensure(g, (uint64_t)n1 * 2));
    CHECK(g->stack != old && g->retired_stacks != NULL);
    CHECK(filled(old, n1)); /* the retired array is still readable */
    CHECK(args[5].u == 0x5157000000000000ull + 15);
    uint32_t n2 = g->stack_size;
    CHECK(stack_ensure(g, (uint64_t)n2 * 2)); /* a second retirement */
    CHECK(filled(old, n1) && filled(g->stack, n1));
    stack_free_retired(g);
    CHECK(g->retired_stacks == NULL);
    g->native_depth = 0;
    return true;
}

static bool shrink_halves_idle_stacks(void)
{
    golem_g *g = fresh_g();
    CHECK(stack_ensure(g, 4096));
    uint32_t big = g->stack_size;
    fill(g, big);
    stack_shrink(g, big / 2); /* used half: stays */
    CHECK(g->stack_size == big);
    g->native_depth = 1;
    stack_shrink(g, 10); /* inside a native: stays */
    CHECK(g->stack_size == big);
    g->native_depth = 0;
    stack_shrink(g, 10);
    CHECK(g->stack_size == big / 2);
    CHECK(filled(g->stack, big / 2));
    for (int i = 0; i < 20; i++)
        stack_shrink(g, 10);
    CHECK(g->stack_size >= 128); /* never below the minimum */
    CHECK(filled(g->stack, g->stack_size));
    return true;
}

static bool frames_grow_keep_records(void)
{
    golem_g *g = fresh_g();
    for (uint32_t i = 0; i < 1000; i++) {
        CHECK(frames_ensure(g));
        g->frames[g->nframes].pc = i;
        g->frames[g->nframes].base = i * 3;
        g->nframes++;
    }
    CHECK(g->capframes >= 1000);
    for (uint32_t i = 0; i < 1000; i++)
        CHECK(g->frames[i].pc == i && g->frames[i].base == i * 3);
    g->nframes = 0;
    return true;
}

/* Captures the VM's stderr. */
typedef struct capture {
    char buf[8192];
    size_t len;
} capture;

static void capture_write(void *ctx, const char *b, size_t n)
{
    capture *c = ctx;
    if (n > sizeof c->buf - 1 - c->len)
        n = sizeof c->buf - 1 - c->len;
    memcpy(c->buf + c->len, b, n);
    c->len += n;
    c->buf[c->len] = 0;
}

static bool limit_is_a_fatal_error(void)
{
    golem_g *g = fresh_g();
    static capture cap;
    void (*old_write)(void *, const char *, size_t) = tvm->err.write;
    void *old_ctx = tvm->err.ctx;
    tvm->err.write = capture_write;
    tvm->err.ctx = &cap;
    bool ok = stack_ensure(g, 200000000ull); /* 1.6 GB of slots */
    vm_flush(&tvm->err);
    tvm->err.write = old_write;
    tvm->err.ctx = old_ctx;
    CHECK(!ok);
    CHECK(tvm->exiting && tvm->exit_code == 2);
    CHECK(strstr(cap.buf, "runtime: goroutine stack exceeds "
                          "1000000000-byte limit\n") == cap.buf);
    CHECK(strstr(cap.buf, "fatal error: stack overflow") != NULL);
    tvm->exiting = false;
    tvm->exit_code = 0;
    return true;
}

int main(void)
{
    tvm = vm_new();
    tg = vm_new_g(tvm);
    run("stack_grow_doubles_and_keeps_every_slot", grow_keeps_every_slot);
    run("stack_grow_inside_native_retires_old_array",
        grow_inside_native_retires);
    run("stack_shrink_halves_idle_stacks", shrink_halves_idle_stacks);
    run("stack_frames_grow_keep_records", frames_grow_keep_records);
    run("stack_limit_is_go_fatal_error", limit_is_a_fatal_error);
    return failures ? 1 : 0;
}
