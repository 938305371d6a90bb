#!/bin/sh
# tests/oracle.sh - checks the test expectations against the real Go toolchain.
#
#   tests/oracle.sh              every tests/lang, tests/runtime and
#                                tests/errors program through `go`; ends with
#                                "N passed, N failed", non-zero on mismatch
#   tests/oracle.sh -u PATH...   (re)writes the // Output:, // Panic: and
#                                // Exit: lines at the end of each PATH (a .go
#                                file, or a folder holding a multi-file
#                                program: then its main.go; tests/lang/stdlib
#                                holds single-file programs, so naming it
#                                updates each of its files) from what the
#                                Go-built program actually does
#
# Mechanism: tests/run.sh already knows every convention, so this script
# writes a tiny stand-in for golem into a temporary folder - `STANDIN run
# PATH [ARGS]` does `go build` then runs the executable with ARGS and returns
# its exit status (a compile error prints go's diagnostics and returns 1) -
# and hands it to tests/run.sh.  Programs are built, not `go run`, because
# `go run` turns a program's exit status into 1 and adds "exit status N" to
# stderr.  Files whose first line is `//go:build go1.22` are skipped (an older
# go would refuse them); GOLEM_TEST_FILTER works as in tests/run.sh.

ORIG=$PWD
cd "$(dirname "$0")/.." || exit 2

if ! command -v go > /dev/null 2>&1; then
	echo "tests/oracle.sh: go is not installed" >&2
	echo "0 passed, 0 failed"
	exit 0
fi

TMPD=$(mktemp -d "${TMPDIR:-/tmp}/golem-oracle.XXXXXX") || exit 2
trap 'rm -rf "$TMPD"' EXIT INT TERM
STANDIN=$TMPD/gorun
cat > "$STANDIN" << 'EOF'
#!/bin/sh
# gorun run PATH [ARGS...]: golem's command line, implemented with go build.
shift
path=$1
shift
d=$(mktemp -d "${TMPDIR:-/tmp}/gorun.XXXXXX") || exit 2
if [ -d "$path" ]; then
	go build -o "$d/prog" "$path"/*.go 2> "$d/err"
else
	go build -o "$d/prog" "$path" 2> "$d/err"
fi
if [ $? -ne 0 ]; then
	grep -v '^#' "$d/err" >&2
	rm -rf "$d"
	exit 1
fi
"$d/prog" "$@"
status=$?
rm -rf "$d"
exit $status
EOF
chmod +x "$STANDIN"

# update FILE: rewrites the expectation lines at the end of FILE.
update() {
	f=$1
	case $f in
	/*) ;;
	*) f=$ORIG/$f ;;
	esac
	# tests/lang/stdlib holds single-file programs: update each.
	case ${f%/} in
	*/tests/lang/stdlib)
		for g in "${f%/}"/*.go; do update "$g"; done
		return
		;;
	esac
	# A folder is one multi-file program: its expectations live in the file
	# that already has them, else in main.go.
	target=$f
	if [ -d "$f" ]; then
		f=${f%/}
		target=$f/main.go
		for g in "$f"/*.go; do
			if grep -q -E '^// (Output:|Panic: |Exit: )' "$g"; then
				target=$g
				break
			fi
		done
	elif [ ! -f "$f" ]; then
		echo "skip $1: no such file" >&2
		return
	fi
	if [ ! -f "$target" ]; then
		echo "skip $1: no $target" >&2
		return
	fi
	if [ "$(sed -n 1p "$target")" = "//go:build go1.22" ]; then
		echo "skip $f: needs go1.22" >&2
		return
	fi
	args=$(sed -n 's|^// Args: ||p' "$target" | sed -n 1p)
	stdin=$(sed -n 's|^// Stdin: ||p' "$target" | sed -n 1p)
	[ -n "$stdin" ] || stdin=/dev/null
	envs=$(sed -n 's|^// Env: ||p' "$target" | sed -n 1p)
	# shellcheck disable=SC2086
	env $envs timeout 60 "$STANDIN" run "$f" $args < "$stdin" > "$TMPD/out" 2> "$TMPD/err"
	status=$?
	f=$target
	if [ -s "$TMPD/out" ] && [ "$(tail -c 1 "$TMPD/out" | od -An -c | tr -d ' ')" != '\n' ]; then
		echo >> "$TMPD/out"
	fi
	# Keep everything before the first expectation line, minus trailing
	# blank lines.
	awk '/^\/\/ (Output:$|Panic: |Exit: )/ { exit } { print }' "$f" |
		awk '{ lines[NR] = $0 } END {
			n = NR
			while (n > 0 && lines[n] == "") n--
			for (i = 1; i <= n; i++) print lines[i]
		}' > "$TMPD/body"
	{
		cat "$TMPD/body"
		echo
		if [ -s "$TMPD/out" ] || [ "$status" -eq 0 ]; then
			echo "// Output:"
			sed -e 's|^|// |' -e 's|^// $|//|' "$TMPD/out"
		fi
		first=$(sed -n 1p "$TMPD/err")
		case $first in
		"panic: "*) echo "// Panic: $first" ;;
		esac
		if [ "$status" -ne 0 ]; then
			echo "// Exit: $status"
		fi
	} > "$TMPD/new"
	cat "$TMPD/new" > "$f"
	echo "updated $f (exit $status)" >&2
}

if [ "${1:-}" = "-u" ]; then
	shift
	for f in "$@"; do update "$f"; done
	exit 0
fi

GOLEM_TEST_SKIP_GO122=1 GOLEM_TEST_TIMEOUT=${GOLEM_TEST_TIMEOUT:-120} \
	sh tests/run.sh "$STANDIN"
