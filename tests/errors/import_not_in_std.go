package main

import (
	"fmt"
	"nosuch/pkg" // ERROR "package nosuch/pkg is not in (std|GOROOT)"
)

func main() {
	fmt.Println(pkg.X)
}
