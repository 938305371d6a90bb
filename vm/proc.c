/*
 * proc.c - goroutines on the M:N scheduler: how the interpreter and the
 * scheduler (vm/sched.c) meet.
 *
 * RUNNING A PROGRAM. proc_run pushes main's first frame on the main G,
 * makes a scheduler for the VM (vm->sched) and turns the calling thread
 * into M0 (sched_main). The scheduler's run hook is vm_run_slice: it runs
 * one G until it parks in a channel operation or a parking native, is
 * preempted, returns from its first frame, or ends the program. The main
 * G returning ends the program with status 0 whatever else runs (Go's
 * rule); a goroutine's unrecovered panic prints that goroutine's panic
 * and traceback and ends it with status 2; os.Exit ends it with its
 * code. The first ending wins: sched_exit records it, and the Ms stop at
 * their next scheduling point.
 *
 * GOROUTINE RECORDS. Each new G records its creator (the frame running
 * the go statement, and its goroutine id: golem_g.created_by) for the
 * "created by" line of tracebacks.
 * vm_new_g links every G into vm->allg and numbers it:
 * under the scheduler those calls are serialised by s->glock. A G whose
 * function returned keeps its stack and frame arrays and waits on the
 * scheduler's free list; the next `go` statement reuses it under a new
 * goroutine id (as Go's gfput/gfget).
 *
 * PARKING. proc_park records what a G waits on (g->coop_wait, which the
 * interpreter checks to re-execute the blocked operation when the G
 * resumes) and hands the scheduler a commit callback that releases the
 * channel or semaphore locks only once the G is off its thread, so no
 * partner can ready and run it while its old M still touches it (Go's
 * gopark with an unlock function).
 *
 * PINNED WAITS. Inside a callback from a native a G cannot park the usual
 * way (its native's C frame is on this thread): proc_park_pinned blocks
 * the thread instead (vm/sched.c sched_park_pinned) and the blocked
 * operation re-executes as soon as the G is readied.
 *
 * GOEXIT. runtime.Goexit unwinds as a panic marked goexit; when the
 * unwinding has run every deferred call, the run hook ends the goroutine
 * normally (goexit_done). Main's Goexit leaves the program running until
 * the others are done; then the deadlock report says Go's "no goroutines
 * (main called runtime.Goexit) - deadlock!".
 *
 * DEADLOCK. When the scheduler finds every M idle with no timer pending,
 * proc prints Go's report: "fatal error: all goroutines are asleep -
 * deadlock!", then each live goroutine's traceback in goroutine-id order,
 * separated by blank lines; the status is 2.
 *
 * Under the cooperative stand-in (vm->sched NULL, GOLEM_SCHED=coop) the
 * same calls go to vm/coop.c's queue.
 */
#include "proc.h"
#include "runtime.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

bool proc_parallel_enabled(void)
{
    const char *env = getenv("GOLEM_SCHED");
    return env == NULL || strcmp(env, "coop") != 0;
}

int64_t proc_walltime(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int64_t proc_nanotime(void)
{
    return sched_nanotime();
}

/* ---- goroutine records ---- */

static golem_g *g_alloc(golem_vm *vm, sched *s)
{
    pthread_mutex_lock(&s->glock);
    golem_g *g = s->gfree;
    if (g != NULL) {
        s->gfree = g->schedlink;
        s->ngfree--;
        g->schedlink = NULL;
        g->goid = vm->next_goid++;
        g->status = G_IDLE;
    } else {
        g = vm_new_g(vm);
    }
    pthread_mutex_unlock(&s->glock);
    return g;
}

/* g's function returned: keep its arrays for the next goroutine. */
static void g_recycle(sched *s, golem_g *g)
{
    frames_drop(g, 0);
    stack_free_retired(g);
    g->status = G_DEAD;
    g->waitreason = NULL;
    g->panic = NULL;
    g->goexit = false;
    g->coop_wait = NULL;
    g->native_depth = 0;
    __atomic_store_n(&g->preempt, 0, __ATOMIC_RELAXED);
    __atomic_sub_fetch(&s->ngoroutines, 1, __ATOMIC_RELAXED);
    if (g->stack == NULL) /* the cooperative path frees it */
        return;
    pthread_mutex_lock(&s->glock);
    g->schedlink = s->gfree;
    s->gfree = g;
    s->ngfree++;
    pthread_mutex_unlock(&s->glock);
}

golem_g *proc_go(golem_vm *vm, golem_g *g, golem_closure *fn,
                 const slot *args, uint32_t nargs)
{
    if (g != NULL)
        vm = g->vm;
    sched *s = vm->sched;
    if (s == NULL)
        return g != NULL ? coop_go(g, fn, args, nargs) : NULL;
    golem_g *ng = g_alloc(vm, s);
    if (ng == NULL) {
        if (g != NULL)
            rt_fatal(g, "runtime: cannot allocate memory");
        return NULL;
    }
    gc_g_acquire(ng); /* (gc-mark3) a mark worker may scan a free G */
    if (vm_start_g(ng, fn->proto, fn, args, nargs) < 0) {
        gc_g_release(ng);
        return NULL;
    }
    gc_g_born(ng, args, nargs); /* (gc-mark3) scanned; arguments shaded */
    gc_g_release(ng);
    proc_record_creator(ng, g);
    __atomic_add_fetch(&s->ngoroutines, 1, __ATOMIC_RELAXED);
    sched_make_ready(s, ng, false);
    return ng;
}

void proc_record_creator(golem_g *ng, const golem_g *parent)
{
    ng->created_by = NULL;
    ng->created_pc = 0;
    ng->parent_goid = 0;
    if (parent == NULL || parent->nframes == 0)
        return;
    const golem_frame *fr = &parent->frames[parent->nframes - 1];
    ng->created_by = fr->proto;
    ng->created_pc = fr->pc;
    ng->parent_goid = parent->goid;
}

/* ---- parking ---- */

void proc_ready(golem_vm *vm, golem_g *g, bool next)
{
    if (vm->sched != NULL)
        sched_make_ready(vm->sched, g, next);
    else
        coop_ready(vm, g);
}

void proc_park(golem_g *g, void *rec, const char *reason,
               bool (*commit)(golem_g *, void *), void *arg)
{
    g->coop_wait = rec;
    g->coop_wait_kind = 0; /* (GC) vm/chan.c sets its own kinds */
    g->waitreason = reason;
    g->status = G_WAITING;
    sched *s = g->vm->sched;
    sched_m *m = sched_curm;
    if (s != NULL && m != NULL && m->s == s) {
        sched_set_park_commit(m, commit, arg);
        return;
    }
    if (commit != NULL && !commit(g, arg))
        proc_ready(g->vm, g, true);
}

int proc_park_pinned(golem_g *g, void *rec, uint8_t kind, const char *reason,
                     bool (*commit)(golem_g *, void *), void *arg)
{
    sched *s = g->vm->sched;
    if (s == NULL) {
        if (commit != NULL)
            commit(g, arg);
        return rt_fatal(g, "blocking operation inside a callback from "
                           "native code needs the M:N scheduler");
    }
    g->coop_wait = rec;
    g->coop_wait_kind = kind;
    g->waitreason = reason;
    g->status = G_WAITING;
    if (sched_park_pinned(s, g, commit, arg))
        return 1;
    /* The program ends meanwhile: unwind without running anything. */
    __atomic_store_n(&g->vm->exiting, true, __ATOMIC_RELEASE);
    return -1;
}

int64_t proc_num_goroutine(golem_vm *vm)
{
    sched *s = vm->sched;
    if (s != NULL)
        return __atomic_load_n(&s->ngoroutines, __ATOMIC_RELAXED);
    int64_t n = 0; /* the cooperative stand-in: one thread */
    for (golem_g *x = vm->allg; x != NULL; x = x->next)
        n += x->status != G_DEAD && x->status != G_IDLE;
    return n;
}

bool proc_can_park(const golem_g *g, uint32_t depth)
{
    if (depth > 0 && !PROC_NATIVES_MAY_PARK)
        return false; /* the interpreter would not park the G */
    return g->native_depth == depth;
}

/* ---- the program's end ---- */

static void write_str(golem_writer *w, const char *s)
{
    vm_write(w, s, strlen(s));
}

static int cmp_goid(const void *a, const void *b)
{
    const golem_g *x = *(golem_g *const *)a, *y = *(golem_g *const *)b;
    return x->goid < y->goid ? -1 : x->goid > y->goid;
}

/* Every goroutine is blocked forever (all Ms idle: nothing runs). */
static void deadlock_report(sched *s, void *ctx)
{
    golem_vm *vm = ctx;
    vm_flush(&vm->out);
    size_t n = 0;
    for (golem_g *g = vm->allg; g != NULL; g = g->next)
        n += g->status != G_DEAD && g->status != G_IDLE;
    if (n == 0 && s->main_goexit) {
        /* Go's checkdead: nothing is even blocked */
        write_str(&vm->err, "fatal error: no goroutines (main called "
                            "runtime.Goexit) - deadlock!\n");
        vm_flush(&vm->err);
        vm->exit_code = 2;
        vm->exiting = true;
        return;
    }
    write_str(&vm->err, "fatal error: all goroutines are asleep - deadlock!\n");
    golem_g **gs = malloc((n ? n : 1) * sizeof *gs);
    if (gs != NULL) {
        size_t i = 0;
        for (golem_g *g = vm->allg; g != NULL; g = g->next)
            if (g->status != G_DEAD && g->status != G_IDLE)
                gs[i++] = g;
        qsort(gs, n, sizeof *gs, cmp_goid);
        for (i = 0; i < n; i++) {
            write_str(&vm->err, "\n");
            rt_print_traceback(gs[i]);
        }
        free(gs);
    }
    vm_flush(&vm->err);
    vm->exit_code = 2;
    vm->exiting = true;
}

/* g panicked and nothing recovered: report it (once) and end. */
static void program_panicked(sched *s, golem_g *g)
{
    if (__atomic_exchange_n(&s->dying, 1, __ATOMIC_ACQ_REL) != 0)
        return;
    sched_exit(s, 2);
    rt_print_panic(g);
}

/* runtime.Goexit finished running g's deferred calls: g ends normally.
   When g is main, the program goes on without it (Go's rule) and ends
   when the others do, with the deadlock error Go gives for it. */
static sched_stop goexit_done(sched *s, golem_g *g)
{
    g->panic = NULL;
    if (g == s->main_g) {
        frames_drop(g, 0);
        g->status = G_DEAD;
        g->goexit = false;
        __atomic_sub_fetch(&s->ngoroutines, 1, __ATOMIC_RELAXED);
        __atomic_store_n(&s->main_goexit, 1, __ATOMIC_RELEASE);
        return SCHED_DONE;
    }
    g_recycle(s, g);
    return SCHED_DONE;
}

static sched_stop run_hook(sched_m *m, golem_g *g, void *ctx)
{
    golem_vm *vm = ctx;
    sched *s = m->s;
    int rc = vm_run_slice(g);
    switch (rc) {
    case VM_SLICE_PARKED:
        return SCHED_PARKED;
    case VM_SLICE_YIELD:
        return SCHED_YIELD;
    case VM_SLICE_DONE:
        if (g == s->main_g) {
            sched_exit(s, 0);
            return SCHED_EXIT;
        }
        g_recycle(s, g);
        return SCHED_DONE;
    case VM_SLICE_EXIT:
        sched_exit(s, vm->exit_code);
        return SCHED_EXIT;
    case VM_SLICE_PANIC:
        if (g->panic != NULL && g->panic->goexit && g->panic->link == NULL)
            return goexit_done(s, g);
        program_panicked(s, g);
        return SCHED_EXIT;
    default: /* a native as the goroutine's body: run it to completion */
        g_recycle(s, g);
        return SCHED_DONE;
    }
}

int proc_run(golem_g *g, golem_proto *fn)
{
    golem_vm *vm = g->vm;
    int code;
    if (vm_start_g(g, fn, NULL, NULL, 0) < 0) {
        code = vm->exiting ? vm->exit_code : 2;
    } else {
        sched_config cfg = {0, run_hook, deadlock_report, vm};
        sched *s = sched_new(vm, &cfg);
        if (s == NULL) {
            write_str(&vm->err, "fatal error: runtime: cannot allocate "
                                "memory\n");
            code = 2;
        } else {
            s->main_g = g;
            s->ngoroutines = 1;
            vm->sched = s;
            code = sched_main(s, g);
            vm->sched = NULL;
            sched_free(s);
        }
    }
    frames_drop(g, 0);
    g->status = G_DEAD;
    vm_flush(&vm->out);
    vm_flush(&vm->err);
    return code;
}
