package site_test

import (
	"encoding/json"
	"strconv"
)

func jsonUnmarshal(s string, v any) error { return json.Unmarshal([]byte(s), v) }

// atoi reads a data-start/data-end value; -1 marks a missing or bad one.
func atoi(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}

func jsonMarshal(v any) (string, error) {
	b, err := json.Marshal(v)
	return string(b), err
}
