/*
 * stdlib.h - how the standard library reaches the compiler and the VM.
 *
 * Each package is a folder stdlib/PATH/ holding Go files (the API: types,
 * functions with bodies written in Go, and body-less declarations of
 * natives) and C files (the natives). The Go files are embedded into the
 * binary at build time (tools/embed-stdlib.sh -> stdlib_files[]) and
 * compiled when a program imports the package. A body-less function is
 * bound, at codegen time, to the native registered under its link name
 * ("strings.Index", "strings.(*Builder).WriteString").
 */
#ifndef GOLEM_STDLIB_H
#define GOLEM_STDLIB_H

#include <stddef.h>

typedef struct stdlib_file {
    const char *pkgpath; /* "fmt", "unicode/utf8" */
    const char *name;    /* "fmt/print.go" (for messages and tracebacks) */
    const char *text;    /* NUL-terminated */
    size_t len;
    /* (added) POSIX cksum CRC of the text, computed when it was embedded:
       compiler/image.c uses a prebuilt tree only when it was made from a
       text with the same CRC and length */
    unsigned long crc;
} stdlib_file;

/* Every embedded file; the list ends with an entry whose pkgpath is NULL. */
extern const stdlib_file stdlib_files[];

struct golem_g;
union slot;
typedef int (*stdlib_native_fn)(struct golem_g *g, union slot *args);

typedef struct stdlib_native {
    const char *name; /* link name */
    stdlib_native_fn fn;
} stdlib_native;

/* The native bound to a link name, or NULL (stdlib/natives.c). */
stdlib_native_fn stdlib_find_native(const char *link_name);

#endif
