/*
 * disasm.c - `golem disasm`: a readable listing of bytecode.
 *
 * For each proto: its link name and source position, the frame shape
 * (params, results, framesize, captures), the pointer map of the frame as
 * one character per slot ('p' pointer, '.' scalar), the constant pool, and
 * one line per instruction: index, mnemonic, operands decoded by the
 * operand format of the OPCODES table (vm/opcodes.h), and the source line.
 * Jumps show their absolute target; constant operands show the constant.
 * The EXTRA word of a typed pointer store (ST_NP, SST_NP, GST_NP: the
 * write barrier's bulk form) names the stored value's type.
 *
 * The names, formats and docs are generated from the same X-macro table as
 * the enum and the interpreter's dispatch, so the three cannot drift.
 */
#include "opcodes.h"
#include "vm.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define OPC_NAME(name, fmt, doc) #name,
#define OPC_FMT(name, fmt, doc) fmt,
#define OPC_DOC(name, fmt, doc) doc,
const char *const op_names[OP__COUNT] = {OPCODES(OPC_NAME)};
const char *const op_formats[OP__COUNT] = {OPCODES(OPC_FMT)};
const char *const op_docs[OP__COUNT] = {OPCODES(OPC_DOC)};
#undef OPC_NAME
#undef OPC_FMT
#undef OPC_DOC

int op_has_extra(unsigned op)
{
    if (op >= OP__COUNT)
        return 0;
    const char *f = op_formats[op];
    return f[0] != '\0' && f[strlen(f) - 1] == '+';
}

/* One operand: kind character c, raw value v, at instruction index pc. */
static void print_operand(FILE *out, const golem_proto *p, uint32_t pc,
                          char c, int64_t v)
{
    switch (c) {
    case 'r': fprintf(out, " r%lld", (long long)v); break;
    case 'k':
    case 'K': fprintf(out, " k%lld", (long long)v); break;
    case 'j':
    case 'J': fprintf(out, " ->%lld", (long long)(pc + 1 + v)); break;
    case 'o': fprintf(out, " +%lld", (long long)v); break;
    default: fprintf(out, " %lld", (long long)v); break;
    }
    (void)p;
}

/* A short description of constant k for a comment. */
static void print_const_note(FILE *out, const golem_proto *p, int64_t k)
{
    if (k < 0 || (uint64_t)k >= p->nconsts)
        return;
    const slot *c = &p->consts[k];
    if (p->const_kinds != NULL && p->const_kinds[k] == SK_PTR) {
        fprintf(out, "  ; k%lld = %p", (long long)k, c->p);
    } else {
        fprintf(out, "  ; k%lld = %lld", (long long)k, (long long)c->i);
    }
}

/* Whether op's EXTRA word holds (BC) the constant index of the rtype of
   a value stored with the write barrier. */
static bool extra_names_type(unsigned op)
{
    return op == OP_ST_NP || op == OP_SST_NP || op == OP_GST_NP;
}

/* The rtype constant k as "; type T". */
static void print_type_note(FILE *out, const golem_proto *p, int64_t k)
{
    if (k < 0 || (uint64_t)k >= p->nconsts || p->consts[k].p == NULL)
        return;
    const rtype *t = p->consts[k].p;
    fprintf(out, "  ; type %s", t->string ? t->string : "?");
}

/* A string constant (data, len at k, k+1) as a quoted, truncated note. */
static void print_string_note(FILE *out, const golem_proto *p, int64_t k)
{
    if (k < 0 || (uint64_t)k + 1 >= p->nconsts)
        return;
    const unsigned char *d = p->consts[k].p;
    int64_t n = p->consts[k + 1].i;
    fputs("  ; \"", out);
    for (int64_t i = 0; d != NULL && i < n && i < 40; i++) {
        unsigned char c = d[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c < 0x20 || c == 0x7f)
            fprintf(out, "\\x%02x", c);
        else
            fputc(c, out);
    }
    fputs(n > 40 ? "\"..." : "\"", out);
}

static void disasm_ins(FILE *out, const golem_proto *p, uint32_t pc)
{
    uint64_t ins = p->code[pc];
    unsigned op = INS_OP(ins);
    if (op >= OP__COUNT) {
        fprintf(out, "  %5u  ??? 0x%016llx\n", pc, (unsigned long long)ins);
        return;
    }
    const char *fmt = op_formats[op];
    int n = fprintf(out, "  %5u  %-14s", pc, op_names[op]);
    int64_t konst = -1;
    for (int field = 0; field < 3 && fmt[field] != '\0'; field++) {
        char c = fmt[field];
        if (c == '-' || c == '+')
            continue;
        int64_t v;
        if (field == 1 && isupper((unsigned char)c)) {
            v = c == 'I' || c == 'J' ? (int64_t)INS_BC(ins)
                                     : (int64_t)INS_UBC(ins);
            n += 0;
            print_operand(out, p, pc, c, v);
            if (c == 'K')
                konst = v;
            break;
        }
        unsigned raw = field == 0 ? INS_A(ins)
                                  : field == 1 ? INS_B(ins) : INS_C(ins);
        v = (c == 'i' || c == 'j') ? (int64_t)(int16_t)raw : (int64_t)raw;
        print_operand(out, p, pc, c, v);
        if (c == 'k')
            konst = v;
    }
    (void)n;
    if (p->lines != NULL)
        fprintf(out, "\t; line %d", p->lines[pc]);
    if (op == OP_EXTRA && pc > 0 && extra_names_type(INS_OP(p->code[pc - 1])))
        print_type_note(out, p, INS_UBC(ins));
    else if (op == OP_LOADK2)
        print_string_note(out, p, konst);
    else if (konst >= 0)
        print_const_note(out, p, konst);
    fputc('\n', out);
}

void vm_disasm_proto(const golem_proto *p, FILE *out)
{
    fprintf(out, "func %s", p->name ? p->name : "?");
    if (p->file != NULL)
        fprintf(out, " (%s:%d)", p->file, p->line);
    fprintf(out, "\n  params %u, results %u, framesize %u", p->nparams,
            p->nresults, p->framesize);
    if (p->ncaptures)
        fprintf(out, ", captures %u", p->ncaptures);
    if (p->resume_pc)
        fprintf(out, ", resume at %u", p->resume_pc);
    fputc('\n', out);
    if (p->native != NULL) {
        fprintf(out, "  native\n\n");
        return;
    }
    fprintf(out, "  ptrmap ");
    for (uint32_t i = 0; i < p->framesize; i++)
        fputc(p->ptrmap && p->ptrmap[i] == SK_PTR ? 'p' : '.', out);
    fputc('\n', out);
    for (uint32_t i = 0; i < p->ncode; i++)
        disasm_ins(out, p, i);
    fputc('\n', out);
}

/* Protos are listed in the order they were added (the VM keeps them most
   recent first); with a prefix ("main."), only those whose name starts
   with it. */
void vm_disasm_prefix(golem_vm *vm, const char *prefix, FILE *out)
{
    size_t n = 0, i = 0;
    for (const golem_proto *q = vm->protos; q != NULL; q = q->next)
        n++;
    const golem_proto **all = malloc((n ? n : 1) * sizeof *all);
    if (all == NULL)
        return;
    for (const golem_proto *q = vm->protos; q != NULL; q = q->next)
        all[i++] = q;
    size_t plen = prefix ? strlen(prefix) : 0;
    while (i > 0) {
        const golem_proto *q = all[--i];
        if (plen == 0 || (q->name && strncmp(q->name, prefix, plen) == 0))
            vm_disasm_proto(q, out);
    }
    free(all);
}

void vm_disasm(golem_vm *vm, FILE *out)
{
    vm_disasm_prefix(vm, NULL, out);
}
