package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
)

func main() {
	dir, _ := os.MkdirTemp("", "golem-sys-")
	defer os.RemoveAll(dir)
	a := filepath.Join(dir, "a")
	os.WriteFile(a, []byte("data"), 0o644)

	// Chown to ourselves is always allowed; a missing file is not
	fmt.Println(os.Chown(a, os.Getuid(), os.Getgid()), os.Lchown(a, -1, -1))
	err := os.Chown(filepath.Join(dir, "nope"), 0, 0)
	fmt.Println(errors.Is(err, os.ErrNotExist), err.(*os.PathError).Op)
	f, _ := os.Open(a)
	fmt.Println(f.Chown(-1, -1))

	// Chtimes
	when := time.Date(2001, 2, 3, 4, 5, 6, 0, time.UTC)
	fmt.Println(os.Chtimes(a, when, when))
	st, _ := os.Stat(a)
	fmt.Println(st.ModTime().UTC())
	err = os.Chtimes(filepath.Join(dir, "nope"), when, when)
	fmt.Println(err.(*os.PathError).Op, errors.Is(err, os.ErrNotExist))

	// SameFile
	b := filepath.Join(dir, "b")
	os.Link(a, b)
	s1, _ := os.Stat(a)
	s2, _ := os.Stat(b)
	s3, _ := f.Stat()
	s4, _ := os.Stat(dir)
	fmt.Println(os.SameFile(s1, s2), os.SameFile(s1, s3), os.SameFile(s1, s4))

	// deadlines are not supported on files
	fmt.Println(f.SetDeadline(time.Now()) == os.ErrNoDeadline, f.SetReadDeadline(time.Time{}), f.SetWriteDeadline(time.Time{}))
	f.Close()
	fmt.Println(errors.Is(f.Chown(0, 0), os.ErrClosed), f.SetDeadline(time.Time{}))

	// Pipe
	r, w, err := os.Pipe()
	fmt.Println(err, r.Name(), w.Name())
	go func() {
		fmt.Fprint(w, "through the pipe")
		w.Close()
	}()
	data, err := io.ReadAll(r)
	fmt.Println(string(data), err)
	r.Close()

	// Getgroups, Executable, timeouts
	groups, err := os.Getgroups()
	fmt.Println(len(groups) >= 0, err)
	exe, err := os.Executable()
	fmt.Println(filepath.IsAbs(exe), err)
	fmt.Println(os.IsTimeout(os.ErrDeadlineExceeded), os.IsTimeout(&os.PathError{Op: "read", Path: "x", Err: os.ErrDeadlineExceeded}), os.IsTimeout(io.EOF))
	fmt.Println(os.ErrDeadlineExceeded, os.ErrNoDeadline, os.ErrProcessDone)
	fmt.Println(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
	se := os.NewSyscallError("read", os.ErrDeadlineExceeded)
	fmt.Println(se, se.(*os.SyscallError).Timeout(), os.NewSyscallError("x", nil) == nil)
}

// Output:
// <nil> <nil>
// true chown
// <nil>
// <nil>
// 2001-02-03 04:05:06 +0000 UTC
// chtimes true
// true true false
// true file type does not support deadline file type does not support deadline
// true use of closed file
// <nil> |0 |1
// through the pipe <nil>
// true <nil>
// true <nil>
// true true false
// i/o timeout file type does not support deadline os: process already finished
// 0 1 2
// read: i/o timeout true true
