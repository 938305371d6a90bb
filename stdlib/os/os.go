// Package os: the process's arguments, environment and exit, and the
// standard files. Natives in stdlib/os/os.c.
package os

import "io"

// errEOF is what Read returns at the end of input (file.go's methods share
// it); it is io.EOF.
var errEOF error = io.EOF

// File is an open file descriptor; golem provides the standard three.
type File struct {
	fd   int
	name string
}

var (
	Stdin  = &File{0, "/dev/stdin"}
	Stdout = &File{1, "/dev/stdout"}
	Stderr = &File{2, "/dev/stderr"}
)

// Args holds the command-line arguments, starting with the program name.
var Args []string = makeArgs()

func argc() int
func argv(i int) string

func makeArgs() []string {
	n := argc()
	a := make([]string, n)
	for i := 0; i < n; i++ {
		a[i] = argv(i)
	}
	return a
}

// Exit ends the program at once with the given status; deferred functions
// do not run.
func Exit(code int)

func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

func LookupEnv(key string) (string, bool)

// Getpid returns the process id.
func Getpid() int

func (f *File) Name() string {
	return f.name
}

func (f *File) Fd() uintptr {
	return uintptr(f.fd)
}

// writeStd and writeStringStd write to the standard output or error
// through the VM's buffers (os.c), so that they interleave with fmt.Print
// and println.
func writeStd(f *File, b []byte) (n int, err error)
func writeStringStd(f *File, s string) (n int, err error)

// Write writes b to the file; an error (a closed file, a full disk)
// comes back as a *PathError.
func (f *File) Write(b []byte) (n int, err error) {
	if f != nil && (f.fd == 1 || f.fd == 2) {
		return writeStd(f, b)
	}
	return f.write(b)
}

func (f *File) WriteString(s string) (n int, err error) {
	if f != nil && (f.fd == 1 || f.fd == 2) {
		return writeStringStd(f, s)
	}
	return f.write([]byte(s))
}

func read(fd int, b []byte) (n int, eof bool)

// Read reads up to len(b) bytes; at end of input it returns 0 and EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if len(b) == 0 {
		return 0, nil
	}
	n, eof := read(f.fd, b)
	if eof {
		return n, errEOF
	}
	return n, nil
}
