package main

import "fmt"

type Integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

func GCD[T Integer](a, b T) T {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func Pow[T Integer](base T, exp uint) T {
	result := T(1)
	for exp > 0 {
		if exp&1 == 1 {
			result *= base
		}
		base *= base
		exp >>= 1
	}
	return result
}

func SumDigits[T Integer](n T) T {
	var s T
	for n > 0 {
		s += n % 10
		n /= 10
	}
	return s
}

type Small uint8

func main() {
	fmt.Println(GCD(48, 18), GCD[int64](17, 5), GCD(Small(12), Small(8)))
	fmt.Println(Pow(2, 10), Pow[uint8](2, 9), Pow(int8(3), 5))
	fmt.Println(SumDigits(98765), SumDigits(uint16(999)))
}

// Output:
// 6 1 4
// 1024 0 -13
// 35 27
