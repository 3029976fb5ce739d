// heap_pq implements a binary min-heap priority queue by hand and uses it
// to schedule tasks by priority, then to merge sorted lists.
package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Task struct {
	Name     string
	Priority int
	seq      int
}

type PQ struct {
	items []Task
	next  int
}

func (q *PQ) less(i, j int) bool {
	a, b := q.items[i], q.items[j]
	if a.Priority != b.Priority {
		return a.Priority < b.Priority
	}
	return a.seq < b.seq
}

func (q *PQ) Push(name string, prio int) {
	q.items = append(q.items, Task{name, prio, q.next})
	q.next++
	i := len(q.items) - 1
	for i > 0 {
		parent := (i - 1) / 2
		if !q.less(i, parent) {
			break
		}
		q.items[i], q.items[parent] = q.items[parent], q.items[i]
		i = parent
	}
}

func (q *PQ) Pop() (Task, bool) {
	if len(q.items) == 0 {
		return Task{}, false
	}
	top := q.items[0]
	last := len(q.items) - 1
	q.items[0] = q.items[last]
	q.items = q.items[:last]
	i := 0
	for {
		l, r, m := 2*i+1, 2*i+2, i
		if l < len(q.items) && q.less(l, m) {
			m = l
		}
		if r < len(q.items) && q.less(r, m) {
			m = r
		}
		if m == i {
			break
		}
		q.items[i], q.items[m] = q.items[m], q.items[i]
		i = m
	}
	return top, true
}

func (q *PQ) Len() int { return len(q.items) }

func mergeSorted(lists [][]int) []int {
	var q PQ
	pos := make([]int, len(lists))
	for i, l := range lists {
		if len(l) > 0 {
			q.Push(fmt.Sprint(i), l[0])
		}
	}
	var out []int
	for q.Len() > 0 {
		t, _ := q.Pop()
		li, _ := strconv.Atoi(t.Name)
		out = append(out, t.Priority)
		pos[li]++
		if pos[li] < len(lists[li]) {
			q.Push(t.Name, lists[li][pos[li]])
		}
	}
	return out
}

func main() {
	var q PQ
	jobs := "backup:3 email:1 compile:2 deploy:3 lint:2 coffee:0 review:1"
	for _, j := range strings.Fields(jobs) {
		parts := strings.SplitN(j, ":", 2)
		q.Push(parts[0], int(parts[1][0]-'0'))
	}
	fmt.Println("queued:", q.Len())
	for step := 1; ; step++ {
		t, ok := q.Pop()
		if !ok {
			break
		}
		fmt.Printf("step %d: %-8s (prio %d, seq %d)\n", step, t.Name, t.Priority, t.seq)
	}
	_, ok := q.Pop()
	fmt.Println("empty pop ok:", ok)
	fmt.Println(mergeSorted([][]int{{1, 4, 9}, {2, 3, 10, 11}, {}, {0, 5}}))
}
