/*
 * vm.h - the virtual machine's core structures: slots, function prototypes,
 * goroutines (G), and the VM that owns everything.
 *
 * Values are untagged 8-byte slots (DESIGN.md section 4). A function's frame
 * is a window of consecutive slots on its goroutine's slot stack; a call
 * places the arguments in consecutive slots of the caller's frame, and those
 * slots become the callee's slots 0..nparams-1. On return the callee's
 * results are in its slots 0..nresults-1, i.e. where the caller put the
 * arguments. Call records (golem_frame) live in a separate array, so the
 * slot stack holds nothing but values and can be copied to grow: frames
 * refer to slots by offset (base), never by address.
 *
 * Nothing ever points into a slot stack: variables whose address is taken
 * or that closures capture live in heap cells.
 *
 * All mutable state lives in golem_vm (and per-goroutine in golem_g): two
 * VMs in one process never share anything but immutable tables.
 */
#ifndef GOLEM_VM_H
#define GOLEM_VM_H

#include "rtype.h"
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

typedef union slot {
    int64_t i;
    uint64_t u;
    double f;
    void *p;
} slot;

typedef struct golem_vm golem_vm;
typedef struct golem_g golem_g;

/* A native function: args points at the callee's slot 0 (its parameters,
   in the layout of the Go signature, receiver first); it writes its results
   starting at args[0]. Returns 0, or -1 after raising a panic on g
   (rt_panic*), which the interpreter then unwinds. */
typedef int (*golem_native_fn)(golem_g *g, slot *args);

/* Slot kinds of a frame's pointer map. */
enum { SK_SCALAR = 0, SK_PTR = 1 };

typedef struct golem_proto {
    const char *name;        /* link name: "main.main", "main.(*T).Get",
                                "main.main.func1", "strings.Index" */
    const char *file;        /* source file for tracebacks */
    int32_t line;            /* line of the declaration */

    uint64_t *code;          /* instructions (encoding: vm/opcodes.h) */
    int32_t *lines;          /* source line of each instruction */
    uint32_t ncode;

    slot *consts;            /* constant pool */
    uint8_t *const_kinds;    /* SK_* per constant (GC roots) */
    uint32_t nconsts;

    uint32_t nparams;        /* parameter slots (receiver included) */
    uint32_t nresults;       /* result slots */
    uint32_t framesize;      /* total slots the frame uses */
    uint8_t *ptrmap;         /* framesize entries of SK_* */
    bool wrapper;            /* generated code (method wrappers, the
                                entry): recover() in a method called by a
                                deferred wrapper sees through it, as Go's
                                does */
    uint32_t ncaptures;      /* closures of this proto capture this many
                                cell pointers */

    golem_native_fn native;  /* non-NULL: a C function (no code) */
    /* //extern LIB SYM declarations (DESIGN.md section 13), recorded by
       codegen for the VM to bind with libffi; until it does, the proto's
       code is a stub that panics naming the function. */
    const char *ffi_lib, *ffi_sym;
    const rtype *ffi_sig;    /* RK_FUNC descriptor of the Go signature */
    uint32_t resume_pc;      /* functions with defer: where the frame
                                resumes after one of its deferred calls
                                recovered a panic (a RUNDEFERS; load named
                                results; RET sequence); 0 = none (codegen) */
    struct golem_proto *next;/* the VM's list of all protos */
    /* (added by traces) What a traceback prints for a frame of this proto
       (compiler/codegen_trace.c fills them, vm/panic.c reads them):
       arginfo lists the argument words as Go's traceback prints them
       (NULL: print "(...)"), inlinable says Go's inliner would inline a
       direct call of this function (the frame then prints "(...)" and no
       +0x offset). */
    const struct golem_argword *arginfo;
    bool inlinable;
    /* (added by GC) Slots [zero_lo, zero_hi) hold every pointer-kind slot
       above the parameters; a new frame clears them (vm/interp.c
       PUSH_FRAME), so that what earlier calls left on the stack is never
       taken for a root by the collector's stack scan. Both 0: none. */
    uint32_t zero_lo, zero_hi;
} golem_proto;

/* (added by traces) One step of a traceback's argument list, in the
   manner of Go's _FUNCDATA_ArgInfo: words, "{", "}", "...", ending with
   GOLEM_ARGW_END. A word is `size` bytes at byte `offset` of the frame. */
typedef struct golem_argword {
    uint8_t op;       /* GOLEM_ARGW_* */
    uint8_t size;     /* WORD: 1, 2, 4 or 8 bytes */
    uint8_t flags;    /* WORD: GOLEM_ARGF_* */
    uint8_t unused;
    uint32_t offset;  /* WORD: byte offset from the frame's slot 0 */
    uint16_t pslot;   /* WORD: first slot of the parameter it belongs to */
    uint16_t pnslots; /* WORD: that parameter's slot count */
} golem_argword;
enum {
    GOLEM_ARGW_END, GOLEM_ARGW_WORD, GOLEM_ARGW_OPEN, GOLEM_ARGW_CLOSE,
    GOLEM_ARGW_DOTS,
};
enum {
    GOLEM_ARGF_F32REG = 1 << 0, /* a float32 register: the slot holds it as
                                   a double */
    GOLEM_ARGF_REG = 1 << 1,    /* Go passes the word in a register and
                                   spills it only when needed: the
                                   traceback may mark it "?" */
};

/* A closure (function value): a heap object. A declared function used as a
   value is a closure without captures (codegen makes one per function).
   captures[i] points to the heap cell of the i-th captured variable. */
typedef struct golem_closure {
    golem_proto *proto;
    void *captures[];
} golem_closure;

/* One activation record. */
typedef struct golem_frame {
    golem_proto *proto;
    golem_closure *closure;  /* the function value called (NULL for static
                                calls of closure-free functions) */
    uint32_t base;           /* slot offset of the frame on the G's stack */
    uint32_t pc;             /* index of the next instruction to execute in
                                this frame (saved when it calls) */
    struct golem_defer *defers; /* deferred calls, most recent first */
    uint32_t flags;          /* FRAME_* (added by VM, vm/interp.c) */
    uint32_t owner;          /* FRAME_PANIC_DEFER: index of the frame whose
                                deferred call this is (added by VM) */
} golem_frame;

/* A deferred call (added by VM): the function value and a copy of its
   argument slots, taken when the defer statement ran. malloc'd; the
   collector scans fn and args with the frame's goroutine (vm/mgcmark.c). */
typedef struct golem_defer {
    struct golem_defer *link;   /* the next older defer of the frame */
    golem_closure *fn;
    uint32_t nargs;
    slot args[];
} golem_defer;

/* golem_frame.flags (added by VM). */
enum {
    FRAME_C_BOUNDARY = 1 << 0, /* pushed by vm_call: returning from it
                                  returns from the interpreter to C */
    FRAME_PANIC_DEFER = 1 << 1, /* a deferred call run by a panic: its
                                   return resumes the unwinder, and recover()
                                   works in it */
};

/* A Go string header in two slots. */
typedef struct golem_string {
    const uint8_t *data;
    int64_t len;
} golem_string;

/* A Go slice header in three slots. */
typedef struct golem_slice {
    void *data;
    int64_t len;
    int64_t cap;
} golem_slice;

/* A Go interface value in two slots: word0 is the rtype (empty interface)
   or the itab (non-empty interface); data is the value itself for
   pointer-shaped types, else a pointer to a boxed copy. nil: both NULL. */
typedef struct golem_iface {
    const void *tab;
    void *data;
} golem_iface;

typedef enum g_status {
    G_IDLE, G_RUNNABLE, G_RUNNING, G_WAITING, G_DEAD,
    G_SYSCALL /* (added by SCHED) inside a blocking native (vm/sched.c) */
} g_status;

/* A goroutine. */
struct golem_g {
    golem_vm *vm;
    int64_t goid;
    g_status status;
    const char *waitreason;  /* "chan receive", ... for tracebacks */

    slot *stack;             /* the slot stack (copied to grow) */
    uint32_t stack_size;     /* in slots */
    golem_frame *frames;     /* call records, frames[nframes-1] is current */
    uint32_t nframes, capframes;

    /* The panic being raised, if any (an eface value), and its chain. */
    struct golem_panic *panic;
    bool goexit;

    struct golem_g *next;    /* the VM's list of goroutines */

    /* (added by VM) Set by sysmon/the GC to ask the goroutine to yield; the
       interpreter polls it at function entry and on taken jumps. */
    volatile uint32_t preempt;
    /* (added by VM) Natives running on this G that may still hold a
       pointer into the slot stack (vm_call nesting); while > 0, stacks
       replaced by growth are retired, not freed (vm/stack.c). */
    uint32_t native_depth;
    struct retired_stack *retired_stacks; /* vm/stack.c */
    /* (added by VM) Cooperative scheduling until the M:N scheduler lands
       (vm/coop.c): the run-queue link, and what the G is parked on (a
       channel wait record; the blocked op re-executes when it resumes). */
    struct golem_g *schedlink;
    void *coop_wait;
    /* (added by GC) what coop_wait is, for the collector: CHAN_WAIT_*
       (vm/chan.h) for channel records, 0 for any other (proc_park resets
       it; vm/chan.c sets it after parking on a sudog or select record) */
    uint8_t coop_wait_kind;
    /* (added by SCHED) Who started this goroutine, for the "created by"
       line of tracebacks: the function executing the go statement, the pc
       one past its GO instruction (frame convention: the line is
       created_by->lines[created_pc - 1]), and that goroutine's id. All
       zero/NULL for the main goroutine and for goroutines started from C
       (time.AfterFunc's timer: Go names time.goFunc there). Filled by
       proc_go / coop_go before the G becomes runnable. */
    golem_proto *created_by;
    uint32_t created_pc;
    int64_t parent_goid;
    /* (added by SCHED) Non-NULL while the G waits "pinned" to its thread:
       it blocked in a callback from a native (a String method receiving
       from a channel under fmt), whose C frame cannot leave the thread.
       The sched_m it waits on; readying the G wakes that M
       (vm/sched.c sched_park_pinned). Atomic. */
    void *pinned_m;
    /* (added by gc-mark3) The collector's per-G stack-scan protocol
       (vm/mgcmark.c "STACKS"): gc_owner is 0 (free), 1 (running on an M:
       vm/sched.c execute and proc_go take it, release it when the M lets
       go of the G) or 2 (a mark worker scans the stack), changed by CAS;
       the stack has been scanned this cycle when gc_scanned_gen equals
       the collector's scan_gen (both atomic). gc_assist_debt: bytes this
       G allocated while marking and has not yet paid for with marking
       work (gc_assist, vm/mgc.h). */
    uint32_t gc_owner;
    uint32_t gc_scanned_gen;
    int64_t gc_assist_debt;
};

/* Output sink (stdout/stderr) of a VM: buffered, flushed at exit, before a
   panic message, and when the buffer fills. */
typedef struct golem_writer {
    void (*write)(void *ctx, const char *buf, size_t len);
    void *ctx;
    char *buf;
    size_t len, cap;
    /* (added by SCHED) spin lock: goroutines on several threads write
       (vm_write/vm_flush take it; zero = unlocked) */
    volatile char lock;
} golem_writer;

struct type_universe;
struct golem_itab_cache;
struct golem_program;

struct golem_vm {
    golem_writer out, err;
    int argc;
    char **argv;               /* os.Args */

    struct type_universe *types; /* compiler types (persist for the REPL) */
    golem_proto *protos;       /* every proto, for disasm and cleanup */
    slot *globals;             /* package-level variables (one block, with
                                  globals_ptrmap malloc'd by codegen and
                                  freed by vm_free) */
    uint32_t nglobals;         /* in slots */
    const uint8_t *globals_ptrmap;

    struct golem_itab_cache *itabs; /* (interface, type) -> itab */
    const rtype **rtypes;      /* every descriptor codegen made */
    uint32_t nrtypes, caprtypes;

    golem_g *main_g;
    golem_g *allg;             /* every goroutine */
    uint64_t stack_bytes;      /* (GC) every goroutine's slot stack and call
                                  records, in bytes (atomic; kept by
                                  vm/stack.c stack_account) */
    int64_t next_goid;

    int exit_code;             /* set by os.Exit / fatal errors */
    bool exiting;              /* (VM) os.Exit: a native sets exit_code and
                                  exiting, then returns -1; the interpreter
                                  stops and vm_run returns exit_code */

    void *heap;                /* allocator state (vm/malloc.c) */
    /* (added by VM) the stand-in scheduler's runnable goroutines, FIFO
       (vm/coop.c); select's random case order draws on rand_state below */
    golem_g *coop_runq_head, *coop_runq_tail;
    void *codegen_cache;       /* codegen's per-VM rtype/itab interning
                                  (compiler/codegen.h cg_cache; memory in
                                  the type universe, nothing to free) */
    uint64_t rand_state;       /* (RUNTIME, shared with VM's select)
                                  rt_fastrand's state (map hash seeds,
                                  iteration start points, select); atomic,
                                  seeded from the OS on first use, so a
                                  zeroed VM needs no setup */
    /* (added by VM) the G the interpreter is running, and the stand-in's
       preemption ticker (vm/coop.c) or NULL */
    golem_g *volatile coop_curg;
    void *coop_sysmon;
    /* (added by HEAP) the Go-style page heap, central lists and scavenger
       (vm/mheap.h); NULL until the first allocation. Each P's mcache is
       mcache_new(vm->mheap) (vm/mcache.c). */
    struct mheap *mheap;
    /* (added by SCHED) the M:N scheduler (vm/gosched.h), NULL while the
       cooperative stand-in runs */
    struct sched *sched;
    /* (added by SCHED) semaphores of package sync, made on first use
       (vm/sema.c) */
    struct sema_table *semas;
    /* (added by GC) nonzero while the write barrier must run (marking in
       progress; vm/mgc.h), changed only with the world stopped */
    uint32_t gc_barrier;
    /* (added by GC) the collector's state (vm/mgc.c), NULL until made */
    struct gc_state *gc;
    /* (added by GC) every time_timer package time made, linked for the
       collector (stdlib/time/time.c: time_gc_visit_timers) */
    void *time_timers;
    /* (added by gc-barrier) testing aid: when set, the write barrier's
       slow paths (vm/mbarrier.c) call it with every value they would
       shade, instead of gc_shade (tests/unit/test_barrier.c records them
       with vm->gc_barrier forced on and no collector running) */
    void (*gc_shade_hook)(golem_g *g, const void *p);
};

/* --- allocation (vm/malloc.c) ---
 * Allocates size bytes of zeroed memory for objects of type t (t describes
 * one element; size may be a multiple of its size for arrays; t NULL means
 * no pointers). Backed by the Go-style heap of vm/mheap.h (docs/runtime.md, "The heap"),
 * which records (t, size / t's size) per object for the collector
 * (vm/mgc.c), which frees it once unreachable. On
 * exhaustion it raises a Go "out of memory" fatal error. */
void *gc_alloc(golem_g *g, const rtype *t, size_t size);

/* (added by HEAP) The VM's page heap, made on first use (vm/mheap.h). */
struct mheap *gc_mheap(golem_vm *vm);
/* (added by HEAP) Returns every span cached by every mcache of vm to its
   central list; the world must be stopped (the collector, at a cycle's
   start). */
void gc_release_caches(golem_vm *vm);
/* (added by HEAP) The descriptor of a runtime object made of words that
   each may hold a heap pointer or a pointer the collector ignores (not
   into the heap): closures (proto, captured cells...). gc_alloc(g,
   &gc_pointer_words_type, nwords * 8). */
extern const rtype gc_pointer_words_type;

/* (added by VM) Releases every object gc_alloc handed out for vm (at
   vm_free; vm/malloc.c). */
void gc_heap_free(golem_vm *vm);

/* --- goroutine stacks (vm/stack.c; added by VM) ---
 * stack_ensure: makes g's slot stack hold at least `slots` slots, copying
 * it into one twice the size (repeatedly) when needed; frames hold offsets,
 * so nothing needs fixing, but callers must reload any slot pointer.
 * frames_ensure: room for one more golem_frame. Both return false after
 * reporting Go's fatal "stack overflow" (1 GB limit, counting the frame
 * records too): vm->exiting is then set with exit_code 2. */
bool stack_ensure(golem_g *g, uint64_t slots);
bool frames_ensure(golem_g *g);
/* Frees stacks retired while natives held pointers into them. */
void stack_free_retired(golem_g *g);
/* (added by GC) Halves g's slot stack when its frames use `used` slots,
   under a quarter of its size, and its frame array when under a quarter
   full; never below the initial sizes. The collector calls it with the
   world stopped, for a goroutine that is not running and is in no
   native (gc-mark3: or while it owns it, golem_g.gc_owner == 2). */
void stack_shrink(golem_g *g, uint32_t used);
/* Adds slots slot-stack slots and frames call records (either may be
   negative) to vm->stack_bytes: every change of a G's stack_size or
   capframes goes through it (MemStats.StackInuse, gctrace's stacks). */
void stack_account(golem_g *g, int64_t slots, int64_t frames);

/* --- the cooperative scheduler (vm/coop.c; added by VM) ---
 * A single-threaded stand-in for the M:N scheduler, used when
 * GOLEM_SCHED=coop. Channel operations (vm/chan.c) return COOP_DONE,
 * COOP_BLOCK (g is parked: the interpreter re-executes the op when g runs
 * again, and the op then completes from g->coop_wait) or -1 after raising
 * a panic. */
enum { COOP_DONE = 0, COOP_BLOCK = 1 };
/* Pops g's frames down to n, freeing their pending defer records
   (vm/interp.c). */
void frames_drop(golem_g *g, uint32_t n);
/* A new runnable goroutine calling fn with nargs argument slots. */
golem_g *coop_go(golem_g *g, golem_closure *fn, const slot *args,
                  uint32_t nargs);
void coop_ready(golem_vm *vm, golem_g *g);
golem_g *coop_next(golem_vm *vm); /* NULL when nothing is runnable */
/* The preemption ticker: a thread that, every 10 ms while another G is
   runnable, sets the running G's preempt flag (started by the first `go`
   statement; stopped by vm_free). */
void coop_sysmon_start(golem_vm *vm);
void coop_sysmon_stop(golem_vm *vm);

/* --- disassembler (vm/disasm.c; added by VM) --- */
void vm_disasm_proto(const golem_proto *p, FILE *out);
/* Like vm_disasm, only the protos whose name starts with prefix
   ("main."); NULL lists all. */
void vm_disasm_prefix(golem_vm *vm, const char *prefix, FILE *out);

/* --- VM lifetime (vm/vm.c) --- */
golem_vm *vm_new(void);
void vm_free(golem_vm *vm);
void vm_write(golem_writer *w, const char *buf, size_t len);
void vm_flush(golem_writer *w);
golem_g *vm_new_g(golem_vm *vm);
void vm_add_proto(golem_vm *vm, golem_proto *p);
void vm_add_rtype(golem_vm *vm, const rtype *t);

/* --- the disassembler (vm/disasm.c): every proto of the VM, in the order
   they were added: name, parameter/result/frame sizes, the frame's pointer
   map, then one line per instruction with its source line. --- */
void vm_disasm(golem_vm *vm, FILE *out);

/* --- the interpreter (vm/interp.c) ---
 * Runs fn (taking no arguments) on g to completion. Returns 0 when it
 * returned normally, 2 after an unrecovered panic (already printed with its
 * traceback to vm->err), or vm->exit_code after os.Exit. */
int vm_run(golem_g *g, golem_proto *fn);

/* Calls a function value from a native (fmt calling String()/Error()):
   args are copied to a new frame on top of g's stack, the interpreter runs
   until that call returns, and results are copied to results. Returns 0, or
   -1 when the callee panicked (the panic stays raised on g). Nesting is
   bounded; see docs/architecture.md. */
int vm_call(golem_g *g, golem_proto *fn, golem_closure *cl, const slot *args,
            uint32_t nargs, slot *results, uint32_t nresults);

/* (added by VM) For a scheduler's run hook (vm/sched.c): vm_start_g pushes
   the first frame of a goroutine calling fn (closure cl, may be NULL) with
   nargs argument slots on a fresh g (0, or -1 on stack overflow);
   vm_run_slice runs g until it parks in a channel op (it then resumes by
   re-executing that op: its saved pc is one past it and g->coop_wait is
   set), is preempted, ends, or the program ends. Natives as goroutine
   bodies must go through vm_call instead (vm_run_slice returns -1). */
enum {
    VM_SLICE_DONE = 0,   /* the goroutine returned (G_DEAD) */
    VM_SLICE_PARKED = 1, /* G_WAITING; something will make it runnable */
    VM_SLICE_YIELD = 2,  /* preempted: runnable again */
    VM_SLICE_PANIC = 3,  /* unrecovered panic: print with rt_print_panic(g) */
    VM_SLICE_EXIT = 4,   /* os.Exit / fatal error: vm->exit_code */
};
int vm_start_g(golem_g *g, golem_proto *fn, golem_closure *cl,
               const slot *args, uint32_t nargs);
int vm_run_slice(golem_g *g);

#endif
