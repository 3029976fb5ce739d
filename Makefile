# gosub - one non-recursive Makefile.
#   make            build build/gosub (MODE=release)
#   make run        install missing Debian packages, build, run examples/newmake.go
#   make test       install missing packages, build, run every test
#   make test-tsan  the concurrency-heavy tests under ThreadSanitizer
#   make bench      benchmarks side by side (never part of test)
#   make MODE=debug|asan|ubsan|tsan   variants in build/$(MODE)/, binary build/gosub-$(MODE)
#   make GC=boehm   build/gosub-boehm: allocation on libgc, our collector compiled out
#   make bench-gc   collector benchmarks, gosub vs gosub-boehm (bench/gc/run.sh)
#   make fuzz FUZZ_SECONDS=N   build the libFuzzer harnesses (clang) and run each
#                   for N seconds (fuzz/run.sh); crashes go to build/fuzz/crashes/
#   make install PREFIX=/usr/local DESTDIR=
MODE ?= release
GC ?= ours
WERROR ?= 1
PREFIX ?= /usr/local
DESTDIR ?=

CC ?= cc
BUILD := build
GEN := $(BUILD)/gen
OBJDIR := $(BUILD)/$(MODE)
# GC=boehm: the collector's files are left out, runtime/gc_boehm.c and
# libgc come in (objects in build/$(MODE)-boehm/).
GC_OURS := runtime/gc.c runtime/gc_cycle.c runtime/gc_mark.c runtime/gc_sweep.c \
           runtime/gc_barrier.c runtime/gc_check.c runtime/gc_roots.c runtime/heap.c \
           runtime/heap_pages.c
ifeq ($(GC),boehm)
OBJDIR := $(BUILD)/$(MODE)-boehm
GC_LEAVE_OUT := $(GC_OURS)
GC_CFLAGS := -DGOSUB_BOEHM
GC_LIBS := -lgc
else
GC_LEAVE_OUT := runtime/gc_boehm.c
endif

PKG_LIBS := libedit libutf8proc
PKG_CFLAGS := $(shell pkg-config --cflags $(PKG_LIBS) 2>/dev/null)
# Start-up: binding the symbols of libedit (and the three libraries under
# it), libutf8proc, libmpfr and libgmp cost the dynamic loader 60% of a
# hello-world run (1.29M of its instructions, 2.1 ms against Lua's 1.4 ms).
# They are linked from the static archives their Debian -dev packages ship
# (0.55M instructions, Lua's start-up time); LINK=dynamic links them as
# shared libraries.
LINK ?= static
ifeq ($(LINK),static)
PKG_LDLIBS := -Wl,-Bstatic -ledit -ltinfo -lbsd -lmd -lutf8proc -lmpfr -lgmp -Wl,-Bdynamic
else
PKG_LDLIBS := $(shell pkg-config --libs $(PKG_LIBS) 2>/dev/null || echo -ledit -lutf8proc) -lmpfr -lgmp
endif
# regexp runs on RE2 through one C++ file (runtime/re2_bridge.cc), built as
# the shared object $(BIN)-re2.so that the binary dlopens on first use.
CXX ?= c++
RE2_CFLAGS := $(shell pkg-config --cflags re2 2>/dev/null)
RE2_LIBS := $(shell pkg-config --libs re2 2>/dev/null || echo -lre2) -lstdc++
CHECK_LIBS := $(shell pkg-config --libs check 2>/dev/null || echo -lcheck -lsubunit -lrt -lm -lpthread)

WARN := -Wall -Wextra -Wshadow -Wmissing-prototypes -Wno-unused-parameter
ifeq ($(WERROR),1)
WARN += -Werror
endif
CFLAGS_release := -O2 -g
CFLAGS_debug := -O0 -g3 -DGOSUB_DEBUG
CFLAGS_asan := -O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -DGOSUB_ASAN
CFLAGS_ubsan := -O1 -g -fsanitize=undefined -fno-sanitize-recover=undefined
CFLAGS_tsan := -O1 -g -fsanitize=thread -DGOSUB_TSAN
# TSan without function entry/exit instrumentation: its shadow call stack
# (64K frames per goroutine stack, unchecked) would overflow long before a
# deep Go recursion does. Only the collector's files (gc*.c, heap*.c: they
# never call Go code, so their frames on a stack are few) keep it: a
# report's stacks list the frames in those files (the collector's side in
# full), other frames are left out.
# MODE=tsan builds with clang when it is there (make MODE=tsan CC=gcc
# CXX=g++ for gcc): its TSan runtime takes more than gcc 12's 8128 threads
# (every goroutine stack is a TSan fiber, one of them) and runs the tests
# several times faster in less memory (bench/gc/goroutines.go 20000 10 3:
# 4 s and 0.85 GB; gcc's dies at 43 s and 7.2 GB). clang ignores gcc's
# pragma for fp-contract (gomath_special.c): the flag says it.
ifeq ($(MODE),tsan)
ifeq ($(origin CC),default)
CC := $(if $(shell command -v clang 2>/dev/null),clang,$(CC))
endif
ifeq ($(origin CXX),default)
CXX := $(if $(shell command -v clang++ 2>/dev/null),clang++,$(CXX))
endif
is_clang = $(findstring clang,$(shell $(1) --version 2>/dev/null))
tsan_no_func = $(if $(call is_clang,$(1)),-fno-sanitize-thread-func-entry-exit,--param=tsan-instrument-func-entry-exit=0)
TSAN_NO_FUNC := $(call tsan_no_func,$(CC))
CCONLY_tsan := $(TSAN_NO_FUNC) $(if $(call is_clang,$(CC)),-ffp-contract=off -Wno-unknown-pragmas)
CXXONLY_tsan := $(call tsan_no_func,$(CXX))
endif
CFLAGS_fuzz := -O1 -g -ffp-contract=off -Wno-unknown-pragmas -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined -DGOSUB_ASAN
LDFLAGS_fuzz := -fsanitize=fuzzer,address,undefined
LDFLAGS_asan := -fsanitize=address,undefined
LDFLAGS_tsan := -fsanitize=thread
LDFLAGS_ubsan := -fsanitize=undefined
ALL_CFLAGS := -std=gnu11 $(WARN) $(CFLAGS_$(MODE)) $(CCONLY_$(MODE)) $(GC_CFLAGS) -D_GNU_SOURCE -I. -I$(GEN) $(PKG_CFLAGS) $(CFLAGS)
ALL_LDFLAGS := $(LDFLAGS_$(MODE)) $(LDFLAGS)
ifeq ($(MODE),tsan)
$(OBJDIR)/runtime/gc%.o $(OBJDIR)/runtime/heap%.o: ALL_CFLAGS := $(filter-out $(TSAN_NO_FUNC),$(ALL_CFLAGS))
endif
LDLIBS := $(GC_LIBS) $(PKG_LDLIBS) -lm -lpthread -ldl

ifeq ($(MODE),release)
BIN := $(BUILD)/gosub
else
BIN := $(BUILD)/gosub-$(MODE)
endif
ifeq ($(GC),boehm)
BIN := $(BIN)-boehm
endif
TESTBIN := $(OBJDIR)/unit-tests

SRCS := $(filter-out $(GC_LEAVE_OUT),$(wildcard lexer/*.c parser/*.c interp/*.c interp/check/*.c interp/eval/*.c runtime/*.c))
GEN_SRCS := $(GEN)/lexer.c $(GEN)/grammar.c
OBJS := $(patsubst %.c,$(OBJDIR)/%.o,$(filter-out interp/main.c,$(SRCS))) \
        $(OBJDIR)/gen/lexer.o $(OBJDIR)/gen/grammar.o
RE2_OBJ := $(OBJDIR)/runtime/re2_bridge.o
MAIN_OBJ := $(OBJDIR)/interp/main.o
TEST_SRCS := $(wildcard tests/unit/*.c)
TEST_OBJS := $(patsubst %.c,$(OBJDIR)/%.o,$(TEST_SRCS))

.PHONY: fuzz fuzz-bins
.PHONY: all run test test-tsan unit golden conformance bench bench-gc install clean deps deps-bench asan-test stress-test
all: $(BIN) $(BIN)-re2.so

deps:
	@sh .ci/deps.sh

deps-bench:
	@sh .ci/deps.sh --bench

$(GEN)/lexer.c: lexer/lexer.re lexer/tokens.def lexer/lexer.h
	@mkdir -p $(GEN)
	re2c -W -Werror --utf8 -i -o $@ $<

$(GEN)/grammar.c $(GEN)/grammar.h: parser/grammar.y
	@mkdir -p $(GEN)
	bison -Wall -Werror --defines=$(GEN)/grammar.h -o $(GEN)/grammar.c $<

$(OBJDIR)/gen/%.o: $(GEN)/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -Wno-unused-function -Wno-missing-prototypes -MMD -MP -c -o $@ $<

$(OBJDIR)/%.o: %.c | $(GEN)/grammar.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -MMD -MP -c -o $@ $<

$(OBJDIR)/%.o: %.cc
	@mkdir -p $(dir $@)
	$(CXX) -std=c++17 -fPIC $(filter-out -Wmissing-prototypes,$(WARN)) $(CFLAGS_$(MODE)) $(CXXONLY_$(MODE)) $(RE2_CFLAGS) -I. -MMD -MP -c -o $@ $<

$(BIN)-re2.so: $(RE2_OBJ)
	$(CXX) -shared $(ALL_LDFLAGS) -o $@ $^ $(RE2_LIBS)

$(BIN): $(OBJS) $(MAIN_OBJ) | $(BIN)-re2.so
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LDLIBS)

$(TESTBIN): $(OBJS) $(TEST_OBJS) $(RE2_OBJ)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(CHECK_LIBS) $(LDLIBS) $(RE2_LIBS)

# make run: the example ends with Go's nil-map panic (exit status 2) on
# purpose; make succeeds when gosub's stdout and exit status are Go's
# (examples/newmake.out, .code) and fails otherwise.
run: deps
	@$(MAKE) --no-print-directory all
	@echo "./$(BIN) examples/newmake.go"
	@{ ./$(BIN) examples/newmake.go; echo $$? >$(BUILD)/newmake.code; } | tee $(BUILD)/newmake.out
	@code=$$(cat $(BUILD)/newmake.code); want=$$(cat examples/newmake.code); \
	if [ "$$code" = "$$want" ] && cmp -s $(BUILD)/newmake.out examples/newmake.out; then \
	  echo "exit status $$code: the panic above is the expected one (Go exits with $$want too)"; \
	else \
	  echo "make run: gosub exited with status $$code (Go: $$want) or its output differs from examples/newmake.out" >&2; \
	  exit 1; \
	fi

# make test: unit tests, golden programs (normal, ASan+UBSan, GC stress),
# and ../shared/conformance when it is there. Last line: "N passed, M failed".
test: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory MODE=asan $(BUILD)/gosub-asan $(BUILD)/asan/unit-tests
	@$(MAKE) --no-print-directory $(TESTBIN)
	@sh tests/run-all.sh

# make test-tsan: build/gosub-tsan (MODE=tsan) over the concurrency, gc,
# panics and recursion golden dirs and the conformance corpus; fails on any
# ThreadSanitizer report (tests/run-all.sh section j). .ci/run runs it.
test-tsan: deps
	@$(MAKE) --no-print-directory MODE=tsan all
	@TEST_SECTIONS=j sh tests/run-all.sh

unit: $(TESTBIN)
	./$(TESTBIN)

golden: $(BIN)
	sh tests/run-golden.sh $(BIN) tests/golden tests/errors examples

conformance: $(BIN)
	../shared/conformance/run.sh $(BIN)

bench: deps-bench
	@$(MAKE) --no-print-directory all
	sh bench/run.sh

# make bench-gc: the collector benchmarks (bench/gc/), build/gosub and
# build/gosub-boehm side by side (medians of BENCH_RUNS=3 runs), and a
# picture per program in build/bench-gc/ (gnuplot). Never part of test.
bench-gc: deps-bench
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory GC=boehm all
	bash bench/gc/run.sh

# make fuzz: the harnesses of fuzz/ (MODE=fuzz, clang), then fuzz/run.sh.
# The regression corpus fuzz/regress/ is replayed by make test (tests/run-all.sh).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := lex parse check run gen
FUZZ_COMMON := $(OBJDIR)/fuzz/fuzz_common.o $(OBJDIR)/fuzz/gen.o
fuzz-bins: $(patsubst %,$(OBJDIR)/fuzz-%,$(FUZZ_TARGETS))

$(OBJDIR)/fuzz-%: $(OBJS) $(OBJDIR)/fuzz/fuzz_%.o $(FUZZ_COMMON)
	$(CC) $(ALL_LDFLAGS) -o $@ $^ $(LDLIBS)

fuzz: deps
	@$(MAKE) --no-print-directory MODE=fuzz CC=clang fuzz-bins
	@FUZZ_SECONDS=$(FUZZ_SECONDS) sh fuzz/run.sh

install: $(BUILD)/gosub
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 755 $(BUILD)/gosub $(DESTDIR)$(PREFIX)/bin/gosub
	install -d $(DESTDIR)$(PREFIX)/lib/gosub
	install -m 755 $(BUILD)/gosub-re2.so $(DESTDIR)$(PREFIX)/lib/gosub/gosub-re2.so

clean:
	rm -rf $(BUILD)

-include $(shell find $(BUILD) -name '*.d' 2>/dev/null)
