package main

import "fmt"

func sieve(n int) []int {
	composite := make([]bool, n+1)
	var primes []int
	for i := 2; i <= n; i++ {
		if composite[i] {
			continue
		}
		primes = append(primes, i)
		for j := i * i; j <= n; j += i {
			composite[j] = true
		}
	}
	return primes
}

func factorize(n int) map[int]int {
	f := map[int]int{}
	for p := 2; p*p <= n; p++ {
		for n%p == 0 {
			f[p]++
			n /= p
		}
	}
	if n > 1 {
		f[n]++
	}
	return f
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func collatzLen(n int) int {
	steps := 1
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	ps := sieve(100)
	fmt.Println(len(ps), ps)
	big := sieve(1000000)
	fmt.Println(len(big), big[len(big)-1])
	for _, n := range []int{360, 97, 1001, 65536, 999999} {
		fmt.Println(n, factorize(n))
	}
	fmt.Println(gcd(1071, 462), gcd(17, 5), 1071/gcd(1071, 462)*462)
	best, bestN := 0, 0
	for n := 1; n < 100000; n++ {
		if l := collatzLen(n); l > best {
			best, bestN = l, n
		}
	}
	fmt.Println(bestN, best)
	twin := 0
	for i := 1; i < len(big); i++ {
		if big[i]-big[i-1] == 2 {
			twin++
		}
	}
	fmt.Println("twin primes below 1e6:", twin)
}

// Output:
// 25 [2 3 5 7 11 13 17 19 23 29 31 37 41 43 47 53 59 61 67 71 73 79 83 89 97]
// 78498 999983
// 360 map[2:3 3:2 5:1]
// 97 map[97:1]
// 1001 map[7:1 11:1 13:1]
// 65536 map[2:16]
// 999999 map[3:3 7:1 11:1 13:1 37:1]
// 21 1 23562
// 77031 351
// twin primes below 1e6: 8169
