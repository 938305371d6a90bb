/*
 * compile.c - a compilation's bookkeeping: its source files and its
 * diagnostics.
 *
 * Files. comp_add_file() copies the source into the compilation's arena
 * with a terminating NUL (the lexer relies on that sentinel; the embedded
 * standard library's texts, NUL-terminated and static, are added without
 * a copy by comp_add_file_static()) and records
 * the name messages use: a plain relative name like "prog.go" is shown as
 * "./prog.go", as `go build` / `go run` show command-line files; any other
 * path is shown as given.
 *
 * Diagnostics. Every stage appends errors with diag_error(); nothing is
 * printed until diag_print(), which does what the gc compiler does: it
 * drops exact duplicates, keeps the first 10 in the order they were found,
 * prints those sorted by position (stable, so errors at one position keep
 * their order), then "too many errors" when more were found.
 *
 * Invariant: diags[i].msg is malloc'd and owned by the compilation; files'
 * strings live in the arena.
 */
#include "compile.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define DIAG_PRINT_MAX 10

compilation *comp_new(struct golem_vm *vm)
{
    compilation *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    c->arena = ast_arena_new();
    if (!c->arena) {
        free(c);
        return NULL;
    }
    c->vm = vm;
    return c;
}

void comp_free(compilation *c)
{
    if (!c)
        return;
    for (int i = 0; i < c->ndiags; i++)
        free(c->diags[i].msg);
    free(c->diags);
    free(c->files);
    ast_arena_free(c->arena);
    free(c);
}

/* The name a file is shown under in messages. */
static const char *display_name(compilation *c, const char *path)
{
    bool plain = path[0] && path[0] != '/' && path[0] != '.' &&
                 !strchr(path, '/');
    if (!plain)
        return ast_intern(c->arena, path, strlen(path));
    size_t n = strlen(path);
    char *s = ast_alloc(c->arena, n + 3);
    memcpy(s, "./", 2);
    memcpy(s + 2, path, n + 1);
    return s;
}

/* A new file entry with its names set; NULL when out of memory. */
static src_file *new_file(compilation *c, const char *path,
                          const char *pkgpath)
{
    if (c->nfiles == c->capfiles) {
        int cap = c->capfiles ? c->capfiles * 2 : 8;
        src_file *files = realloc(c->files, (size_t)cap * sizeof *files);
        if (!files)
            return NULL;
        c->files = files;
        c->capfiles = cap;
    }
    src_file *f = &c->files[c->nfiles];
    memset(f, 0, sizeof *f);
    if (!path)
        path = "prog.go";
    f->path = ast_intern(c->arena, path, strlen(path));
    f->display = display_name(c, path);
    f->traced = f->display;
    f->pkgpath = pkgpath ? ast_intern(c->arena, pkgpath, strlen(pkgpath))
                         : ast_intern(c->arena, "main", 4);
    return f;
}

/* The absolute form of a program file's path, for tracebacks (Go prints
   the absolute path there); path itself when it is absolute, not a file
   on disk (a REPL or host buffer) or the directory is unknown. */
static const char *traced_name(compilation *c, const char *path)
{
    if (path[0] == '/' || access(path, R_OK) != 0)
        return ast_intern(c->arena, path, strlen(path));
    char cwd[4096];
    if (getcwd(cwd, sizeof cwd) == NULL)
        return ast_intern(c->arena, path, strlen(path));
    while (path[0] == '.' && path[1] == '/')
        path += 2;
    size_t nc = strlen(cwd), np = strlen(path);
    char *s = ast_alloc(c->arena, nc + np + 2);
    memcpy(s, cwd, nc);
    s[nc] = '/';
    memcpy(s + nc + 1, path, np + 1);
    return s;
}

int comp_add_file(compilation *c, const char *path, const char *text,
                  size_t len, const char *pkgpath)
{
    src_file *f = new_file(c, path, pkgpath);
    if (!f)
        return -1;
    if (path != NULL && (pkgpath == NULL || strcmp(pkgpath, "main") == 0))
        f->traced = traced_name(c, path);
    char *copy = ast_alloc(c->arena, len + 1);
    if (len)
        memcpy(copy, text, len);
    copy[len] = 0;
    f->text = copy;
    f->len = len;
    return c->nfiles++;
}

int comp_add_file_static(compilation *c, const char *path, const char *text,
                         size_t len, const char *pkgpath)
{
    src_file *f = new_file(c, path, pkgpath);
    if (!f)
        return -1;
    f->text = text;
    f->len = len;
    return c->nfiles++;
}

void diag_error(compilation *c, src_pos pos, const char *fmt, ...)
{
    if (c->ndiags == c->capdiags) {
        int cap = c->capdiags ? c->capdiags * 2 : 16;
        diag *d = realloc(c->diags, (size_t)cap * sizeof *d);
        if (!d)
            return;
        c->diags = d;
        c->capdiags = cap;
    }
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *msg = malloc(n > 0 ? (size_t)n + 1 : 1);
    if (!msg) {
        va_end(ap2);
        return;
    }
    vsnprintf(msg, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    c->diags[c->ndiags].pos = pos;
    c->diags[c->ndiags].msg = msg;
    c->ndiags++;
}

int diag_count(const compilation *c)
{
    return c->ndiags;
}

const char *comp_file_name(const compilation *c, int file)
{
    if (file < 0 || file >= c->nfiles)
        return "?";
    return c->files[file].display;
}

const char *comp_traced_file_name(const compilation *c, int file)
{
    if (file < 0 || file >= c->nfiles)
        return "?";
    return c->files[file].traced;
}

static int pos_cmp(src_pos a, src_pos b)
{
    if (a.file != b.file)
        return a.file < b.file ? -1 : 1;
    if (a.line != b.line)
        return a.line < b.line ? -1 : 1;
    if (a.col != b.col)
        return a.col < b.col ? -1 : 1;
    return 0;
}

/* Stable insertion sort of the first n diagnostics: they are few and
   mostly in order already. */
static void diag_sort(diag *d, int n)
{
    for (int i = 1; i < n; i++) {
        diag x = d[i];
        int j = i;
        while (j > 0 && pos_cmp(d[j - 1].pos, x.pos) > 0) {
            d[j] = d[j - 1];
            j--;
        }
        d[j] = x;
    }
}

static bool diag_same(const diag *a, const diag *b)
{
    return pos_cmp(a->pos, b->pos) == 0 && strcmp(a->msg, b->msg) == 0;
}

/* Moves exact duplicates to the end and returns how many distinct
   diagnostics lead the array, keeping the order they were reported in. */
static int diag_dedupe(compilation *c)
{
    int kept = 0;
    for (int i = 0; i < c->ndiags; i++) {
        bool dup = false;
        for (int j = 0; j < kept && !dup; j++)
            dup = diag_same(&c->diags[j], &c->diags[i]);
        if (dup)
            continue;
        diag d = c->diags[i];
        c->diags[i] = c->diags[kept];
        c->diags[kept++] = d;
    }
    return kept;
}

/* As gc: the first ten distinct errors in the order they were found,
   printed sorted by position, then "too many errors" if there were more. */
void diag_print(compilation *c, FILE *out)
{
    int distinct = diag_dedupe(c);
    int shown = distinct < DIAG_PRINT_MAX ? distinct : DIAG_PRINT_MAX;
    diag_sort(c->diags, shown);
    for (int i = 0; i < shown; i++) {
        diag *d = &c->diags[i];
        if (d->pos.line > 0)
            fprintf(out, "%s:%d:%d: %s\n", comp_file_name(c, d->pos.file),
                    d->pos.line, d->pos.col, d->msg);
        else
            fprintf(out, "%s\n", d->msg);
    }
    if (distinct > shown)
        fprintf(out, "too many errors\n");
}
