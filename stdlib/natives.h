/*
 * natives.h - helpers shared by the standard library's C natives, and the
 * per-package native tables that stdlib/natives.c gathers.
 *
 * A native receives its parameters in slots (vm/vm.h): a string is two
 * slots (data, len), a slice three (data, len, cap), an interface two
 * (rtype-or-itab, data word); it writes its results from args[0] on.
 * Strings it returns are allocated on the golem heap (rt_string_from_bytes).
 */
#ifndef GOLEM_NATIVES_H
#define GOLEM_NATIVES_H

#include "runtime.h"
#include "stdlib.h"
#include "vm.h"

static inline golem_string native_arg_string(const slot *args, int i)
{
    golem_string s = {(const uint8_t *)args[i].p, args[i + 1].i};
    return s;
}

static inline golem_slice native_arg_slice(const slot *args, int i)
{
    golem_slice s = {args[i].p, args[i + 1].i, args[i + 2].i};
    return s;
}

static inline void native_set_string(slot *out, golem_string s)
{
    out[0].p = (void *)s.data;
    out[1].i = s.len;
}

/* Copies p[0..n) into a new golem string stored at out[0..1]. */
static inline void native_ret_bytes(golem_g *g, slot *out, const void *p,
                                    int64_t n)
{
    if (n == 0) {
        out[0].p = NULL;
        out[1].i = 0;
        return;
    }
    native_set_string(out, rt_string_from_bytes(g, p, n));
}

/* A Go string as a NUL-terminated C string, for the natives that hand
   strings to libc (paths, environment variables, zone names). A string
   shorter than cap uses the caller's buffer small[cap], a longer one a
   malloc'd copy; release it with native_cstring_free. NULL, with errno
   EINVAL when s holds a NUL byte (no C string can say it: Go's syscall
   refuses such strings with EINVAL too), or ENOMEM. */
char *native_cstring(golem_string s, char *small, size_t cap);
void native_cstring_free(char *c, const char *small);

/* The process's environment is one for all VMs and threads, and libc's
   getenv/setenv/unsetenv/clearenv/environ are not safe against each
   other: every native that touches it holds this process-wide lock (Go's
   syscall.envLock), shared for reads, exclusive for changes. Copy what
   getenv returns into C memory before unlocking, and never allocate on
   the golem heap while holding it (an allocation may wait for the
   collector, which may wait for a thread blocked on this lock). */
void native_env_rdlock(void);
void native_env_wrlock(void);
void native_env_unlock(void);

/* The per-package tables, each sorted by name and ended by {NULL, NULL}.
   A package with natives adds its table here and to packages[] in
   stdlib/natives.c. */
extern const stdlib_native bytes_natives[];
extern const stdlib_native fmt_natives[];
extern const stdlib_native strconv_natives[];
extern const stdlib_native strings_natives[];
extern const stdlib_native math_natives[];
extern const stdlib_native os_natives[];
extern const stdlib_native os_file_natives[];
extern const stdlib_native rand_natives[];
extern const stdlib_native bufio_natives[];
extern const stdlib_native sort_natives[];
extern const stdlib_native errors_natives[];
extern const stdlib_native utf8_natives[];
extern const stdlib_native unicode_natives[];

#endif
