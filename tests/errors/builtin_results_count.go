package main

// copy(f()), delete(f()) and append(f()) take f's results as their
// arguments; a wrong count or type is reported as for separate arguments.

func three() ([]int, []int, []int) { return nil, nil, nil }
func mk3() (map[int]int, int, int) { return nil, 0, 0 }
func bad() (int, int)              { return 1, 2 }
func bm() (map[string]int, int)    { return nil, 1 }

func main() {
	_ = copy(three()) // ERROR "too many arguments for copy[(]three[(][)][)] [(]expected 2, found 3[)]"
	delete(mk3())     // ERROR "too many arguments for delete[(]mk3[(][)][)] [(]expected 2, found 3[)]"
	_ = append(bad()) // ERROR "bad[(][)] [(]value of type int[)]"
	delete(bm())      // ERROR "cannot use bm[(][)] [(]value of type int[)] as (type )?string( value)? in argument to delete"
}
