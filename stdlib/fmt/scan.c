/*
 * scan.c - the native core of fmt's scanning (Sscan, Sscanf, Scan, ...).
 *
 * scanOne(arg any, input string, verb rune, nlIsSpace bool) (n int, err string)
 * reads one operand from the front of input into the variable that arg
 * points to, and reports how many bytes it consumed. The Go side
 * (scan.go) walks formats, counts operands and turns messages into errors.
 *
 * Mechanism: skip blanks (newlines too when nlIsSpace), then take the
 * longest prefix that can belong to a token of the target's kind (digits
 * and signs for integers, with base prefixes and underscores under %v;
 * number characters for floats; letters for bools; a quoted literal for
 * %q; one rune for %c; otherwise everything up to the next blank), parse
 * it with strconv's cores and store it at the target's natural width.
 * Messages follow Go's wording where golem scans the same way ("expected
 * integer", "unexpected newline", "can't scan type").
 */
#include "fmt/fmt_impl.h"
#include "mgc.h"

#include <stdlib.h>

typedef struct scan_input {
    const uint8_t *s;
    int64_t n, pos;
} scan_input;

static bool is_blank(uint8_t c, bool nl)
{
    return c == ' ' || c == '\t' || c == '\r' || (nl && c == '\n');
}

static bool in_set(uint8_t c, const char *set)
{
    return c && strchr(set, c) != NULL;
}

/* The longest run at the front of in whose bytes are in set. */
static int64_t take(scan_input *in, const char *set)
{
    int64_t start = in->pos;
    while (in->pos < in->n && in_set(in->s[in->pos], set))
        in->pos++;
    return in->pos - start;
}

static const char *int_charset(int verb)
{
    switch (verb) {
    case 'b': return "01_";
    case 'o': return "01234567_";
    case 'x': case 'X': return "0123456789abcdefABCDEF_";
    case 'v': return "0123456789abcdefABCDEFxXoObB_";
    default: return "0123456789_";
    }
}

static int verb_base(int verb)
{
    switch (verb) {
    case 'b': return 2;
    case 'o': return 8;
    case 'x': case 'X': return 16;
    case 'v': return 0;
    default: return 10;
    }
}

static void store_int(const rtype *t, void *p, uint64_t v)
{
    switch (rkind_natural_size(t->kind)) {
    case 1: *(uint8_t *)p = (uint8_t)v; break;
    case 2: *(uint16_t *)p = (uint16_t)v; break;
    case 4: *(uint32_t *)p = (uint32_t)v; break;
    default: *(uint64_t *)p = v; break;
    }
}

static int kind_bits(int k)
{
    switch (k) {
    case RK_INT8: case RK_UINT8: return 8;
    case RK_INT16: case RK_UINT16: return 16;
    case RK_INT32: case RK_UINT32: return 32;
    default: return 64;
    }
}

static const char *scan_integer(scan_input *in, const rtype *t, void *p,
                                int verb, bool is_signed)
{
    if (verb == 'c') {
        if (in->pos >= in->n)
            return "EOF";
        int32_t r;
        in->pos += strconv_decode_rune(in->s + in->pos,
                                       (size_t)(in->n - in->pos), &r);
        store_int(t, p, (uint64_t)(int64_t)r);
        return NULL;
    }
    int64_t start = in->pos;
    if (in->pos < in->n && (in->s[in->pos] == '+' || in->s[in->pos] == '-'))
        in->pos++;
    if (take(in, int_charset(verb)) == 0)
        return "expected integer";
    const uint8_t *tok = in->s + start;
    size_t len = (size_t)(in->pos - start);
    int bits = kind_bits(t->kind);
    if (is_signed) {
        int64_t v;
        int code = strconv_parse_int(tok, len, verb_base(verb), bits, &v);
        if (code == STRCONV_ERR_RANGE)
            return "integer overflow on token";
        if (code != STRCONV_OK)
            return "expected integer";
        store_int(t, p, (uint64_t)v);
    } else {
        uint64_t v;
        int code = strconv_parse_uint(tok, len, verb_base(verb), bits, &v);
        if (code == STRCONV_ERR_RANGE)
            return "unsigned integer overflow on token";
        if (code != STRCONV_OK)
            return "expected integer";
        store_int(t, p, v);
    }
    return NULL;
}

static const char *scan_float(scan_input *in, const rtype *t, void *p)
{
    int64_t start = in->pos;
    take(in, "+-0123456789.eEpPxX_abcdefABCDEFinftyINFTY");
    size_t len = (size_t)(in->pos - start);
    double v;
    int bits = t->kind == RK_FLOAT32 ? 32 : 64;
    if (len == 0 ||
        strconv_parse_float(in->s + start, len, bits, &v) != STRCONV_OK)
        return "bad number syntax";
    if (bits == 32) {
        float f = (float)v;
        memcpy(p, &f, 4);
    } else {
        memcpy(p, &v, 8);
    }
    return NULL;
}

static const char *scan_bool(scan_input *in, void *p)
{
    int64_t start = in->pos;
    take(in, "01tTrRuUeEfFaAlLsS");
    int64_t len = in->pos - start;
    const char *s = (const char *)in->s + start;
    static const char *const yes[] = {"1", "t", "T", "true", "TRUE", "True"};
    static const char *const no[] = {"0", "f", "F", "false", "FALSE",
                                     "False"};
    for (size_t i = 0; i < 6; i++) {
        if ((int64_t)strlen(yes[i]) == len && memcmp(s, yes[i], len) == 0) {
            *(uint8_t *)p = 1;
            return NULL;
        }
        if ((int64_t)strlen(no[i]) == len && memcmp(s, no[i], len) == 0) {
            *(uint8_t *)p = 0;
            return NULL;
        }
    }
    return "syntax error scanning boolean";
}

/* The token for a string operand: a quoted literal for %q, else the run
   up to the next blank. Sets *err on a malformed literal. */
static golem_string scan_string_token(golem_g *g, scan_input *in, int verb,
                                      const char **err)
{
    golem_string r = {NULL, 0};
    if (verb == 'q') {
        if (in->pos >= in->n) {
            *err = "unexpected EOF";
            return r;
        }
        uint8_t q = in->s[in->pos];
        int64_t end = in->pos + 1;
        if (q == '`') {
            while (end < in->n && in->s[end] != '`')
                end++;
        } else if (q == '"') {
            while (end < in->n && in->s[end] != '"') {
                if (in->s[end] == '\\')
                    end++;
                end++;
            }
        } else {
            *err = "expected quoted string";
            return r;
        }
        if (end >= in->n) {
            *err = "unexpected EOF";
            return r;
        }
        strbuf b;
        strbuf_init(&b);
        bool ok = strconv_unquote(in->s + in->pos, (size_t)(end + 1 - in->pos),
                                  &b);
        if (ok)
            r = rt_string_from_bytes(g, b.p, (int64_t)b.len);
        else
            *err = "invalid syntax";
        strbuf_free(&b);
        in->pos = end + 1;
        return r;
    }
    int64_t start = in->pos;
    while (in->pos < in->n && !is_blank(in->s[in->pos], true))
        in->pos++;
    if (in->pos == start) {
        *err = "unexpected EOF";
        return r;
    }
    return rt_string_from_bytes(g, in->s + start, in->pos - start);
}

/* func scanOne(arg any, input string, verb rune, nlIsSpace bool)
       (n int, err string) */
int fmt_scan_one_native(golem_g *g, slot *args)
{
    const rtype *pt = args[0].p;
    void *target = args[1].p;
    scan_input in = {args[2].p, args[3].i, 0};
    int verb = (int)args[4].i;
    bool nl = args[5].u & 1;
    const char *err = NULL;
    char msg[160];
    if (!pt || pt->kind != RK_POINTER || !target) {
        snprintf(msg, sizeof msg, "can't scan type: %s",
                 pt ? pt->string : "<nil>");
        err = msg;
        goto done;
    }
    const rtype *et = pt->elem;
    const rtype *u = et->underlying ? et->underlying : et;
    if (verb != 'c') {
        while (in.pos < in.n && is_blank(in.s[in.pos], nl))
            in.pos++;
        if (in.pos < in.n && in.s[in.pos] == '\n') {
            err = "unexpected newline";
            goto done;
        }
        if (in.pos >= in.n) {
            err = "EOF"; /* out of input at an operand: io.EOF */
            goto done;
        }
    }
    int k = u->kind;
    if (k >= RK_INT && k <= RK_INT64) {
        err = scan_integer(&in, u, target, verb, true);
    } else if (k >= RK_UINT && k <= RK_UINTPTR) {
        err = scan_integer(&in, u, target, verb, false);
    } else if (k == RK_FLOAT32 || k == RK_FLOAT64) {
        err = scan_float(&in, u, target);
    } else if (k == RK_BOOL) {
        err = scan_bool(&in, target);
    } else if (k == RK_STRING) {
        golem_string s = scan_string_token(g, &in, verb, &err);
        if (!err) { /* target: Go memory (write barrier, vm/mgc.h) */
            gc_write_pointer(g, (void **)target, (void *)s.data);
            ((golem_string *)target)->len = s.len;
        }
    } else if (k == RK_SLICE && u->elem->kind == RK_UINT8) {
        golem_string s = scan_string_token(g, &in, verb, &err);
        if (!err) {
            golem_slice *sl = target;
            gc_write_pointer(g, &sl->data, (void *)s.data);
            sl->len = sl->cap = s.len;
        }
    } else {
        snprintf(msg, sizeof msg, "can't scan type: %s", pt->string);
        err = msg;
    }
done:
    args[0].i = in.pos;
    if (err) {
        native_set_string(args + 1, rt_string_from_cstr(g, err));
    } else {
        args[1].p = NULL;
        args[2].i = 0;
    }
    return 0;
}
