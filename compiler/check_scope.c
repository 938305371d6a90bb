/*
 * check_scope.c - lexical scopes and symbol declaration.
 *
 * Scopes nest as Go's blocks do: universe -> package -> file -> function ->
 * blocks. A scope is a small array of symbols searched linearly (blocks
 * rarely hold more than a dozen names; the package and universe scopes use
 * the same array, and a name lookup costs a string comparison per entry
 * only when the first characters match). A scope that grows past
 * SCOPE_INDEX_MIN names (package blocks, the universe) also gets a hash
 * index, an open-addressing table over its symbols kept at most half full
 * and brought up to date lazily by the lookup itself: symbols are only ever
 * appended (or the whole scope emptied), so the index covers a prefix
 * syms[0..nindexed) and a later insertion of an equal name replaces the
 * earlier one, as the backward linear search would find it first. Names are
 * usually interned, so a hit is mostly a pointer comparison. Declaring a
 * name that the same
 * scope already holds is the "redeclared in this block" error; the blank
 * identifier is never entered.
 *
 * Unused-variable detection: every local SYM_VAR starts unused; a use in an
 * expression (not as the target of an assignment) marks it. When a function
 * body has been checked, its scopes are walked and each unused local gets
 * go's "declared and not used: x".
 */
#include "check_impl.h"

scope *ck_scope_new(checker *ck, scope *parent, int kind)
{
    scope *s = ck_alloc(ck, sizeof *s);
    s->parent = parent;
    s->kind = kind;
    s->arena = ck->c->arena;
    return s;
}

enum { SCOPE_INDEX_MIN = 16 };

static uint32_t name_hash(const char *name)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)name; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h;
}

static bool same_name(const char *a, const char *b)
{
    return a == b || (a[0] == b[0] && strcmp(a, b) == 0);
}

static void index_insert(scope *s, symbol *sym)
{
    uint32_t mask = (uint32_t)s->index_cap - 1;
    for (uint32_t i = name_hash(sym->name) & mask;; i = (i + 1) & mask) {
        if (!s->index[i] || same_name(s->index[i]->name, sym->name)) {
            s->index[i] = sym;
            return;
        }
    }
}

/* Brings s->index up to date with s->syms (growing or rebuilding it). */
static void index_sync(scope *s)
{
    if (s->nindexed > s->nsyms || s->nsyms * 2 > s->index_cap) {
        int cap = s->index_cap ? s->index_cap : 64;
        while (s->nsyms * 2 > cap) cap *= 2;
        s->index = ast_alloc(s->arena, sizeof *s->index * (size_t)cap);
        s->index_cap = cap;
        s->nindexed = 0;
    }
    for (; s->nindexed < s->nsyms; s->nindexed++)
        index_insert(s, s->syms[s->nindexed]);
}

static symbol *index_lookup(scope *s, const char *name)
{
    if (s->nindexed != s->nsyms) index_sync(s);
    uint32_t mask = (uint32_t)s->index_cap - 1;
    for (uint32_t i = name_hash(name) & mask; s->index[i]; i = (i + 1) & mask)
        if (same_name(s->index[i]->name, name)) return s->index[i];
    return NULL;
}

symbol *ck_scope_lookup_local(scope *s, const char *name)
{
    if (s->nsyms >= SCOPE_INDEX_MIN && s->arena) return index_lookup(s, name);
    for (int i = s->nsyms - 1; i >= 0; i--) {
        const char *n = s->syms[i]->name;
        if (n == name || (n[0] == name[0] && strcmp(n, name) == 0))
            return s->syms[i];
    }
    return NULL;
}

symbol *ck_lookup_name(checker *ck, const char *name, scope **where)
{
    for (scope *s = ck->scope; s; s = s->parent) {
        symbol *sym = ck_scope_lookup_local(s, name);
        if (sym) {
            if (where) *where = s;
            return sym;
        }
    }
    return NULL;
}

symbol *ck_new_sym(checker *ck, sym_kind k, const char *name, src_pos pos)
{
    symbol *s = ck_alloc(ck, sizeof *s);
    s->kind = k;
    s->name = name;
    s->pos = pos;
    s->pkg = ck->pkg;
    s->cg_slot = -1;
    s->cg_index = -1;
    return s;
}

bool ck_declare(checker *ck, scope *s, symbol *sym, src_pos pos)
{
    if (!sym->name || ck_is_blank(sym->name)) return true;
    symbol *old = ck_scope_lookup_local(s, sym->name);
    if (old) {
        if (old->pos.line > 0)
            ck_error(ck, pos, "%s redeclared in this block\n\t%s:%d:%d: other "
                              "declaration of %s",
                     sym->name, comp_file_name(ck->c, old->pos.file),
                     old->pos.line, old->pos.col, sym->name);
        else
            ck_error(ck, pos, "%s redeclared in this block", sym->name);
        return false;
    }
    CK_PUSH(ck, s->syms, s->nsyms, s->cap, sym);
    return true;
}

void ck_open_scope(checker *ck, int kind)
{
    scope *s = ck_scope_new(ck, ck->scope, kind);
    if (kind == SC_FUNC && ck->fctx) s->fn = ck->fctx->fn;
    ck->scope = s;
}

void ck_close_scope(checker *ck)
{
    ck_report_unused(ck, ck->scope);
    ck->scope = ck->scope->parent;
}

void ck_report_unused(checker *ck, scope *s)
{
    for (int i = 0; i < s->nsyms; i++) {
        symbol *v = s->syms[i];
        if (v->kind != SYM_VAR || v->used || v->is_param || v->is_global)
            continue;
        if (ck->fctx)
            CK_PUSH(ck, ck->fctx->unused, ck->fctx->nunused,
                    ck->fctx->capunused, v);
        else
            ck_error(ck, v->pos, "declared and not used: %s", v->name);
    }
}

static int pos_before(src_pos a, src_pos b)
{
    if (a.file != b.file) return a.file < b.file;
    if (a.line != b.line) return a.line < b.line;
    return a.col < b.col;
}

void ck_flush_unused(checker *ck, func_ctx *fc)
{
    for (int i = 1; i < fc->nunused; i++) { /* insertion sort by position */
        symbol *v = fc->unused[i];
        int j = i - 1;
        while (j >= 0 && pos_before(v->pos, fc->unused[j]->pos)) {
            fc->unused[j + 1] = fc->unused[j];
            j--;
        }
        fc->unused[j + 1] = v;
    }
    for (int i = 0; i < fc->nunused; i++)
        if (!fc->unused[i]->used)
            ck_error(ck, fc->unused[i]->pos, "declared and not used: %s",
                     fc->unused[i]->name);
    fc->nunused = 0;
}
