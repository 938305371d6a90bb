package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table  string
	wheres []string
	order  string
	limit  int
	err    error
}

func From(t string) *Query { return &Query{table: t} }

func (q *Query) Where(cond string) *Query {
	if cond == "" {
		q.err = fmt.Errorf("empty condition")
		return q
	}
	q.wheres = append(q.wheres, cond)
	return q
}

func (q *Query) OrderBy(col string) *Query { q.order = col; return q }
func (q *Query) Limit(n int) *Query         { q.limit = n; return q }

func (q *Query) Build() (string, error) {
	if q.err != nil {
		return "", q.err
	}
	var sb strings.Builder
	sb.WriteString("SELECT * FROM " + q.table)
	if len(q.wheres) > 0 {
		sb.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		sb.WriteString(" ORDER BY " + q.order)
	}
	if q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", q.limit)
	}
	return sb.String(), nil
}

type Vec struct{ X, Y float64 }

func (v Vec) Add(o Vec) Vec       { return Vec{v.X + o.X, v.Y + o.Y} }
func (v Vec) Scale(k float64) Vec { return Vec{v.X * k, v.Y * k} }
func (v Vec) Dot(o Vec) float64   { return v.X*o.X + v.Y*o.Y }

func main() {
	s, err := From("users").Where("age > 18").Where("active").OrderBy("name").Limit(10).Build()
	fmt.Println(s, err)
	s, err = From("logs").Build()
	fmt.Println(s, err)
	s, err = From("x").Where("").Limit(1).Build()
	fmt.Printf("%q %v\n", s, err)
	v := Vec{1, 2}.Add(Vec{3, 4}).Scale(0.5)
	fmt.Println(v, v.Dot(Vec{2, 2}), Vec{}.Add(v).Scale(2) == Vec{4, 6})
}

// Output:
// SELECT * FROM users WHERE age > 18 AND active ORDER BY name LIMIT 10 <nil>
// SELECT * FROM logs <nil>
// "" empty condition
// {2 3} 10 true
