// Args: -name=Bob -n 3 -v -ratio 2.5e-1 -big -9000000000 -item a -item b -on=false -- pos1 -x pos3

package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
)

type listValue []string

func (l *listValue) String() string { return strings.Join(*l, ",") }
func (l *listValue) Set(s string) error {
	if s == "" {
		return errors.New("empty item")
	}
	*l = append(*l, s)
	return nil
}

func main() {
	name := flag.String("name", "world", "who to `greet`")
	count := flag.Int("n", 1, "repeat count")
	verbose := flag.Bool("v", false, "verbose\noutput")
	ratio := flag.Float64("ratio", 0.5, "a ratio")
	big := flag.Int64("big", 0, "an int64")
	u := flag.Uint("u", 7, "a uint")
	var s2 string
	var i2 int
	var b2 bool
	flag.StringVar(&s2, "empty", "", "empty default")
	flag.IntVar(&i2, "i2", 0, "int var")
	flag.BoolVar(&b2, "on", true, "defaults to on")
	var list listValue
	flag.Var(&list, "item", "repeatable `item`")
	flag.Parse()
	fmt.Println(*name, *count, *verbose, *ratio, *big, *u, s2, i2, b2, list)
	fmt.Println(flag.Parsed(), flag.NArg(), flag.Args(), flag.Arg(0), flag.Arg(5) == "", flag.NFlag())
	flag.Visit(func(f *flag.Flag) { fmt.Print(f.Name, "=", f.Value, ";") })
	fmt.Println()
	fmt.Println(flag.Lookup("n").DefValue, flag.Lookup("n").Value, flag.Lookup("missing") == nil)
	fmt.Println(flag.Set("n", "42"), *count, flag.Set("nope", "1"))
	flag.CommandLine.SetOutput(os.Stdout)
	flag.PrintDefaults()

	// A FlagSet that continues on error.
	fs := flag.NewFlagSet("tool", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	x := fs.Int("x", 0, "an `N`")
	y := fs.Bool("y", false, "a bool")
	f := fs.Float64("f", 0, "a float")
	seen := []string{}
	fs.Func("fn", "a func flag", func(s string) error {
		seen = append(seen, s)
		if s == "bad" {
			return errors.New("bad value")
		}
		return nil
	})
	for _, args := range [][]string{
		{"-x", "12", "rest", "-y"},
		{"--x=0x10", "-y=false", "--", "-x"},
		{"-x"},
		{"-x", "abc"},
		{"-x", "99999999999999999999"},
		{"-y=maybe"},
		{"-f", "1e400"},
		{"-unknown"},
		{"-h"},
		{"---x"},
		{"-=x"},
		{"-fn", "a", "-fn", "bad"},
		{"-", "x"},
		{},
	} {
		err := fs.Parse(args)
		fmt.Printf("%q -> x=%d y=%v f=%v args=%q err=%v\n", args, *x, *y, *f, fs.Args(), err)
	}
	fmt.Println(seen, fs.Name(), fs.ErrorHandling() == flag.ContinueOnError)
	fs.Usage = func() { fmt.Println("custom usage") }
	fmt.Println(fs.Parse([]string{"-zz"}))
	fs.VisitAll(func(fl *flag.Flag) { fmt.Print(fl.Name, ";") })
	fmt.Println()
	name2, usage := flag.UnquoteUsage(fs.Lookup("x"))
	fmt.Printf("%q %q\n", name2, usage)

	// ExitOnError: the program ends with status 2 (the message goes to
	// stderr).
	flag.CommandLine.SetOutput(os.Stderr)
	flag.CommandLine.Parse([]string{"-bogus"})
	fmt.Println("not reached")
}

// Output:
// Bob 3 true 0.25 -9000000000 7  0 false [a b]
// true 3 [pos1 -x pos3] pos1 true 7
// big=-9000000000;item=a,b;n=3;name=Bob;on=false;ratio=0.25;v=true;
// 1 3 true
// <nil> 42 no such flag -nope
//   -big int
//     	an int64
//   -empty string
//     	empty default
//   -i2 int
//     	int var
//   -item item
//     	repeatable item
//   -n int
//     	repeat count (default 1)
//   -name greet
//     	who to greet (default "world")
//   -on
//     	defaults to on (default true)
//   -ratio float
//     	a ratio (default 0.5)
//   -u uint
//     	a uint (default 7)
//   -v	verbose
//     	output
// ["-x" "12" "rest" "-y"] -> x=12 y=false f=0 args=["rest" "-y"] err=<nil>
// ["--x=0x10" "-y=false" "--" "-x"] -> x=16 y=false f=0 args=["-x"] err=<nil>
// flag needs an argument: -x
// Usage of tool:
//   -f float
//     	a float
//   -fn value
//     	a func flag
//   -x N
//     	an N
//   -y	a bool
// ["-x"] -> x=16 y=false f=0 args=[] err=flag needs an argument: -x
// invalid value "abc" for flag -x: parse error
// Usage of tool:
//   -f float
//     	a float
//   -fn value
//     	a func flag
//   -x N
//     	an N
//   -y	a bool
// ["-x" "abc"] -> x=0 y=false f=0 args=[] err=invalid value "abc" for flag -x: parse error
// invalid value "99999999999999999999" for flag -x: value out of range
// Usage of tool:
//   -f float
//     	a float
//   -fn value
//     	a func flag
//   -x N
//     	an N
//   -y	a bool
// ["-x" "99999999999999999999"] -> x=9223372036854775807 y=false f=0 args=[] err=invalid value "99999999999999999999" for flag -x: value out of range
// invalid boolean value "maybe" for -y: parse error
// Usage of tool:
//   -f float
//     	a float
//   -fn value
//     	a func flag
//   -x N
//     	an N
//   -y	a bool
// ["-y=maybe"] -> x=9223372036854775807 y=false f=0 args=[] err=invalid boolean value "maybe" for -y: parse error
// invalid value "1e400" for flag -f: value out of range
// Usage of tool:
//   -f float
//     	a float
//   -fn value
//     	a func flag
//   -x N
//     	an N
//   -y	a bool
// ["-f" "1e400"] -> x=9223372036854775807 y=false f=+Inf args=[] err=invalid value "1e400" for flag -f: value out of range
// flag provided but not defined: -unknown
// Usage of tool:
//   -f float
//     	a float
//   -fn value
//     	a func flag
//   -x N
//     	an N
//   -y	a bool
// ["-unknown"] -> x=9223372036854775807 y=false f=+Inf args=[] err=flag provided but not defined: -unknown
// Usage of tool:
//   -f float
//     	a float
//   -fn value
//     	a func flag
//   -x N
//     	an N
//   -y	a bool
// ["-h"] -> x=9223372036854775807 y=false f=+Inf args=[] err=flag: help requested
// bad flag syntax: ---x
// Usage of tool:
//   -f float
//     	a float
//   -fn value
//     	a func flag
//   -x N
//     	an N
//   -y	a bool
// ["---x"] -> x=9223372036854775807 y=false f=+Inf args=["---x"] err=bad flag syntax: ---x
// bad flag syntax: -=x
// Usage of tool:
//   -f float
//     	a float
//   -fn value
//     	a func flag
//   -x N
//     	an N
//   -y	a bool
// ["-=x"] -> x=9223372036854775807 y=false f=+Inf args=["-=x"] err=bad flag syntax: -=x
// invalid value "bad" for flag -fn: bad value
// Usage of tool:
//   -f float
//     	a float
//   -fn value
//     	a func flag
//   -x N
//     	an N
//   -y	a bool
// ["-fn" "a" "-fn" "bad"] -> x=9223372036854775807 y=false f=+Inf args=[] err=invalid value "bad" for flag -fn: bad value
// ["-" "x"] -> x=9223372036854775807 y=false f=+Inf args=["-" "x"] err=<nil>
// [] -> x=9223372036854775807 y=false f=+Inf args=[] err=<nil>
// [a bad] tool true
// flag provided but not defined: -zz
// custom usage
// flag provided but not defined: -zz
// f;fn;x;y;
// "N" "an N"
// Exit: 2
