package main

import "fmt"

func kind(x int) string {
	switch {
	case x < 0:
		return "neg"
	case x == 0:
		return "zero"
	case x < 10:
		fallthrough
	case x < 100:
		return "small"
	}
	return "big"
}

func main() {
	for _, x := range []int{-1, 0, 5, 50, 500} {
		fmt.Println(x, kind(x))
	}
	switch c := 'b'; c {
	case 'a', 'e', 'i':
		fmt.Println("vowel")
	case 'b':
		fmt.Println("b!")
		if c == 'b' {
			break
		}
		fmt.Println("unreachable")
	default:
		fmt.Println("consonant")
	}
	var i interface{} = 3.0
	switch v := i.(type) {
	case int, int64:
		fmt.Printf("integer %T\n", v)
	case float64:
		fmt.Println("float", v+1)
	case nil:
		fmt.Println("nil")
	}
	switch f := func() int { fmt.Println("evaluated once"); return 2 }(); f {
	case 1, 2, 3:
		fmt.Println("small", f)
	}
}

// Output:
// -1 neg
// 0 zero
// 5 small
// 50 small
// 500 big
// b!
// float 4
// evaluated once
// small 2
