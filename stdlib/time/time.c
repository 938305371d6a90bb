/*
 * time.c - package time's runtime side: the clocks, Sleep, and timers on
 * the scheduler's per-P timer heaps (vm/sched.c).
 *
 * sleep parks its goroutine (the interpreter's blocking protocol: it
 * returns COOP_BLOCK and is called again when the G resumes) on a record
 * holding a scheduler timer; the timer is armed by the park commit, once
 * the G is off its thread, and its firing readies the G. A Go Timer or
 * Ticker owns a time_timer (malloc'd, addressed by a uintptr handle in the
 * Go object) whose firing either offers the current time to the timer's
 * channel without blocking (a full channel drops it, as Go's sendTime
 * does) or starts time.AfterFunc's function as a new goroutine.
 *
 * Without the M:N scheduler (GOLEM_SCHED=coop) there are no timers: Sleep
 * blocks the thread and timers never fire.
 *
 * The collector (a later issue) must treat time_timer's channel and
 * function as roots while the timer is pending; the records are not freed
 * (a stopped Timer can be Reset).
 */
#include "natives.h"
#include <stdlib.h>
#include "chan.h"
#include "proc.h"

#include <string.h>
#include <time.h>

typedef struct time_timer {
    sched_timer t;
    golem_vm *vm;
    golem_chan *c;        /* NewTimer, NewTicker, After */
    golem_closure *f;     /* AfterFunc */
} time_timer;

typedef struct sleep_rec {
    sched_timer t;
    golem_g *g;
} sleep_rec;

static void *xcalloc(size_t n)
{
    void *p = calloc(1, n);
    if (p == NULL) {
        fputs("fatal error: runtime: out of memory\n", stderr);
        exit(2);
    }
    return p;
}

/* now + d, saturating. */
static int64_t deadline_after(int64_t d)
{
    int64_t now = proc_nanotime();
    if (d <= 0)
        return now;
    if (d > INT64_MAX - now)
        return INT64_MAX;
    return now + d;
}

/* func nanotime() int64 */
static int time_nanotime(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = proc_nanotime();
    return 0;
}

/* func now() (wall int64, mono int64) */
static int time_now(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = proc_walltime();
    args[1].i = proc_nanotime();
    return 0;
}

/* ---- Sleep ---- */

static void sleep_fire(sched *s, sched_timer *t, void *arg)
{
    (void)t;
    sleep_rec *r = arg;
    sched_make_ready(s, r->g, false);
}

static bool sleep_commit(golem_g *g, void *arg)
{
    sleep_rec *r = arg;
    sched_timer_start(g->vm->sched, &r->t);
    return true;
}

static void sleep_thread(golem_g *g, int64_t ns)
{
    struct timespec ts = {ns / 1000000000, ns % 1000000000};
    sched_enter_blocking(g);
    while (nanosleep(&ts, &ts) != 0)
        ;
    sched_exit_blocking(g);
}

/* func sleep(ns int64) */
static int time_sleep(golem_g *g, slot *args)
{
    if (g->coop_wait != NULL) { /* resumed: the deadline passed */
        free(g->coop_wait);
        g->coop_wait = NULL;
        return 0;
    }
    int64_t ns = args[0].i;
    if (ns <= 0)
        return 0;
    if (g->vm->sched == NULL || !proc_can_park(g, 1)) {
        sleep_thread(g, ns);
        return 0;
    }
    sleep_rec *r = xcalloc(sizeof *r);
    r->g = g;
    r->t.when = deadline_after(ns);
    r->t.fire = sleep_fire;
    r->t.arg = r;
    proc_park(g, r, "sleep", sleep_commit, r);
    return COOP_BLOCK;
}

/* ---- timers ---- */

static void timer_fire(sched *s, sched_timer *t, void *arg)
{
    (void)s;
    (void)t;
    time_timer *tt = arg;
    if (tt->c != NULL) {
        slot v[2];
        v[0].i = proc_walltime();
        v[1].i = proc_nanotime();
        chan_offer(tt->vm, tt->c, v);
    } else if (tt->f != NULL) {
        proc_go(tt->vm, NULL, tt->f, NULL, 0);
    }
}

/* func startTimer(when, period int64, c chan Time, f func()) uintptr */
static int time_startTimer(golem_g *g, slot *args)
{
    time_timer *tt = xcalloc(sizeof *tt);
    tt->vm = g->vm;
    tt->t.when = args[0].i;
    tt->t.period = args[1].i;
    tt->c = args[2].p;
    tt->f = args[3].p;
    tt->t.fire = timer_fire;
    tt->t.arg = tt;
    if (g->vm->sched != NULL)
        sched_timer_start(g->vm->sched, &tt->t);
    args[0].u = (uint64_t)(uintptr_t)tt;
    return 0;
}

/* func stopTimer(h uintptr) bool */
static int time_stopTimer(golem_g *g, slot *args)
{
    time_timer *tt = (time_timer *)(uintptr_t)args[0].u;
    args[0].u = tt != NULL && g->vm->sched != NULL &&
                sched_timer_stop(g->vm->sched, &tt->t);
    return 0;
}

/* func resetTimer(h uintptr, when, period int64) bool */
static int time_resetTimer(golem_g *g, slot *args)
{
    time_timer *tt = (time_timer *)(uintptr_t)args[0].u;
    sched *s = g->vm->sched;
    if (tt == NULL || s == NULL) {
        args[0].u = 0;
        return 0;
    }
    bool was = sched_timer_stop(s, &tt->t);
    tt->t.when = args[1].i;
    tt->t.period = args[2].i;
    sched_timer_start(s, &tt->t);
    args[0].u = was;
    return 0;
}

const stdlib_native time_natives[] = {
    {"time.nanotime", time_nanotime},
    {"time.now", time_now},
    {"time.resetTimer", time_resetTimer},
    {"time.sleep", time_sleep},
    {"time.startTimer", time_startTimer},
    {"time.stopTimer", time_stopTimer},
    {NULL, NULL},
};
