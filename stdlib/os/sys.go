// sys.go - the less common calls: Chown, Lchown, File.Chown, Chtimes,
// Pipe, Getgroups, Executable, SameFile, the deadline stubs and the
// timeout helpers, and the deprecated SEEK_* constants. Each wraps one
// native of file.c that returns a raw errno, and builds Go's error value
// (a *PathError named after the operation, or a *SyscallError).
package os

import (
	"errors"
	"time"
)

func sysChown(name string, uid, gid int, follow bool) int
func sysFchown(fd, uid, gid int) int
func sysUtimes(name string, atime, mtime int64) int
func sysPipe() (r, w, errno int)
func sysGetgroups() (groups string, errno int)

// Deprecated in Go: use io.SeekStart, io.SeekCurrent, io.SeekEnd.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

var (
	// ErrNoDeadline: golem's files do not support deadlines.
	ErrNoDeadline = errors.New("file type does not support deadline")
	// ErrDeadlineExceeded is the error of an I/O past its deadline.
	ErrDeadlineExceeded error = &deadlineExceededError{}
	// ErrProcessDone: the process has already finished.
	ErrProcessDone = errors.New("os: process already finished")
)

type deadlineExceededError struct{}

func (e *deadlineExceededError) Error() string   { return "i/o timeout" }
func (e *deadlineExceededError) Timeout() bool   { return true }
func (e *deadlineExceededError) Temporary() bool { return true }

// Timeout reports whether the error is a timeout.
func (e *SyscallError) Timeout() bool {
	t, ok := e.Err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// IsTimeout reports whether err (or the error inside a *PathError,
// *LinkError or *SyscallError) is a timeout.
func IsTimeout(err error) bool {
	switch pe := err.(type) {
	case *PathError:
		err = pe.Err
	case *LinkError:
		err = pe.Err
	case *SyscallError:
		err = pe.Err
	}
	t, ok := err.(interface{ Timeout() bool })
	return ok && t.Timeout()
}

// Chown changes the owner and group of the named file (following links).
func Chown(name string, uid, gid int) error {
	if e := sysChown(name, uid, gid, true); e != 0 {
		return pathErr("chown", name, e)
	}
	return nil
}

// Lchown is Chown on the link itself.
func Lchown(name string, uid, gid int) error {
	if e := sysChown(name, uid, gid, false); e != 0 {
		return pathErr("lchown", name, e)
	}
	return nil
}

func (f *File) Chown(uid, gid int) error {
	if err := f.checkValid("chown"); err != nil {
		return err
	}
	if e := sysFchown(f.fd, uid, gid); e != 0 {
		return pathErr("chown", f.name, e)
	}
	return nil
}

// Chtimes sets the access and modification times of the named file.
func Chtimes(name string, atime time.Time, mtime time.Time) error {
	if e := sysUtimes(name, atime.UnixNano(), mtime.UnixNano()); e != 0 {
		return pathErr("chtimes", name, e)
	}
	return nil
}

// Pipe returns a connected pair of Files: what is written to w can be
// read from r.
func Pipe() (r *File, w *File, err error) {
	rfd, wfd, e := sysPipe()
	if e != 0 {
		return nil, nil, NewSyscallError("pipe2", sysErrno(e))
	}
	return NewFile(uintptr(rfd), "|0"), NewFile(uintptr(wfd), "|1"), nil
}

// Getgroups returns the supplementary group ids of the caller.
func Getgroups() ([]int, error) {
	text, e := sysGetgroups()
	if e != 0 {
		return nil, NewSyscallError("getgroups", sysErrno(e))
	}
	var groups []int // nil when there are none, as in Go
	n, digits := 0, false
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != ' ' {
			n = n*10 + int(text[i]-'0')
			digits = true
			continue
		}
		if digits {
			groups = append(groups, n)
		}
		n, digits = 0, false
	}
	return groups, nil
}

// Executable returns the path of the running executable (for golem, the
// golem binary itself).
func Executable() (string, error) {
	p, err := Readlink("/proc/self/exe")
	if err != nil {
		return "", err
	}
	const deleted = " (deleted)"
	if len(p) > len(deleted) && p[len(p)-len(deleted):] == deleted {
		p = p[:len(p)-len(deleted)]
	}
	return p, nil
}

// SameFile reports whether fi1 and fi2 (from Stat, Lstat or File.Stat)
// describe the same file: the same device and inode.
func SameFile(fi1, fi2 FileInfo) bool {
	a, ok1 := fi1.(*fileStat)
	b, ok2 := fi2.(*fileStat)
	if !ok1 || !ok2 {
		return false
	}
	return a.dev == b.dev && a.ino == b.ino
}

// The deadline methods: files here are never pollable. A closed file
// gives Go's "use of closed file".
var errFileClosing = errors.New("use of closed file")

func (f *File) deadlineErr() error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return errFileClosing
	}
	return ErrNoDeadline
}

func (f *File) SetDeadline(t time.Time) error      { return f.deadlineErr() }
func (f *File) SetReadDeadline(t time.Time) error  { return f.deadlineErr() }
func (f *File) SetWriteDeadline(t time.Time) error { return f.deadlineErr() }
