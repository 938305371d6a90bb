/*
 * universe.c - the predeclared identifiers of Go's universe block.
 *
 * Types (bool, int..., string, error, any, comparable, byte and rune as
 * aliases), constants (true, false, iota), nil, and the builtin functions.
 * The universe scope is built once per checker from the process-wide
 * predeclared types of types.c; its symbols have pkg == NULL. iota is a
 * SYM_CONST whose value the checker substitutes with the current spec's
 * index (and rejects outside constant declarations).
 */
#include "check_impl.h"

static symbol *add(checker *ck, scope *s, sym_kind k, const char *name,
                   type *t)
{
    src_pos nopos = {0, 0, 0};
    /* interned like every name the parser makes: a lookup that finds a
       predeclared name then compares pointers, not strings */
    name = ast_intern(ck->c->arena, name, strlen(name));
    symbol *sym = ck_new_sym(ck, k, name, nopos);
    sym->pkg = NULL;
    sym->type = t;
    sym->ck_color = 2;
    CK_PUSH(ck, s->syms, s->nsyms, s->cap, sym);
    return sym;
}

static const struct {
    const char *name;
    builtin_id id;
} builtins[] = {
    {"append", BI_APPEND}, {"cap", BI_CAP}, {"clear", BI_CLEAR},
    {"close", BI_CLOSE}, {"complex", BI_COMPLEX}, {"copy", BI_COPY},
    {"delete", BI_DELETE}, {"imag", BI_IMAG}, {"len", BI_LEN},
    {"make", BI_MAKE}, {"max", BI_MAX}, {"min", BI_MIN}, {"new", BI_NEW},
    {"panic", BI_PANIC}, {"print", BI_PRINT}, {"println", BI_PRINTLN},
    {"real", BI_REAL}, {"recover", BI_RECOVER},
};


scope *ck_universe(checker *ck)
{
    types_init();
    scope *s = ck_scope_new(ck, NULL, SC_UNIVERSE);
    type *basics[] = {ty_bool, ty_int, ty_int8, ty_int16, ty_int32,
                      ty_int64, ty_uint, ty_uint8, ty_uint16, ty_uint32,
                      ty_uint64, ty_uintptr, ty_float32, ty_float64,
                      ty_complex64, ty_complex128, ty_string};
    for (size_t i = 0; i < sizeof basics / sizeof *basics; i++)
        add(ck, s, SYM_TYPE, basics[i]->name, basics[i]);
    add(ck, s, SYM_TYPE, "byte", ty_byte);
    add(ck, s, SYM_TYPE, "rune", ty_rune);
    add(ck, s, SYM_TYPE, "error", ty_error);
    add(ck, s, SYM_TYPE, "any", ty_any);
    type *cmp = type_interface(ck->u, NULL, 0, NULL, NULL, 0, true);
    add(ck, s, SYM_TYPE, "comparable", cmp);

    symbol *t = add(ck, s, SYM_CONST, "true", ty_untyped_bool);
    t->cval = cv_new_bool(ck, true);
    symbol *f = add(ck, s, SYM_CONST, "false", ty_untyped_bool);
    f->cval = cv_new_bool(ck, false);
    symbol *iota = add(ck, s, SYM_CONST, "iota", ty_untyped_int);
    iota->cval = cv_new_int(ck, 0);
    add(ck, s, SYM_NIL, "nil", ty_untyped_nil);
    for (size_t i = 0; i < sizeof builtins / sizeof *builtins; i++) {
        symbol *b = add(ck, s, SYM_BUILTIN, builtins[i].name, NULL);
        b->builtin = builtins[i].id;
    }
    return s;
}
