package main

import "testing"

func TestPercentileNearestRank(t *testing.T) {
	// 1..100: the p-th percentile is p itself.
	var xs []float64
	for i := 100; i >= 1; i-- { // unsorted on purpose
		xs = append(xs, float64(i))
	}
	s, err := summarize(xs)
	if err != nil {
		t.Fatal(err)
	}
	if s.p50 != 50 || s.p95 != 95 || s.p99 != 99 || s.min != 1 || s.max != 100 || s.n != 100 {
		t.Errorf("summary of 1..100 = %+v", s)
	}
	if s.median != 50.5 || s.mean != 50.5 {
		t.Errorf("median %v, mean %v, want 50.5 both", s.median, s.mean)
	}
}

func TestPercentileSmallSets(t *testing.T) {
	cases := []struct {
		xs                 []float64
		p50, p95, p99, med float64
	}{
		{[]float64{7}, 7, 7, 7, 7},
		{[]float64{3, 1}, 1, 3, 3, 2},
		{[]float64{5, 1, 4, 2, 3, 7, 6}, 4, 7, 7, 4},
		// 300 samples: p95 is the 285th, p99 the 297th.
	}
	for _, c := range cases {
		s, err := summarize(c.xs)
		if err != nil {
			t.Fatal(err)
		}
		if s.p50 != c.p50 || s.p95 != c.p95 || s.p99 != c.p99 || s.median != c.med {
			t.Errorf("%v: p50 %v p95 %v p99 %v median %v, want %v %v %v %v", c.xs, s.p50, s.p95, s.p99, s.median, c.p50, c.p95, c.p99, c.med)
		}
	}
	var xs []float64
	for i := 1; i <= 300; i++ {
		xs = append(xs, float64(i))
	}
	s, _ := summarize(xs)
	if s.p95 != 285 || s.p99 != 297 {
		t.Errorf("300 samples: p95 %v p99 %v, want 285 and 297", s.p95, s.p99)
	}
}

func TestSummarizeRejectsBadInput(t *testing.T) {
	if _, err := summarize(nil); err == nil {
		t.Error("empty input accepted")
	}
	nan := 0.0
	nan = nan / nan
	if _, err := summarize([]float64{1, nan}); err == nil {
		t.Error("NaN accepted")
	}
}
