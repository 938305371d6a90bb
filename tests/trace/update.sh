#!/bin/sh
# tests/trace/update.sh FILE.go... - writes FILE.trace, the stderr of the
# program built by the real go (go build, then the binary run from the
# repository root, as tests/run.sh runs golem). Read the result before
# committing it: it is what golem's traceback must match after
# tests/trace/mask.sed.
cd "$(dirname "$0")/../.." || exit 2
d=$(mktemp -d "${TMPDIR:-/tmp}/golem-trace.XXXXXX") || exit 2
trap 'rm -rf "$d"' EXIT INT TERM
for f in "$@"; do
	f=tests/trace/$(basename "$f")
	go build -o "$d/prog" "$f" || exit 1
	"$d/prog" > /dev/null 2> "${f%.go}.trace"
	echo "$f: exit status $?, $(wc -l < "${f%.go}.trace") lines"
done
