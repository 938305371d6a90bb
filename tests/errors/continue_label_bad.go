package main

func main() {
sw:
	switch {
	case true:
		for i := 0; i < 2; i++ {
			continue sw // ERROR "invalid continue label sw"
		}
	}
}
