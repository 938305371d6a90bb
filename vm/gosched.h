/*
 * gosched.h - golem's M:N goroutine scheduler (DESIGN.md section 5): G/M/P,
 * run queues with work stealing, idle/spinning threads, blocking natives,
 * sysmon preemption, stop-the-world, per-P timer heaps and deadlock
 * detection. The mechanism is described at the top of vm/sched.c.
 *
 * The scheduler knows nothing of bytecode: it hands a runnable G to the
 * `run` hook of its sched_config (the interpreter in golem, a fake in
 * tests/unit/test_sched.c), which runs it until it parks, yields, ends or
 * ends the program, and says which.
 *
 * (Named gosched.h so that it is never confused with the C library's
 * <sched.h>.)
 */
#ifndef GOLEM_GOSCHED_H
#define GOLEM_GOSCHED_H

#include "vm.h"
#include <pthread.h>
#include <stdbool.h>
#include <stdint.h>

#define SCHED_RUNQ_SIZE 256        /* local run queue entries (power of 2) */
#define SCHED_GLOBAL_TICK 61       /* look at the global queue this often */
#define SCHED_PREEMPT_NS 10000000  /* a G runs at most ~10 ms */
#define SCHED_MAX_PROCS 256        /* allp's fixed capacity: GOMAXPROCS
                                      changes only how many are used */

typedef struct sched sched;
typedef struct sched_m sched_m;
typedef struct sched_p sched_p;
typedef struct sched_timer sched_timer;

/* What the run hook reports when the G stops running on its M. */
typedef enum sched_stop {
    SCHED_PARKED, /* g is G_WAITING; something will ready it (see
                     sched_set_park_commit) */
    SCHED_YIELD,  /* preempted or Gosched: runnable again */
    SCHED_DONE,   /* g ended (G_DEAD); the hook freed what it wanted */
    SCHED_EXIT    /* the program ends (main returned, panic, os.Exit);
                     the hook called sched_exit */
} sched_stop;

/* P states. P_DEAD: beyond the current GOMAXPROCS (sched_set_procs);
   its queues and timers were moved to the live Ps. */
enum { P_IDLE, P_RUNNING, P_SYSCALL, P_STOPPED, P_DEAD };

/* A timer (per-P 4-ary heap entry). The owner allocates it and keeps it
   alive while it is pending; fire runs on some M, with no lock held, when
   `when` (CLOCK_MONOTONIC ns, sched_nanotime) has passed. A periodic timer
   (period > 0) is re-armed at the next multiple of period before firing. */
struct sched_timer {
    int64_t when;
    int64_t period;
    void (*fire)(sched *s, sched_timer *t, void *arg);
    void *arg;
    /* private: the P whose heap holds it (NULL when not pending) and its
       index there. Changed only under that P's timer lock. */
    sched_p *p;
    int32_t idx;
};

struct sched_p {
    int32_t id;
    int32_t status;         /* P_* (atomic) */
    sched_m *m;                      /* the M that holds it, or NULL */
    uint32_t schedtick;              /* incremented per G scheduled */
    uint32_t syscalltick;            /* incremented per blocking call */
    /* The local run queue: a ring written only at the tail by the owner;
       head advanced by CAS by the owner (pop) and by thieves (steal). */
    uint32_t runq_head, runq_tail;
    golem_g *runq[SCHED_RUNQ_SIZE];
    golem_g *runnext;       /* readied by a handoff; runs next */
    void *mcache;                    /* allocation cache (vm/mcache.c) */
    /* Timers: a 4-ary min-heap on when, under timer_lock. */
    pthread_mutex_t timer_lock;
    sched_timer **timers;
    int32_t ntimers, captimers;
    int64_t timer0_when;    /* earliest when, 0 = none (atomic) */
    sched_p *link;                   /* idle list */
    /* sysmon's observations */
    uint32_t sysmon_tick, sysmon_syscalltick;
    int64_t sysmon_when;
};

struct sched_m {
    int32_t id;
    sched *s;
    sched_p *p;                      /* held P, NULL when none */
    sched_p *oldp;                   /* P held before a blocking call */
    sched_p *nextp;                  /* P handed over by a waker */
    golem_g *curg;          /* the G it runs */
    bool spinning;                   /* looking for work with a P */
    bool woken;                      /* set (under s->lock) by a waker */
    bool kicked;                     /* timer sleeper: recompute deadline */
    bool joined;                     /* thread joined by sched_main */
    bool is_main;                    /* the thread that called sched_main */
    bool pin_ready;                  /* its pinned G was readied (s->lock) */
    pthread_cond_t park;             /* waits under s->lock */
    pthread_t thread;
    uint64_t rand;                   /* victim selection */
    /* set by the run hook before returning SCHED_PARKED: called after the
       G is off this M; false = wake the G again at once */
    bool (*park_commit)(golem_g *g, void *arg);
    void *park_arg;
    sched_m *link;                   /* idle / waiting-for-P / all lists */
    sched_m *alllink;
};

typedef struct sched_config {
    int nprocs; /* <= 0: $GOMAXPROCS, else the CPU count */
    /* Runs g on m until it stops; see sched_stop. */
    sched_stop (*run)(sched_m *m, golem_g *g, void *ctx);
    /* Every goroutine is blocked with nothing to wake one: print Go's
       report; the scheduler then exits with status 2. May be NULL. */
    void (*deadlock)(sched *s, void *ctx);
    void *ctx;
} sched_config;

struct sched {
    golem_vm *vm;
    sched_config cfg;
    int32_t nprocs;                  /* Ps in use (atomic: changed by
                                        sched_set_procs with the world
                                        stopped; read racily elsewhere) */
    int32_t ninit;                   /* allp[0..ninit) are initialised */
    sched_p *allp;                   /* SCHED_MAX_PROCS entries */
    pthread_mutex_t lock;            /* everything below, unless atomic */
    /* global run queue, linked through g->schedlink */
    golem_g *gq_head, *gq_tail;
    int32_t gq_size;
    sched_p *pidle;                  /* idle Ps */
    int32_t npidle;
    sched_m *midle;                  /* idle Ms */
    int32_t nmidle, mcount, next_mid;
    sched_m *allm;                   /* every M (freed at sched_free) */
    sched_m *pwait;                  /* Ms back from a blocking call that
                                        wait for a P */
    int32_t npwait;                  /* their count (atomic) */
    int32_t nmspinning;
    int32_t nsyscall;       /* Gs inside blocking natives */
    int32_t npinned;        /* Ms waiting for their pinned G to be readied
                               (s->lock): blocked, not running, not idle */
    /* timers: the idle M sleeping until the earliest one */
    sched_m *timer_sleeper;
    int64_t sleep_until;
    /* stop-the-world */
    int32_t gcwaiting;
    int32_t stopwait;
    pthread_cond_t stopnote;
    pthread_mutex_t stw_lock;        /* one stopper at a time */
    int32_t started;                 /* sched_main runs (atomic) */
    /* goroutine records (vm/proc.c): creation is serialised by glock
       (vm->allg, vm->next_goid); dead Gs wait on gfree for reuse */
    pthread_mutex_t glock;
    golem_g *gfree;
    int32_t ngfree;
    golem_g *main_g;                 /* its return ends the program */
    int64_t ngoroutines;             /* live goroutines (atomic; vm/proc.c:
                                        runtime.NumGoroutine) */
    int32_t main_goexit;             /* main called runtime.Goexit (atomic;
                                        vm/proc.c's deadlock report) */
    int32_t dying;                   /* a goroutine's panic is being reported */
    /* the end */
    int32_t exiting;
    int exit_code;
    pthread_cond_t exitnote;         /* signalled as Ms leave */
    /* sysmon */
    pthread_t sysmon_thread;
    bool sysmon_started;
    pthread_cond_t sysmon_note;
    int32_t sysmon_stop;
    int32_t deadlocked;
};

/* The M running on this thread (NULL outside the scheduler); the one
   thread-local of golem. */
extern _Thread_local sched_m *sched_curm;

/* ---- lifetime ---- */
int sched_default_procs(void);   /* $GOMAXPROCS, else the CPU count */
sched *sched_new(golem_vm *vm, const sched_config *cfg);
/* Must be called after sched_main returned (every M has left). */
void sched_free(sched *s);
/* The calling thread becomes M0 holding P0, main_g is made runnable, and
   the scheduler runs until sched_exit; returns the exit code. */
int sched_main(sched *s, golem_g *main_g);
/* runtime.GOMAXPROCS(n): n > 0 changes the number of Ps (clamped to
   SCHED_MAX_PROCS) with the world stopped; the Gs queued on removed Ps go
   to the global queue, their timers to P0. Returns the previous count.
   n <= 0 only returns the current one. */
int sched_set_procs(sched *s, int n);
int sched_procs(const sched *s);
/* Ends the program: Ms stop at their next scheduling point (running Gs
   are asked to preempt). The first call's code wins. */
void sched_exit(sched *s, int code);

/* ---- making Gs runnable ---- */
/* g becomes runnable on the current P (the global queue when the caller
   is no M): in runnext when next (a channel handoff), else at the tail.
   Wakes an idle P if there is one. */
void sched_make_ready(sched *s, golem_g *g, bool next);
/* For the run hook: called just before returning SCHED_PARKED; the
   scheduler calls commit(g, arg) once the G is off the M (unlock the
   channel there). */
void sched_set_park_commit(sched_m *m, bool (*commit)(golem_g *, void *),
                           void *arg);

/* ---- blocking natives ---- */
/* Around a call that may block the thread (read from stdin or a file):
   the P is released so other goroutines run; exit re-acquires one (waits
   for one if all are busy). g stays on this thread. No-ops outside the
   scheduler. */
void sched_enter_blocking(golem_g *g);
void sched_exit_blocking(golem_g *g);

/* ---- pinned waits ---- */
/* The running g (current M's curg) blocked inside a callback from a
   native: its C frames keep it on this thread. Marks g pinned, runs
   commit (false = already readied), hands the P to other work and blocks
   the thread until sched_make_ready(g) (which wakes this M instead of
   queueing g), then takes a P again. Returns false, without a P, when
   the program is ending instead (or deadlocked: the deadlock check counts
   pinned Ms as blocked). */
bool sched_park_pinned(sched *s, golem_g *g,
                       bool (*commit)(golem_g *, void *), void *arg);

/* ---- stop-the-world ---- */
/* Stops every P at a safepoint (between two Gs, in a blocking call or
   idle) and returns with the world stopped; the caller keeps its own P
   if it has one. Returns the nanoseconds it took. Callers serialise. */
int64_t stop_the_world(golem_vm *vm, const char *reason);
void start_the_world(golem_vm *vm);
int64_t sched_stop_the_world(sched *s, const char *reason);
void sched_start_the_world(sched *s);

/* ---- timers ---- */
int64_t sched_nanotime(void);    /* CLOCK_MONOTONIC, ns */
/* Arms t (fields when/period/fire/arg set) on the current P. */
void sched_timer_start(sched *s, sched_timer *t);
/* Disarms t; true if it was pending (had not fired). */
bool sched_timer_stop(sched *s, sched_timer *t);
/* Re-arms t at when; true if it was pending. */
bool sched_timer_reset(sched *s, sched_timer *t, int64_t when);
/* Runs the expired timers of p (up to now); returns how many fired. */
int sched_timers_run(sched *s, sched_p *p, int64_t now);

/* ---- run queues (exposed for tests and the interpreter) ---- */
/* Puts g on p's local queue (runnext when next; the displaced runnext
   goes to the tail); a full queue moves half of itself and g to the
   global queue. Only p's owner may call it. */
void sched_runq_put(sched *s, sched_p *p, golem_g *g, bool next);
/* Pops runnext, else the head; NULL when empty. Owner only. */
golem_g *sched_runq_get(sched_p *p);
/* Steals half of victim's queue into thief's (the thief's owner calls
   it); returns one stolen G to run now, or NULL. */
golem_g *sched_runq_steal(sched_p *thief, sched_p *victim,
                          bool steal_runnext);
uint32_t sched_runq_len(const sched_p *p);
/* Global queue (takes s->lock). */
void sched_globq_put(sched *s, golem_g *g);
golem_g *sched_globq_get(sched *s, sched_p *p, int32_t max);

/* ---- sysmon ---- */
void sched_sysmon_start(sched *s);
void sched_sysmon_stop(sched *s);

#endif
