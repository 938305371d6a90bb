/*
 * opcodes.h - golem's instruction set: the encoding and the one table of
 * operations from which everything else is generated.
 *
 * ENCODING. An instruction is one uint64_t:
 *
 *     bits  0-15  opcode        INS_OP(i)
 *     bits 16-31  A             INS_A(i)   (unsigned 16)
 *     bits 32-47  B             INS_B(i)   (unsigned 16)
 *     bits 48-63  C             INS_C(i)   (unsigned 16)
 *     bits 32-63  BC = B|C<<16  INS_BC(i)  (signed 32), INS_UBC(i) unsigned
 *
 * A, B and C are usually frame slots ("registers": R[x] is slot x of the
 * current frame); some ops read B or C as a signed 16-bit immediate
 * (INS_SB/INS_SC), a constant-pool index (K[x]), a count, or a byte offset.
 * Jump offsets count instructions and are relative to the NEXT instruction:
 * offset 0 is a no-op, -1 jumps to the jump itself. An op that needs more
 * operands than fit reads a following EXTRA word (which the interpreter
 * skips; the format string says so with a trailing '+').
 *
 * VALUE MODEL (compiler/types.h): a register holds a normalised 64-bit
 * value (signed ints sign-extended, unsigned and bool zero-extended,
 * float32 as a double rounded to float32). Multi-slot values occupy
 * consecutive registers: string R[x]=data R[x+1]=len; slice R[x]=data,
 * R[x+1]=len, R[x+2]=cap; interface R[x]=tab (rtype for an empty interface,
 * itab otherwise), R[x+1]=data. "In memory" (heap, globals, backing arrays,
 * and composites held in the frame) narrow scalars are stored at natural
 * width, so moves between registers and memory go through width-typed
 * loads and stores; the L*_8/16/32 loads normalise. Arithmetic on narrow
 * integers is done on 64 bits and followed by the matching SEXT/ZEXT op;
 * float32 arithmetic is done in double and followed by ROUND_F32 (exact,
 * since a double holds more than twice float32's precision).
 *
 * Instructions are typed: no op tests a value's type at run time. len and
 * cap of strings and slices are plain MOVEs of the header's slots.
 *
 * OPERAND FORMATS (second column of the table), one character per field
 * A, B, C; an uppercase letter in position B stands for the wide BC field:
 *     r  register          k  constant index     i  signed imm16
 *     u  unsigned count     o  byte offset        j  jump (signed 16)
 *     -  unused
 *     K  constant index (BC, 32 bits)   I  signed imm32 (BC)
 *     U  unsigned imm32 (BC)            J  jump (BC, signed 32)
 *     +  (trailing) an EXTRA word follows
 *
 * The table is the single source of truth (STYLE.md): the enum below, the
 * disassembler's names and formats (vm/disasm.c) and the interpreter's
 * computed-goto labels (vm/interp.c) are all generated from OPCODES(X).
 * Codegen (compiler/codegen*.c) may append ops it needs at the end, under
 * the comment "requested by codegen"; the VM owner implements them.
 */
#ifndef GOLEM_OPCODES_H
#define GOLEM_OPCODES_H

#include <stdint.h>

/* ---- encoding ---- */
#define INS_OP(i) ((unsigned)((i) & 0xffff))
#define INS_A(i) ((unsigned)(((i) >> 16) & 0xffff))
#define INS_B(i) ((unsigned)(((i) >> 32) & 0xffff))
#define INS_C(i) ((unsigned)(((i) >> 48) & 0xffff))
#define INS_SB(i) ((int16_t)(((i) >> 32) & 0xffff))
#define INS_SC(i) ((int16_t)(((i) >> 48) & 0xffff))
#define INS_BC(i) ((int32_t)(uint32_t)((i) >> 32))
#define INS_UBC(i) ((uint32_t)((i) >> 32))

/* MAKE_INS(op, a, b, c): b and c may be negative immediates (truncated to
   16 bits). MAKE_INS_ABx(op, a, bc): bc is a 32-bit immediate, constant
   index or jump offset. */
#define MAKE_INS(op, a, b, c)                                                  \
    ((uint64_t)(uint16_t)(op) | ((uint64_t)(uint16_t)(a) << 16) |             \
     ((uint64_t)(uint16_t)(b) << 32) | ((uint64_t)(uint16_t)(c) << 48))
#define MAKE_INS_ABC(op, a, b, c) MAKE_INS(op, a, b, c)
#define MAKE_INS_ABx(op, a, bc)                                                \
    ((uint64_t)(uint16_t)(op) | ((uint64_t)(uint16_t)(a) << 16) |             \
     ((uint64_t)(uint32_t)(int32_t)(bc) << 32))

/* Immediate ranges, for codegen's choice between an immediate form and a
   register/constant form. */
#define INS_IMM16_MIN (-32768)
#define INS_IMM16_MAX 32767
#define INS_U16_MAX 65535

/*
 * THE TABLE: X(NAME, "format", "semantics").
 * Notation: R[x] register x; K[x] constant x; R[x..x+n) n registers;
 * M8/M16/M32/MF32/M64 a memory access of that width (8/16/32 loads say
 * whether they sign- or zero-extend); "panics" = raises a Go runtime panic
 * and unwinds.
 */
#define OPCODES(X)                                                             \
    /* ---- moves and constants ---- */                                       \
    X(NOP, "---", "do nothing")                                               \
    X(EXTRA, "uuu", "operand word of the preceding op (never executed)")      \
    X(MOVE, "rr-", "R[A] = R[B]")                                             \
    X(MOVE2, "rr-", "R[A..A+2) = R[B..B+2) (string, interface)")              \
    X(MOVE3, "rr-", "R[A..A+3) = R[B..B+3) (slice)")                          \
    X(MOVEN, "rru", "R[A..A+C) = R[B..B+C) (memmove: ranges may overlap)")    \
    X(LOADK, "rK", "R[A] = K[BC]")                                            \
    X(LOADK2, "rK", "R[A] = K[BC]; R[A+1] = K[BC+1] (string constants)")      \
    X(LOADI, "rI", "R[A] = BC (signed 32-bit immediate, sign-extended)")      \
    X(LOADF, "rI", "R[A] = (double)BC (an integral float constant)")          \
    X(ZERO, "ru-", "R[A..A+B) = 0 (B slots; zero value of any type)")         \
                                                                              \
    /* ---- 64-bit integer arithmetic (narrow types: then SEXT/ZEXT) ---- */  \
    X(ADD_I64, "rrr", "R[A] = R[B] + R[C] (wrapping)")                         \
    X(SUB_I64, "rrr", "R[A] = R[B] - R[C] (wrapping)")                         \
    X(MUL_I64, "rrr", "R[A] = R[B] * R[C] (wrapping)")                         \
    X(DIV_I64, "rrr",                                                         \
      "R[A] = R[B] / R[C] signed, truncated; C==0 panics 'integer divide "    \
      "by zero'; MinInt64/-1 = MinInt64")                                     \
    X(REM_I64, "rrr",                                                         \
      "R[A] = R[B] % R[C] signed (sign of dividend); C==0 panics; "           \
      "MinInt64%-1 = 0")                                                      \
    X(DIV_U64, "rrr", "R[A] = R[B] / R[C] unsigned; C==0 panics")             \
    X(REM_U64, "rrr", "R[A] = R[B] % R[C] unsigned; C==0 panics")             \
    X(AND, "rrr", "R[A] = R[B] & R[C]")                                       \
    X(OR, "rrr", "R[A] = R[B] | R[C]")                                        \
    X(XOR, "rrr", "R[A] = R[B] ^ R[C]")                                       \
    X(ANDNOT, "rrr", "R[A] = R[B] &^ R[C]")                                   \
    X(SHL, "rrr",                                                             \
      "R[A] = R[B] << R[C]; the count is unsigned: >= 64 gives 0 (emit "      \
      "CHKSHIFT first when the count's type is signed)")                      \
    X(SHR_I64, "rrr",                                                         \
      "R[A] = R[B] >> R[C] arithmetic; count unsigned, >= 64 gives 0 or -1")  \
    X(SHR_U64, "rrr", "R[A] = R[B] >> R[C] logical; count unsigned, >= 64 "   \
                      "gives 0")                                              \
    X(CHKSHIFT, "r--", "panics 'negative shift amount' if R[A] < 0 (signed)") \
    X(NEG_I64, "rr-", "R[A] = -R[B] (wrapping)")                              \
    X(COM, "rr-", "R[A] = ^R[B] (bitwise complement)")                        \
    X(NOT, "rr-", "R[A] = !R[B] (bool: R[B] ^ 1)")                            \
    X(ADDI_I64, "rri", "R[A] = R[B] + sC")                                    \
    X(SUBI_I64, "rri", "R[A] = R[B] - sC")                                    \
    X(MULI_I64, "rri", "R[A] = R[B] * sC")                                    \
    X(DIVI_I64, "rri", "R[A] = R[B] / sC signed (sC != 0; -1 handled)")       \
    X(REMI_I64, "rri", "R[A] = R[B] % sC signed (sC != 0; -1 handled)")       \
    X(ANDI, "rru", "R[A] = R[B] & C (C zero-extended)")                       \
    X(ORI, "rru", "R[A] = R[B] | C (C zero-extended)")                        \
    X(XORI, "rru", "R[A] = R[B] ^ C (C zero-extended)")                       \
    X(SHLI, "rru", "R[A] = R[B] << C (0 <= C < 64)")                          \
    X(SHRI_I64, "rru", "R[A] = R[B] >> C arithmetic (0 <= C < 64)")           \
    X(SHRI_U64, "rru", "R[A] = R[B] >> C logical (0 <= C < 64)")              \
                                                                              \
    /* ---- normalisation after narrow arithmetic ---- */                     \
    X(SEXT8, "rr-", "R[A] = (int64)(int8)R[B]")                               \
    X(SEXT16, "rr-", "R[A] = (int64)(int16)R[B]")                             \
    X(SEXT32, "rr-", "R[A] = (int64)(int32)R[B]")                             \
    X(ZEXT8, "rr-", "R[A] = (uint64)(uint8)R[B] (also bool)")                 \
    X(ZEXT16, "rr-", "R[A] = (uint64)(uint16)R[B]")                           \
    X(ZEXT32, "rr-", "R[A] = (uint64)(uint32)R[B]")                           \
    X(ROUND_F32, "rr-", "R[A] = (double)(float)R[B] (round to float32)")      \
                                                                              \
    /* ---- float64 arithmetic (float32: then ROUND_F32) ---- */              \
    X(ADD_F64, "rrr", "R[A] = R[B] + R[C]")                                   \
    X(SUB_F64, "rrr", "R[A] = R[B] - R[C]")                                   \
    X(MUL_F64, "rrr", "R[A] = R[B] * R[C]")                                   \
    X(DIV_F64, "rrr", "R[A] = R[B] / R[C] (IEEE: no panic)")                  \
    X(NEG_F64, "rr-", "R[A] = -R[B]")                                         \
                                                                              \
    /* ---- conversions ---- */                                               \
    X(I64_TO_F64, "rr-", "R[A] = (double)(int64)R[B]")                        \
    X(U64_TO_F64, "rr-", "R[A] = (double)(uint64)R[B]")                       \
    X(F64_TO_I64, "rr-",                                                      \
      "R[A] = (int64)R[B] truncated toward zero; NaN/out of range gives "     \
      "MinInt64 (as amd64 Go); narrow targets: then SEXT/ZEXT")               \
    X(F64_TO_U64, "rr-",                                                      \
      "R[A] = (uint64)R[B] truncated toward zero (values >= 2^63 "            \
      "converted as amd64 Go does)")                                          \
                                                                              \
    /* ---- comparisons, producing bool 0/1 (GT/GE: swap operands) ---- */    \
    X(EQ, "rrr", "R[A] = R[B] == R[C] (any one-word value: ints, bools, "     \
                 "pointers, maps, chans, funcs vs nil)")                      \
    X(NE, "rrr", "R[A] = R[B] != R[C] (one-word values)")                     \
    X(LT_I64, "rrr", "R[A] = R[B] < R[C] signed")                             \
    X(LE_I64, "rrr", "R[A] = R[B] <= R[C] signed")                            \
    X(LT_U64, "rrr", "R[A] = R[B] < R[C] unsigned")                           \
    X(LE_U64, "rrr", "R[A] = R[B] <= R[C] unsigned")                          \
    X(EQ_F64, "rrr", "R[A] = R[B] == R[C] (IEEE: NaN != NaN, -0 == 0)")       \
    X(NE_F64, "rrr", "R[A] = R[B] != R[C] (IEEE)")                            \
    X(LT_F64, "rrr", "R[A] = R[B] < R[C] (IEEE)")                             \
    X(LE_F64, "rrr", "R[A] = R[B] <= R[C] (IEEE)")                            \
    X(EQI, "rri", "R[A] = R[B] == sC")                                        \
    X(NEI, "rri", "R[A] = R[B] != sC")                                        \
    X(LTI_I64, "rri", "R[A] = R[B] < sC signed")                              \
    X(LEI_I64, "rri", "R[A] = R[B] <= sC signed")                             \
    X(GTI_I64, "rri", "R[A] = R[B] > sC signed")                              \
    X(GEI_I64, "rri", "R[A] = R[B] >= sC signed")                             \
    X(EQ_STR, "rrr", "R[A] = string R[B..B+2) == string R[C..C+2)")           \
    X(NE_STR, "rrr", "R[A] = string R[B..B+2) != string R[C..C+2)")           \
    X(LT_STR, "rrr", "R[A] = string R[B..B+2) < string R[C..C+2) bytewise")   \
    X(LE_STR, "rrr", "R[A] = string R[B..B+2) <= string R[C..C+2)")           \
    X(EQ_EFACE, "rrr",                                                        \
      "R[A] = empty interfaces R[B..B+2) == R[C..C+2): same dynamic type "    \
      "and equal values (rt_equal; panics for uncomparable dynamic types)")   \
    X(NE_EFACE, "rrr", "R[A] = !(R[B..B+2) == R[C..C+2)) (empty interfaces)") \
    X(EQ_IFACE, "rrr",                                                        \
      "R[A] = non-empty interfaces R[B..B+2) == R[C..C+2) (tab is an itab)")  \
    X(NE_IFACE, "rrr", "R[A] = !(R[B..B+2) == R[C..C+2)) (non-empty)")        \
    X(EQ_MEM, "rrr+",                                                         \
      "R[A] = composites R[B..] == R[C..] in the frame (memory "              \
      "representation) as values of rtype K[EXTRA.BC] (rt_equal; panics "     \
      "like Go for uncomparable interface contents)")                         \
    X(EQ_PTRMEM, "rrr+",                                                      \
      "R[A] = values pointed to by R[B] and R[C] are equal, rtype "           \
      "K[EXTRA.BC] (values in memory)")                                       \
                                                                              \
    /* ---- branches (offsets relative to the next instruction) ---- */       \
    X(JMP, "-J", "pc += BC (polls for preemption)")                           \
    X(JMPT, "rJ", "if R[A] != 0: pc += BC")                                   \
    X(JMPF, "rJ", "if R[A] == 0: pc += BC")                                   \
    X(JEQ, "rrj", "if R[A] == R[B]: pc += sC")                                \
    X(JNE, "rrj", "if R[A] != R[B]: pc += sC")                                \
    X(JLT_I64, "rrj", "if R[A] < R[B] signed: pc += sC")                      \
    X(JLE_I64, "rrj", "if R[A] <= R[B] signed: pc += sC")                     \
    X(JLT_U64, "rrj", "if R[A] < R[B] unsigned: pc += sC")                    \
    X(JLE_U64, "rrj", "if R[A] <= R[B] unsigned: pc += sC")                   \
    X(JLT_F64, "rrj", "if R[A] < R[B] (IEEE): pc += sC")                      \
    X(JLE_F64, "rrj", "if R[A] <= R[B] (IEEE): pc += sC")                     \
    X(JNLT_F64, "rrj", "if !(R[A] < R[B]) (true for NaN): pc += sC")          \
    X(JNLE_F64, "rrj", "if !(R[A] <= R[B]) (true for NaN): pc += sC")         \
    X(JEQI, "rij", "if R[A] == sB: pc += sC")                                 \
    X(JNEI, "rij", "if R[A] != sB: pc += sC")                                 \
    X(JLTI_I64, "rij", "if R[A] < sB signed: pc += sC")                       \
    X(JLEI_I64, "rij", "if R[A] <= sB signed: pc += sC")                      \
    X(JGTI_I64, "rij", "if R[A] > sB signed: pc += sC")                       \
    X(JGEI_I64, "rij", "if R[A] >= sB signed: pc += sC")                      \
    /* against a constant too wide for sB (loop bounds like 100000000) */     \
    X(JEQK, "rkj", "if R[A] == K[B]: pc += sC")                               \
    X(JNEK, "rkj", "if R[A] != K[B]: pc += sC")                               \
    X(JLTK_I64, "rkj", "if R[A] < K[B] signed: pc += sC")                     \
    X(JLEK_I64, "rkj", "if R[A] <= K[B] signed: pc += sC")                    \
    X(JGTK_I64, "rkj", "if R[A] > K[B] signed: pc += sC")                     \
    X(JGEK_I64, "rkj", "if R[A] >= K[B] signed: pc += sC")                    \
                                                                              \
    /* ---- memory through a pointer: address R[B] + C bytes ---- */          \
    /* Every load/store nil-checks the pointer register (panics 'invalid */   \
    /* memory address or nil pointer dereference').                      */   \
    X(LD_I8, "rro", "R[A] = sign-extended M8[R[B] + C]")                      \
    X(LD_U8, "rro", "R[A] = zero-extended M8[R[B] + C] (uint8, bool)")        \
    X(LD_I16, "rro", "R[A] = sign-extended M16[R[B] + C]")                    \
    X(LD_U16, "rro", "R[A] = zero-extended M16[R[B] + C]")                    \
    X(LD_I32, "rro", "R[A] = sign-extended M32[R[B] + C]")                    \
    X(LD_U32, "rro", "R[A] = zero-extended M32[R[B] + C]")                    \
    X(LD_F32, "rro", "R[A] = (double) float32 at R[B] + C")                   \
    X(LD_64, "rro", "R[A] = M64[R[B] + C]")                                   \
    X(LD_N, "rru", "R[A..A+C) = the C slots at R[B] (offset 0)")              \
    X(ST_8, "rro", "M8[R[A] + C] = R[B]")                                     \
    X(ST_16, "rro", "M16[R[A] + C] = R[B]")                                   \
    X(ST_32, "rro", "M32[R[A] + C] = R[B]")                                   \
    X(ST_F32, "rro", "float32 at R[A] + C = (float)R[B]")                     \
    X(ST_64, "rro", "M64[R[A] + C] = R[B]")                                   \
    X(ST_N, "rru", "the C slots at R[A] (offset 0) = R[B..B+C)")              \
    X(ADDP, "rro",                                                            \
      "R[A] = R[B] + C, nil-checking R[B] (&p.f; p.f of a big field)")        \
    X(NILCHK, "r--", "panics (nil dereference) if R[A] == nil")               \
                                                                              \
    /* ---- composites held in the frame: the slots from R[B] as memory ---- */ \
    X(FLD_I8, "rro", "R[A] = sign-extended M8 at byte C of R[B..]")           \
    X(FLD_U8, "rro", "R[A] = zero-extended M8 at byte C of R[B..]")           \
    X(FLD_I16, "rro", "R[A] = sign-extended M16 at byte C of R[B..]")         \
    X(FLD_U16, "rro", "R[A] = zero-extended M16 at byte C of R[B..]")         \
    X(FLD_I32, "rro", "R[A] = sign-extended M32 at byte C of R[B..]")         \
    X(FLD_U32, "rro", "R[A] = zero-extended M32 at byte C of R[B..]")         \
    X(FLD_F32, "rro", "R[A] = (double) float32 at byte C of R[B..]")          \
    X(FST_8, "rro", "M8 at byte C of R[A..] = R[B]")                          \
    X(FST_16, "rro", "M16 at byte C of R[A..] = R[B]")                        \
    X(FST_32, "rro", "M32 at byte C of R[A..] = R[B]")                        \
    X(FST_F32, "rro", "float32 at byte C of R[A..] = (float)R[B]")            \
    /* Dynamic index into a frame array (bounds checked before: BOUNDS*) */   \
    X(FLDX_I8, "rrr", "R[A] = sign-extended int8 element R[C] of R[B..]")     \
    X(FLDX_U8, "rrr", "R[A] = zero-extended uint8 element R[C] of R[B..]")    \
    X(FLDX_I16, "rrr", "R[A] = int16 element R[C] of R[B..]")                 \
    X(FLDX_U16, "rrr", "R[A] = uint16 element R[C] of R[B..]")                \
    X(FLDX_I32, "rrr", "R[A] = int32 element R[C] of R[B..]")                 \
    X(FLDX_U32, "rrr", "R[A] = uint32 element R[C] of R[B..]")                \
    X(FLDX_F32, "rrr", "R[A] = float32 element R[C] of R[B..]")               \
    X(FLDX_64, "rrr", "R[A] = R[B + R[C]] (8-byte element)")                  \
    X(FLDX_N, "rrr+",                                                         \
      "R[A..A+n) = element R[C] of R[B..], n = EXTRA.A slots per element")   \
    X(FSTX_8, "rrr", "element R[B] of R[A..] (stride 1) = R[C]")              \
    X(FSTX_16, "rrr", "element R[B] of R[A..] (stride 2) = R[C]")             \
    X(FSTX_32, "rrr", "element R[B] of R[A..] (stride 4) = R[C]")             \
    X(FSTX_F32, "rrr", "element R[B] of R[A..] (stride 4) = (float)R[C]")     \
    X(FSTX_64, "rrr", "R[A + R[B]] = R[C]")                                   \
    X(FSTX_N, "rrr+",                                                         \
      "element R[B] of R[A..] = R[C..C+n), n = EXTRA.A slots per element")   \
    X(BOUNDS, "rr-",                                                          \
      "panics 'index out of range [i] with length n' unless "                 \
      "0 <= R[A] < R[B] (unsigned compare)")                                  \
    X(BOUNDSK, "rU", "same with the length an immediate: 0 <= R[A] < BC")     \
                                                                              \
    /* ---- globals: vm->globals + byte offset ---- */                        \
    X(GADDR, "rU", "R[A] = (char *)vm->globals + BC (address of a global)")   \
    X(GLD_64, "rU", "R[A] = M64[globals + BC]")                               \
    X(GST_64, "rU", "M64[globals + BC] = R[A]")                               \
    X(GLD_N, "ruu", "R[A..A+C) = global slots B..B+C (slot index B)")         \
    X(GST_N, "ruu", "global slots B..B+C = R[A..A+C)")                        \
                                                                              \
    /* ---- heap ---- */                                                      \
    X(NEW, "rK",                                                              \
      "R[A] = gc_alloc(rtype K[BC], its nslots*8 bytes), zeroed (new(T), "    \
      "heap cells of escaping variables)")                                    \
                                                                              \
    /* ---- strings: R[x] data, R[x+1] len ---- */                            \
    X(CONCAT, "rrr", "R[A..A+2) = R[B..B+2) + R[C..C+2)")                     \
    X(STR_INDEX, "rrr",                                                       \
      "R[A] = byte R[C] of string R[B..B+2) (zero-extended); bounds "        \
      "checked")                                                              \
    X(STR_SLICE, "rrr",                                                       \
      "R[A..A+2) = R[B..B+2)[R[C]:R[C+1]] (codegen fills a missing low "      \
      "with 0, a missing high with len); panics as Go")                       \
    X(STR_FROM_BYTES, "rr-", "R[A..A+2) = string([]byte R[B..B+3))")         \
    X(BYTES_FROM_STR, "rr-", "R[A..A+3) = []byte(string R[B..B+2))")         \
    X(STR_FROM_RUNES, "rr-", "R[A..A+2) = string([]rune R[B..B+3))")         \
    X(RUNES_FROM_STR, "rr-", "R[A..A+3) = []rune(string R[B..B+2))")         \
    X(STR_FROM_RUNE, "rr-",                                                   \
      "R[A..A+2) = string(rune R[B]) (invalid -> \"\\uFFFD\")")               \
    X(STR_RANGE, "rrr",                                                       \
      "decode at byte R[C] (< len) of string R[B..B+2): R[A] = rune, "        \
      "R[A+1] = index of the next rune (range over string)")                  \
                                                                              \
    /* ---- slices: R[x] data, R[x+1] len, R[x+2] cap ---- */                 \
    /* Index ops bounds-check against R[B+1] (also valid for strings). */     \
    X(SLD_I8, "rrr", "R[A] = int8 element R[C] of slice R[B..]")              \
    X(SLD_U8, "rrr", "R[A] = uint8/bool element R[C] of slice R[B..]")        \
    X(SLD_I16, "rrr", "R[A] = int16 element R[C] of slice R[B..]")            \
    X(SLD_U16, "rrr", "R[A] = uint16 element R[C] of slice R[B..]")           \
    X(SLD_I32, "rrr", "R[A] = int32 element R[C] of slice R[B..]")            \
    X(SLD_U32, "rrr", "R[A] = uint32 element R[C] of slice R[B..]")           \
    X(SLD_F32, "rrr", "R[A] = float32 element R[C] of slice R[B..]")          \
    X(SLD_64, "rrr", "R[A] = 8-byte element R[C] of slice R[B..]")            \
    X(SLD_N, "rrr+",                                                          \
      "R[A..A+n) = element R[C] of slice R[B..], n = EXTRA.A slots")          \
    X(SADDR, "rrr+",                                                          \
      "R[A] = &slice R[B..][R[C]] with stride EXTRA.BC bytes (bounds "        \
      "checked; for &s[i], s[i].f, and big elements)")                        \
    X(SST_8, "rrr", "slice R[A..][R[B]] = R[C] (stride 1)")                   \
    X(SST_16, "rrr", "slice R[A..][R[B]] = R[C] (stride 2)")                  \
    X(SST_32, "rrr", "slice R[A..][R[B]] = R[C] (stride 4)")                  \
    X(SST_F32, "rrr", "slice R[A..][R[B]] = (float)R[C] (stride 4)")          \
    X(SST_64, "rrr", "slice R[A..][R[B]] = R[C] (stride 8)")                  \
    X(SST_N, "rrr+",                                                          \
      "slice R[A..][R[B]] = R[C..C+n), n = EXTRA.A slots per element")        \
    X(SLICE, "rrr+",                                                          \
      "R[A..A+3) = slice R[B..B+3)[R[C]:R[C+1]] (cap bound), element stride " \
      "EXTRA.BC bytes; EXTRA.A = 1 when the operand is an array (SLICE_ARR): " \
      "Go's messages then say 'length', not 'capacity'; panics as Go")        \
    X(SLICE3, "rrr+",                                                         \
      "R[A..A+3) = R[B..B+3)[R[C]:R[C+1]:R[C+2]], stride EXTRA.BC, EXTRA.A "  \
      "as for SLICE")                                                         \
    X(MAKESLICE, "rrk",                                                       \
      "R[A..A+3) = make([]T, R[B], R[B+1]) for element rtype K[C] "           \
      "(codegen copies len into R[B+1] when cap is absent)")                  \
    X(APPEND, "rrk",                                                          \
      "slice R[A..A+3) = append(R[A..A+3), value R[B..]) in place; "          \
      "element rtype K[C] (value in register form: narrow ints, float32 "     \
      "stored at width)")                                                     \
    X(APPEND_N, "rrk+",                                                       \
      "slice R[A..A+3) = append(R[A..], EXTRA.A values at R[B..], each "      \
      "nslots of K[C], in register form)")                                    \
    X(APPEND_SLICE, "rrk",                                                    \
      "slice R[A..A+3) = append(R[A..], R[B..]...) (R[B..] a slice or a "     \
      "string: only data and len are read); element rtype K[C]")              \
    X(COPY, "rrr+",                                                           \
      "R[A] = copy(slice R[B..], slice-or-string R[C..]), element rtype "     \
      "K[EXTRA.BC]")                                                          \
                                                                              \
    /* ---- maps (one slot: golem_map *) ---- */                              \
    X(MAKEMAP, "rrk", "R[A] = make(map type K[C], hint R[B])")                \
    X(MAPACCESS, "rrr",                                                       \
      "R[A] = pointer to the value for key R[C..] in map R[B], or to a "      \
      "static zero block (missing key, nil map); load it with LD_*")          \
    X(MAPACCESS2, "rrr",                                                      \
      "as MAPACCESS, and R[A+1] = whether the key was present")               \
    X(MAPASSIGN, "rrr",                                                       \
      "R[A] = pointer to the (new, zeroed) value slot for key R[C..] in map " \
      "R[B]; store through it with ST_*; nil map panics")                     \
    X(MAPDELETE, "rr-", "delete(map R[A], key R[B..])")                       \
    X(MAPLEN, "rr-", "R[A] = len(map R[B]) (0 for nil)")                      \
    X(MAPCLEAR, "r--", "clear(map R[A])")                                     \
    X(MAPITER, "rr-", "R[A] = a new iterator over map R[B] (may be nil map)") \
    X(MAPNEXT, "rr-",                                                         \
      "advance iterator R[B]: R[A] = 1 and R[A+1] = key pointer, R[A+2] = "   \
      "value pointer; or R[A] = 0 at the end")                                \
                                                                              \
    /* ---- interfaces: R[x] tab (rtype or itab), R[x+1] data ---- */         \
    /* ASSERT_*: an OPTIONAL EXTRA word (BC = constant index of the     */   \
    /* static interface type of x) names it in Go's message "interface   */   \
    /* conversion: I is nil, not T"; without it "interface {}" (from an  */   \
    /* empty interface) or "interface" is printed.                       */   \
    X(MAKE_EFACE, "rrk",                                                      \
      "R[A..A+2) = any(value R[B..]) of rtype K[C]: (K[C], the value if "     \
      "pointer-shaped else rt_box of it); value in register form")           \
    X(MAKE_IFACE, "rrk",                                                      \
      "R[A..A+2) = (itab K[C], value/box of R[B..] of type itab->type)")      \
    X(IFACE_TO_EFACE, "rr-", "R[A..A+2) = any(non-empty interface R[B..])")   \
    X(CONV_I2I, "rrk",                                                        \
      "R[A..A+2) = interface R[B..] (non-empty) converted to interface "     \
      "rtype K[C] (statically known to succeed); nil stays nil")              \
    X(CONV_E2I, "rrk",                                                        \
      "R[A..A+2) = empty interface R[B..] converted to interface K[C] "       \
      "(statically known to succeed)")                                        \
    X(ASSERT_E, "rrk",                                                        \
      "x.(T), x = empty interface R[B..], T concrete rtype K[C]: R[A] = the " \
      "data word (the value if pointer-shaped, else a pointer to it: load "   \
      "with LD_*); panics 'interface conversion' on mismatch")                \
    X(ASSERT_I, "rrk", "as ASSERT_E for a non-empty interface R[B..]")        \
    X(ASSERT_E_OK, "rrk",                                                     \
      "v, ok := x.(T): as ASSERT_E but R[A+1] = ok; on failure R[A] = nil "   \
      "for pointer-shaped T, else a pointer to a zero block")                 \
    X(ASSERT_I_OK, "rrk", "as ASSERT_E_OK for a non-empty interface R[B..]")  \
    X(ASSERT_E2I, "rrk",                                                      \
      "R[A..A+2) = x.(I), x = empty interface R[B..], I interface rtype "     \
      "K[C] (empty I allowed); panics on nil or a missing method")            \
    X(ASSERT_I2I, "rrk", "as ASSERT_E2I for a non-empty interface R[B..]")    \
    X(ASSERT_E2I_OK, "rrk",                                                   \
      "R[A..A+2) = x.(I) or nil, R[A+2] = ok (x empty interface)")            \
    X(ASSERT_I2I_OK, "rrk", "as ASSERT_E2I_OK, x non-empty")                  \
    X(DYNTYPE_E, "rr-", "R[A] = dynamic rtype of empty interface R[B..] "     \
                        "(nil for nil): compare with EQ for type switches")   \
    X(DYNTYPE_I, "rr-", "R[A] = dynamic rtype of non-empty interface R[B..]") \
    X(IMPLEMENTS, "rrk",                                                      \
      "R[A] = rtype R[B] (non-nil) implements interface rtype K[C] (type "    \
      "switch case of interface type)")                                       \
                                                                              \
    /* ---- closures ---- */                                                  \
    X(CLOSURE, "rkr",                                                         \
      "R[A] = new closure of proto K[B] capturing the n = proto->ncaptures "  \
      "cell pointers R[C..C+n)")                                              \
    X(CAPTURE, "ru-", "R[A] = the running closure's captures[B] (a cell)")    \
                                                                              \
    /* ---- calls: args at R[A..] become the callee's slots 0.. ---- */       \
    X(CALL, "rK",                                                             \
      "call proto K[BC] with its frame at R[A] (native protos run in C); "    \
      "results come back in R[A..]")                                          \
    X(CALL_CLOSURE, "rr-",                                                    \
      "call function value R[B] (a golem_closure) with its frame at R[A]; "   \
      "nil panics")                                                           \
    X(CALL_IFACE, "rru",                                                      \
      "call method C of interface R[B..B+2) (itab->fun[C]) with its frame "   \
      "at R[A]: R[A] = data word (receiver), args from R[A+1]; nil panics")  \
    X(RET, "ru-",                                                             \
      "return: the B result slots R[A..A+B) move to slots 0.. of the frame")  \
    X(RET0, "---", "return without results")                                  \
    X(PANIC, "r--", "panic(empty interface R[A..A+2))")                       \
                                                                              \
    /* ---- defer / recover (next issue; the unwinder is designed for it) */  \
    X(DEFER, "rru",                                                           \
      "defer a call of function value R[A] with the C argument slots "        \
      "R[B..B+C) (copied now)")                                               \
    X(RECOVER, "r--", "R[A..A+2) = recover() (empty interface)")              \
                                                                              \
    /* ---- builtins ---- */                                                  \
    X(MIN_I64, "rrr", "R[A] = min(R[B], R[C]) signed")                        \
    X(MAX_I64, "rrr", "R[A] = max(R[B], R[C]) signed")                        \
    X(MIN_U64, "rrr", "R[A] = min(R[B], R[C]) unsigned")                      \
    X(MAX_U64, "rrr", "R[A] = max(R[B], R[C]) unsigned")                      \
    X(MIN_F64, "rrr", "R[A] = min(R[B], R[C]) (NaN wins, -0 < +0)")           \
    X(MAX_F64, "rrr", "R[A] = max(R[B], R[C]) (NaN wins, +0 > -0)")           \
    /* math intrinsics: a call of math.Sqrt etc. may compile to these */      \
    X(SQRT_F64, "rr-", "R[A] = math.Sqrt(R[B])")                              \
    X(ABS_F64, "rr-", "R[A] = math.Abs(R[B])")                                \
    X(FLOOR_F64, "rr-", "R[A] = math.Floor(R[B])")                            \
    X(CEIL_F64, "rr-", "R[A] = math.Ceil(R[B])")                              \
    X(TRUNC_F64, "rr-", "R[A] = math.Trunc(R[B])")                            \
    /* print/println write to stderr (vm->err), as Go's do */                 \
    X(PRINT_I64, "r--", "print(int64 R[A])")                                  \
    X(PRINT_U64, "r--", "print(uint64 R[A])")                                 \
    X(PRINT_F64, "r--", "print(float R[A]) as Go: +1.500000e+000")            \
    X(PRINT_BOOL, "r--", "print(bool R[A])")                                  \
    X(PRINT_STR, "r--", "print(string R[A..A+2))")                            \
    X(PRINT_PTR, "r--", "print(pointer-like R[A]) as 0x...")                  \
    X(PRINT_IFACE, "r--", "print(interface R[A..A+2)) as (0x..,0x..)")        \
    X(PRINT_SP, "---", "print a space")                                       \
    X(PRINT_NL, "---", "print a newline")                                     \
                                                                              \
    /* ---- requested by codegen ---- */                                    \
    X(RUNDEFERS, "---",                                                       \
      "run the current frame's deferred calls now, most recent first (the "   \
      "first half of a return in a function with defer; codegen then loads "  \
      "the result variables and RETs). After a deferred call recovers a "     \
      "panic, the interpreter resumes the frame at proto->resume_pc, which "  \
      "is such a RUNDEFERS; load results; RET sequence")                      \
    X(GO, "rru",                                                              \
      "go statement: start a goroutine calling function value R[A] (a "       \
      "golem_closure) with the C argument slots R[B..B+C) (copied now)")      \
    X(MAKECHAN, "rrk",                                                        \
      "R[A] = make(chan type K[C], buffer size R[B]); panics 'makechan: "     \
      "size out of range' when negative")                                     \
    X(SEND, "rr-",                                                            \
      "send the element value R[B..] (register form, nslots of the "          \
      "channel's elem) on channel R[A]; blocks; panics on closed channel")    \
    X(RECV, "rr-",                                                            \
      "R[A..A+n) = <-channel R[B] (register form; zero value when closed); "  \
      "n = the channel elem's nslots")                                        \
    X(RECV2, "rr-", "as RECV, and R[A+n] = ok (false when closed and empty)") \
    X(CLOSECHAN, "r--", "close(channel R[A]); panics as Go")                  \
    X(CHANLEN, "rr-", "R[A] = len(channel R[B]) (0 for nil)")                 \
    X(CHANCAP, "rr-", "R[A] = cap(channel R[B]) (0 for nil)")                 \
    X(SELECT, "rru+",                                                         \
      "select over C cases described at R[B..B+2C): case i is the pair "      \
      "(channel, cell) where cell is a heap cell (NEW of the elem rtype) "     \
      "holding the value to send (memory form) or receiving the value "       \
      "received (memory form). The first EXTRA.A cases are sends, the rest "  \
      "receives; EXTRA.B = 1 when there is a default case. R[A] = index of "  \
      "the case that fired (C for default), R[A+1] = ok of a receive")        \
    X(SLICE_ARR, "rru",                                                       \
      "R[A..A+3) = slice header (R[B], C, C): the whole array of length C at " \
      "pointer R[B] (nil-checked) as a slice (then SLICE for bounds)")        \
    X(SLICE_TO_ARRPTR, "rru",                                                 \
      "R[A] = data pointer of slice R[B..B+3) converted to *[C]T (Go 1.17; "  \
      "also [C]T, then LD_N): panics 'runtime error: cannot convert slice "   \
      "with length L to array or pointer to array with length C' when "       \
      "len R[B+1] < C; a nil slice gives nil when C == 0")                    \
                                                                              \
    /* ---- pointer stores: the write barrier (vm/mgc.h) ---- */              \
    /* Codegen emits these instead of ST_64/ST_N, SST_64/SST_N and       */   \
    /* GST_64/GST_N whenever the stored value's type has pointers; they  */   \
    /* do the plain store plus one predictable branch while the GC is    */   \
    /* not marking. Stores into frame slots (FST*, MOVE*) need none.     */   \
    X(ST_P, "rro", "M64[R[A] + C] = R[B], a pointer word (write barrier)")    \
    X(ST_NP, "rru+",                                                          \
      "the C slots at R[A] (offset 0) = R[B..B+C), a value of rtype "         \
      "K[EXTRA.BC] (bulk write barrier over its pointer slots)")              \
    X(SST_P, "rrr",                                                           \
      "slice R[A..][R[B]] = R[C] (stride 8, a pointer: write barrier)")       \
    X(SST_NP, "rrr+",                                                         \
      "slice R[A..][R[B]] = R[C..C+n), n = EXTRA.A slots per element of "     \
      "rtype K[EXTRA.BC] (bulk write barrier)")                               \
    X(GST_P, "rU", "M64[globals + BC] = R[A], a pointer (write barrier)")     \
    X(GST_NP, "ruu+",                                                         \
      "global slots B..B+C = R[A..A+C), a value of rtype K[EXTRA.BC] (bulk "  \
      "write barrier)")

/* VM -> codegen note (09:15): JxxK ops compare a register with a
   constant-pool entry and branch (a loop bound like 100000000 no longer
   needs a LOADI on every iteration). SQRT_F64/ABS_F64/FLOOR_F64/CEIL_F64/
   TRUNC_F64 can replace calls of math.Sqrt/Abs/Floor/Ceil/Trunc (a
   native call costs ~5x more; 5% of nbody's time is the Sqrt call). */

/* The opcode enum. */
typedef enum opcode {
#define OPC_ENUM(name, fmt, doc) OP_##name,
    OPCODES(OPC_ENUM)
#undef OPC_ENUM
    OP__COUNT
} opcode;

/* Names, formats and docs by opcode (vm/disasm.c). */
extern const char *const op_names[OP__COUNT];
extern const char *const op_formats[OP__COUNT];
extern const char *const op_docs[OP__COUNT];

/* Whether op is followed by an EXTRA word (its format ends in '+'). */
int op_has_extra(unsigned op);

#endif
