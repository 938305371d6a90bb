package main

func (i int) Double() int { return i * 2 } // ERROR "cannot define new methods on non-local type int"

type T struct{ x int }

func (t T) Get() int { return t.x }

func (t *T) Get() int { return t.x } // ERROR "method T.Get already declared|Get redeclared"

type P *T

func (p P) M() {} // ERROR "invalid receiver type"

func main() {}
