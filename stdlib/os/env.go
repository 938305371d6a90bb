// env.go - package os's environment: Setenv, Unsetenv, Clearenv, Environ,
// Expand, ExpandEnv, Hostname.
//
// The environment is the process's own (the C library's environ, changed
// with setenv/unsetenv through natives in os.c), as in Go: a child process
// or C code sees the same variables. Setenv checks the key as Go does (not
// empty, no '=' and no NUL; the value holds no NUL) and reports a bad one
// as "setenv: invalid argument".
package os

func sysSetenv(key, value string) int
func sysUnsetenv(key string) int
func sysClearenv()

// sysEnviron returns the environment's entries, each followed by a NUL.
func sysEnviron() string

const errnoEINVAL = 22

// NewSyscallError wraps err with the system call's name; nil stays nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

func validEnvKey(key string) bool {
	if key == "" {
		return false
	}
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			return false
		}
	}
	return true
}

// Setenv sets the environment variable key to value.
func Setenv(key, value string) error {
	if !validEnvKey(key) {
		return NewSyscallError("setenv", sysErrno(errnoEINVAL))
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			return NewSyscallError("setenv", sysErrno(errnoEINVAL))
		}
	}
	if errno := sysSetenv(key, value); errno != 0 {
		return NewSyscallError("setenv", sysErrno(errno))
	}
	return nil
}

// Unsetenv removes the environment variable key.
func Unsetenv(key string) error {
	if validEnvKey(key) {
		sysUnsetenv(key)
	}
	return nil
}

// Clearenv removes every environment variable.
func Clearenv() {
	sysClearenv()
}

// Environ returns a copy of the environment as "key=value" strings.
func Environ() []string {
	all := sysEnviron()
	var env []string
	start := 0
	for i := 0; i < len(all); i++ {
		if all[i] == 0 {
			env = append(env, all[start:i])
			start = i + 1
		}
	}
	if env == nil {
		env = []string{}
	}
	return env
}

// ExpandEnv replaces $var and ${var} in s by the variables' values.
func ExpandEnv(s string) string {
	return Expand(s, Getenv)
}

// Expand replaces $var and ${var} in s by mapping(var). A name is a run of
// letters, digits and '_', or one of the shell's special names (a digit or
// one of *#$@!?-). "${}" and an unclosed "${" are dropped; a '$' followed
// by nothing that forms a name stays as it is.
func Expand(s string, mapping func(string) string) string {
	var out []byte
	expanded := false
	done := 0 // s[:done] is already in out
	for i := 0; i+1 < len(s); i++ {
		if s[i] != '$' {
			continue
		}
		expanded = true
		out = append(out, s[done:i]...)
		name, width := shellName(s[i+1:])
		if len(name) > 0 {
			out = append(out, mapping(name)...)
		} else if width == 0 {
			out = append(out, '$')
		}
		i += width
		done = i + 1
	}
	if !expanded {
		return s
	}
	return string(out) + s[done:]
}

func isShellSpecial(c byte) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-':
		return true
	}
	return '0' <= c && c <= '9'
}

func isNameByte(c byte) bool {
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// shellName parses the name after a '$': it returns the name and how many
// bytes of s it used (a malformed ${...} returns "" and a width > 0).
func shellName(s string) (name string, width int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for j := 1; j < len(s); j++ {
			if s[j] == '}' {
				if j == 1 {
					return "", 2
				}
				return s[1:j], j + 1
			}
		}
		return "", 1
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	n := 0
	for n < len(s) && isNameByte(s[n]) {
		n++
	}
	return s[:n], n
}

// Hostname returns the kernel's host name.
func Hostname() (name string, err error) {
	b, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	n := len(b)
	if n > 0 && b[n-1] == '\n' {
		n--
	}
	return string(b[:n]), nil
}
