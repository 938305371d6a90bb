package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// A tiny JSON-like value model, parser and pretty printer.

type Value interface{}

type parser struct {
	s   string
	pos int
}

func (p *parser) ws() {
	for p.pos < len(p.s) && strings.IndexByte(" \t\n\r", p.s[p.pos]) >= 0 {
		p.pos++
	}
}

func (p *parser) fail(msg string) error {
	return fmt.Errorf("offset %d: %s", p.pos, msg)
}

func (p *parser) value() (Value, error) {
	p.ws()
	if p.pos >= len(p.s) {
		return nil, p.fail("unexpected end")
	}
	switch c := p.s[p.pos]; {
	case c == '{':
		return p.object()
	case c == '[':
		return p.array()
	case c == '"':
		return p.str()
	case c == 't' && strings.HasPrefix(p.s[p.pos:], "true"):
		p.pos += 4
		return true, nil
	case c == 'f' && strings.HasPrefix(p.s[p.pos:], "false"):
		p.pos += 5
		return false, nil
	case c == 'n' && strings.HasPrefix(p.s[p.pos:], "null"):
		p.pos += 4
		return nil, nil
	case c == '-' || c >= '0' && c <= '9':
		start := p.pos
		p.pos++
		for p.pos < len(p.s) && strings.IndexByte("0123456789.eE+-", p.s[p.pos]) >= 0 {
			p.pos++
		}
		f, err := strconv.ParseFloat(p.s[start:p.pos], 64)
		if err != nil {
			return nil, p.fail("bad number " + p.s[start:p.pos])
		}
		return f, nil
	default:
		return nil, p.fail(fmt.Sprintf("unexpected %q", c))
	}
}

func (p *parser) str() (string, error) {
	p.pos++ // opening quote
	var sb strings.Builder
	for p.pos < len(p.s) {
		c := p.s[p.pos]
		p.pos++
		switch c {
		case '"':
			return sb.String(), nil
		case '\\':
			if p.pos >= len(p.s) {
				return "", p.fail("bad escape")
			}
			e := p.s[p.pos]
			p.pos++
			switch e {
			case 'n':
				sb.WriteByte('\n')
			case 't':
				sb.WriteByte('\t')
			default:
				sb.WriteByte(e)
			}
		default:
			sb.WriteByte(c)
		}
	}
	return "", p.fail("unterminated string")
}

func (p *parser) array() ([]Value, error) {
	p.pos++
	arr := []Value{}
	p.ws()
	if p.pos < len(p.s) && p.s[p.pos] == ']' {
		p.pos++
		return arr, nil
	}
	for {
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		arr = append(arr, v)
		p.ws()
		if p.pos >= len(p.s) {
			return nil, p.fail("unterminated array")
		}
		if p.s[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.s[p.pos] == ']' {
			p.pos++
			return arr, nil
		}
		return nil, p.fail("expected , or ]")
	}
}

func (p *parser) object() (map[string]Value, error) {
	p.pos++
	obj := map[string]Value{}
	p.ws()
	if p.pos < len(p.s) && p.s[p.pos] == '}' {
		p.pos++
		return obj, nil
	}
	for {
		p.ws()
		if p.pos >= len(p.s) || p.s[p.pos] != '"' {
			return nil, p.fail("expected key")
		}
		k, err := p.str()
		if err != nil {
			return nil, err
		}
		p.ws()
		if p.pos >= len(p.s) || p.s[p.pos] != ':' {
			return nil, p.fail("expected :")
		}
		p.pos++
		v, err := p.value()
		if err != nil {
			return nil, err
		}
		obj[k] = v
		p.ws()
		if p.pos < len(p.s) && p.s[p.pos] == ',' {
			p.pos++
			continue
		}
		if p.pos < len(p.s) && p.s[p.pos] == '}' {
			p.pos++
			return obj, nil
		}
		return nil, p.fail("expected , or }")
	}
}

func pretty(sb *strings.Builder, v Value, indent int) {
	pad := strings.Repeat("  ", indent)
	switch x := v.(type) {
	case nil:
		sb.WriteString("null")
	case bool:
		sb.WriteString(strconv.FormatBool(x))
	case float64:
		sb.WriteString(strconv.FormatFloat(x, 'g', -1, 64))
	case string:
		sb.WriteString(strconv.Quote(x))
	case []Value:
		if len(x) == 0 {
			sb.WriteString("[]")
			return
		}
		sb.WriteString("[\n")
		for i, e := range x {
			sb.WriteString(pad + "  ")
			pretty(sb, e, indent+1)
			if i < len(x)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "]")
	case map[string]Value:
		if len(x) == 0 {
			sb.WriteString("{}")
			return
		}
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		sb.WriteString("{\n")
		for i, k := range keys {
			fmt.Fprintf(sb, "%s  %q: ", pad, k)
			pretty(sb, x[k], indent+1)
			if i < len(keys)-1 {
				sb.WriteByte(',')
			}
			sb.WriteByte('\n')
		}
		sb.WriteString(pad + "}")
	}
}

func count(v Value) (n int) {
	n = 1
	switch x := v.(type) {
	case []Value:
		for _, e := range x {
			n += count(e)
		}
	case map[string]Value:
		for _, e := range x {
			n += count(e)
		}
	}
	return
}

func main() {
	docs := []string{
		`{"name": "golem", "version": 1.5, "tags": ["vm", "go", "c"], "stable": false,
		  "deps": {"re2c": {"min": 3}, "lemon": null}, "empty": [], "obj": {}, "esc": "a\"b\nc"}`,
		`[1, -2.5e3, true, [[], [null]]]`,
		`{"bad": [1, 2}`,
		`"just a string"`,
		`{"unterminated": "abc`,
	}
	for _, d := range docs {
		p := &parser{s: d}
		v, err := p.value()
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		var sb strings.Builder
		pretty(&sb, v, 0)
		fmt.Println(sb.String())
		fmt.Println("nodes:", count(v))
	}
}

// Output:
// {
//   "deps": {
//     "lemon": null,
//     "re2c": {
//       "min": 3
//     }
//   },
//   "empty": [],
//   "esc": "a\"b\nc",
//   "name": "golem",
//   "obj": {},
//   "stable": false,
//   "tags": [
//     "vm",
//     "go",
//     "c"
//   ],
//   "version": 1.5
// }
// nodes: 15
// [
//   1,
//   -2500,
//   true,
//   [
//     [],
//     [
//       null
//     ]
//   ]
// ]
// nodes: 8
// error: offset 13: expected , or ]
// "just a string"
// nodes: 1
// error: offset 21: unterminated string
