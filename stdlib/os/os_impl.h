/*
 * os_impl.h - what package os offers the other natives: fmt.Fprint* writes
 * to *os.File directly instead of calling its Write method.
 */
#ifndef GOLEM_OS_IMPL_H
#define GOLEM_OS_IMPL_H

#include "vm.h"

/* The native bound to os.writeStd (os.(*File).Write for the standard
   output and error). fmt recognises an *os.File writer by its Write
   method's link name and writes fd 1 and 2 directly. */
int os_file_write_native(golem_g *g, slot *args);

/* Writes to a file descriptor (1 and 2 through the VM's buffers). */
void os_file_write_bytes(golem_g *g, int64_t fd, const void *p, size_t n);

#endif
