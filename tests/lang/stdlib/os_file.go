// Stdin: tests/data/stdlib_small.txt

package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"sort"
	"strings"
)

func main() {
	// Stdin is a readable *os.File.
	in, err := io.ReadAll(os.Stdin)
	fmt.Printf("stdin: %q %v\n", in, err)

	// Reading a data file by relative path.
	data, err := os.ReadFile("tests/data/stdlib_small.txt")
	fmt.Printf("%q %v\n", data, err)
	fi, err := os.Stat("tests/data/stdlib_small.txt")
	fmt.Println(fi.Name(), fi.Size(), fi.IsDir(), fi.Mode().IsRegular(), err)
	fi, err = os.Stat("tests/data")
	fmt.Println(fi.Name(), fi.IsDir(), fi.Mode().IsDir(), fi.Mode()&fs.ModeType == fs.ModeDir, err)

	// Errors: *PathError, errors.Is with the portable errors.
	_, err = os.ReadFile("tests/data/no_such_file.txt")
	fmt.Println(err)
	fmt.Println(errors.Is(err, os.ErrNotExist), errors.Is(err, fs.ErrNotExist), os.IsNotExist(err), os.IsExist(err))
	var pe *os.PathError
	if errors.As(err, &pe) {
		fmt.Println(pe.Op, pe.Path, pe.Err)
	}
	_, err = os.Open("")
	fmt.Println(err)
	_, err = os.Stat("tests/data/stdlib_small.txt/x")
	fmt.Println(err)
	_, err = os.Lstat("tests/nowhere")
	fmt.Println(err)
	fmt.Println(os.ErrNotExist, os.ErrExist, os.ErrPermission, os.ErrClosed, os.ErrInvalid)

	// A scratch directory (its random name is never printed).
	dir, err := os.MkdirTemp("", "golem-os-test-*")
	if err != nil {
		fmt.Println("MkdirTemp:", err)
		return
	}
	defer os.RemoveAll(dir)
	fmt.Println(strings.HasPrefix(dir, os.TempDir()), strings.Contains(dir, "golem-os-test-"))
	p := dir + "/f.txt"

	// Create, Write, WriteString, Fprintf, Seek, Read, ReadAt, Stat, Close.
	f, err := os.Create(p)
	fmt.Println(err, f.Name() == p)
	n, err := f.Write([]byte("hello\n"))
	fmt.Println(n, err)
	n, err = f.WriteString("world\n")
	fmt.Println(n, err)
	fmt.Fprintf(f, "%d %s\n", 42, "formatted")
	off, err := f.Seek(0, io.SeekStart)
	fmt.Println(off, err)
	buf := make([]byte, 5)
	n, err = f.Read(buf)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	off, _ = f.Seek(-3, io.SeekEnd)
	n, _ = f.Read(buf)
	fmt.Printf("%d %q\n", off, buf[:n])
	n, err = f.Read(buf)
	fmt.Println(n, err)
	n, err = f.ReadAt(buf, 6)
	fmt.Printf("%d %v %q\n", n, err, buf[:n])
	n, err = f.ReadAt(buf, 100)
	fmt.Println(n, err)
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.Mode().IsRegular())
	fmt.Println(f.Close())
	err = f.Close()
	fmt.Println(err != nil, errors.Is(err, os.ErrClosed))

	data, err = os.ReadFile(p)
	fmt.Printf("%q %v\n", data, err)

	// WriteFile truncates; OpenFile with O_APPEND appends.
	fmt.Println(os.WriteFile(p, []byte("new"), 0644))
	af, err := os.OpenFile(p, os.O_WRONLY|os.O_APPEND, 0)
	fmt.Println(err)
	af.WriteString(" appended")
	af.Close()
	data, _ = os.ReadFile(p)
	fmt.Printf("%q\n", data)
	_, err = os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0644)
	fmt.Println(errors.Is(err, os.ErrExist), os.IsExist(err))
	st, _ = os.Stat(p)
	fmt.Println(st.Mode(), st.Mode().Perm())
	fmt.Println(os.Chmod(p, 0600))
	st, _ = os.Stat(p)
	fmt.Println(st.Mode())
	fmt.Println(os.Truncate(p, 2))
	data, _ = os.ReadFile(p)
	fmt.Printf("%q\n", data)
	ef, _ := os.Create(dir + "/empty")
	ef.Close()
	data, err = os.ReadFile(dir + "/empty")
	fmt.Printf("%q %v %v\n", data, err, data == nil)

	// Directories.
	fmt.Println(os.Mkdir(dir+"/sub", 0755))
	err = os.Mkdir(dir+"/sub", 0755)
	fmt.Println(errors.Is(err, os.ErrExist))
	fmt.Println(os.MkdirAll(dir+"/sub/a/b/c", 0755), os.MkdirAll(dir+"/sub/a", 0755))
	os.WriteFile(dir+"/sub/z.txt", []byte("z"), 0644)
	os.WriteFile(dir+"/sub/a/y.txt", nil, 0644)
	ents, err := os.ReadDir(dir + "/sub")
	fmt.Println(len(ents), err)
	for _, e := range ents {
		info, _ := e.Info()
		fmt.Println(e.Name(), e.IsDir(), e.Type(), info.Size() >= 0)
	}
	err = os.MkdirAll(p+"/x", 0755)
	fmt.Println(err != nil)
	err = os.Remove(dir + "/sub")
	fmt.Println(err != nil)
	d, _ := os.Open(dir + "/sub")
	names, err := d.Readdirnames(-1)
	sort.Strings(names) // directory order is the file system's
	fmt.Println(names, err)
	d.Close()
	// Reading a directory n entries at a time continues across calls.
	os.WriteFile(dir+"/sub/x.txt", nil, 0644)
	d, _ = os.Open(dir + "/sub")
	total := 0
	for {
		batch, err := d.Readdirnames(2)
		total += len(batch)
		if err != nil {
			fmt.Println(total, err)
			break
		}
	}
	rest, err := d.Readdirnames(-1)
	fmt.Println(len(rest), err)
	d.Close()
	d, _ = os.Open(dir + "/sub")
	e1, _ := d.ReadDir(1)
	e2, _ := d.ReadDir(-1)
	fmt.Println(len(e1), len(e2))
	d.Close()
	os.Remove(dir + "/sub/x.txt")
	fmt.Println(os.Rename(dir+"/sub/z.txt", dir+"/sub/w.txt"))
	_, err = os.Stat(dir + "/sub/z.txt")
	fmt.Println(os.IsNotExist(err))
	fmt.Println(os.Symlink("w.txt", dir+"/sub/link"))
	target, err := os.Readlink(dir + "/sub/link")
	fmt.Println(target, err)
	lst, _ := os.Lstat(dir + "/sub/link")
	fmt.Println(lst.Mode()&os.ModeSymlink != 0, lst.Mode().Type() == fs.ModeSymlink)
	fmt.Println(os.RemoveAll(dir+"/sub"), os.RemoveAll(dir+"/sub"))
	_, err = os.Stat(dir + "/sub")
	fmt.Println(os.IsNotExist(err))
	err = os.Remove(dir + "/missing")
	fmt.Println(os.IsNotExist(err))

	// Getwd and Chdir.
	wd, err := os.Getwd()
	fmt.Println(err, len(wd) > 0 && wd[0] == '/')
	fmt.Println(os.Chdir(dir))
	os.WriteFile("rel.txt", []byte("relative"), 0644)
	data, _ = os.ReadFile(dir + "/rel.txt")
	fmt.Println(string(data))
	fmt.Println(os.Chdir(wd))
	err = os.Chdir(dir + "/nope")
	fmt.Println(os.IsNotExist(err))

	// CreateTemp.
	tf, err := os.CreateTemp(dir, "t*.txt")
	fmt.Println(err, strings.HasSuffix(tf.Name(), ".txt"))
	tf.Close()
	_, err = os.MkdirTemp(dir, "bad/pattern")
	fmt.Println(err != nil)

	// FileMode strings.
	for _, m := range []fs.FileMode{0, 0644, 0755 | fs.ModeDir, 0777 | fs.ModeSymlink, fs.ModeNamedPipe | 0600, fs.ModeSetuid | fs.ModeSticky | 0711} {
		fmt.Println(m, m.IsDir(), m.IsRegular(), m.Perm())
	}
	fmt.Println(fs.ValidPath("a/b"), fs.ValidPath("/a"), fs.ValidPath("a/../b"), fs.ValidPath("."))
}

// Output:
// stdin: "alpha beta\ngamma\n" <nil>
// "alpha beta\ngamma\n" <nil>
// stdlib_small.txt 17 false true <nil>
// data true true true <nil>
// open tests/data/no_such_file.txt: no such file or directory
// true true true false
// open tests/data/no_such_file.txt no such file or directory
// open : no such file or directory
// stat tests/data/stdlib_small.txt/x: not a directory
// lstat tests/nowhere: no such file or directory
// file does not exist file already exists permission denied file already closed invalid argument
// true true
// <nil> true
// 6 <nil>
// 6 <nil>
// 0 <nil>
// 5 <nil> "hello"
// 22 "ed\n"
// 0 EOF
// 5 <nil> "world"
// 0 EOF
// f.txt 25 true
// <nil>
// true true
// "hello\nworld\n42 formatted\n" <nil>
// <nil>
// <nil>
// "new appended"
// true true
// -rw-r--r-- -rw-r--r--
// <nil>
// -rw-------
// <nil>
// "ne"
// "" <nil> false
// <nil>
// true
// <nil> <nil>
// 2 <nil>
// a true d--------- true
// z.txt false ---------- true
// true
// true
// [a z.txt] <nil>
// 3 EOF
// 0 <nil>
// 1 2
// <nil>
// true
// <nil>
// w.txt <nil>
// true true
// <nil> <nil>
// true
// true
// <nil> true
// <nil>
// relative
// <nil>
// true
// <nil> true
// true
// ---------- false true ----------
// -rw-r--r-- false true -rw-r--r--
// drwxr-xr-x true false -rwxr-xr-x
// Lrwxrwxrwx false false -rwxrwxrwx
// prw------- false false -rw-------
// utrwx--x--x false true -rwx--x--x
// true false false true
