// pkg_sort_algo.c - the sorting algorithms of Go 1.19's package sort,
// ported statement by statement from sort/zsortfunc.go so that the
// permutation of equal elements (and the sequence of Less/Swap calls a
// program may observe) is exactly Go's: pattern-defeating quicksort for
// sort.Sort / sort.Slice, insertion sort + SymMerge for the stable sorts.
//
// The data is reached only through RtLessSwap's callbacks, which may call
// back into Go code (and so panic: nothing here holds resources).
#include "pkg_internal.h"

enum { HINT_UNKNOWN, HINT_INCREASING, HINT_DECREASING };

static bool less(const RtLessSwap *d, int64_t i, int64_t j) { return d->less(d->ctx, i, j); }
static void swap(const RtLessSwap *d, int64_t i, int64_t j) { d->swap(d->ctx, i, j); }

int rt_bits_len(uint64_t x) {
    int n = 0;
    while (x) {
        n++;
        x >>= 1;
    }
    return n;
}

static void insertion_sort(const RtLessSwap *d, int64_t a, int64_t b) {
    for (int64_t i = a + 1; i < b; i++)
        for (int64_t j = i; j > a && less(d, j, j - 1); j--)
            swap(d, j, j - 1);
}

static void sift_down(const RtLessSwap *d, int64_t lo, int64_t hi, int64_t first) {
    int64_t root = lo;
    for (;;) {
        int64_t child = 2 * root + 1;
        if (child >= hi)
            break;
        if (child + 1 < hi && less(d, first + child, first + child + 1))
            child++;
        if (!less(d, first + root, first + child))
            return;
        swap(d, first + root, first + child);
        root = child;
    }
}

static void heap_sort(const RtLessSwap *d, int64_t a, int64_t b) {
    int64_t first = a, lo = 0, hi = b - a;
    for (int64_t i = (hi - 1) / 2; i >= 0; i--)
        sift_down(d, i, hi, first);
    for (int64_t i = hi - 1; i >= 0; i--) {
        swap(d, first, first + i);
        sift_down(d, lo, i, first);
    }
}

// partition: data[a:newpivot] < p <= data[newpivot+1:b], p at newpivot.
static int64_t partition(const RtLessSwap *d, int64_t a, int64_t b, int64_t pivot, bool *already) {
    swap(d, a, pivot);
    int64_t i = a + 1, j = b - 1;
    while (i <= j && less(d, i, a))
        i++;
    while (i <= j && !less(d, j, a))
        j--;
    if (i > j) {
        swap(d, j, a);
        *already = true;
        return j;
    }
    swap(d, i, j);
    i++;
    j--;
    for (;;) {
        while (i <= j && less(d, i, a))
            i++;
        while (i <= j && !less(d, j, a))
            j--;
        if (i > j)
            break;
        swap(d, i, j);
        i++;
        j--;
    }
    swap(d, j, a);
    *already = false;
    return j;
}

static int64_t partition_equal(const RtLessSwap *d, int64_t a, int64_t b, int64_t pivot) {
    swap(d, a, pivot);
    int64_t i = a + 1, j = b - 1;
    for (;;) {
        while (i <= j && !less(d, a, i))
            i++;
        while (i <= j && less(d, a, j))
            j--;
        if (i > j)
            break;
        swap(d, i, j);
        i++;
        j--;
    }
    return i;
}

static bool partial_insertion_sort(const RtLessSwap *d, int64_t a, int64_t b) {
    const int max_steps = 5, shortest_shifting = 50;
    int64_t i = a + 1;
    for (int step = 0; step < max_steps; step++) {
        while (i < b && !less(d, i, i - 1))
            i++;
        if (i == b)
            return true;
        if (b - a < shortest_shifting)
            return false;
        swap(d, i, i - 1);
        if (i - a >= 2) {
            for (int64_t j = i - 1; j >= 1; j--) {
                if (!less(d, j, j - 1))
                    break;
                swap(d, j, j - 1);
            }
        }
        if (b - i >= 2) {
            for (int64_t j = i + 1; j < b; j++) {
                if (!less(d, j, j - 1))
                    break;
                swap(d, j, j - 1);
            }
        }
    }
    return false;
}

static void break_patterns(const RtLessSwap *d, int64_t a, int64_t b) {
    int64_t length = b - a;
    if (length < 8)
        return;
    uint64_t random = (uint64_t)length;
    uint64_t modulus = (uint64_t)1 << rt_bits_len((uint64_t)length);
    for (int64_t idx = a + (length / 4) * 2 - 1; idx <= a + (length / 4) * 2 + 1; idx++) {
        random ^= random << 13;
        random ^= random >> 17;
        random ^= random << 5;
        int64_t other = (int64_t)(random & (modulus - 1));
        if (other >= length)
            other -= length;
        swap(d, idx, a + other);
    }
}

static void order2(const RtLessSwap *d, int64_t *a, int64_t *b, int *swaps) {
    if (less(d, *b, *a)) {
        ++*swaps;
        int64_t t = *a;
        *a = *b;
        *b = t;
    }
}

static int64_t median(const RtLessSwap *d, int64_t a, int64_t b, int64_t c, int *swaps) {
    order2(d, &a, &b, swaps);
    order2(d, &b, &c, swaps);
    order2(d, &a, &b, swaps);
    return b;
}

static int64_t choose_pivot(const RtLessSwap *d, int64_t a, int64_t b, int *hint) {
    const int64_t shortest_ninther = 50;
    const int max_swaps = 4 * 3;
    int64_t l = b - a;
    int swaps = 0;
    int64_t i = a + l / 4 * 1, j = a + l / 4 * 2, k = a + l / 4 * 3;
    if (l >= 8) {
        if (l >= shortest_ninther) {
            i = median(d, i - 1, i, i + 1, &swaps);
            j = median(d, j - 1, j, j + 1, &swaps);
            k = median(d, k - 1, k, k + 1, &swaps);
        }
        j = median(d, i, j, k, &swaps);
    }
    *hint = swaps == 0 ? HINT_INCREASING : swaps == max_swaps ? HINT_DECREASING : HINT_UNKNOWN;
    return j;
}

static void reverse_range(const RtLessSwap *d, int64_t a, int64_t b) {
    for (int64_t i = a, j = b - 1; i < j; i++, j--)
        swap(d, i, j);
}

void rt_pdqsort(const RtLessSwap *d, int64_t a, int64_t b, int limit) {
    const int64_t max_insertion = 12;
    bool was_balanced = true, was_partitioned = true;
    for (;;) {
        int64_t length = b - a;
        if (length <= max_insertion) {
            insertion_sort(d, a, b);
            return;
        }
        if (limit == 0) {
            heap_sort(d, a, b);
            return;
        }
        if (!was_balanced) {
            break_patterns(d, a, b);
            limit--;
        }
        int hint;
        int64_t pivot = choose_pivot(d, a, b, &hint);
        if (hint == HINT_DECREASING) {
            reverse_range(d, a, b);
            pivot = (b - 1) - (pivot - a);
            hint = HINT_INCREASING;
        }
        if (was_balanced && was_partitioned && hint == HINT_INCREASING && partial_insertion_sort(d, a, b))
            return;
        if (a > 0 && !less(d, a - 1, pivot)) {
            a = partition_equal(d, a, b, pivot);
            continue;
        }
        bool already;
        int64_t mid = partition(d, a, b, pivot, &already);
        was_partitioned = already;
        int64_t left = mid - a, right = b - mid, threshold = length / 8;
        if (left < right) {
            was_balanced = left >= threshold;
            rt_pdqsort(d, a, mid, limit);
            a = mid + 1;
        } else {
            was_balanced = right >= threshold;
            rt_pdqsort(d, mid + 1, b, limit);
            b = mid;
        }
    }
}

void rt_sort(const RtLessSwap *d, int64_t n) { rt_pdqsort(d, 0, n, rt_bits_len((uint64_t)n)); }

static void swap_range(const RtLessSwap *d, int64_t a, int64_t b, int64_t n) {
    for (int64_t i = 0; i < n; i++)
        swap(d, a + i, b + i);
}

static void rotate(const RtLessSwap *d, int64_t a, int64_t m, int64_t b) {
    int64_t i = m - a, j = b - m;
    while (i != j) {
        if (i > j) {
            swap_range(d, m - i, m, j);
            i -= j;
        } else {
            swap_range(d, m - i, m + j - i, i);
            j -= i;
        }
    }
    swap_range(d, m - i, m, i);
}

static void sym_merge(const RtLessSwap *d, int64_t a, int64_t m, int64_t b) {
    if (m - a == 1) {
        int64_t i = m, j = b;
        while (i < j) {
            int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
            if (less(d, h, a))
                i = h + 1;
            else
                j = h;
        }
        for (int64_t k = a; k < i - 1; k++)
            swap(d, k, k + 1);
        return;
    }
    if (b - m == 1) {
        int64_t i = a, j = m;
        while (i < j) {
            int64_t h = (int64_t)((uint64_t)(i + j) >> 1);
            if (!less(d, m, h))
                i = h + 1;
            else
                j = h;
        }
        for (int64_t k = m; k > i; k--)
            swap(d, k, k - 1);
        return;
    }
    int64_t mid = (int64_t)((uint64_t)(a + b) >> 1);
    int64_t n = mid + m, start, r;
    if (m > mid) {
        start = n - b;
        r = mid;
    } else {
        start = a;
        r = m;
    }
    int64_t p = n - 1;
    while (start < r) {
        int64_t c = (int64_t)((uint64_t)(start + r) >> 1);
        if (!less(d, p - c, c))
            start = c + 1;
        else
            r = c;
    }
    int64_t end = n - start;
    if (start < m && m < end)
        rotate(d, start, m, end);
    if (a < start && start < mid)
        sym_merge(d, a, start, mid);
    if (mid < end && end < b)
        sym_merge(d, mid, end, b);
}

void rt_stable_sort(const RtLessSwap *d, int64_t n) {
    int64_t block = 20, a = 0, b = block;
    while (b <= n) {
        insertion_sort(d, a, b);
        a = b;
        b += block;
    }
    insertion_sort(d, a, n);
    while (block < n) {
        a = 0;
        b = 2 * block;
        while (b <= n) {
            sym_merge(d, a, a + block, b);
            a = b;
            b += 2 * block;
        }
        int64_t m = a + block;
        if (m < n)
            sym_merge(d, a, m, n);
        block *= 2;
    }
}

bool rt_is_sorted(const RtLessSwap *d, int64_t n) {
    for (int64_t i = n - 1; i > 0; i--)
        if (less(d, i, i - 1))
            return false;
    return true;
}
