package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(errors.Is(err, strconv.ErrRange), err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
}

// Output:
// strconv.Atoi: parsing "12a": invalid syntax
// Atoi 12a invalid syntax
// true
// true strconv.ParseInt: parsing "99999999999999999999": value out of range
// strconv.ParseBool: parsing "maybe": invalid syntax
