/*
 * compile.h - one compilation: its source files, its diagnostics, and the
 * entry points of the pipeline stages (lexer+parser -> checker -> codegen).
 *
 * A compilation owns an ast_arena (nodes, strings), a file table, and a list
 * of diagnostics. Stages report errors with diag_error(); nothing prints or
 * exits below the CLI/API boundary. Diagnostics print as go prints them:
 * "prog.go:12:5: declared and not used: x", sorted by position, at most 10
 * (then "too many errors").
 */
#ifndef GOLEM_COMPILE_H
#define GOLEM_COMPILE_H

#include "ast.h"
#include <stdarg.h>
#include <stdio.h>

typedef struct src_file {
    const char *path;    /* as given on the command line / import path */
    const char *display; /* name used in messages ("prog.go", "./prog.go") */
    const char *traced;  /* name tracebacks show: a program's own files by
                            absolute path, as Go's tracebacks show them;
                            otherwise display */
    const char *text;    /* NUL-terminated contents (owned by the arena) */
    size_t len;
    ast_node *ast;       /* N_FILE once parsed */
    const char *pkgpath; /* "main", "fmt", "strings", ... */
} src_file;

typedef struct diag {
    src_pos pos;
    char *msg;
} diag;

struct golem_vm;

typedef struct compilation {
    ast_arena *arena;
    src_file *files;
    int nfiles, capfiles;
    diag *diags;
    int ndiags, capdiags;
    bool eof_error; /* the first syntax error was "unexpected end of input"
                       (the REPL asks for another line) */
    struct golem_vm *vm;   /* the VM the program is compiled into */
    struct ck_program *prog; /* the checker's package graph */
} compilation;

compilation *comp_new(struct golem_vm *vm);
void comp_free(compilation *c);

/* Add a source file (text is copied); returns its index. */
int comp_add_file(compilation *c, const char *path, const char *text,
                  size_t len, const char *pkgpath);

void diag_error(compilation *c, src_pos pos, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
int diag_count(const compilation *c);
/* Sorts and prints "file:line:col: msg" lines, at most 10, to out. */
void diag_print(compilation *c, FILE *out);
/* "file:line" for tracebacks and messages. */
const char *comp_file_name(const compilation *c, int file);
/* The name tracebacks show for file (src_file.traced). */
const char *comp_traced_file_name(const compilation *c, int file);

/* --- stages --- */

/* lexer.re + parser.y: parse file index `file`; sets files[file].ast.
   Returns false when syntax errors were reported. */
bool parse_file(compilation *c, int file);
/* (added) Like parse_file, but the bodies of top-level functions and
   methods are only scanned for their extent: each is an empty N_BLOCK
   with ast_node.unparsed set, parsed when parse_body() is called (the
   checker does so before checking a body). For the embedded standard
   library, whose bodies are mostly never run by a given program. */
bool parse_file_skim(compilation *c, int file);
/* (added) Parses the skipped body of N_FUNCDECL decl in place (no-op when
   it was parsed already). Returns false when syntax errors were reported. */
bool parse_body(compilation *c, ast_node *decl);
/* (added, for compiler/image.c) A skipped body as data: the offset of its
   `{` in the file's text, its position and token code. False when body
   was not skipped. */
bool parse_unparsed_info(const compilation *c, const ast_node *body,
                         size_t *offset, src_pos *pos, int *code);
/* (added) Marks the empty N_BLOCK body of a top-level function in `file`
   as skipped, its `{` at `offset` (parse_body() will parse it, or load
   it from its prebuilt tree img[0..img_len) when img is not NULL). */
void parse_set_unparsed(compilation *c, ast_node *body, int file,
                        size_t offset, src_pos pos, int code,
                        const unsigned char *img, size_t img_len);

/* (added) A top-level function declaration from the image may have its
   signature (b) stored apart: ast_node.unparsed is then set on the
   N_FUNCDECL and b is NULL. parse_signature() loads it (no-op otherwise);
   false, with an error, when the image is damaged. The checker calls it
   before resolving a function. */
bool parse_signature(compilation *c, ast_node *decl);
void parse_set_lazy_signature(compilation *c, ast_node *decl, int file,
                              const unsigned char *img, size_t img_len);
bool image_load_signature(compilation *c, ast_node *decl, int file,
                          const unsigned char *blob, size_t len);

/* (added) Like comp_add_file, but text (NUL-terminated, len bytes before
   the NUL) is not copied: it must outlive the compilation (the embedded
   standard library). */
int comp_add_file_static(compilation *c, const char *path, const char *text,
                         size_t len, const char *pkgpath);

/* (added) compiler/image.c: the standard library's skimmed syntax trees,
   made when golem is built (`golem __stdlib-image OUT`) and embedded.
   image_load_stdlib_file sets files[file].ast from the image entry of
   stdlib_files[index] (whose text file holds); false (nothing changed but
   some arena memory) when there is no image, or it is stale or damaged:
   the caller then parses the text. image_write_stdlib writes the image of
   every embedded file; returns the number of files it could not store. */
bool image_load_stdlib_file(compilation *c, int file, int index);
/* (added) Fills the skipped N_BLOCK body of a function in `file` from
   its prebuilt tree blob[0..len) (what parse_body would make); false when
   the blob is damaged (parse_body then parses the text). */
bool image_load_body(compilation *c, ast_node *body, int file,
                     const unsigned char *blob, size_t len);
/* (added) The same from the image held in img[0..size), for a text
   whose CRC (stdlib_file.crc) is crc (tests). */
bool image_load_from(const unsigned char *img, size_t size, compilation *c,
                     int file, int index, unsigned long crc);
int image_write_stdlib(FILE *out);

/* check*.c: type-check package main (all added files with pkgpath "main")
   and every package they import (loaded from the embedded stdlib sources).
   Returns false when errors were reported. */
bool check_program(compilation *c);

/* codegen*.c: generate bytecode for every checked package into c->vm and
   return the proto of the program's entry (runs package inits, then
   main.main). NULL on failure (diagnostics added). */
struct golem_proto *codegen_program(compilation *c);

#endif
