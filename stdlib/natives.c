/*
 * natives.c - the registry of the standard library's C natives.
 *
 * Codegen binds each body-less Go function to the native registered under
 * its link name ("strings.Index", "os.(*File).Write"; see stdlib.h). Each
 * package's C files export one table sorted by name and ended by
 * {NULL, NULL}; stdlib_find_native picks the package's tables from the
 * link name's package path (everything before the first '.' after the
 * last '/'), then binary-searches each (a package may have one table per
 * C file). The tables are constants, so two VMs
 * share them safely. tests/unit/test_fmt.c checks that every table is
 * sorted.
 *
 * It also holds the helpers natives.h declares for every package: Go
 * strings as C strings (native_cstring) and the environment lock. The lock
 * is the standard library's one piece of process-wide mutable state, on
 * purpose: what it guards, libc's environment, is process-wide itself,
 * shared by every VM and thread of the process.
 */
#include "natives.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct native_package {
    const char *path;
    const stdlib_native *table;
} native_package;

/* (added by SCHED) packages sync, sync/atomic and time. */
extern const stdlib_native sync_natives[];
extern const stdlib_native atomic_natives[];
extern const stdlib_native time_natives[];
extern const stdlib_native runtime_natives[];
/* (added by GC) the collector's natives: package runtime's second table
   (stdlib/runtime/mgc.c) and package runtime/debug. */
extern const stdlib_native runtime_gc_natives[];
extern const stdlib_native debug_natives[];

static const native_package packages[] = {
    {"bufio", bufio_natives},
    {"bytes", bytes_natives},
    {"errors", errors_natives},
    {"fmt", fmt_natives},
    {"math", math_natives},
    {"math/rand", rand_natives},
    {"os", os_natives},
    {"os", os_file_natives},
    {"sort", sort_natives},
    {"strconv", strconv_natives},
    {"strings", strings_natives},
    {"unicode", unicode_natives},
    {"unicode/utf8", utf8_natives},
    {"sync", sync_natives},
    {"sync/atomic", atomic_natives},
    {"time", time_natives},
    {"runtime", runtime_natives},
    {"runtime", runtime_gc_natives},
    {"runtime/debug", debug_natives},
};

static size_t table_len(const stdlib_native *t)
{
    size_t n = 0;
    while (t[n].name)
        n++;
    return n;
}

/* Whether package path `path` is the package of a link name whose package
   part is name[0..plen): equal to the full path ("unicode/utf8") or to its
   last element ("utf8"). *full says which. */
static bool package_matches(const char *path, const char *name, size_t plen,
                            bool *full)
{
    if (strlen(path) == plen && memcmp(path, name, plen) == 0) {
        *full = true;
        return true;
    }
    const char *last = strrchr(path, '/');
    *full = false;
    return last && strlen(last + 1) == plen &&
           memcmp(last + 1, name, plen) == 0;
}

static stdlib_native_fn search_table(const stdlib_native *t,
                                     const char *name)
{
    size_t lo = 0, hi = table_len(t);
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(name, t[mid].name);
        if (c == 0)
            return t[mid].fn;
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}

stdlib_native_fn stdlib_find_native(const char *link_name)
{
    const char *slash = strrchr(link_name, '/');
    const char *dot = strchr(slash ? slash : link_name, '.');
    if (!dot)
        return NULL;
    size_t plen = (size_t)(dot - link_name);
    /* a package may have several tables (one per C file) */
    for (size_t i = 0; i < sizeof packages / sizeof packages[0]; i++) {
        bool full;
        if (!package_matches(packages[i].path, link_name, plen, &full))
            continue;
        stdlib_native_fn fn;
        if (full) {
            fn = search_table(packages[i].table, link_name);
        } else {
            /* a short package name: rebuild the full link name */
            char name[256];
            int n = snprintf(name, sizeof name, "%s%s", packages[i].path,
                             link_name + plen);
            if (n < 0 || (size_t)n >= sizeof name)
                continue;
            fn = search_table(packages[i].table, name);
        }
        if (fn)
            return fn;
    }
    return NULL;
}

/* For tests: the name of the first entry of any table that is out of
   order, or NULL when every table is sorted. */
const char *stdlib_natives_unsorted(void)
{
    for (size_t i = 0; i < sizeof packages / sizeof packages[0]; i++) {
        const stdlib_native *t = packages[i].table;
        for (size_t k = 1; t[k].name; k++)
            if (strcmp(t[k - 1].name, t[k].name) >= 0)
                return t[k].name;
    }
    return NULL;
}

/* ---- Go strings as C strings ---- */

char *native_cstring(golem_string s, char *small, size_t cap)
{
    if (s.len > 0 && memchr(s.data, 0, (size_t)s.len)) {
        errno = EINVAL;
        return NULL;
    }
    char *c = small && (size_t)s.len < cap ? small
                                           : malloc((size_t)s.len + 1);
    if (!c) {
        errno = ENOMEM;
        return NULL;
    }
    if (s.len > 0)
        memcpy(c, s.data, (size_t)s.len);
    c[s.len] = 0;
    return c;
}

void native_cstring_free(char *c, const char *small)
{
    if (c && c != small)
        free(c);
}

/* ---- the environment lock (natives.h) ---- */

static pthread_rwlock_t native_env_lock = PTHREAD_RWLOCK_INITIALIZER;

void native_env_rdlock(void)
{
    pthread_rwlock_rdlock(&native_env_lock);
}

void native_env_wrlock(void)
{
    pthread_rwlock_wrlock(&native_env_lock);
}

void native_env_unlock(void)
{
    pthread_rwlock_unlock(&native_env_lock);
}
