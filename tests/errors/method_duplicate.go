package main

type T struct{ F int }

func (T) M()  {}
func (*T) M() {} // ERROR "method T.M already declared|redeclared"

func (T) F() {} // ERROR "field and method with the same name F"

func main() {}
