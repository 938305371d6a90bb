/*
 * stack.c - goroutine slot stacks and call-record arrays: growth by
 * copying, and Go's stack limit.
 *
 * A goroutine's slot stack is one contiguous array of 8-byte slots. Frames
 * (golem_frame) name their window by offset (base), never by address, and
 * nothing in the heap points into a stack (escaping variables live in heap
 * cells), so growing is a plain copy into an array twice the size (doubled
 * until the request fits) with no pointer fixups: Go's copying-stack scheme,
 * chosen over segmented stacks for its lack of a "hot split". The call
 * records live in their own array (g->frames), grown the same way.
 *
 * The one exception to "nothing points into a stack" is transient: a
 * native function receives `slot *args` pointing at its window, and may
 * call back into golem code (vm_call), which may grow the stack while the
 * native still holds args. So while g->native_depth > 0 the old array is
 * not freed but retired (kept on a list of small nodes: not inside the
 * array itself, whose every slot a native may still write, e.g. the
 * results of a native called with its window at offset 0); the interpreter
 * copies a native's results from the old array to the new one when the
 * native returns (vm/interp.c), and the retired arrays are freed when the
 * outermost native returns (stack_free_retired).
 *
 * Limit: like Go, a goroutine whose stack would exceed 1,000,000,000 bytes
 * is a fatal error ("runtime: goroutine stack exceeds 1000000000-byte
 * limit" / "fatal error: stack overflow", exit status 2), never a segfault.
 * golem counts the slots plus the call records, since both grow with the
 * depth of recursion. The error is reported here; the interpreter sees
 * vm->exiting and stops.
 *
 * Shrinking: at each collection, a goroutine that is not running, is in
 * no native and uses under a quarter of its slot stack gets one half the
 * size (stack_shrink, called by vm/mgcmark.c while it scans the G: with
 * the world stopped, or owning the G through golem_g.gc_owner so that no
 * M runs it meanwhile), as Go's shrinkstack; never below STACK_MIN_SLOTS; its frame array is
 * halved the same way when under a quarter full. The lower half is copied
 * whole, so every frame (they all lie below the used quarter) and what
 * sits just above them survive.
 */
#include "runtime.h"
#include "vm.h"
#include <stdlib.h>
#include <string.h>

#define STACK_LIMIT_BYTES 1000000000ull

static uint64_t stack_bytes(uint64_t slots, uint64_t frames)
{
    return slots * sizeof(slot) + frames * sizeof(golem_frame);
}

/* The traceback of the innermost `keep` frames, then Go's elision line:
   the printer walks g->frames, so it is shown a window of the array. */
static void print_top_frames(golem_g *g, uint32_t keep)
{
    golem_frame *frames = g->frames;
    uint32_t n = g->nframes;
    if (n > keep) {
        g->frames = frames + (n - keep);
        g->nframes = keep;
    }
    rt_print_traceback(g);
    g->frames = frames;
    g->nframes = n;
    if (n > keep) {
        static const char elided[] = "...additional frames elided...\n";
        vm_write(&g->vm->err, elided, sizeof elided - 1);
    }
}

/* Go's fatal stack overflow: message, traceback, exit status 2. */
static bool stack_overflow(golem_g *g)
{
    golem_vm *vm = g->vm;
    static const char msg[] =
        "runtime: goroutine stack exceeds 1000000000-byte limit\n"
        "fatal error: stack overflow\n\n";
    vm_flush(&vm->out);
    vm_write(&vm->err, msg, sizeof msg - 1);
    print_top_frames(g, 100);
    vm_flush(&vm->err);
    vm->exit_code = 2;
    vm->exiting = true;
    return false;
}

/* Keeps the array being replaced reachable until no native can hold a
   pointer into it. */
struct retired_stack {
    slot *stack;
    struct retired_stack *next;
};

/* False when out of memory (the caller then reports an overflow). */
static bool retire_stack(golem_g *g, slot *old)
{
    struct retired_stack *r = malloc(sizeof *r);
    if (r == NULL)
        return false;
    r->stack = old;
    r->next = g->retired_stacks;
    g->retired_stacks = r;
    return true;
}

void stack_free_retired(golem_g *g)
{
    struct retired_stack *r = g->retired_stacks;
    while (r != NULL) {
        struct retired_stack *next = r->next;
        free(r->stack);
        free(r);
        r = next;
    }
    g->retired_stacks = NULL;
}

void stack_account(golem_g *g, int64_t slots, int64_t frames)
{
    __atomic_add_fetch(&g->vm->stack_bytes,
                       (uint64_t)(slots * (int64_t)sizeof(slot) +
                                  frames * (int64_t)sizeof(golem_frame)),
                       __ATOMIC_RELAXED);
}

bool stack_ensure(golem_g *g, uint64_t slots)
{
    if (slots <= g->stack_size)
        return true;
    uint64_t size = g->stack_size ? g->stack_size : 64;
    while (size < slots)
        size *= 2;
    if (stack_bytes(size, g->capframes) > STACK_LIMIT_BYTES) {
        /* One last try at exactly the limit before giving up. */
        size = (STACK_LIMIT_BYTES - stack_bytes(0, g->capframes)) /
               sizeof(slot);
        if (size < slots || size > UINT32_MAX)
            return stack_overflow(g);
    }
    slot *ns = malloc(size * sizeof(slot));
    if (ns == NULL)
        return stack_overflow(g);
    memcpy(ns, g->stack, g->stack_size * sizeof(slot));
    memset(ns + g->stack_size, 0, (size - g->stack_size) * sizeof(slot));
    if (g->native_depth > 0) {
        if (!retire_stack(g, g->stack)) {
            free(ns);
            return stack_overflow(g);
        }
    } else
        free(g->stack);
    stack_account(g, (int64_t)size - g->stack_size, 0);
    g->stack = ns;
    g->stack_size = (uint32_t)size;
    return true;
}

bool frames_ensure(golem_g *g)
{
    if (g->nframes < g->capframes)
        return true;
    uint64_t cap = g->capframes ? (uint64_t)g->capframes * 2 : 16;
    if (stack_bytes(g->stack_size, cap) > STACK_LIMIT_BYTES)
        return stack_overflow(g);
    golem_frame *nf = realloc(g->frames, cap * sizeof(golem_frame));
    if (nf == NULL)
        return stack_overflow(g);
    stack_account(g, 0, (int64_t)cap - g->capframes);
    g->frames = nf;
    g->capframes = (uint32_t)cap;
    return true;
}

#define STACK_MIN_SLOTS 128 /* vm/vm.c's initial size */

#define FRAMES_MIN 16 /* vm/vm.c's initial frame array */

/* Halves the frame array when under a quarter of it is in use. */
static void frames_shrink(golem_g *g)
{
    uint32_t cap = g->capframes / 2;
    if (cap < FRAMES_MIN || (uint64_t)g->nframes * 4 >= g->capframes)
        return;
    golem_frame *nf = realloc(g->frames, (size_t)cap * sizeof(golem_frame));
    if (nf == NULL)
        return;
    stack_account(g, 0, (int64_t)cap - g->capframes);
    g->frames = nf;
    g->capframes = cap;
}

void stack_shrink(golem_g *g, uint32_t used)
{
    if (g->native_depth > 0 || g->retired_stacks != NULL)
        return;
    frames_shrink(g);
    uint32_t size = g->stack_size / 2;
    if (size < STACK_MIN_SLOTS || (uint64_t)used * 4 >= g->stack_size)
        return;
    slot *ns = malloc((size_t)size * sizeof(slot));
    if (ns == NULL)
        return; /* keep the big one */
    memcpy(ns, g->stack, (size_t)size * sizeof(slot));
    free(g->stack);
    stack_account(g, (int64_t)size - g->stack_size, 0);
    g->stack = ns;
    g->stack_size = size;
}
