/*
 * coop.c - the cooperative goroutine scheduler: the single-threaded
 * stand-in for the M:N scheduler (vm/sched.c, vm/proc.c), used when
 * GOLEM_SCHED=coop and by anything that runs the interpreter without
 * vm->sched. Everything here is prefixed coop_ so that it can be deleted
 * in one piece.
 *
 * Goroutines are golem_g records; all of them run on the thread that
 * called vm_run, inside the one interpreter loop (INTERP_TOPLEVEL in
 * vm/interp.c): a `go` statement makes a G whose first frame is a boundary
 * record and appends it to the VM's FIFO run queue; the loop switches to
 * the next runnable G when the current one parks (a channel operation of
 * vm/chan.c, or a parking native, calls proc_park, which lands here
 * through proc_ready/coop_ready) or returns from its first frame. When
 * main returns the program ends, whatever else is runnable. When the
 * running G parks and nothing is runnable, nothing can ever wake anyone:
 * Go's fatal "all goroutines are asleep - deadlock!".
 *
 * A G that never blocks is preempted: a ticker thread (sysmon) sets its
 * preempt flag every 10 ms while others wait, and the interpreter, which
 * polls the flag at calls and taken jumps, puts it at the back of the
 * queue.
 *
 * Invariants: a G is on the run queue at most once (linked through
 * g->schedlink); only the interpreter's thread touches the queue, except
 * sysmon's racy peek at its head.
 */
#include "proc.h"
#include "vm.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* ---- the run queue ---- */

void coop_ready(golem_vm *vm, golem_g *g)
{
    g->status = G_RUNNABLE;
    g->waitreason = NULL;
    g->schedlink = NULL;
    if (vm->coop_runq_tail != NULL)
        vm->coop_runq_tail->schedlink = g;
    else
        __atomic_store_n(&vm->coop_runq_head, g, __ATOMIC_RELAXED);
    vm->coop_runq_tail = g;
}

golem_g *coop_next(golem_vm *vm)
{
    golem_g *g = vm->coop_runq_head;
    if (g != NULL) {
        __atomic_store_n(&vm->coop_runq_head, g->schedlink, __ATOMIC_RELAXED);
        if (vm->coop_runq_head == NULL)
            vm->coop_runq_tail = NULL;
        g->schedlink = NULL;
    }
    return g;
}

/* ---- the preemption ticker ---- */

typedef struct sysmon {
    pthread_t thread;
    pthread_mutex_t lock;
    pthread_cond_t wake;
    bool stop;
} sysmon;

/* Every 10 ms: if some G waits in the run queue, ask the running one to
   yield (it polls g->preempt at calls and taken jumps). Reading curg and
   the queue head without the interpreter's cooperation is a benign race:
   the worst case is one spurious or one missed request. */
static void *coop_sysmon_main(void *arg)
{
    golem_vm *vm = arg;
    sysmon *sm = vm->coop_sysmon;
    pthread_mutex_lock(&sm->lock);
    while (!sm->stop) {
        struct timespec t;
        clock_gettime(CLOCK_REALTIME, &t);
        t.tv_nsec += 10 * 1000 * 1000;
        if (t.tv_nsec >= 1000000000) {
            t.tv_sec++;
            t.tv_nsec -= 1000000000;
        }
        pthread_cond_timedwait(&sm->wake, &sm->lock, &t);
        golem_g *cur = __atomic_load_n(&vm->coop_curg, __ATOMIC_RELAXED);
        golem_g *waiting = __atomic_load_n(&vm->coop_runq_head, __ATOMIC_RELAXED);
        if (!sm->stop && cur != NULL && waiting != NULL)
            __atomic_store_n(&cur->preempt, 1, __ATOMIC_RELAXED);
    }
    pthread_mutex_unlock(&sm->lock);
    return NULL;
}

void coop_sysmon_start(golem_vm *vm)
{
    if (vm->coop_sysmon != NULL)
        return;
    sysmon *sm = calloc(1, sizeof *sm);
    if (sm == NULL)
        return; /* no preemption: goroutines still switch when blocking */
    pthread_mutex_init(&sm->lock, NULL);
    pthread_cond_init(&sm->wake, NULL);
    vm->coop_sysmon = sm;
    if (pthread_create(&sm->thread, NULL, coop_sysmon_main, vm) != 0) {
        vm->coop_sysmon = NULL;
        free(sm);
    }
}

void coop_sysmon_stop(golem_vm *vm)
{
    sysmon *sm = vm->coop_sysmon;
    if (sm == NULL)
        return;
    pthread_mutex_lock(&sm->lock);
    sm->stop = true;
    pthread_cond_signal(&sm->wake);
    pthread_mutex_unlock(&sm->lock);
    pthread_join(sm->thread, NULL);
    pthread_mutex_destroy(&sm->lock);
    pthread_cond_destroy(&sm->wake);
    free(sm);
    vm->coop_sysmon = NULL;
}

golem_g *coop_go(golem_g *g, golem_closure *fn, const slot *args,
                  uint32_t nargs)
{
    coop_sysmon_start(g->vm);
    golem_proto *p = fn->proto;
    golem_g *ng = vm_new_g(g->vm);
    if (ng == NULL)
        return NULL;
    uint64_t need = p->framesize > nargs ? p->framesize : nargs;
    if (!stack_ensure(ng, need + 1))
        return NULL;
    if (nargs > 0)
        memcpy(ng->stack, args, nargs * sizeof(slot));
    golem_frame *fr = &ng->frames[0];
    fr->proto = p;
    fr->closure = fn;
    fr->base = 0;
    fr->pc = 0;
    fr->defers = NULL;
    fr->flags = FRAME_C_BOUNDARY;
    fr->owner = 0;
    ng->nframes = 1;
    proc_record_creator(ng, g);
    coop_ready(g->vm, ng);
    return ng;
}
