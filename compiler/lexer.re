/*
 * lexer.re - the Go scanner (re2c).
 *
 * Mechanism. lex_next() returns one token at a time from the file's
 * NUL-terminated source. The re2c automaton below dispatches on the first
 * bytes (keywords, identifiers, operators by longest match); literals and
 * comments, whose bodies need Go's precise diagnostics, are finished by small
 * hand-written scanners (scan_number, scan_string, scan_raw, scan_rune,
 * skip_block_comment) that follow the rules and the messages of gc's
 * syntax scanner. A NUL byte ends the input only at the end of the buffer;
 * elsewhere it is reported as "invalid NUL character" and skipped, so no
 * rule ever reads past the terminator.
 *
 * Identifiers are ASCII letters, digits and '_' plus any byte >= 0x80: every
 * non-ASCII UTF-8 sequence is taken as identifier characters (Go accepts
 * only Unicode letters and digits; nothing valid is rejected this way).
 *
 * Semicolons. Go's rule: a newline (or the end of input, or a block comment
 * spanning lines) after an identifier, a literal, one of the keywords break
 * continue fallthrough return, or one of ++ -- ) ] } becomes a semicolon.
 * insert_semi remembers whether the last token was such a token; the
 * inserted token carries TF_NEWLINE (or TF_EOF) so that errors can say
 * "unexpected newline" like Go.
 *
 * Body braces (see parser.y). `header` is 1 after if/for/switch/select and
 * until the first `{` at parenthesis/bracket depth 0, which is returned as
 * TK_LBODY instead of TK_LBRACE. ( and [ save `header` on hstack and clear
 * it; ) and ] restore it. Every { records on bstack whether it was a body
 * brace. A `{` right after a `}` that closed a TK_LBODY brace is again a
 * TK_LBODY (`range []int{1} {`: the literal's brace was taken for a body;
 * what follows it is the real body). For any other token X following such
 * a `}`, the grammar tells us whether the braces were a composite literal
 * or function literal (it calls lex_fix_lbrace() while reducing the
 * literal, which lemon does when X is fed, before the next token is
 * scanned); then the header state is re-armed.
 *
 * Positions: line and column (bytes, 1-based) of the token's first byte.
 *
 * `//extern LIB SYM` comment lines are remembered; the next `func` token on
 * the following line carries LIB and SYM (interned) to its N_FUNCDECL.
 */
#include <stdlib.h>
#include <string.h>

#include "parse_internal.h"
#include "parser.h"

#define LEX_MAX_ERRORS 10

void lex_init(lexer *lx, compilation *c, int file)
{
    memset(lx, 0, sizeof *lx);
    lx->c = c;
    lx->file = file;
    lx->src = (const unsigned char *)c->files[file].text;
    lx->cur = lx->src;
    lx->end = lx->src + c->files[file].len;
    lx->line_start = lx->src;
    lx->line = 1;
    lx->extern_line = -10;
    /* a byte order mark at the start is ignored, as Go does */
    if (lx->end - lx->cur >= 3 && lx->cur[0] == 0xEF && lx->cur[1] == 0xBB &&
        lx->cur[2] == 0xBF)
        lx->cur += 3;
}

void lex_resume_at(lexer *lx, const tok *t)
{
    lx->cur = (const unsigned char *)t->s;
    lx->line = t->pos.line;
    lx->line_start = lx->cur - (t->pos.col - 1);
    lx->insert_semi = false;
    lx->header = 0;
    lx->hdepth = lx->bdepth = 0;
    lx->lbody_closed = lx->restore_ok = false;
}

/* An error that only more input could fix (unterminated raw string or
   comment): the REPL asks for another line when it comes first. */
static void lex_eof_error(lexer *lx)
{
    if (!lx->quiet && lx->c->ndiags == 0)
        lx->c->eof_error = true;
}

void lex_free(lexer *lx)
{
    free(lx->hstack);
    free(lx->bstack);
    lx->hstack = lx->bstack = NULL;
}

static src_pos lex_pos(const lexer *lx, const unsigned char *p)
{
    src_pos pos = {lx->file, lx->line, (int32_t)(p - lx->line_start) + 1};
    return pos;
}

static void lex_error(lexer *lx, const unsigned char *at, const char *fmt,
                      ...) __attribute__((format(printf, 3, 4)));

static void lex_error(lexer *lx, const unsigned char *at, const char *fmt, ...)
{
    if (lx->quiet || lx->nerrors++ >= LEX_MAX_ERRORS)
        return;
    char buf[256];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    diag_error(lx->c, lex_pos(lx, at), "%s", buf);
}

static bool push_int(int **stack, int *depth, int *cap, int v)
{
    if (*depth == *cap) {
        int ncap = *cap ? *cap * 2 : 32;
        int *s = realloc(*stack, (size_t)ncap * sizeof *s);
        if (!s)
            return false;
        *stack = s;
        *cap = ncap;
    }
    (*stack)[(*depth)++] = v;
    return true;
}

/* ---- UTF-8 ---- */

/* Decodes one UTF-8 sequence at p (never past end); returns its length and
   stores the rune in *r (0xFFFD and length 1 for an invalid byte). */
static int utf8_decode(const unsigned char *p, const unsigned char *end,
                       uint32_t *r)
{
    unsigned c = p[0];
    int n;
    uint32_t v, min;
    if (c < 0x80) {
        *r = c;
        return 1;
    } else if ((c & 0xE0) == 0xC0) {
        n = 2, v = c & 0x1F, min = 0x80;
    } else if ((c & 0xF0) == 0xE0) {
        n = 3, v = c & 0x0F, min = 0x800;
    } else if ((c & 0xF8) == 0xF0) {
        n = 4, v = c & 0x07, min = 0x10000;
    } else {
        *r = 0xFFFD;
        return 1;
    }
    if (end - p < n) {
        *r = 0xFFFD;
        return 1;
    }
    for (int i = 1; i < n; i++) {
        if ((p[i] & 0xC0) != 0x80) {
            *r = 0xFFFD;
            return 1;
        }
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (v < min || v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) {
        *r = 0xFFFD;
        return 1;
    }
    *r = v;
    return n;
}

/* Writes a rune as Go's %q would show it inside '...'. */
static void quote_rune(char *buf, size_t n, uint32_t r)
{
    if (r == '\n')
        snprintf(buf, n, "'\\n'");
    else if (r == '\t')
        snprintf(buf, n, "'\\t'");
    else if (r == '\'')
        snprintf(buf, n, "'\\''");
    else if (r == '\\')
        snprintf(buf, n, "'\\\\'");
    else if (r < 0x20 || r == 0x7F)
        snprintf(buf, n, "'\\x%02x'", r);
    else if (r < 0x80)
        snprintf(buf, n, "'%c'", (char)r);
    else {
        char u[5] = {0};
        if (r < 0x800) {
            u[0] = (char)(0xC0 | (r >> 6)), u[1] = (char)(0x80 | (r & 0x3F));
        } else if (r < 0x10000) {
            u[0] = (char)(0xE0 | (r >> 12));
            u[1] = (char)(0x80 | ((r >> 6) & 0x3F));
            u[2] = (char)(0x80 | (r & 0x3F));
        } else {
            u[0] = (char)(0xF0 | (r >> 18));
            u[1] = (char)(0x80 | ((r >> 12) & 0x3F));
            u[2] = (char)(0x80 | ((r >> 6) & 0x3F));
            u[3] = (char)(0x80 | (r & 0x3F));
        }
        snprintf(buf, n, "'%s'", u);
    }
}

/* ---- literals ---- */

static const char *base_name(int base)
{
    switch (base) {
    case 2: return "binary";
    case 8: return "octal";
    case 16: return "hexadecimal";
    }
    return "decimal";
}

static bool is_dec(int c) { return c >= '0' && c <= '9'; }
static bool is_hex(int c)
{
    return is_dec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
static int lower(int c) { return c | 0x20; }

/* Digits of `base` and '_' from *pp; returns bit 0: a digit was seen, bit
   1: a '_' was seen; *invalid = first digit too large for base. */
static int scan_digits(const unsigned char **pp, int base,
                       const unsigned char **invalid)
{
    const unsigned char *p = *pp;
    int digsep = 0;
    if (base <= 10) {
        for (; is_dec(*p) || *p == '_'; p++) {
            if (*p == '_') {
                digsep |= 2;
                continue;
            }
            if (*p >= '0' + base && invalid && !*invalid)
                *invalid = p;
            digsep |= 1;
        }
    } else {
        for (; is_hex(*p) || *p == '_'; p++)
            digsep |= *p == '_' ? 2 : 1;
    }
    *pp = p;
    return digsep;
}

/* Index of the first misplaced '_' in literal s[0:n], or -1 (Go's rule:
   '_' must separate successive digits; a base prefix counts as a digit). */
static int invalid_sep(const unsigned char *s, int n)
{
    int x1 = ' ', d = '.', i = 0;
    if (n >= 2 && s[0] == '0') {
        x1 = lower(s[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < n; i++) {
        int prev = d;
        d = s[i];
        if (d == '_') {
            if (prev != '0')
                return i;
        } else if (is_dec(d) || (x1 == 'x' && is_hex(d))) {
            d = '0';
        } else {
            if (prev == '_')
                return i - 1;
            d = '.';
        }
    }
    return d == '_' ? n - 1 : -1;
}

/* Scans a number starting at start (a digit, or '.' followed by a digit).
   Returns TK_INT, TK_FLOAT or TK_IMAG; sets lx->cur past it. */
static int scan_number(lexer *lx, const unsigned char *start)
{
    const unsigned char *p = start, *invalid = NULL;
    int kind = TK_INT, base = 10, prefix = 0, digsep = 0;
    bool ok = true, seen_point = false;
    if (*p == '.') {
        seen_point = true;
        p++;
    } else {
        if (*p == '0') {
            p++;
            switch (lower(*p)) {
            case 'x': p++, base = 16, prefix = 'x'; break;
            case 'o': p++, base = 8, prefix = 'o'; break;
            case 'b': p++, base = 2, prefix = 'b'; break;
            default: base = 8, prefix = '0', digsep = 1; break;
            }
        }
        digsep |= scan_digits(&p, base, &invalid);
        if (*p == '.') {
            if (prefix == 'o' || prefix == 'b') {
                lex_error(lx, p, "invalid radix point in %s literal",
                          base_name(base));
                ok = false;
            }
            p++;
            seen_point = true;
        }
    }
    if (seen_point) {
        kind = TK_FLOAT;
        digsep |= scan_digits(&p, base, &invalid);
    }
    if (!(digsep & 1) && ok) {
        lex_error(lx, p, "%s literal has no digits", base_name(base));
        ok = false;
    }
    int e = lower(*p);
    if (e == 'e' || e == 'p') {
        if (ok) {
            if (e == 'e' && prefix != 0 && prefix != '0') {
                lex_error(lx, p, "'%c' exponent requires decimal mantissa", *p);
                ok = false;
            } else if (e == 'p' && prefix != 'x') {
                lex_error(lx, p, "'%c' exponent requires hexadecimal mantissa",
                          *p);
                ok = false;
            }
        }
        p++;
        kind = TK_FLOAT;
        if (*p == '+' || *p == '-')
            p++;
        digsep = scan_digits(&p, 10, NULL) | (digsep & 2);
        if (!(digsep & 1) && ok) {
            lex_error(lx, p, "exponent has no digits");
            ok = false;
        }
    } else if (prefix == 'x' && kind == TK_FLOAT && ok) {
        lex_error(lx, p, "hexadecimal mantissa requires a 'p' exponent");
        ok = false;
    }
    if (*p == 'i') {
        kind = TK_IMAG;
        p++;
    }
    if (kind == TK_INT && invalid && ok) {
        lex_error(lx, invalid, "invalid digit '%c' in %s literal", *invalid,
                  base_name(base));
        ok = false;
    }
    if ((digsep & 2) && ok) {
        int i = invalid_sep(start, (int)(p - start));
        if (i >= 0)
            lex_error(lx, start + i, "'_' must separate successive digits");
    }
    lx->cur = p;
    return kind;
}

/* An escape after '\' at *pp (Go's rules); false after reporting. */
static bool scan_escape(lexer *lx, const unsigned char **pp, int quote)
{
    const unsigned char *p = *pp;
    int n;
    uint32_t base, max;
    switch (*p) {
    case 'a': case 'b': case 'f': case 'n': case 'r': case 't': case 'v':
    case '\\':
        *pp = p + 1;
        return true;
    case '0': case '1': case '2': case '3': case '4': case '5': case '6':
    case '7':
        n = 3, base = 8, max = 255;
        break;
    case 'x': p++, n = 2, base = 16, max = 255; break;
    case 'u': p++, n = 4, base = 16, max = 0x10FFFF; break;
    case 'U': p++, n = 8, base = 16, max = 0x10FFFF; break;
    default:
        if (*p == quote) {
            *pp = p + 1;
            return true;
        }
        if (p >= lx->end)
            return true; /* the caller complains about the end */
        lex_error(lx, p, "unknown escape");
        *pp = p;
        return false;
    }
    uint32_t x = 0;
    for (int i = n; i > 0; i--) {
        if (p >= lx->end) {
            *pp = p;
            return true;
        }
        uint32_t d = base;
        if (is_dec(*p))
            d = *p - '0';
        else if (lower(*p) >= 'a' && lower(*p) <= 'f')
            d = lower(*p) - 'a' + 10;
        if (d >= base) {
            uint32_t r;
            utf8_decode(p, lx->end, &r);
            char q[16];
            quote_rune(q, sizeof q, r);
            lex_error(lx, p, "invalid character %s in %s escape", q,
                      base_name((int)base));
            *pp = p;
            return false;
        }
        x = x * base + d;
        p++;
    }
    *pp = p;
    if (x > max && base == 8) {
        lex_error(lx, p, "octal escape value %u > 255", x);
        return false;
    }
    if (x > max || (x >= 0xD800 && x < 0xE000)) {
        lex_error(lx, p, "escape is invalid Unicode code point U+%04X", x);
        return false;
    }
    return true;
}

/* "..." starting at start (the quote). */
static void scan_string(lexer *lx, const unsigned char *start)
{
    const unsigned char *p = start + 1;
    for (;;) {
        if (*p == '"') {
            p++;
            break;
        }
        if (*p == '\\') {
            p++;
            scan_escape(lx, &p, '"');
            continue;
        }
        if (*p == '\n') {
            lex_error(lx, p, "newline in string");
            break;
        }
        if (p >= lx->end) {
            lex_error(lx, start, "string not terminated");
            break;
        }
        if (*p == 0)
            lex_error(lx, p, "invalid NUL character");
        p++;
    }
    lx->cur = p;
}

/* `...` starting at start; counts the lines it spans. */
static void scan_raw(lexer *lx, const unsigned char *start)
{
    const unsigned char *p = start + 1;
    int line = lx->line;
    const unsigned char *ls = lx->line_start;
    for (;;) {
        if (p >= lx->end) {
            lex_eof_error(lx);
            lex_error(lx, start, "string not terminated");
            break;
        }
        if (*p == '`') {
            p++;
            break;
        }
        if (*p == '\n') {
            line++;
            ls = p + 1;
        }
        p++;
    }
    lx->line = line;
    lx->line_start = ls;
    lx->cur = p;
}

/* '.' starting at start. */
static void scan_rune(lexer *lx, const unsigned char *start)
{
    const unsigned char *p = start + 1;
    bool ok = true;
    for (int n = 0;; n++) {
        if (*p == '\'') {
            if (ok) {
                if (n == 0) {
                    lex_error(lx, p, "empty rune literal or unescaped '");
                } else if (n != 1) {
                    lex_error(lx, start, "more than one character in rune literal");
                }
            }
            p++;
            break;
        }
        if (*p == '\\') {
            p++;
            if (!scan_escape(lx, &p, '\''))
                ok = false;
            continue;
        }
        if (*p == '\n') {
            if (ok)
                lex_error(lx, p, "newline in rune literal");
            break;
        }
        if (p >= lx->end) {
            if (ok)
                lex_error(lx, start, "rune literal not terminated");
            break;
        }
        uint32_t r;
        p += utf8_decode(p, lx->end, &r);
    }
    lx->cur = p;
}

/* After the opening slash-star; leaves cur after the comment. Returns true
   when it spanned a newline. */
static bool skip_block_comment(lexer *lx, const unsigned char *start)
{
    const unsigned char *p = start + 2;
    bool newline = false;
    int line = lx->line;
    const unsigned char *ls = lx->line_start;
    for (;;) {
        if (p >= lx->end) {
            int nl = lx->line;
            const unsigned char *nls = lx->line_start;
            lx->line = line, lx->line_start = ls;
            lex_eof_error(lx);
            lex_error(lx, start, "comment not terminated");
            lx->line = nl, lx->line_start = nls;
            break;
        }
        if (p[0] == '*' && p[1] == '/') {
            p += 2;
            break;
        }
        if (*p == '\n') {
            newline = true;
            lx->line++;
            lx->line_start = p + 1;
        }
        p++;
    }
    lx->cur = p;
    return newline;
}

/* A line comment from start to the newline (exclusive); notes //extern. */
static void skip_line_comment(lexer *lx, const unsigned char *start)
{
    const unsigned char *p = start + 2;
    while (p < lx->end && *p != '\n')
        p++;
    lx->cur = p;
    static const char kw[] = "//extern ";
    size_t n = (size_t)(p - start);
    if (n <= sizeof kw - 1 || memcmp(start, kw, sizeof kw - 1) != 0)
        return;
    /* //extern LIB SYM */
    const unsigned char *q = start + sizeof kw - 1, *w[2][2];
    int nw = 0;
    while (q < p && nw < 2) {
        while (q < p && (*q == ' ' || *q == '\t' || *q == '\r'))
            q++;
        if (q >= p)
            break;
        w[nw][0] = q;
        while (q < p && *q != ' ' && *q != '\t' && *q != '\r')
            q++;
        w[nw][1] = q;
        nw++;
    }
    if (nw != 2)
        return;
    ast_arena *ar = lx->c->arena;
    lx->extern_lib = ast_intern(ar, (const char *)w[0][0],
                                (size_t)(w[0][1] - w[0][0]));
    lx->extern_sym = ast_intern(ar, (const char *)w[1][0],
                                (size_t)(w[1][1] - w[1][0]));
    lx->extern_line = lx->line;
}

/* ---- body-brace bookkeeping ---- */

/* Called by the grammar: a literal/type whose brace was TK_LBODY was
   reduced; its `}` was the last token but one, so the statement header
   continues. */
void lex_fix_lbrace(lexer *lx, int brace_code)
{
    if (brace_code == TK_LBODY && lx->restore_ok)
        lx->header = 1;
    lx->restore_ok = false;
}

/* Applies the token's effect on header/brace state; may turn { into
   TK_LBODY. */
static int track_nesting(lexer *lx, int code)
{
    bool after_lbody = lx->lbody_closed;
    lx->lbody_closed = false;
    switch (code) {
    case TK_IF: case TK_FOR: case TK_SWITCH: case TK_SELECT:
        lx->header = 1;
        break;
    case TK_LPAREN: case TK_LBRACK:
        push_int(&lx->hstack, &lx->hdepth, &lx->hcap,
                 after_lbody ? 1 : lx->header);
        lx->header = 0;
        break;
    case TK_RPAREN: case TK_RBRACK:
        if (lx->hdepth > 0)
            lx->header = lx->hstack[--lx->hdepth];
        break;
    case TK_LBRACE:
        if (lx->header == 1 || after_lbody) {
            code = TK_LBODY;
            lx->header = 0;
        }
        push_int(&lx->bstack, &lx->bdepth, &lx->bcap, code == TK_LBODY);
        break;
    case TK_RBRACE:
        if (lx->bdepth > 0 && lx->bstack[--lx->bdepth])
            lx->lbody_closed = true;
        break;
    default:
        break;
    }
    if (after_lbody && code != TK_LBODY && code != TK_LPAREN &&
        code != TK_LBRACK)
        lx->restore_ok = true;
    return code;
}

static bool ends_statement(int code)
{
    switch (code) {
    case TK_IDENT: case TK_INT: case TK_FLOAT: case TK_IMAG: case TK_CHAR:
    case TK_STRING: case TK_BREAK: case TK_CONTINUE: case TK_FALLTHROUGH:
    case TK_RETURN: case TK_INC: case TK_DEC: case TK_RPAREN:
    case TK_RBRACK: case TK_RBRACE:
        return true;
    }
    return false;
}

/* Fills t for a token [start, lx->cur). */
static int emit(lexer *lx, tok *t, int code, const unsigned char *start)
{
    t->s = (const char *)start;
    t->len = (int)(lx->cur - start);
    t->flags = 0;
    t->pos = lex_pos(lx, start);
    t->ext_lib = t->ext_sym = NULL;
    if (code == TK_FUNC && lx->extern_line == t->pos.line - 1) {
        t->ext_lib = lx->extern_lib;
        t->ext_sym = lx->extern_sym;
    }
    lx->insert_semi = ends_statement(code);
    code = track_nesting(lx, code);
    t->code = code;
    return code;
}

/* An automatically inserted semicolon at p. */
static int emit_semi(lexer *lx, tok *t, const unsigned char *p, int flags)
{
    t->s = flags & TF_EOF ? "EOF" : "newline";
    t->len = (int)strlen(t->s);
    t->flags = flags;
    t->pos = lex_pos(lx, p);
    t->ext_lib = t->ext_sym = NULL;
    lx->insert_semi = false;
    lx->restore_ok = false;
    lx->lbody_closed = false;
    t->code = TK_SEMICOLON;
    return TK_SEMICOLON;
}

/*!re2c
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYCURSOR = lx->cur;
    re2c:define:YYMARKER = marker;
    re2c:yyfill:enable = 0;
    re2c:indent:top = 1;
*/

int lex_next(lexer *lx, tok *t)
{
    lx->restore_ok = false;
    for (;;) {
        const unsigned char *start = lx->cur, *marker = lx->cur;
        (void)marker;
        /*!re2c
        "\x00" {
            if (start >= lx->end) {
                lx->cur = start;
                if (lx->insert_semi)
                    return emit_semi(lx, t, start, TF_EOF);
                t->s = "EOF";
                t->len = 3;
                t->flags = TF_EOF;
                t->pos = lex_pos(lx, start);
                t->code = 0;
                t->ext_lib = t->ext_sym = NULL;
                return 0;
            }
            lex_error(lx, start, "invalid NUL character");
            continue;
        }
        [ \t\r]+ { continue; }
        "\n" {
            if (lx->insert_semi) {
                int code = emit_semi(lx, t, start, TF_NEWLINE);
                lx->line++;
                lx->line_start = lx->cur;
                return code;
            }
            lx->line++;
            lx->line_start = lx->cur;
            continue;
        }
        "//" { skip_line_comment(lx, start); continue; }
        "/*" {
            src_pos at = lex_pos(lx, start);
            if (skip_block_comment(lx, start) && lx->insert_semi) {
                emit_semi(lx, t, start, TF_NEWLINE);
                t->pos = at;
                return TK_SEMICOLON;
            }
            continue;
        }

        "break"       { return emit(lx, t, TK_BREAK, start); }
        "case"        { return emit(lx, t, TK_CASE, start); }
        "chan"        { return emit(lx, t, TK_CHAN, start); }
        "const"       { return emit(lx, t, TK_CONST, start); }
        "continue"    { return emit(lx, t, TK_CONTINUE, start); }
        "default"     { return emit(lx, t, TK_DEFAULT, start); }
        "defer"       { return emit(lx, t, TK_DEFER, start); }
        "else"        { return emit(lx, t, TK_ELSE, start); }
        "fallthrough" { return emit(lx, t, TK_FALLTHROUGH, start); }
        "for"         { return emit(lx, t, TK_FOR, start); }
        "func"        { return emit(lx, t, TK_FUNC, start); }
        "go"          { return emit(lx, t, TK_GO, start); }
        "goto"        { return emit(lx, t, TK_GOTO, start); }
        "if"          { return emit(lx, t, TK_IF, start); }
        "import"      { return emit(lx, t, TK_IMPORT, start); }
        "interface"   { return emit(lx, t, TK_INTERFACE, start); }
        "map"         { return emit(lx, t, TK_MAP, start); }
        "package"     { return emit(lx, t, TK_PACKAGE, start); }
        "range"       { return emit(lx, t, TK_RANGE, start); }
        "return"      { return emit(lx, t, TK_RETURN, start); }
        "select"      { return emit(lx, t, TK_SELECT, start); }
        "struct"      { return emit(lx, t, TK_STRUCT, start); }
        "switch"      { return emit(lx, t, TK_SWITCH, start); }
        "type"        { return emit(lx, t, TK_TYPE, start); }
        "var"         { return emit(lx, t, TK_VAR, start); }

        [a-zA-Z_\x80-\xff] [a-zA-Z_0-9\x80-\xff]* {
            return emit(lx, t, TK_IDENT, start);
        }

        [0-9] | "." [0-9] {
            int code = scan_number(lx, start);
            return emit(lx, t, code, start);
        }
        ["] { scan_string(lx, start); return emit(lx, t, TK_STRING, start); }
        [`] {
            /* the token starts on the line where the literal begins */
            int line = lx->line;
            const unsigned char *ls = lx->line_start;
            scan_raw(lx, start);
            int nl = lx->line;
            const unsigned char *nls = lx->line_start;
            lx->line = line;
            lx->line_start = ls;
            int code = emit(lx, t, TK_STRING, start);
            lx->line = nl;
            lx->line_start = nls;
            return code;
        }
        ['] { scan_rune(lx, start); return emit(lx, t, TK_CHAR, start); }

        "+"   { return emit(lx, t, TK_ADD, start); }
        "-"   { return emit(lx, t, TK_SUB, start); }
        "*"   { return emit(lx, t, TK_MUL, start); }
        "/"   { return emit(lx, t, TK_QUO, start); }
        "%"   { return emit(lx, t, TK_REM, start); }
        "&"   { return emit(lx, t, TK_AND, start); }
        "|"   { return emit(lx, t, TK_OR, start); }
        "^"   { return emit(lx, t, TK_XOR, start); }
        "<<"  { return emit(lx, t, TK_SHL, start); }
        ">>"  { return emit(lx, t, TK_SHR, start); }
        "&^"  { return emit(lx, t, TK_AND_NOT, start); }
        "+="  { return emit(lx, t, TK_ADD_ASSIGN, start); }
        "-="  { return emit(lx, t, TK_SUB_ASSIGN, start); }
        "*="  { return emit(lx, t, TK_MUL_ASSIGN, start); }
        "/="  { return emit(lx, t, TK_QUO_ASSIGN, start); }
        "%="  { return emit(lx, t, TK_REM_ASSIGN, start); }
        "&="  { return emit(lx, t, TK_AND_ASSIGN, start); }
        "|="  { return emit(lx, t, TK_OR_ASSIGN, start); }
        "^="  { return emit(lx, t, TK_XOR_ASSIGN, start); }
        "<<=" { return emit(lx, t, TK_SHL_ASSIGN, start); }
        ">>=" { return emit(lx, t, TK_SHR_ASSIGN, start); }
        "&^=" { return emit(lx, t, TK_AND_NOT_ASSIGN, start); }
        "&&"  { return emit(lx, t, TK_LAND, start); }
        "||"  { return emit(lx, t, TK_LOR, start); }
        "<-"  { return emit(lx, t, TK_ARROW, start); }
        "++"  { return emit(lx, t, TK_INC, start); }
        "--"  { return emit(lx, t, TK_DEC, start); }
        "=="  { return emit(lx, t, TK_EQL, start); }
        "<"   { return emit(lx, t, TK_LSS, start); }
        ">"   { return emit(lx, t, TK_GTR, start); }
        "="   { return emit(lx, t, TK_ASSIGN, start); }
        "!"   { return emit(lx, t, TK_NOT, start); }
        "!="  { return emit(lx, t, TK_NEQ, start); }
        "<="  { return emit(lx, t, TK_LEQ, start); }
        ">="  { return emit(lx, t, TK_GEQ, start); }
        ":="  { return emit(lx, t, TK_DEFINE, start); }
        "..." { return emit(lx, t, TK_ELLIPSIS, start); }
        "("   { return emit(lx, t, TK_LPAREN, start); }
        "["   { return emit(lx, t, TK_LBRACK, start); }
        "{"   { return emit(lx, t, TK_LBRACE, start); }
        ","   { return emit(lx, t, TK_COMMA, start); }
        "."   { return emit(lx, t, TK_PERIOD, start); }
        ")"   { return emit(lx, t, TK_RPAREN, start); }
        "]"   { return emit(lx, t, TK_RBRACK, start); }
        "}"   { return emit(lx, t, TK_RBRACE, start); }
        ";"   { return emit(lx, t, TK_SEMICOLON, start); }
        ":"   { return emit(lx, t, TK_COLON, start); }
        "~"   { return emit(lx, t, TK_TILDE, start); }

        * {
            char q[16];
            quote_rune(q, sizeof q, *start);
            lex_error(lx, start, "invalid character U+%04X %s", *start, q);
            continue;
        }
        */
    }
}
