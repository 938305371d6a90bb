/*
 * bufio.c - package bufio's one native: the byte loop of ScanWords.
 *
 * scanWord finds, in a []byte, the first word: it skips leading white
 * space, then looks for the space that ends the word. "Space" is Go's
 * unicode.IsSpace (the ASCII spaces, U+0085, U+00A0, U+1680,
 * U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000); text is decoded
 * as UTF-8 with an invalid byte read as U+FFFD of width 1, which is never
 * a space. ScanWords itself stays in Go (it is a SplitFunc value).
 *
 * sameFunc lets Scanner.Split recognise ScanWords and ScanLines, for which
 * Scan has fast paths: two func values are the same function when their
 * closures share a proto and capture nothing.
 */
#include "natives.h"

static bool is_space_rune(int32_t r)
{
    if (r <= 0xFF) {
        switch (r) {
        case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
        case 0x85: case 0xA0:
            return true;
        }
        return false;
    }
    if (r >= 0x2000 && r <= 0x200a)
        return true;
    switch (r) {
    case 0x1680: case 0x2028: case 0x2029: case 0x202f: case 0x205f:
    case 0x3000:
        return true;
    }
    return false;
}

/* An ASCII byte that unicode.IsSpace accepts. */
static inline bool ascii_space(uint8_t c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

/* The rune at p[0..n) and its width. */
static int rune_at(const uint8_t *p, int64_t n, int32_t *r)
{
    if (p[0] < 0x80) {
        *r = p[0];
        return 1;
    }
    return rt_decode_rune(p, n, r);
}

/* func scanWord(data []byte) (start, end, width int): start is the index
   of the first non-space rune (len(data) if none); end the index of the
   space after the word and width that space's size, or end = -1 when the
   word runs to the end of data. */
static int bufio_scanWord(golem_g *g, slot *args)
{
    (void)g;
    golem_slice s = native_arg_slice(args, 0);
    const uint8_t *p = s.data;
    int64_t n = s.len, i = 0;
    int32_t r;
    while (i < n) {
        int w = rune_at(p + i, n - i, &r);
        if (!is_space_rune(r))
            break;
        i += w;
    }
    int64_t start = i;
    int64_t end = -1, width = 0;
    while (i < n) {
        int w = rune_at(p + i, n - i, &r);
        if (is_space_rune(r)) {
            end = i;
            width = w;
            break;
        }
        i += w;
    }
    args[0].i = start;
    args[1].i = end;
    args[2].i = width;
    return 0;
}

/* func nextWord(buf []byte, start, end int) (token []byte, next int): the
   first word of buf[start:end] is token (buf[from:to], sharing buf's
   array) and a space ends it, the input after that space starting at
   next; next = -1 and token nil when no space ends a word in that range. */
static int bufio_nextWord(golem_g *g, slot *args)
{
    (void)g;
    golem_slice s = native_arg_slice(args, 0);
    int64_t start = args[3].i, end = args[4].i;
    if (end > s.len)
        end = s.len;
    if (start < 0 || start > end)
        start = end;
    const uint8_t *p = s.data;
    int64_t i = start;
    int32_t r;
    int w;
    while (i < end) {
        if (p[i] < 0x80) { /* ASCII: no decoding */
            if (!ascii_space(p[i]))
                break;
            i++;
            continue;
        }
        w = rt_decode_rune(p + i, end - i, &r);
        if (!is_space_rune(r))
            break;
        i += w;
    }
    int64_t from = i, next = -1;
    while (i < end) {
        if (p[i] < 0x80) {
            if (ascii_space(p[i])) {
                next = i + 1;
                break;
            }
            i++;
            continue;
        }
        w = rt_decode_rune(p + i, end - i, &r);
        if (is_space_rune(r)) {
            next = i + w;
            break;
        }
        i += w;
    }
    if (next < 0) {
        args[0].p = NULL;
        args[1].i = args[2].i = 0;
    } else {
        args[0].p = (uint8_t *)s.data + from;
        args[1].i = i - from;
        args[2].i = s.cap - from;
    }
    args[3].i = next;
    return 0;
}

/* func sameFunc(f, g SplitFunc) bool: both are the same function and
   neither captures variables (a func value is a golem_closure pointer). */
static int bufio_sameFunc(golem_g *g, slot *args)
{
    (void)g;
    const golem_closure *f = args[0].p, *h = args[1].p;
    args[0].i = f && h && f->proto == h->proto && f->proto->ncaptures == 0;
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). */
const stdlib_native bufio_natives[] = {
    {"bufio.nextWord", bufio_nextWord},
    {"bufio.sameFunc", bufio_sameFunc},
    {"bufio.scanWord", bufio_scanWord},
    {NULL, NULL},
};
