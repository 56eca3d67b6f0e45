package main

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
)

// codecBenchArgs is the command of the issue, verbatim, so anyone can rerun it alone.
var codecBenchArgs = []string{"test", "-run", "^$", "-bench", "Simulate|Floor|Transcript", "-benchmem", "./cvq/"}

// runCodecBench runs the codec benchmarks and pairs each with its floor.
func runCodecBench(ctx context.Context, root string) ([]codecPair, error) {
	cmd := exec.CommandContext(ctx, "go", codecBenchArgs...)
	cmd.Dir = root
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	rs, perr := parseBench(out.String())
	if err != nil || perr != nil {
		return nil, fmt.Errorf("go test -bench: %v %v\n%s", err, perr, lastLines(out.String(), 15))
	}
	return pairCodec(rs)
}
