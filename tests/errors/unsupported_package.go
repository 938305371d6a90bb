// golem-only: these standard packages are not available in golem

package main

import (
	"encoding/json" // ERROR "package encoding/json is not supported yet"
	"fmt"
	"reflect" // ERROR "package reflect is not supported"
	"unsafe"  // ERROR "package unsafe is not supported"
)

func main() {
	fmt.Println(json.Valid(nil), reflect.TypeOf(1), unsafe.Sizeof(1))
}
