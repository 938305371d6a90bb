/*
 * ast.c - the arena that owns a compilation's syntax tree and strings, the
 * node constructors, growable child lists, string interning, and the debug
 * dump.
 *
 * Arena. Memory comes from a chain of chunks; allocation bumps a pointer
 * inside the newest chunk and every block is zeroed and 16-byte aligned.
 * A chunk is preferably a 2 MiB-aligned anonymous mapping of 2 MiB marked
 * for transparent huge pages: start-up builds a few MiB of syntax tree, and
 * taking it as one or two huge-page faults instead of hundreds of 4 KiB
 * faults was a large share of `golem run`'s start-up. Mapped memory is
 * zero and the arena never reuses memory, so blocks from a mapped chunk
 * need no memset. Where mmap fails, chunks are 64 KiB of malloc'd memory
 * (zeroed per block); a big request always gets a malloc'd chunk of its
 * own. Nothing is freed until
 * ast_arena_free() releases all chunks at once, so nodes may point at each
 * other freely (the parser shares const-spec subtrees, the checker hangs
 * annotations off nodes) without any ownership rules.
 *
 * Lists. An ast_list grows by doubling inside the arena; the old array is
 * simply abandoned (it is arena memory). Lists are short (statements of a
 * block, arguments of a call), so the waste is bounded by the live size.
 *
 * Interning. ast_intern() maps equal byte strings to one pointer through an
 * open-addressing hash table (FNV-1a, linear probing, kept at most half
 * full) whose slots live in malloc'd memory owned by the arena. Interned
 * strings are NUL-terminated copies in the arena, so the checker may compare
 * names by pointer.
 *
 * Invariant: every pointer handed out stays valid until ast_arena_free().
 */
#include "ast.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define ARENA_CHUNK (64 * 1024)
#define ARENA_MAP ((size_t)2 << 20) /* a mapped chunk: one huge page */

typedef struct arena_chunk {
    struct arena_chunk *next;
    size_t size, used;
    int mapped; /* an ARENA_MAP mapping: fresh zero memory, munmap it */
    /* data follows, 16-byte aligned */
    _Alignas(16) unsigned char data[];
} arena_chunk;

typedef struct intern_slot {
    const char *s;
    size_t len;
    uint32_t hash;
} intern_slot;

struct ast_arena {
    arena_chunk *chunks;
    intern_slot *slots;
    size_t nslots, nused;
};

ast_arena *ast_arena_new(void)
{
    ast_arena *ar = calloc(1, sizeof *ar);
    return ar;
}

void ast_arena_free(ast_arena *ar)
{
    if (!ar)
        return;
    arena_chunk *c = ar->chunks;
    while (c) {
        arena_chunk *next = c->next;
        if (c->mapped)
            munmap(c, ARENA_MAP);
        else
            free(c);
        c = next;
    }
    free(ar->slots);
    free(ar);
}

/* A 2 MiB-aligned ARENA_MAP mapping advised for a huge page, or NULL. */
static arena_chunk *chunk_map(void)
{
    size_t sz = ARENA_MAP;
    unsigned char *p = mmap(NULL, 2 * sz, PROT_READ | PROT_WRITE,
                            MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        return NULL;
    uintptr_t a = ((uintptr_t)p + sz - 1) & ~(uintptr_t)(sz - 1);
    size_t head = (size_t)(a - (uintptr_t)p), tail = sz - head;
    if (head)
        munmap(p, head);
    if (tail)
        munmap((unsigned char *)a + sz, tail);
#ifdef MADV_HUGEPAGE
    madvise((void *)a, sz, MADV_HUGEPAGE);
#endif
    arena_chunk *c = (arena_chunk *)a;
    c->size = sz - sizeof *c;
    c->mapped = 1;
    return c;
}

/* Adds a chunk able to hold at least `need` bytes. */
static arena_chunk *arena_grow(ast_arena *ar, size_t need)
{
    arena_chunk *c = need <= ARENA_MAP - sizeof *c ? chunk_map() : NULL;
    if (!c) {
        size_t size = need > ARENA_CHUNK ? need : ARENA_CHUNK;
        c = malloc(sizeof *c + size);
        if (!c) {
            fprintf(stderr, "golem: out of memory\n");
            abort(); /* documented fatal error: no memory for the compiler */
        }
        c->size = size;
        c->mapped = 0;
    }
    c->used = 0;
    c->next = ar->chunks;
    ar->chunks = c;
    return c;
}

void *ast_alloc(ast_arena *ar, size_t size)
{
    size = (size + 15) & ~(size_t)15;
    arena_chunk *c = ar->chunks;
    if (!c || c->size - c->used < size) {
        /* A large block gets a chunk of its own behind the current one, so
           the rest of the current chunk is not wasted. */
        if (size > ARENA_CHUNK / 4 && c) {
            arena_chunk *big = malloc(sizeof *big + size);
            if (!big) {
                fprintf(stderr, "golem: out of memory\n");
                abort();
            }
            big->size = big->used = size;
            big->mapped = 0;
            big->next = c->next;
            c->next = big;
            memset(big->data, 0, size);
            return big->data;
        }
        c = arena_grow(ar, size);
    }
    void *p = c->data + c->used;
    c->used += size;
    if (!c->mapped)
        memset(p, 0, size);
    return p;
}

ast_node *ast_new(ast_arena *ar, ast_kind kind, src_pos pos)
{
    ast_node *n = ast_alloc(ar, sizeof *n);
    n->kind = kind;
    n->pos = pos;
    n->oppos = pos;
    return n;
}

void ast_list_push(ast_arena *ar, ast_list *l, ast_node *n)
{
    if (l->len == l->cap) {
        int cap = l->cap ? l->cap * 2 : 4;
        ast_node **items = ast_alloc(ar, (size_t)cap * sizeof *items);
        if (l->len)
            memcpy(items, l->items, (size_t)l->len * sizeof *items);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

static uint32_t intern_hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t i = 0; i < len; i++) {
        h ^= (unsigned char)s[i];
        h *= 16777619u;
    }
    return h;
}

/* Doubles the table and re-inserts every string. */
static void intern_rehash(ast_arena *ar)
{
    size_t n = ar->nslots ? ar->nslots * 2 : 1024;
    intern_slot *slots = calloc(n, sizeof *slots);
    if (!slots) {
        fprintf(stderr, "golem: out of memory\n");
        abort();
    }
    for (size_t i = 0; i < ar->nslots; i++) {
        intern_slot *o = &ar->slots[i];
        if (!o->s)
            continue;
        size_t j = o->hash & (n - 1);
        while (slots[j].s)
            j = (j + 1) & (n - 1);
        slots[j] = *o;
    }
    free(ar->slots);
    ar->slots = slots;
    ar->nslots = n;
}

const char *ast_intern(ast_arena *ar, const char *s, size_t len)
{
    if (2 * (ar->nused + 1) > ar->nslots)
        intern_rehash(ar);
    uint32_t h = intern_hash(s, len);
    size_t mask = ar->nslots - 1, i = h & mask;
    for (;; i = (i + 1) & mask) {
        intern_slot *sl = &ar->slots[i];
        if (!sl->s)
            break;
        if (sl->hash == h && sl->len == len && memcmp(sl->s, s, len) == 0)
            return sl->s;
    }
    char *copy = ast_alloc(ar, len + 1);
    memcpy(copy, s, len);
    copy[len] = 0;
    ar->slots[i].s = copy;
    ar->slots[i].len = len;
    ar->slots[i].hash = h;
    ar->nused++;
    return copy;
}

static const char *const kind_names[N_KIND_COUNT] = {
    [N_BAD] = "Bad", [N_IDENT] = "Ident", [N_BASICLIT] = "BasicLit",
    [N_COMPOSITE] = "CompositeLit", [N_KEYVALUE] = "KeyValue",
    [N_FUNCLIT] = "FuncLit", [N_PAREN] = "Paren", [N_SELECTOR] = "Selector",
    [N_INDEX] = "Index", [N_SLICE] = "Slice", [N_TYPEASSERT] = "TypeAssert",
    [N_CALL] = "Call", [N_STAR] = "Star", [N_UNARY] = "Unary",
    [N_BINARY] = "Binary", [N_ARRAYTYPE] = "ArrayType",
    [N_MAPTYPE] = "MapType", [N_CHANTYPE] = "ChanType",
    [N_FUNCTYPE] = "FuncType", [N_STRUCTTYPE] = "StructType",
    [N_INTERFACETYPE] = "InterfaceType", [N_FIELD] = "Field",
    [N_FIELDLIST] = "FieldList", [N_ELLIPSIS] = "Ellipsis",
    [N_BLOCK] = "Block", [N_EXPRSTMT] = "ExprStmt", [N_SEND] = "Send",
    [N_INCDEC] = "IncDec", [N_ASSIGN] = "Assign", [N_GO] = "Go",
    [N_DEFER] = "Defer", [N_RETURN] = "Return", [N_BRANCH] = "Branch",
    [N_LABELED] = "Labeled", [N_IF] = "If", [N_SWITCH] = "Switch",
    [N_TYPESWITCH] = "TypeSwitch", [N_CASECLAUSE] = "CaseClause",
    [N_SELECT] = "Select", [N_COMMCLAUSE] = "CommClause", [N_FOR] = "For",
    [N_RANGE] = "Range", [N_EMPTY] = "Empty", [N_DECLSTMT] = "DeclStmt",
    [N_FILE] = "File", [N_IMPORT] = "Import", [N_GENDECL] = "GenDecl",
    [N_VARSPEC] = "VarSpec", [N_CONSTSPEC] = "ConstSpec",
    [N_TYPESPEC] = "TypeSpec", [N_FUNCDECL] = "FuncDecl",
};

const char *ast_kind_name(ast_kind k)
{
    if ((unsigned)k < N_KIND_COUNT && kind_names[k])
        return kind_names[k];
    return "?";
}

static void dump_list(FILE *f, const char *label, const ast_list *l,
                      int indent)
{
    if (!l->len)
        return;
    fprintf(f, "%*s%s:\n", indent, "", label);
    for (int i = 0; i < l->len; i++)
        ast_dump(l->items[i], indent + 2, f);
}

static void dump_child(FILE *f, const char *label, const ast_node *n,
                       int indent)
{
    if (!n)
        return;
    fprintf(f, "%*s%s:\n", indent, "", label);
    ast_dump(n, indent + 2, f);
}

/*
 * Prints one node per line ("Kind name op=N flags=N @line:col") and its
 * children indented below, labelled by field. Shared const-spec subtrees
 * (AF_IMPLICIT) are printed where they are shared, not expanded again.
 */
void ast_dump(const ast_node *n, int indent, void *FILE_stream)
{
    FILE *f = FILE_stream;
    if (!n) {
        fprintf(f, "%*snil\n", indent, "");
        return;
    }
    fprintf(f, "%*s%s", indent, "", ast_kind_name(n->kind));
    if (n->name)
        fprintf(f, " %s", n->name);
    if (n->op)
        fprintf(f, " op=%d", n->op);
    if (n->flags)
        fprintf(f, " flags=%u", n->flags);
    if (n->kind == N_CONSTSPEC)
        fprintf(f, " iota=%d", n->iota);
    if (n->extern_lib)
        fprintf(f, " extern=%s:%s", n->extern_lib, n->extern_sym);
    fprintf(f, " @%d:%d\n", n->pos.line, n->pos.col);
    if (n->kind == N_CONSTSPEC && (n->flags & AF_IMPLICIT)) {
        dump_list(f, "names", &n->list, indent + 2);
        fprintf(f, "%*s(repeats previous type and values)\n", indent + 2, "");
        return;
    }
    dump_child(f, "a", n->a, indent + 2);
    dump_child(f, "b", n->b, indent + 2);
    dump_child(f, "c", n->c, indent + 2);
    dump_child(f, "d", n->d, indent + 2);
    dump_list(f, "list", &n->list, indent + 2);
    dump_list(f, "list2", &n->list2, indent + 2);
}
