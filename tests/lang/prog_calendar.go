package main

import (
	"fmt"
	"strings"
)

type Date struct{ Y, M, D int }

var monthNames = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

func leap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

func daysIn(y, m int) int {
	switch m {
	case 2:
		if leap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// weekday by Zeller-like formula: 0 = Sunday
func weekday(d Date) int {
	t := []int{0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4}
	y := d.Y
	if d.M < 3 {
		y--
	}
	return (y + y/4 - y/100 + y/400 + t[d.M-1] + d.D) % 7
}

// days since 0000-03-01 style epoch
func ordinal(d Date) int {
	y, m := d.Y, d.M
	if m <= 2 {
		y--
		m += 12
	}
	return 365*y + y/4 - y/100 + y/400 + (153*(m-3)+2)/5 + d.D - 1
}

func (d Date) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D) }

func (d Date) AddDays(n int) Date {
	for n > 0 {
		d.D++
		if d.D > daysIn(d.Y, d.M) {
			d.D = 1
			d.M++
			if d.M > 12 {
				d.M = 1
				d.Y++
			}
		}
		n--
	}
	return d
}

func printMonth(y, m int) {
	title := fmt.Sprintf("%s %d", monthNames[m-1], y)
	pad := (20 - len(title)) / 2
	fmt.Println(strings.Repeat(" ", pad) + title)
	fmt.Println("Su Mo Tu We Th Fr Sa")
	start := weekday(Date{y, m, 1})
	var sb strings.Builder
	sb.WriteString(strings.Repeat("   ", start))
	for d := 1; d <= daysIn(y, m); d++ {
		fmt.Fprintf(&sb, "%2d", d)
		if (start+d)%7 == 0 {
			fmt.Println(strings.TrimRight(sb.String(), " "))
			sb.Reset()
		} else {
			sb.WriteByte(' ')
		}
	}
	if sb.Len() > 0 {
		fmt.Println(strings.TrimRight(sb.String(), " "))
	}
}

func main() {
	days := []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}
	for _, d := range []Date{{2000, 1, 1}, {1969, 7, 20}, {2024, 2, 29}, {1970, 1, 1}, {2038, 1, 19}} {
		fmt.Println(d, days[weekday(d)])
	}
	fmt.Println(ordinal(Date{2024, 12, 25}) - ordinal(Date{2024, 1, 1}))
	fmt.Println(ordinal(Date{2000, 1, 1}) - ordinal(Date{1970, 1, 1}))
	fmt.Println(Date{2023, 12, 30}.AddDays(3), Date{2024, 2, 28}.AddDays(1), Date{2023, 2, 28}.AddDays(1))
	for _, y := range []int{1900, 2000, 2023, 2024} {
		fmt.Print(y, ":", leap(y), " ")
	}
	fmt.Println()
	printMonth(2024, 2)
	printMonth(2025, 6)
}

// Output:
// 2000-01-01 Sat
// 1969-07-20 Sun
// 2024-02-29 Thu
// 1970-01-01 Thu
// 2038-01-19 Tue
// 359
// 10957
// 2024-01-02 2024-02-29 2023-03-01
// 1900:false 2000:true 2023:false 2024:true 
//    February 2024
// Su Mo Tu We Th Fr Sa
//              1  2  3
//  4  5  6  7  8  9 10
// 11 12 13 14 15 16 17
// 18 19 20 21 22 23 24
// 25 26 27 28 29
//      June 2025
// Su Mo Tu We Th Fr Sa
//  1  2  3  4  5  6  7
//  8  9 10 11 12 13 14
// 15 16 17 18 19 20 21
// 22 23 24 25 26 27 28
// 29 30
