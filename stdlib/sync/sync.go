// Package sync: mutual exclusion (Mutex, RWMutex), WaitGroup, Once, Cond,
// Map and Pool, written in Go over sync/atomic and the runtime's
// semaphores (runtime_Semacquire parks the goroutine until the count at
// addr is positive; stdlib/sync/sync.c, vm/sema.c).
package sync

import "sync/atomic"

func runtime_Semacquire(addr *uint32, reason int)
func runtime_Semrelease(addr *uint32)
func fatal(s string)

// Wait reasons shown in tracebacks (stdlib/sync/sync.c).
const (
	waitSemacquire = iota
	waitMutex
	waitRWMutexR
	waitRWMutexW
	waitCond
)

// A Locker can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock; the zero value is unlocked.
//
// state: 0 unlocked, 1 locked, 2 locked and someone may be waiting. A
// waiter marks the state 2 and sleeps on the semaphore; an unlock that
// finds 2 clears the state and posts the semaphore, and the woken waiter
// competes again. Extra posts only cost an extra loop.
type Mutex struct {
	state int32
	sema  uint32
}

// Lock locks m, waiting until it is available.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, 1) {
		return
	}
	for atomic.SwapInt32(&m.state, 2) != 0 {
		runtime_Semacquire(&m.sema, waitMutex)
	}
}

// TryLock locks m if it is free and reports whether it did.
func (m *Mutex) TryLock() bool {
	return atomic.CompareAndSwapInt32(&m.state, 0, 1)
}

// Unlock unlocks m; unlocking an unlocked mutex is a fatal error.
func (m *Mutex) Unlock() {
	switch atomic.AddInt32(&m.state, -1) {
	case 0:
	case 1:
		atomic.StoreInt32(&m.state, 0)
		runtime_Semrelease(&m.sema)
	default:
		fatal("sync: unlock of unlocked mutex")
	}
}

const rwmutexMaxReaders = 1 << 30

// An RWMutex is a reader/writer lock: any number of readers or one
// writer. A writer first takes w, then announces itself by subtracting
// rwmutexMaxReaders from readerCount (new readers see a negative count
// and wait on readerSem) and waits on writerSem for the readers already
// inside (readerWait of them) to leave. Unlock adds the constant back and
// releases the readers that queued meanwhile.
type RWMutex struct {
	w           Mutex
	writerSem   uint32
	readerSem   uint32
	readerCount int32
	readerWait  int32
}

// RLock locks rw for reading.
func (rw *RWMutex) RLock() {
	if atomic.AddInt32(&rw.readerCount, 1) < 0 {
		runtime_Semacquire(&rw.readerSem, waitRWMutexR)
	}
}

// TryRLock locks rw for reading if no writer holds or waits for it.
func (rw *RWMutex) TryRLock() bool {
	for {
		c := atomic.LoadInt32(&rw.readerCount)
		if c < 0 {
			return false
		}
		if atomic.CompareAndSwapInt32(&rw.readerCount, c, c+1) {
			return true
		}
	}
}

// RUnlock undoes one RLock.
func (rw *RWMutex) RUnlock() {
	if r := atomic.AddInt32(&rw.readerCount, -1); r < 0 {
		if r+1 == 0 || r+1 == -rwmutexMaxReaders {
			fatal("sync: RUnlock of unlocked RWMutex")
		}
		if atomic.AddInt32(&rw.readerWait, -1) == 0 {
			runtime_Semrelease(&rw.writerSem)
		}
	}
}

// Lock locks rw for writing.
func (rw *RWMutex) Lock() {
	rw.w.Lock()
	r := atomic.AddInt32(&rw.readerCount, -rwmutexMaxReaders) + rwmutexMaxReaders
	if r != 0 && atomic.AddInt32(&rw.readerWait, r) != 0 {
		runtime_Semacquire(&rw.writerSem, waitRWMutexW)
	}
}

// TryLock locks rw for writing if it is free.
func (rw *RWMutex) TryLock() bool {
	if !rw.w.TryLock() {
		return false
	}
	if !atomic.CompareAndSwapInt32(&rw.readerCount, 0, -rwmutexMaxReaders) {
		rw.w.Unlock()
		return false
	}
	return true
}

// Unlock undoes Lock.
func (rw *RWMutex) Unlock() {
	r := atomic.AddInt32(&rw.readerCount, rwmutexMaxReaders)
	if r >= rwmutexMaxReaders {
		fatal("sync: Unlock of unlocked RWMutex")
	}
	for i := 0; i < int(r); i++ {
		runtime_Semrelease(&rw.readerSem)
	}
	rw.w.Unlock()
}

type rlocker RWMutex

func (r *rlocker) Lock()   { (*RWMutex)(r).RLock() }
func (r *rlocker) Unlock() { (*RWMutex)(r).RUnlock() }

// RLocker returns a Locker whose Lock and Unlock call RLock and RUnlock.
func (rw *RWMutex) RLocker() Locker {
	return (*rlocker)(rw)
}

// A WaitGroup waits for a collection of goroutines to finish.
//
// state packs the counter (high 32 bits) and the number of waiters (low
// 32 bits) so that one atomic operation sees both.
type WaitGroup struct {
	state uint64
	sema  uint32
}

// Add adds delta (which may be negative) to the counter; when it reaches
// zero every Wait returns.
func (wg *WaitGroup) Add(delta int) {
	state := atomic.AddUint64(&wg.state, uint64(delta)<<32)
	v := int32(state >> 32)
	w := uint32(state)
	if v < 0 {
		panic("sync: negative WaitGroup counter")
	}
	if w != 0 && delta > 0 && v == int32(delta) {
		panic("sync: WaitGroup misuse: Add called concurrently with Wait")
	}
	if v > 0 || w == 0 {
		return
	}
	atomic.StoreUint64(&wg.state, 0)
	for ; w != 0; w-- {
		runtime_Semrelease(&wg.sema)
	}
}

// Done decrements the counter by one.
func (wg *WaitGroup) Done() {
	wg.Add(-1)
}

// Wait blocks until the counter is zero.
func (wg *WaitGroup) Wait() {
	for {
		state := atomic.LoadUint64(&wg.state)
		if int32(state>>32) == 0 {
			return
		}
		if atomic.CompareAndSwapUint64(&wg.state, state, state+1) {
			runtime_Semacquire(&wg.sema, waitSemacquire)
			return
		}
	}
}

// Once performs exactly one action.
type Once struct {
	done uint32
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time for
// this Once; other callers wait until f has returned.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}

// OnceFunc returns a function that calls f only the first time it is
// called (Go 1.21). If f panics, that call panics with f's value, and so
// does every later call, without calling f again.
func OnceFunc(f func()) func() {
	var (
		once  Once
		valid bool // f returned normally
		p     any  // what f panicked with
	)
	call := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p) // the first caller sees f's panic at once
			}
		}()
		f()
		f = nil // f may be collected
		valid = true
	}
	return func() {
		once.Do(call)
		if !valid {
			panic(p)
		}
	}
}

// OnceValue returns a function that calls f the first time it is called
// and returns f's result then and on every later call (Go 1.21); a panic
// of f repeats on every call, as in OnceFunc.
func OnceValue[T any](f func() T) func() T {
	var (
		once   Once
		valid  bool
		p      any
		result T
	)
	call := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		result = f()
		f = nil
		valid = true
	}
	return func() T {
		once.Do(call)
		if !valid {
			panic(p)
		}
		return result
	}
}

// OnceValues is OnceValue for a function of two results (Go 1.21).
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2) {
	var (
		once  Once
		valid bool
		p     any
		r1    T1
		r2    T2
	)
	call := func() {
		defer func() {
			p = recover()
			if !valid {
				panic(p)
			}
		}()
		r1, r2 = f()
		f = nil
		valid = true
	}
	return func() (T1, T2) {
		once.Do(call)
		if !valid {
			panic(p)
		}
		return r1, r2
	}
}

// Cond is a condition variable: goroutines Wait for an event that
// another Signals (one waiter) or Broadcasts (all of them). Each waiter
// sleeps on a semaphore of its own, queued in arrival order.
type Cond struct {
	L       Locker
	mu      Mutex
	waiters []*uint32
}

// NewCond returns a new Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, sleeps until Signal or Broadcast wakes it, and locks
// c.L again before returning.
func (c *Cond) Wait() {
	s := new(uint32)
	c.mu.Lock()
	c.waiters = append(c.waiters, s)
	c.mu.Unlock()
	c.L.Unlock()
	runtime_Semacquire(s, waitCond)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is any.
func (c *Cond) Signal() {
	c.mu.Lock()
	if len(c.waiters) == 0 {
		c.mu.Unlock()
		return
	}
	s := c.waiters[0]
	c.waiters = c.waiters[1:]
	c.mu.Unlock()
	runtime_Semrelease(s)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	c.mu.Lock()
	w := c.waiters
	c.waiters = nil
	c.mu.Unlock()
	for _, s := range w {
		runtime_Semrelease(s)
	}
}

// Map is a map safe for concurrent use (a mutex around a Go map).
type Map struct {
	mu Mutex
	m  map[any]any
}

// Load returns the value stored for key.
func (m *Map) Load(key any) (value any, ok bool) {
	m.mu.Lock()
	value, ok = m.m[key]
	m.mu.Unlock()
	return
}

// Store sets the value for key.
func (m *Map) Store(key, value any) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
}

// LoadOrStore returns the existing value for key if present (loaded
// true), else stores and returns value.
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool) {
	m.mu.Lock()
	if v, ok := m.m[key]; ok {
		m.mu.Unlock()
		return v, true
	}
	if m.m == nil {
		m.m = make(map[any]any)
	}
	m.m[key] = value
	m.mu.Unlock()
	return value, false
}

// LoadAndDelete deletes key, returning its previous value if any.
func (m *Map) LoadAndDelete(key any) (value any, loaded bool) {
	m.mu.Lock()
	value, loaded = m.m[key]
	delete(m.m, key)
	m.mu.Unlock()
	return
}

// Delete deletes the value for key.
func (m *Map) Delete(key any) {
	m.mu.Lock()
	delete(m.m, key)
	m.mu.Unlock()
}

// Swap stores value for key and returns the previous value if any.
func (m *Map) Swap(key, value any) (previous any, loaded bool) {
	m.mu.Lock()
	if m.m == nil {
		m.m = make(map[any]any)
	}
	previous, loaded = m.m[key]
	m.m[key] = value
	m.mu.Unlock()
	return
}

// CompareAndSwap stores new for key if its value is old.
func (m *Map) CompareAndSwap(key, old, new any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		m.m[key] = new
		return true
	}
	return false
}

// CompareAndDelete deletes key if its value is old.
func (m *Map) CompareAndDelete(key, old any) bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	if v, ok := m.m[key]; ok && v == old {
		delete(m.m, key)
		return true
	}
	return false
}

// Range calls f for each key and value (on a snapshot, so f may use m)
// until f returns false.
func (m *Map) Range(f func(key, value any) bool) {
	m.mu.Lock()
	keys := make([]any, 0, len(m.m))
	vals := make([]any, 0, len(m.m))
	for k, v := range m.m {
		keys = append(keys, k)
		vals = append(vals, v)
	}
	m.mu.Unlock()
	for i := range keys {
		if !f(keys[i], vals[i]) {
			return
		}
	}
}

// A Pool caches allocated but unused items for later reuse.
type Pool struct {
	mu    Mutex
	items []any
	New   func() any
}

// Get takes an item from the pool, else returns New() (or nil).
func (p *Pool) Get() any {
	p.mu.Lock()
	if n := len(p.items); n > 0 {
		x := p.items[n-1]
		p.items = p.items[:n-1]
		p.mu.Unlock()
		return x
	}
	p.mu.Unlock()
	if p.New != nil {
		return p.New()
	}
	return nil
}

// Put adds x to the pool.
func (p *Pool) Put(x any) {
	if x == nil {
		return
	}
	p.mu.Lock()
	p.items = append(p.items, x)
	p.mu.Unlock()
}
