/*
 * strings.c - package strings' natives: the searching, counting, case and
 * replacement loops where C's memchr/memmem beat interpreted code.
 *
 * Strings are (data, len) slot pairs and are immutable, so results that are
 * substrings (TrimSpace) share the operand's bytes; new strings are built
 * in a strbuf and copied once onto the golem heap. Unicode handling
 * follows Go: text is decoded rune by rune with invalid bytes read as
 * U+FFFD of width 1, and case mapping of such a byte writes U+FFFD, as
 * strings.Map does. Everything that takes a func value, or returns a
 * []string, is written in Go (strings.go) on top of these.
 */
#define _GNU_SOURCE
#include "mgc.h"
#include "natives.h"
#include "strconv/strconv_impl.h"

#include <string.h>

static int64_t index_of(golem_string s, golem_string sub)
{
    if (sub.len == 0)
        return 0;
    if (sub.len > s.len)
        return -1;
    if (sub.len == 1) {
        const uint8_t *q = memchr(s.data, sub.data[0], (size_t)s.len);
        return q ? q - s.data : -1;
    }
    const uint8_t *q = memmem(s.data, (size_t)s.len, sub.data,
                              (size_t)sub.len);
    return q ? q - s.data : -1;
}

/* func Index(s, substr string) int */
static int strings_Index(golem_g *g, slot *args)
{
    (void)g;
    args[0].i = index_of(native_arg_string(args, 0),
                         native_arg_string(args, 2));
    return 0;
}

/* func IndexByte(s string, c byte) int */
static int strings_IndexByte(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    const uint8_t *q = s.len ? memchr(s.data, (int)(args[2].u & 0xFF),
                                      (size_t)s.len)
                             : NULL;
    args[0].i = q ? q - s.data : -1;
    return 0;
}

/* func LastIndex(s, substr string) int */
static int strings_LastIndex(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    golem_string sub = native_arg_string(args, 2);
    int64_t r = -1;
    if (sub.len == 0) {
        r = s.len;
    } else {
        for (int64_t i = s.len - sub.len; i >= 0; i--) {
            if (s.data[i] == sub.data[0] &&
                memcmp(s.data + i, sub.data, (size_t)sub.len) == 0) {
                r = i;
                break;
            }
        }
    }
    args[0].i = r;
    return 0;
}

/* func LastIndexByte(s string, c byte) int */
static int strings_LastIndexByte(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    const uint8_t *q = s.len ? memrchr(s.data, (int)(args[2].u & 0xFF),
                                       (size_t)s.len)
                             : NULL;
    args[0].i = q ? q - s.data : -1;
    return 0;
}

static int64_t rune_count(const uint8_t *p, int64_t n)
{
    int64_t c = 0;
    for (int64_t i = 0; i < n; c++) {
        if (p[i] < 0x80) {
            i++;
        } else {
            int32_t r;
            i += strconv_decode_rune(p + i, (size_t)(n - i), &r);
        }
    }
    return c;
}

/* func Count(s, substr string) int */
static int strings_Count(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    golem_string sub = native_arg_string(args, 2);
    if (sub.len == 0) {
        args[0].i = rune_count(s.data, s.len) + 1;
        return 0;
    }
    int64_t n = 0;
    while (s.len >= sub.len) {
        int64_t i = index_of(s, sub);
        if (i < 0)
            break;
        n++;
        s.data += i + sub.len;
        s.len -= i + sub.len;
    }
    args[0].i = n;
    return 0;
}

/* func repeat(s string, count int) string (count >= 0, no overflow) */
static int strings_repeat(golem_g *g, slot *args)
{
    golem_string s = native_arg_string(args, 0);
    int64_t count = args[2].i;
    int64_t n = s.len * count;
    if (n == 0) {
        args[0].p = NULL;
        args[1].i = 0;
        return 0;
    }
    uint8_t *buf = gc_alloc(g, NULL, (size_t)n);
    if (!buf)
        return -1;
    memcpy(buf, s.data, (size_t)s.len);
    int64_t done = s.len;
    while (done < n) {
        int64_t chunk = done < n - done ? done : n - done;
        memcpy(buf + done, buf, (size_t)chunk);
        done += chunk;
    }
    args[0].p = buf;
    args[1].i = n;
    return 0;
}

/* Case mapping of a whole string; returns s itself when nothing changes. */
static int map_case(golem_g *g, slot *args, bool upper)
{
    golem_string s = native_arg_string(args, 0);
    bool ascii = true, change = false;
    for (int64_t i = 0; i < s.len; i++) {
        uint8_t c = s.data[i];
        if (c >= 0x80) {
            ascii = false;
            break;
        }
        if (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z'))
            change = true;
    }
    if (ascii && !change)
        return 0; /* the result is s, already in args[0..1] */
    strbuf b;
    strbuf_init(&b);
    strbuf_reserve(&b, (size_t)s.len);
    for (int64_t i = 0; i < s.len;) {
        uint8_t c = s.data[i];
        if (c < 0x80) {
            if (upper && c >= 'a' && c <= 'z')
                c -= 32;
            else if (!upper && c >= 'A' && c <= 'Z')
                c += 32;
            strbuf_putc(&b, (char)c);
            i++;
            continue;
        }
        int32_t r;
        i += strconv_decode_rune(s.data + i, (size_t)(s.len - i), &r);
        strbuf_put_rune(&b, upper ? unicode_to_upper(r)
                                  : unicode_to_lower(r));
    }
    native_ret_bytes(g, args, b.p, (int64_t)b.len);
    strbuf_free(&b);
    return 0;
}

static int strings_ToUpper(golem_g *g, slot *args)
{
    return map_case(g, args, true);
}

static int strings_ToLower(golem_g *g, slot *args)
{
    return map_case(g, args, false);
}

/* Decodes the rune ending at s[end) (Go's DecodeLastRune); its width. */
static int last_rune(const uint8_t *s, int64_t end, int32_t *r)
{
    if (s[end - 1] < 0x80) {
        *r = s[end - 1];
        return 1;
    }
    int64_t start = end - 1, lim = end - 4 < 0 ? 0 : end - 4;
    for (start--; start >= lim; start--)
        if ((s[start] & 0xC0) != 0x80)
            break;
    if (start < 0)
        start = 0;
    int w = strconv_decode_rune(s + start, (size_t)(end - start), r);
    if (start + w != end) {
        *r = 0xFFFD;
        return 1;
    }
    return w;
}

/* func TrimSpace(s string) string */
static int strings_TrimSpace(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    int64_t start = 0, end = s.len;
    while (start < end) {
        int32_t r;
        int w = strconv_decode_rune(s.data + start, (size_t)(end - start),
                                    &r);
        if (!unicode_is_space(r))
            break;
        start += w;
    }
    while (end > start) {
        int32_t r;
        int w = last_rune(s.data, end, &r);
        if (!unicode_is_space(r))
            break;
        end -= w;
    }
    args[0].p = (void *)(s.data + start);
    args[1].i = end - start;
    if (end == start)
        args[0].p = NULL;
    return 0;
}

/* Whether runes a and b are equal under simple Unicode case folding: b is
   in a's SimpleFold orbit (k K U+212A; but not dotless i and I, whose
   orbits are separate, as in Go). */
static bool fold_equal(int32_t a, int32_t b)
{
    if (a == b)
        return true;
    if (a < 0x80 && b < 0x80)
        return (a | 0x20) == (b | 0x20) && (uint32_t)((a | 0x20) - 'a') < 26;
    for (int32_t r = unicode_simple_fold(a); r != a; r = unicode_simple_fold(r))
        if (r == b)
            return true;
    return false;
}

/* func EqualFold(s, t string) bool */
static int strings_EqualFold(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    golem_string t = native_arg_string(args, 2);
    int64_t i = 0, j = 0;
    bool eq = true;
    while (i < s.len && j < t.len) {
        int32_t a, b;
        i += strconv_decode_rune(s.data + i, (size_t)(s.len - i), &a);
        j += strconv_decode_rune(t.data + j, (size_t)(t.len - j), &b);
        if (!fold_equal(a, b)) {
            eq = false;
            break;
        }
    }
    args[0].u = eq && i == s.len && j == t.len;
    return 0;
}

/* func Compare(a, b string) int */
static int strings_Compare(golem_g *g, slot *args)
{
    (void)g;
    golem_string a = native_arg_string(args, 0);
    golem_string b = native_arg_string(args, 2);
    int64_t n = a.len < b.len ? a.len : b.len;
    int c = n ? memcmp(a.data, b.data, (size_t)n) : 0;
    if (c == 0)
        c = a.len < b.len ? -1 : a.len > b.len ? 1 : 0;
    args[0].i = c < 0 ? -1 : c > 0 ? 1 : 0;
    return 0;
}

/* func Replace(s, old, new string, n int) string */
static int strings_Replace(golem_g *g, slot *args)
{
    golem_string s = native_arg_string(args, 0);
    golem_string old = native_arg_string(args, 2);
    golem_string rep = native_arg_string(args, 4);
    int64_t n = args[6].i;
    if (n == 0 || (old.len == rep.len && old.len > 0 &&
                   memcmp(old.data, rep.data, (size_t)old.len) == 0))
        return 0; /* s unchanged, already in args[0..1] */
    strbuf b;
    strbuf_init(&b);
    int64_t pos = 0, done = 0;
    bool changed = false;
    while (n < 0 || done < n) {
        int64_t at;
        if (old.len == 0) {
            if (pos > s.len)
                break;
            at = pos;
        } else {
            golem_string rest = {s.data + pos, s.len - pos};
            int64_t i = index_of(rest, old);
            if (i < 0)
                break;
            at = pos + i;
        }
        strbuf_put(&b, s.data + pos, (size_t)(at - pos));
        strbuf_put(&b, rep.data, (size_t)rep.len);
        changed = true;
        done++;
        if (old.len == 0) {
            /* an empty old matches before each rune and at the end */
            if (at >= s.len) {
                pos = s.len + 1;
                break;
            }
            int32_t r;
            int w = strconv_decode_rune(s.data + at, (size_t)(s.len - at),
                                        &r);
            strbuf_put(&b, s.data + at, (size_t)w);
            pos = at + w;
        } else {
            pos = at + old.len;
        }
    }
    if (!changed) {
        strbuf_free(&b);
        return 0;
    }
    if (pos < s.len)
        strbuf_put(&b, s.data + pos, (size_t)(s.len - pos));
    native_ret_bytes(g, args, b.p, (int64_t)b.len);
    strbuf_free(&b);
    return 0;
}

static bool rune_in(int32_t r, golem_string chars)
{
    for (int64_t i = 0; i < chars.len;) {
        int32_t c;
        i += strconv_decode_rune(chars.data + i, (size_t)(chars.len - i),
                                 &c);
        if (c == r)
            return true;
    }
    return false;
}

/* func IndexAny(s, chars string) int */
static int strings_IndexAny(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    golem_string chars = native_arg_string(args, 2);
    int64_t r = -1;
    for (int64_t i = 0; i < s.len && chars.len > 0;) {
        int32_t c;
        int w = strconv_decode_rune(s.data + i, (size_t)(s.len - i), &c);
        if (rune_in(c, chars)) {
            r = i;
            break;
        }
        i += w;
    }
    args[0].i = r;
    return 0;
}

/* func LastIndexAny(s, chars string) int */
static int strings_LastIndexAny(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    golem_string chars = native_arg_string(args, 2);
    int64_t r = -1;
    for (int64_t end = s.len; end > 0 && chars.len > 0;) {
        int32_t c;
        int w = last_rune(s.data, end, &c);
        end -= w;
        if (rune_in(c, chars)) {
            r = end;
            break;
        }
    }
    args[0].i = r;
    return 0;
}

/* func IndexRune(s string, r rune) int */
static int strings_IndexRune(golem_g *g, slot *args)
{
    (void)g;
    golem_string s = native_arg_string(args, 0);
    int32_t want = (int32_t)args[2].i;
    int64_t r = -1;
    if (want >= 0 && want < 0x80) {
        const uint8_t *q = s.len ? memchr(s.data, want, (size_t)s.len)
                                 : NULL;
        r = q ? q - s.data : -1;
    } else {
        bool valid = want >= 0 && want <= 0x10FFFF &&
                     !(want >= 0xD800 && want <= 0xDFFF);
        for (int64_t i = 0; i < s.len;) {
            int32_t c;
            int w = strconv_decode_rune(s.data + i, (size_t)(s.len - i), &c);
            if (valid && c == want) {
                r = i;
                break;
            }
            i += w;
        }
    }
    args[0].i = r;
    return 0;
}

/* A strings.Builder in memory: addr (slot 0), then buf (slots 1..3). */
typedef struct strings_builder {
    struct strings_builder *addr;
    golem_slice buf;
} strings_builder;

/* func (b *Builder) String() string: the bytes written so far, shared
   (a Builder only ever appends, so they never change). */
static int strings_builder_String(golem_g *g, slot *args)
{
    const strings_builder *b = args[0].p;
    if (!b)
        return rt_panic_nil_deref(g);
    args[0].p = b->buf.data;
    args[1].i = b->buf.len;
    return 0;
}

/* The program's descriptor of type string, or NULL if codegen made none
   (then no code of the program can assert a panic value to string). */
static const rtype *program_string_type(golem_g *g)
{
    golem_vm *vm = g->vm;
    for (uint32_t i = 0; i < vm->nrtypes; i++) {
        const rtype *t = vm->rtypes[i];
        if (t->kind == RK_STRING && !(t->flags & RF_NAMED))
            return t;
    }
    return NULL;
}

/* Go's panic("strings: illegal use of non-zero Builder copied by value"):
   a string value when the program has a string descriptor, else the same
   message as a plain runtime error (printed alike). */
static int builder_copied(golem_g *g)
{
    static const char msg[] =
        "strings: illegal use of non-zero Builder copied by value";
    const rtype *t = program_string_type(g);
    if (!t)
        return rt_panic_plain(g, msg);
    golem_string *boxed = gc_alloc(g, t, sizeof *boxed);
    boxed->data = (const uint8_t *)msg;
    boxed->len = (int64_t)(sizeof msg - 1);
    return rt_panic(g, t, boxed);
}

/* Builder.copyCheck for the natives: records b's address on its first
   write; 0, or -1 after panicking when b is a copy of a written Builder
   (or nil). */
static int builder_check(golem_g *g, strings_builder *b)
{
    if (!b)
        return rt_panic_nil_deref(g);
    if (b->addr != b) {
        if (b->addr)
            return builder_copied(g);
        gc_write_pointer(g, (void **)&b->addr, b);
    }
    return 0;
}

/* The element descriptor used to grow a Builder's []byte (only its size
   and pointer-freedom matter to the allocator). */
static const rtype builder_byte = {.kind = RK_UINT8,
                                   .flags = RF_COMPARABLE | RF_NARROW,
                                   .nslots = 1, .stride = 1,
                                   .string = "uint8"};

/* Appends n bytes to a Builder's buffer, growing it as append does. */
static int builder_append(golem_g *g, golem_slice *buf, const void *p,
                          int64_t n)
{
    if (buf->len + n > buf->cap) {
        /* buf is in the heap: the new array goes in through the write
           barrier (vm/mgc.h) */
        golem_slice grown = *buf;
        if (rt_growslice(g, &grown, &builder_byte, buf->len + n) != 0)
            return -1;
        gc_write_pointer(g, &buf->data, grown.data);
        buf->cap = grown.cap;
    }
    memcpy((char *)buf->data + buf->len, p, (size_t)n);
    buf->len += n;
    return 0;
}

/* func (b *Builder) WriteString(s string) (int, error) */
static int strings_builder_WriteString(golem_g *g, slot *args)
{
    strings_builder *b = args[0].p;
    if (builder_check(g, b) != 0)
        return -1;
    golem_string s = native_arg_string(args, 1);
    if (s.len > 0 && builder_append(g, &b->buf, s.data, s.len) != 0)
        return -1;
    args[0].i = s.len;
    args[1].p = args[2].p = NULL;
    return 0;
}

/* func (b *Builder) WriteByte(c byte) error */
static int strings_builder_WriteByte(golem_g *g, slot *args)
{
    strings_builder *b = args[0].p;
    if (builder_check(g, b) != 0)
        return -1;
    uint8_t c = (uint8_t)args[1].u;
    if (builder_append(g, &b->buf, &c, 1) != 0)
        return -1;
    args[0].p = args[1].p = NULL;
    return 0;
}

/* Sorted by name (stdlib/natives.c binary-searches it). */
const stdlib_native strings_natives[] = {
    {"strings.(*Builder).String", strings_builder_String},
    {"strings.(*Builder).WriteByte", strings_builder_WriteByte},
    {"strings.(*Builder).WriteString", strings_builder_WriteString},
    {"strings.Compare", strings_Compare},
    {"strings.Count", strings_Count},
    {"strings.EqualFold", strings_EqualFold},
    {"strings.Index", strings_Index},
    {"strings.IndexAny", strings_IndexAny},
    {"strings.IndexByte", strings_IndexByte},
    {"strings.IndexRune", strings_IndexRune},
    {"strings.LastIndex", strings_LastIndex},
    {"strings.LastIndexAny", strings_LastIndexAny},
    {"strings.LastIndexByte", strings_LastIndexByte},
    {"strings.Replace", strings_Replace},
    {"strings.ToLower", strings_ToLower},
    {"strings.ToUpper", strings_ToUpper},
    {"strings.TrimSpace", strings_TrimSpace},
    {"strings.repeat", strings_repeat},
    {NULL, NULL},
};
