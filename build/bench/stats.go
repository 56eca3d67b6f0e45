package main

import (
	"errors"
	"math"
	"sort"
)

// summary describes a set of timings: its size, extremes, median and upper percentiles.
type summary struct {
	n                int
	min, median, max float64
	p50, p95, p99    float64
	mean             float64
}

// summarize computes a summary of xs (milliseconds, typically). It refuses an empty set,
// and NaN or infinite values, which only a broken measurement produces.
func summarize(xs []float64) (summary, error) {
	if len(xs) == 0 {
		return summary{}, errors.New("no samples")
	}
	s := append([]float64(nil), xs...)
	sum := 0.0
	for _, x := range s {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return summary{}, errors.New("a sample is not a finite number")
		}
		sum += x
	}
	sort.Float64s(s)
	return summary{
		n:      len(s),
		min:    s[0],
		max:    s[len(s)-1],
		median: median(s),
		p50:    percentile(s, 50),
		p95:    percentile(s, 95),
		p99:    percentile(s, 99),
		mean:   sum / float64(len(s)),
	}, nil
}

// median of sorted values: the middle one, or the mean of the two middle ones.
func median(sorted []float64) float64 {
	n := len(sorted)
	if n%2 == 1 {
		return sorted[n/2]
	}
	return (sorted[n/2-1] + sorted[n/2]) / 2
}

// percentile returns the nearest-rank p-th percentile of sorted values: the smallest value
// with at least p% of the values at or below it. Unlike interpolating definitions it is
// always a value that was measured, so "p99 = 3.1 ms" means some keystroke took 3.1 ms.
func percentile(sorted []float64, p float64) float64 {
	n := len(sorted)
	rank := int(math.Ceil(p / 100 * float64(n)))
	rank = max(1, min(rank, n))
	return sorted[rank-1]
}
