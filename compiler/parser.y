/*
 * parser.y - the Go grammar (Go 1.22, generics included) for lemon.
 *
 * Token codes (build/gen/parser.h, all prefixed TK_), mirroring go/token:
 *
 *   literals   TK_IDENT TK_INT TK_FLOAT TK_IMAG TK_CHAR TK_STRING
 *   operators  TK_ADD + TK_SUB - TK_MUL * TK_QUO / TK_REM % TK_AND &
 *              TK_OR | TK_XOR ^ TK_SHL << TK_SHR >> TK_AND_NOT &^
 *              TK_ADD_ASSIGN += TK_SUB_ASSIGN -= TK_MUL_ASSIGN *=
 *              TK_QUO_ASSIGN /= TK_REM_ASSIGN %= TK_AND_ASSIGN &=
 *              TK_OR_ASSIGN |= TK_XOR_ASSIGN ^= TK_SHL_ASSIGN <<=
 *              TK_SHR_ASSIGN >>= TK_AND_NOT_ASSIGN &^=
 *              TK_LAND && TK_LOR || TK_ARROW <- TK_INC ++ TK_DEC --
 *              TK_EQL == TK_LSS < TK_GTR > TK_ASSIGN = TK_NOT !
 *              TK_NEQ != TK_LEQ <= TK_GEQ >= TK_DEFINE := TK_ELLIPSIS ...
 *              TK_LPAREN ( TK_LBRACK [ TK_LBRACE { TK_COMMA , TK_PERIOD .
 *              TK_RPAREN ) TK_RBRACK ] TK_RBRACE } TK_SEMICOLON ;
 *              TK_COLON : TK_TILDE ~
 *              TK_LBODY  a `{` that opens the body of if/for/switch/select
 *                        (see "body braces" below; never in the AST)
 *   keywords   TK_BREAK TK_CASE TK_CHAN TK_CONST TK_CONTINUE TK_DEFAULT
 *              TK_DEFER TK_ELSE TK_FALLTHROUGH TK_FOR TK_FUNC TK_GO
 *              TK_GOTO TK_IF TK_IMPORT TK_INTERFACE TK_MAP TK_PACKAGE
 *              TK_RANGE TK_RETURN TK_SELECT TK_STRUCT TK_SWITCH TK_TYPE
 *              TK_VAR
 *
 * The AST this builds is the one compiler/ast.h documents, kind by kind.
 *
 * How the grammar stays LALR(1) (lemon reports zero conflicts):
 *
 *  - Types inside expressions. As in Go's old yacc grammar, an expression
 *    context accepts `expr_or_type`: an expression, or a type that cannot be
 *    an expression (non_expr_type: []T, [N]T, map, chan, func, struct,
 *    interface, *T of those). Plain names and *name are expressions; the
 *    checker decides whether they denote types.
 *
 *  - Body braces. `if x == T{} {` is ambiguous; Go resolves it in favour of
 *    the block. The lexer turns a `{` that follows if/for/switch/select at
 *    paren/bracket depth 0 into TK_LBODY. The statement bodies want LBODY,
 *    `Name{` composite literals want a plain LBRACE, and literals whose type
 *    is an explicit type literal ([]T{}, map[K]V{}, struct{}{}) as well as
 *    function literals, struct and interface types take either. When such a
 *    construct opened with LBODY is reduced, lex_fix_lbrace() re-arms the
 *    lexer so the statement's real body brace is still found.
 *
 *  - `[` after a name. `func(a []int)`, `func(List[int])`, `a [N]int`
 *    fields and `type A[T any]` versus `type A [N]int` are told apart by
 *    writing the `IDENT [` prefixes out explicitly, so that the parser never
 *    has to reduce the name before it has seen what follows the `]`. Array
 *    lengths share the type-argument list nonterminal (eot_list) and are
 *    checked to be a single expression in the action. In a type
 *    declaration, the first type parameter's constraint may not start with
 *    `*`, `[` or `(` (Go reads `type T[P *C] ...` as an array type too).
 *
 *  - Parameter lists are parsed as raw entries ([name] type) and grouped
 *    afterwards (ps_params), as Go's parsers do: `a, b int` makes the bare
 *    names take the next type.
 *
 *    `type T[P *C,] ...` (and `[P, Q C]`) reads the first entry as an
 *    expression and turns it into a parameter when the comma shows up.
 *
 *  - `func()(x)` inside a type opens the result list (Go's rule; a
 *    conversion needs `(func())(x)`): the one precedence declaration,
 *    NOTPAREN < LPAREN on the empty-result rule, says so. Binary operators
 *    use the usual %left levels. Nothing else is resolved by precedence.
 *
 *  - Statement lists allow empty statements, so `;` may separate or end
 *    them; empty statements are dropped from the tree (a label's empty
 *    target becomes N_EMPTY). A case clause remembers whether its last
 *    statement was terminated, since Go wants `;` before the next `case`.
 *
 *  - `x.(T)` takes a type (ntype), `x.(type)` the keyword, as in Go.
 *
 * Actions never stop the parser; errors they find (Go's "cannot use ... as
 * value", "mixed named and unnamed parameters", ...) go through ps_error(),
 * and parse.c holds them back until the token being fed proves valid.
 */

%name GoParse
%token_prefix TK_
%token_type {tok}
%default_type {ast_node *}
%extra_argument {parse_ctx *p}
%stack_size 5000
%start_symbol file

%include {
/* lemon's tracing and internal assertions are for debugging the generator;
   the parser runs at every start on every stdlib file, so leave them out. */
#ifndef NDEBUG
#define NDEBUG 1
#endif
#include <assert.h>
#include <string.h>
#include "parse_internal.h"

#define L1(n) ps_list1(p, (n))
#define NODE(k, pos) ps_node(p, (k), (pos))
}

%syntax_error {
    /* Only note it: parse_file() replays the tokens before this one into
       a fresh parser and asks ps_explain_syntax() for Go's wording, since
       lemon's default reductions have already lost the context here. */
    (void)yyminor; (void)yymajor;
    p->syntax_error = true;
    p->failed = true;
}

%stack_overflow {
    ps_error(p, p->cur.pos, "syntax error: program too deeply nested");
    p->failed = true;
}

/* Token codes, in a fixed order (see the list above). */
%token IDENT INT FLOAT IMAG CHAR STRING.
%token ADD SUB MUL QUO REM AND OR XOR SHL SHR AND_NOT.
%token ADD_ASSIGN SUB_ASSIGN MUL_ASSIGN QUO_ASSIGN REM_ASSIGN AND_ASSIGN
       OR_ASSIGN XOR_ASSIGN SHL_ASSIGN SHR_ASSIGN AND_NOT_ASSIGN.
%token LAND LOR ARROW INC DEC EQL LSS GTR ASSIGN NOT NEQ LEQ GEQ DEFINE
       ELLIPSIS.
%token LPAREN LBRACK LBRACE COMMA PERIOD RPAREN RBRACK RBRACE SEMICOLON
       COLON TILDE LBODY.
%token BREAK CASE CHAN CONST CONTINUE DEFAULT DEFER ELSE FALLTHROUGH FOR
       FUNC GO GOTO IF IMPORT INTERFACE MAP PACKAGE RANGE RETURN SELECT
       STRUCT SWITCH TYPE VAR.

/* `func()(x)` inside a type: the parenthesis opens the result list, as
   in Go (a conversion needs `(func())(x)`). The empty result rule has the
   precedence of NOTPAREN, lower than LPAREN, so the parser shifts. */
%left NOTPAREN.
%left LPAREN.
%left LOR.
%left LAND.
%left EQL NEQ LSS LEQ GTR GEQ.
%left ADD SUB OR XOR.
%left MUL QUO REM SHL SHR AND AND_NOT.

/* ------------------------------------------------------------------ */
/* Files                                                              */

file ::= package_clause imports topdecls.

package_clause ::= PACKAGE(K) IDENT(N) SEMICOLON. {
    if (!p->root) { /* a resumed parse (see parse.c) keeps the first root */
        p->root = NODE(N_FILE, K.pos);
        p->root->name = ps_text(p, N);
    }
}

imports ::= .
imports ::= imports import_decl SEMICOLON.

import_decl ::= IMPORT import_spec(S). { ps_push(p, &p->root->list, S); }
import_decl ::= IMPORT LPAREN RPAREN.
import_decl ::= IMPORT LPAREN import_list osemi RPAREN.

import_list ::= import_spec(S). { ps_push(p, &p->root->list, S); }
import_list ::= import_list SEMICOLON import_spec(S).
    { ps_push(p, &p->root->list, S); }

import_spec(A) ::= STRING(S). {
    A = NODE(N_IMPORT, S.pos);
    A->a = ps_lit(p, S, LIT_STRING);
}
import_spec(A) ::= IDENT(N) STRING(S). {
    A = NODE(N_IMPORT, N.pos);
    A->name = ps_text(p, N);
    A->a = ps_lit(p, S, LIT_STRING);
}
import_spec(A) ::= PERIOD(N) STRING(S). {
    A = NODE(N_IMPORT, N.pos);
    A->name = ps_text(p, N);
    A->a = ps_lit(p, S, LIT_STRING);
}

topdecls ::= .
topdecls ::= topdecls topdecl(D) SEMICOLON. {
    if (D) ps_push(p, &p->root->list2, D);
}

topdecl(A) ::= decl(D). { A = D; p->last_top = D; }
topdecl(A) ::= funcdecl(D). { A = D; p->last_top = D; }

osemi ::= .
osemi ::= SEMICOLON.
ocomma ::= .
ocomma ::= COMMA.

/* ------------------------------------------------------------------ */
/* Declarations                                                       */

decl(A) ::= VAR(K) var_spec(S). {
    A = NODE(N_GENDECL, K.pos); A->op = TK_VAR; A->list = L1(S);
}
decl(A) ::= VAR(K) LPAREN RPAREN. { A = NODE(N_GENDECL, K.pos); A->op = TK_VAR; }
decl(A) ::= VAR(K) LPAREN var_list(L) osemi RPAREN. {
    A = NODE(N_GENDECL, K.pos); A->op = TK_VAR; A->list = L;
}
decl(A) ::= CONST(K) const_spec(S). {
    A = NODE(N_GENDECL, K.pos); A->op = TK_CONST;
    A->list = L1(ps_constspec(p, S, NULL));
}
decl(A) ::= CONST(K) LPAREN RPAREN. { A = NODE(N_GENDECL, K.pos); A->op = TK_CONST; }
decl(A) ::= CONST(K) LPAREN const_list(L) osemi RPAREN. {
    A = NODE(N_GENDECL, K.pos); A->op = TK_CONST; A->list = L;
}
decl(A) ::= TYPE(K) type_spec(S). {
    A = NODE(N_GENDECL, K.pos); A->op = TK_TYPE; A->list = L1(S);
}
decl(A) ::= TYPE(K) LPAREN RPAREN. { A = NODE(N_GENDECL, K.pos); A->op = TK_TYPE; }
decl(A) ::= TYPE(K) LPAREN type_list(L) osemi RPAREN. {
    A = NODE(N_GENDECL, K.pos); A->op = TK_TYPE; A->list = L;
}

%type var_list {ast_list}
var_list(A) ::= var_spec(S). { A = L1(S); }
var_list(A) ::= var_list(L) SEMICOLON var_spec(S). { A = L; ps_push(p, &A, S); }

%type const_list {ast_list}
const_list(A) ::= const_spec(S). { A = L1(ps_constspec(p, S, NULL)); }
const_list(A) ::= const_list(L) SEMICOLON const_spec(S). {
    A = L; ps_push(p, &A, ps_constspec(p, S, A.items[A.len - 1]));
}

%type type_list {ast_list}
type_list(A) ::= type_spec(S). { A = L1(S); }
type_list(A) ::= type_list(L) SEMICOLON type_spec(S). { A = L; ps_push(p, &A, S); }

%type id_list {ast_list}
id_list(A) ::= IDENT(N). { A = L1(ps_ident(p, N)); }
id_list(A) ::= id_list(L) COMMA IDENT(N). { A = L; ps_push(p, &A, ps_ident(p, N)); }

var_spec(A) ::= id_list(L) ntype(T). {
    A = NODE(N_VARSPEC, L.items[0]->pos); A->list = L; A->a = T;
}
var_spec(A) ::= id_list(L) ntype(T) ASSIGN expr_list(V). {
    A = NODE(N_VARSPEC, L.items[0]->pos); A->list = L; A->a = T; A->list2 = V;
}
var_spec(A) ::= id_list(L) ASSIGN expr_list(V). {
    A = NODE(N_VARSPEC, L.items[0]->pos); A->list = L; A->list2 = V;
}

const_spec(A) ::= id_list(L). {
    A = NODE(N_CONSTSPEC, L.items[0]->pos); A->list = L;
}
const_spec(A) ::= id_list(L) ntype(T). {
    A = NODE(N_CONSTSPEC, L.items[0]->pos); A->list = L; A->a = T;
    ps_error(p, T->pos, "syntax error: const declaration cannot have type without expression");
}
const_spec(A) ::= id_list(L) ntype(T) ASSIGN expr_list(V). {
    A = NODE(N_CONSTSPEC, L.items[0]->pos); A->list = L; A->a = T; A->list2 = V;
}
const_spec(A) ::= id_list(L) ASSIGN expr_list(V). {
    A = NODE(N_CONSTSPEC, L.items[0]->pos); A->list = L; A->list2 = V;
}

/* type A T; type A = T; type A[P C] T; type A [N]T (see header comment) */
type_spec(A) ::= IDENT(N) ntype_nobrack(T). {
    A = NODE(N_TYPESPEC, N.pos); A->name = ps_text(p, N); A->a = T;
}
type_spec(A) ::= IDENT(N) ASSIGN ntype(T). {
    A = NODE(N_TYPESPEC, N.pos); A->name = ps_text(p, N); A->a = T;
    A->flags |= AF_ALIAS;
}
type_spec(A) ::= IDENT(N) LBRACK(B) RBRACK ntype(T). {
    A = NODE(N_TYPESPEC, N.pos); A->name = ps_text(p, N);
    A->a = NODE(N_ARRAYTYPE, B.pos); A->a->b = T;
}
type_spec(A) ::= IDENT(N) LBRACK(B) ELLIPSIS(E) RBRACK ntype(T). {
    A = NODE(N_TYPESPEC, N.pos); A->name = ps_text(p, N);
    A->a = NODE(N_ARRAYTYPE, B.pos); A->a->b = T;
    A->a->a = NODE(N_ELLIPSIS, E.pos);
}
type_spec(A) ::= IDENT(N) LBRACK(B) expr(E) RBRACK ntype(T). {
    A = NODE(N_TYPESPEC, N.pos); A->name = ps_text(p, N);
    A->a = NODE(N_ARRAYTYPE, B.pos); A->a->a = E; A->a->b = T;
}
type_spec(A) ::= IDENT(N) tspec_params(P) ntype(T). {
    A = NODE(N_TYPESPEC, N.pos); A->name = ps_text(p, N); A->a = T; A->c = P;
}
type_spec(A) ::= IDENT(N) tspec_params(P) ASSIGN ntype(T). {
    A = NODE(N_TYPESPEC, N.pos); A->name = ps_text(p, N); A->a = T; A->c = P;
    A->flags |= AF_ALIAS;
    ps_error(p, N.pos, "generic type alias requires GOEXPERIMENT=aliastypeparams");
}

/* Type parameters of a type declaration: the first one is restricted. */
tspec_params(A) ::= LBRACK(B) tp_first(F) RBRACK. {
    A = ps_tparams(p, F, B.pos);
}
tspec_params(A) ::= LBRACK(B) tp_first(F) COMMA RBRACK. {
    A = ps_tparams(p, F, B.pos);
}
tspec_params(A) ::= LBRACK(B) tp_first(F) COMMA tp_list(L) ocomma RBRACK. {
    ast_list all = F;
    for (int i = 0; i < L.len; i++) ps_push(p, &all, L.items[i]);
    A = ps_tparams(p, all, B.pos);
}
/* `[P, Q C]` and `[P *C,]`: the first entry was read as an expression
   (a name, or name * type), which the comma shows to be a parameter. */
tspec_params(A) ::= LBRACK(B) expr(E) COMMA RBRACK. {
    A = ps_tparams(p, L1(ps_tparam_expr(p, E)), B.pos);
}
tspec_params(A) ::= LBRACK(B) expr(E) COMMA tp_list(L) ocomma RBRACK. {
    ast_list all = L1(ps_tparam_expr(p, E));
    for (int i = 0; i < L.len; i++) ps_push(p, &all, L.items[i]);
    A = ps_tparams(p, all, B.pos);
}

%type tp_first {ast_list}
tp_first(A) ::= IDENT(N) tconstraint_first(C). { A = L1(ps_rawparam(p, ps_ident(p, N), C)); }

/* Type parameters of a function: [P C, Q, R D] */
ftparams(A) ::= . { A = NULL; }
ftparams(A) ::= LBRACK(B) tp_list(L) ocomma RBRACK. { A = ps_tparams(p, L, B.pos); }
ftparams(A) ::= LBRACK RBRACK(B). {
    ps_error(p, B.pos, "syntax error: empty type parameter list");
    A = NULL;
}

%type tp_list {ast_list}
tp_list(A) ::= tp_decl(D). { A = L1(D); }
tp_list(A) ::= tp_list(L) COMMA tp_decl(D). { A = L; ps_push(p, &A, D); }
tp_decl(A) ::= IDENT(N). { A = ps_rawparam(p, ps_ident(p, N), NULL); }
tp_decl(A) ::= IDENT(N) tconstraint(C). { A = ps_rawparam(p, ps_ident(p, N), C); }

/* Constraints and interface elements: unions of ~T / T terms. */
tconstraint(A) ::= tterm(T). { A = T; }
tconstraint(A) ::= tconstraint(X) OR(O) tterm(Y). { A = ps_binary(p, O, X, Y); }
tterm(A) ::= ntype(T). { A = T; }
tterm(A) ::= TILDE(O) ntype(T). { A = ps_unary(p, O, T); }

tconstraint_first(A) ::= tterm_first(T). { A = T; }
tconstraint_first(A) ::= tconstraint_first(X) OR(O) tterm(Y). { A = ps_binary(p, O, X, Y); }
tterm_first(A) ::= ntype_base(T). { A = T; }
tterm_first(A) ::= ntype_recv(T). { A = T; }
tterm_first(A) ::= TILDE(O) ntype(T). { A = ps_unary(p, O, T); }

/* Functions. */
funcdecl(A) ::= FUNC(K) IDENT(N) ftparams(TP) signature(S) fbody(B). {
    A = ps_funcdecl(p, K, NULL, N, TP, S, B);
    p->last_top = A;
}
funcdecl(A) ::= FUNC(K) LPAREN params(RL) RPAREN IDENT(N) ftparams(TP) signature(S) fbody(B). {
    A = ps_funcdecl(p, K, ps_receiver(p, RL, N.pos), N, TP, S, B);
    p->last_top = A;
}

fbody(A) ::= . { A = NULL; }
fbody(A) ::= block(B). { A = B; }

/* signature: N_FUNCTYPE without position (set by the user). */
signature(A) ::= LPAREN(L) params(P) RPAREN result(R). {
    A = NODE(N_FUNCTYPE, L.pos);
    A->list = ps_params(p, P, L.pos);
    A->list2 = R;
}

%type result {ast_list}
result(A) ::= . [NOTPAREN] { memset(&A, 0, sizeof A); }
result(A) ::= ntype_noparen(T). { A = L1(ps_field(p, T)); }
result(A) ::= LPAREN(L) params(P) RPAREN. { A = ps_params(p, P, L.pos); }

%type params {ast_list}
params(A) ::= . { memset(&A, 0, sizeof A); }
params(A) ::= param_list(L) ocomma. { A = L; }
%type param_list {ast_list}
param_list(A) ::= param(X). { A = L1(X); }
param_list(A) ::= param_list(L) COMMA param(X). { A = L; ps_push(p, &A, X); }

/* Raw entries: N_FIELD with at most one name. */
param(A) ::= ntype(T). { A = ps_rawparam(p, NULL, T); }
param(A) ::= ELLIPSIS(E) ntype(T). { A = ps_rawparam(p, NULL, ps_ellipsis(p, E, T)); }
param(A) ::= IDENT(N) ELLIPSIS(E) ntype(T). {
    A = ps_rawparam(p, ps_ident(p, N), ps_ellipsis(p, E, T));
}
param(A) ::= IDENT(N) ntype_nobrack(T). { A = ps_rawparam(p, ps_ident(p, N), T); }
param(A) ::= IDENT(N) LBRACK(B) RBRACK ntype(T). {
    A = ps_rawparam(p, ps_ident(p, N), ps_arraytype(p, B, NULL, T));
}
param(A) ::= IDENT(N) LBRACK(B) ELLIPSIS(E) RBRACK ntype(T). {
    A = ps_rawparam(p, ps_ident(p, N), ps_arraytype(p, B, NODE(N_ELLIPSIS, E.pos), T));
}
param(A) ::= IDENT(N) LBRACK(B) eot_list(L) ocomma RBRACK ntype(T). {
    A = ps_rawparam(p, ps_ident(p, N), ps_arraytype(p, B, ps_arraylen(p, L), T));
}

/* ------------------------------------------------------------------ */
/* Types                                                              */

ntype(A) ::= ntype_base(T). { A = T; }
ntype(A) ::= ntype_brack(T). { A = T; }
ntype(A) ::= ntype_ptr(T). { A = T; }
ntype(A) ::= ntype_recv(T). { A = T; }
ntype(A) ::= ntype_paren(T). { A = T; }

ntype_nobrack(A) ::= ntype_base(T). { A = T; }
ntype_nobrack(A) ::= ntype_ptr(T). { A = T; }
ntype_nobrack(A) ::= ntype_recv(T). { A = T; }
ntype_nobrack(A) ::= ntype_paren(T). { A = T; }

ntype_noparen(A) ::= ntype_base(T). { A = T; }
ntype_noparen(A) ::= ntype_brack(T). { A = T; }
ntype_noparen(A) ::= ntype_ptr(T). { A = T; }
ntype_noparen(A) ::= ntype_recv(T). { A = T; }

ntype_nrecv(A) ::= ntype_base(T). { A = T; }
ntype_nrecv(A) ::= ntype_brack(T). { A = T; }
ntype_nrecv(A) ::= ntype_ptr(T). { A = T; }
ntype_nrecv(A) ::= ntype_paren(T). { A = T; }

ntype_base(A) ::= IDENT(N). { A = ps_ident(p, N); }
ntype_base(A) ::= IDENT(N) PERIOD IDENT(S). { A = ps_selector(p, ps_ident(p, N), S); }
ntype_base(A) ::= IDENT(N) LBRACK(B) eot_list(L) ocomma RBRACK(E). {
    A = ps_index(p, ps_ident(p, N), B, L, E);
}
ntype_base(A) ::= IDENT(N) PERIOD IDENT(S) LBRACK(B) eot_list(L) ocomma RBRACK(E). {
    A = ps_index(p, ps_selector(p, ps_ident(p, N), S), B, L, E);
}
ntype_base(A) ::= maptype(T). { A = T; }
ntype_base(A) ::= chantype(T). { A = T; }
ntype_base(A) ::= functype(T). { A = T; }
ntype_base(A) ::= structtype(T). { A = T; }
ntype_base(A) ::= interfacetype(T). { A = T; }

ntype_brack(A) ::= LBRACK(B) RBRACK ntype(T). { A = ps_arraytype(p, B, NULL, T); }
ntype_brack(A) ::= LBRACK(B) ELLIPSIS(E) RBRACK ntype(T). {
    A = ps_arraytype(p, B, NODE(N_ELLIPSIS, E.pos), T);
}
ntype_brack(A) ::= LBRACK(B) eot_list(L) ocomma RBRACK ntype(T). {
    A = ps_arraytype(p, B, ps_arraylen(p, L), T);
}
ntype_ptr(A) ::= MUL(S) ntype(T). { A = NODE(N_STAR, S.pos); A->a = T; }
ntype_recv(A) ::= ARROW(R) CHAN ntype(T). {
    A = NODE(N_CHANTYPE, R.pos); A->op = CHAN_RECV; A->a = T;
}
ntype_paren(A) ::= LPAREN(L) ntype(T) RPAREN(R). {
    A = NODE(N_PAREN, L.pos); A->a = T; A->end = R.pos;
}

maptype(A) ::= MAP(M) LBRACK ntype(K) RBRACK ntype(V). {
    A = NODE(N_MAPTYPE, M.pos); A->a = K; A->b = V;
}
chantype(A) ::= CHAN(C) ntype_nrecv(T). {
    A = NODE(N_CHANTYPE, C.pos); A->op = CHAN_BOTH; A->a = T;
}
chantype(A) ::= CHAN(C) ARROW ntype(T). {
    A = NODE(N_CHANTYPE, C.pos); A->op = CHAN_SEND; A->a = T;
}
functype(A) ::= FUNC(K) signature(S). { A = S; A->pos = A->oppos = K.pos; }

structtype(A) ::= STRUCT(K) lbrace(B) RBRACE(E). {
    A = NODE(N_STRUCTTYPE, K.pos); A->end = E.pos; lex_fix_lbrace(p->lx, B.code);
}
structtype(A) ::= STRUCT(K) lbrace(B) field_list(L) osemi RBRACE(E). {
    A = NODE(N_STRUCTTYPE, K.pos); A->list = L; A->end = E.pos;
    lex_fix_lbrace(p->lx, B.code);
}

%type field_list {ast_list}
field_list(A) ::= field(F). { A = L1(F); }
field_list(A) ::= field_list(L) SEMICOLON field(F). { A = L; ps_push(p, &A, F); }

/* One name with a type; several names; or an embedded type. */
field(A) ::= IDENT(N) ntype_nobrack(T) otag(G). { A = ps_fieldn(p, L1(ps_ident(p, N)), T, G); }
field(A) ::= IDENT(N) LBRACK(B) RBRACK ntype(T) otag(G). {
    A = ps_fieldn(p, L1(ps_ident(p, N)), ps_arraytype(p, B, NULL, T), G);
}
field(A) ::= IDENT(N) LBRACK(B) ELLIPSIS(E) RBRACK ntype(T) otag(G). {
    A = ps_fieldn(p, L1(ps_ident(p, N)),
                  ps_arraytype(p, B, NODE(N_ELLIPSIS, E.pos), T), G);
}
field(A) ::= IDENT(N) LBRACK(B) eot_list(L) ocomma RBRACK ntype(T) otag(G). {
    A = ps_fieldn(p, L1(ps_ident(p, N)), ps_arraytype(p, B, ps_arraylen(p, L), T), G);
}
field(A) ::= id_list2(L) ntype(T) otag(G). { A = ps_fieldn(p, L, T, G); }
field(A) ::= embedded(T) otag(G). { ast_list none = {0}; A = ps_fieldn(p, none, T, G); }
field(A) ::= MUL(S) embedded(T) otag(G). {
    ast_list none = {0};
    ast_node *star = NODE(N_STAR, S.pos); star->a = T;
    A = ps_fieldn(p, none, star, G);
}

embedded(A) ::= IDENT(N). { A = ps_ident(p, N); }
embedded(A) ::= IDENT(N) PERIOD IDENT(S). { A = ps_selector(p, ps_ident(p, N), S); }
embedded(A) ::= IDENT(N) LBRACK(B) eot_list(L) ocomma RBRACK(E). {
    A = ps_index(p, ps_ident(p, N), B, L, E);
}
embedded(A) ::= IDENT(N) PERIOD IDENT(S) LBRACK(B) eot_list(L) ocomma RBRACK(E). {
    A = ps_index(p, ps_selector(p, ps_ident(p, N), S), B, L, E);
}

%type id_list2 {ast_list}
id_list2(A) ::= IDENT(X) COMMA IDENT(Y). { A = L1(ps_ident(p, X)); ps_push(p, &A, ps_ident(p, Y)); }
id_list2(A) ::= id_list2(L) COMMA IDENT(Y). { A = L; ps_push(p, &A, ps_ident(p, Y)); }

otag(A) ::= . { A = NULL; }
otag(A) ::= STRING(S). { A = ps_lit(p, S, LIT_STRING); }

interfacetype(A) ::= INTERFACE(K) lbrace(B) RBRACE(E). {
    A = NODE(N_INTERFACETYPE, K.pos); A->end = E.pos; lex_fix_lbrace(p->lx, B.code);
}
interfacetype(A) ::= INTERFACE(K) lbrace(B) ielem_list(L) osemi RBRACE(E). {
    A = NODE(N_INTERFACETYPE, K.pos); A->list = L; A->end = E.pos;
    lex_fix_lbrace(p->lx, B.code);
}
%type ielem_list {ast_list}
ielem_list(A) ::= ielem(X). { A = L1(X); }
ielem_list(A) ::= ielem_list(L) SEMICOLON ielem(X). { A = L; ps_push(p, &A, X); }
ielem(A) ::= IDENT(N) signature(S). {
    ast_node *fn = S; fn->pos = fn->oppos = N.pos;
    A = ps_fieldn(p, L1(ps_ident(p, N)), fn, NULL);
}
ielem(A) ::= tconstraint(T). { ast_list none = {0}; A = ps_fieldn(p, none, T, NULL); }

%type lbrace {tok}
lbrace(A) ::= LBRACE(B). { A = B; }
lbrace(A) ::= LBODY(B). { A = B; }

/* Types usable as composite-literal types, conversions, and types that
   cannot be expressions (for expr_or_type). */
lit_type(A) ::= LBRACK(B) RBRACK ntype(T). { A = ps_arraytype(p, B, NULL, T); }
lit_type(A) ::= LBRACK(B) ELLIPSIS(E) RBRACK ntype(T). {
    A = ps_arraytype(p, B, NODE(N_ELLIPSIS, E.pos), T);
}
lit_type(A) ::= LBRACK(B) eot_list(L) ocomma RBRACK ntype(T). {
    A = ps_arraytype(p, B, ps_arraylen(p, L), T);
}
lit_type(A) ::= maptype(T). { A = T; }
lit_type(A) ::= structtype(T). { A = T; }

conv_type(A) ::= lit_type(T). { A = T; }
conv_type(A) ::= chantype(T). { A = T; }
conv_type(A) ::= interfacetype(T). { A = T; }

non_expr_type(A) ::= conv_type(T). { A = T; }
non_expr_type(A) ::= functype(T). { A = T; }
non_expr_type(A) ::= ntype_recv(T). { A = T; }
non_expr_type(A) ::= MUL(S) non_expr_type(T). { A = NODE(N_STAR, S.pos); A->a = T; }

/* ------------------------------------------------------------------ */
/* Statements                                                         */

block(A) ::= LBRACE(L) stmt_list(S) RBRACE(R). {
    A = NODE(N_BLOCK, L.pos); A->list = S; A->end = R.pos;
}
body_block(A) ::= LBODY(L) stmt_list(S) RBRACE(R). {
    A = NODE(N_BLOCK, L.pos); A->list = S; A->end = R.pos;
}

%type stmt_list {ast_list}
stmt_list(A) ::= stmt(S). { memset(&A, 0, sizeof A); if (S) ps_push(p, &A, S); }
stmt_list(A) ::= stmt_list(L) SEMICOLON stmt(S). { A = L; if (S) ps_push(p, &A, S); }

stmt(A) ::= . { A = NULL; }
stmt(A) ::= simple_stmt(S). { A = S; }
/* A type where a statement's expression belongs: gc reports it in the
   type checker ("[]int (type) is not an expression"), so it parses. */
stmt(A) ::= conv_type(T). { A = NODE(N_EXPRSTMT, ps_start(T)); A->a = T; }
stmt(A) ::= functype(T). { A = NODE(N_EXPRSTMT, ps_start(T)); A->a = T; }
stmt(A) ::= decl(D). { A = NODE(N_DECLSTMT, D->pos); A->a = D; }
stmt(A) ::= IDENT(N) COLON stmt(S). {
    A = NODE(N_LABELED, N.pos); A->name = ps_text(p, N);
    A->a = S ? S : NODE(N_EMPTY, N.pos);
}
stmt(A) ::= GO(K) expr(E). { A = NODE(N_GO, K.pos); A->a = E; }
stmt(A) ::= DEFER(K) expr(E). { A = NODE(N_DEFER, K.pos); A->a = E; }
stmt(A) ::= RETURN(K). { A = NODE(N_RETURN, K.pos); }
stmt(A) ::= RETURN(K) expr_list(L). { A = NODE(N_RETURN, K.pos); A->list = L; }
stmt(A) ::= BREAK(K). { A = ps_branch(p, K, NULL); }
stmt(A) ::= BREAK(K) IDENT(N). { A = ps_branch(p, K, &N); }
stmt(A) ::= CONTINUE(K). { A = ps_branch(p, K, NULL); }
stmt(A) ::= CONTINUE(K) IDENT(N). { A = ps_branch(p, K, &N); }
stmt(A) ::= GOTO(K) IDENT(N). { A = ps_branch(p, K, &N); }
stmt(A) ::= FALLTHROUGH(K). { A = ps_branch(p, K, NULL); }
stmt(A) ::= block(B). { A = B; }
stmt(A) ::= if_stmt(S). { A = S; }
stmt(A) ::= for_stmt(S). { A = S; }
stmt(A) ::= switch_stmt(S). { A = S; }
stmt(A) ::= select_stmt(S). { A = S; }

simple_stmt(A) ::= expr(E). { A = NODE(N_EXPRSTMT, ps_start(E)); A->a = E; }
simple_stmt(A) ::= expr(E) INC(O). {
    A = NODE(N_INCDEC, E->pos); A->op = TK_INC; A->a = E; A->oppos = O.pos;
}
simple_stmt(A) ::= expr(E) DEC(O). {
    A = NODE(N_INCDEC, E->pos); A->op = TK_DEC; A->a = E; A->oppos = O.pos;
}
simple_stmt(A) ::= expr(C) ARROW(O) expr(V). {
    A = NODE(N_SEND, ps_start(C)); A->a = C; A->b = V; A->oppos = O.pos;
}
simple_stmt(A) ::= expr_list(L) ASSIGN(O) expr_list(R). { A = ps_assign(p, O, L, R); }
simple_stmt(A) ::= expr_list(L) DEFINE(O) expr_list(R). { A = ps_assign(p, O, L, R); }
simple_stmt(A) ::= expr(L) assign_op(O) expr(R). { A = ps_assign(p, O, L1(L), L1(R)); }

assign_op(A) ::= ADD_ASSIGN(O). { A = O; }
assign_op(A) ::= SUB_ASSIGN(O). { A = O; }
assign_op(A) ::= MUL_ASSIGN(O). { A = O; }
assign_op(A) ::= QUO_ASSIGN(O). { A = O; }
assign_op(A) ::= REM_ASSIGN(O). { A = O; }
assign_op(A) ::= AND_ASSIGN(O). { A = O; }
assign_op(A) ::= OR_ASSIGN(O). { A = O; }
assign_op(A) ::= XOR_ASSIGN(O). { A = O; }
assign_op(A) ::= SHL_ASSIGN(O). { A = O; }
assign_op(A) ::= SHR_ASSIGN(O). { A = O; }
assign_op(A) ::= AND_NOT_ASSIGN(O). { A = O; }
%type assign_op {tok}

osimple_stmt(A) ::= . { A = NULL; }
osimple_stmt(A) ::= simple_stmt(S). { A = S; }

/* if / switch headers: [init ;] cond */
%type header {ast_node *}
header(A) ::= osimple_stmt(S). { A = ps_header(p, NULL, S, NULL); }
header(A) ::= osimple_stmt(I) SEMICOLON(T) osimple_stmt(S). { A = ps_header(p, I, S, &T); }

if_stmt(A) ::= IF(K) if_header(H) body_block(B) else_part(E). { A = ps_if(p, K, H, B, E); }
/* As header, but a missing condition is reported at once (before the
   body is parsed), where Go reports it. */
%type if_header {ast_node *}
if_header(A) ::= osimple_stmt(S). { A = ps_header(p, NULL, S, NULL); ps_if_cond(p, A); }
if_header(A) ::= osimple_stmt(I) SEMICOLON(T) osimple_stmt(S). {
    A = ps_header(p, I, S, &T); ps_if_cond(p, A);
}
else_part(A) ::= . { A = NULL; }
else_part(A) ::= ELSE if_stmt(S). { A = S; }
else_part(A) ::= ELSE block(B). { A = B; }

for_stmt(A) ::= FOR(K) for_header(H) body_block(B). { A = ps_for(p, K, H, B); }
for_header(A) ::= osimple_stmt(S). {
    A = NODE(N_FOR, S ? S->pos : p->cur.pos); A->b = S; A->flags = 1;
}
for_header(A) ::= osimple_stmt(I) SEMICOLON osimple_stmt(C) SEMICOLON osimple_stmt(P). {
    A = NODE(N_FOR, I ? I->pos : p->cur.pos); A->a = I; A->b = C; A->c = P;
}
for_header(A) ::= RANGE(R) expr(X). {
    A = NODE(N_RANGE, R.pos); A->c = X; A->oppos = R.pos;
}
for_header(A) ::= expr_list(L) ASSIGN(O) RANGE(R) expr(X). { A = ps_range(p, L, O, R, X); }
for_header(A) ::= expr_list(L) DEFINE(O) RANGE(R) expr(X). { A = ps_range(p, L, O, R, X); }

switch_stmt(A) ::= SWITCH(K) header(H) LBODY case_list(L) RBRACE(R). {
    A = ps_switch(p, K, H, L.list); A->end = R.pos;
}
%type case_list {stmts}
case_list(A) ::= . { memset(&A, 0, sizeof A); }
case_list(A) ::= case_list(L) case_clause(C). { A = L; ps_add_clause(p, &A, C); }
%type case_clause {clause}
case_clause(A) ::= CASE(K) eot_list(L) COLON case_stmts(S). {
    A.n = NODE(N_CASECLAUSE, K.pos); A.n->list = L; A.n->list2 = S.list;
    A.open = S.open;
}
case_clause(A) ::= DEFAULT(K) COLON case_stmts(S). {
    A.n = NODE(N_CASECLAUSE, K.pos); A.n->list2 = S.list; A.n->flags |= AF_DEFAULT;
    A.open = S.open;
}

/* A clause body: like stmt_list, remembering whether it ended with `;`. */
%type case_stmts {stmts}
case_stmts(A) ::= stmt(S). {
    memset(&A, 0, sizeof A); if (S) ps_push(p, &A.list, S); A.open = S != NULL;
}
case_stmts(A) ::= case_stmts(L) SEMICOLON stmt(S). {
    A = L; if (S) ps_push(p, &A.list, S); A.open = S != NULL;
}

select_stmt(A) ::= SELECT(K) LBODY comm_list(L) RBRACE(R). {
    A = NODE(N_SELECT, K.pos); A->list = L.list; A->end = R.pos;
}
%type comm_list {stmts}
comm_list(A) ::= . { memset(&A, 0, sizeof A); }
comm_list(A) ::= comm_list(L) comm_clause(C). { A = L; ps_add_clause(p, &A, C); }
%type comm_clause {clause}
comm_clause(A) ::= CASE(K) comm_case(S) COLON case_stmts(B). {
    A.n = NODE(N_COMMCLAUSE, K.pos); A.n->a = S; A.n->list2 = B.list; A.open = B.open;
}
comm_clause(A) ::= DEFAULT(K) COLON case_stmts(B). {
    A.n = NODE(N_COMMCLAUSE, K.pos); A.n->list2 = B.list; A.n->flags |= AF_DEFAULT;
    A.open = B.open;
}
comm_case(A) ::= expr(C) ARROW(O) expr(V). {
    A = NODE(N_SEND, ps_start(C)); A->a = C; A->b = V; A->oppos = O.pos;
}
comm_case(A) ::= expr(E). {
    A = NODE(N_EXPRSTMT, ps_start(E)); A->a = E; ps_check_recv(p, A, E);
}
comm_case(A) ::= expr_list(L) ASSIGN(O) expr(R). {
    A = ps_assign(p, O, L, L1(R)); ps_check_recv(p, A, R);
}
comm_case(A) ::= expr_list(L) DEFINE(O) expr(R). {
    A = ps_assign(p, O, L, L1(R)); ps_check_recv(p, A, R);
}

/* ------------------------------------------------------------------ */
/* Expressions                                                        */

%type expr_list {ast_list}
expr_list(A) ::= expr(E). { A = L1(E); }
expr_list(A) ::= expr_list(L) COMMA expr(E). { A = L; ps_push(p, &A, E); }

%type eot_list {ast_list}
eot_list(A) ::= expr_or_type(E). { A = L1(E); }
eot_list(A) ::= eot_list(L) COMMA expr_or_type(E). { A = L; ps_push(p, &A, E); }

expr_or_type(A) ::= expr(E). { A = E; }
expr_or_type(A) ::= non_expr_type(T). { A = T; }

expr(A) ::= uexpr(E). { A = E; }
expr(A) ::= expr(X) LOR(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) LAND(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) EQL(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) NEQ(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) LSS(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) LEQ(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) GTR(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) GEQ(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) ADD(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) SUB(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) OR(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) XOR(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) MUL(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) QUO(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) REM(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) SHL(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) SHR(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) AND(O) expr(Y). { A = ps_binary(p, O, X, Y); }
expr(A) ::= expr(X) AND_NOT(O) expr(Y). { A = ps_binary(p, O, X, Y); }

uexpr(A) ::= pexpr(E). { A = E; }
uexpr(A) ::= MUL(O) uexpr(E). { A = NODE(N_STAR, O.pos); A->a = E; }
uexpr(A) ::= AND(O) uexpr(E). { A = ps_unary(p, O, E); }
uexpr(A) ::= ADD(O) uexpr(E). { A = ps_unary(p, O, E); }
uexpr(A) ::= SUB(O) uexpr(E). { A = ps_unary(p, O, E); }
uexpr(A) ::= NOT(O) uexpr(E). { A = ps_unary(p, O, E); }
uexpr(A) ::= XOR(O) uexpr(E). { A = ps_unary(p, O, E); }
uexpr(A) ::= ARROW(O) uexpr(E). { A = ps_unary(p, O, E); }

pexpr(A) ::= INT(T). { A = ps_lit(p, T, LIT_INT); }
pexpr(A) ::= FLOAT(T). { A = ps_lit(p, T, LIT_FLOAT); }
pexpr(A) ::= IMAG(T). { A = ps_lit(p, T, LIT_IMAG); }
pexpr(A) ::= CHAR(T). { A = ps_lit(p, T, LIT_CHAR); }
pexpr(A) ::= STRING(T). { A = ps_lit(p, T, LIT_STRING); }
pexpr(A) ::= IDENT(N). { A = ps_ident(p, N); }
pexpr(A) ::= LPAREN(L) expr_or_type(E) RPAREN(R). {
    A = NODE(N_PAREN, L.pos); A->a = E; A->end = R.pos;
}
pexpr(A) ::= pexpr(X) PERIOD IDENT(S). { A = ps_selector(p, X, S); }
pexpr(A) ::= pexpr(X) PERIOD(D) LPAREN ntype(T) RPAREN(R). {
    A = NODE(N_TYPEASSERT, X->pos); A->a = X; A->b = T; A->oppos = D.pos; A->end = R.pos;
}
pexpr(A) ::= pexpr(X) PERIOD(D) LPAREN TYPE RPAREN(R). {
    A = NODE(N_TYPEASSERT, X->pos); A->a = X; A->oppos = D.pos; A->end = R.pos;
}
pexpr(A) ::= pexpr(X) LBRACK(B) eot_list(L) ocomma RBRACK(E). { A = ps_index(p, X, B, L, E); }
pexpr(A) ::= pexpr(X) LBRACK(B) oexpr(L) COLON oexpr(H) RBRACK(E). {
    A = ps_slice(p, X, B, L, H, NULL, false, E);
}
pexpr(A) ::= pexpr(X) LBRACK(B) oexpr(L) COLON oexpr(H) COLON oexpr(M) RBRACK(E). {
    A = ps_slice(p, X, B, L, H, M, true, E);
}
pexpr(A) ::= pexpr(X) LPAREN(L) call_args(G) RPAREN(R). { A = ps_call(p, X, L, G, R); }
pexpr(A) ::= conv_type(T) LPAREN(L) call_args(G) RPAREN(R). { A = ps_call(p, T, L, G, R); }
pexpr(A) ::= functype(T) LPAREN(L) call_args(G) RPAREN(R). { A = ps_call(p, T, L, G, R); }
pexpr(A) ::= structtype(T) PERIOD IDENT(S). { A = ps_selector(p, T, S); }
pexpr(A) ::= interfacetype(T) PERIOD IDENT(S). { A = ps_selector(p, T, S); }
pexpr(A) ::= lit_type(T) lbrace(B) complit_elems(L) RBRACE(R). {
    A = ps_complit(p, T, B, L, R); lex_fix_lbrace(p->lx, B.code);
}
/* `T{`: the head is reduced as soon as the brace is seen, so that a brace
   after an operand that cannot be a type (`f(x == 0 {`) is reported as
   the syntax error it is in Go, at the brace. */
pexpr(A) ::= complit_head(H) complit_elems(L) RBRACE(R). {
    A = H; A->list = L; A->end = R.pos;
}
complit_head(A) ::= pexpr(T) LBRACE(B). { A = ps_complit_head(p, T, B); }
pexpr(A) ::= FUNC(K) signature(S) lbrace(B) stmt_list(L) RBRACE(R). {
    ast_node *body = NODE(N_BLOCK, B.pos); body->list = L; body->end = R.pos;
    S->pos = S->oppos = K.pos;
    A = NODE(N_FUNCLIT, K.pos); A->a = S; A->b = body; A->end = R.pos;
    lex_fix_lbrace(p->lx, B.code);
}

oexpr(A) ::= . { A = NULL; }
oexpr(A) ::= expr(E). { A = E; }

%type call_args {call_args}
call_args(A) ::= . { memset(&A, 0, sizeof A); }
call_args(A) ::= eot_list(L) ocomma. { A.args = L; A.ellipsis = false; }
call_args(A) ::= eot_list(L) ELLIPSIS ocomma. { A.args = L; A.ellipsis = true; }

%type complit_elems {ast_list}
complit_elems(A) ::= . { memset(&A, 0, sizeof A); }
complit_elems(A) ::= elem_list(L) ocomma. { A = L; }
%type elem_list {ast_list}
elem_list(A) ::= elem(E). { A = L1(E); }
elem_list(A) ::= elem_list(L) COMMA elem(E). { A = L; ps_push(p, &A, E); }
elem(A) ::= celem(E). { A = E; }
elem(A) ::= celem(K) COLON(C) celem(V). {
    A = NODE(N_KEYVALUE, ps_start(K)); A->a = K; A->b = V; A->oppos = C.pos;
}
celem(A) ::= expr(E). { A = E; }
celem(A) ::= LBRACE(B) complit_elems(L) RBRACE(R). { A = ps_complit(p, NULL, B, L, R); }

/* ------------------------------------------------------------------ */
%code {
/*
 * Syntax errors, worded as gc's syntax package words them.
 *
 * Given the parser as it was before the offending token (parse_file
 * replays the tokens into a fresh one), ps_explain_syntax() works out
 * which tokens the parser could have accepted in its current configuration
 * by replaying the reduce steps on a copy of the state stack for every
 * terminal (tok_acceptable). That set, plus the innermost unclosed
 * bracket on the stack, picks the message:
 *
 *   top level, not a declaration   non-declaration statement outside
 *                                  function body
 *   `{` of a body expected          expecting { after for clause
 *   comma or ) (with ...) expected  in argument list; possibly missing
 *                                  comma or )
 *   comma or ) expected             in parameter list; possibly missing ...
 *   comma or } expected             in composite literal; possibly ...
 *   ; or } in a struct/interface    in struct type; possibly missing
 *                                  semicolon or newline or }
 *   a statement could start, or }   expecting } (or case or default or })
 *   ; or } expected                 at end of statement
 *   an operand expected             expecting expression / type
 *   one or two tokens expected      expecting X [or Y]
 */

/* The size of a parser object, for callers that allocate one and reuse
   it through GoParseInit / GoParseFinalize. */
size_t ps_parser_size(void)
{
    return sizeof(yyParser);
}

static bool tok_acceptable(yyParser *pp, YYACTIONTYPE *buf, int cap, int code)
{
    int n = (int)(pp->yytos - pp->yystack) + 1;
    if (n > cap - 64)
        return false;
    for (int i = 0; i < n; i++)
        buf[i] = pp->yystack[i].stateno;
    int sp = n - 1;
    YYACTIONTYPE act = buf[sp];
    for (int steps = 0; steps < 4096; steps++) {
        act = yy_find_shift_action((YYCODETYPE)code, act);
        if (act >= YY_MIN_REDUCE) {
            int rule = act - YY_MIN_REDUCE;
            int nrhs = -yyRuleInfoNRhs[rule];
            sp -= nrhs;
            if (sp < 0 || sp + 1 >= cap)
                return false;
            act = yy_find_reduce_action(buf[sp], (YYCODETYPE)yyRuleInfoLhs[rule]);
            buf[++sp] = act;
            continue;
        }
        if (act <= YY_MAX_SHIFTREDUCE || act == YY_ACCEPT_ACTION)
            return true;
        return false;
    }
    return false;
}

static const char *const yy_tok_text[YYNTOKEN] = {
    [TK_IDENT] = "name", [TK_INT] = "literal", [TK_FLOAT] = "literal",
    [TK_IMAG] = "literal", [TK_CHAR] = "literal", [TK_STRING] = "literal",
    [TK_ADD] = "+", [TK_SUB] = "-", [TK_MUL] = "*", [TK_QUO] = "/",
    [TK_REM] = "%", [TK_AND] = "&", [TK_OR] = "|", [TK_XOR] = "^",
    [TK_SHL] = "<<", [TK_SHR] = ">>", [TK_AND_NOT] = "&^",
    [TK_ADD_ASSIGN] = "+=", [TK_SUB_ASSIGN] = "-=", [TK_MUL_ASSIGN] = "*=",
    [TK_QUO_ASSIGN] = "/=", [TK_REM_ASSIGN] = "%=", [TK_AND_ASSIGN] = "&=",
    [TK_OR_ASSIGN] = "|=", [TK_XOR_ASSIGN] = "^=", [TK_SHL_ASSIGN] = "<<=",
    [TK_SHR_ASSIGN] = ">>=", [TK_AND_NOT_ASSIGN] = "&^=", [TK_LAND] = "&&",
    [TK_LOR] = "||", [TK_ARROW] = "<-", [TK_INC] = "++", [TK_DEC] = "--",
    [TK_EQL] = "==", [TK_LSS] = "<", [TK_GTR] = ">", [TK_ASSIGN] = "=",
    [TK_NOT] = "!", [TK_NEQ] = "!=", [TK_LEQ] = "<=", [TK_GEQ] = ">=",
    [TK_DEFINE] = ":=", [TK_ELLIPSIS] = "...", [TK_LPAREN] = "(",
    [TK_LBRACK] = "[", [TK_LBRACE] = "{", [TK_COMMA] = "comma",
    [TK_PERIOD] = ".", [TK_RPAREN] = ")", [TK_RBRACK] = "]",
    [TK_RBRACE] = "}", [TK_SEMICOLON] = "semicolon or newline",
    [TK_COLON] = ":", [TK_TILDE] = "~", [TK_LBODY] = "{",
    [TK_BREAK] = "break", [TK_CASE] = "case", [TK_CHAN] = "chan",
    [TK_CONST] = "const", [TK_CONTINUE] = "continue",
    [TK_DEFAULT] = "default", [TK_DEFER] = "defer", [TK_ELSE] = "else",
    [TK_FALLTHROUGH] = "fallthrough", [TK_FOR] = "for", [TK_FUNC] = "func",
    [TK_GO] = "go", [TK_GOTO] = "goto", [TK_IF] = "if",
    [TK_IMPORT] = "import", [TK_INTERFACE] = "interface", [TK_MAP] = "map",
    [TK_PACKAGE] = "package", [TK_RANGE] = "range", [TK_RETURN] = "return",
    [TK_SELECT] = "select", [TK_STRUCT] = "struct", [TK_SWITCH] = "switch",
    [TK_TYPE] = "type", [TK_VAR] = "var",
};

static const char *tok_name(int code)
{
    switch (code) {
    case 0: return "EOF";
    case TK_IDENT: return "name";
    case TK_COMMA: return "comma";
    case TK_SEMICOLON: return "semicolon or newline";
    case TK_LBODY: return "{";
    }
    if (code > 0 && code < YYNTOKEN && yy_tok_text[code])
        return yy_tok_text[code];
    return "?";
}

/* STRUCT or INTERFACE when the innermost construct still open on the
   parser stack is a struct or interface type body; 0 otherwise. (Braces
   of struct, interface and literal types are reduced to the `lbrace`
   nonterminal at once, so the keyword is what remains visible.) */
static int open_type_body(yyParser *pp)
{
    int depth = 0;
    for (yyStackEntry *e = pp->yytos; e > pp->yystack; e--) {
        switch (e->major) {
        case TK_RPAREN: case TK_RBRACK: case TK_RBRACE:
            depth++;
            break;
        case TK_STRUCT:
            if (!depth) return TK_STRUCT;
            break;
        case TK_INTERFACE:
            if (!depth) return TK_INTERFACE;
            break;
        case TK_LBRACE: case TK_LBODY:
            /* a brace not yet reduced to lbrace right after the keyword */
            if (!depth && e - 1 > pp->yystack &&
                (e[-1].major == TK_STRUCT || e[-1].major == TK_INTERFACE))
                return e[-1].major;
            /* fall through */
        case TK_LPAREN: case TK_LBRACK:
            if (!depth) return 0;
            depth--;
            break;
        }
    }
    return 0;
}

/* Whether an unclosed function-body brace is on the stack. */
static bool in_function(yyParser *pp)
{
    int depth = 0;
    for (yyStackEntry *e = pp->yytos; e > pp->yystack; e--) {
        if (e->major == TK_RBRACE)
            depth++;
        else if (e->major == TK_LBRACE || e->major == TK_LBODY) {
            if (!depth)
                return true;
            depth--;
        }
    }
    return false;
}

/* The open if/for/switch header has passed a semicolon already (or is a
   complete range clause): Go then asks for the block "after for clause". */
static bool header_has_semicolon(yyParser *pp)
{
    for (yyStackEntry *e = pp->yytos; e > pp->yystack; e--) {
        switch (e->major) {
        case TK_SEMICOLON: case TK_RANGE: return true;
        case TK_IF: case TK_FOR: case TK_SWITCH: case TK_SELECT: return false;
        }
    }
    return false;
}

/* The parser is just past a package clause or an import declaration. */
static bool after_import_or_package(yyParser *pp)
{
    int n = (int)(pp->yytos - pp->yystack);
    for (int i = 0; i < 4 && i < n; i++) {
        int m = pp->yytos[-i].major;
        if (m == TK_IMPORT || m == TK_PACKAGE)
            return true;
    }
    return false;
}

/* The top of the stack is the name in `type NAME` (alone or in a group). */
static bool in_type_decl(yyParser *pp)
{
    yyStackEntry *e = pp->yytos;
    int n = (int)(e - pp->yystack);
    if (n >= 1 && e[-1].major == TK_TYPE)
        return true;
    if (n >= 2 && e[-1].major == TK_LPAREN && e[-2].major == TK_TYPE)
        return true;
    if (n >= 4 && e[-1].major == TK_SEMICOLON && e[-3].major == TK_LPAREN &&
        e[-4].major == TK_TYPE)
        return true;
    return false;
}

/* The statement keyword (if/for/switch/select) whose header is open. */
static const char *open_header(yyParser *pp)
{
    for (yyStackEntry *e = pp->yytos; e > pp->yystack; e--) {
        switch (e->major) {
        case TK_IF: return "if";
        case TK_FOR: return "for";
        case TK_SWITCH: return "switch";
        case TK_SELECT: return "select";
        case TK_LBRACE: case TK_LBODY: return NULL;
        }
    }
    return NULL;
}

void ps_explain_syntax(void *parser, parse_ctx *p)
{
    yyParser *pp = parser;
    enum { CAP = YYSTACKDEPTH + 128 };
    YYACTIONTYPE *buf = malloc(CAP * sizeof *buf);
    bool ok[YYNTOKEN];
    int nok = 0;
    for (int t = 0; t < YYNTOKEN; t++) {
        ok[t] = buf && tok_acceptable(pp, buf, CAP, t);
        nok += ok[t];
    }
    free(buf);
    int x = p->cur.code;
    int tbody = open_type_body(pp);
    int top = pp->yytos > pp->yystack ? pp->yytos->major : 0;

    if (ok[TK_PACKAGE]) {
        ps_error(p, p->cur.pos, "syntax error: package statement must be first");
        p->failed = true;
        return;
    }
    int second = pp->yytos - 1 > pp->yystack ? pp->yytos[-1].major : 0;
    const char *hdr = open_header(pp);
    if (x == TK_VAR && (top == TK_IF || top == TK_FOR || top == TK_SWITCH)) {
        tok next;
        lex_next(p->lx, &next);
        ps_error(p, next.pos, "syntax error: var declaration not allowed in %s initializer",
                 top == TK_IF ? "if" : top == TK_FOR ? "for" : "switch");
        p->failed = true;
        return;
    }
    if (top == TK_CHAN || (top == TK_ARROW && second == TK_CHAN)) {
        ps_error(p, p->cur.pos, "syntax error: missing channel element type");
        p->failed = true;
        return;
    }
    if (top == TK_IDENT && x != TK_DEFINE && in_type_decl(pp)) {
        char d[96];
        ps_error(p, p->cur.pos, "syntax error: unexpected %s in type declaration",
                 ps_tok_desc(p, &p->cur, d, sizeof d));
        p->failed = true;
        return;
    }
    if (hdr && !strcmp(hdr, "switch") && ok[TK_LBODY] && x == TK_SEMICOLON &&
        (p->cur.flags & TF_NEWLINE)) {
        ps_error(p, p->cur.pos, "syntax error: missing { after switch clause");
        p->failed = true;
        return;
    }
    if (top == TK_COLON && second == TK_IDENT && ok[TK_IF] && !ok[x]) {
        ps_error(p, pp->yytos->minor.yy0.pos, "syntax error: missing statement after label");
        p->failed = true;
        return;
    }
    if (top == TK_ELSE) {
        ps_error(p, p->cur.pos, "syntax error: else must be followed by if or statement block");
        p->failed = true;
        return;
    }
    const char *suffix = "";
    char msg[160];

    if (ok[TK_FUNC] && ok[TK_VAR] && ok[TK_TYPE] && !ok[TK_IF]) {
        /* at the start of a top-level declaration */
        if (x == TK_IMPORT)
            ps_error(p, p->cur.pos, "syntax error: imports must appear before other declarations");
        else if ((x == TK_LBRACE || x == TK_LBODY) && p->last_top &&
                 p->last_top->kind == N_FUNCDECL && !p->last_top->c)
            ps_error(p, p->cur.pos, "syntax error: unexpected semicolon or newline before {");
        else
            ps_error(p, p->cur.pos, "syntax error: non-declaration statement outside function body");
        p->failed = true;
        return;
    }
    if (x == TK_LBODY && hdr && !strcmp(hdr, "for") && top == TK_SEMICOLON && ok[TK_INT]) {
        suffix = ", expecting for loop condition";
    } else if (ok[TK_LBODY] && hdr && !ok[TK_INT] && !header_has_semicolon(pp)) {
        suffix = ", expecting {";
    } else if (ok[TK_LBODY] && hdr && !ok[TK_INT]) {
        snprintf(msg, sizeof msg, ", expecting { after %s clause", hdr);
        suffix = msg;
    } else if (ok[TK_ASSIGN] && ok[TK_DEFINE] && ok[TK_COMMA] && !ok[TK_SEMICOLON]) {
        suffix = ", expecting := or = or comma";
    } else if (x == TK_DEFINE && ok[TK_ASSIGN]) {
        suffix = ", expecting =";
    } else if (ok[TK_COMMA] && ok[TK_COLON] && ok[TK_RBRACK]) {
        suffix = ", expecting comma, : or ]";
    } else if (ok[TK_RBRACK] && !ok[TK_COLON] && !ok[TK_SEMICOLON] &&
               !ok[TK_RBRACE] && !ok[TK_RPAREN] && !ok[TK_INT]) {
        suffix = ", expecting ]";
    } else if (ok[TK_SEMICOLON] && ok[TK_RPAREN] && !ok[TK_RBRACE]) {
        suffix = " in grouped declaration; possibly missing semicolon or newline or )";
    } else if (ok[TK_COMMA] && ok[TK_RPAREN] && !ok[TK_SEMICOLON]) {
        suffix = ok[TK_ADD] || (ok[TK_ELLIPSIS] && !ok[TK_IDENT])
                     ? " in argument list; possibly missing comma or )"
                     : " in parameter list; possibly missing comma or )";
    } else if (ok[TK_COMMA] && ok[TK_RBRACE] && !ok[TK_SEMICOLON]) {
        suffix = " in composite literal; possibly missing comma or }";
    } else if (tbody == TK_STRUCT && top == TK_IDENT && ok[TK_MAP] && ok[TK_RBRACE]) {
        suffix = ", expecting type"; /* after a field name */
    } else if (hdr && !strcmp(hdr, "for") && ok[TK_SEMICOLON] && !ok[TK_LBODY] &&
               !ok[TK_INT]) {
        suffix = ", expecting semicolon or newline";
    } else if (ok[TK_SEMICOLON] && ok[TK_RBRACE] && tbody == TK_STRUCT) {
        suffix = " in struct type; possibly missing semicolon or newline or }";
    } else if (ok[TK_SEMICOLON] && ok[TK_RBRACE] && tbody == TK_INTERFACE) {
        suffix = " in interface type; possibly missing semicolon or newline or }";
    } else if (x == TK_RBRACK && top == TK_LBRACK) {
        suffix = second == TK_MAP ? ", expecting type" : ", expecting operand";
    } else if (tbody == TK_STRUCT && ok[TK_IDENT] && ok[TK_MUL] && ok[TK_RBRACE]) {
        suffix = ", expecting field name or embedded type";
    } else if (top == TK_RETURN && ok[TK_INT]) {
        suffix = ", expecting expression";
    } else if (ok[TK_CASE] && ok[TK_DEFAULT] && ok[TK_RBRACE] && !ok[TK_IF]) {
        suffix = ", expecting case or default or }";
    } else if (ok[TK_IF] && ok[TK_RBRACE]) {
        suffix = ok[TK_CASE] ? ", expecting case or default or }" : ", expecting }";
    } else if (ok[TK_SEMICOLON] && ok[TK_RBRACE] && !ok[TK_IF]) {
        suffix = " at end of statement";
    } else if (ok[TK_SEMICOLON] && !in_function(pp) && after_import_or_package(pp)) {
        suffix = ", expecting semicolon or newline";
    } else if (ok[TK_SEMICOLON] && !in_function(pp)) {
        suffix = " after top level declaration";
    } else if (ok[TK_COLON] && ok[TK_COMMA] && !ok[TK_RBRACK] && !ok[TK_RBRACE] &&
               !ok[TK_SEMICOLON]) {
        suffix = ", expecting :";
    } else if (ok[TK_TYPE] && ok[TK_INT] && !ok[TK_IF]) {
        suffix = ", expecting type";
    } else if (ok[TK_INT]) {
        suffix = ", expecting expression";
    } else if (ok[TK_RPAREN] && ok[TK_ELLIPSIS]) {
        suffix = ", expecting )";
    } else if (nok == 2 && ok[TK_IDENT] && ok[TK_LPAREN] &&
               (top == TK_TYPE || top == TK_VAR || top == TK_CONST)) {
        suffix = ", expecting name";
    } else if (nok == 2 && ok[TK_IDENT] && ok[TK_RPAREN]) {
        suffix = ", expecting name"; /* in a grouped declaration */
    } else if (nok == 1 && ok[TK_IDENT] && top == TK_RPAREN) {
        suffix = ", expecting name or ("; /* after a method receiver */
    } else if (nok == 2 && ok[TK_LPAREN] && ok[TK_LBRACK]) {
        suffix = ", expecting ("; /* type parameters are optional */
    } else if (ok[TK_IDENT] && ok[TK_MAP] && ok[TK_CHAN] && nok > 6) {
        suffix = ", expecting type";
    } else if (ok[TK_RPAREN] && nok > 2 && !ok[TK_RBRACE]) {
        suffix = ", expecting )";
    } else if (nok == 1 || nok == 2) {
        int a = -1, b = -1;
        for (int t = 0; t < YYNTOKEN; t++)
            if (ok[t]) {
                if (a < 0) a = t; else b = t;
            }
        if (b < 0 || !strcmp(tok_name(a), tok_name(b)))
            snprintf(msg, sizeof msg, ", expecting %s", tok_name(a));
        else
            snprintf(msg, sizeof msg, ", expecting %s or %s", tok_name(a), tok_name(b));
        suffix = msg;
    }
    ps_syntax_error(p, suffix);
}
}
