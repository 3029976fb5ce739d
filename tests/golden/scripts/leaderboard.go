// leaderboard ranks players with sort.Sort over a sort.Interface type,
// multi-key ordering, sort.Reverse, sort.Stable, dense ranks with ties,
// and binary search for score thresholds.
package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Player struct {
	Name   string
	Score  int
	Time   int // seconds, lower is better
	Region string
}

type Board []Player

func (b Board) Len() int      { return len(b) }
func (b Board) Swap(i, j int) { b[i], b[j] = b[j], b[i] }
func (b Board) Less(i, j int) bool {
	if b[i].Score != b[j].Score {
		return b[i].Score > b[j].Score
	}
	if b[i].Time != b[j].Time {
		return b[i].Time < b[j].Time
	}
	return b[i].Name < b[j].Name
}

type byName struct{ Board }

func (b byName) Less(i, j int) bool {
	return strings.ToLower(b.Board[i].Name) < strings.ToLower(b.Board[j].Name)
}

const data = `zed 870 301 EU
amy 950 288 NA
Bob 870 295 EU
cat 990 402 AS
dan 720 250 NA
eve 950 288 EU
fox 870 301 AS
gus 500 199 NA`

func main() {
	var b Board
	for _, line := range strings.Split(data, "\n") {
		f := strings.Fields(line)
		score, _ := strconv.Atoi(f[1])
		secs, _ := strconv.Atoi(f[2])
		b = append(b, Player{f[0], score, secs, f[3]})
	}
	sort.Sort(b)
	rank, prev := 0, -1
	for i, p := range b {
		if p.Score != prev {
			rank++
			prev = p.Score
		}
		fmt.Printf("%d. (dense %d) %-4s %4d %3ds %s\n", i+1, rank, p.Name, p.Score, p.Time, p.Region)
	}
	fmt.Println("sorted:", sort.IsSorted(b))

	sort.Sort(byName{b})
	var names []string
	for _, p := range b {
		names = append(names, p.Name)
	}
	fmt.Println("by name:", strings.Join(names, " "))

	sort.Stable(sort.Reverse(byName{b}))
	names = names[:0]
	for _, p := range b {
		names = append(names, p.Name)
	}
	fmt.Println("reverse:", strings.Join(names, " "))

	sort.SliceStable(b, func(i, j int) bool { return b[i].Region < b[j].Region })
	for _, p := range b {
		fmt.Printf("%s:%s ", p.Region, p.Name)
	}
	fmt.Println()

	scores := make([]int, len(b))
	for i, p := range b {
		scores[i] = p.Score
	}
	sort.Ints(scores)
	fmt.Println(scores)
	for _, t := range []int{0, 700, 870, 871, 1000} {
		i := sort.SearchInts(scores, t)
		fmt.Printf("score >= %d: %d players\n", t, len(scores)-i)
	}
	words := []string{"pear", "Apple", "fig", "apple", "Fig"}
	sort.Strings(words)
	fmt.Println(words, sort.SearchStrings(words, "fig"), sort.StringsAreSorted(words))
	fl := []float64{2.5, -1, 3.25, 0}
	sort.Sort(sort.Reverse(sort.Float64Slice(fl)))
	fmt.Println(fl)
}
