package main

import (
	"container/heap"
	"container/list"
	"fmt"
	"math/bits"
	"sync"
	"sync/atomic"
)

// Pointer receivers throughout: gosub's evaluator cannot yet call a value
// method of a slice type through a pointer (a separate bug).
type IntHeap struct{ a []int }

func (h *IntHeap) Len() int           { return len(h.a) }
func (h *IntHeap) Less(i, j int) bool { return h.a[i] < h.a[j] }
func (h *IntHeap) Swap(i, j int)      { h.a[i], h.a[j] = h.a[j], h.a[i] }
func (h *IntHeap) Push(x any)         { h.a = append(h.a, x.(int)) }
func (h *IntHeap) Pop() any {
	n := len(h.a)
	x := h.a[n-1]
	h.a = h.a[0 : n-1]
	return x
}

type Item struct {
	name  string
	prio  int
	index int
}
type PQ []*Item

func (pq *PQ) Len() int           { return len(*pq) }
func (pq *PQ) Less(i, j int) bool { return (*pq)[i].prio > (*pq)[j].prio }
func (pq *PQ) Swap(i, j int) {
	(*pq)[i], (*pq)[j] = (*pq)[j], (*pq)[i]
	(*pq)[i].index = i
	(*pq)[j].index = j
}
func (pq *PQ) Push(x any)         { it := x.(*Item); it.index = len(*pq); *pq = append(*pq, it) }
func (pq *PQ) Pop() any           { old := *pq; n := len(old); it := old[n-1]; *pq = old[:n-1]; return it }

func main() {
	h := &IntHeap{[]int{5, 2, 8}}
	heap.Init(h)
	heap.Push(h, 3)
	fmt.Println(h.a[0], h.a)
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h), " ")
	}
	fmt.Println()
	pq := PQ{}
	for i, n := range []string{"a", "b", "c", "d"} {
		heap.Push(&pq, &Item{name: n, prio: (i * 7) % 5})
	}
	pq[2].prio = 10
	heap.Fix(&pq, 2)
	it := heap.Remove(&pq, 1).(*Item)
	fmt.Println(it.name, it.prio)
	for pq.Len() > 0 {
		x := heap.Pop(&pq).(*Item)
		fmt.Print(x.name, ":", x.prio, " ")
	}
	fmt.Println()

	l := list.New()
	e4 := l.PushBack(4)
	e1 := l.PushFront(1)
	l.InsertBefore(3, e4)
	l.InsertAfter(2, e1)
	for e := l.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(l.Len())
	l.MoveToBack(e1)
	l.MoveToFront(e4)
	l.MoveAfter(e4, e1)
	fmt.Println(l.Remove(e1), l.Len(), l.Front().Value, l.Back().Value)
	for e := l.Back(); e != nil; e = e.Prev() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println()
	var zl list.List
	zl.PushBack("x")
	zl.PushBackList(l)
	zl.PushFrontList(l)
	for e := zl.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(zl.Len(), l.Remove(zl.Front()), zl.Len())

	fmt.Println(bits.LeadingZeros64(1), bits.LeadingZeros8(1), bits.LeadingZeros16(0), bits.LeadingZeros32(255), bits.LeadingZeros(0))
	fmt.Println(bits.TrailingZeros(8), bits.TrailingZeros8(0), bits.TrailingZeros16(0x100), bits.TrailingZeros32(0), bits.TrailingZeros64(0))
	fmt.Println(bits.OnesCount(255), bits.OnesCount8(0xff), bits.OnesCount16(0xffff), bits.OnesCount32(7), bits.OnesCount64(1<<63))
	fmt.Println(bits.RotateLeft8(0x81, 1), bits.RotateLeft16(1, -1), bits.RotateLeft32(1, 33), bits.RotateLeft64(3, -2), bits.RotateLeft(1, 65))
	fmt.Println(bits.Reverse8(1), bits.Reverse16(1), bits.Reverse32(1), bits.Reverse64(1), bits.Reverse(6))
	fmt.Println(bits.ReverseBytes16(0x1234), bits.ReverseBytes32(0x12345678), bits.ReverseBytes64(0x0102030405060708), bits.ReverseBytes(1))
	fmt.Println(bits.Len(0), bits.Len8(255), bits.Len16(256), bits.Len32(1<<31), bits.Len64(1<<63), bits.UintSize)
	s, c := bits.Add64(1<<63, 1<<63, 1)
	fmt.Println(s, c)
	s32, c32 := bits.Add32(1<<31, 1<<31, 0)
	fmt.Println(s32, c32)
	d, b := bits.Sub64(0, 1, 0)
	fmt.Println(d, b)
	d32, b32 := bits.Sub32(5, 3, 1)
	fmt.Println(d32, b32)
	hi, lo := bits.Mul64(1<<63, 4)
	fmt.Println(hi, lo)
	h32, l32 := bits.Mul32(1<<31, 6)
	fmt.Println(h32, l32)
	q, r := bits.Div64(1, 5, 7)
	fmt.Println(q, r, bits.Rem64(9, 5, 7), bits.Rem32(9, 5, 7))
	q32, r32 := bits.Div32(1, 0, 3)
	fmt.Println(q32, r32)

	var cnt int64
	var u32 uint32
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			atomic.AddInt64(&cnt, 2)
			atomic.AddUint32(&u32, ^uint32(0))
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&cnt), u32)
	ok := atomic.CompareAndSwapInt64(&cnt, 100, 1)
	fmt.Println(ok, cnt)
	old := atomic.SwapUint32(&u32, 9)
	fmt.Println(old, u32, atomic.LoadUint32(&u32))
	atomic.StoreInt64(&cnt, -3)
	fmt.Println(cnt)
	var ai atomic.Int64
	ai.Add(5)
	ai.Store(ai.Load() * 2)
	fmt.Println(ai.Load(), ai.Swap(1), ai.CompareAndSwap(1, 7), ai.Load())
	var ab atomic.Bool
	fmt.Println(ab.Load(), ab.Swap(true), ab.Load(), ab.CompareAndSwap(false, true))
	var a32 atomic.Int32
	a32.Add(-4)
	var au atomic.Uint64
	au.Add(3)
	fmt.Println(a32.Load(), au.Load())
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("hello")
	fmt.Println(v.Load(), v.Swap("bye"), v.CompareAndSwap("bye", "again"), v.Load())
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(42)
	}()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(nil)
	}()
	bits.Div64(5, 1, 5)
}
