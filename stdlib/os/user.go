// user.go - the process's identity and the user's directories: Getuid,
// Geteuid, Getgid, Getegid, Getppid, Getpagesize (one native in os.c reads
// them all), UserHomeDir, UserConfigDir, UserCacheDir (Go's Unix rules:
// $HOME, $XDG_CONFIG_HOME, $XDG_CACHE_HOME); also Link, IsPathSeparator,
// and File's Chmod and Chdir (fchmod, fchdir in file.c).
package os

import "errors"

func sysIds() (uid, euid, gid, egid, ppid, pagesize int)
func sysLink(oldname, newname string) int

func Getuid() int {
	uid, _, _, _, _, _ := sysIds()
	return uid
}

func Geteuid() int {
	_, euid, _, _, _, _ := sysIds()
	return euid
}

func Getgid() int {
	_, _, gid, _, _, _ := sysIds()
	return gid
}

func Getegid() int {
	_, _, _, egid, _, _ := sysIds()
	return egid
}

func Getppid() int {
	_, _, _, _, ppid, _ := sysIds()
	return ppid
}

func Getpagesize() int {
	_, _, _, _, _, size := sysIds()
	return size
}

func IsPathSeparator(c uint8) bool { return c == PathSeparator }

// UserHomeDir returns $HOME.
func UserHomeDir() (string, error) {
	if dir := Getenv("HOME"); dir != "" {
		return dir, nil
	}
	return "", errors.New("$HOME is not defined")
}

// userDir is $env, else $HOME/sub.
func userDir(env, sub string) (string, error) {
	if dir := Getenv(env); dir != "" {
		return dir, nil
	}
	home := Getenv("HOME")
	if home == "" {
		return "", errors.New("neither $" + env + " nor $HOME are defined")
	}
	return home + "/" + sub, nil
}

// UserConfigDir returns $XDG_CONFIG_HOME, else $HOME/.config.
func UserConfigDir() (string, error) { return userDir("XDG_CONFIG_HOME", ".config") }

// UserCacheDir returns $XDG_CACHE_HOME, else $HOME/.cache.
func UserCacheDir() (string, error) { return userDir("XDG_CACHE_HOME", ".cache") }

// Link creates newname as a hard link to oldname.
func Link(oldname, newname string) error {
	if e := sysLink(oldname, newname); e != 0 {
		return &LinkError{"link", oldname, newname, sysErrno(e)}
	}
	return nil
}

func sysFchmod(fd int, mode uint32) int
func sysFchdir(fd int) int

// Chmod changes the mode of the open file.
func (f *File) Chmod(mode FileMode) error {
	if err := f.checkValid("chmod"); err != nil {
		return err
	}
	if e := sysFchmod(f.fd, syscallMode(mode)); e != 0 {
		return pathErr("chmod", f.name, e)
	}
	return nil
}

// Chdir makes the open directory the working directory.
func (f *File) Chdir() error {
	if err := f.checkValid("chdir"); err != nil {
		return err
	}
	if e := sysFchdir(f.fd); e != 0 {
		return pathErr("chdir", f.name, e)
	}
	return nil
}
