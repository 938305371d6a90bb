/*
 * sema.h - counting semaphores keyed by address, for package sync
 * (vm/sema.c): Go's runtime_Semacquire / runtime_Semrelease.
 */
#ifndef GOLEM_SEMA_H
#define GOLEM_SEMA_H

#include "vm.h"

/* Waits until *addr > 0 and decrements it. Called from a native (the
   interpreter's blocking protocol): COOP_DONE, or COOP_BLOCK with g
   parked (the native is called again when g resumes and must call
   sema_acquire again with the same arguments). reason is the wait
   reason tracebacks show ("semacquire", "sync.Mutex.Lock"). */
int sema_acquire(golem_g *g, uint32_t *addr, const char *reason);
/* Increments *addr and wakes one goroutine waiting on addr. */
void sema_release(golem_vm *vm, uint32_t *addr);
/* Frees the table (vm_free). */
void sema_free(golem_vm *vm);

#endif
