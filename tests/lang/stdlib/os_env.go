package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
)

func main() {
	fmt.Println(os.Setenv("ZZGLM_T1", "one"))
	fmt.Println(os.Getenv("ZZGLM_T1"))
	v, ok := os.LookupEnv("ZZGLM_T1")
	fmt.Println(v, ok)
	os.Setenv("ZZGLM_T1", "uno")
	fmt.Println(os.Getenv("ZZGLM_T1"))
	os.Setenv("ZZGLM_EMPTY", "")
	v, ok = os.LookupEnv("ZZGLM_EMPTY")
	fmt.Printf("%q %v\n", v, ok)

	// bad keys and values
	for _, kv := range [][2]string{{"", "x"}, {"A=B", "x"}, {"A\x00B", "x"}, {"ZZGLM_V", "a\x00b"}} {
		err := os.Setenv(kv[0], kv[1])
		var se *os.SyscallError
		fmt.Println(err, errors.As(err, &se))
	}

	found := 0
	for _, e := range os.Environ() {
		if strings.HasPrefix(e, "ZZGLM_") {
			found++
		}
	}
	fmt.Println("ZZGLM_ entries:", found)

	fmt.Println(os.Unsetenv("ZZGLM_T1"), os.Unsetenv("ZZGLM_NEVER_SET"), os.Unsetenv(""))
	v, ok = os.LookupEnv("ZZGLM_T1")
	fmt.Printf("%q %v\n", v, ok)

	// Expand and ExpandEnv
	os.Setenv("ZZGLM_NAME", "gopher")
	os.Setenv("ZZGLM_N", "7")
	fmt.Println(os.ExpandEnv("hello $ZZGLM_NAME, ${ZZGLM_N} times; $ZZGLM_MISSING|"))
	m := func(s string) string { return "<" + s + ">" }
	for _, s := range []string{
		"", "plain", "$", "a$", "$$", "$1$*$#$@$!$?$-", "${}", "${", "${x", "${x}y",
		"$x.y", "${*}", "${ab_c9}z", "$_u-v", "$ x", "a${}b", "$é", "${a b}",
	} {
		fmt.Printf("%q -> %q\n", s, os.Expand(s, m))
	}

	os.Clearenv()
	fmt.Println(len(os.Environ()), os.Getenv("ZZGLM_NAME") == "")
	os.Setenv("B", "2")
	os.Setenv("A", "1")
	env := os.Environ()
	sort.Strings(env)
	fmt.Println(env)

	// the user's directories follow $HOME and the XDG variables
	os.Setenv("HOME", "/home/gopher")
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserConfigDir())
	fmt.Println(os.UserCacheDir())
	os.Setenv("XDG_CONFIG_HOME", "/cfg")
	os.Setenv("XDG_CACHE_HOME", "/cache")
	fmt.Println(os.UserConfigDir())
	fmt.Println(os.UserCacheDir())
	os.Clearenv()
	fmt.Println(os.UserHomeDir())
	fmt.Println(os.UserConfigDir())
	fmt.Println(os.UserCacheDir())
	fmt.Println(os.Getuid() >= 0, os.Geteuid() >= 0, os.Getgid() >= 0, os.Getegid() >= 0, os.Getppid() > 0, os.Getpagesize() >= 4096)
	host, err := os.Hostname()
	fmt.Println(host != "", err)
	fmt.Println(os.IsPathSeparator('/'), os.IsPathSeparator('\\'), string(os.PathSeparator), string(os.PathListSeparator))
}

// Output:
// <nil>
// one
// one true
// uno
// "" true
// setenv: invalid argument true
// setenv: invalid argument true
// setenv: invalid argument true
// setenv: invalid argument true
// ZZGLM_ entries: 2
// <nil> <nil> <nil>
// "" false
// hello gopher, 7 times; |
// "" -> ""
// "plain" -> "plain"
// "$" -> "$"
// "a$" -> "a$"
// "$$" -> "<$>"
// "$1$*$#$@$!$?$-" -> "<1><*><#><@><!><?><->"
// "${}" -> ""
// "${" -> ""
// "${x" -> "x"
// "${x}y" -> "<x>y"
// "$x.y" -> "<x>.y"
// "${*}" -> "<*>"
// "${ab_c9}z" -> "<ab_c9>z"
// "$_u-v" -> "<_u>-v"
// "$ x" -> "$ x"
// "a${}b" -> "ab"
// "$é" -> "$é"
// "${a b}" -> "<a b>"
// 0 true
// [A=1 B=2]
// /home/gopher <nil>
// /home/gopher/.config <nil>
// /home/gopher/.cache <nil>
// /cfg <nil>
// /cache <nil>
//  $HOME is not defined
//  neither $XDG_CONFIG_HOME nor $HOME are defined
//  neither $XDG_CACHE_HOME nor $HOME are defined
// true true true true true true
// true <nil>
// true false / :
