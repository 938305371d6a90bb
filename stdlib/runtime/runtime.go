// Package runtime: the few scheduler controls programs commonly use
// (stdlib/runtime/runtime.c). GOMAXPROCS reports the number of Ps but
// cannot change it while the program runs; GC is a no-op until the
// collector lands.
package runtime

// Gosched yields the processor, allowing other goroutines to run.
func Gosched()

// NumGoroutine returns the number of goroutines that currently exist.
func NumGoroutine() int

// NumCPU returns the number of logical CPUs usable by the process.
func NumCPU() int

// GOMAXPROCS returns the number of Ps; n > 0 would set it (not
// supported: the value stays).
func GOMAXPROCS(n int) int

// GC runs a garbage collection (nothing yet).
func GC() {}

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
