package main

import "fmt"

type Pixel struct {
	R, G, B uint8
	A       bool
	Depth   int16
	Weight  float32
	ID      uint32
}

type Packet struct {
	Kind   int8
	Flags  [3]bool
	Values [4]uint16
	Temps  []float32
}

func main() {
	i8 := []int8{100, 120, -128}
	for i := range i8 {
		i8[i] += 30 // wraps in storage
	}
	fmt.Println(i8)
	u16 := make([]uint16, 3)
	u16[0] = 65535
	u16[1] = u16[0] + 2
	u16[2] = u16[1] * 40000
	fmt.Println(u16, len(u16), cap(u16))
	i32 := []int32{2147483647}
	i32 = append(i32, i32[0]+1, -i32[0])
	fmt.Println(i32)
	f32 := []float32{0.1, 1.0 / 3, 1e38}
	f32[2] *= 10
	fmt.Println(f32, float64(f32[0]))
	bs := []bool{true, false}
	bs = append(bs, !bs[1])
	fmt.Println(bs)
	b := []byte("abc")
	b[1] = b[1] + 200
	fmt.Println(b)
	u64 := []uint64{1 << 63}
	u64[0] *= 2
	fmt.Println(u64)
	r := []rune("héllo")
	r[1] -= 0xe9 - 'e'
	fmt.Println(string(r), r)

	p := Pixel{R: 250, G: 10, B: 0, A: true, Depth: 32767, Weight: 0.1, ID: 4294967295}
	p.R += 10
	p.G -= 20
	p.Depth++
	p.ID++
	p.Weight *= 3
	fmt.Printf("%+v\n", p)
	pix := make([]Pixel, 2)
	pix[1] = p
	pix[0].B = 255
	pix[0].B++
	fmt.Println(pix)

	var pk Packet
	pk.Kind = -128
	pk.Kind--
	pk.Flags[1] = true
	pk.Values[3] = 1
	pk.Values[3] -= 2
	pk.Temps = append(pk.Temps, 36.6)
	fmt.Printf("%+v\n", pk)
	arr := [5]int8{1, 2, 3, 4, 5}
	cp := arr
	cp[0] = 127
	cp[0]++
	fmt.Println(arr, cp)
	copy(i8, []int8{-1, -2})
	fmt.Println(i8)
	m := map[string]uint8{"a": 255}
	m["a"]++
	m["b"] += 3
	fmt.Println(m)
	var sum int
	for _, v := range []uint8{200, 100, 50} {
		sum += int(v)
	}
	var sum8 uint8
	for _, v := range []uint8{200, 100, 50} {
		sum8 += v
	}
	fmt.Println(sum, sum8)
	grid := [2][3]int16{{-1, -2, -3}, {32767, 0, 1}}
	grid[1][0]++
	fmt.Println(grid)
}

// Output:
// [-126 -106 -98]
// [65535 1 40000] 3 3
// [2147483647 -2147483648 -2147483647]
// [0.1 0.33333334 +Inf] 0.10000000149011612
// [true false true]
// [97 42 99]
// [0]
// hello [104 101 108 108 111]
// {R:4 G:246 B:0 A:true Depth:-32768 Weight:0.3 ID:0}
// [{0 0 0 false 0 0 0} {4 246 0 true -32768 0.3 0}]
// {Kind:127 Flags:[false true false] Values:[0 0 0 65535] Temps:[36.6]}
// [1 2 3 4 5] [-128 2 3 4 5]
// [-1 -2 -98]
// map[a:0 b:3]
// 350 94
// [[-1 -2 -3] [-32768 0 1]]
