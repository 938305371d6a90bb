/*
 * fuzz_compile.c - libFuzzer target for golem's front end: arbitrary bytes
 * are added as the file prog.go of package main, parsed, and (when they
 * parse) type-checked and, when they check, compiled to bytecode, exactly
 * as `golem run` does before it runs the program.
 * The property: no input crashes, hangs, leaks past the compilation, or
 * trips AddressSanitizer/UBSan; diagnostics are the only allowed outcome.
 *
 * Build and run for 60 seconds, seeded with every test program (the
 * library is built with the same sanitizers into build-fuzz/ so objects
 * never mix):
 *
 *   make fuzz-smoke
 *
 * A longer run: build-fuzz/fuzz_compile -max_total_time=600 build-fuzz/corpus
 *
 * Define FUZZ_PARSE_ONLY to stop after the parser (fuzzes the lexer and
 * the grammar alone, much faster).
 */
#include <stddef.h>
#include <stdint.h>

#include "compile.h"
#ifndef FUZZ_PARSE_ONLY
#include "vm.h"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
#ifndef FUZZ_PARSE_ONLY
    /* as the CLI does: the VM owns the type universe the checker builds */
    golem_vm *vm = vm_new();
    compilation *c = comp_new(vm);
#else
    compilation *c = comp_new(NULL);
#endif
    if (!c)
        return 0;
    int file = comp_add_file(c, "prog.go", (const char *)data, size, "main");
    if (file >= 0 && parse_file(c, file) && diag_count(c) == 0) {
#ifndef FUZZ_PARSE_ONLY
        if (check_program(c) && diag_count(c) == 0)
            codegen_program(c);
#endif
    }
    /* the diagnostics path is part of what is fuzzed */
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        diag_print(c, null);
        fclose(null);
    }
    comp_free(c);
#ifndef FUZZ_PARSE_ONLY
    vm_free(vm);
#endif
    return 0;
}
