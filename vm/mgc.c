/*
 * mgc.c - the garbage collector's cycle: when it runs, the phases, pacing,
 * statistics, GODEBUG modes, finalizers and the runtime/debug knobs
 * (DESIGN.md section 9; docs/runtime.md "The collector"). Marking itself
 * (roots, grey list) is vm/mgcmark.c; sweeping is vm/mheap.c's.
 *
 * THE CYCLE (gc_cycle), a non-moving mark-sweep; with GODEBUG=gcconcurrent=0
 * (and in ThreadSanitizer builds) all of it with the world stopped:
 *   1. stop the world (vm/sched.c; a no-op under the cooperative
 *      scheduler, which has one thread);
 *   2. hand every mcache's spans back to their central lists, so that
 *      allocation bits are final and heap_live is exact;
 *   3. mark from the roots (gcm_mark), finalizers included, shrinking
 *      idle goroutines' stacks as they are scanned;
 *   4. start a sweep generation (mheap_sweep_begin, O(1)): spans are
 *      swept lazily after the world restarts (by the allocator and the
 *      heap's background sweeper; vm/mheap.h), and whatever is left by
 *      mheap_sweep_finish before the next cycle stops the world (Go's
 *      sweep termination); the live estimate is the bytes marked plus
 *      those allocated black;
 *   5. set the next goal, release free memory to the OS when more is
 *      resident than the goal needs;
 *   6. restart the world, print the gctrace line, start ready finalizers.
 * By default step 3 is split around a second pause instead
 * (mark_concurrently): the first pause only flips state (a new stack
 * scan generation, barrier, black allocation and marking on); roots and
 * every goroutine's stack are scanned and the heap marked while the
 * program runs, by this thread and helper workers, with allocating
 * goroutines assisting (vm/mgcmark.c "STACKS", "WORKERS"); the second
 * pause scans the few goroutines that could not be scanned, drains the
 * barrier's leftovers and handles finalizers, and steps 4-6 follow.
 *
 * WHEN. A cycle runs only at a point where every live heap pointer of the
 * running goroutine is in its slots, never inside gc_alloc: natives and
 * runtime routines hold fresh objects in C locals that no root scan could
 * find. So the allocator only asks: when heap_live (vm/mheap.h; Go's
 * heapLive) reaches the trigger, gc_note_trigger sets `want` and the
 * allocating G's preempt flag; the interpreter's preemption poll (function
 * entry, loop back-edges; vm/interp.c) calls gc_safepoint, which runs the
 * cycle when the G is in no native (native_depth 0). Several Gs may get
 * there at once: the first try-locks cycle_lock and stops the world; the
 * others, which must not block while holding a P that the stopper waits
 * for, go on and yield. runtime.GC, ReadMemStats and FreeOSMemory come
 * from a native: they release the P first (sched_enter_blocking, as a
 * blocking system call does), then wait for the lock. Sysmon runs a cycle
 * on its own thread when none ran for 2 minutes (gc_sysmon, Go's
 * forcegc), and, a rule of golem's own, once a program has sat idle for
 * a second with a heap that changed since the last cycle (below), so
 * that a spike dropped before a quiet spell is freed and returned to the
 * OS within seconds (Go frees it only at its 2-minute forced cycle).
 *
 * IDLE. Sysmon (gc_sysmon, about every 10 ms when every P is idle) runs
 * one cycle when all Ps have been idle for GC_QUIET_NS and the live
 * estimate differs from what the last cycle left (the program allocated
 * since): at most one cycle per quiet spell, on CPUs the program is not
 * using. Every second, busy or not, it also trims free pages that have
 * been free for a second down to goal + 10% once sweeping is done
 * (mheap_trim), Go's background scavenger in short: the trim at the end
 * of a sweep cannot release the pages that sweep has just freed.
 *
 * PACING (Go's): after a cycle that left `live` bytes, the goal is
 * live * (1 + GOGC/100), at least 4 MiB * GOGC/100; GOGC=off (or
 * SetGCPercent(-1)) means no goal. A memory limit (GOMEMLIMIT,
 * SetMemoryLimit) lowers the goal to 95% of the limit, but never below
 * live + 1/16 (past that the program would do nothing but collect).
 *
 * GODEBUG: gctrace=1 prints Go's line per cycle on stderr
 *   gc N @T s P%: A+B+C ms clock, ... ms cpu, H0->H1->L MB, G MB goal,
 *   S MB stacks, X MB globals, N P [(forced)]
 * where A is the first pause (stopping the world included), B the
 * concurrent phase and C the second pause (gcconcurrent=0: A the time to
 * stop the world, B 0, C the whole stopped cycle); the cpu part is
 * A+assist/background/idle+C, background being every mark worker's time;
 * gccheckmark=1 verifies after marking that no marked object points to
 * an unmarked one, and the heap's invariants after sweeping (mheap_verify),
 * and ends the program naming the first violation; gcconservative=1
 * scans goroutine stacks without their pointer maps; gcstress=N runs a
 * cycle every N allocations (gcstress=1: every GC_STRESS_DEFAULT), but
 * only while cycles take under a fifth of the time (stress_due).
 *
 * Invariants: cycle_lock is held for the whole cycle and for every reader
 * of a consistent snapshot (taken only by threads holding no P, or by
 * try-lock); pace_lock guards the settings and pace() (the setters take
 * only it); the finalizer lists are under fin_lock; `goal` and `trigger`
 * are read by allocating threads without a lock.
 */
#include "mgcstate.h"
#include "gosched.h"
#include "proc.h"
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define GC_MIB ((uint64_t)1 << 20)
#define GC_HEAP_MINIMUM (4 * GC_MIB)
#define GC_STRESS_DEFAULT 100

/* Concurrent marking is the default (GODEBUG=gcconcurrent=0: everything
   with the world stopped). ThreadSanitizer builds run it too; the
   marker's reads of memory the program writes meanwhile are races by
   design, made harmless by the write barrier, and tests/tsan.supp names
   each of them. */
#define GC_CONCURRENT_DEFAULT true
#define GC_FORCE_PERIOD_NS ((int64_t)120 * 1000000000)
#define GC_QUIET_NS ((int64_t)1000000000)       /* the idle rule's spell */
#define GC_TRIM_PERIOD_NS ((int64_t)1000000000) /* sysmon's periodic trim */

/* ---- settings ---- */

static int64_t parse_gogc(const char *v)
{
    if (v == NULL || *v == 0)
        return 100;
    if (strcmp(v, "off") == 0)
        return -1;
    char *end;
    long long n = strtoll(v, &end, 10);
    return *end == 0 ? (n < 0 ? -1 : n) : 100;
}

/* GOMEMLIMIT: a byte count with an optional B/KiB/MiB/GiB/TiB suffix, or
   "off". INT64_MAX when unset or malformed (Go would refuse to start). */
static int64_t parse_memlimit(const char *v)
{
    if (v == NULL || *v == 0 || strcmp(v, "off") == 0)
        return INT64_MAX;
    char *end;
    unsigned long long n = strtoull(v, &end, 10);
    static const struct { const char *suffix; int shift; } units[] = {
        {"", 0}, {"B", 0}, {"KiB", 10}, {"MiB", 20}, {"GiB", 30},
        {"TiB", 40},
    };
    for (size_t i = 0; i < sizeof units / sizeof units[0]; i++) {
        if (strcmp(end, units[i].suffix) == 0) {
            if (n > (unsigned long long)INT64_MAX >> units[i].shift)
                return INT64_MAX;
            return (int64_t)(n << units[i].shift);
        }
    }
    return INT64_MAX;
}

/* The value of key in GODEBUG ("a=1,b=2"), or -1. */
static long godebug_value(const char *godebug, const char *key)
{
    size_t klen = strlen(key);
    for (const char *p = godebug; p != NULL && *p;) {
        if (strncmp(p, key, klen) == 0 && p[klen] == '=')
            return strtol(p + klen + 1, NULL, 10);
        p = strchr(p, ',');
        if (p != NULL)
            p++;
    }
    return -1;
}

static uint64_t now_ns(void)
{
    return (uint64_t)mheap_nanotime();
}

/* ---- pacing ---- */

static void pace(gc_state *gc)
{
    uint64_t live = gc->heap_marked, goal = UINT64_MAX;
    if (gc->gcpercent >= 0) {
        uint64_t pct = (uint64_t)gc->gcpercent;
        goal = live + live / 100 * pct + live % 100 * pct / 100;
        uint64_t minimum = GC_HEAP_MINIMUM * pct / 100;
        if (goal < minimum)
            goal = minimum;
    }
    if (gc->memlimit != INT64_MAX) {
        uint64_t limit = (uint64_t)gc->memlimit / 100 * 95;
        uint64_t floor = live + live / 16 + 64 * 1024;
        if (limit < floor)
            limit = floor;
        if (limit < goal)
            goal = limit;
    }
    __atomic_store_n(&gc->goal, goal, __ATOMIC_RELAXED);
    __atomic_store_n(&gc->trigger, goal, __ATOMIC_RELAXED);
}

gc_state *gc_state_new(golem_vm *vm, mheap *heap)
{
    gc_state *gc = calloc(1, sizeof *gc);
    if (gc == NULL)
        return NULL;
    gc->vm = vm;
    gc->heap = heap;
    pthread_mutex_init(&gc->cycle_lock, NULL);
    pthread_mutex_init(&gc->fin_lock, NULL);
    pthread_mutex_init(&gc->pace_lock, NULL);
    pthread_mutex_init(&gc->grey_lock, NULL);
    gc->gcpercent = parse_gogc(getenv("GOGC"));
    gc->memlimit = parse_memlimit(getenv("GOMEMLIMIT"));
    const char *godebug = getenv("GODEBUG");
    gc->trace = godebug_value(godebug, "gctrace") > 0;
    gc->checkmark = godebug_value(godebug, "gccheckmark") > 0;
    gc->conservative = godebug_value(godebug, "gcconservative") > 0;
    long concurrent = godebug_value(godebug, "gcconcurrent");
    gc->concurrent = concurrent < 0 ? GC_CONCURRENT_DEFAULT : concurrent > 0;
    gc->concurrent_slow = concurrent > 1;
    long stress = godebug_value(godebug, "gcstress");
    if (stress > 0)
        gc->stress_every = stress == 1 ? GC_STRESS_DEFAULT : (uint32_t)stress;
    gc->start_ns = gc->last_activity_ns = mheap_nanotime();
    long force = godebug_value(godebug, "gcforceperiod");
    gc->force_period_ns = force > 0 ? (int64_t)force * 1000000000
                                    : GC_FORCE_PERIOD_NS;
    pace(gc);
    return gc;
}

void gc_state_destroy(gc_state *gc)
{
    if (gc == NULL)
        return;
    free(gc->grey.items);
    free(gc->pending.items);
    free(gc->fins.items);
    free(gc->ready.items);
    pthread_mutex_destroy(&gc->cycle_lock);
    pthread_mutex_destroy(&gc->fin_lock);
    pthread_mutex_destroy(&gc->pace_lock);
    pthread_mutex_destroy(&gc->grey_lock);
    free(gc);
}

/* ---- the allocator's side ---- */

bool gc_should_trigger(const gc_state *gc, uint64_t heap_live)
{
    uint64_t trigger = __atomic_load_n(&gc->trigger, __ATOMIC_RELAXED);
    /* stress mode collects only while the collector is on (GOGC=off
       turns it off as well) */
    return heap_live >= trigger ||
           (gc->stress_every != 0 && trigger != UINT64_MAX);
}

/* Stress mode spends at most about a fifth of the time in cycles: a
   program whose every cycle is long (100,000 goroutines, a stack of a
   million frames) would otherwise never finish under it. */
static bool stress_due(gc_state *gc)
{
    uint64_t last = __atomic_load_n(&gc->last_cycle_ns, __ATOMIC_RELAXED);
    uint64_t end = __atomic_load_n(&gc->last_end_ns, __ATOMIC_RELAXED);
    return now_ns() - end >= 4 * last;
}

void gc_note_trigger(golem_g *g, gc_state *gc)
{
    if (gc->stress_every != 0 &&
        __atomic_load_n(&gc->heap->heap_live, __ATOMIC_RELAXED) <
            __atomic_load_n(&gc->trigger, __ATOMIC_RELAXED)) {
        uint32_t n = __atomic_add_fetch(&gc->stress_count, 1,
                                        __ATOMIC_RELAXED);
        if (n % gc->stress_every != 0 || !stress_due(gc))
            return;
    }
    __atomic_store_n(&gc->want, 1, __ATOMIC_RELAXED);
    __atomic_store_n(&g->preempt, 1, __ATOMIC_RELAXED);
}

/* ---- the cycle ---- */

static void fatal_verify(gc_state *gc, const char *what)
{
    vm_flush(&gc->vm->out);
    vm_flush(&gc->vm->err);
    char line[600];
    int n = snprintf(line, sizeof line, "fatal error: %s\n", what);
    if (write(2, line, (size_t)n) < 0) {
        /* nothing more to do */
    }
    exit(2);
}

/* Go's fmtNSAsMS: whole milliseconds from 10 ms up, else two significant
   digits with at most three decimals. */
static void fmt_ms(char *buf, size_t len, uint64_t ns)
{
    if (ns >= 10000000) {
        snprintf(buf, len, "%llu", (unsigned long long)(ns / 1000000));
        return;
    }
    uint64_t x = ns / 1000;
    if (x == 0) {
        snprintf(buf, len, "0");
        return;
    }
    int dec = 3;
    while (x >= 100) {
        x /= 10;
        dec--;
    }
    uint64_t div = dec == 3 ? 1000 : dec == 2 ? 100 : dec == 1 ? 10 : 1;
    if (dec == 0)
        snprintf(buf, len, "%llu", (unsigned long long)x);
    else
        snprintf(buf, len, "%llu.%0*llu", (unsigned long long)(x / div), dec,
                 (unsigned long long)(x % div));
}

typedef struct cycle_times {
    uint64_t start, stopped, marked, end;
    /* concurrent marking: the first pause, the end of the concurrent
       phase, the start of the second pause */
    uint64_t first_pause, concurrent_end, second_start;
    uint64_t heap0, heap1, live, goal, stacks;
    uint64_t assist_ns, bg_ns; /* the concurrent phase's mark cpu time */
    bool forced;
} cycle_times;

static uint64_t stack_bytes_of(golem_vm *vm)
{
    return __atomic_load_n(&vm->stack_bytes, __ATOMIC_RELAXED);
}

static int32_t nprocs_of(golem_vm *vm)
{
    return vm->sched != NULL ? vm->sched->nprocs : 1;
}

static void print_trace(gc_state *gc, const cycle_times *ct)
{
    char a[32], b[32], c[32], m[32], as[32];
    if (gc->concurrent) {
        fmt_ms(a, sizeof a, ct->first_pause);
        fmt_ms(b, sizeof b, ct->concurrent_end - ct->start - ct->first_pause);
        fmt_ms(c, sizeof c, ct->end - ct->second_start);
        /* Go's cpu split of the concurrent phase: assist/background/idle */
        fmt_ms(as, sizeof as, ct->assist_ns);
        fmt_ms(m, sizeof m, ct->bg_ns);
    } else {
        fmt_ms(a, sizeof a, ct->stopped - ct->start);
        fmt_ms(b, sizeof b, 0);
        fmt_ms(c, sizeof c, ct->end - ct->stopped);
        fmt_ms(as, sizeof as, 0);
        fmt_ms(m, sizeof m, ct->marked - ct->stopped);
    }
    uint64_t elapsed = ct->end - (uint64_t)gc->start_ns;
    int32_t np = nprocs_of(gc->vm);
    int pct = elapsed == 0 ? 0
                           : (int)((uint64_t)gc->gc_cpu_ns * 100 /
                                   (elapsed * (uint64_t)np));
    char line[400];
    int n = snprintf(
        line, sizeof line,
        "gc %u @%.3fs %d%%: %s+%s+%s ms clock, %s+%s/%s/0+%s ms cpu, "
        "%llu->%llu->%llu MB, %llu MB goal, %llu MB stacks, %llu MB "
        "globals, %d P%s\n",
        gc->numgc, (double)elapsed / 1e9, pct, a, b, c, a, as, m, c,
        (unsigned long long)(ct->heap0 / GC_MIB),
        (unsigned long long)(ct->heap1 / GC_MIB),
        (unsigned long long)(ct->live / GC_MIB),
        (unsigned long long)(ct->goal == UINT64_MAX ? 0 : ct->goal / GC_MIB),
        (unsigned long long)(ct->stacks / GC_MIB),
        (unsigned long long)((uint64_t)gc->vm->nglobals * 8 / GC_MIB), np,
        ct->forced ? " (forced)" : "");
    vm_write(&gc->vm->err, line, (size_t)n);
    vm_flush(&gc->vm->err);
}

/* (sweep3) After a cycle, free pages above the goal (plus 10%) go back
   to the OS once they have been free for MH_TRIM_MIN_AGE_NS (younger ones
   are what the program is about to allocate again). Sweeping produces
   the free pages after the world restarts, so the heap's background
   sweeper does the trim once the generation is swept (mheap_trim); the
   cycle only sets its target. debug.FreeOSMemory's release of every free
   page follows its cycle's sweep (gc_cycle). */
static void scavenge_after_cycle(gc_state *gc)
{
    uint64_t goal = __atomic_load_n(&gc->goal, __ATOMIC_RELAXED);
    mheap_set_scavenge_goal(gc->heap,
                            goal == UINT64_MAX ? UINT64_MAX : goal + goal / 10);
}

static void record_pause(gc_state *gc, uint64_t pause)
{
    uint32_t k = gc->numgc % 256;
    gc->pause_ns[k] = pause;
    int64_t wall = proc_walltime();
    gc->pause_end[k] = (uint64_t)wall;
    gc->last_gc_unix_ns = wall;
    gc->pause_total_ns += pause;
}

static void clear_marks(mspan *s, void *arg)
{
    (void)arg;
    for (uint32_t w = 0; w < (s->nelems + 63) / 64; w++)
        __atomic_store_n(&s->gcmarkbits[w], 0, __ATOMIC_RELAXED);
}

/* Concurrent marking (the default), entered with the world stopped and
   the caches released. The first pause only flips state: a new scan
   generation (no goroutine is scanned in it), the write barrier, black
   allocation and marking on. With the world running, gcm_mark_concurrent
   scans the roots and every goroutine (vm/mgcmark.c "STACKS": each G
   while it is not running, or by itself at its next safepoint) and
   drains the grey objects with the helper workers and the allocating
   goroutines' assists. Then the world stops again (mark termination):
   the Gs that could not be scanned (blocking natives, pinned; normally
   none) are scanned, what the barrier greyed since is drained,
   finalizers are handled, and the barrier goes off. The hybrid barrier
   (both pointers shaded, always) with black allocation makes a stack
   scanned at any moment of the phase valid without rescanning (Go's
   argument; vm/mgcmark.c). Returns false (world running) when the
   program ended before the second pause. */
static bool mark_concurrently(gc_state *gc, golem_g *self, cycle_times *ct)
{
    golem_vm *vm = gc->vm;
    gc->self = self;
    __atomic_store_n(&gc->assist_ns, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&gc->bg_ns, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&gc->heap->alloc_black, 1, __ATOMIC_RELAXED);
    __atomic_store_n(&gc->marking, 1, __ATOMIC_RELAXED);
    __atomic_store_n(&vm->gc_barrier, 1, __ATOMIC_RELEASE);
    /* after the barrier: a G born with this generation shades its
       arguments (gc_g_born) */
    __atomic_store_n(&gc->scan_gen, gc->scan_gen + 1, __ATOMIC_RELEASE);
    uint64_t t = now_ns();
    ct->first_pause = t - ct->start;
    start_the_world(vm);
    gcm_mark_concurrent(gc);
    ct->concurrent_end = now_ns();
    ct->assist_ns = __atomic_load_n(&gc->assist_ns, __ATOMIC_RELAXED);
    ct->bg_ns = __atomic_load_n(&gc->bg_ns, __ATOMIC_RELAXED);
    stop_the_world(vm, "GC mark termination");
    uint64_t t2 = now_ns();
    bool ending = vm->sched != NULL &&
                  __atomic_load_n(&vm->sched->exiting, __ATOMIC_ACQUIRE);
    gc_release_caches(vm);
    gcm_finish_pending(gc);
    __atomic_store_n(&vm->gc_barrier, 0, __ATOMIC_RELEASE);
    __atomic_store_n(&gc->marking, 0, __ATOMIC_RELAXED);
    __atomic_store_n(&gc->heap->alloc_black, 0, __ATOMIC_RELAXED);
    gc->self = NULL;
    ct->marked = now_ns();
    ct->second_start = t2;
    if (ending) { /* no sweep: forget the marks for the next cycle */
        mheap_for_each_span(gc->heap, clear_marks, NULL);
        start_the_world(vm);
        return false;
    }
    return true;
}

/* One whole cycle; cycle_lock held. self: the G that runs it (or NULL). */
static void gc_cycle(gc_state *gc, golem_g *self, bool forced,
                     bool release_all)
{
    golem_vm *vm = gc->vm;
    cycle_times ct = {0};
    ct.forced = forced;
    ct.start = now_ns();
    __atomic_store_n(&gc->want, 0, __ATOMIC_RELAXED);
    /* (gc-mark3) Go's sweep termination: the last cycle's lazy sweep is
       finished while the world runs, so that the pause has (almost)
       nothing left to sweep; once stopped, whatever was left (normally
       nothing) is finished before any mark bit is set. */
    mheap_sweep_finish(gc->heap);
    stop_the_world(vm, "GC");
    if (vm->sched != NULL && __atomic_load_n(&vm->sched->exiting,
                                             __ATOMIC_ACQUIRE)) {
        start_the_world(vm); /* the program ends: Ms may still run */
        return;
    }
    ct.stopped = now_ns();
    mheap_sweep_finish(gc->heap);
    gc_release_caches(vm);
    ct.heap0 = ct.heap1 = __atomic_load_n(&gc->heap->heap_live,
                                          __ATOMIC_RELAXED);
    __atomic_store_n(&gc->marked_bytes, 0, __ATOMIC_RELAXED);
    if (gc->concurrent) {
        if (!mark_concurrently(gc, self, &ct))
            return; /* the program ended meanwhile */
    } else {
        gcm_mark(gc, self);
        gc->self = NULL;
        ct.marked = ct.concurrent_end = now_ns();
    }
    char buf[512];
    if (gc->checkmark) {
        const char *err = gcm_verify_marks(gc, buf, sizeof buf);
        if (err == NULL && gc->concurrent)
            err = gcm_verify_roots(gc, buf, sizeof buf);
        if (err != NULL)
            fatal_verify(gc, err);
    }
    /* (sweep3) The live estimate comes from marking (Go's heapMarked):
       what the markers marked plus what was allocated black meanwhile,
       read before mheap_sweep_begin resets black_bytes. Sweeping is lazy:
       sweep_begin only advances the sweep generation (O(1)); spans are
       swept by the allocator and the background sweeper after the world
       restarts, and by mheap_sweep_finish before the next cycle marks. */
    ct.live = __atomic_load_n(&gc->marked_bytes, __ATOMIC_RELAXED) +
              __atomic_load_n(&gc->heap->black_bytes, __ATOMIC_RELAXED);
    mheap_sweep_begin(gc->heap);
    if (!gc->concurrent || gc->checkmark) {
        /* gcconcurrent=0 (everything with the world stopped) and
           gccheckmark=1 (then verify) sweep now */
        mheap_sweep_finish(gc->heap);
    }
    if (gc->checkmark) {
        const char *err = mheap_verify(gc->heap);
        if (err != NULL) {
            snprintf(buf, sizeof buf, "gccheckmark: heap: %s", err);
            fatal_verify(gc, buf);
        }
    }
    __atomic_store_n(&gc->heap->heap_live, ct.live, __ATOMIC_RELAXED);
    __atomic_store_n(&gc->live_after_cycle, ct.live, __ATOMIC_RELAXED);
    ct.stacks = stack_bytes_of(vm);
    pthread_mutex_lock(&gc->pace_lock);
    gc->heap_marked = ct.live;
    pace(gc);
    pthread_mutex_unlock(&gc->pace_lock);
    ct.goal = gc->goal;
    scavenge_after_cycle(gc);
    ct.end = now_ns();
    uint64_t pause = gc->concurrent ? ct.first_pause + (ct.end - ct.second_start)
                                    : ct.end - ct.start;
    /* cpu: the pauses, plus every mark worker's and assist's time while
       the world ran (the coordinator's included in bg_ns) */
    gc->gc_cpu_ns += gc->concurrent
                         ? (int64_t)(pause + ct.bg_ns + ct.assist_ns)
                         : (int64_t)(ct.end - ct.stopped);
    __atomic_store_n(&gc->last_cycle_ns, ct.end - ct.start, __ATOMIC_RELAXED);
    __atomic_store_n(&gc->last_end_ns, ct.end, __ATOMIC_RELAXED);
    __atomic_store_n(&gc->last_activity_ns, (int64_t)ct.end,
                     __ATOMIC_RELAXED);
    record_pause(gc, pause);
    gc->numgc++;
    if (forced)
        gc->numforced++;
    start_the_world(vm);
    if (forced) {
        /* (sweep3) runtime.GC returns with sweeping done, as Go's does;
           then debug.FreeOSMemory returns every free page */
        mheap_sweep_finish(gc->heap);
        if (release_all)
            mheap_scavenge(gc->heap, mheap_nanotime(), 0);
    }
    if (gc->trace)
        print_trace(gc, &ct);
}

/* Starts the finalizers whose objects became unreachable, each on a new
   goroutine (Go runs them on one finalizer goroutine; golem starts one
   per object, which Go's rules allow: they run in no particular order). */
static void start_finalizers(gc_state *gc, golem_g *g)
{
    golem_vm *vm = gc->vm;
    for (;;) {
        pthread_mutex_lock(&gc->fin_lock);
        if (gc->ready.n == 0) {
            pthread_mutex_unlock(&gc->fin_lock);
            return;
        }
        gc_finalizer f = gc->ready.items[--gc->ready.n];
        pthread_mutex_unlock(&gc->fin_lock);
        slot args[2];
        uint32_t nargs = 1;
        args[0].p = f.obj;
        const golem_proto *p = f.fn->proto;
        if (p != NULL && p->nparams >= 2) { /* func(any): an eface */
            args[0].p = (void *)f.objtype;
            args[1].p = f.obj;
            nargs = 2;
        }
        proc_go(vm, g, f.fn, args, nargs);
    }
}

void gc_safepoint(golem_g *g)
{
    gc_state *gc = g->vm->gc;
    if (gc == NULL || g->native_depth != 0)
        return;
    if (__atomic_load_n(&gc->marking, __ATOMIC_RELAXED))
        gcm_scan_self(gc, g); /* asked to scan its own stack */
    if (!__atomic_load_n(&gc->want, __ATOMIC_RELAXED))
        return;
    if (pthread_mutex_trylock(&gc->cycle_lock) != 0)
        return; /* another thread runs a cycle: yield to it */
    if (__atomic_exchange_n(&gc->want, 0, __ATOMIC_RELAXED))
        gc_cycle(gc, g, false, false);
    pthread_mutex_unlock(&gc->cycle_lock);
    if (gc->ready.n > 0)
        start_finalizers(gc, g);
}

/* A cycle asked for from a native (its P released meanwhile). */
static void collect_from_native(golem_g *g, bool release_all)
{
    gc_state *gc = gc_state_of(g->vm);
    sched_enter_blocking(g);
    pthread_mutex_lock(&gc->cycle_lock);
    gc_cycle(gc, g, true, release_all);
    pthread_mutex_unlock(&gc->cycle_lock);
    sched_exit_blocking(g);
    if (gc->ready.n > 0)
        start_finalizers(gc, g);
}

/* A cycle on sysmon's thread (the forced or the idle one). */
static void sysmon_cycle(golem_vm *vm, gc_state *gc)
{
    if (pthread_mutex_trylock(&gc->cycle_lock) != 0)
        return;
    gc_cycle(gc, NULL, false, false);
    /* even if it did not run */
    __atomic_store_n(&gc->last_activity_ns, (int64_t)now_ns(),
                     __ATOMIC_RELAXED);
    pthread_mutex_unlock(&gc->cycle_lock);
    if (gc->ready.n > 0 && vm->sched != NULL)
        start_finalizers(gc, NULL); /* on the global run queue */
}

/* The idle rule (see the header comment); busy: some P runs a G or is
   in a blocking native. */
static bool idle_cycle_due(gc_state *gc, bool busy, int64_t now)
{
    if (busy) {
        gc->idle_since_ns = 0;
        return false;
    }
    if (gc->idle_since_ns == 0)
        gc->idle_since_ns = now;
    uint64_t live = __atomic_load_n(&gc->heap->heap_live, __ATOMIC_RELAXED);
    return now - gc->idle_since_ns >= GC_QUIET_NS &&
           live >= GC_HEAP_MINIMUM &&
           live != __atomic_load_n(&gc->live_after_cycle, __ATOMIC_RELAXED);
}

void gc_sysmon(golem_vm *vm, bool busy)
{
    gc_state *gc =
        vm != NULL ? __atomic_load_n(&vm->gc, __ATOMIC_ACQUIRE) : NULL;
    if (gc == NULL || __atomic_load_n(&gc->gcpercent, __ATOMIC_RELAXED) < 0)
        return;
    int64_t now = (int64_t)now_ns();
    if (now - __atomic_load_n(&gc->last_activity_ns, __ATOMIC_RELAXED) >=
            gc->force_period_ns ||
        idle_cycle_due(gc, busy, now))
        sysmon_cycle(vm, gc);
    if (now - gc->last_trim_ns >= GC_TRIM_PERIOD_NS) {
        gc->last_trim_ns = now;
        if (mheap_sweep_done(gc->heap))
            mheap_trim(gc->heap);
    }
}

void gc_collect(golem_vm *vm)
{
    gc_state *gc = gc_state_of(vm);
    pthread_mutex_lock(&gc->cycle_lock);
    gc_cycle(gc, NULL, true, false);
    pthread_mutex_unlock(&gc->cycle_lock);
}

void gc_collect_forced(golem_g *g)
{
    collect_from_native(g, false);
}

void gc_free_os_memory(golem_g *g)
{
    collect_from_native(g, true);
}

/* ---- settings from the program ---- */

int64_t gc_set_percent(golem_vm *vm, int64_t percent)
{
    gc_state *gc = gc_state_of(vm);
    pthread_mutex_lock(&gc->pace_lock);
    int64_t old = gc->gcpercent;
    __atomic_store_n(&gc->gcpercent, percent < 0 ? -1 : percent,
                     __ATOMIC_RELAXED);
    pace(gc);
    pthread_mutex_unlock(&gc->pace_lock);
    return old;
}

int64_t gc_set_memory_limit(golem_vm *vm, int64_t limit)
{
    gc_state *gc = gc_state_of(vm);
    pthread_mutex_lock(&gc->pace_lock);
    int64_t old = gc->memlimit;
    if (limit >= 0) {
        gc->memlimit = limit;
        pace(gc);
    }
    pthread_mutex_unlock(&gc->pace_lock);
    return old;
}

/* ---- finalizers ---- */

const char *gc_set_finalizer(golem_g *g, const rtype *objtype, void *obj,
                             golem_closure *fn)
{
    gc_state *gc = gc_state_of(g->vm);
    if (objtype == NULL)
        return "runtime.SetFinalizer: first argument is nil";
    if (objtype->kind != RK_POINTER)
        return "runtime.SetFinalizer: first argument is not a pointer";
    mspan *s;
    uint32_t i;
    void *start = mheap_object_start(gc->heap, obj, &s, &i);
    if (start == NULL || !mspan_is_allocated(s, i))
        return NULL; /* not a heap object (a global, a constant): ignored */
    if (start != obj)
        return "runtime.SetFinalizer: pointer not at beginning of "
               "allocated block";
    pthread_mutex_lock(&gc->fin_lock);
    gc_finalizer_list *l = &gc->fins;
    size_t k = 0;
    while (k < l->n && l->items[k].obj != obj)
        k++;
    const char *err = NULL;
    if (fn == NULL) {
        if (k < l->n)
            l->items[k] = l->items[--l->n];
    } else if (k < l->n) {
        err = "runtime.SetFinalizer: finalizer already set";
    } else {
        if (l->n == l->cap) {
            size_t cap = l->cap ? l->cap * 2 : 16;
            gc_finalizer *items = realloc(l->items, cap * sizeof *items);
            if (items == NULL) {
                pthread_mutex_unlock(&gc->fin_lock);
                return "runtime.SetFinalizer: out of memory";
            }
            l->items = items;
            l->cap = cap;
        }
        l->items[l->n++] = (gc_finalizer){obj, objtype, fn};
        /* the table may be scanned already this cycle, and fn may live
           on only here (vm/mgcmark.c STACKS) */
        gc_shade(g, fn);
    }
    pthread_mutex_unlock(&gc->fin_lock);
    return err;
}

/* ---- statistics ---- */

/* (sweep3) MemStats' heap part from the heap's counters, as Go 1.19's
   readmemstats_m computes it: allocated = ever allocated - freed (so
   objects the sweeper has not freed yet still count), BySize per size
   class, and the metadata: span structs, mcaches, and GCSys = the span
   bitmaps and type-word tables plus the page table and page flags of the
   committed arena. */
static void fill_heap_memstats(gc_memstats *out, const mheap_stats *st)
{
    out->total_alloc = st->small_bytes + st->large_bytes;
    out->mallocs = st->nsmall_alloc + st->nlarge_alloc;
    out->frees = st->nfree < out->mallocs ? st->nfree : out->mallocs;
    out->heap_objects = out->mallocs - out->frees;
    out->heap_alloc = out->alloc = st->freed_bytes < out->total_alloc
                                       ? out->total_alloc - st->freed_bytes
                                       : 0;
    out->heap_sys = st->committed;
    out->heap_inuse = st->inuse;
    out->heap_idle = st->committed - st->inuse;
    out->heap_released = st->released;
    out->mspan_inuse = st->nspan_structs * sizeof(mspan);
    out->mspan_sys = st->span_struct_bytes;
    out->mcache_inuse = out->mcache_sys = st->ncaches * sizeof(mcache);
    out->gc_sys = st->bitmap_bytes + (st->committed >> MH_PAGE_SHIFT) *
                                         (sizeof(mspan *) + sizeof(uint8_t));
    for (int k = 0; k < GC_MEMSTATS_NBYSIZE; k++) {
        out->by_size[k].size = sc_class_to_size[k];
        out->by_size[k].mallocs = st->nmalloc_class[k];
        out->by_size[k].frees = st->nfree_class[k];
    }
}

void gc_read_memstats(golem_g *g, gc_memstats *out)
{
    golem_vm *vm = g->vm;
    gc_state *gc = gc_state_of(vm);
    memset(out, 0, sizeof *out);
    sched_enter_blocking(g);
    pthread_mutex_lock(&gc->cycle_lock);
    /* (sweep3) no sweeper may change the counters while they are read
       (the background sweeper is not stopped by stop-the-world) */
    mheap_sweep_finish(gc->heap);
    stop_the_world(vm, "ReadMemStats");
    gc_release_caches(vm);
    mheap_stats st = mheap_read_stats(gc->heap);
    out->stack_inuse = out->stack_sys = stack_bytes_of(vm);
    start_the_world(vm);
    fill_heap_memstats(out, &st);
    out->other_sys = (uint64_t)vm->nglobals * 8;
    out->sys = out->heap_sys + out->stack_sys + out->mspan_sys +
               out->mcache_sys + out->gc_sys + out->other_sys;
    out->next_gc = __atomic_load_n(&gc->goal, __ATOMIC_RELAXED);
    out->last_gc = (uint64_t)gc->last_gc_unix_ns;
    out->pause_total_ns = gc->pause_total_ns;
    memcpy(out->pause_ns, gc->pause_ns, sizeof out->pause_ns);
    memcpy(out->pause_end, gc->pause_end, sizeof out->pause_end);
    out->num_gc = gc->numgc;
    out->num_forced_gc = gc->numforced;
    int64_t elapsed = mheap_nanotime() - gc->start_ns;
    out->gc_cpu_fraction =
        elapsed > 0 ? (double)gc->gc_cpu_ns /
                          ((double)elapsed * (double)nprocs_of(vm))
                    : 0;
    out->enable_gc = true;
    pthread_mutex_unlock(&gc->cycle_lock);
    sched_exit_blocking(g);
}

/* ---- the write barrier's shading ----
   vm->gc_barrier is set only during concurrent marking
   (GODEBUG=gcconcurrent=1); then the barrier greys p's object onto the
   marker's global list. */
void gc_shade_words_vm(golem_vm *vm, const void *words, size_t n)
{
    gc_state *gc = __atomic_load_n(&vm->gc, __ATOMIC_ACQUIRE);
    if (gc == NULL || !__atomic_load_n(&gc->marking, __ATOMIC_RELAXED))
        return;
    void *const *w = words;
    for (size_t i = 0; i < n; i++)
        if (w[i] != NULL)
            gcm_shade(gc, w[i]);
}

void gc_shade(golem_g *g, const void *p)
{
    gc_state *gc = g->vm->gc;
    if (gc == NULL || p == NULL ||
        !__atomic_load_n(&gc->marking, __ATOMIC_RELAXED))
        return;
    gcm_shade(gc, p);
}
