// Files and the file system: Open/Create/OpenFile, *File methods beyond
// the standard three's Read/Write (os.go), Stat/Lstat, directories,
// Remove/RemoveAll, ReadFile/WriteFile, Getwd/Chdir, TempDir/MkdirTemp.
//
// The natives (stdlib/os/file.c) are thin system calls that return a raw
// errno (0 on success); this file turns a non-zero errno into a
// *PathError wrapping a sysErrno, as Go's os does, so that errors.Is(err,
// ErrNotExist) works through sysErrno.Is. The FileInfo/DirEntry/FileMode
// types are io/fs's.
package os

import (
	"errors"
	"io"
	"io/fs"
	"time"
)

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

const (
	PathSeparator     = '/'
	PathListSeparator = ':'
	DevNull           = "/dev/null"
)

type (
	FileInfo  = fs.FileInfo
	FileMode  = fs.FileMode
	DirEntry  = fs.DirEntry
	PathError = fs.PathError
)

const (
	ModeDir        = fs.ModeDir
	ModeAppend     = fs.ModeAppend
	ModeExclusive  = fs.ModeExclusive
	ModeTemporary  = fs.ModeTemporary
	ModeSymlink    = fs.ModeSymlink
	ModeDevice     = fs.ModeDevice
	ModeNamedPipe  = fs.ModeNamedPipe
	ModeSocket     = fs.ModeSocket
	ModeSetuid     = fs.ModeSetuid
	ModeSetgid     = fs.ModeSetgid
	ModeCharDevice = fs.ModeCharDevice
	ModeSticky     = fs.ModeSticky
	ModeIrregular  = fs.ModeIrregular
	ModeType       = fs.ModeType
	ModePerm       = fs.ModePerm
)

var (
	ErrInvalid    = fs.ErrInvalid
	ErrPermission = fs.ErrPermission
	ErrExist      = fs.ErrExist
	ErrNotExist   = fs.ErrNotExist
	ErrClosed     = fs.ErrClosed
)

// sysErrno is a system error number; it prints as Go's syscall.Errno
// does (golem has no package syscall).
type sysErrno uintptr

func errnoText(e int) string

func (e sysErrno) Error() string { return errnoText(int(e)) }

// Is maps errno values onto the portable errors.
func (e sysErrno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == 13 || e == 1 // EACCES, EPERM
	case ErrExist:
		return e == 17 || e == 39 // EEXIST, ENOTEMPTY
	case ErrNotExist:
		return e == 2 // ENOENT
	}
	return false
}

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// LinkError records an error during a link, symlink or rename.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

func pathErr(op, path string, errno int) error {
	return &PathError{Op: op, Path: path, Err: sysErrno(errno)}
}

func underlyingErrorIs(err, target error) bool {
	if err == target {
		return true
	}
	switch e := err.(type) {
	case *PathError:
		err = e.Err
	case *LinkError:
		err = e.Err
	case *SyscallError:
		err = e.Err
	}
	if err == target {
		return true
	}
	if en, ok := err.(sysErrno); ok {
		return en.Is(target)
	}
	return false
}

func IsExist(err error) bool      { return underlyingErrorIs(err, ErrExist) }
func IsNotExist(err error) bool   { return underlyingErrorIs(err, ErrNotExist) }
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// The natives: each returns a raw errno, 0 on success.
func sysOpen(name string, flag int, perm uint32) (fd int, errno int)
func sysClose(fd int) int
func sysSeek(fd int, offset int64, whence int) (int64, int)
func sysRead(fd int, b []byte) (n int, errno int)
func sysPread(fd int, b []byte, off int64) (n int, errno int)
func sysWrite(fd int, b []byte) (n int, errno int)
func sysPwrite(fd int, b []byte, off int64) (n int, errno int)
func sysStat(name string, follow bool) (size int64, mode uint32, mtime int64, dev, ino uint64, errno int)
func sysFstat(fd int) (size int64, mode uint32, mtime int64, dev, ino uint64, errno int)
func sysReaddir(fd int) (names string, errno int)
func sysUnlink(name string) int
func sysRmdir(name string) int
func sysMkdir(name string, perm uint32) int
func sysRename(from, to string) int
func sysGetwd() (string, int)
func sysChdir(dir string) int
func sysChmod(name string, mode uint32) int
func sysTruncate(name string, size int64) int
func sysFtruncate(fd int, size int64) int
func sysSymlink(oldname, newname string) int
func sysReadlink(name string) (string, int)
func sysFsync(fd int) int
func sysRandom() uint32

// Open opens the named file for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates the named file, mode 0666 before umask.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens name with flag (O_RDONLY, ...) and, when creating, perm.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, syscallMode(perm))
	if e != 0 {
		return nil, pathErr("open", name, e)
	}
	return &File{fd, name}, nil
}

func syscallMode(m FileMode) uint32 {
	o := uint32(m.Perm())
	if m&ModeSetuid != 0 {
		o |= 0x800
	}
	if m&ModeSetgid != 0 {
		o |= 0x400
	}
	if m&ModeSticky != 0 {
		o |= 0x200
	}
	return o
}

// NewFile returns a new File with the given descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{int(fd), name}
}

func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.fd < 0 {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// Close closes the file; a second Close returns an error.
func (f *File) Close() error {
	if err := f.checkValid("close"); err != nil {
		return err
	}
	e := sysClose(f.fd)
	f.fd = -1
	delete(dirCursors, f)
	if e != 0 {
		return pathErr("close", f.name, e)
	}
	return nil
}

// Seek sets the offset for the next Read or Write.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	r, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, pathErr("seek", f.name, e)
	}
	return r, nil
}

// ReadAt reads len(b) bytes from offset off; less means an error (EOF at
// the end of the file).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, e := sysPread(f.fd, b, off)
		if e != 0 {
			err = pathErr("read", f.name, e)
			break
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// WriteAt writes b at offset off.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	for len(b) > 0 {
		m, e := sysPwrite(f.fd, b, off)
		if e != 0 {
			err = pathErr("write", f.name, e)
			break
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return
}

// ReadFrom copies r into the file.
func (f *File) ReadFrom(r io.Reader) (n int64, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	return io.Copy(fileWithoutReadFrom{f}, r)
}

type fileWithoutReadFrom struct {
	f *File
}

func (w fileWithoutReadFrom) Write(b []byte) (int, error) { return w.f.write(b) }

// write is Write with error reporting (os.go's Write serves the standard
// files and reports none).
func (f *File) write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if f.fd == 1 || f.fd == 2 {
		return writeStd(f, b)
	}
	for len(b) > 0 {
		m, e := sysWrite(f.fd, b)
		if e != 0 {
			return n, pathErr("write", f.name, e)
		}
		n += m
		b = b[m:]
	}
	return n, nil
}

// Sync commits the file's contents to stable storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	if e := sysFsync(f.fd); e != 0 {
		return pathErr("sync", f.name, e)
	}
	return nil
}

// Truncate changes the size of the file.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	if e := sysFtruncate(f.fd, size); e != 0 {
		return pathErr("truncate", f.name, e)
	}
	return nil
}

// Stat returns the FileInfo of the open file.
func (f *File) Stat() (FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	size, mode, mtime, dev, ino, e := sysFstat(f.fd)
	if e != 0 {
		return nil, pathErr("stat", f.name, e)
	}
	return newFileStat(basename(f.name), size, mode, mtime, dev, ino), nil
}

// ReadDir reads the directory's entries sorted by name, n at a time when
// n > 0 (as Readdirnames).
func (f *File) ReadDir(n int) ([]DirEntry, error) {
	names, err := f.Readdirnames(n)
	dir := f.name
	ents := make([]DirEntry, 0, len(names))
	for _, nm := range names {
		fi, lerr := Lstat(dir + "/" + nm)
		if lerr != nil {
			continue
		}
		ents = append(ents, fs.FileInfoToDirEntry(fi))
	}
	return ents, err
}

// Readdir returns the FileInfo of the directory's entries (from Lstat),
// sorted by name, n at a time when n > 0 (as Readdirnames).
func (f *File) Readdir(n int) ([]FileInfo, error) {
	names, err := f.Readdirnames(n)
	infos := make([]FileInfo, 0, len(names))
	for _, nm := range names {
		fi, lerr := Lstat(f.name + "/" + nm)
		if lerr != nil {
			continue
		}
		infos = append(infos, fi)
	}
	return infos, err
}

// dirCursors holds, for each *File read with n > 0, the sorted names not
// yet returned, so that successive calls continue where the last stopped
// (os.go's File has no room for the state). Close drops the entry.
var dirCursors = map[*File][]string{}

// Readdirnames returns the names in the directory, sorted. With n > 0 it
// returns at most n names per call, continuing across calls, and io.EOF
// when none are left; with n <= 0 it returns every name not yet returned.
func (f *File) Readdirnames(n int) (names []string, err error) {
	if err := f.checkValid("readdirent"); err != nil {
		return nil, err
	}
	rest, ok := dirCursors[f]
	if !ok {
		all, e := sysReaddir(f.fd)
		if e != 0 {
			return nil, pathErr("readdirent", f.name, e)
		}
		start := 0
		for i := 0; i < len(all); i++ {
			if all[i] == 0 {
				rest = append(rest, all[start:i])
				start = i + 1
			}
		}
		sortStrings(rest)
	}
	if n <= 0 {
		dirCursors[f] = []string{}
		if rest == nil {
			rest = []string{}
		}
		return rest, nil
	}
	if len(rest) == 0 {
		dirCursors[f] = rest
		return []string{}, io.EOF
	}
	if n > len(rest) {
		n = len(rest)
	}
	dirCursors[f] = rest[n:]
	return rest[:n:n], nil
}

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

// fileStat is the FileInfo of Stat, Lstat and File.Stat.
type fileStat struct {
	name  string
	size  int64
	mode  FileMode
	mtime int64  // Unix nanoseconds
	dev   uint64 // device and inode: the file's identity (SameFile)
	ino   uint64
}

func newFileStat(name string, size int64, raw uint32, mtime int64, dev, ino uint64) *fileStat {
	m := FileMode(raw & 0777)
	switch raw & 0xf000 {
	case 0x6000: // S_IFBLK
		m |= ModeDevice
	case 0x2000: // S_IFCHR
		m |= ModeDevice | ModeCharDevice
	case 0x4000: // S_IFDIR
		m |= ModeDir
	case 0x1000: // S_IFIFO
		m |= ModeNamedPipe
	case 0xa000: // S_IFLNK
		m |= ModeSymlink
	case 0xc000: // S_IFSOCK
		m |= ModeSocket
	}
	if raw&0x400 != 0 {
		m |= ModeSetgid
	}
	if raw&0x800 != 0 {
		m |= ModeSetuid
	}
	if raw&0x200 != 0 {
		m |= ModeSticky
	}
	return &fileStat{name, size, m, mtime, dev, ino}
}

func (fs *fileStat) Name() string       { return fs.name }
func (fs *fileStat) Size() int64        { return fs.size }
func (fs *fileStat) Mode() FileMode     { return fs.mode }
func (fs *fileStat) IsDir() bool        { return fs.mode.IsDir() }
func (fs *fileStat) Sys() any           { return nil }
func (fs *fileStat) ModTime() time.Time { return time.Unix(0, fs.mtime) }

func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[0:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			name = name[i+1:]
			break
		}
	}
	return name
}

// Stat returns the FileInfo of the named file, following symbolic links.
func Stat(name string) (FileInfo, error) {
	size, mode, mtime, dev, ino, e := sysStat(name, true)
	if e != 0 {
		return nil, pathErr("stat", name, e)
	}
	return newFileStat(basename(name), size, mode, mtime, dev, ino), nil
}

// Lstat is Stat without following a final symbolic link.
func Lstat(name string) (FileInfo, error) {
	size, mode, mtime, dev, ino, e := sysStat(name, false)
	if e != 0 {
		return nil, pathErr("lstat", name, e)
	}
	return newFileStat(basename(name), size, mode, mtime, dev, ino), nil
}

// ReadFile reads the whole named file.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	size := 512
	if fi, err := f.Stat(); err == nil && fi.Size() > 0 {
		size = int(fi.Size()) + 1
	}
	data := make([]byte, 0, size)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, e := sysRead(f.fd, data[len(data):cap(data)])
		if e != 0 {
			return data, pathErr("read", name, e)
		}
		if n == 0 {
			return data, nil
		}
		data = data[:len(data)+n]
	}
}

// WriteFile writes data to the named file, creating it with perm if needed
// and truncating it otherwise.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// ReadDir reads the named directory, returning its entries sorted by name.
func ReadDir(name string) ([]DirEntry, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return f.ReadDir(-1)
}

// Mkdir creates a directory.
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, syscallMode(perm)); e != 0 {
		return pathErr("mkdir", name, e)
	}
	return nil
}

// MkdirAll creates a directory and any missing parents.
func MkdirAll(path string, perm FileMode) error {
	if dir, err := Stat(path); err == nil {
		if dir.IsDir() {
			return nil
		}
		return pathErr("mkdir", path, 20) // ENOTDIR
	}
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	j := i
	for j > 0 && path[j-1] != '/' {
		j--
	}
	if j > 1 {
		if err := MkdirAll(path[:j-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		dir, err1 := Lstat(path)
		if err1 == nil && dir.IsDir() {
			return nil
		}
		return err
	}
	return nil
}

// Remove removes a file or an empty directory.
func Remove(name string) error {
	e := sysUnlink(name)
	if e == 0 {
		return nil
	}
	e1 := sysRmdir(name)
	if e1 == 0 {
		return nil
	}
	if e1 != 20 { // ENOTDIR: the unlink error is the one to report
		e = e1
	}
	return pathErr("remove", name, e)
}

// RemoveAll removes path and everything it contains; a missing path is
// not an error.
func RemoveAll(path string) error {
	if path == "" {
		return nil
	}
	if path == "." || len(path) >= 2 && path[len(path)-2:] == "/." {
		return &PathError{Op: "RemoveAll", Path: path, Err: sysErrno(22)}
	}
	err := Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	dir, serr := Lstat(path)
	if serr != nil {
		if IsNotExist(serr) {
			return nil
		}
		return serr
	}
	if !dir.IsDir() {
		return err
	}
	ents, rerr := ReadDir(path)
	if rerr != nil && !IsNotExist(rerr) {
		return rerr
	}
	for _, ent := range ents {
		if e := RemoveAll(path + "/" + ent.Name()); e != nil {
			return e
		}
	}
	err = Remove(path)
	if err == nil || IsNotExist(err) {
		return nil
	}
	return err
}

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, sysErrno(e)}
	}
	return nil
}

// Symlink creates newname as a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if e := sysSymlink(oldname, newname); e != 0 {
		return &LinkError{"symlink", oldname, newname, sysErrno(e)}
	}
	return nil
}

// Readlink returns the destination of the named symbolic link.
func Readlink(name string) (string, error) {
	s, e := sysReadlink(name)
	if e != 0 {
		return "", pathErr("readlink", name, e)
	}
	return s, nil
}

// Chmod changes the mode of the named file.
func Chmod(name string, mode FileMode) error {
	if e := sysChmod(name, syscallMode(mode)); e != 0 {
		return pathErr("chmod", name, e)
	}
	return nil
}

// Truncate changes the size of the named file.
func Truncate(name string, size int64) error {
	if e := sysTruncate(name, size); e != 0 {
		return pathErr("truncate", name, e)
	}
	return nil
}

// Getwd returns the current directory.
func Getwd() (dir string, err error) {
	d, e := sysGetwd()
	if e != 0 {
		return "", &SyscallError{"getwd", sysErrno(e)}
	}
	return d, nil
}

// Chdir changes the current directory.
func Chdir(dir string) error {
	if e := sysChdir(dir); e != 0 {
		return pathErr("chdir", dir, e)
	}
	return nil
}

// TempDir returns $TMPDIR, or /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// DirFS returns a file system (an fs.FS) for the tree of files rooted at
// dir; names are slash-separated paths without "." or ".." elements.
func DirFS(dir string) fs.FS {
	return dirFS(dir)
}

type dirFS string

func (dir dirFS) join(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: ErrInvalid}
	}
	if name == "." {
		return string(dir), nil
	}
	return string(dir) + "/" + name, nil
}

func (dir dirFS) Open(name string) (fs.File, error) {
	full, err := dir.join("open", name)
	if err != nil {
		return nil, err
	}
	f, err := Open(full)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (dir dirFS) Stat(name string) (fs.FileInfo, error) {
	full, err := dir.join("stat", name)
	if err != nil {
		return nil, err
	}
	return Stat(full)
}

// nextRandom returns a decimal random string for temporary names.
func nextRandom() string {
	r := sysRandom()
	if r == 0 {
		return "0"
	}
	var b [12]byte
	i := len(b)
	for r > 0 {
		i--
		b[i] = byte('0' + r%10)
		r /= 10
	}
	return string(b[i:])
}

// prefixAndSuffix splits pattern at its last '*'.
func prefixAndSuffix(pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errors.New("pattern contains path separator")
		}
	}
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			return pattern[:i], pattern[i+1:], nil
		}
	}
	return pattern, "", nil
}

// MkdirTemp creates a new directory in dir (TempDir() if empty) named
// from pattern, whose last '*' is replaced by a random string.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return "", &PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	if len(dir) > 0 && dir[len(dir)-1] != '/' {
		prefix = dir + "/" + prefix
	} else {
		prefix = dir + prefix
	}
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if !IsExist(err) || try > 10000 {
			return "", err
		}
	}
}

// CreateTemp creates a new file in dir (TempDir() if empty) named from
// pattern, opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := prefixAndSuffix(pattern)
	if err != nil {
		return nil, &PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	if len(dir) > 0 && dir[len(dir)-1] != '/' {
		prefix = dir + "/" + prefix
	} else {
		prefix = dir + prefix
	}
	for try := 0; ; try++ {
		name := prefix + nextRandom() + suffix
		f, err := OpenFile(name, O_RDWR|O_CREATE|O_EXCL, 0600)
		if err == nil || !IsExist(err) || try > 10000 {
			return f, err
		}
	}
}
