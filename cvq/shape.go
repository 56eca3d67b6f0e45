package cvq

// RequestParamNames lists the names of the parameters after the TrID that
// a dialect's CVQ has (or its CVR, with cvr), in wire order: six in
// MSNP2–3, seven in MSNP4–7, eight from MSNP8, a CVR's ninth (hop-blob)
// from MSNP21, and none in MSNP24+, where neither command exists. The
// page's dialect line shows it (the build puts it in the page metadata;
// the simulator itself uses requestShape).
func RequestParamNames(d Dialect, cvr bool) []string {
	n := requestShape(d, cvr)
	out := make([]string, n)
	for i := range out {
		out[i] = requestParams[i].Name
	}
	return out
}
