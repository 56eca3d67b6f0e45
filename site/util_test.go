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

// eachCardJS is a JavaScript expression that opens every card matching sel
// in turn, as a learner would (a click on its header), calls fn (the text
// of a function of the card) while it is open, closes it again, and gives
// fn's results as JSON. Only an open card has a body (cards.ts).
func eachCardJS(sel, fn string) string {
	return `JSON.stringify([...document.querySelectorAll(` + jsString(sel) + `)].map((c) => {
	const h = c.querySelector(".card-head");
	h.click();
	const v = (` + fn + `)(c);
	if (c.classList.contains("is-selected")) h.click();
	return v;
}))`
}
