// Package runtime: the few scheduler controls programs commonly use
// (stdlib/runtime/runtime.c). GOMAXPROCS(n) changes the number of Ps
// with the world stopped. The collector's functions (GC, ReadMemStats,
// SetFinalizer, KeepAlive) are in mstats.go.
package runtime

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the process.
func NumCPU() int

// GOMAXPROCS sets the number of Ps when n > 0 and returns the previous
// setting.
func GOMAXPROCS(n int) int

// Goexit runs the calling goroutine's deferred calls and ends it; other
// goroutines are not affected. recover returns nil while it unwinds.
func Goexit()


// Version returns the Go version golem implements.
func Version() string { return "go1.22" }

const GOOS = "linux"
const GOARCH = "amd64"
const Compiler = "gc"

// An Error identifies a run-time error: the values the VM panics with for
// index, nil-map, nil-dereference, division and conversion faults all
// carry a RuntimeError method.
type Error interface {
	error
	RuntimeError()
}
