/*
 * check_pkg.c - the checker's driver: packages, imports, package-level
 * declarations and initialisation order.
 *
 * check_program() checks package main. Each import is loaded on demand from
 * the compilation's files or the embedded standard library (parsed then),
 * and checked completely before the importer continues, so ck_program.pkgs
 * ends up in dependency order with main last. An import reached again while
 * it is still being checked is an import cycle.
 *
 * A package is checked in phases:
 *   1. collect: every file gets a file scope holding its imports; every
 *      top-level name is entered in the package scope, unresolved
 *      (symbol.ck_color 0) with a ck_decl that remembers its spec and file.
 *      Methods are attached to their receiver's base type name.
 *   2. resolve: objects are resolved in source order, but lazily: an
 *      identifier naming an unresolved package-level object resolves it on
 *      the spot (ck_resolve_obj), which is how Go's order-independent
 *      declarations work. Colour 1 marks an object in progress; meeting it
 *      again is a cycle (legal only through a named type).
 *   3. bodies: every function body is checked; closures are checked where
 *      they appear. In an imported (standard) package the bodies are only
 *      marked pending (ck_decl.body_pending) and checked on demand, by
 *      ck_ensure_body() when codegen reaches the function or when the
 *      init-order walk needs its dependencies: start-up checks only what
 *      runs. Declarations and signatures are always checked eagerly. The
 *      environment variable GOLEM_CHECK_ALL turns this off (every body is
 *      checked, unused imports reported), which tests/unit/test_stdlib.c
 *      uses to keep every shipped package fully checked.
 *   4. init order: while resolving variable initialisers and function
 *      bodies the checker records, per package-level declaration, which
 *      package-level variables and functions it references (ck_decl.deps).
 *      Variables are then emitted dependencies-first, in source order
 *      otherwise, following references through function bodies; meeting a
 *      variable that is being emitted is an initialization cycle.
 *   5. unused imports.
 */
#include "check_impl.h"
#include "stdlib.h"
#include "vm.h"

/* ---------- package registry ---------- */

static pkg_entry *find_entry(checker *ck, const char *path)
{
    for (int i = 0; i < ck->npkgs; i++)
        if (strcmp(ck->pkgs[i].path, path) == 0) return &ck->pkgs[i];
    return NULL;
}

static pkg_entry *add_entry(checker *ck, const char *path, ck_package *p)
{
    if (ck->npkgs == ck->cappkgs) {
        int nc = ck->cappkgs ? ck->cappkgs * 2 : 16;
        pkg_entry *n = ck_alloc(ck, sizeof *n * (size_t)nc);
        if (ck->npkgs) memcpy(n, ck->pkgs, sizeof *n * (size_t)ck->npkgs);
        ck->pkgs = n;
        ck->cappkgs = nc;
    }
    pkg_entry *e = &ck->pkgs[ck->npkgs++];
    e->path = path;
    e->pkg = p;
    e->checking = true;
    return e;
}

static void check_package(checker *ck, ck_package *pkg, int *files,
                          int nfiles);

/* Indices of the compilation's files of package `path`, loading them from
   the embedded standard library when none were added. */
static int package_files(checker *ck, const char *path, int **out)
{
    compilation *c = ck->c;
    int n = 0;
    int *idx = ck_alloc(ck, sizeof(int) * (size_t)(c->nfiles + 64));
    for (int i = 0; i < c->nfiles; i++)
        if (c->files[i].pkgpath && strcmp(c->files[i].pkgpath, path) == 0)
            idx[n++] = i;
    if (n == 0 && strcmp(path, "main") != 0) {
        for (const stdlib_file *f = stdlib_files; f->pkgpath; f++) {
            if (strcmp(f->pkgpath, path) != 0 || n >= 64) continue;
            int fi = comp_add_file_static(c, f->name, f->text, f->len,
                                          f->pkgpath);
            /* lazy bodies: the skimmed tree prebuilt at build time
               (compiler/image.c), else skim now; a body is parsed when it
               is checked */
            if (fi < 0) {
                ck->nerrors++;
                continue;
            }
            bool ok = ck->lazy_bodies
                          ? image_load_stdlib_file(c, fi,
                                                   (int)(f - stdlib_files)) ||
                                parse_file_skim(c, fi)
                          : parse_file(c, fi);
            if (!ok) ck->nerrors++;
            idx[n++] = fi;
        }
    }
    *out = idx;
    return n;
}

static bool unsupported_import(checker *ck, const char *path, src_pos pos)
{
    static const char *no[] = {"unsafe", "C", "reflect", "runtime/cgo",
                               "syscall", "plugin"};
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (strcmp(path, no[i]) == 0) {
            ck_error(ck, pos, "golem: package %s is not supported", path);
            return true;
        }
    return false;
}

/* Whether path lies under one of the top-level folders of Go's standard
   library (an unknown path there is a package golem does not have yet,
   rather than one that does not exist). */
static bool in_go_std_tree(const char *path)
{
    static const char *roots[] = {
        "archive", "bufio", "bytes", "cmp", "compress", "container",
        "context", "crypto", "database", "debug", "embed", "encoding",
        "errors", "expvar", "flag", "fmt", "go", "hash", "html", "image",
        "index", "io", "iter", "log", "maps", "math", "mime", "net", "os",
        "path", "regexp", "runtime", "slices", "sort", "strconv", "strings",
        "sync", "testing", "text", "time", "unicode", "unique"};
    size_t len = strcspn(path, "/");
    for (size_t i = 0; i < sizeof roots / sizeof *roots; i++)
        if (strlen(roots[i]) == len && strncmp(path, roots[i], len) == 0)
            return true;
    return false;
}

/* Saved checker context around the check of another package or of a
   package-level object reached from inside a body. */
typedef struct ck_saved {
    ck_package *pkg;
    scope *file_scope, *scope;
    func_ctx *fctx;
    ck_decl *cur_decl;
    int iota;
    bool in_stdlib;
    const char *cur_func_name;
    int funclit_count;
    ast_node **methods;
    scope **method_files;
    int nmethods, capmethods, nmfiles, capmfiles;
} ck_saved;

static void save_ctx(checker *ck, ck_saved *s)
{
    s->pkg = ck->pkg;
    s->file_scope = ck->file_scope;
    s->scope = ck->scope;
    s->fctx = ck->fctx;
    s->cur_decl = ck->cur_decl;
    s->iota = ck->iota;
    s->in_stdlib = ck->in_stdlib;
    s->cur_func_name = ck->cur_func_name;
    s->funclit_count = ck->funclit_count;
    s->methods = ck->methods;
    s->method_files = ck->method_files;
    s->nmethods = ck->nmethods;
    s->capmethods = ck->capmethods;
    s->nmfiles = ck->nmfiles;
    s->capmfiles = ck->capmfiles;
}

static void restore_ctx(checker *ck, ck_saved *s)
{
    ck->pkg = s->pkg;
    ck->file_scope = s->file_scope;
    ck->scope = s->scope;
    ck->fctx = s->fctx;
    ck->cur_decl = s->cur_decl;
    ck->iota = s->iota;
    ck->in_stdlib = s->in_stdlib;
    ck->cur_func_name = s->cur_func_name;
    ck->funclit_count = s->funclit_count;
    ck->methods = s->methods;
    ck->method_files = s->method_files;
    ck->nmethods = s->nmethods;
    ck->capmethods = s->capmethods;
    ck->nmfiles = s->nmfiles;
    ck->capmfiles = s->capmfiles;
}

ck_package *ck_import(checker *ck, const char *path, src_pos pos)
{
    pkg_entry *e = find_entry(ck, path);
    if (e) {
        if (e->checking) {
            ck_error(ck, pos, "import cycle not allowed");
            return NULL;
        }
        return e->pkg;
    }
    if (unsupported_import(ck, path, pos)) return NULL;
    int *files;
    int n = package_files(ck, path, &files);
    if (n == 0) {
        if (in_go_std_tree(path))
            ck_error(ck, pos, "golem: package %s is not supported yet", path);
        else
            ck_error(ck, pos, "package %s is not in std", path);
        return NULL;
    }
    ck_package *p = ck_alloc(ck, sizeof *p);
    p->path = path;
    add_entry(ck, path, p);
    ck_saved s;
    save_ctx(ck, &s);
    ck->in_stdlib = true;
    check_package(ck, p, files, n);
    restore_ctx(ck, &s);
    find_entry(ck, path)->checking = false;
    return p;
}

/* ---------- collecting declarations ---------- */

/* "pkg.name", "pkg.T.name" or "pkg.(*T).name": the link name of a
   function or method (built by hand: this runs for every function of every
   imported package, and a printf costs ten times as much). */
static const char *link_name(checker *ck, const char *pkg, const char *recv,
                             bool ptr, const char *name)
{
    size_t lp = strlen(pkg), lr = recv ? strlen(recv) : 0,
           ln = name ? strlen(name) : 0;
    char *s = ck_alloc(ck, lp + lr + ln + 6), *p = s;
    memcpy(p, pkg, lp);
    p += lp;
    *p++ = '.';
    if (recv) {
        if (ptr) {
            memcpy(p, "(*", 2);
            p += 2;
        }
        memcpy(p, recv, lr);
        p += lr;
        if (ptr)
            *p++ = ')';
        *p++ = '.';
    }
    if (ln)
        memcpy(p, name, ln);
    p[ln] = 0;
    return s;
}

static ck_decl *new_decl(checker *ck, ast_node *spec, int index)
{
    ck_decl *d = ck_alloc(ck, sizeof *d);
    d->spec = spec;
    d->index = index;
    d->file = ck->file_scope;
    return d;
}

static const char *import_path(checker *ck, ast_node *lit)
{
    type *t;
    const char *err;
    const_value *v = cv_from_literal(ck, lit, &t, &err);
    return v && v->kind == CV_STRING ? v->s : "";
}

static void collect_import(checker *ck, ast_node *imp)
{
    const char *path = import_path(ck, imp->a);
    ck_package *p = ck_import(ck, path, imp->a->pos);
    if (!p) {
        /* declare the name anyway so that its uses do not cascade */
        const char *base = strrchr(path, '/');
        const char *name = imp->name ? imp->name : base ? base + 1 : path;
        if (strcmp(name, "_") == 0 || strcmp(name, ".") == 0) return;
        symbol *s = ck_new_sym(ck, SYM_PKG, name, imp->pos);
        s->decl = imp;
        s->ck_color = 2;
        s->used = true;
        ck_declare(ck, ck->file_scope, s, imp->pos);
        return;
    }
    const char *alias = imp->name;
    if (alias && strcmp(alias, "_") == 0) return;
    if (alias && strcmp(alias, ".") == 0) {
        scope *ps = p->scope;
        for (int i = 0; i < ps->nsyms; i++)
            if (ck_is_exported(ps->syms[i]->name))
                ck_declare(ck, ck->file_scope, ps->syms[i], imp->pos);
        return;
    }
    symbol *s = ck_new_sym(ck, SYM_PKG, alias ? alias : p->name, imp->pos);
    s->imported = p;
    s->decl = imp;
    s->ck_color = 2;
    if (alias) s->link_name = alias; /* remembers "imported as" */
    ck_declare(ck, ck->file_scope, s, imp->pos);
}

static symbol *declare_pkg_obj(checker *ck, sym_kind k, ast_node *ident,
                               ast_node *spec, int index)
{
    const char *name = ident->name;
    symbol *s = ck_new_sym(ck, k, name, ident->pos);
    s->decl = spec;
    s->ck_decl = new_decl(ck, spec, index);
    if (k == SYM_VAR) s->is_global = true;
    ident->sym = s;
    if (ck_is_blank(name)) return s;
    symbol *imp = ck_scope_lookup_local(ck->file_scope, name);
    if (imp && imp->kind == SYM_PKG) {
        ck_error(ck, ident->pos, "%s already declared through import of %s",
                 name, imp->imported ? imp->imported->path : name);
        return s;
    }
    if (k != SYM_FUNC && (strcmp(name, "init") == 0 ||
                          (strcmp(name, "main") == 0 &&
                           strcmp(ck->pkg->path, "main") == 0))) {
        ck_error(ck, ident->pos, "cannot declare %s - must be func", name);
        return s;
    }
    ck_declare(ck, ck->pkg->scope, s, ident->pos);
    return s;
}

/* Objects of the package in source order (for resolution and init). */
typedef struct objlist {
    symbol **items;
    int n, cap;
} objlist;

static void collect_gendecl(checker *ck, ast_node *g, objlist *objs)
{
    for (int i = 0; i < g->list.len; i++) {
        ast_node *spec = g->list.items[i];
        if (spec->kind == N_TYPESPEC) {
            ast_node id = {.kind = N_IDENT, .name = spec->name,
                           .pos = spec->pos};
            symbol *s = declare_pkg_obj(ck, SYM_TYPE, &id, spec, 0);
            CK_PUSH(ck, objs->items, objs->n, objs->cap, s);
            continue;
        }
        sym_kind k = spec->kind == N_CONSTSPEC ? SYM_CONST : SYM_VAR;
        symbol **names = ck_alloc(ck, sizeof(symbol *) *
                                          (size_t)(spec->list.len + 1));
        for (int j = 0; j < spec->list.len; j++) {
            symbol *s = declare_pkg_obj(ck, k, spec->list.items[j], spec, j);
            names[j] = s;
            CK_PUSH(ck, objs->items, objs->n, objs->cap, s);
        }
        for (int j = 0; j < spec->list.len; j++) {
            names[j]->ck_decl->names = names;
            names[j]->ck_decl->nnames = spec->list.len;
        }
    }
}

static const char *receiver_base(ast_node *recv)
{
    ast_node *t = recv ? recv->a : NULL;
    while (t) {
        if (t->kind == N_PAREN || t->kind == N_STAR) t = t->a;
        else if (t->kind == N_INDEX) t = t->a;
        else break;
    }
    return t && t->kind == N_IDENT ? t->name : NULL;
}

/* Position of a function's name, where go reports errors about it: the
   tree keeps the `func` keyword's; the name follows it after one space
   (methods keep the keyword position). */
static src_pos func_name_pos(ast_node *f)
{
    src_pos p = f->pos;
    if (!f->a) p.col += 5;
    return p;
}

static void collect_funcdecl(checker *ck, ast_node *f, objlist *objs)
{
    if (f->a) { /* method: attach later */
        CK_PUSH(ck, ck->methods, ck->nmethods, ck->capmethods, f);
        CK_PUSH(ck, ck->method_files, ck->nmfiles, ck->capmfiles,
                ck->file_scope);
        return;
    }
    symbol *s = ck_new_sym(ck, SYM_FUNC, f->name, func_name_pos(f));
    s->decl = f;
    s->funcdecl = f;
    s->ck_decl = new_decl(ck, f, 0);
    s->link_name = link_name(ck, ck->pkg->path, NULL, false, f->name);
    CK_PUSH(ck, objs->items, objs->n, objs->cap, s);
    if (strcmp(f->name, "init") == 0) {
        if (f->b && (f->b->list.len || f->b->list2.len))
            ck_error(ck, func_name_pos(f),
                     "func init must have no arguments and no return values");
        if (f->b && f->b->c)
            ck_error(ck, func_name_pos(f),
                     "func init must have no type parameters");
        CK_PUSH(ck, ck->pkg->init_funcs, ck->pkg->ninit_funcs,
                ck->pkg->capinit_funcs, s);
        return;
    }
    if (strcmp(f->name, "main") == 0 && strcmp(ck->pkg->path, "main") == 0 &&
        f->b && (f->b->list.len || f->b->list2.len))
        ck_error(ck, func_name_pos(f),
                 "func main must have no arguments and no return values");
    if (!f->c && !ck->in_stdlib && !f->extern_sym)
        ck_error(ck, func_name_pos(f), "missing function body");
    ck_declare(ck, ck->pkg->scope, s, func_name_pos(f));
}

/* Attaches every collected method declaration to its receiver base type. */
static void attach_methods(checker *ck)
{
    for (int i = 0; i < ck->nmethods; i++) {
        ast_node *f = ck->methods[i];
        const char *base = receiver_base(f->a);
        symbol *t = base ? ck_scope_lookup_local(ck->pkg->scope, base) : NULL;
        if (!t && base && ck_scope_lookup_local(ck->universe, base)) {
            ck_error(ck, f->a->a ? f->a->a->pos : f->pos,
                     "cannot define new methods on non-local type %s", base);
            continue;
        }
        if (!t || t->kind != SYM_TYPE || !t->ck_decl) {
            if (base && !t)
                ck_error(ck, f->a->a ? f->a->a->pos : f->pos,
                         "undefined: %s", base);
            else if (t)
                ck_error(ck, f->a->pos,
                         "cannot define new methods on non-local type %s",
                         base);
            continue;
        }
        ck_decl *d = t->ck_decl;
        CK_PUSH(ck, d->methods, d->nmethods, d->capmethods, f);
        CK_PUSH(ck, d->method_files, d->nmfiles, d->capmfiles,
                ck->method_files[i]);
    }
}

/* ---------- resolution ---------- */

void ck_add_dep(checker *ck, symbol *s)
{
    ck_decl *d = ck->cur_decl;
    if (!d || !s->ck_decl || s->pkg != ck->pkg) return;
    if (s->kind != SYM_VAR && s->kind != SYM_FUNC) return;
    if (s->kind == SYM_VAR && !s->is_global) return;
    for (int i = 0; i < d->ndeps; i++)
        if (d->deps[i] == s) return;
    CK_PUSH(ck, d->deps, d->ndeps, d->capdeps, s);
}

static void resolve_var(checker *ck, symbol *s)
{
    ck_decl *d = s->ck_decl;
    if (d->spec->list2.len == d->nnames) { /* n:n: each name on its own */
        ck_var_spec(ck, d->spec, d->names, d->nnames, d->index);
        d->spec->list.items[d->index]->type = s->type;
        return;
    }
    for (int i = 0; i < d->nnames; i++)
        if (d->names[i] != s) d->names[i]->ck_color = 1;
    ck_var_spec(ck, d->spec, d->names, d->nnames, -1);
    for (int i = 0; i < d->nnames; i++) {
        d->names[i]->ck_color = 2;
        d->spec->list.items[i]->type = d->names[i]->type;
    }
}

static void resolve_func(checker *ck, symbol *s)
{
    ast_node *f = s->funcdecl;
    if (!parse_signature(ck->c, f)) { /* stored apart in the image */
        ck->nerrors++;
        return;
    }
    scope *tps = f->a ? ck_receiver_tparams(ck, f->a) : NULL;
    if (!tps && f->b && f->b->c && f->b->c->list.len) {
        if (f->a)
            ck_error(ck, f->b->c->pos, "methods cannot have type parameters");
        tps = ck_scope_new(ck, ck->scope, SC_BLOCK);
        ck->scope = tps;
        s->tparams = ck_declare_tparams(ck, f->b->c, &s->ntparams);
    }
    if (tps) {
        ck->scope = tps;
        s->ck_decl->tparam_scope = tps;
    }
    ck->tparam_depth += tps != NULL;
    s->type = ck_signature(ck, f->b, f->a, NULL, NULL, NULL, NULL);
    ck->tparam_depth -= tps != NULL;
    if (f->a && f->a->a) s->recv = f->a->a->type;
}

void ck_resolve_obj(checker *ck, symbol *s)
{
    if (s->ck_color == 2 || !s->ck_decl) return;
    if (s->ck_color == 1) {
        if (s->kind == SYM_TYPE) return; /* named type in progress: fine */
        if (s->kind == SYM_FUNC) return; /* recursion through bodies */
        if (s->kind == SYM_VAR) return; /* reported by the init order */
        ck_error(ck, s->pos, "initialization cycle: %s refers to itself",
                 s->name);
        s->type = ty_invalid;
        return;
    }
    s->ck_color = 1;
    ck_saved sv;
    save_ctx(ck, &sv);
    if (s->pkg && s->pkg != ck->pkg) {
        /* resolved on first use from another package (lazy_objs in
           check_package): only standard packages are imported */
        ck->pkg = s->pkg;
        ck->in_stdlib = true;
    }
    ck->scope = s->ck_decl->file;
    ck->file_scope = s->ck_decl->file;
    ck->fctx = NULL;
    ck->cur_decl = s->ck_decl;
    ck->iota = -1;
    switch (s->kind) {
    case SYM_CONST:
        ck_const_spec(ck, s->ck_decl->spec, &s, 1);
        break;
    case SYM_VAR:
        resolve_var(ck, s);
        break;
    case SYM_TYPE:
        ck_type_spec(ck, s->ck_decl->spec, s);
        break;
    case SYM_FUNC:
        resolve_func(ck, s);
        break;
    default:
        break;
    }
    restore_ctx(ck, &sv);
    s->ck_color = 2;
    if (!s->type) s->type = ty_invalid;
}

/* ---------- method declarations ---------- */

static void declare_methods(checker *ck, symbol *tsym)
{
    ck_decl *d = tsym->ck_decl;
    type *named = tsym->type;
    if (!d || !named || named->kind != T_NAMED || d->nmethods == 0) return;
    method *ms = types_alloc(ck->u, sizeof *ms * (size_t)d->nmethods);
    int n = 0;
    for (int i = 0; i < d->nmethods; i++) {
        ast_node *f = d->methods[i];
        bool dup = false;
        for (int j = 0; j < n; j++)
            if (ms[j].name == f->name ||
                (ms[j].name[0] == f->name[0] && strcmp(ms[j].name, f->name) == 0))
                dup = true;
        if (dup) {
            ast_node *first = NULL;
            for (int j = 0; j < i; j++)
                if (strcmp(d->methods[j]->name, f->name) == 0 && !first)
                    first = d->methods[j];
            ck_error(ck, f->pos, "method %s.%s already declared at %s:%d:%d",
                     tsym->name, f->name,
                     comp_file_name(ck->c, first->pos.file), first->pos.line,
                     first->pos.col);
            continue;
        }
        symbol *s = ck_new_sym(ck, SYM_FUNC, f->name, f->pos);
        s->decl = f;
        s->funcdecl = f;
        s->ck_decl = new_decl(ck, f, 0);
        s->ck_decl->file = d->method_files[i];
        ast_node *rt = f->a->a;
        while (rt && rt->kind == N_PAREN) rt = rt->a;
        bool ptr = rt && rt->kind == N_STAR;
        s->link_name = link_name(ck, ck->pkg->path, tsym->name, ptr,
                                 f->name);
        if (f->name && ck_is_blank(f->name)) continue;
        ms[n].name = f->name;
        ms[n].func = s;
        ms[n].ptr_recv = ptr;
        n++;
        CK_PUSH(ck, d->method_syms, d->nmsyms, d->capmsyms, s);
    }
    /* sort by name (insertion sort: lists are short) */
    for (int i = 1; i < n; i++) {
        method m = ms[i];
        int j = i - 1;
        while (j >= 0 && strcmp(ms[j].name, m.name) > 0) {
            ms[j + 1] = ms[j];
            j--;
        }
        ms[j + 1] = m;
    }
    named->mdecl = ms;
    named->nmdecl = n;
}

void ck_resolve_type_methods(checker *ck, type *named)
{
    if (named->kind != T_NAMED || !named->obj) return;
    symbol *ts = named->obj;
    if (ts->ck_decl && ts->ck_decl->nmethods && !named->mdecl)
        declare_methods(ck, ts);
}

type *ck_method_sig(checker *ck, method *m)
{
    if (!m->sig && m->func) {
        ck_resolve_obj(ck, m->func);
        m->sig = m->func->type;
    }
    return m->sig ? m->sig : ty_invalid;
}

static void check_method_decls(checker *ck, symbol *tsym)
{
    type *named = tsym->type;
    if (!named || named->kind != T_NAMED) return;
    ck_resolve_type_methods(ck, named);
    type *u = type_under(named);
    for (int i = 0; i < named->nmdecl; i++) {
        method *m = &named->mdecl[i];
        ck_method_sig(ck, m);
        if (u->kind == T_STRUCT)
            for (int j = 0; j < u->nfields; j++)
                if (strcmp(u->fields[j].name, m->name) == 0)
                    ck_error(ck, m->func->pos,
                             "field and method with the same name %s",
                             m->name);
        if (u->kind == T_POINTER || u->kind == T_INTERFACE)
            ck_error(ck, m->func->decl->a->pos,
                     "invalid receiver type %s (pointer or interface type)",
                     tsym->name);
    }
}

/* ---------- init order ---------- */

static bool ensure_body(checker *ck, symbol *s);

static void collect_var_deps(checker *ck, ck_decl *d, int walk,
                             symbol ***out, int *n, int *cap)
{
    for (int i = 0; i < d->ndeps; i++) {
        symbol *s = d->deps[i];
        if (s->kind == SYM_VAR) {
            CK_PUSH(ck, *out, *n, *cap, s);
        } else if (s->kind == SYM_FUNC && s->ck_decl &&
                   s->ck_decl->walk != walk) {
            s->ck_decl->walk = walk;
            ensure_body(ck, s); /* its deps are recorded by its body */
            collect_var_deps(ck, s->ck_decl, walk, out, n, cap);
        }
    }
}

typedef struct init_state {
    ast_node **order;
    int n, cap;
    int walk;
    symbol *stack[256]; /* variables being emitted (for cycle reports) */
    int depth;
} init_state;

static void report_cycle(checker *ck, symbol *v, init_state *st)
{
    int from = st->depth - 1;
    while (from > 0 && st->stack[from] != v) from--;
    if (st->stack[from] != v || from == st->depth - 1) {
        ck_error(ck, v->pos, "initialization cycle: %s refers to itself",
                 v->name);
        return;
    }
    char buf[2048];
    int n = snprintf(buf, sizeof buf, "initialization cycle for %s", v->name);
    for (int i = from; i < st->depth && n < (int)sizeof buf - 200; i++) {
        symbol *s = st->stack[i];
        n += snprintf(buf + n, sizeof buf - (size_t)n, "\n\t%s:%d:%d: %s refers to",
                      comp_file_name(ck->c, s->pos.file), s->pos.line,
                      s->pos.col, s->name);
    }
    snprintf(buf + n, sizeof buf - (size_t)n, "\n\t%s:%d:%d: %s",
             comp_file_name(ck->c, v->pos.file), v->pos.line, v->pos.col,
             v->name);
    ck_error(ck, v->pos, "%s", buf);
}

static void emit_var(checker *ck, symbol *v, init_state *st)
{
    ck_decl *d = v->ck_decl;
    if (!d || d->emitted) return;
    if (d->visiting) {
        report_cycle(ck, v, st);
        d->emitted = true;
        return;
    }
    d->visiting = true;
    if (st->depth < 256) st->stack[st->depth] = v;
    st->depth++;
    symbol **deps = NULL;
    int n = 0, cap = 0;
    st->walk++;
    collect_var_deps(ck, d, st->walk, &deps, &n, &cap);
    for (int i = 0; i < n; i++) emit_var(ck, deps[i], st);
    st->depth--;
    d->visiting = false;
    /* all names of a spec share one emission */
    for (int i = 0; i < d->nnames; i++)
        if (d->names[i]->ck_decl) d->names[i]->ck_decl->emitted = true;
    d->emitted = true;
    if (d->spec->list2.len) {
        bool seen = false;
        for (int i = 0; i < st->n; i++)
            if (st->order[i] == d->spec) seen = true;
        if (!seen) CK_PUSH(ck, st->order, st->n, st->cap, d->spec);
    }
}

/* Dependencies of a spec are recorded on the ck_decl of the name that was
   resolved; merge them so that every name of a spec sees them all. */
static void merge_spec_deps(checker *ck, symbol *v)
{
    ck_decl *d = v->ck_decl;
    for (int i = 0; i < d->nnames; i++) {
        ck_decl *o = d->names[i]->ck_decl;
        if (o == d) continue;
        for (int j = 0; j < o->ndeps; j++) {
            ck_decl *save = ck->cur_decl;
            ck->cur_decl = d;
            ck_add_dep(ck, o->deps[j]);
            ck->cur_decl = save;
        }
    }
}

/* Is every variable v's initialiser depends on (through functions too)
   initialised, apart from the variables of v's own spec? */
static bool spec_ready(checker *ck, symbol *v, int walk)
{
    symbol **deps = NULL;
    int n = 0, cap = 0;
    collect_var_deps(ck, v->ck_decl, walk, &deps, &n, &cap);
    for (int i = 0; i < n; i++) {
        ck_decl *d = deps[i]->ck_decl;
        if (!d || d->emitted) continue;
        /* another name of the same n:n spec is initialised with it; a
           variable reaching itself (or, in a tuple spec, its siblings) is
           a cycle and never ready */
        ast_node *spec = v->ck_decl->spec;
        if (d->spec == spec && deps[i] != v &&
            spec->list2.len == spec->list.len)
            continue;
        return false;
    }
    return true;
}

static void mark_spec_emitted(symbol *v)
{
    ck_decl *d = v->ck_decl;
    if (d->emitted)
        return; /* its spec's names were marked with it */
    d->emitted = true;
    for (int i = 0; i < d->nnames; i++)
        if (d->names[i]->ck_decl) d->names[i]->ck_decl->emitted = true;
}

/* Go's rule: repeatedly initialise the earliest variable (in declaration
   order) that is ready, i.e. whose dependencies are all initialised.
   Variables left over depend on each other: an initialization cycle,
   reported along its path by emit_var's depth-first walk. */
static void compute_init_order(checker *ck, objlist *objs)
{
    init_state st;
    memset(&st, 0, sizeof st);
    for (int i = 0; i < objs->n; i++) {
        symbol *v = objs->items[i];
        ast_node *spec = v->kind == SYM_VAR ? v->ck_decl->spec : NULL;
        if (spec != NULL && spec->list2.len != 0 &&
            spec->list2.len != spec->list.len)
            merge_spec_deps(ck, v); /* tuple specs share their deps */
    }
    for (int i = 0; i < objs->n; i++) {
        symbol *v = objs->items[i];
        if (v->kind == SYM_VAR && v->ck_decl->spec->list2.len == 0)
            mark_spec_emitted(v); /* zero values: initialised from the start */
    }
    /* Go's rule: repeatedly the first variable in declaration order that
       is ready. Everything before `lo` is emitted already, so the search
       starts there (linear when variables are ready in order). */
    int lo = 0;
    for (;;) {
        while (lo < objs->n && (objs->items[lo]->kind != SYM_VAR ||
                                objs->items[lo]->ck_decl->emitted))
            lo++;
        symbol *pick = NULL;
        for (int i = lo; i < objs->n && !pick; i++) {
            symbol *v = objs->items[i];
            if (v->kind != SYM_VAR || v->ck_decl->emitted) continue;
            if (spec_ready(ck, v, ++st.walk)) pick = v;
        }
        if (!pick) break;
        mark_spec_emitted(pick);
        CK_PUSH(ck, st.order, st.n, st.cap, pick->ck_decl->spec);
    }
    for (int i = 0; i < objs->n; i++) {
        symbol *v = objs->items[i];
        if (v->kind == SYM_VAR && !v->ck_decl->emitted) {
            emit_var(ck, v, &st); /* reports the cycle, emits the rest */
            break;
        }
    }
    ck->pkg->init_order = st.order;
    ck->pkg->ninit = st.n;
    /* globals: initialised ones in init order, then the rest */
    symbol **g = NULL;
    int n = 0, cap = 0;
    for (int i = 0; i < st.n; i++) {
        ast_node *spec = st.order[i];
        for (int j = 0; j < spec->list.len; j++)
            if (spec->list.items[j]->sym)
                CK_PUSH(ck, g, n, cap, spec->list.items[j]->sym);
    }
    for (int i = 0; i < objs->n; i++) {
        symbol *v = objs->items[i];
        if (v->kind == SYM_VAR && v->ck_decl->spec->list2.len == 0)
            CK_PUSH(ck, g, n, cap, v);
    }
    ck->pkg->globals = g;
    ck->pkg->nglobals = n;
}

/* ---------- bodies ---------- */

ck_func *ck_new_func(checker *ck, ast_node *decl, symbol *sym, type *sig)
{
    ck_func *fn = ck_alloc(ck, sizeof *fn);
    fn->decl = decl;
    fn->sym = sym;
    fn->sig = sig;
    CK_PUSH(ck, ck->pkg->funcs, ck->pkg->nfuncs, ck->pkg->capfuncs, fn);
    return fn;
}

static void check_body_now(checker *ck, symbol *s)
{
    ast_node *f = s->funcdecl;
    ck_saved sv;
    save_ctx(ck, &sv);
    ck->scope = s->ck_decl->tparam_scope ? s->ck_decl->tparam_scope
                                         : s->ck_decl->file;
    ck->file_scope = s->ck_decl->file;
    ck->cur_decl = s->ck_decl;
    ck->iota = -1;
    ck->cur_func_name = s->link_name;
    ck->funclit_count = 0;
    if (!parse_body(ck->c, f)) ck->nerrors++; /* skimmed (lazy) body */
    ck_func *fn = ck_new_func(ck, f, s, s->type);
    fn->name = s->link_name;
    ck_func_body(ck, fn, f->c);
    restore_ctx(ck, &sv);
}

static void check_body(checker *ck, symbol *s)
{
    ast_node *f = s->funcdecl;
    if (!f || !f->c) {
        if (f) ck->pkg->native = true;
        return;
    }
    if (ck->lazy_bodies && ck->in_stdlib && s->ck_decl) {
        s->ck_decl->body_pending = true;
        return;
    }
    check_body_now(ck, s);
}

/* Checks a deferred body now, in its own package's context. */
static bool ensure_body(checker *ck, symbol *s)
{
    ck_decl *d = s->ck_decl;
    if (!d || !d->body_pending) return false;
    d->body_pending = false;
    ck_saved sv;
    save_ctx(ck, &sv);
    ck->pkg = s->pkg;
    ck->in_stdlib = true;
    ck->fctx = NULL;
    check_body_now(ck, s);
    restore_ctx(ck, &sv);
    return true;
}

bool ck_ensure_body(ck_program *prog, symbol *fn)
{
    if (!prog || !prog->lazy || !fn) return false;
    return ensure_body(prog->lazy, fn);
}

/* ---------- the package ---------- */

static void check_unused_imports(checker *ck, scope *file)
{
    for (int i = 0; i < file->nsyms; i++) {
        symbol *s = file->syms[i];
        if (s->kind != SYM_PKG || s->used || !s->imported) continue;
        if (s->link_name)
            ck_error(ck, s->pos, "\"%s\" imported as %s and not used",
                     s->imported->path, s->name);
        else
            ck_error(ck, s->pos, "\"%s\" imported and not used",
                     s->imported->path);
    }
}

static void check_package(checker *ck, ck_package *pkg, int *files,
                          int nfiles)
{
    ck->pkg = pkg;
    pkg->scope = ck_scope_new(ck, ck->universe, SC_PACKAGE);
    ck->methods = NULL;
    ck->nmethods = ck->capmethods = 0;
    ck->method_files = NULL;
    ck->nmfiles = ck->capmfiles = 0;
    ast_node *first = ck->c->files[files[0]].ast;
    pkg->name = first && first->name ? first->name : pkg->path;
    scope **fscopes = ck_alloc(ck, sizeof(scope *) * (size_t)nfiles);
    objlist objs = {0};
    for (int i = 0; i < nfiles; i++) {
        ast_node *file = ck->c->files[files[i]].ast;
        fscopes[i] = ck_scope_new(ck, pkg->scope, SC_FILE);
        if (!file) continue;
        if (file->name && strcmp(file->name, pkg->name) != 0)
            ck_error(ck, file->pos, "package %s; expected package %s",
                     file->name, pkg->name);
        ck->file_scope = ck->scope = fscopes[i];
        for (int j = 0; j < file->list.len; j++)
            collect_import(ck, file->list.items[j]);
        ck->pkg = pkg; /* ck_import restored it, but be explicit */
        for (int j = 0; j < file->list2.len; j++) {
            ast_node *d = file->list2.items[j];
            if (d->kind == N_GENDECL) collect_gendecl(ck, d, &objs);
            else if (d->kind == N_FUNCDECL) collect_funcdecl(ck, d, &objs);
        }
    }
    attach_methods(ck);
    /* An imported standard package's functions and constants are resolved
       when first referenced (ck_resolve_obj), not here: a program uses few
       of them. Its variables (all initialised, in order) and types (their
       method sets feed codegen) are resolved now. */
    bool lazy_objs = ck->lazy_bodies && ck->in_stdlib;
    if (lazy_objs) pkg->lazy_objs = ck;
    for (int i = 0; i < objs.n; i++) {
        sym_kind k = objs.items[i]->kind;
        if (lazy_objs && (k == SYM_FUNC || k == SYM_CONST)) continue;
        ck_resolve_obj(ck, objs.items[i]);
        if (k == SYM_TYPE) ck_finish_pending_types(ck, false);
    }
    ck_finish_pending_types(ck, true);
    for (int i = 0; i < objs.n; i++)
        if (objs.items[i]->kind == SYM_TYPE)
            check_method_decls(ck, objs.items[i]);
    for (int i = 0; i < objs.n; i++) {
        symbol *s = objs.items[i];
        if (s->kind == SYM_FUNC) check_body(ck, s);
        if (s->kind == SYM_TYPE && s->ck_decl)
            for (int j = 0; j < s->ck_decl->nmsyms; j++) {
                symbol *m = s->ck_decl->method_syms[j];
                ck_resolve_obj(ck, m);
                check_body(ck, m);
            }
    }
    compute_init_order(ck, &objs);
    /* with bodies pending, an import used only in bodies looks unused */
    if (!(ck->lazy_bodies && ck->in_stdlib))
        for (int i = 0; i < nfiles; i++) check_unused_imports(ck, fscopes[i]);
    if (strcmp(pkg->path, "main") == 0) {
        symbol *m = ck_scope_lookup_local(pkg->scope, "main");
        bool named_main = false; /* "cannot declare main" was reported */
        for (int i = 0; i < objs.n; i++)
            if (strcmp(objs.items[i]->name, "main") == 0) named_main = true;
        if ((!m || m->kind != SYM_FUNC) && !named_main)
            ck_error(ck, first ? first->pos : (src_pos){0, 1, 1},
                     "function main is undeclared in the main package");
    }
    ck_program *prog = ck->prog;
    ck_package **np = ck_alloc(ck, sizeof *np * (size_t)(prog->npkgs + 1));
    if (prog->npkgs) memcpy(np, prog->pkgs, sizeof *np * (size_t)prog->npkgs);
    np[prog->npkgs++] = pkg;
    prog->pkgs = np;
}

symbol *ck_lookup(ck_package *pkg, const char *name)
{
    if (!pkg || !pkg->scope) return NULL;
    symbol *s = ck_scope_lookup_local(pkg->scope, name);
    if (s && s->ck_color == 0 && pkg->lazy_objs)
        ck_resolve_obj(pkg->lazy_objs, s); /* see lazy_objs in check_package */
    return s;
}

bool check_program(compilation *c)
{
    types_init();
    /* arena memory, zeroed: with lazy bodies the checker outlives this
       call (ck_program.lazy) and dies with the compilation */
    checker *ck = ast_alloc(c->arena, sizeof *ck);
    ck->c = c;
    ck->iota = -1;
    ck->lazy_bodies = getenv("GOLEM_CHECK_ALL") == NULL;
    type_universe *u = NULL;
    if (c->vm) {
        if (!c->vm->types) c->vm->types = types_universe_new();
        u = c->vm->types;
    } else {
        u = types_universe_new();
    }
    ck->u = u;
    ck->prog = ck_alloc(ck, sizeof *ck->prog);
    ck->prog->types = u;
    c->prog = ck->prog;
    ck->universe = ck_universe(ck);
    int before = diag_count(c);
    ck_package *main_pkg = ck_alloc(ck, sizeof *main_pkg);
    main_pkg->path = "main";
    add_entry(ck, "main", main_pkg);
    int *files;
    int n = package_files(ck, "main", &files);
    if (n == 0) return false;
    check_package(ck, main_pkg, files, n);
    if (ck->lazy_bodies) ck->prog->lazy = ck;
    return diag_count(c) == before && ck->nerrors == 0;
}
