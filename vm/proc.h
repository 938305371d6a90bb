/*
 * proc.h - goroutines on top of the M:N scheduler (vm/sched.c): the glue
 * between the interpreter and the scheduler. Running a program, `go`
 * statements, parking and readying goroutines, the deadlock report.
 *
 * Everything here also works under the cooperative stand-in (vm/coop.c)
 * while vm->sched is NULL, so channel code (vm/chan.c) and parking natives
 * (vm/sema.c, package time) are written once.
 */
#ifndef GOLEM_PROC_H
#define GOLEM_PROC_H

#include "gosched.h"
#include "vm.h"

/* Whether vm_run should use the M:N scheduler: yes, unless the
   environment says GOLEM_SCHED=coop. */
bool proc_parallel_enabled(void);

/* Runs fn (no arguments) as the main goroutine on g (a G with no frames)
   under a new M:N scheduler, until main returns, a goroutine panics, the
   program exits or deadlocks. Returns the exit status (0, 2, os.Exit's). */
int proc_run(golem_g *g, golem_proto *fn);

/* A `go` statement: a new goroutine calling fn with nargs argument slots,
   made runnable. NULL after raising a fatal error (out of memory, stack
   overflow). g is the goroutine executing the statement (NULL from C
   with no goroutine, e.g. a timer starting time.AfterFunc's function;
   then vm must be given). */
golem_g *proc_go(golem_vm *vm, golem_g *g, golem_closure *fn,
                 const slot *args, uint32_t nargs);

/* Records parent's current frame (proto, saved pc) and id as ng's
   creator (golem_g.created_by); parent NULL clears them. */
void proc_record_creator(golem_g *ng, const golem_g *parent);

/* Makes a parked g runnable (next: it runs before the rest of the current
   P's queue, for channel handoffs). */
void proc_ready(golem_vm *vm, golem_g *g, bool next);

/* Parks the running g on the wait record rec (g->coop_wait; the op that
   blocked re-executes when g resumes and finishes from rec). commit(g,
   arg), when not NULL, runs once g is off its thread (under the M:N
   scheduler) or at once (cooperative): it releases the locks that kept
   partners away; returning false readies g again at once. The caller
   then returns COOP_BLOCK to the interpreter.

   Natives may park too (sync's semaphores, time.Sleep: vm/sema.c,
   stdlib/time/time.c): such a native returns COOP_BLOCK (1) after
   proc_park, and the interpreter must treat that like a blocking channel
   op: park the G with its pc one past the CALL, so that the call
   re-executes (same argument slots) when the G resumes; the native then
   finds g->coop_wait set and finishes. */
void proc_park(golem_g *g, void *rec, const char *reason,
               bool (*commit)(golem_g *, void *), void *arg);

/* Parks g where proc_can_park says it cannot leave its thread (inside a
   callback from a native): records rec like proc_park, runs commit, and
   blocks the thread (its P goes to other goroutines) until g is readied.
   Returns 1 then: the caller re-executes its operation at once, which
   finds g->coop_wait and finishes. -1: the program ended meanwhile
   (vm->exiting is set; unwind). kind: g->coop_wait_kind for the
   collector (vm/chan.h's CHAN_WAIT_*, 0 for other records). Go's
   goroutines never need this: their callbacks are ordinary Go frames. */
int proc_park_pinned(golem_g *g, void *rec, uint8_t kind, const char *reason,
                     bool (*commit)(golem_g *, void *), void *arg);

/* runtime.NumGoroutine: goroutines started and not yet finished (a
   counter kept by proc_go and the run hook, so no G's status is read
   racily). */
int64_t proc_num_goroutine(golem_vm *vm);

/* Whether g may park now: it runs in the interpreter's outer loop, not in
   a callback from a native (which has a C frame that cannot be parked).
   depth is the native_depth g has at the parking site (0 for an
   instruction, 1 inside a native called by an instruction). */
bool proc_can_park(const golem_g *g, uint32_t depth);

/* Whether the interpreter parks a G whose native returned COOP_BLOCK
   (see proc_park; vm/interp.c's CALL_PROTO does). With 0, parking natives
   would fall back to blocking their thread (sleep) or polling
   (semaphores). */
#ifndef PROC_NATIVES_MAY_PARK
#define PROC_NATIVES_MAY_PARK 1
#endif

/* The wall clock and the monotonic clock, in nanoseconds. */
int64_t proc_walltime(void);
int64_t proc_nanotime(void);

#endif
