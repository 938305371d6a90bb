/*
 * compile.c - a compilation's bookkeeping: its source files and its
 * diagnostics.
 *
 * Files. comp_add_file() copies the source into the compilation's arena
 * with a terminating NUL (the lexer relies on that sentinel) and records
 * the name messages use: a plain relative name like "prog.go" is shown as
 * "./prog.go", as `go build` / `go run` show command-line files; any other
 * path is shown as given.
 *
 * Diagnostics. Every stage appends errors with diag_error(); nothing is
 * printed until diag_print(), which sorts them by position (stable, so
 * errors at one position keep the order they were reported in), drops exact
 * duplicates, and prints at most 10 followed by "too many errors", which is
 * what the gc compiler does.
 *
 * Invariant: diags[i].msg is malloc'd and owned by the compilation; files'
 * strings live in the arena.
 */
#include "compile.h"

#include <stdlib.h>
#include <string.h>

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

int comp_add_file(compilation *c, const char *path, const char *text,
                  size_t len, const char *pkgpath)
{
    if (c->nfiles == c->capfiles) {
        int cap = c->capfiles ? c->capfiles * 2 : 8;
        src_file *files = realloc(c->files, (size_t)cap * sizeof *files);
        if (!files)
            return -1;
        c->files = files;
        c->capfiles = cap;
    }
    src_file *f = &c->files[c->nfiles];
    memset(f, 0, sizeof *f);
    if (!path)
        path = "prog.go";
    f->path = ast_intern(c->arena, path, strlen(path));
    f->display = display_name(c, path);
    char *copy = ast_alloc(c->arena, len + 1);
    if (len)
        memcpy(copy, text, len);
    copy[len] = 0;
    f->text = copy;
    f->len = len;
    f->pkgpath = pkgpath ? ast_intern(c->arena, pkgpath, strlen(pkgpath))
                         : ast_intern(c->arena, "main", 4);
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

/* Stable insertion sort: diagnostics are few and mostly in order. */
static void diag_sort(compilation *c)
{
    for (int i = 1; i < c->ndiags; i++) {
        diag d = c->diags[i];
        int j = i;
        while (j > 0 && pos_cmp(c->diags[j - 1].pos, d.pos) > 0) {
            c->diags[j] = c->diags[j - 1];
            j--;
        }
        c->diags[j] = d;
    }
}

void diag_print(compilation *c, FILE *out)
{
    diag_sort(c);
    int printed = 0;
    for (int i = 0; i < c->ndiags; i++) {
        diag *d = &c->diags[i];
        if (i > 0 && pos_cmp(c->diags[i - 1].pos, d->pos) == 0 &&
            strcmp(c->diags[i - 1].msg, d->msg) == 0)
            continue;
        if (printed == DIAG_PRINT_MAX) {
            fprintf(out, "too many errors\n");
            return;
        }
        if (d->pos.line > 0)
            fprintf(out, "%s:%d:%d: %s\n", comp_file_name(c, d->pos.file),
                    d->pos.line, d->pos.col, d->msg);
        else
            fprintf(out, "%s\n", d->msg);
        printed++;
    }
}
