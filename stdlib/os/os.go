// Package os: the process's arguments, environment and exit, and the
// standard files. Natives in stdlib/os/os.c.
package os

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

func (f *File) Write(b []byte) (n int, err error)

func (f *File) WriteString(s string) (n int, err error)
