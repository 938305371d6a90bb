// The collector's side of package runtime (stdlib/runtime/mgc.c over
// vm/mgc.c): GC, ReadMemStats, SetFinalizer, KeepAlive.
package runtime

// GC runs a garbage collection and blocks the caller until it is done.
func GC()

// A MemStats records statistics about the memory allocator, with Go's
// fields and Go 1.19's definitions: HeapAlloc counts the objects not yet
// freed, including unreachable ones the background sweeper has not swept
// yet; Frees and BySize[i].Frees count as sweeping frees. BySize covers
// the first 61 size classes (Size 0 for entry 0), without Go's tiny
// allocator (objects under 16 bytes count in their own classes).
// MSpanInuse/MSpanSys are the span descriptors, MCacheInuse/MCacheSys
// the per-P caches, GCSys the mark and allocation bitmaps, the type-word
// tables and the page table of the committed heap. Lookups and
// BuckHashSys are 0.
type MemStats struct {
	Alloc        uint64
	TotalAlloc   uint64
	Sys          uint64
	Lookups      uint64
	Mallocs      uint64
	Frees        uint64
	HeapAlloc    uint64
	HeapSys      uint64
	HeapIdle     uint64
	HeapInuse    uint64
	HeapReleased uint64
	HeapObjects  uint64
	StackInuse   uint64
	StackSys     uint64
	MSpanInuse   uint64
	MSpanSys     uint64
	MCacheInuse  uint64
	MCacheSys    uint64
	BuckHashSys  uint64
	GCSys        uint64
	OtherSys     uint64
	NextGC       uint64
	LastGC       uint64
	PauseTotalNs uint64
	PauseNs      [256]uint64
	PauseEnd     [256]uint64
	NumGC        uint32
	NumForcedGC  uint32
	GCCPUFraction float64
	EnableGC     bool
	DebugGC      bool
	BySize       [61]struct {
		Size    uint32
		Mallocs uint64
		Frees   uint64
	}
}

// ReadMemStats populates m with memory allocator statistics (the world
// is stopped meanwhile, as in Go).
func ReadMemStats(m *MemStats)

// SetFinalizer sets the finalizer associated with obj to finalizer (nil
// removes it). When the collector finds obj unreachable it runs
// finalizer(obj) on a new goroutine, and frees obj at a later cycle.
func SetFinalizer(obj any, finalizer any)

// KeepAlive marks its argument as currently reachable.
func KeepAlive(x any) {}
