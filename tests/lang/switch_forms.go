package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	case ' ':
		return "space"
	}
	if c >= '0' && c <= '9' {
		return "digit"
	}
	return "consonant"
}

func fall(n int) []string {
	var out []string
	switch n {
	case 0:
		out = append(out, "zero")
		fallthrough
	case 1:
		out = append(out, "one")
		fallthrough
	case 2:
		out = append(out, "two")
	case 3:
		out = append(out, "three")
		fallthrough
	default:
		out = append(out, "default")
	}
	return out
}

func next() int {
	fmt.Print("[eval] ")
	return 2
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s), " ")
	}
	fmt.Println()
	for _, c := range []byte("go 1!") {
		fmt.Print(kind(c), " ")
	}
	fmt.Println()
	for i := 0; i < 5; i++ {
		fmt.Println(i, fall(i))
	}
	switch x := next(); x {
	case 1:
		fmt.Println("one")
	case 2:
		fmt.Println("two")
	}
	switch x := 5; {
	case x > 3:
		fmt.Println("big")
		if x == 5 {
			break
		}
		fmt.Println("not reached")
	case x > 1:
		fmt.Println("medium")
	}
	s := "hello"
	switch s + "!" {
	case "hello!":
		fmt.Println("matched concat")
	}
	switch {
	default:
		fmt.Println("only default")
	}
	var f float64 = 2.5
	switch f {
	case 2.5:
		fmt.Println("float case")
	}
	switch v := interface{}(3).(type) {
	case int:
		fmt.Println("int", v)
	}
}

// Output:
// A B C F 
// consonant vowel space digit consonant 
// 0 [zero one two]
// 1 [one two]
// 2 [two]
// 3 [three default]
// 4 [default]
// [eval] two
// big
// matched concat
// only default
// float case
// int 3
