package main

import "fmt"

type K struct {
	A int
	B string
}

func main() {
	fmt.Println(map[int]string{3: "c", -1: "z", 10: "j", 0: "o"})
	fmt.Println(map[string]int{"b": 2, "a": 1, "B": 0, "": 9})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 2}: "y"})
	fmt.Println(map[rune]int{'b': 1, 'a': 2})
	fmt.Printf("%v\n%+v\n%#v\n", map[string]K{"k": {1, "x"}}, map[string]K{"k": {1, "x"}}, map[string]int{"z": 1, "a": 2})
	fmt.Println(map[int8]uint{-3: 1, 3: 2})
	fmt.Println(map[string][]int{"x": {1, 2}, "a": nil})
	nested := map[string]map[string]int{"outer": {"z": 26, "a": 1}}
	fmt.Println(nested)
	var nilMap map[string]int
	fmt.Println(nilMap, len(nilMap))
	fmt.Printf("%d %x\n", map[string]int{"a": 10, "b": 11}, map[string]int{"a": 10, "b": 255})
}

// Output:
// map[-1:z 0:o 3:c 10:j]
// map[:9 B:0 a:1 b:2]
// map[-1:false 0:true 2.5:true]
// map[false:0 true:1]
// map[{1 a}:3 {1 b}:2 {2 a}:1]
// map[[1 2]:y [2 1]:x]
// map[97:2 98:1]
// map[k:{1 x}]
// map[k:{A:1 B:x}]
// map[string]int{"a":2, "z":1}
// map[-3:1 3:2]
// map[a:[] x:[1 2]]
// map[outer:map[a:1 z:26]]
// map[] 0
// map[%!d(string=a):10 %!d(string=b):11] map[61:a 62:ff]
