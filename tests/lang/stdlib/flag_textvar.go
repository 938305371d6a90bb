package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

// level implements encoding.TextMarshaler and TextUnmarshaler.
type level int

func (l level) MarshalText() ([]byte, error) {
	return []byte([]string{"debug", "info", "warn"}[l]), nil
}

func (l *level) UnmarshalText(b []byte) error {
	switch strings.ToLower(string(b)) {
	case "debug":
		*l = 0
	case "info":
		*l = 1
	case "warn":
		*l = 2
	default:
		return errors.New("unknown level " + string(b))
	}
	return nil
}

func main() {
	fs := flag.NewFlagSet("prog", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var lv level
	fs.TextVar(&lv, "level", level(1), "log `level`")
	var since time.Time
	fs.TextVar(&since, "since", time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), "start time")
	fmt.Println(lv, since)
	fmt.Println(fs.Parse([]string{"-level=WARN", "-since", "2023-06-07T08:09:10Z", "x"}))
	fmt.Println(lv, since, fs.Args())
	fmt.Println(fs.Lookup("level").Value, fs.Lookup("level").DefValue, fs.Lookup("since").DefValue)
	g := fs.Lookup("level").Value.(flag.Getter).Get()
	fmt.Printf("%T\n", g)
	fs.PrintDefaults()
	err := fs.Parse([]string{"-level=loud"})
	fmt.Println("->", err, lv)
	err = fs.Parse([]string{"-since=yesterday"})
	fmt.Println("->", err != nil)
}

// Output:
// 1 2020-01-02 03:04:05 +0000 UTC
// <nil>
// 2 2023-06-07 08:09:10 +0000 UTC [x]
// warn info 2020-01-02T03:04:05Z
// *main.level
//   -level level
//     	log level (default info)
//   -since value
//     	start time (default 2020-01-02T03:04:05Z)
// invalid value "loud" for flag -level: unknown level loud
// Usage of prog:
//   -level level
//     	log level (default info)
//   -since value
//     	start time (default 2020-01-02T03:04:05Z)
// -> invalid value "loud" for flag -level: unknown level loud 2
// invalid value "yesterday" for flag -since: parsing time "yesterday" as "2006-01-02T15:04:05Z07:00": cannot parse "yesterday" as "2006"
// Usage of prog:
//   -level level
//     	log level (default info)
//   -since value
//     	start time (default 2020-01-02T03:04:05Z)
// -> true
