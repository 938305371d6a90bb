/*
 * bytes.c - package bytes' natives: the searching and comparing loops over
 * []byte, where C's memchr/memmem/memcmp beat interpreted code.
 *
 * A []byte arrives as three slots (data, len, cap) with its bytes packed;
 * the natives only read them and return ints or bools, so they allocate
 * nothing and never fail. Everything that builds slices, decodes UTF-8 or
 * takes a func value is written in Go (bytes.go), most of it on top of
 * these and of package strings.
 */
#define _GNU_SOURCE
#include "natives.h"

#include <string.h>

static int64_t bytes_index_of(golem_slice s, golem_slice sub)
{
    if (sub.len == 0)
        return 0;
    if (sub.len > s.len)
        return -1;
    const uint8_t *p = s.data;
    const uint8_t *q;
    if (sub.len == 1)
        q = memchr(p, ((const uint8_t *)sub.data)[0], (size_t)s.len);
    else
        q = memmem(p, (size_t)s.len, sub.data, (size_t)sub.len);
    return q ? q - p : -1;
}

/* func Index(s, sep []byte) int */
static int bytes_Index(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = bytes_index_of(native_arg_slice(args, 0),
                               native_arg_slice(args, 3));
    return 0;
}

/* func IndexByte(b []byte, c byte) int */
static int bytes_IndexByte(golem_g *g, slot *args)
{
    (void)g;
    golem_slice s = native_arg_slice(args, 0);
    const uint8_t *p = s.data;
    const uint8_t *q =
        s.len ? memchr(p, (int)(args[3].u & 0xFF), (size_t)s.len) : NULL;
    args[0].i = q ? q - p : -1;
    return 0;
}

/* func LastIndex(s, sep []byte) int */
static int bytes_LastIndex(golem_g *g, slot *args)
{
    (void)g;
    golem_slice s = native_arg_slice(args, 0);
    golem_slice sub = native_arg_slice(args, 3);
    int64_t r = -1;
    if (sub.len == 0)
        r = s.len;
    else
        for (int64_t i = s.len - sub.len; i >= 0; i--)
            if (memcmp((const uint8_t *)s.data + i, sub.data,
                       (size_t)sub.len) == 0) {
                r = i;
                break;
            }
    args[0].i = r;
    return 0;
}

/* func Count(s, sep []byte) int; an empty sep is handled in Go. */
static int bytes_count(golem_g *g, slot *args)
{
    (void)g;
    golem_slice s = native_arg_slice(args, 0);
    golem_slice sub = native_arg_slice(args, 3);
    int64_t n = 0;
    while (sub.len > 0) {
        int64_t i = bytes_index_of(s, sub);
        if (i < 0)
            break;
        n++;
        s.data = (uint8_t *)s.data + i + sub.len;
        s.len -= i + sub.len;
    }
    args[0].i = n;
    return 0;
}

/* func Equal(a, b []byte) bool */
static int bytes_Equal(golem_g *g, slot *args)
{
    (void)g;
    golem_slice a = native_arg_slice(args, 0);
    golem_slice b = native_arg_slice(args, 3);
    args[0].u = a.len == b.len &&
                (a.len == 0 || memcmp(a.data, b.data, (size_t)a.len) == 0);
    return 0;
}

/* func Compare(a, b []byte) int */
static int bytes_Compare(golem_g *g, slot *args)
{
    (void)g;
    golem_slice a = native_arg_slice(args, 0);
    golem_slice b = native_arg_slice(args, 3);
    int64_t n = a.len < b.len ? a.len : b.len;
    int c = n ? memcmp(a.data, b.data, (size_t)n) : 0;
    if (c == 0)
        c = a.len < b.len ? -1 : a.len > b.len;
    args[0].i = c < 0 ? -1 : c > 0;
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). */
const stdlib_native bytes_natives[] = {
    {"bytes.Compare", bytes_Compare},
    {"bytes.Equal", bytes_Equal},
    {"bytes.Index", bytes_Index},
    {"bytes.IndexByte", bytes_IndexByte},
    {"bytes.LastIndex", bytes_LastIndex},
    {"bytes.count", bytes_count},
    {NULL, NULL},
};
