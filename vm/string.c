/*
 * string.c - Go strings at run time: concatenation, comparison,
 * conversions between string, []byte and []rune, and UTF-8.
 *
 * A string is a (data, len) pair pointing at immutable bytes. Because no
 * one ever writes through a string's data pointer, operations share freely:
 * concatenation with an empty operand returns the other operand, and
 * slicing (done inline by the interpreter) shares the backing bytes. Any
 * new bytes come from gc_alloc with no pointer descriptor (noscan). The
 * empty string may have a NULL data pointer; nothing here dereferences the
 * data of an empty string.
 *
 * UTF-8 follows Go's unicode/utf8 exactly, because `for range` over a
 * string and the []rune conversion must produce the same runes as Go for
 * any byte sequence, valid or not:
 *  - a rune is 1 to 4 bytes; the first byte decides the length, and
 *    continuation bytes must lie in 0x80..0xBF, except that the second
 *    byte's range is narrowed after E0 (A0..BF: no overlong 3-byte forms),
 *    ED (80..9F: no surrogates), F0 (90..BF: no overlong 4-byte forms) and
 *    F4 (80..8F: nothing above U+10FFFF);
 *  - a byte sequence that is not a complete valid encoding decodes as
 *    U+FFFD with width 1, so decoding always advances by at least a byte;
 *  - encoding a rune that is negative, a surrogate (D800..DFFF) or above
 *    U+10FFFF produces the encoding of U+FFFD (EF BF BD).
 */
#include "runtime.h"
#include <string.h>

#define RUNE_ERROR 0xFFFD
#define MAX_RUNE 0x10FFFF

/* ---- UTF-8 ---- */

/* The accepted range of the second byte of a multi-byte sequence, by its
   first byte (the narrowed ranges of the header comment). */
static void second_byte_range(uint8_t b0, uint8_t *lo, uint8_t *hi)
{
    *lo = 0x80;
    *hi = 0xBF;
    if (b0 == 0xE0)
        *lo = 0xA0;
    else if (b0 == 0xED)
        *hi = 0x9F;
    else if (b0 == 0xF0)
        *lo = 0x90;
    else if (b0 == 0xF4)
        *hi = 0x8F;
}

/* The length a first byte announces (2..4), or 0 if it cannot start a
   multi-byte sequence (a continuation byte, C0, C1, F5..FF). */
static int sequence_length(uint8_t b0)
{
    if (b0 >= 0xC2 && b0 <= 0xDF)
        return 2;
    if (b0 >= 0xE0 && b0 <= 0xEF)
        return 3;
    if (b0 >= 0xF0 && b0 <= 0xF4)
        return 4;
    return 0;
}

int rt_decode_rune(const uint8_t *p, int64_t n, int32_t *r)
{
    if (n <= 0) {
        *r = RUNE_ERROR;
        return 1;
    }
    uint8_t b0 = p[0];
    if (b0 < 0x80) {
        *r = b0;
        return 1;
    }
    int len = sequence_length(b0);
    if (len == 0 || n < len) {
        /* a bad first byte, or a sequence cut short: width 1 */
        *r = RUNE_ERROR;
        return 1;
    }
    uint8_t lo, hi;
    second_byte_range(b0, &lo, &hi);
    if (p[1] < lo || p[1] > hi) {
        *r = RUNE_ERROR;
        return 1;
    }
    for (int i = 2; i < len; i++)
        if ((p[i] & 0xC0) != 0x80) {
            *r = RUNE_ERROR;
            return 1;
        }
    int32_t v;
    if (len == 2)
        v = ((b0 & 0x1F) << 6) | (p[1] & 0x3F);
    else if (len == 3)
        v = ((b0 & 0x0F) << 12) | ((p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    else
        v = ((b0 & 0x07) << 18) | ((p[1] & 0x3F) << 12) |
            ((p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    *r = v;
    return len;
}

static bool rune_is_valid(int64_t r)
{
    return r >= 0 && r <= MAX_RUNE && !(r >= 0xD800 && r <= 0xDFFF);
}

/* Bytes needed to encode r (invalid runes encode as U+FFFD: 3). */
static int rune_length(int64_t r)
{
    if (!rune_is_valid(r))
        return 3;
    if (r < 0x80)
        return 1;
    if (r < 0x800)
        return 2;
    if (r < 0x10000)
        return 3;
    return 4;
}

int rt_encode_rune(uint8_t *buf, int32_t r)
{
    if (!rune_is_valid(r))
        r = RUNE_ERROR;
    if (r < 0x80) {
        buf[0] = (uint8_t)r;
        return 1;
    }
    if (r < 0x800) {
        buf[0] = (uint8_t)(0xC0 | (r >> 6));
        buf[1] = (uint8_t)(0x80 | (r & 0x3F));
        return 2;
    }
    if (r < 0x10000) {
        buf[0] = (uint8_t)(0xE0 | (r >> 12));
        buf[1] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
        buf[2] = (uint8_t)(0x80 | (r & 0x3F));
        return 3;
    }
    buf[0] = (uint8_t)(0xF0 | (r >> 18));
    buf[1] = (uint8_t)(0x80 | ((r >> 12) & 0x3F));
    buf[2] = (uint8_t)(0x80 | ((r >> 6) & 0x3F));
    buf[3] = (uint8_t)(0x80 | (r & 0x3F));
    return 4;
}

/* ---- strings ---- */

static golem_string empty_string(void)
{
    golem_string s = {NULL, 0};
    return s;
}

golem_string rt_string_from_bytes(golem_g *g, const void *p, int64_t n)
{
    if (n <= 0)
        return empty_string();
    uint8_t *d = gc_alloc(g, NULL, (size_t)n);
    if (!d)
        return empty_string();
    memcpy(d, p, (size_t)n);
    golem_string s = {d, n};
    return s;
}

golem_string rt_string_from_cstr(golem_g *g, const char *s)
{
    return rt_string_from_bytes(g, s, s ? (int64_t)strlen(s) : 0);
}

golem_string rt_concat(golem_g *g, golem_string a, golem_string b)
{
    if (a.len == 0)
        return b;
    if (b.len == 0)
        return a;
    int64_t n = a.len + b.len;
    uint8_t *d = gc_alloc(g, NULL, (size_t)n);
    if (!d)
        return empty_string();
    memcpy(d, a.data, (size_t)a.len);
    memcpy(d + a.len, b.data, (size_t)b.len);
    golem_string s = {d, n};
    return s;
}

int rt_strcmp(golem_string a, golem_string b)
{
    int64_t n = a.len < b.len ? a.len : b.len;
    if (n > 0) {
        int c = memcmp(a.data, b.data, (size_t)n);
        if (c != 0)
            return c;
    }
    return a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
}

bool rt_streq(golem_string a, golem_string b)
{
    if (a.len != b.len)
        return false;
    if (a.data == b.data || a.len == 0)
        return true;
    return memcmp(a.data, b.data, (size_t)a.len) == 0;
}

/* []byte(s): a fresh copy (the slice is mutable, the string is not). */
golem_slice rt_bytes_from_string(golem_g *g, golem_string s)
{
    golem_slice out = {NULL, 0, 0};
    if (s.len == 0)
        return out;
    void *d = gc_alloc(g, NULL, (size_t)s.len);
    if (!d)
        return out;
    memcpy(d, s.data, (size_t)s.len);
    out.data = d;
    out.len = out.cap = s.len;
    return out;
}

/* Number of runes `for range` yields over s. */
static int64_t count_runes(golem_string s)
{
    int64_t n = 0;
    for (int64_t i = 0; i < s.len; n++) {
        if (s.data[i] < 0x80) {
            i++;
            continue;
        }
        int32_t r;
        i += rt_decode_rune(s.data + i, s.len - i, &r);
    }
    return n;
}

golem_slice rt_runes_from_string(golem_g *g, golem_string s)
{
    golem_slice out = {NULL, 0, 0};
    int64_t n = count_runes(s);
    if (n == 0)
        return out;
    int32_t *d = gc_alloc(g, NULL, (size_t)n * 4);
    if (!d)
        return out;
    int64_t k = 0;
    for (int64_t i = 0; i < s.len; k++)
        i += rt_decode_rune(s.data + i, s.len - i, &d[k]);
    out.data = d;
    out.len = out.cap = n;
    return out;
}

golem_string rt_string_from_runes(golem_g *g, golem_slice runes)
{
    const int32_t *rs = runes.data;
    int64_t n = 0;
    for (int64_t i = 0; i < runes.len; i++)
        n += rune_length(rs[i]);
    if (n == 0)
        return empty_string();
    uint8_t *d = gc_alloc(g, NULL, (size_t)n);
    if (!d)
        return empty_string();
    int64_t k = 0;
    for (int64_t i = 0; i < runes.len; i++)
        k += rt_encode_rune(d + k, rs[i]);
    golem_string s = {d, n};
    return s;
}

golem_string rt_string_from_rune(golem_g *g, int64_t r)
{
    uint8_t buf[4];
    int n = rt_encode_rune(buf, rune_is_valid(r) ? (int32_t)r : RUNE_ERROR);
    return rt_string_from_bytes(g, buf, n);
}
