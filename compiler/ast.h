/*
 * ast.h - the syntax tree that the parser builds and the checker annotates.
 *
 * One node struct serves every construct. Each kind uses a documented subset
 * of the generic child fields (a, b, c, d, list, list2, name, op, flags); the
 * table below is the contract between parser.y (which fills them), check*.c
 * (which reads them and writes the annotations at the bottom of the struct)
 * and codegen*.c (which reads both). A field a kind does not name is NULL/0.
 *
 * Nodes live in an arena owned by the compilation (ast_arena) and are freed
 * all at once with it; nothing else frees a node.
 *
 * Invariants:
 *  - every node has a valid pos (file, line, column of its first token, or of
 *    its operator for binary expressions, as go/ast reports them);
 *  - ParenExpr is kept (N_PAREN) so the checker can tell `(T){...}` apart and
 *    report positions as Go does;
 *  - the parser never resolves names: identifiers are N_IDENT with .name set.
 */
#ifndef GOLEM_AST_H
#define GOLEM_AST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A source position. file indexes the compilation's file table (src_file). */
typedef struct src_pos {
    int32_t file;
    int32_t line; /* 1-based */
    int32_t col;  /* 1-based, in bytes, as go reports columns */
} src_pos;

typedef struct ast_node ast_node;

/* A growable array of child nodes, allocated in the arena. */
typedef struct ast_list {
    ast_node **items;
    int len, cap;
} ast_list;

/*
 * Node kinds. Field use per kind (anything not listed is unused):
 *
 * --- expressions ---
 * N_BAD          placeholder after a syntax error
 * N_IDENT        name
 * N_BASICLIT     op = LIT_INT|LIT_FLOAT|LIT_IMAG|LIT_CHAR|LIT_STRING;
 *                name = the literal's source text exactly as written
 *                (quotes and all; the checker decodes it)
 * N_COMPOSITE    a = type (NULL when elided inside an outer literal);
 *                list = elements (N_KEYVALUE or plain expressions)
 * N_KEYVALUE     a = key, b = value
 * N_FUNCLIT      a = N_FUNCTYPE, b = body (N_BLOCK)
 * N_PAREN        a = inner expression or type
 * N_SELECTOR     a = operand, name = selected identifier
 * N_INDEX        a = operand, list = index expressions (1 for x[i];
 *                more for generic instantiation f[int, string])
 * N_SLICE        a = operand, b = low, c = high, d = max (each may be NULL);
 *                flags & AF_SLICE3 for the three-index form
 * N_TYPEASSERT   a = operand, b = type (NULL for x.(type) in a type switch)
 * N_CALL         a = function or type, list = arguments;
 *                flags & AF_ELLIPSIS when the last argument is `x...`
 * N_STAR         a = operand: pointer dereference or pointer type *T
 * N_UNARY        op = TK code of + - ! ^ & <- ~ ; a = operand
 * N_BINARY       op = TK code of the operator (|| && == != < <= > >= + - |
 *                ^ * / % << >> & &^); a = left, b = right
 *
 * --- types ---
 * N_ARRAYTYPE    a = length expression, or N_ELLIPSIS (no a) for [...]T,
 *                or NULL for a slice type []T; b = element type
 * N_MAPTYPE      a = key type, b = value type
 * N_CHANTYPE     op = CHAN_BOTH|CHAN_SEND|CHAN_RECV; a = element type
 * N_FUNCTYPE     list = parameters (N_FIELD), list2 = results (N_FIELD),
 *                c = type parameters N_FIELDLIST (or NULL) for generics;
 *                a variadic last parameter has type N_ELLIPSIS
 * N_STRUCTTYPE   list = fields (N_FIELD)
 * N_INTERFACETYPE list = elements: a method is N_FIELD with one name and
 *                a = N_FUNCTYPE; an embedded type / type-set term is an
 *                N_FIELD with no names and a = the type expression (a union
 *                is N_BINARY '|', a ~T term is N_UNARY '~')
 * N_FIELD        list = names (N_IDENT, possibly empty: an unnamed
 *                parameter or an embedded field), a = type,
 *                b = tag (N_BASICLIT string) or NULL
 * N_FIELDLIST    list = N_FIELDs (used for type parameter lists)
 * N_ELLIPSIS     a = element type (variadic `...T`), or nothing ([...]T)
 *
 * --- statements ---
 * N_BLOCK        list = statements; pos = `{`, end = `}`
 * N_EXPRSTMT     a = expression
 * N_SEND         a = channel, b = value
 * N_INCDEC       op = TK_INC|TK_DEC, a = operand
 * N_ASSIGN       op = TK_ASSIGN (=), TK_DEFINE (:=) or the compound token
 *                (TK_ADD_ASSIGN ...); list = left side, list2 = right side
 * N_GO, N_DEFER  a = N_CALL
 * N_RETURN       list = results
 * N_BRANCH       op = TK_BREAK|TK_CONTINUE|TK_GOTO|TK_FALLTHROUGH;
 *                name = label or NULL
 * N_LABELED      name = label, a = statement
 * N_IF           a = init stmt or NULL, b = condition, c = then N_BLOCK,
 *                d = else (N_BLOCK or N_IF) or NULL
 * N_SWITCH       a = init, b = tag expression or NULL, list = N_CASECLAUSE
 * N_TYPESWITCH   a = init, b = guard: N_ASSIGN (op TK_DEFINE, one lhs
 *                ident, rhs N_TYPEASSERT with b NULL) or N_EXPRSTMT of such
 *                an N_TYPEASSERT; list = N_CASECLAUSE (expressions are types,
 *                `nil` allowed)
 * N_CASECLAUSE   list = expressions (empty for default), list2 = body;
 *                flags & AF_DEFAULT for `default:`
 * N_SELECT       list = N_COMMCLAUSE
 * N_COMMCLAUSE   a = N_SEND, N_EXPRSTMT(<-ch), N_ASSIGN(v[, ok] =/:= <-ch)
 *                or NULL for default; list2 = body; flags & AF_DEFAULT
 * N_FOR          a = init, b = condition, c = post (each may be NULL),
 *                d = body
 * N_RANGE        a = key or NULL, b = value or NULL, c = range expression,
 *                d = body; op = TK_DEFINE, TK_ASSIGN, or 0 (`for range x`)
 * N_EMPTY        the empty statement
 * N_DECLSTMT     a = N_GENDECL
 *
 * --- declarations ---
 * N_FILE         name = package name, list = N_IMPORT, list2 = top-level
 *                declarations (N_GENDECL, N_FUNCDECL)
 * N_IMPORT       name = local alias or NULL ("." and "_" kept as written),
 *                a = path N_BASICLIT
 * N_GENDECL      op = TK_VAR|TK_CONST|TK_TYPE, list = specs
 * N_VARSPEC      list = names, a = type or NULL, list2 = values
 * N_CONSTSPEC    list = names, a = type or NULL, list2 = values;
 *                iota = index in the group. When a spec has no type and no
 *                values, the parser copies the previous spec's a and list2
 *                pointers (shared subtrees; the checker re-evaluates them with
 *                this spec's iota) and sets AF_IMPLICIT.
 * N_TYPESPEC     name, a = type, c = type parameters N_FIELDLIST or NULL;
 *                flags & AF_ALIAS for `type A = B`
 * N_FUNCDECL     name, a = receiver N_FIELD or NULL, b = N_FUNCTYPE,
 *                c = body N_BLOCK or NULL (body-less: native or //extern),
 *                extern_lib / extern_sym from a preceding
 *                `//extern LIB SYM` comment line
 */
typedef enum ast_kind {
    N_BAD,
    N_IDENT, N_BASICLIT, N_COMPOSITE, N_KEYVALUE, N_FUNCLIT, N_PAREN,
    N_SELECTOR, N_INDEX, N_SLICE, N_TYPEASSERT, N_CALL, N_STAR, N_UNARY,
    N_BINARY,
    N_ARRAYTYPE, N_MAPTYPE, N_CHANTYPE, N_FUNCTYPE, N_STRUCTTYPE,
    N_INTERFACETYPE, N_FIELD, N_FIELDLIST, N_ELLIPSIS,
    N_BLOCK, N_EXPRSTMT, N_SEND, N_INCDEC, N_ASSIGN, N_GO, N_DEFER,
    N_RETURN, N_BRANCH, N_LABELED, N_IF, N_SWITCH, N_TYPESWITCH,
    N_CASECLAUSE, N_SELECT, N_COMMCLAUSE, N_FOR, N_RANGE, N_EMPTY,
    N_DECLSTMT,
    N_FILE, N_IMPORT, N_GENDECL, N_VARSPEC, N_CONSTSPEC, N_TYPESPEC,
    N_FUNCDECL,
    N_KIND_COUNT
} ast_kind;

enum { LIT_INT = 1, LIT_FLOAT, LIT_IMAG, LIT_CHAR, LIT_STRING };
enum { CHAN_BOTH = 3, CHAN_SEND = 1, CHAN_RECV = 2 };

/* ast_node.flags */
enum {
    AF_ELLIPSIS = 1 << 0, /* call with x... */
    AF_SLICE3 = 1 << 1,   /* a[l:h:m] */
    AF_DEFAULT = 1 << 2,  /* default clause */
    AF_ALIAS = 1 << 3,    /* type A = B */
    AF_IMPLICIT = 1 << 4, /* const spec repeating the previous one */
};

/* Checker annotations (see check.h): forward declarations only. */
struct type;
struct symbol;
struct const_value;
struct ck_info;

struct ast_node {
    ast_kind kind;
    int op;        /* operator / literal kind / sub-kind, per the table */
    uint32_t flags;
    src_pos pos;
    src_pos end;   /* position of the closing token where one exists
                      (N_BLOCK `}`, N_CALL `)`, N_FUNCDECL body end) */
    ast_node *a, *b, *c, *d;
    ast_list list, list2;
    const char *name; /* interned in the compilation's string table */
    int iota;         /* N_CONSTSPEC */
    const char *extern_lib, *extern_sym; /* N_FUNCDECL with //extern */

    /* --- written by the checker; NULL/0 until then --- */
    struct type *type;         /* type of an expression; type denoted by a
                                  type expression */
    struct const_value *cval;  /* value of a constant expression */
    struct symbol *sym;        /* N_IDENT (and qualified N_SELECTOR): the
                                  object it denotes; declaring idents too */
    struct ck_info *info;      /* per-kind extra facts (check.h) */

    /* Added by the front end (parser): the position gc's syntax package
       gives the node, where go reports errors, when it differs from pos:
       N_INDEX/N_SLICE `[`, N_CALL `(`, N_SELECTOR the selected name,
       N_TYPEASSERT `.`, N_ASSIGN/N_INCDEC/N_SEND/N_RANGE the operator
       (`=`, `:=`, `++`, `<-`, `range`), N_KEYVALUE `:`, N_COMPOSITE `{`,
       N_UNARY/N_STAR the operator (same as pos). Every other node: = pos. */
    src_pos oppos;

    /* Added for lazy parsing (parse.c): an N_BLOCK function body that
       parse_file_skim() skipped (its list is empty until parse_body()
       fills it); NULL for every other node. (added, compiler/image.c) Also
       set on a standard-library N_FUNCDECL loaded from the prebuilt image
       whose signature b is stored apart: b is NULL until
       parse_signature() loads it (the checker does so when it resolves
       the function). */
    struct ast_unparsed *unparsed;
};

/* The arena that owns every node and string of one compilation. */
typedef struct ast_arena ast_arena;

ast_arena *ast_arena_new(void);
void ast_arena_free(ast_arena *ar);
void *ast_alloc(ast_arena *ar, size_t size); /* zeroed, 16-byte aligned */
ast_node *ast_new(ast_arena *ar, ast_kind kind, src_pos pos);
void ast_list_push(ast_arena *ar, ast_list *l, ast_node *n);
const char *ast_intern(ast_arena *ar, const char *s, size_t len);
const char *ast_kind_name(ast_kind k);
/* Debug dump of a subtree (used by `golem parse` and tests). */
void ast_dump(const ast_node *n, int indent, void *FILE_stream);

#endif
