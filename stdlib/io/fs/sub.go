// sub.go - Glob and Sub over any FS.
//
// Glob matches one path element at a time: the pattern's directory part is
// globbed first (recursively, when it has meta characters), then each
// matching directory is read and its entries matched against the last
// element with path.Match. I/O errors while reading directories are
// ignored, as in Go; only a malformed pattern is an error.
//
// Sub returns a view of a subtree: every name is checked (ValidPath),
// joined under dir, passed to the parent FS, and PathErrors coming back
// have dir taken off their Path again, so they name what the caller asked.
package fs

import (
	"errors"
	"path"
)

// errInvalidName is Go's error for a name Sub cannot take (not ErrInvalid).
var errInvalidName = errors.New("invalid name")

// GlobFS is an FS with its own Glob.
type GlobFS interface {
	FS
	Glob(pattern string) ([]string, error)
}

// SubFS is an FS with its own Sub.
type SubFS interface {
	FS
	Sub(dir string) (FS, error)
}

func hasMeta(p string) bool {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '*', '?', '[', '\\':
			return true
		}
	}
	return false
}

// Glob returns the names in fsys matching pattern (path.Match syntax), or
// nil when none match.
func Glob(fsys FS, pattern string) (matches []string, err error) {
	return globDepth(fsys, pattern, 0)
}

// maxGlobDepth bounds the recursion on the directory part.
const maxGlobDepth = 10000

func globDepth(fsys FS, pattern string, depth int) (matches []string, err error) {
	if depth > maxGlobDepth {
		return nil, path.ErrBadPattern
	}
	if g, ok := fsys.(GlobFS); ok {
		return g.Glob(pattern)
	}
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err := Stat(fsys, pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := path.Split(pattern)
	if dir == "" {
		dir = "."
	} else {
		dir = dir[:len(dir)-1] // drop the trailing slash
	}
	if !hasMeta(dir) {
		return globDir(fsys, dir, file, nil)
	}
	if dir == pattern {
		return nil, path.ErrBadPattern
	}
	dirs, err := globDepth(fsys, dir, depth+1)
	if err != nil {
		return nil, err
	}
	for _, d := range dirs {
		matches, err = globDir(fsys, d, file, matches)
		if err != nil {
			return
		}
	}
	return
}

// globDir appends to matches the entries of dir that match pattern.
func globDir(fs FS, dir, pattern string, matches []string) ([]string, error) {
	entries, err := ReadDir(fs, dir)
	if err != nil {
		return matches, nil // unreadable directories match nothing
	}
	for _, e := range entries {
		name := e.Name()
		ok, err := path.Match(pattern, name)
		if err != nil {
			return matches, err
		}
		if ok {
			matches = append(matches, path.Join(dir, name))
		}
	}
	return matches, nil
}

// Sub returns the FS rooted at fsys's directory dir.
func Sub(fsys FS, dir string) (FS, error) {
	if !ValidPath(dir) {
		return nil, &PathError{Op: "sub", Path: dir, Err: errInvalidName}
	}
	if dir == "." {
		return fsys, nil
	}
	if s, ok := fsys.(SubFS); ok {
		return s.Sub(dir)
	}
	return &subFS{fsys, dir}, nil
}

type subFS struct {
	fsys FS
	dir  string
}

// fullName is name inside the parent FS.
func (f *subFS) fullName(op, name string) (string, error) {
	if !ValidPath(name) {
		return "", &PathError{Op: op, Path: name, Err: errInvalidName}
	}
	return path.Join(f.dir, name), nil
}

// shorten takes dir off the front of a parent name.
func (f *subFS) shorten(name string) (string, bool) {
	if name == f.dir {
		return ".", true
	}
	n := len(f.dir)
	if len(name) >= n+2 && name[n] == '/' && name[:n] == f.dir {
		return name[n+1:], true
	}
	return "", false
}

// fixErr rewrites a PathError's Path to the caller's name.
func (f *subFS) fixErr(err error) error {
	var pe *PathError
	if errors.As(err, &pe) {
		if short, ok := f.shorten(pe.Path); ok {
			pe.Path = short
		}
	}
	return err
}

func (f *subFS) Open(name string) (File, error) {
	full, err := f.fullName("open", name)
	if err != nil {
		return nil, err
	}
	file, err := f.fsys.Open(full)
	return file, f.fixErr(err)
}

func (f *subFS) ReadDir(name string) ([]DirEntry, error) {
	full, err := f.fullName("read", name)
	if err != nil {
		return nil, err
	}
	dir, err := ReadDir(f.fsys, full)
	return dir, f.fixErr(err)
}

func (f *subFS) ReadFile(name string) ([]byte, error) {
	full, err := f.fullName("read", name)
	if err != nil {
		return nil, err
	}
	data, err := ReadFile(f.fsys, full)
	return data, f.fixErr(err)
}

func (f *subFS) Glob(pattern string) ([]string, error) {
	if _, err := path.Match(pattern, ""); err != nil {
		return nil, err
	}
	if pattern == "." {
		return []string{"."}, nil
	}
	full := f.dir + "/" + pattern
	list, err := Glob(f.fsys, full)
	for i, name := range list {
		short, ok := f.shorten(name)
		if !ok {
			return nil, errors.New("invalid result from inner fsys Glob: " + name + " not in " + f.dir)
		}
		list[i] = short
	}
	return list, f.fixErr(err)
}

func (f *subFS) Sub(dir string) (FS, error) {
	if dir == "." {
		return f, nil
	}
	full, err := f.fullName("sub", dir)
	if err != nil {
		return nil, err
	}
	return &subFS{f.fsys, full}, nil
}
