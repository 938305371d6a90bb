// Pipe: a synchronous in-memory pipe between goroutines.
//
// Mechanism: a Write hands its slice to the reader over wrCh and waits on
// rdCh for the count the reader consumed, looping until all is taken, so
// each write is matched by one or more reads and nothing is buffered. done
// is closed (once, under the channel-based lock mu) when either end
// closes; blocked operations select on it. A one-slot buffered channel
// serves as a mutex, so concurrent writers do not interleave their data.
package io

type pipe struct {
	wrMu chan struct{} // serialises Writes
	wrCh chan []byte
	rdCh chan int

	mu     chan struct{} // guards the fields below and closing done
	closed bool
	done   chan struct{}
	rerr   error
	werr   error
}

func (p *pipe) lock()   { p.mu <- struct{}{} }
func (p *pipe) unlock() { <-p.mu }

func (p *pipe) read(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.readCloseError()
	default:
	}
	select {
	case bw := <-p.wrCh:
		nr := copy(b, bw)
		p.rdCh <- nr
		return nr, nil
	case <-p.done:
		return 0, p.readCloseError()
	}
}

func (p *pipe) readCloseError() error {
	p.lock()
	rerr, werr := p.rerr, p.werr
	p.unlock()
	if rerr == nil && werr != nil {
		return werr
	}
	return ErrClosedPipe
}

func (p *pipe) closeRead(err error) error {
	if err == nil {
		err = ErrClosedPipe
	}
	p.lock()
	if p.rerr == nil {
		p.rerr = err
	}
	p.closeDone()
	p.unlock()
	return nil
}

func (p *pipe) write(b []byte) (n int, err error) {
	select {
	case <-p.done:
		return 0, p.writeCloseError()
	default:
		p.wrMu <- struct{}{}
		defer func() { <-p.wrMu }()
	}
	for once := true; once || len(b) > 0; once = false {
		select {
		case p.wrCh <- b:
			nw := <-p.rdCh
			b = b[nw:]
			n += nw
		case <-p.done:
			return n, p.writeCloseError()
		}
	}
	return n, nil
}

func (p *pipe) writeCloseError() error {
	p.lock()
	rerr, werr := p.rerr, p.werr
	p.unlock()
	if werr == nil && rerr != nil {
		return rerr
	}
	return ErrClosedPipe
}

func (p *pipe) closeWrite(err error) error {
	if err == nil {
		err = EOF
	}
	p.lock()
	if p.werr == nil {
		p.werr = err
	}
	p.closeDone()
	p.unlock()
	return nil
}

// closeDone closes done once; the caller holds mu.
func (p *pipe) closeDone() {
	if !p.closed {
		p.closed = true
		close(p.done)
	}
}

// A PipeReader is the read half of a pipe.
type PipeReader struct {
	p *pipe
}

// Read reads from the pipe, blocking until a writer arrives or the write
// end is closed (then it returns EOF, or the error given to CloseWithError).
func (r *PipeReader) Read(data []byte) (n int, err error) {
	return r.p.read(data)
}

// Close closes the reader; later writes fail with ErrClosedPipe.
func (r *PipeReader) Close() error {
	return r.CloseWithError(nil)
}

// CloseWithError closes the reader; later writes return err.
func (r *PipeReader) CloseWithError(err error) error {
	return r.p.closeRead(err)
}

// A PipeWriter is the write half of a pipe.
type PipeWriter struct {
	p *pipe
}

// Write writes to the pipe, blocking until readers have consumed all of
// data or the read end is closed.
func (w *PipeWriter) Write(data []byte) (n int, err error) {
	return w.p.write(data)
}

// Close closes the writer; later reads return EOF.
func (w *PipeWriter) Close() error {
	return w.CloseWithError(nil)
}

// CloseWithError closes the writer; later reads return err (EOF if nil).
func (w *PipeWriter) CloseWithError(err error) error {
	return w.p.closeWrite(err)
}

// Pipe creates a synchronous in-memory pipe.
func Pipe() (*PipeReader, *PipeWriter) {
	p := &pipe{
		wrMu: make(chan struct{}, 1),
		wrCh: make(chan []byte),
		rdCh: make(chan int),
		mu:   make(chan struct{}, 1),
		done: make(chan struct{}),
	}
	return &PipeReader{p}, &PipeWriter{p}
}
