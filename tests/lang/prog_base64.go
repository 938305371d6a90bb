package main

import (
	"errors"
	"fmt"
	"strings"
)

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

func encode(data []byte) string {
	var sb strings.Builder
	for i := 0; i < len(data); i += 3 {
		var chunk [3]byte
		n := copy(chunk[:], data[i:])
		v := uint(chunk[0])<<16 | uint(chunk[1])<<8 | uint(chunk[2])
		for j := 0; j < 4; j++ {
			if j <= n {
				sb.WriteByte(alphabet[v>>(18-6*uint(j))&0x3f])
			} else {
				sb.WriteByte('=')
			}
		}
	}
	return sb.String()
}

func decode(s string) ([]byte, error) {
	if len(s)%4 != 0 {
		return nil, errors.New("bad length")
	}
	var out []byte
	for i := 0; i < len(s); i += 4 {
		var v uint
		pad := 0
		for j := 0; j < 4; j++ {
			c := s[i+j]
			v <<= 6
			if c == '=' {
				pad++
				continue
			}
			idx := strings.IndexByte(alphabet, c)
			if idx < 0 {
				return nil, fmt.Errorf("bad character %q at %d", c, i+j)
			}
			v |= uint(idx)
		}
		out = append(out, byte(v>>16), byte(v>>8), byte(v))
		out = out[:len(out)-pad]
	}
	return out, nil
}

func hexdump(b []byte) string {
	const hexd = "0123456789abcdef"
	var sb strings.Builder
	for i, c := range b {
		if i > 0 {
			sb.WriteByte(' ')
		}
		sb.WriteByte(hexd[c>>4])
		sb.WriteByte(hexd[c&15])
	}
	return sb.String()
}

func main() {
	for _, s := range []string{"", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work.", "héllo wörld"} {
		e := encode([]byte(s))
		d, err := decode(e)
		fmt.Printf("%-30q %-40s %v %v\n", s, e, string(d) == s, err)
	}
	bin := make([]byte, 256)
	for i := range bin {
		bin[i] = byte(i)
	}
	e := encode(bin)
	d, _ := decode(e)
	fmt.Println(len(e), e[:40], string(d) == string(bin))
	_, err := decode("abc")
	fmt.Println(err)
	_, err = decode("ab!d")
	fmt.Println(err)
	fmt.Println(hexdump([]byte("golem\x00\xff")))
}

// Output:
// ""                                                                      true <nil>
// "f"                            Zg==                                     true <nil>
// "fo"                           Zm8=                                     true <nil>
// "foo"                          Zm9v                                     true <nil>
// "foob"                         Zm9vYg==                                 true <nil>
// "fooba"                        Zm9vYmE=                                 true <nil>
// "foobar"                       Zm9vYmFy                                 true <nil>
// "Many hands make light work."  TWFueSBoYW5kcyBtYWtlIGxpZ2h0IHdvcmsu     true <nil>
// "héllo wörld"                  aMOpbGxvIHfDtnJsZA==                     true <nil>
// 344 AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwd true
// bad length
// bad character '!' at 2
// 67 6f 6c 65 6d 00 ff
