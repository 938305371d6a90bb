# golem - build, test and check.
#
#   make            build build/golem (and libgolem.a)
#   make test       every suite; ends with "N passed, N failed"
#   make test-oracle  check tests/lang expectations against `go run`
#   make check-asan   the suites under AddressSanitizer + UBSan
#   make deps       install build dependencies through apt-get
#
# Build outputs go to build/ (or $(BUILD)); sanitizer builds use their own
# directories so they never mix objects.

BUILD    ?= build
CC       ?= cc
OPT      ?= -O2
CFLAGS   ?= $(OPT) -g
# `override` keeps these when a sanitizer or fuzz build sets CFLAGS.
override CFLAGS += -std=gnu11 -Wall -Wextra -Wno-unused-parameter -Wno-sign-compare \
            -Wno-missing-field-initializers -pthread -fno-strict-aliasing \
            -ffp-contract=off
# -iquote: project headers are found by #include "x.h" only, so that
# stdlib/stdlib.h never shadows the C library's <stdlib.h>.
CPPFLAGS += -Iinclude -iquote compiler -iquote vm -iquote stdlib -iquote $(BUILD)/gen
LDLIBS   += -lm -lpthread -ldl
RE2C     ?= re2c
LEMON    ?= lemon

# Every .c under these folders is part of golem; new files need no edit here.
LIB_SRCS := $(wildcard compiler/*.c) $(wildcard vm/*.c) \
            $(wildcard stdlib/*.c) $(wildcard stdlib/*/*.c) $(wildcard stdlib/*/*/*.c)
GEN_SRCS := $(BUILD)/gen/lexer.c $(BUILD)/gen/parser.c $(BUILD)/gen/stdlib_embed.c
CLI_SRCS := $(wildcard cli/*.c)
STDLIB_GO := $(sort $(wildcard stdlib/*/*.go) $(wildcard stdlib/*/*/*.go))

LIB_OBJS := $(patsubst %.c,$(BUILD)/%.o,$(LIB_SRCS)) \
            $(patsubst $(BUILD)/gen/%.c,$(BUILD)/gen/%.o,$(GEN_SRCS))
CLI_OBJS := $(patsubst %.c,$(BUILD)/%.o,$(CLI_SRCS))

GOLEM := $(BUILD)/golem

.PHONY: all deps test test-lang test-errors test-unit test-gomaxprocs test-oracle check-asan check-tsan \
        fuzz-smoke clean check-gcstress
all: $(GOLEM)

deps:
	@sh tools/install-deps.sh

$(BUILD)/gen/lexer.c: compiler/lexer.re $(BUILD)/gen/parser.h
	@mkdir -p $(dir $@)
	$(RE2C) -W --no-generation-date -o $@ $<

# lemon writes parser.c and parser.h next to its input: run it on a copy.
# One rule makes both; parser.h follows parser.c so that a parallel make
# never runs lemon twice at once.
$(BUILD)/gen/parser.c: compiler/parser.y
	@mkdir -p $(BUILD)/gen
	cp $< $(BUILD)/gen/parser.y
	cd $(BUILD)/gen && $(LEMON) -q parser.y
	@touch $(BUILD)/gen/parser.h

$(BUILD)/gen/parser.h: $(BUILD)/gen/parser.c

$(BUILD)/gen/stdlib_embed.c: $(STDLIB_GO) tools/embed-stdlib.sh
	@mkdir -p $(dir $@)
	sh tools/embed-stdlib.sh $(STDLIB_GO) > $@.$$$$.tmp && mv $@.$$$$.tmp $@

$(BUILD)/%.o: %.c $(BUILD)/gen/parser.h
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -MMD -MP -c -o $@ $<

$(BUILD)/gen/%.o: $(BUILD)/gen/%.c
	$(CC) $(CPPFLAGS) $(CFLAGS) -Wno-unused-variable -Wno-unused-but-set-variable -MMD -MP -c -o $@ $<

$(BUILD)/libgolem.a: $(LIB_OBJS)
	rm -f $@
	ar rcs $@ $^

$(GOLEM): $(CLI_OBJS) $(BUILD)/gen/stdlib_image.o $(BUILD)/libgolem.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJS) $(BUILD)/gen/stdlib_image.o $(BUILD)/libgolem.a $(LDLIBS)

# The standard library's syntax trees, prebuilt (compiler/image.c): golem0
# is golem without them; it writes stdlib.img, which is assembled into an
# object (.incbin) that golem links. libgolem.a alone has no image and
# parses the embedded sources instead.
$(BUILD)/golem0: $(CLI_OBJS) $(BUILD)/libgolem.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJS) $(BUILD)/libgolem.a $(LDLIBS)

$(BUILD)/gen/stdlib.img: $(BUILD)/golem0
	@mkdir -p $(dir $@)
	ASAN_OPTIONS=detect_leaks=0 $(BUILD)/golem0 __stdlib-image $@.$$$$.tmp && \
	  mv $@.$$$$.tmp $@

$(BUILD)/gen/stdlib_image.o: $(BUILD)/gen/stdlib.img
	printf '\t.section .rodata\n\t.balign 16\n\t.globl golem_stdlib_image\ngolem_stdlib_image:\n\t.incbin "%s"\n\t.globl golem_stdlib_image_end\ngolem_stdlib_image_end:\n\t.section .note.GNU-stack,"",%%progbits\n' \
	  '$(abspath $(BUILD)/gen/stdlib.img)' > $(BUILD)/gen/stdlib_image.S.$$$$ && \
	  mv $(BUILD)/gen/stdlib_image.S.$$$$ $(BUILD)/gen/stdlib_image.S
	$(CC) -c -o $@ $(BUILD)/gen/stdlib_image.S

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)

# ---- tests ----
# Each tests/unit/test_NAME.c is a program with its own main() linked
# against libgolem.a; tests/run.sh runs every binary in $(BUILD)/unit/.
UNIT_SRCS := $(wildcard tests/unit/test_*.c)
UNIT_BINS := $(patsubst tests/unit/%.c,$(BUILD)/unit/%,$(UNIT_SRCS))

$(BUILD)/unit/%: tests/unit/%.c tests/unit/harness.h $(BUILD)/libgolem.a
	@mkdir -p $(dir $@)
	$(CC) $(CPPFLAGS) $(CFLAGS) -o $@ $< $(BUILD)/libgolem.a $(LDLIBS)

test-unit: $(UNIT_BINS)

test: $(GOLEM) $(UNIT_BINS)
	@sh tests/run.sh $(GOLEM)

# The goroutine programs with 1, 2 and 8 logical processors.
test-gomaxprocs: $(GOLEM)
	@for p in 1 2 8; do echo "GOMAXPROCS=$$p"; \
	  GOMAXPROCS=$$p GOLEM_TEST_FILTER=tests/runtime sh tests/run.sh $(GOLEM) || exit 1; done

# (GC) The collector's verification modes over tests/lang and
# tests/runtime: GODEBUG=gcstress=1 (a cycle every 100 allocations,
# concurrent marking, verified after every cycle), then the
# stop-the-world collector verified with a cycle every 1000 allocations,
# then concurrent marking with a deliberately slow marker (gcconcurrent=2)
# on 4 Ps, verified after every cycle.
GCSTRESS_FILTER := tests/(lang|runtime)/
check-gcstress: $(GOLEM)
	GODEBUG=gcstress=1,gccheckmark=1 GOLEM_TEST_TIMEOUT=30 \
	  GOLEM_TEST_FILTER='$(GCSTRESS_FILTER)' sh tests/run.sh $(GOLEM)
	GODEBUG=gcconcurrent=0,gccheckmark=1,gcstress=1000 \
	  GOLEM_TEST_TIMEOUT=30 GOLEM_TEST_FILTER='$(GCSTRESS_FILTER)' \
	  sh tests/run.sh $(GOLEM)
	GOMAXPROCS=4 GODEBUG=gcconcurrent=2,gccheckmark=1,gcstress=1 \
	  GOLEM_TEST_TIMEOUT=60 GOLEM_TEST_FILTER='$(GCSTRESS_FILTER)' \
	  sh tests/run.sh $(GOLEM)

test-oracle:
	@sh tests/oracle.sh

check-asan:
	$(MAKE) BUILD=build-asan OPT=-O1 \
	  CFLAGS="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  LDFLAGS="-fsanitize=address,undefined" build-asan/golem test-unit
	ASAN_OPTIONS=detect_leaks=0 GOLEM_TEST_TIMEOUT=60 sh tests/run.sh build-asan/golem

# ThreadSanitizer over the goroutine runtime and the concurrent collector:
# the runtime programs (at the machine's GOMAXPROCS, then at 8) and the
# unit tests of the scheduler (run queues, channels, timers) and the heap
# (test_gc's mutator threads are not stopped by its scheduler-less
# "stop the world", so its verification passes race by construction),
# with the marker's races tests/tsan.supp explains.
check-tsan:
	$(MAKE) -j2 BUILD=build-tsan OPT=-O1 CFLAGS="-O1 -g -fsanitize=thread" \
	  build-tsan/golem build-tsan/unit/test_sched \
	  build-tsan/unit/test_runq build-tsan/unit/test_chan build-tsan/unit/test_timer \
	  build-tsan/unit/test_heap
	TSAN_OPTIONS="halt_on_error=1 history_size=7 suppressions=$(CURDIR)/tests/tsan.supp" \
	  GOLEM_TEST_FILTER='tests/runtime|test_(sched|runq|chan|timer|heap)' GOLEM_TEST_TIMEOUT=120 \
	  sh tests/run.sh build-tsan/golem
	TSAN_OPTIONS="halt_on_error=1 history_size=7 suppressions=$(CURDIR)/tests/tsan.supp" \
	  GOMAXPROCS=8 GOLEM_TEST_FILTER='tests/runtime' GOLEM_TEST_TIMEOUT=120 \
	  sh tests/run.sh build-tsan/golem

# libFuzzer: the compile pipeline fed arbitrary bytes for 60 seconds, seeded
# with every test program.
FUZZ_FLAGS := -O1 -g -fsanitize=address,undefined -fno-sanitize-recover=undefined
fuzz-smoke:
	$(MAKE) -j2 BUILD=build-fuzz CC=clang CFLAGS="$(FUZZ_FLAGS) -fsanitize=fuzzer-no-link" build-fuzz/libgolem.a
	clang $(FUZZ_FLAGS) -fsanitize=fuzzer -std=gnu11 -Iinclude -iquote compiler -iquote vm -iquote stdlib -iquote build-fuzz/gen \
	  -o build-fuzz/fuzz_compile tests/fuzz/fuzz_compile.c build-fuzz/libgolem.a $(LDLIBS)
	rm -rf build-fuzz/corpus && mkdir -p build-fuzz/corpus
	cp tests/lang/*.go tests/errors/*.go build-fuzz/corpus/
	build-fuzz/fuzz_compile -max_total_time=60 -timeout=10 -rss_limit_mb=2048 \
	  -print_final_stats=1 build-fuzz/corpus

clean:
	rm -rf build build-asan build-tsan build-fuzz
