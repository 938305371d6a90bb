package main

import (
	"fmt"
	"os"      // ERROR "imported (and|but) not used"
	"strings" // ERROR "imported (and|but) not used"
)

func main() {
	fmt.Println("hi")
}
