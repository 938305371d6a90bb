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
 * The time offered to a channel is a whole Time struct as instant.go lays
 * it out - four slots: seconds since January 1, year 1 UTC, nanoseconds,
 * the monotonic reading, and the *Location given to startTimer (Local) -
 * so a change to that struct must change time_fill_now too. The calendar,
 * zones and layouts are Go code; their only natives here are lookupEnv
 * ($TZ, $ZONEINFO; time cannot import os, which imports time) and
 * readFile (a zone file's bytes).
 *
 * The records are never freed (a stopped Timer can be Reset); each is on
 * vm->time_timers, whose channels, functions and locations the collector
 * visits as roots (time_gc_visit_timers, at the end of this file).
 */
#include "natives.h"
#include <stdlib.h>
#include "chan.h"
#include "proc.h"

#include <errno.h>
#include <string.h>
#include <time.h>

typedef struct time_timer {
    sched_timer t;
    golem_vm *vm;
    golem_chan *c;        /* NewTimer, NewTicker, After */
    golem_closure *f;     /* AfterFunc */
    void *loc;            /* the *Location of the Times sent on c (Local) */
    struct time_timer *gc_next; /* (GC) vm->time_timers list */
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

static void time_fill_now(slot *v);

/* func now() (sec, nsec, mono int64): the first three fields of a Time
   (see time_fill_now). */
static int time_now(golem_g *g, slot *args)
{
    (void)g;
    time_fill_now(args);
    return 0;
}

/* Unix seconds to seconds since January 1, year 1 (Time.sec's origin). */
#define TIME_UNIX_TO_INTERNAL INT64_C(62135596800)

/* Writes the current time as the first three slots of a Time struct: sec
   (since year 1), nsec, mono (see instant.go). */
static void time_fill_now(slot *v)
{
    int64_t wall = proc_walltime();
    int64_t sec = wall / 1000000000, nsec = wall % 1000000000;
    if (nsec < 0) {
        nsec += 1000000000;
        sec--;
    }
    v[0].i = sec + TIME_UNIX_TO_INTERNAL;
    v[1].i = nsec;
    v[2].i = proc_nanotime();
}

/* func lookupEnv(key string) (string, bool) */
static int time_lookupEnv(golem_g *g, slot *args)
{
    char small[64];
    char *name = native_cstring(native_arg_string(args, 0), small,
                                sizeof small);
    char *v = NULL;
    bool set = false;
    if (name && name[0]) {
        /* the environment lock of natives.h; the value is copied before
           unlocking, and the golem string made after */
        native_env_rdlock();
        const char *e = getenv(name);
        set = e != NULL;
        v = e ? strdup(e) : NULL;
        native_env_unlock();
    }
    native_cstring_free(name, small);
    native_ret_bytes(g, args, v, v ? (int64_t)strlen(v) : 0);
    args[2].u = set && v != NULL;
    free(v);
    return 0;
}

/* func readFile(name string) (string, int): a zone file's contents (at
   most 1 MiB), or the errno that stopped the reading (0: none). */
static int time_readFile(golem_g *g, slot *args)
{
    char small[256];
    char *path = native_cstring(native_arg_string(args, 0), small,
                                sizeof small);
    FILE *f = NULL;
    int err = ENOENT; /* also for "" and a name holding a NUL byte */
    if (path && path[0]) {
        errno = 0;
        f = fopen(path, "rb");
        err = f ? 0 : errno;
    }
    native_cstring_free(path, small);
    enum { MAX_ZONE_FILE = 1 << 20 };
    char *buf = f ? malloc(MAX_ZONE_FILE) : NULL;
    size_t n = 0;
    if (buf != NULL) {
        errno = 0;
        n = fread(buf, 1, MAX_ZONE_FILE, f);
        if (ferror(f))
            err = errno ? errno : EIO;
        else if (n >= MAX_ZONE_FILE)
            err = EFBIG;
    } else if (f != NULL) {
        err = ENOMEM;
    }
    if (f)
        fclose(f);
    native_ret_bytes(g, args, buf, err == 0 ? (int64_t)n : 0);
    args[2].i = err;
    free(buf);
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
    /* (gc-mark3) it left its heap: a deletion barrier, since the
       collector visits a timer's channel only while it is pending */
    gc_shade_words_vm(tt->vm, &tt->c, 3);
    if (tt->c != NULL) {
        slot v[4];
        time_fill_now(v);
        v[3].p = tt->loc;
        chan_offer(tt->vm, tt->c, v);
    } else if (tt->f != NULL) {
        proc_go(tt->vm, NULL, tt->f, NULL, 0);
    }
}

/* (added by GC) Links tt into vm->time_timers (lock-free push: timers
   are never freed, so the list only grows). */
static void timer_gc_link(golem_vm *vm, time_timer *tt)
{
    void *head = __atomic_load_n(&vm->time_timers, __ATOMIC_RELAXED);
    do
        tt->gc_next = head;
    while (!__atomic_compare_exchange_n(&vm->time_timers, &head, tt, true,
                                        __ATOMIC_RELEASE, __ATOMIC_RELAXED));
}

/* func startTimer(when, period int64, c chan Time, f func(),
                   loc *Location) uintptr */
static int time_startTimer(golem_g *g, slot *args)
{
    time_timer *tt = xcalloc(sizeof *tt);
    tt->vm = g->vm;
    tt->t.when = args[0].i;
    tt->t.period = args[1].i;
    tt->c = args[2].p;
    tt->f = args[3].p;
    tt->loc = args[4].p;
    gc_shade_words(g, &args[2], 3); /* a new root while the GC marks (vm/mgc.h) */
    timer_gc_link(g->vm, tt); /* (GC) */
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
    if (tt != NULL)
        gc_shade_words(g, &tt->c, 3); /* (gc-mark3) deletion barrier */
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
    gc_shade_words(g, &tt->c, 3); /* (gc-mark3) deletion barrier */
    bool was = sched_timer_stop(s, &tt->t);
    tt->t.when = args[1].i;
    tt->t.period = args[2].i;
    sched_timer_start(s, &tt->t);
    args[0].u = was;
    return 0;
}

const stdlib_native time_natives[] = {
    {"time.lookupEnv", time_lookupEnv},
    {"time.nanotime", time_nanotime},
    {"time.now", time_now},
    {"time.readFile", time_readFile},
    {"time.resetTimer", time_resetTimer},
    {"time.sleep", time_sleep},
    {"time.startTimer", time_startTimer},
    {"time.stopTimer", time_stopTimer},
    {NULL, NULL},
};

/* ---- the collector's view (added by GC) ----
   A timer is reached from Go code only through a uintptr handle, so the
   collector takes its pointers from here: a pending timer's channel, and
   every timer's location and AfterFunc function (a stopped AfterFunc
   timer may be Reset later, and its Timer holds no other reference to the
   function). (gc-mark3) The world may be running: the list only grows
   (release pushes), a record's pointers are written once before it is
   linked, and a timer leaving its heap (fired, stopped, reset) shades
   them first, so a pending check that races with it loses nothing. */
void time_gc_visit_timers(golem_vm *vm,
                          void (*visit)(const void *words, size_t nwords,
                                        void *arg),
                          void *arg)
{
    for (time_timer *tt = __atomic_load_n(&vm->time_timers, __ATOMIC_ACQUIRE);
         tt != NULL; tt = tt->gc_next) {
        /* pending: t.p is the P whose heap holds it (the scheduler
           stores it atomically) */
        if (__atomic_load_n(&tt->t.p, __ATOMIC_ACQUIRE) != NULL)
            visit(&tt->c, 1, arg);
        visit(&tt->loc, 1, arg);
        visit(&tt->f, 1, arg);
    }
}
