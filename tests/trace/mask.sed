# tests/trace/mask.sed - what differs between two runs of the same program
# (or between golem and go) in a traceback, reduced to placeholders, so
# that tests/run.sh can compare golem's stderr with go's stored one. See
# tests/README.md ("tests/trace").
#
# code offsets: "+0x1f" after FILE:LINE (golem's are bytecode indexes)
s/ \+0x[0-9a-f]+$//
# directories: absolute paths differ between checkouts
s/^(	)[^ ]*\/([^/ ]+:[0-9]+)$/\1\2/
# the faulting pc in the signal line, words Go marks "?" (stale register
# values), and pointers (>= 0x10000)
s/pc=0x[0-9a-f]+\]/pc=_]/
s/0x[0-9a-f]+\?/0x_?/g
s/0x[0-9a-f]{5,}/0x_/g
# goroutine ids other than main's (go's runtime starts its own first)
s/^goroutine ([2-9]|[1-9][0-9]+) /goroutine N /
# go 1.21's "created by F in goroutine N" (golem) vs go 1.19's "created by F"
s/^(created by .*) in goroutine [0-9]+$/\1/
