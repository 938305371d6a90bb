// Package filepath: file-name manipulation for the host's paths (golem
// runs on Unix: the separator is '/'), plus the functions that touch the
// file system: Abs, Glob, Walk, WalkDir, EvalSymlinks-free. The lexical
// functions are package path's; Rel, Walk and Glob are written here in Go.
package filepath

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"sort"
	"strings"
)

const (
	Separator     = '/'
	ListSeparator = ':'
)

var ErrBadPattern = path.ErrBadPattern

// SkipDir and SkipAll, returned by a walk function, skip a directory or
// end the walk.
var SkipDir = fs.SkipDir
var SkipAll = fs.SkipAll

func Clean(p string) string             { return path.Clean(p) }
func Join(elem ...string) string        { return path.Join(elem...) }
func Split(p string) (dir, file string) { return path.Split(p) }
func Ext(p string) string               { return path.Ext(p) }
func Base(p string) string              { return path.Base(p) }
func Dir(p string) string               { return path.Dir(p) }
func IsAbs(p string) bool               { return path.IsAbs(p) }
func ToSlash(p string) string           { return p }
func FromSlash(p string) string         { return p }
func VolumeName(p string) string        { return "" }

// Match reports whether name matches the shell pattern. Unlike
// path.Match, a failed match leaves the rest of the pattern unchecked, as
// Go's filepath.Match does.
func Match(pattern, name string) (bool, error) {
	return path.MatchSep(pattern, name, Separator, true)
}

// SplitList splits a PATH-style list at colons; "" gives an empty list.
func SplitList(p string) []string {
	if p == "" {
		return []string{}
	}
	return strings.Split(p, string(ListSeparator))
}

// Abs returns an absolute form of p, joined to the working directory.
func Abs(p string) (string, error) {
	if IsAbs(p) {
		return Clean(p), nil
	}
	wd, err := os.Getwd()
	if err != nil {
		return "", err
	}
	return Join(wd, p), nil
}

// Rel returns a relative path that is lexically equivalent to targpath
// when joined to basepath.
func Rel(basepath, targpath string) (string, error) {
	base := Clean(basepath)
	targ := Clean(targpath)
	if targ == base {
		return ".", nil
	}
	if base == "." {
		base = ""
	}
	baseSlashed := len(base) > 0 && base[0] == Separator
	targSlashed := len(targ) > 0 && targ[0] == Separator
	if baseSlashed != targSlashed {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	bl := len(base)
	tl := len(targ)
	var b0, bi, t0, ti int
	for {
		for bi < bl && base[bi] != Separator {
			bi++
		}
		for ti < tl && targ[ti] != Separator {
			ti++
		}
		if targ[t0:ti] != base[b0:bi] {
			break
		}
		if bi < bl {
			bi++
		}
		if ti < tl {
			ti++
		}
		b0 = bi
		t0 = ti
	}
	if base[b0:bi] == ".." {
		return "", errors.New("Rel: can't make " + targpath + " relative to " + basepath)
	}
	if b0 != bl {
		seps := strings.Count(base[b0:bl], string(Separator))
		size := 2 + seps*3
		if tl != t0 {
			size += 1 + tl - t0
		}
		buf := make([]byte, size)
		n := copy(buf, "..")
		for i := 0; i < seps; i++ {
			buf[n] = Separator
			copy(buf[n+1:], "..")
			n += 3
		}
		if t0 != tl {
			buf[n] = Separator
			copy(buf[n+1:], targ[t0:])
		}
		return string(buf), nil
	}
	return targ[t0:], nil
}

// WalkFunc is the type of the function called by Walk for each file.
type WalkFunc func(path string, info fs.FileInfo, err error) error

// Walk walks the tree rooted at root in lexical order, calling fn with
// each file's FileInfo (from Lstat: symbolic links are not followed).
func Walk(root string, fn WalkFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walk(root, info, fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walk(p string, info fs.FileInfo, fn WalkFunc) error {
	if !info.IsDir() {
		return fn(p, info, nil)
	}
	names, err := readDirNames(p)
	err1 := fn(p, info, err)
	if err != nil || err1 != nil {
		return err1
	}
	for _, name := range names {
		filename := Join(p, name)
		fileInfo, err := os.Lstat(filename)
		if err != nil {
			if err := fn(filename, fileInfo, err); err != nil && err != SkipDir {
				return err
			}
		} else {
			err = walk(filename, fileInfo, fn)
			if err != nil {
				if !fileInfo.IsDir() || err != SkipDir {
					return err
				}
			}
		}
	}
	return nil
}

func readDirNames(dirname string) ([]string, error) {
	f, err := os.Open(dirname)
	if err != nil {
		return nil, err
	}
	names, err := f.Readdirnames(-1)
	f.Close()
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	return names, nil
}

// WalkDir walks the tree rooted at root in lexical order, calling fn with
// each file's DirEntry.
func WalkDir(root string, fn fs.WalkDirFunc) error {
	info, err := os.Lstat(root)
	if err != nil {
		err = fn(root, nil, err)
	} else {
		err = walkDir(root, fs.FileInfoToDirEntry(info), fn)
	}
	if err == SkipDir || err == SkipAll {
		return nil
	}
	return err
}

func walkDir(p string, d fs.DirEntry, fn fs.WalkDirFunc) error {
	if err := fn(p, d, nil); err != nil || !d.IsDir() {
		if err == SkipDir && d.IsDir() {
			err = nil
		}
		return err
	}
	dirs, err := os.ReadDir(p)
	if err != nil {
		err = fn(p, d, err)
		if err != nil {
			if err == SkipDir && d.IsDir() {
				err = nil
			}
			return err
		}
	}
	for _, d1 := range dirs {
		p1 := Join(p, d1.Name())
		if err := walkDir(p1, d1, fn); err != nil {
			if err == SkipDir {
				break
			}
			return err
		}
	}
	return nil
}

func hasMeta(p string) bool {
	return strings.ContainsAny(p, `*?[\`)
}

// Glob returns the names of all files matching pattern, sorted; nil when
// none match. The only possible error is ErrBadPattern.
func Glob(pattern string) (matches []string, err error) {
	if _, err := Match(pattern, ""); err != nil {
		return nil, err
	}
	if !hasMeta(pattern) {
		if _, err = os.Lstat(pattern); err != nil {
			return nil, nil
		}
		return []string{pattern}, nil
	}
	dir, file := Split(pattern)
	dir = cleanGlobPath(dir)
	if !hasMeta(dir) {
		return glob(dir, file, nil)
	}
	if dir == pattern {
		return nil, ErrBadPattern
	}
	var m []string
	m, err = Glob(dir)
	if err != nil {
		return
	}
	for _, d := range m {
		matches, err = glob(d, file, matches)
		if err != nil {
			return
		}
	}
	return
}

func cleanGlobPath(p string) string {
	switch p {
	case "":
		return "."
	case string(Separator):
		return p
	default:
		return p[0 : len(p)-1]
	}
}

func glob(dir, pattern string, matches []string) (m []string, e error) {
	m = matches
	fi, err := os.Stat(dir)
	if err != nil {
		return
	}
	if !fi.IsDir() {
		return
	}
	names, err := readDirNames(dir)
	if err != nil {
		return
	}
	for _, n := range names {
		matched, err := Match(pattern, n)
		if err != nil {
			return m, err
		}
		if matched {
			m = append(m, Join(dir, n))
		}
	}
	return
}

// EvalSymlinks returns p with every symbolic link resolved, cleaned. A
// relative p gives a relative result. It walks p one element at a time,
// keeping the resolved prefix in dest; a link's target is spliced in front
// of the unread rest of p (an absolute target restarts dest at the root,
// a relative one replaces dest's last element).
func EvalSymlinks(p string) (string, error) {
	rootLen := 0
	if len(p) > 0 && p[0] == Separator {
		rootLen = 1
	}
	dest := p[:rootLen]
	links := 0
	for start, end := rootLen, rootLen; start < len(p); start = end {
		for start < len(p) && p[start] == Separator {
			start++
		}
		end = start
		for end < len(p) && p[end] != Separator {
			end++
		}
		elem := p[start:end]
		switch elem {
		case "", ".":
			continue
		case "..":
			// Back up one element, unless there is none to remove
			// (or it is itself a ".." that had to be kept).
			r := strings.LastIndexByte(dest, Separator)
			if r < rootLen || dest[r+1:] == ".." {
				if len(dest) > rootLen {
					dest += "/"
				}
				dest += ".."
			} else {
				dest = dest[:r]
			}
			continue
		}
		if len(dest) > rootLen && dest[len(dest)-1] != Separator {
			dest += "/"
		}
		dest += elem
		fi, err := os.Lstat(dest)
		if err != nil {
			return "", err
		}
		if fi.Mode()&fs.ModeSymlink == 0 {
			if !fi.IsDir() && end < len(p) {
				return "", &fs.PathError{Op: "lstat", Path: dest + p[end:], Err: errors.New("not a directory")}
			}
			continue
		}
		links++
		if links > 255 {
			return "", errors.New("EvalSymlinks: too many links")
		}
		link, err := os.Readlink(dest)
		if err != nil {
			return "", err
		}
		p = link + p[end:]
		if len(link) > 0 && link[0] == Separator {
			dest = "/"
			rootLen = 1
			end = 1
		} else {
			if r := strings.LastIndexByte(dest, Separator); r >= rootLen {
				dest = dest[:r]
			} else {
				dest = dest[:rootLen]
			}
			end = 0
		}
	}
	return Clean(dest), nil
}

// IsLocal reports whether p is lexically local: not empty, not rooted,
// and not escaping its directory with "..".
func IsLocal(p string) bool {
	if IsAbs(p) || p == "" {
		return false
	}
	c := Clean(p)
	return c != ".." && !strings.HasPrefix(c, "../")
}
