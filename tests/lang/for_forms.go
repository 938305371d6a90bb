package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	k := 0
	for {
		k++
		if k == 5 {
			break
		}
		if k%2 == 0 {
			continue
		}
		fmt.Print("odd", k, " ")
	}
	fmt.Println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, j, ";")
	}
	fmt.Println()
	s := []string{"a", "b", "c"}
	for i := range s {
		fmt.Print(i)
	}
	for _, v := range s {
		fmt.Print(v)
	}
	for range s {
		fmt.Print(".")
	}
	fmt.Println()
	arr := [4]int{1, 2, 3, 4}
	for i, v := range arr {
		arr[3] = 100 // range over an array copies it
		if i == 3 {
			fmt.Println(v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl = append(sl, 4) // range evaluates the slice once
			sl[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(sl))
	sum := 0
	var i int
	for i = 0; i < 10; i++ {
		sum += i
	}
	fmt.Println(sum, i)
	m := map[string]int{"only": 1}
	for k, v := range m {
		fmt.Println(k, v)
	}
	for i, c := range "héy" {
		fmt.Print(i, string(c), " ")
	}
	fmt.Println()
}

// Output:
// 0 1 2 
// 243
// odd1 odd3 
// 0 10;1 8;2 6;3 4;
// 012abc...
// 4
// 1 2 3 4
// 45 10
// only 1
// 0h 1é 3y 
