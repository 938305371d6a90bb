#!/bin/sh
# tests/run.sh BINARY - golem's test runner.
#
# Runs every suite against BINARY (normally build/golem) and ends with exactly
# one line "N passed, N failed"; the exit status is non-zero when a test failed.
#
#   tests/lang/*.go, tests/lang/*/      `BINARY run FILE` (a folder is one
#   tests/runtime/*.go, tests/runtime/*/  multi-file package main, except
#   tests/lang/stdlib/*.go               tests/lang/stdlib/, whose files are
#                                        single-file programs); stdout must
#                                        equal the file's `// Output:` block,
#                                        the first stderr line its `// Panic:`
#                                        line, the exit status its `// Exit:`
#                                        line (2 with Panic, else 0); stdin is
#                                        the file named by `// Stdin: PATH`
#                                        (relative to the repository root),
#                                        else /dev/null; `// Env: A=x B=y`
#                                        sets environment variables.
#   tests/errors/*.go                   must exit 1; each `// ERROR "re"` line
#                                        needs a diagnostic FILE:LINE:COL: MSG
#                                        with MSG matching re (grep -E), and no
#                                        diagnostic may name an unannotated line.
#   tests/trace/*.go                    must exit 2 with the stderr stored in
#                                        NAME.trace (go's), compared after
#                                        tests/trace/mask.sed (run_trace).
#   cli:NAME                            checks of the command line itself
#                                        (run_cli below): version, disasm,
#                                        run DIR, an unknown command.
#   BUILDDIR/unit/test_*                C unit tests built by the Makefile
#                                        (BUILDDIR = the folder of BINARY); a
#                                        line starting FAIL or a non-zero exit
#                                        is a failure.
#
# The conventions are described in tests/README.md.
#
# Mechanism: the list of tests is built first, then `xargs -P` runs this same
# script in worker mode (--one) once per test; each worker writes a small
# result file (line 1: "<passed> <failed>", then the messages to print) into
# a private temporary folder.  The parent prints the messages in list order
# and sums the counts, so the report is deterministic whatever the schedule.
#
# Environment: GOLEM_TEST_FILTER=regex (grep -E on the test's path) selects
# tests; GOLEM_TEST_JOBS (default 2) sets the parallelism; GOLEM_TEST_TIMEOUT
# (default 10) the per-test limit in seconds.
#
# Only POSIX sh, awk, sed, grep, diff and coreutils (timeout, mktemp) are used.

# ---------------------------------------------------------------- helpers

# expected_output FILE: prints the `// Output:` block of FILE, one line per
# comment line ("// text" -> "text", "//" -> empty line).  The block ends at
# the first line that is not a // comment, or at a // Panic: / // Exit: line.
expected_output() {
	awk '
	inblock {
		if ($0 ~ /^\/\/ (Panic|Exit): /) exit
		if ($0 == "//") { print ""; next }
		if (substr($0, 1, 3) == "// ") { print substr($0, 4); next }
		exit
	}
	$0 == "// Output:" { inblock = 1; found = 1 }
	' "$1"
}

# has_output_block FILE: succeeds when FILE has a `// Output:` line.
has_output_block() {
	grep -q '^// Output:$' "$1"
}

# directive FILE NAME: prints the value of the first `// NAME: value` line.
directive() {
	sed -n "s|^// $2: ||p" "$1" | sed -n 1p
}

# result PASSED FAILED [MESSAGE...]: writes this worker's result file.
result() {
	{
		echo "$1 $2"
		shift 2
		for m in "$@"; do printf '%s\n' "$m"; done
	} > "$RES"
}

# short_diff EXPECTED ACTUAL: the first lines of a unified diff, indented.
# GNU diff's -a shows non-text output as text; other diffs lack it.
short_diff() {
	if diff -a /dev/null /dev/null > /dev/null 2>&1; then
		diff -a -u "$1" "$2"
	else
		diff -u "$1" "$2"
	fi | sed -n '3,22p' | sed 's/^/    /'
}

# ensure_final_newline FILE: appends "\n" when FILE is non-empty and does
# not end with one, so a missing last newline is not reported as a diff.
ensure_final_newline() {
	if [ -s "$1" ] && [ "$(tail -c 1 "$1" | od -An -c | tr -d ' ')" != '\n' ]; then
		echo >> "$1"
	fi
}

# ---------------------------------------------------------------- workers

# run_program PATH: a tests/lang or tests/runtime program (file or folder).
run_program() {
	path=$1
	if [ -d "$path" ]; then
		src=""
		for f in "$path"/*.go; do
			if has_output_block "$f" || grep -q -E '^// (Panic|Exit): ' "$f"; then
				src=$f
				break
			fi
		done
		if [ -z "$src" ]; then
			result 0 1 "FAIL $path: no // Output: block in any file"
			return
		fi
	else
		src=$path
	fi
	want_panic=$(directive "$src" Panic)
	want_exit=$(directive "$src" Exit)
	if ! has_output_block "$src" && [ -z "$want_panic$want_exit" ]; then
		result 0 1 "FAIL $path: no // Output:, // Panic: or // Exit: line"
		return
	fi
	if [ -z "$want_exit" ]; then
		if [ -n "$want_panic" ]; then want_exit=2; else want_exit=0; fi
	fi
	args=$(directive "$src" Args)
	stdin=$(directive "$src" Stdin)
	[ -n "$stdin" ] || stdin=/dev/null
	# `// Env: NAME=VALUE ...` sets environment variables (e.g. TZ).
	envs=$(directive "$src" Env)
	expected_output "$src" > "$W/want"
	# $args and $envs are split into words on purpose.
	# shellcheck disable=SC2086
	env $envs timeout -k 5 "$TIMEOUT" "$BIN" run "$path" $args < "$stdin" > "$W/out" 2> "$W/err"
	status=$?
	ensure_final_newline "$W/out"
	if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
		result 0 1 "FAIL $path: timed out after ${TIMEOUT}s"
		return
	fi
	msgs=""
	if ! diff "$W/want" "$W/out" > /dev/null 2>&1; then
		msgs="stdout differs:
$(short_diff "$W/want" "$W/out")"
	fi
	if [ -n "$want_panic" ]; then
		got_panic=$(sed -n 1p "$W/err")
		if [ "$got_panic" != "$want_panic" ]; then
			msgs="${msgs:+$msgs
}first stderr line: got \"$got_panic\", want \"$want_panic\""
		fi
	fi
	if [ "$status" -ne "$want_exit" ]; then
		msgs="${msgs:+$msgs
}exit status $status, want $want_exit$( [ -s "$W/err" ] && printf '\n    stderr: %s' "$(sed -n 1,3p "$W/err")")"
	fi
	if [ -n "$msgs" ]; then
		result 0 1 "FAIL $path: $msgs"
	else
		result 1 0
	fi
}

# run_errors PATH: a tests/errors program that must fail to compile.
run_errors() {
	path=$1
	timeout -k 5 "$TIMEOUT" "$BIN" run "$path" < /dev/null > "$W/out" 2> "$W/err"
	status=$?
	if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
		result 0 1 "FAIL $path: timed out after ${TIMEOUT}s"
		return
	fi
	# Expected: "LINE<TAB>regexp" per ERROR comment.
	awk '{
		i = index($0, "// ERROR \"")
		if (i == 0) next
		s = substr($0, i + 10)
		j = length(s)
		while (j > 0 && substr(s, j, 1) != "\"") j--
		if (j > 0) printf "%d\t%s\n", NR, substr(s, 1, j - 1)
	}' "$path" > "$W/want"
	# Reported: "LINE<TAB>message" per diagnostic naming a .go line.
	# A line starting with a tab continues the diagnostic above it (go's
	# "other declaration of x"), so it is not a diagnostic of its own.
	sed -n 's/^[^ 	][^ 	]*\.go:\([0-9][0-9]*\):[0-9][0-9]*: \(.*\)$/\1	\2/p
s/^[^ 	][^ 	]*\.go:\([0-9][0-9]*\): \(.*\)$/\1	\2/p' "$W/err" > "$W/got"
	msgs=""
	if [ "$status" -ne 1 ]; then
		msgs="exit status $status, want 1"
	fi
	tab=$(printf '\t')
	while IFS="$tab" read -r line re; do
		sed -n "s/^$line$tab//p" "$W/got" > "$W/msgs"
		if [ ! -s "$W/msgs" ]; then
			msgs="${msgs:+$msgs
}line $line: no error reported, want \"$re\""
		elif ! grep -E -q -e "$re" "$W/msgs" 2>/dev/null; then
			msgs="${msgs:+$msgs
}line $line: got \"$(sed -n 1p "$W/msgs")\", want \"$re\""
		fi
	done < "$W/want"
	cut -f1 "$W/want" > "$W/wantlines"
	while IFS="$tab" read -r line msg; do
		if ! grep -q -x -e "$line" "$W/wantlines"; then
			msgs="${msgs:+$msgs
}line $line: unexpected error \"$msg\""
		fi
	done < "$W/got"
	if [ -n "$msgs" ]; then
		result 0 1 "FAIL $path: $msgs"
	else
		result 1 0
	fi
}

# run_unit PATH: a C unit-test executable.
run_unit() {
	path=$1
	timeout -k 5 "$TIMEOUT" "$path" < /dev/null > "$W/out" 2>&1
	status=$?
	nfail=$(grep -c '^FAIL' "$W/out")
	npass=$(grep -c -E '^(PASS|ok)' "$W/out")
	if [ "$nfail" -eq 0 ] && [ "$status" -ne 0 ]; then
		nfail=1
	fi
	if [ "$nfail" -eq 0 ] && [ "$npass" -eq 0 ]; then
		npass=1
	fi
	if [ "$nfail" -gt 0 ]; then
		result "$npass" "$nfail" "FAIL $path: exit status $status
$(grep '^FAIL' "$W/out" | sed -n 1,10p | sed 's/^/    /')
$(tail -n 5 "$W/out" | sed 's/^/    /')"
	else
		result "$npass" 0
	fi
}

# run_cli NAME: one check of the command line (list entry cli:NAME).
run_cli() {
	name=$1
	msgs=""
	case $name in
	version)
		"$BIN" version > "$W/out" 2> "$W/err"
		status=$?
		if [ "$status" -ne 0 ] || ! grep -q '^golem version ' "$W/out"; then
			msgs="golem version: exit status $status, output \"$(sed -n 1p "$W/out")\""
		fi
		;;
	disasm)
		timeout -k 5 "$TIMEOUT" "$BIN" disasm examples/hello.go > "$W/out" 2> "$W/err"
		status=$?
		if [ "$status" -ne 0 ]; then
			msgs="golem disasm: exit status $status"
		elif ! grep -q '^func main\.main ' "$W/out"; then
			msgs="golem disasm: no \"func main.main\" line"
		elif ! grep -q '^  ptrmap ' "$W/out"; then
			msgs="golem disasm: no ptrmap line"
		elif grep '^func ' "$W/out" | grep -v -q '^func main\.'; then
			msgs="golem disasm: lists a function outside package main: $(grep '^func ' "$W/out" | grep -v '^func main\.' | sed -n 1p)"
		fi
		timeout -k 5 "$TIMEOUT" "$BIN" disasm -all examples/hello.go > "$W/out" 2> "$W/err"
		status=$?
		if [ "$status" -ne 0 ] || ! grep -q '^func fmt\.Println ' "$W/out"; then
			msgs="${msgs:+$msgs
}golem disasm -all: exit status $status, or no \"func fmt.Println\" line"
		fi
		;;
	rundir)
		dir=tests/lang/multifile_package
		src=$(grep -l '^// Output:$' "$dir"/*.go | sed -n 1p)
		expected_output "$src" > "$W/want"
		timeout -k 5 "$TIMEOUT" "$BIN" run "$dir" < /dev/null > "$W/out" 2> "$W/err"
		status=$?
		ensure_final_newline "$W/out"
		if [ "$status" -ne 0 ]; then
			msgs="golem run $dir: exit status $status"
		elif ! diff "$W/want" "$W/out" > /dev/null 2>&1; then
			msgs="golem run $dir: stdout differs:
$(short_diff "$W/want" "$W/out")"
		fi
		;;
	unknown)
		"$BIN" no-such-command > "$W/out" 2> "$W/err"
		status=$?
		if [ "$status" -ne 2 ]; then
			msgs="golem no-such-command: exit status $status, want 2"
		fi
		;;
	*)
		msgs="unknown cli check"
		;;
	esac
	if [ -n "$msgs" ]; then
		result 0 1 "FAIL cli:$name: $msgs"
	else
		result 1 0
	fi
}

# run_trace FILE: tests/trace/NAME.go must exit with status 2 and a stderr
# equal to NAME.trace (go's, from tests/trace/update.sh) once both pass
# through tests/trace/mask.sed (offsets, paths, pointers, "?" words).
run_trace() {
	src=$1
	timeout -k 5 "$TIMEOUT" "$BIN" run "$src" < /dev/null > /dev/null 2> "$W/err"
	status=$?
	sed -E -f tests/trace/mask.sed "${src%.go}.trace" > "$W/want"
	sed -E -f tests/trace/mask.sed "$W/err" > "$W/got"
	if [ "$status" -ne 2 ]; then
		result 0 1 "FAIL $src: exit status $status, want 2"
	elif ! diff "$W/want" "$W/got" > "$W/diff"; then
		result 0 1 "FAIL $src: traceback differs (< want, > got)" \
			"$(head -n 20 "$W/diff")"
	else
		result 1 0
	fi
}

worker() {
	BIN=$1
	RESDIR=$2
	path=$3
	TIMEOUT=${GOLEM_TEST_TIMEOUT:-10}
	RES=$RESDIR/$(echo "$path" | sed 's|[/.]|_|g').res
	W=$RES.d
	mkdir -p "$W"
	case $path in
	cli:*) run_cli "${path#cli:}" ;;
	tests/errors/*) run_errors "$path" ;;
	tests/trace/*) run_trace "$path" ;;
	tests/*) run_program "$path" ;;
	*) run_unit "$path" ;;
	esac
	rm -rf "$W"
}

# ---------------------------------------------------------------- main

if [ "${1:-}" = "--one" ]; then
	worker "$2" "$3" "$4"
	exit 0
fi

if [ $# -lt 1 ]; then
	echo "usage: tests/run.sh BINARY" >&2
	exit 2
fi

BIN=$1
case $BIN in
/*) ;;
*) BIN=$PWD/$BIN ;;
esac
if [ ! -x "$BIN" ]; then
	echo "tests/run.sh: $1: not an executable" >&2
	echo "0 passed, 1 failed"
	exit 1
fi
BUILDDIR=$(dirname "$BIN")
SELF=$(cd "$(dirname "$0")" && pwd)/run.sh
cd "$(dirname "$0")/.." || exit 2

# list_tests: every test path, one per line, in a stable order.
list_tests() {
	for suite in tests/lang tests/runtime; do
		for p in "$suite"/*.go "$suite"/*/; do
			[ -e "$p" ] || continue
			case $p in
			tests/lang/stdlib/)
				# Not a multi-file package: one program per file.
				for f in "$p"*.go; do
					[ -e "$f" ] && echo "$f"
				done
				continue
				;;
			esac
			echo "${p%/}"
		done
	done
	for p in tests/errors/*.go tests/trace/*.go; do
		[ -e "$p" ] && echo "$p"
	done
	for p in version disasm rundir unknown; do
		echo "cli:$p"
	done
	for p in "$BUILDDIR"/unit/test_*; do
		[ -f "$p" ] && [ -x "$p" ] && echo "$p"
	done
}

RESDIR=$(mktemp -d "${TMPDIR:-/tmp}/golem-test.XXXXXX") || exit 2
trap 'rm -rf "$RESDIR"' EXIT INT TERM

# GOLEM_TEST_SKIP_GO122=1 (set by tests/oracle.sh) drops the programs whose
# first line is //go:build go1.22, which an older go refuses to build, and
# those whose first line starts with `// golem-only:` (valid Go that golem
# rejects on purpose, such as a feature it does not support yet), and the
# checks of golem's own command line (cli:*), which go has no part in.
skip_newer() {
	while read -r p; do
		case $p in
		cli:*)
			[ -n "${GOLEM_TEST_SKIP_GO122:-}" ] || echo "$p"
			continue
			;;
		esac
		f=$p
		if [ -d "$p" ]; then
			for f in "$p"/*.go; do break; done
		fi
		if [ -n "${GOLEM_TEST_SKIP_GO122:-}" ] && [ -n "$f" ]; then
			case $(sed -n 1p "$f") in
			"//go:build go1.22" | "// golem-only:"*) continue ;;
			esac
		fi
		echo "$p"
	done
}

list_tests | grep -E -e "${GOLEM_TEST_FILTER:-.}" | skip_newer > "$RESDIR/list"
if [ -s "$RESDIR/list" ]; then
	xargs -P "${GOLEM_TEST_JOBS:-2}" -n 1 sh "$SELF" --one "$BIN" "$RESDIR" < "$RESDIR/list"
fi

passed=0
failed=0
while read -r path; do
	res=$RESDIR/$(echo "$path" | sed 's|[/.]|_|g').res
	if [ ! -f "$res" ]; then
		echo "FAIL $path: the runner produced no result"
		failed=$((failed + 1))
		continue
	fi
	read -r p f < "$res"
	passed=$((passed + p))
	failed=$((failed + f))
	sed 1d "$res"
done < "$RESDIR/list"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
