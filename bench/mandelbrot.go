package main

import "fmt"

func main() {
	const size = 700
	const maxIter = 50
	inside := 0
	checksum := 0
	for y := 0; y < size; y++ {
		ci := 2.0*float64(y)/size - 1.0
		for x := 0; x < size; x++ {
			cr := 2.0*float64(x)/size - 1.5
			zr, zi := 0.0, 0.0
			i := 0
			for ; i < maxIter; i++ {
				tr := zr*zr - zi*zi + cr
				zi = 2.0*zr*zi + ci
				zr = tr
				if zr*zr+zi*zi > 4.0 {
					break
				}
			}
			if i == maxIter {
				inside++
			}
			checksum += i
		}
	}
	fmt.Printf("mandelbrot inside %d checksum %d\n", inside, checksum)
}
