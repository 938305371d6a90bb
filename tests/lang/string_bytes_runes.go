package main

import "fmt"

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func main() {
	s := "Grüße"
	b := []byte(s)
	r := []rune(s)
	fmt.Println(len(b), len(r))
	fmt.Println(b)
	fmt.Println(r)
	fmt.Println(string(b[:4]), string(r[:3]))
	fmt.Println(reverse(s), reverse("hello"))
	bs := []byte{72, 105, 33}
	fmt.Println(string(bs))
	rs := []rune{0x4e16, 0x754c}
	fmt.Println(string(rs))
	b2 := append([]byte("abc"), "def"...)
	fmt.Println(string(b2))
	var nilb []byte
	fmt.Println(string(nilb) == "", len(string(nilb)))
	fmt.Println(string(rune(-1)) == "\uFFFD")
	for _, c := range []byte("AZ") {
		fmt.Print(c+1, " ")
	}
	fmt.Println()
	copy(b, "XY")
	fmt.Println(string(b))
}

// Output:
// 7 5
// [71 114 195 188 195 159 101]
// [71 114 252 223 101]
// Grü Grü
// eßürG olleh
// Hi!
// 世界
// abcdef
// true 0
// true
// 66 91 
// XYüße
