/*
 * os.c - package os's natives: arguments, environment, exit, and writes to
 * the standard files.
 *
 * Writes to fd 1 and 2 go through the VM's buffered writers (vm->out,
 * vm->err), so they interleave correctly with fmt.Print and println and are
 * flushed at exit (os.writeStd; os.go sends other files to write(2)).
 *
 * The environment is the process's own: LookupEnv reads it with getenv,
 * sysSetenv/sysUnsetenv/sysClearenv change it with the C library, and
 * sysEnviron copies `environ` into one string of NUL-terminated entries
 * that env.go splits. Like Go's, it is shared by everything in the
 * process, and goroutines on several threads may use it at once: every
 * native here holds the process-wide environment lock of natives.h (Go's
 * syscall.envLock) around its libc calls, shared for reads, and copies
 * what it reads into C memory before unlocking and allocating the golem
 * string.
 *
 * os.Exit records the status in vm->exit_code, sets vm->exiting and
 * returns -1 without raising a panic: the interpreter sees the failure
 * with no panic pending and stops the program (deferred calls do not run,
 * as in Go), returning vm->exit_code from vm_run.
 */
#include "natives.h"
#include "gosched.h"
#include "os/os_impl.h"

#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

/* func argc() int */
static int os_argc(golem_g *g, slot *args)
{
    args[0].i = g->vm->argc;
    return 0;
}

/* func argv(i int) string */
static int os_argv(golem_g *g, slot *args)
{
    int64_t i = args[0].i;
    const char *s = (i >= 0 && i < g->vm->argc) ? g->vm->argv[i] : "";
    native_set_string(args, rt_string_from_cstr(g, s));
    return 0;
}

/* func Exit(code int) */
static int os_Exit(golem_g *g, slot *args)
{
    g->vm->exit_code = (int)args[0].i;
    g->vm->exiting = true;
    return -1;
}

/* A malloc'd copy of the value of environment variable k, or NULL when it
   is not set (or memory ran out: *unset says which). */
static char *env_lookup_copy(const char *k, bool *unset)
{
    native_env_rdlock();
    const char *v = getenv(k);
    char *copy = v ? strdup(v) : NULL;
    native_env_unlock();
    *unset = v == NULL;
    return copy;
}

/* func LookupEnv(key string) (string, bool) */
static int os_LookupEnv(golem_g *g, slot *args)
{
    char small[128];
    char *k = native_cstring(native_arg_string(args, 0), small, sizeof small);
    bool unset = true;
    char *v = k ? env_lookup_copy(k, &unset) : NULL; /* NUL in key: unset */
    native_cstring_free(k, small);
    if (v)
        native_set_string(args, rt_string_from_cstr(g, v));
    else
        args[0].p = NULL, args[1].i = 0;
    free(v);
    args[2].u = !unset;
    return 0;
}

/* func Getpid() int */
static int os_Getpid(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = getpid();
    return 0;
}

void os_file_write_bytes(golem_g *g, int64_t fd, const void *p, size_t n)
{
    if (fd == 1) {
        vm_write(&g->vm->out, p, n);
    } else if (fd == 2) {
        vm_write(&g->vm->err, p, n);
    } else {
        const char *c = p;
        while (n > 0) {
            ssize_t w = write((int)fd, c, n);
            if (w <= 0)
                break;
            c += w;
            n -= (size_t)w;
        }
    }
}

/* func writeStd(f *File, b []byte) (n int, err error): f is os.Stdout or
   os.Stderr (os.go's Write sends every other file through write(2)). */
int os_file_write_native(golem_g *g, slot *args)
{
    const int64_t *f = args[0].p;
    if (!f)
        return rt_panic_nil_deref(g);
    golem_slice b = native_arg_slice(args, 1);
    os_file_write_bytes(g, f[0], b.data, (size_t)b.len);
    args[0].i = b.len;
    args[1].p = NULL;
    args[2].p = NULL;
    return 0;
}

/* func writeStringStd(f *File, s string) (n int, err error) */
static int os_file_WriteString(golem_g *g, slot *args)
{
    const int64_t *f = args[0].p;
    if (!f)
        return rt_panic_nil_deref(g);
    golem_string s = native_arg_string(args, 1);
    os_file_write_bytes(g, f[0], s.data, (size_t)s.len);
    args[0].i = s.len;
    args[1].p = NULL;
    args[2].p = NULL;
    return 0;
}

/* func read(fd int, b []byte) (n int, eof bool): a blocking read; the
   P is released around it so other goroutines run (vm/gosched.h). Output is flushed
   first so that prompts appear before the program waits. */
static int os_read(golem_g *g, slot *args)
{
    int fd = (int)args[0].i;
    golem_slice b = native_arg_slice(args, 1);
    vm_flush(&g->vm->out);
    vm_flush(&g->vm->err);
    ssize_t n;
    sched_enter_blocking(g); /* (SCHED) other goroutines run meanwhile */
    do {
        n = read(fd, b.data, (size_t)b.len);
    } while (n < 0 && errno == EINTR);
    sched_exit_blocking(g);
    args[0].i = n > 0 ? n : 0;
    args[1].u = n <= 0;
    return 0;
}

/* func sysSetenv(key, value string) int: the errno, 0 on success (env.go
   has already checked key and value). */
static int os_sysSetenv(golem_g *g, slot *args)
{
    (void)g;
    char *k = native_cstring(native_arg_string(args, 0), NULL, 0);
    char *v = k ? native_cstring(native_arg_string(args, 2), NULL, 0) : NULL;
    int err = errno;
    if (k && v) {
        native_env_wrlock();
        err = setenv(k, v, 1) == 0 ? 0 : errno;
        native_env_unlock();
    }
    native_cstring_free(k, NULL);
    native_cstring_free(v, NULL);
    args[0].i = err;
    return 0;
}

/* func sysUnsetenv(key string) int */
static int os_sysUnsetenv(golem_g *g, slot *args)
{
    (void)g;
    char *k = native_cstring(native_arg_string(args, 0), NULL, 0);
    int err = errno;
    if (k) {
        native_env_wrlock();
        err = unsetenv(k) == 0 ? 0 : errno;
        native_env_unlock();
    }
    native_cstring_free(k, NULL);
    args[0].i = err;
    return 0;
}

/* func sysClearenv() */
static int os_sysClearenv(golem_g *g, slot *args)
{
    (void)g;
    (void)args;
    native_env_wrlock();
    clearenv();
    native_env_unlock();
    return 0;
}

extern char **environ;

/* func sysEnviron() string: every "key=value" entry followed by a NUL. */
static int os_sysEnviron(golem_g *g, slot *args)
{
    native_env_rdlock();
    size_t total = 0;
    for (char **e = environ; e && *e; e++)
        total += strlen(*e) + 1;
    char *buf = malloc(total ? total : 1);
    size_t at = 0;
    for (char **e = environ; buf && e && *e; e++) {
        size_t n = strlen(*e) + 1;
        memcpy(buf + at, *e, n);
        at += n;
    }
    native_env_unlock();
    if (!buf) {
        args[0].p = NULL, args[1].i = 0;
        return 0;
    }
    native_set_string(args, rt_string_from_bytes(g, buf, (int64_t)total));
    free(buf);
    return 0;
}

/* func sysIds() (uid, euid, gid, egid, ppid, pagesize int) */
static int os_sysIds(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = getuid();
    args[1].i = geteuid();
    args[2].i = getgid();
    args[3].i = getegid();
    args[4].i = getppid();
    args[5].i = sysconf(_SC_PAGESIZE);
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). */
const stdlib_native os_natives[] = {
    {"os.Exit", os_Exit},
    {"os.Getpid", os_Getpid},
    {"os.LookupEnv", os_LookupEnv},
    {"os.argc", os_argc},
    {"os.argv", os_argv},
    {"os.read", os_read},
    {"os.sysClearenv", os_sysClearenv},
    {"os.sysEnviron", os_sysEnviron},
    {"os.sysIds", os_sysIds},
    {"os.sysSetenv", os_sysSetenv},
    {"os.sysUnsetenv", os_sysUnsetenv},
    {"os.writeStd", os_file_write_native},
    {"os.writeStringStd", os_file_WriteString},
    {NULL, NULL},
};
