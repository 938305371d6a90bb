/*
 * scan.c - the native core of fmt's scanning: operands of basic types.
 *
 * scanValues(a []any, input string, verb rune, limit int, flags int)
 *     (n int, used int, runes int, status int, msg string)
 * reads operands from the front of input into the variables the a[i]
 * point to, stopping at the first failure or at an operand with a Scan
 * method (a custom fmt.Scanner, which only Go code may call). The Go side
 * (scan.go) owns everything else: the ScanState that custom Scanners see,
 * formats over readers, Scanln's newline rule, readers. Sscan hands it all
 * operands at once; readers and Fscanf one at a time. scanFormat(a,
 * input, format, flags) is Sscanf's whole format walk (Go's doScanf and
 * advance), stopping likewise at a Scanner operand.
 *
 * The scanner follows Go's token grammar rune by rune, with Go's one-rune
 * look-ahead: every rune is read with get_rune and a rune that does not
 * belong to the token is pushed back with unread (at most one at a time,
 * as an io.RuneScanner allows). That makes the amount of input consumed
 * identical to Go's, which matters for readers: scan.go feeds a reader's
 * runes one at a time, and while more may follow (FLAG_MORE) a read past
 * the end of input stops the scan with ST_MORE; scan.go then reads one
 * more rune and calls again from the start. The scan is a pure function
 * of (input, flags) until it succeeds, so restarting is safe; the target
 * is written only on success. To keep restarts rare, ST_MORE carries a
 * hint: the class of runes the loop that ran out of input takes (digits,
 * a word, blanks), which scan.go may feed without asking again.
 *
 * limit is the number of runes the operand may read (a Scanf width, or
 * "huge"); past it get_rune reports EOF, as Go's ss.ReadRune does. With
 * FLAG_NL_IS_END (Scanln, Sscanln) reading a newline turns on at_eof until
 * it is unread. With FLAG_SKIP_FIRST (Scanf) blanks are skipped before
 * the limit starts counting. Errors are reported by status: the first
 * failure wins and later reads return EOF, so the grammar functions need
 * no unwinding.
 * Messages are Go's; strconv failures come back as ST_RANGE/ST_SYNTAX with
 * msg "Func token" so that scan.go can build the *strconv.NumError.
 */
#include "fmt/fmt_impl.h"
#include "mgc.h"

#include <math.h>
#include <stdlib.h>

enum {
    FLAG_NL_IS_SPACE = 1,
    FLAG_NL_IS_END = 2,
    FLAG_AT_EOF = 4,
    FLAG_MORE = 8,
    FLAG_SKIP_FIRST = 16, /* Scanf: skip blanks before limit applies */
    FLAG_NO_SCANNER = 32, /* scan even an operand with a Scan method */
};

enum {
    ST_OK = 0,
    ST_MORE = 1,           /* needs the next rune of the reader */
    ST_ERR = 2,            /* msg is the error text */
    ST_EOF = 3,            /* io.EOF: out of input at an operand */
    ST_UNEXPECTED_EOF = 4, /* io.ErrUnexpectedEOF */
    ST_RANGE = 5,          /* NumError{Err: ErrRange}, msg "Func num" */
    ST_SYNTAX = 6,         /* strconv.NumError{Err: ErrSyntax} */
    ST_SCANNER = 7,        /* stopped at an operand with a Scan method */
    ST_NIL = 8,            /* scanned into a nil pointer: scan.go panics */
    ST_AT_EOF_BIT = 256,   /* or-ed in: the scan state ends at EOF */
};

#define SCAN_EOF (-1)

typedef struct scanner {
    golem_g *g;
    const uint8_t *s;
    int64_t n, pos;
    int64_t runes, limit; /* runes read (net of unreads), allowed */
    int last_w;           /* width of the last rune read */
    bool more, at_eof, nl_is_space, nl_is_end;
    int status;
    strbuf msg;
    strbuf tok;           /* token accumulator for strings */
    const char *reading_for; /* the set an accept loop is reading for */
    const char *more_for;    /* reading_for when ST_MORE was set */
} scanner;

/* reading_for of the string token loop (any rune but a space), of
   skip_space (a space), and of the peek for a 0 before an integer's
   digits under %v. */
static const char NOT_SPACE[] = "";
static const char SPACE[] = "";
static const char PEEK_ZERO[] = "";

/* ST_MORE's hint (status >> ST_CLASS_SHIFT): the scan was in a loop that
   takes every rune of this class, so the reader may feed such runes
   without asking again (scan.go, without a width limit). */
enum {
    CLASS_NONE = 0,
    CLASS_DEC_UNDERSCORE = 1, /* 0-9 and _ */
    CLASS_DEC = 2,            /* 0-9 */
    CLASS_NOT_SPACE = 3,
    CLASS_SPACE = 4,     /* blanks but \r; \n too when newlines are spaces */
    CLASS_PEEK_ZERO = 5, /* 1-9 or _ starts CLASS_DEC_UNDERSCORE */
    ST_CLASS_SHIFT = 16,
};

static int more_class(const scanner *sc)
{
    if (sc->status != ST_MORE || !sc->more_for)
        return CLASS_NONE;
    if (sc->more_for == NOT_SPACE)
        return CLASS_NOT_SPACE;
    if (sc->more_for == SPACE)
        return CLASS_SPACE;
    if (sc->more_for == PEEK_ZERO)
        return CLASS_PEEK_ZERO;
    if (strcmp(sc->more_for, "0123456789_") == 0)
        return CLASS_DEC_UNDERSCORE;
    if (strcmp(sc->more_for, "0123456789") == 0)
        return CLASS_DEC;
    return CLASS_NONE;
}

static void fail(scanner *sc, int status, const char *msg)
{
    if (sc->status)
        return;
    sc->status = status;
    if (msg)
        strbuf_puts(&sc->msg, msg);
}

/* Go's fmt space set (the Unicode White_Space runes below U+10000). */
static bool scan_is_space(int32_t r)
{
    static const uint16_t ranges[][2] = {
        {0x0009, 0x000d}, {0x0020, 0x0020}, {0x0085, 0x0085},
        {0x00a0, 0x00a0}, {0x1680, 0x1680}, {0x2000, 0x200a},
        {0x2028, 0x2029}, {0x202f, 0x202f}, {0x205f, 0x205f},
        {0x3000, 0x3000},
    };
    if (r < 0 || r >= 0x10000)
        return false;
    for (size_t i = 0; i < sizeof ranges / sizeof ranges[0]; i++) {
        if (r < ranges[i][0])
            return false;
        if (r <= ranges[i][1])
            return true;
    }
    return false;
}

static int32_t get_rune(scanner *sc)
{
    if (sc->status || sc->at_eof || sc->runes >= sc->limit)
        return SCAN_EOF;
    if (sc->pos >= sc->n) {
        if (sc->more) {
            sc->status = ST_MORE;
            sc->more_for = sc->reading_for;
        } else {
            sc->at_eof = true;
        }
        return SCAN_EOF;
    }
    int32_t r = sc->s[sc->pos];
    int w = 1;
    if (r >= 0x80)
        w = strconv_decode_rune(sc->s + sc->pos, (size_t)(sc->n - sc->pos),
                                &r);
    sc->pos += w;
    sc->last_w = w;
    sc->runes++;
    if (sc->nl_is_end && r == '\n')
        sc->at_eof = true;
    return r;
}

static void unread(scanner *sc)
{
    if (sc->status)
        return;
    sc->pos -= sc->last_w;
    sc->last_w = 0;
    sc->runes--;
    sc->at_eof = false;
}

static int32_t must_read_rune(scanner *sc)
{
    int32_t r = get_rune(sc);
    if (r == SCAN_EOF)
        fail(sc, ST_UNEXPECTED_EOF, NULL);
    return r;
}

static bool in_set(const char *set, int32_t r)
{
    return r > 0 && r < 0x80 && strchr(set, (int)r) != NULL;
}

/* get_rune while reading for `set` (what the reader is told it may
   feed ahead, scanner.reading_for). */
static int32_t get_rune_for(scanner *sc, const char *set)
{
    sc->reading_for = set;
    int32_t r = get_rune(sc);
    sc->reading_for = NULL;
    return r;
}

/* Reads a rune; true when it is in set. A rune outside the set is pushed
   back only when accepting (Go's ss.consume). */
static bool consume(scanner *sc, const char *set, bool accept)
{
    int32_t r = get_rune_for(sc, set);
    if (r == SCAN_EOF)
        return false;
    if (in_set(set, r))
        return true;
    if (accept)
        unread(sc);
    return false;
}

static bool accept(scanner *sc, const char *set)
{
    return consume(sc, set, true);
}

static bool peek(scanner *sc, const char *set)
{
    int32_t r = get_rune(sc);
    if (r != SCAN_EOF)
        unread(sc);
    return in_set(set, r);
}

static void not_eof(scanner *sc)
{
    if (get_rune(sc) == SCAN_EOF)
        fail(sc, ST_EOF, NULL);
    else
        unread(sc);
}

static void skip_space(scanner *sc)
{
    for (;;) {
        int32_t r = get_rune_for(sc, SPACE);
        if (r == SCAN_EOF)
            return;
        if (r == '\r' && peek(sc, "\n"))
            continue;
        if (r == '\n') {
            if (sc->nl_is_space)
                continue;
            fail(sc, ST_ERR, "unexpected newline");
            return;
        }
        if (!scan_is_space(r)) {
            unread(sc);
            return;
        }
    }
}

static bool ok_verb(scanner *sc, int32_t verb, const char *verbs,
                    const char *type)
{
    if (in_set(verbs, verb))
        return true;
    if (!sc->status) {
        strbuf_puts(&sc->msg, "bad verb '%");
        strbuf_put_rune(&sc->msg, verb);
        strbuf_puts(&sc->msg, "' for ");
        strbuf_puts(&sc->msg, type);
    }
    fail(sc, ST_ERR, NULL);
    return false;
}

/* A strconv failure: "Func token" for scan.go's NumError. */
static void num_error(scanner *sc, int code, const char *func,
                      const uint8_t *tok, size_t n)
{
    if (sc->status)
        return;
    strbuf_puts(&sc->msg, func);
    strbuf_putc(&sc->msg, ' ');
    strbuf_put(&sc->msg, tok, n);
    fail(sc, code == STRCONV_ERR_RANGE ? ST_RANGE : ST_SYNTAX, NULL);
}

static void fail_with_token(scanner *sc, const char *prefix,
                            const uint8_t *tok, size_t n)
{
    if (sc->status)
        return;
    strbuf_puts(&sc->msg, prefix);
    strbuf_put(&sc->msg, tok, n);
    fail(sc, ST_ERR, NULL);
}

/* ---- booleans ---- */

static bool scan_bool(scanner *sc, int32_t verb)
{
    skip_space(sc);
    not_eof(sc);
    if (!ok_verb(sc, verb, "tv", "boolean"))
        return false;
    switch (get_rune(sc)) {
    case '0':
        return false;
    case '1':
        return true;
    case 't': case 'T':
        if (accept(sc, "rR") && (!accept(sc, "uU") || !accept(sc, "eE")))
            fail(sc, ST_ERR, "syntax error scanning boolean");
        return true;
    case 'f': case 'F':
        if (accept(sc, "aA") && (!accept(sc, "lL") || !accept(sc, "sS") ||
                                 !accept(sc, "eE")))
            fail(sc, ST_ERR, "syntax error scanning boolean");
        return false;
    }
    return false;
}

/* ---- integers ---- */

static const char DEC[] = "0123456789";
static const char HEX[] = "0123456789aAbBcCdDeEfF";

/* %c into an integer: one rune, which must fit bits as a signed value. */
static int64_t scan_rune(scanner *sc, int bits)
{
    not_eof(sc);
    int32_t r = get_rune(sc);
    if (sc->status)
        return 0;
    int sh = 64 - bits;
    int64_t x = (int64_t)((uint64_t)(int64_t)r << sh) >> sh;
    if (x != (int64_t)r) {
        strbuf_puts(&sc->msg, "overflow on character value ");
        strbuf_put_rune(&sc->msg, r);
        fail(sc, ST_ERR, NULL);
    }
    return r;
}

/* After an optional sign under %v: a 0b/0o/0x prefix chooses the digits;
   base 0 lets strconv read the prefix. */
static const char *scan_base_prefix(scanner *sc, bool *have_digits)
{
    *have_digits = false;
    sc->reading_for = PEEK_ZERO;
    bool zero = peek(sc, "0");
    sc->reading_for = NULL;
    if (!zero)
        return "0123456789_";
    accept(sc, "0");
    *have_digits = true;
    if (peek(sc, "bB")) {
        consume(sc, "bB", true);
        return "01_";
    }
    if (peek(sc, "oO")) {
        consume(sc, "oO", true);
        return "01234567_";
    }
    if (peek(sc, "xX")) {
        consume(sc, "xX", true);
        return "0123456789aAbBcCdDeEfF_";
    }
    return "01234567_";
}

/* Scans an integer token; on success *u (unsigned) or *i holds it. */
static void scan_integer(scanner *sc, int32_t verb, int bits, bool is_signed,
                         uint64_t *out)
{
    if (verb == 'c') {
        *out = (uint64_t)scan_rune(sc, bits);
        return;
    }
    skip_space(sc);
    not_eof(sc);
    ok_verb(sc, verb, "bdoUxXv", "integer");
    int base = 10;
    const char *digits = DEC;
    switch (verb) {
    case 'b': base = 2; digits = "01"; break;
    case 'o': base = 8; digits = "01234567"; break;
    case 'x': case 'X': case 'U': base = 16; digits = HEX; break;
    }
    bool have_digits = false;
    if (verb == 'U') {
        if (!consume(sc, "U", false) || !consume(sc, "+", false))
            fail(sc, ST_ERR, "bad unicode format ");
    }
    int64_t start = sc->pos;
    if (verb != 'U') {
        if (is_signed)
            accept(sc, "+-");
        if (verb == 'v') {
            base = 0;
            digits = scan_base_prefix(sc, &have_digits);
        }
    }
    if (!have_digits) {
        not_eof(sc);
        if (!accept(sc, digits))
            fail(sc, ST_ERR, "expected integer");
    }
    while (accept(sc, digits))
        ;
    if (sc->status)
        return;
    const uint8_t *tok = sc->s + start;
    size_t len = (size_t)(sc->pos - start);
    int sh = 64 - bits;
    if (is_signed) {
        int64_t v;
        int code = strconv_parse_int(tok, len, base, 64, &v);
        if (code != STRCONV_OK) {
            num_error(sc, code, "ParseInt", tok, len);
            return;
        }
        if ((int64_t)((uint64_t)v << sh) >> sh != v)
            fail_with_token(sc, "integer overflow on token ", tok, len);
        *out = (uint64_t)v;
    } else {
        uint64_t v;
        int code = strconv_parse_uint(tok, len, base, 64, &v);
        if (code != STRCONV_OK) {
            num_error(sc, code, "ParseUint", tok, len);
            return;
        }
        if ((v << sh) >> sh != v)
            fail_with_token(sc, "unsigned integer overflow on token ", tok,
                            len);
        *out = v;
    }
}

/* ---- floats ---- */

/* Go's floatToken: the accepted runes are consecutive in the input, so
   the token is input[start, pos). */
static void float_token(scanner *sc)
{
    if (accept(sc, "nN") && accept(sc, "aA") && accept(sc, "nN"))
        return;
    accept(sc, "+-");
    if (accept(sc, "iI") && accept(sc, "nN") && accept(sc, "fF"))
        return;
    const char *digits = "0123456789_";
    const char *exp = "eEpP";
    if (accept(sc, "0") && accept(sc, "xX")) {
        digits = "0123456789aAbBcCdDeEfF_";
        exp = "pP";
    }
    while (accept(sc, digits))
        ;
    if (accept(sc, ".")) {
        while (accept(sc, digits))
            ;
    }
    if (accept(sc, exp)) {
        accept(sc, "+-");
        while (accept(sc, "0123456789_"))
            ;
    }
}

/* Go's convertFloat: a decimal mantissa with a binary exponent "1.5p3"
   is mantissa * 2^exp; everything else goes to ParseFloat. */
static double convert_float(scanner *sc, const uint8_t *tok, size_t n,
                            int bits)
{
    size_t p = n;
    bool has_x = false;
    for (size_t i = 0; i < n; i++) {
        if (tok[i] == 'p' && p == n)
            p = i;
        if (tok[i] == 'x' || tok[i] == 'X')
            has_x = true;
    }
    double f;
    if (p < n && !has_x) {
        int code = strconv_parse_float(tok, p, bits, &f);
        if (code != STRCONV_OK) {
            num_error(sc, code, "ParseFloat", tok, n);
            return 0;
        }
        int64_t e;
        code = strconv_parse_int(tok + p + 1, n - p - 1, 10, 64, &e);
        if (code != STRCONV_OK) {
            num_error(sc, code, "Atoi", tok, n);
            return 0;
        }
        if (e > 100000)
            e = 100000;
        if (e < -100000)
            e = -100000;
        return ldexp(f, (int)e);
    }
    int code = strconv_parse_float(tok, n, bits, &f);
    if (code != STRCONV_OK)
        num_error(sc, code, "ParseFloat", tok, n);
    return f;
}

static double scan_float(scanner *sc, int bits)
{
    skip_space(sc);
    not_eof(sc);
    int64_t start = sc->pos;
    float_token(sc);
    if (sc->status)
        return 0;
    return convert_float(sc, sc->s + start, (size_t)(sc->pos - start), bits);
}

/* ---- strings ---- */

static void quoted_string(scanner *sc)
{
    not_eof(sc);
    int32_t quote = get_rune(sc);
    if (quote == '`') {
        for (;;) {
            int32_t r = must_read_rune(sc);
            if (r == SCAN_EOF || r == '`')
                return;
            strbuf_put_rune(&sc->tok, r);
        }
    }
    if (quote != '"') {
        fail(sc, ST_ERR, "expected quoted string");
        return;
    }
    strbuf lit;
    strbuf_init(&lit);
    strbuf_putc(&lit, '"');
    for (;;) {
        int32_t r = must_read_rune(sc);
        if (r == SCAN_EOF)
            break;
        strbuf_put_rune(&lit, r);
        if (r == '\\') {
            r = must_read_rune(sc);
            if (r == SCAN_EOF)
                break;
            strbuf_put_rune(&lit, r);
        } else if (r == '"') {
            if (!strconv_unquote((const uint8_t *)lit.p, lit.len, &sc->tok))
                fail(sc, ST_ERR, "invalid syntax");
            break;
        }
    }
    strbuf_free(&lit);
}

static int hex_digit(int32_t d)
{
    if (d >= '0' && d <= '9')
        return d - '0';
    if (d >= 'a' && d <= 'f')
        return 10 + d - 'a';
    if (d >= 'A' && d <= 'F')
        return 10 + d - 'A';
    return -1;
}

static void hex_string(scanner *sc)
{
    not_eof(sc);
    for (;;) {
        int32_t r1 = get_rune(sc);
        if (r1 == SCAN_EOF)
            break;
        int v1 = hex_digit(r1);
        if (v1 < 0) {
            unread(sc);
            break;
        }
        int32_t r2 = must_read_rune(sc);
        int v2 = hex_digit(r2);
        if (v2 < 0) {
            fail(sc, ST_ERR, "illegal hex digit");
            return;
        }
        strbuf_putc(&sc->tok, (char)(v1 << 4 | v2));
    }
    if (sc->tok.len == 0)
        fail(sc, ST_ERR, "no hex data for %x string");
}

/* Go's convertString: the string lands in sc->tok. */
static void scan_string(scanner *sc, int32_t verb)
{
    if (!ok_verb(sc, verb, "svqxX", "string"))
        return;
    skip_space(sc);
    not_eof(sc);
    if (verb == 'q') {
        quoted_string(sc);
    } else if (verb == 'x' || verb == 'X') {
        hex_string(sc);
    } else {
        skip_space(sc);
        for (;;) {
            int32_t r = get_rune_for(sc, NOT_SPACE);
            if (r == SCAN_EOF)
                break;
            if (scan_is_space(r)) {
                unread(sc);
                break;
            }
            strbuf_put_rune(&sc->tok, r);
        }
    }
}

/* ---- storing ---- */

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

/* Scans into *target, whose type is et (underlying u); true when it was
   a type scanning knows. A nil target is scanned but not stored. */
static bool scan_into(scanner *sc, const rtype *et, const rtype *u,
                      void *target, int32_t verb)
{
    int k = u->kind;
    if (k == RK_BOOL) {
        bool v = scan_bool(sc, verb);
        if (!sc->status && target)
            *(uint8_t *)target = v;
    } else if ((k >= RK_INT && k <= RK_INT64) ||
               (k >= RK_UINT && k <= RK_UINTPTR)) {
        uint64_t v = 0;
        scan_integer(sc, verb, kind_bits(k), k <= RK_INT64, &v);
        if (!sc->status && target)
            store_int(u, target, v);
    } else if (k == RK_FLOAT32 || k == RK_FLOAT64) {
        /* only float32 and float64 themselves check the verb (Go) */
        if (et->pkgpath == NULL &&
            !ok_verb(sc, verb, "beEfFgGv",
                     k == RK_FLOAT32 ? "float32" : "float64"))
            return true;
        double v = scan_float(sc, k == RK_FLOAT32 ? 32 : 64);
        if (sc->status || !target)
            return true;
        if (k == RK_FLOAT32) {
            float f = (float)v;
            memcpy(target, &f, 4);
        } else {
            memcpy(target, &v, 8);
        }
    } else if (k == RK_STRING ||
               (k == RK_SLICE && u->elem->kind == RK_UINT8)) {
        scan_string(sc, verb);
        if (sc->status || !target)
            return true;
        golem_string s = {NULL, 0};
        if (sc->tok.len)
            s = rt_string_from_bytes(sc->g, sc->tok.p, (int64_t)sc->tok.len);
        /* target is Go memory: store pointers with the write barrier */
        gc_write_pointer(sc->g, (void **)target, (void *)s.data);
        if (k == RK_STRING) {
            ((golem_string *)target)->len = s.len;
        } else {
            golem_slice *sl = target;
            sl->len = sl->cap = s.len;
        }
    } else {
        return false;
    }
    return true;
}

/* True when t has a method named Scan: the operand may be an fmt.Scanner,
   which scan.go must call. */
static bool has_scan_method(const rtype *t)
{
    for (uint32_t i = 0; i < t->nmethods; i++) {
        if (strcmp(t->methods[i].name, "Scan") == 0)
            return true;
    }
    return false;
}

/* Scans one operand (Go's scanOne for the types it knows). */
static void scan_operand(scanner *sc, const rtype *pt, void *target,
                         int32_t verb)
{
    if (!pt || pt->kind != RK_POINTER) {
        strbuf_puts(&sc->msg, "type not a pointer: ");
        strbuf_puts(&sc->msg, pt ? pt->string : "<nil>");
        fail(sc, ST_ERR, NULL);
        return;
    }
    const rtype *et = pt->elem;
    const rtype *u = et->underlying ? et->underlying : et;
    if (!scan_into(sc, et, u, target, verb)) {
        strbuf_puts(&sc->msg, "can't scan type: ");
        strbuf_puts(&sc->msg, pt->string);
        fail(sc, ST_ERR, NULL);
    } else if (!target && !sc->status) {
        sc->status = ST_NIL; /* Go scans, then dereferences nil */
    }
}

/* func scanValues(a []any, input string, verb rune, limit int, flags int)
       (n int, used int, runes int, status int, msg string)
   Scans a[0], a[1], ... until one fails or has a Scan method (status
   ST_SCANNER; FLAG_NO_SCANNER scans it anyway); n operands were stored. */
int fmt_scan_values_native(golem_g *g, slot *args)
{
    const golem_iface *ops = args[0].p;
    int64_t nops = args[1].i;
    int32_t verb = (int32_t)args[5].i;
    int64_t flags = args[7].i;
    scanner sc = {
        .g = g,
        .s = args[3].p,
        .n = args[4].i,
        .limit = args[6].i,
        .more = flags & FLAG_MORE,
        .at_eof = flags & FLAG_AT_EOF,
        .nl_is_space = flags & FLAG_NL_IS_SPACE,
        .nl_is_end = flags & FLAG_NL_IS_END,
    };
    strbuf_init(&sc.msg);
    strbuf_init(&sc.tok);
    if (flags & FLAG_SKIP_FIRST) {
        /* Scanf skips the blanks before an operand outside its width */
        int64_t width = sc.limit;
        sc.limit = INT64_MAX;
        skip_space(&sc);
        sc.limit = sc.runes + width;
    }
    int64_t done = 0;
    for (; done < nops && !sc.status; done++) {
        const rtype *pt = ops[done].tab;
        if (pt && !(flags & FLAG_NO_SCANNER) && has_scan_method(pt)) {
            sc.status = ST_SCANNER;
            break;
        }
        sc.tok.len = 0;
        scan_operand(&sc, pt, ops[done].data, verb);
        if (sc.status)
            break;
    }
    args[0].i = done;
    args[1].i = sc.pos;
    args[2].i = sc.runes;
    args[3].i = sc.status | (sc.at_eof ? ST_AT_EOF_BIT : 0) |
                more_class(&sc) << ST_CLASS_SHIFT;
    native_ret_bytes(g, args + 4, sc.msg.p, (int64_t)sc.msg.len);
    strbuf_free(&sc.msg);
    strbuf_free(&sc.tok);
    return 0;
}

/* ---- formats (Sscanf) ---- */

static int decode_at(const uint8_t *f, int64_t n, int64_t i, int32_t *r)
{
    if (i >= n) {
        *r = 0xFFFD; /* like utf8.DecodeRuneInString("") */
        return 0;
    }
    if (f[i] < 0x80) {
        *r = f[i];
        return 1;
    }
    return strconv_decode_rune(f + i, (size_t)(n - i), r);
}

/* Go's advance: matches the format's text before the next verb against
   the input. Returns the format bytes matched, -1 when a literal rune
   does not match. Spaces match zero or more spaces; a newline (with the
   spaces around it) matches one newline or the end of input. */
static int64_t advance(scanner *sc, const uint8_t *f, int64_t n)
{
    int64_t i = 0;
    while (i < n) {
        int32_t fc;
        int w = decode_at(f, n, i, &fc);
        if (scan_is_space(fc)) {
            int newlines = 0;
            bool trailing = false;
            while (scan_is_space(fc) && i < n) {
                if (fc == '\n') {
                    newlines++;
                    trailing = false;
                } else {
                    trailing = true;
                }
                i += w;
                w = decode_at(f, n, i, &fc);
            }
            for (int j = 0; j < newlines; j++) {
                int32_t r = get_rune(sc);
                while (scan_is_space(r) && r != '\n')
                    r = get_rune(sc);
                if (r != '\n' && r != SCAN_EOF) {
                    fail(sc, ST_ERR, "newline in format does not match input");
                    return i;
                }
            }
            if (trailing) {
                int32_t r = get_rune(sc);
                if (newlines == 0) {
                    if (!scan_is_space(r) && r != SCAN_EOF) {
                        fail(sc, ST_ERR,
                             "expected space in input to match format");
                        return i;
                    }
                    if (r == '\n') {
                        fail(sc, ST_ERR,
                             "newline in input does not match format");
                        return i;
                    }
                }
                while (scan_is_space(r) && r != '\n')
                    r = get_rune(sc);
                if (r != SCAN_EOF)
                    unread(sc);
            }
            if (sc->status)
                return i;
            continue;
        }
        if (fc == '%') {
            if (i + w == n) {
                fail(sc, ST_ERR, "missing verb: % at end of format string");
                return i;
            }
            int32_t next;
            decode_at(f, n, i + w, &next);
            if (next != '%')
                return i;
            i += w; /* %% matches one % */
        }
        int32_t r = must_read_rune(sc);
        if (sc->status)
            return i;
        if (r != fc) {
            unread(sc);
            return -1;
        }
        i += w;
    }
    return i;
}

/* Go's parsenum: a decimal width in f[*i, end); a width over 1e6 is
   none, and the verb is then f[end]. */
static bool parse_width(const uint8_t *f, int64_t *i, int64_t end,
                        int64_t *wid)
{
    *wid = 0;
    if (*i >= end) {
        *i = end;
        return false;
    }
    bool present = false;
    int64_t j = *i;
    for (; j < end && f[j] >= '0' && f[j] <= '9'; j++) {
        if (*wid > 1000000) {
            *wid = 0;
            *i = end;
            return false;
        }
        *wid = *wid * 10 + (f[j] - '0');
        present = true;
    }
    *i = j;
    return present;
}

/* Go's doScanf over the scanner; *fmt_pos is where a Scanner operand's
   verb starts (status ST_SCANNER). Returns the operands stored. */
static int64_t scan_format(scanner *sc, const uint8_t *f, int64_t n,
                           const golem_iface *ops, int64_t nops,
                           int64_t *fmt_pos)
{
    int64_t done = 0;
    int64_t end = n - 1;
    for (int64_t i = 0; i <= end && !sc->status;) {
        int64_t w = advance(sc, f + i, n - i);
        if (sc->status)
            break;
        if (w > 0) {
            i += w;
            continue;
        }
        if (f[i] != '%') {
            if (w < 0)
                fail(sc, ST_ERR, "input does not match format");
            break;
        }
        int64_t verb_at = i++;
        int64_t wid;
        bool wid_present = parse_width(f, &i, end, &wid);
        int32_t c;
        int64_t cw = decode_at(f, n, i, &c);
        i += cw;
        if (c == '%') {
            skip_space(sc);
            not_eof(sc);
            if (!accept(sc, "%"))
                fail(sc, ST_ERR, "missing literal %");
            continue;
        }
        if (done >= nops) {
            if (c != 'c')
                skip_space(sc);
            if (!sc->status) {
                strbuf_puts(&sc->msg, "too few operands for format '%");
                strbuf_put(&sc->msg, f + i - cw, (size_t)(n - (i - cw)));
                strbuf_putc(&sc->msg, '\'');
                fail(sc, ST_ERR, NULL);
            }
            break;
        }
        const rtype *pt = ops[done].tab;
        if (pt && has_scan_method(pt)) {
            *fmt_pos = verb_at;
            sc->status = ST_SCANNER;
            break;
        }
        if (c != 'c')
            skip_space(sc);
        sc->limit = wid_present ? sc->runes + wid : INT64_MAX;
        sc->tok.len = 0;
        scan_operand(sc, pt, ops[done].data, c);
        sc->limit = INT64_MAX;
        if (sc->status)
            break;
        done++;
    }
    if (!sc->status && done < nops)
        fail(sc, ST_ERR, "too many operands");
    return done;
}

/* func scanFormat(a []any, input string, format string, flags int)
       (n int, fmtPos int, used int, runes int, status int, msg string)
   Sscanf over a string: walks format, storing operands, until the end,
   an error, or an operand with a Scan method whose verb starts at
   format[fmtPos] (status ST_SCANNER). */
int fmt_scan_format_native(golem_g *g, slot *args)
{
    const golem_iface *ops = args[0].p;
    int64_t nops = args[1].i;
    const uint8_t *f = args[5].p;
    int64_t fn = args[6].i;
    int64_t flags = args[7].i;
    scanner sc = {
        .g = g,
        .s = args[3].p,
        .n = args[4].i,
        .limit = INT64_MAX,
        .at_eof = flags & FLAG_AT_EOF,
        .nl_is_space = flags & FLAG_NL_IS_SPACE,
        .nl_is_end = flags & FLAG_NL_IS_END,
    };
    strbuf_init(&sc.msg);
    strbuf_init(&sc.tok);
    int64_t fmt_pos = 0;
    int64_t done = scan_format(&sc, f, fn, ops, nops, &fmt_pos);
    args[0].i = done;
    args[1].i = fmt_pos;
    args[2].i = sc.pos;
    args[3].i = sc.runes;
    args[4].i = sc.status | (sc.at_eof ? ST_AT_EOF_BIT : 0);
    native_ret_bytes(g, args + 5, sc.msg.p, (int64_t)sc.msg.len);
    strbuf_free(&sc.msg);
    strbuf_free(&sc.tok);
    return 0;
}
