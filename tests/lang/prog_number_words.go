package main

import (
	"fmt"
	"strings"
)

var small = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
	"eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
var tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
var scales = []struct {
	value int64
	name  string
}{{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}, {1e3, "thousand"}}

func words(n int64) string {
	if n < 0 {
		return "minus " + words(-n)
	}
	if n < 20 {
		return small[n]
	}
	if n < 100 {
		w := tens[n/10]
		if n%10 != 0 {
			w += "-" + small[n%10]
		}
		return w
	}
	if n < 1000 {
		w := small[n/100] + " hundred"
		if n%100 != 0 {
			w += " and " + words(n%100)
		}
		return w
	}
	for _, s := range scales {
		if n >= s.value {
			w := words(n/s.value) + " " + s.name
			if r := n % s.value; r != 0 {
				if r < 100 {
					w += " and " + words(r)
				} else {
					w += " " + words(r)
				}
			}
			return w
		}
	}
	panic("unreachable")
}

func main() {
	for _, n := range []int64{0, 7, 13, 20, 42, 100, 101, 999, 1000, 1001, 12345, 1000000, 7654321, -15, 1234567890123} {
		fmt.Printf("%d: %s\n", n, words(n))
	}
	total := 0
	for i := int64(1); i <= 1000; i++ {
		w := strings.NewReplacer(" ", "", "-", "").Replace(words(i))
		total += len(w)
	}
	fmt.Println("letters 1..1000:", total)
}

// Output:
// 0: zero
// 7: seven
// 13: thirteen
// 20: twenty
// 42: forty-two
// 100: one hundred
// 101: one hundred and one
// 999: nine hundred and ninety-nine
// 1000: one thousand
// 1001: one thousand and one
// 12345: twelve thousand three hundred and forty-five
// 1000000: one million
// 7654321: seven million six hundred and fifty-four thousand three hundred and twenty-one
// -15: minus fifteen
// 1234567890123: one trillion two hundred and thirty-four billion five hundred and sixty-seven million eight hundred and ninety thousand one hundred and twenty-three
// letters 1..1000: 21124
