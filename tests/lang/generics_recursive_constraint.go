package main

import "fmt"

type Comparer[T any] interface {
	Compare(T) int
}

type Version struct{ Major, Minor int }

func (v Version) Compare(o Version) int {
	if v.Major != o.Major {
		return v.Major - o.Major
	}
	return v.Minor - o.Minor
}

func MaxOf[T Comparer[T]](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x.Compare(m) > 0 {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(MaxOf(Version{1, 2}, Version{1, 10}, Version{0, 99}))
	fmt.Printf("%+v\n", MaxOf(Version{3, 0}))
}

// Output:
// {1 10}
// {Major:3 Minor:0}
