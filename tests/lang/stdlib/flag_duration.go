package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	timeout := fs.Duration("timeout", 30*time.Second, "how long to `wait`")
	var every time.Duration
	fs.DurationVar(&every, "every", 0, "poll interval")
	delay := fs.Duration("delay", 1500*time.Millisecond, "initial delay")
	fmt.Println(*timeout, every, *delay)
	err := fs.Parse([]string{"-timeout", "1m30s", "-every=250ms", "-delay", "2h45m0.5s", "rest"})
	fmt.Println(err, *timeout, every, *delay, fs.Args())
	fmt.Println(fs.Lookup("every").Value.(flag.Getter).Get(), fs.Lookup("timeout").DefValue)
	fs.PrintDefaults()

	for _, bad := range []string{"-timeout=10", "-every=abc", "-delay=-1.5h", "-timeout=1e3s"} {
		fs2 := flag.NewFlagSet("bad", flag.ContinueOnError)
		fs2.SetOutput(os.Stdout)
		d := fs2.Duration("timeout", time.Second, "t")
		fs2.Duration("every", 0, "e")
		fs2.Duration("delay", 0, "d")
		err := fs2.Parse([]string{bad})
		fmt.Println("->", err, *d)
	}
}

// Output:
// 30s 0s 1.5s
// <nil> 1m30s 250ms 2h45m0.5s [rest]
// 250ms 30s
//   -delay duration
//     	initial delay (default 1.5s)
//   -every duration
//     	poll interval
//   -timeout wait
//     	how long to wait (default 30s)
// invalid value "10" for flag -timeout: parse error
// Usage of bad:
//   -delay duration
//     	d
//   -every duration
//     	e
//   -timeout duration
//     	t (default 1s)
// -> invalid value "10" for flag -timeout: parse error 0s
// invalid value "abc" for flag -every: parse error
// Usage of bad:
//   -delay duration
//     	d
//   -every duration
//     	e
//   -timeout duration
//     	t (default 1s)
// -> invalid value "abc" for flag -every: parse error 1s
// -> <nil> 1s
// invalid value "1e3s" for flag -timeout: parse error
// Usage of bad:
//   -delay duration
//     	d
//   -every duration
//     	e
//   -timeout duration
//     	t (default 1s)
// -> invalid value "1e3s" for flag -timeout: parse error 0s
