/*
 * natives.c - the registry of the standard library's C natives.
 *
 * Codegen binds each body-less Go function to the native registered under
 * its link name ("strings.Index", "os.(*File).Write"; see stdlib.h). Each
 * package's C files export one table sorted by name and ended by
 * {NULL, NULL}; stdlib_find_native picks the package's table from the
 * link name's package path (everything before the first '.' after the
 * last '/'), then binary-searches it. The tables are constants, so two VMs
 * share them safely. tests/unit/test_fmt.c checks that every table is
 * sorted.
 */
#include "natives.h"

#include <stdio.h>
#include <string.h>

typedef struct native_package {
    const char *path;
    const stdlib_native *table;
} native_package;

static const native_package packages[] = {
    {"errors", errors_natives},
    {"fmt", fmt_natives},
    {"math", math_natives},
    {"os", os_natives},
    {"sort", sort_natives},
    {"strconv", strconv_natives},
    {"strings", strings_natives},
    {"unicode", unicode_natives},
    {"unicode/utf8", utf8_natives},
};

static size_t table_len(const stdlib_native *t)
{
    size_t n = 0;
    while (t[n].name)
        n++;
    return n;
}

/* The package of a link name, matched on its full path ("unicode/utf8")
   or, failing that, on the path's last element ("utf8"). */
static const native_package *package_of(const char *name, size_t *plen)
{
    const char *slash = strrchr(name, '/');
    const char *dot = strchr(slash ? slash : name, '.');
    if (!dot)
        return NULL;
    *plen = (size_t)(dot - name);
    size_t n = sizeof packages / sizeof packages[0];
    for (size_t i = 0; i < n; i++)
        if (strlen(packages[i].path) == *plen &&
            memcmp(packages[i].path, name, *plen) == 0)
            return &packages[i];
    for (size_t i = 0; i < n; i++) {
        const char *last = strrchr(packages[i].path, '/');
        if (last && strlen(last + 1) == *plen &&
            memcmp(last + 1, name, *plen) == 0)
            return &packages[i];
    }
    return NULL;
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
    size_t plen;
    const native_package *pkg = package_of(link_name, &plen);
    if (!pkg)
        return NULL;
    if (strlen(pkg->path) == plen)
        return search_table(pkg->table, link_name);
    /* a short package name: rebuild the full link name */
    char full[256];
    int n = snprintf(full, sizeof full, "%s%s", pkg->path, link_name + plen);
    if (n < 0 || (size_t)n >= sizeof full)
        return NULL;
    return search_table(pkg->table, full);
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
