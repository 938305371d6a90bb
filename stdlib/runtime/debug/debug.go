// Package debug: the collector's knobs (stdlib/runtime/debug/debug.c over
// vm/mgc.c).
package debug

// SetGCPercent sets the collection target percentage (GOGC); a negative
// value turns the collector off. It returns the previous setting.
func SetGCPercent(percent int) int

// SetMemoryLimit sets a soft limit on the heap (GOMEMLIMIT) and returns
// the previous one; a negative limit only reads it.
func SetMemoryLimit(limit int64) int64

// FreeOSMemory forces a collection and returns as much memory to the
// operating system as possible.
func FreeOSMemory()
