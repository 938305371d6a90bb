/*
 * parse_internal.h - what the front end's three parts share: lexer.re (the
 * scanner), parser.y (the lemon grammar) and parse.c (the driver and the
 * helpers the grammar actions call). Nothing outside the front end includes
 * this header; the rest of golem sees only parse_file() in compile.h.
 *
 * A token is a value (struct tok) carrying its text (a pointer into the
 * file's NUL-terminated source, never copied), its position, and for
 * semicolons whether it was inserted at a newline or at the end of input
 * (for Go's "unexpected newline" / "unexpected EOF" wording).
 */
#ifndef GOLEM_PARSE_INTERNAL_H
#define GOLEM_PARSE_INTERNAL_H

#include "ast.h"
#include "compile.h"

#include <stdlib.h>

enum {
    TF_NEWLINE = 1, /* TK_SEMICOLON inserted at a newline */
    TF_EOF = 2,     /* TK_SEMICOLON inserted at / token is end of input */
};

typedef struct tok {
    const char *s; /* source text of the token (not NUL-terminated) */
    int len;
    int code;      /* TK_* or 0 at end of input */
    int flags;     /* TF_* */
    int idx;       /* index of the token in its parse segment (parse.c) */
    src_pos pos;
    /* TK_FUNC right after a `//extern LIB SYM` line: interned names */
    const char *ext_lib, *ext_sym;
} tok;

/* The scanner state (lexer.re). */
typedef struct lexer {
    compilation *c;
    int file;
    const unsigned char *src, *cur, *end, *line_start;
    int line;
    bool insert_semi;     /* Go's rule: the last token may end a statement */
    bool after_newline_semi; /* internal: a pending auto semicolon */
    /* Body-brace state (see lexer.re): header is 1 after if/for/switch/
       select until the statement's body `{`; saved across ( ) [ ]. */
    int header;
    int *hstack;          /* saved header values, one per open ( or [ */
    int hdepth, hcap;
    int *bstack;          /* per open {: 1 when it was emitted as TK_LBODY */
    int bdepth, bcap;
    bool lbody_closed;    /* previous token was a } closing a TK_LBODY brace */
    bool restore_ok;      /* parser may restore header mode (fixlbrace) */
    /* pending //extern comment */
    int extern_line;
    const char *extern_lib, *extern_sym;
    int nerrors;
    bool quiet;           /* replaying tokens: report nothing */
} lexer;

void lex_init(lexer *lx, compilation *c, int file);
void lex_free(lexer *lx);
int lex_next(lexer *lx, tok *t);
/* Restarts scanning at token t (from this lexer), in a fresh nesting state
   (used to resume parsing at a top-level declaration after an error). */
void lex_resume_at(lexer *lx, const tok *t);
/* Called by the grammar when a composite literal, function literal, struct
   or interface type whose opening brace was TK_LBODY has been reduced. */
void lex_fix_lbrace(lexer *lx, int brace_code);

/* Parser context: the %extra_argument of the lemon parser. */
typedef struct parse_ctx {
    compilation *c;
    ast_arena *ar;
    int file;
    lexer *lx;
    ast_node *root;       /* N_FILE */
    tok cur;              /* token being fed (for error messages) */
    bool failed;          /* a syntax error was reported: stop */
    bool syntax_error;    /* lemon found no action for cur */
    long err_idx;         /* >= 0: the syntax error is at this earlier
                             token of the segment rather than at cur */
    bool quiet;           /* replaying tokens: report nothing */
    /* Errors reported by grammar actions wait here until the token being
       fed is known to be valid: lemon's default reductions run actions
       even on a token that then turns out to be a syntax error, which
       must be the error reported. */
    bool defer_errors;
    int npending;
    struct { src_pos pos; char *msg; } pending[4];
    ast_node *last_top;   /* the last top-level declaration reduced */
    /* parse_file_skim: function bodies skipped so far, in source order
       (their `{` tokens), and the skimming state machine (parse.c) */
    bool skim;
    int skim_state;       /* 1: in a top-level func's signature */
    int prev_code;        /* the token fed before cur */
    tok *skipped;
    int nskipped, capskipped;
} parse_ctx;

/* Statements of a case clause; open: the last one was not followed by a
   semicolon (so another clause may not follow). */
typedef struct stmts {
    ast_list list;
    bool open;
} stmts;

typedef struct clause {
    ast_node *n;
    bool open;
} clause;

/* Call arguments while parsing. */
typedef struct call_args {
    ast_list args;
    bool ellipsis;
} call_args;

/* Helpers called from grammar actions (parse.c). */
ast_node *ps_node(parse_ctx *p, ast_kind k, src_pos pos);
ast_node *ps_ident(parse_ctx *p, tok t);
/* Position of an expression's first token (a binary node's pos is its
   operator). */
src_pos ps_start(const ast_node *n);
ast_node *ps_lit(parse_ctx *p, tok t, int litkind);
ast_node *ps_binary(parse_ctx *p, tok op, ast_node *a, ast_node *b);
ast_node *ps_unary(parse_ctx *p, tok op, ast_node *a);
void ps_push(parse_ctx *p, ast_list *l, ast_node *n);
ast_list ps_list1(parse_ctx *p, ast_node *n);
const char *ps_text(parse_ctx *p, tok t);
ast_node *ps_selector(parse_ctx *p, ast_node *x, tok sel);
ast_node *ps_index(parse_ctx *p, ast_node *x, tok lbrack, ast_list idx,
                   tok rbrack);
ast_node *ps_slice(parse_ctx *p, ast_node *x, tok lbrack, ast_node *lo,
                   ast_node *hi, ast_node *max, bool three, tok rbrack);
ast_node *ps_call(parse_ctx *p, ast_node *fn, tok lparen, call_args args,
                  tok rparen);
ast_node *ps_complit(parse_ctx *p, ast_node *type, tok lbrace, ast_list elems,
                     tok rbrace);
/* `T {` of a composite literal: an N_COMPOSITE without elements yet. */
ast_node *ps_complit_head(parse_ctx *p, ast_node *type, tok lbrace);
ast_node *ps_arraytype(parse_ctx *p, tok lbrack, ast_node *len,
                       ast_node *elem);
ast_node *ps_arraylen(parse_ctx *p, ast_list lens);
ast_node *ps_ellipsis(parse_ctx *p, tok dots, ast_node *elem);
/* A raw parameter entry: N_FIELD with at most one name. */
ast_node *ps_rawparam(parse_ctx *p, ast_node *name, ast_node *type);
/* Turns raw parameter entries into Go's grouped N_FIELDs. */
ast_list ps_params(parse_ctx *p, ast_list raw, src_pos at);
/* The first type parameter of a type declaration, read as an expression
   (`P` or `P *C`), as a raw entry. */
ast_node *ps_tparam_expr(parse_ctx *p, ast_node *e);
/* Type parameters: raw entries -> N_FIELDLIST. */
ast_node *ps_tparams(parse_ctx *p, ast_list raw, src_pos at);
ast_node *ps_field(parse_ctx *p, ast_node *type);
ast_node *ps_fieldn(parse_ctx *p, ast_list names, ast_node *type,
                    ast_node *tag);
ast_node *ps_receiver(parse_ctx *p, ast_list raw, src_pos at);
ast_node *ps_funcdecl(parse_ctx *p, tok kw, ast_node *recv, tok name,
                      ast_node *tparams, ast_node *sig, ast_node *body);
/* A select case's receive must be `<-ch` (Go's message otherwise). */
void ps_check_recv(parse_ctx *p, ast_node *stmt, ast_node *rhs);
ast_node *ps_branch(parse_ctx *p, tok kw, const tok *label);
ast_node *ps_assign(parse_ctx *p, tok op, ast_list lhs, ast_list rhs);
ast_node *ps_header(parse_ctx *p, ast_node *init, ast_node *cond,
                    const tok *semi);
/* Reports a missing if condition (the header was just reduced). */
void ps_if_cond(parse_ctx *p, ast_node *hdr);
ast_node *ps_if(parse_ctx *p, tok kw, ast_node *hdr, ast_node *then,
                ast_node *els);
ast_node *ps_for(parse_ctx *p, tok kw, ast_node *hdr, ast_node *body);
ast_node *ps_range(parse_ctx *p, ast_list lhs, tok op, tok range,
                   ast_node *x);
ast_node *ps_switch(parse_ctx *p, tok kw, ast_node *hdr, ast_list clauses);
/* Appends clause c to the clause list l, reporting Go's "unexpected case
   at end of statement" when the previous clause's last statement was not
   terminated. */
void ps_add_clause(parse_ctx *p, stmts *l, clause c);
/* Const spec `spec` following `prev` in its group (NULL: first). */
ast_node *ps_constspec(parse_ctx *p, ast_node *spec, ast_node *prev);
void ps_error(parse_ctx *p, src_pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Syntax error at the current token (p->cur): "syntax error: unexpected
   X<suffix>", suffix like ", expecting expression" or "" . */
void ps_syntax_error(parse_ctx *p, const char *suffix);
/* How Go names a token in "unexpected X". */
const char *ps_tok_desc(parse_ctx *p, const tok *t, char *buf, size_t n);

/* Reports the syntax error at p->cur, given a parser that has consumed
   exactly the tokens before it (parser.y). */
void ps_explain_syntax(void *parser, parse_ctx *p);

/* lemon's entry points (parser.c). parse.c allocates one parser object
   (ps_parser_size() bytes) per file and re-initializes it for each parse
   segment and each error explanation. */
size_t ps_parser_size(void);
void GoParseInit(void *parser);
void GoParseFinalize(void *parser);
void GoParse(void *parser, int major, tok minor, parse_ctx *p);

#endif
