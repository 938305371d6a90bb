// Package atomic: low-level atomic memory primitives (Go's sync/atomic):
// the functions are C natives (stdlib/sync/atomic/atomic.c), sequentially
// consistent; the typed atomics (Int32, Int64, Uint32, Uint64, Uintptr,
// Bool, Value) are thin Go wrappers around them.
package atomic

func AddInt32(addr *int32, delta int32) (new int32)
func AddInt64(addr *int64, delta int64) (new int64)
func AddUint32(addr *uint32, delta uint32) (new uint32)
func AddUint64(addr *uint64, delta uint64) (new uint64)
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

func LoadInt32(addr *int32) (val int32)
func LoadInt64(addr *int64) (val int64)
func LoadUint32(addr *uint32) (val uint32)
func LoadUint64(addr *uint64) (val uint64)
func LoadUintptr(addr *uintptr) (val uintptr)

func StoreInt32(addr *int32, val int32)
func StoreInt64(addr *int64, val int64)
func StoreUint32(addr *uint32, val uint32)
func StoreUint64(addr *uint64, val uint64)
func StoreUintptr(addr *uintptr, val uintptr)

func SwapInt32(addr *int32, new int32) (old int32)
func SwapInt64(addr *int64, new int64) (old int64)
func SwapUint32(addr *uint32, new uint32) (old uint32)
func SwapUint64(addr *uint64, new uint64) (old uint64)
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

func sameType(a, b any) bool

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	v int32
}

func (x *Int32) Load() int32           { return LoadInt32(&x.v) }
func (x *Int32) Store(val int32)       { StoreInt32(&x.v, val) }
func (x *Int32) Swap(new int32) int32  { return SwapInt32(&x.v, new) }
func (x *Int32) Add(delta int32) int32 { return AddInt32(&x.v, delta) }
func (x *Int32) CompareAndSwap(old, new int32) bool {
	return CompareAndSwapInt32(&x.v, old, new)
}

// An Int64 is an atomic int64. The zero value is zero.
type Int64 struct {
	v int64
}

func (x *Int64) Load() int64           { return LoadInt64(&x.v) }
func (x *Int64) Store(val int64)       { StoreInt64(&x.v, val) }
func (x *Int64) Swap(new int64) int64  { return SwapInt64(&x.v, new) }
func (x *Int64) Add(delta int64) int64 { return AddInt64(&x.v, delta) }
func (x *Int64) CompareAndSwap(old, new int64) bool {
	return CompareAndSwapInt64(&x.v, old, new)
}

// A Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	v uint32
}

func (x *Uint32) Load() uint32            { return LoadUint32(&x.v) }
func (x *Uint32) Store(val uint32)        { StoreUint32(&x.v, val) }
func (x *Uint32) Swap(new uint32) uint32  { return SwapUint32(&x.v, new) }
func (x *Uint32) Add(delta uint32) uint32 { return AddUint32(&x.v, delta) }
func (x *Uint32) CompareAndSwap(old, new uint32) bool {
	return CompareAndSwapUint32(&x.v, old, new)
}

// A Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct {
	v uint64
}

func (x *Uint64) Load() uint64            { return LoadUint64(&x.v) }
func (x *Uint64) Store(val uint64)        { StoreUint64(&x.v, val) }
func (x *Uint64) Swap(new uint64) uint64  { return SwapUint64(&x.v, new) }
func (x *Uint64) Add(delta uint64) uint64 { return AddUint64(&x.v, delta) }
func (x *Uint64) CompareAndSwap(old, new uint64) bool {
	return CompareAndSwapUint64(&x.v, old, new)
}

// A Uintptr is an atomic uintptr. The zero value is zero.
type Uintptr struct {
	v uintptr
}

func (x *Uintptr) Load() uintptr             { return LoadUintptr(&x.v) }
func (x *Uintptr) Store(val uintptr)         { StoreUintptr(&x.v, val) }
func (x *Uintptr) Swap(new uintptr) uintptr  { return SwapUintptr(&x.v, new) }
func (x *Uintptr) Add(delta uintptr) uintptr { return AddUintptr(&x.v, delta) }
func (x *Uintptr) CompareAndSwap(old, new uintptr) bool {
	return CompareAndSwapUintptr(&x.v, old, new)
}

// A Bool is an atomic boolean. The zero value is false.
type Bool struct {
	v uint32
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

func (x *Bool) Load() bool           { return LoadUint32(&x.v) != 0 }
func (x *Bool) Store(val bool)       { StoreUint32(&x.v, b32(val)) }
func (x *Bool) Swap(new bool) bool   { return SwapUint32(&x.v, b32(new)) != 0 }
func (x *Bool) CompareAndSwap(old, new bool) bool {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

// A Value holds a value of one consistent type, loaded and stored
// atomically. Its two-word interface is guarded by a tiny spin lock.
type Value struct {
	lock uint32
	v    any
}

func (v *Value) acquire() {
	for !CompareAndSwapUint32(&v.lock, 0, 1) {
	}
}

func (v *Value) release() { StoreUint32(&v.lock, 0) }

// Load returns the value set by the most recent Store, or nil.
func (v *Value) Load() (val any) {
	v.acquire()
	val = v.v
	v.release()
	return
}

func (v *Value) check(val any, op string) {
	if val == nil {
		v.release()
		panic("sync/atomic: " + op + " of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, val) {
		v.release()
		panic("sync/atomic: " + op + " of inconsistently typed value into Value")
	}
}

// Store sets the value to val; all calls must use the same concrete type.
func (v *Value) Store(val any) {
	v.acquire()
	v.check(val, "store")
	v.v = val
	v.release()
}

// Swap stores new and returns the previous value.
func (v *Value) Swap(new any) (old any) {
	v.acquire()
	v.check(new, "swap")
	old = v.v
	v.v = new
	v.release()
	return
}

// CompareAndSwap stores new if the value is old.
func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	v.acquire()
	v.check(new, "compare and swap")
	if v.v == old {
		v.v = new
		swapped = true
	}
	v.release()
	return
}

// A Pointer is an atomic pointer of type *T. The zero value is a nil *T.
// Like Value it is guarded by a tiny spin lock (golem has no
// unsafe.Pointer for a native to swap); the lock's CAS and store give the
// same ordering guarantees as Go's single-instruction version.
type Pointer[T any] struct {
	lock uint32
	v    *T
}

func (x *Pointer[T]) acquire() {
	for !CompareAndSwapUint32(&x.lock, 0, 1) {
	}
}

func (x *Pointer[T]) release() { StoreUint32(&x.lock, 0) }

// Load atomically loads and returns the value stored in x.
func (x *Pointer[T]) Load() *T {
	x.acquire()
	p := x.v
	x.release()
	return p
}

// Store atomically stores val into x.
func (x *Pointer[T]) Store(val *T) {
	x.acquire()
	x.v = val
	x.release()
}

// Swap atomically stores new into x and returns the previous value.
func (x *Pointer[T]) Swap(new *T) (old *T) {
	x.acquire()
	old = x.v
	x.v = new
	x.release()
	return
}

// CompareAndSwap executes the compare-and-swap operation for x.
func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	x.acquire()
	if x.v == old {
		x.v = new
		swapped = true
	}
	x.release()
	return
}
