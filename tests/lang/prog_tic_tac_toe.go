package main

import (
	"fmt"
	"strings"
)

type Board [9]byte

var lines = [8][3]int{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {0, 3, 6}, {1, 4, 7}, {2, 5, 8}, {0, 4, 8}, {2, 4, 6}}

func (b *Board) winner() byte {
	for _, l := range lines {
		if b[l[0]] != ' ' && b[l[0]] == b[l[1]] && b[l[1]] == b[l[2]] {
			return b[l[0]]
		}
	}
	return 0
}

func (b *Board) full() bool {
	for _, c := range b {
		if c == ' ' {
			return false
		}
	}
	return true
}

func other(p byte) byte {
	if p == 'X' {
		return 'O'
	}
	return 'X'
}

var nodes int

// minimax returns the score for 'X' (+1 win, -1 loss, 0 draw) and best move.
func minimax(b *Board, player byte) (int, int) {
	nodes++
	if w := b.winner(); w != 0 {
		if w == 'X' {
			return 1, -1
		}
		return -1, -1
	}
	if b.full() {
		return 0, -1
	}
	best, move := -2, -1
	if player == 'O' {
		best = 2
	}
	for i := 0; i < 9; i++ {
		if b[i] != ' ' {
			continue
		}
		b[i] = player
		s, _ := minimax(b, other(player))
		b[i] = ' '
		if player == 'X' && s > best || player == 'O' && s < best {
			best, move = s, i
		}
	}
	return best, move
}

func (b Board) String() string {
	var sb strings.Builder
	for r := 0; r < 3; r++ {
		sb.WriteString(string(b[r*3:r*3+3]) + "\n")
	}
	return strings.ReplaceAll(sb.String(), " ", ".")
}

func main() {
	var b Board
	for i := range b {
		b[i] = ' '
	}
	b[0] = 'X' // X opens in a corner; search the rest
	score, _ := minimax(&b, 'O')
	fmt.Println("perfect play score:", score, "nodes:", nodes)
	player := byte('O')
	for b.winner() == 0 && !b.full() {
		_, m := minimax(&b, player)
		b[m] = player
		player = other(player)
	}
	fmt.Print(b)
	fmt.Printf("winner: %q\n", b.winner())
	b2 := Board{'X', 'O', ' ', ' ', 'X', ' ', 'O', ' ', ' '}
	s, m := minimax(&b2, 'X')
	fmt.Println(s, m)
}

// Output:
// perfect play score: 0 nodes: 59705
// XXO
// OOX
// XOX
// winner: '\x00'
// 1 3
