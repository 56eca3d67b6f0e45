package main

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
)

// wasmFunc is one function body of a WebAssembly module.
type wasmFunc struct {
	name string // from the "name" custom section; "func[N]" when it has none
	size int    // bytes of its body in the code section
}

// wasmLayout is what a module spends its bytes on.
type wasmLayout struct {
	funcs    []wasmFunc
	sections map[string]int // bytes per section: "code", "data", "custom:name", ...
}

var sectionNames = map[byte]string{
	1: "type", 2: "import", 3: "function", 4: "table", 5: "memory", 6: "global",
	7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "datacount", 13: "tag",
}

// parseWasm reads the section sizes, the function bodies and their names from a module.
// The Go toolchain can only list symbols of native binaries (go tool nm rejects wasm), so
// this reads the module itself; it needs a build without -s for the names. It never
// panics on malformed input: every read is bounds-checked.
func parseWasm(mod []byte) (wasmLayout, error) {
	if len(mod) < 8 || !bytes.Equal(mod[:4], []byte("\x00asm")) {
		return wasmLayout{}, errors.New("not a WebAssembly module")
	}
	l := wasmLayout{sections: map[string]int{}}
	r := &wasmReader{b: mod, off: 8}
	importedFuncs := 0
	var bodies []int
	names := map[int]string{}
	for r.off < len(r.b) {
		id, err := r.byte()
		if err != nil {
			return wasmLayout{}, err
		}
		size, err := r.u32()
		if err != nil {
			return wasmLayout{}, err
		}
		content, err := r.bytes(int(size))
		if err != nil {
			return wasmLayout{}, fmt.Errorf("section %d: %v", id, err)
		}
		s := &wasmReader{b: content}
		name := sectionNames[id]
		switch id {
		case 0:
			custom, err := s.name()
			if err != nil {
				return wasmLayout{}, err
			}
			name = "custom:" + custom
			if custom == "name" {
				if err := readFuncNames(s, names); err != nil {
					return wasmLayout{}, fmt.Errorf("name section: %v", err)
				}
			}
		case 2:
			if importedFuncs, err = countFuncImports(s); err != nil {
				return wasmLayout{}, fmt.Errorf("import section: %v", err)
			}
		case 10:
			if bodies, err = readBodies(s); err != nil {
				return wasmLayout{}, fmt.Errorf("code section: %v", err)
			}
		}
		if name == "" {
			name = fmt.Sprintf("section %d", id)
		}
		l.sections[name] += len(content)
	}
	for i, size := range bodies {
		n, ok := names[importedFuncs+i]
		if !ok {
			n = fmt.Sprintf("func[%d]", importedFuncs+i)
		}
		l.funcs = append(l.funcs, wasmFunc{name: n, size: size})
	}
	return l, nil
}

func countFuncImports(s *wasmReader) (int, error) {
	n, err := s.u32()
	if err != nil {
		return 0, err
	}
	funcs := 0
	for range n {
		if _, err := s.name(); err != nil {
			return 0, err
		}
		if _, err := s.name(); err != nil {
			return 0, err
		}
		kind, err := s.byte()
		if err != nil {
			return 0, err
		}
		switch kind {
		case 0: // function: type index
			funcs++
			_, err = s.u32()
		case 1: // table: element type, limits
			if _, err = s.byte(); err == nil {
				err = s.limits()
			}
		case 2: // memory: limits
			err = s.limits()
		case 3: // global: value type, mutability
			if _, err = s.byte(); err == nil {
				_, err = s.byte()
			}
		case 4: // tag: attribute, type index
			if _, err = s.byte(); err == nil {
				_, err = s.u32()
			}
		default:
			return 0, fmt.Errorf("unknown import kind %d", kind)
		}
		if err != nil {
			return 0, err
		}
	}
	return funcs, nil
}

func readBodies(s *wasmReader) ([]int, error) {
	n, err := s.u32()
	if err != nil {
		return nil, err
	}
	var sizes []int
	for range n {
		size, err := s.u32()
		if err != nil {
			return nil, err
		}
		if _, err := s.bytes(int(size)); err != nil {
			return nil, err
		}
		sizes = append(sizes, int(size))
	}
	return sizes, nil
}

// readFuncNames reads subsection 1 (function names) of a "name" section.
func readFuncNames(s *wasmReader, names map[int]string) error {
	for s.off < len(s.b) {
		id, err := s.byte()
		if err != nil {
			return err
		}
		size, err := s.u32()
		if err != nil {
			return err
		}
		sub, err := s.bytes(int(size))
		if err != nil {
			return err
		}
		if id != 1 {
			continue
		}
		r := &wasmReader{b: sub}
		n, err := r.u32()
		if err != nil {
			return err
		}
		for range n {
			idx, err := r.u32()
			if err != nil {
				return err
			}
			name, err := r.name()
			if err != nil {
				return err
			}
			names[int(idx)] = name
		}
	}
	return nil
}

// wasmReader reads the module's encodings: bytes, unsigned LEB128 and length-prefixed
// names.
type wasmReader struct {
	b   []byte
	off int
}

var errTruncated = errors.New("truncated module")

func (r *wasmReader) byte() (byte, error) {
	if r.off >= len(r.b) {
		return 0, errTruncated
	}
	r.off++
	return r.b[r.off-1], nil
}

// u32 reads an unsigned LEB128 number of at most five bytes (limits of 64-bit memories
// use up to ten; limits reads those through u64).
func (r *wasmReader) u32() (uint32, error) {
	v, err := r.leb(5)
	return uint32(v), err
}

func (r *wasmReader) leb(maxBytes int) (uint64, error) {
	var v uint64
	for i := 0; i < maxBytes; i++ {
		c, err := r.byte()
		if err != nil {
			return 0, err
		}
		v |= uint64(c&0x7f) << (7 * i)
		if c&0x80 == 0 {
			return v, nil
		}
	}
	return 0, errors.New("LEB128 number too long")
}

func (r *wasmReader) bytes(n int) ([]byte, error) {
	if n < 0 || n > len(r.b)-r.off {
		return nil, errTruncated
	}
	r.off += n
	return r.b[r.off-n : r.off], nil
}

func (r *wasmReader) name() (string, error) {
	n, err := r.u32()
	if err != nil {
		return "", err
	}
	b, err := r.bytes(int(n))
	return string(b), err
}

func (r *wasmReader) limits() error {
	flags, err := r.byte()
	if err != nil {
		return err
	}
	if _, err := r.leb(10); err != nil {
		return err
	}
	if flags&1 != 0 {
		_, err = r.leb(10)
	}
	return err
}

// goPackage returns the package of a Go symbol name: "fmt.(*pp).doPrintf" → "fmt",
// "github.com/hack-pad/safejs.Value.Get" → "github.com/hack-pad/safejs". Type parameters
// in brackets may hold other packages' paths and are skipped. Compiler-generated symbols
// ("type:.eq.T", "go:buildid") group under their prefix.
func goPackage(sym string) string {
	s := sym
	if i := strings.IndexByte(s, '['); i >= 0 {
		s = s[:i]
	}
	if i := strings.IndexByte(s, ':'); i >= 0 && !strings.Contains(s[:i], "/") {
		return s[:i+1]
	}
	start := strings.LastIndexByte(s, '/') + 1
	if i := strings.IndexByte(s[start:], '.'); i >= 0 {
		return s[:start+i]
	}
	return s
}

// The wasm linker writes each name with every character other than letters, digits, _
// and . replaced by _ (cmd/link/internal/wasm: nameRegexp), so the name section says
// "github.com_cvq_playground_cvq_playground_cvq.__sim_.check" for
// "github.com/cvq-playground/cvq-playground/cvq.(*sim).check". A package path cannot be
// recovered from that alone, but matched against the paths go list reports it can.
var wasmNameMangle = regexp.MustCompile(`[^\w.]`)

// symbolNamer maps the linker's mangled function names back to package paths.
type symbolNamer struct {
	mangled []string          // mangled package paths, longest first
	real    map[string]string // mangled → real
}

func newSymbolNamer(pkgs []string) symbolNamer {
	n := symbolNamer{real: map[string]string{}}
	for _, p := range append([]string{"main"}, pkgs...) {
		m := wasmNameMangle.ReplaceAllString(p, "_")
		if _, dup := n.real[m]; !dup {
			n.real[m] = p
			n.mangled = append(n.mangled, m)
		}
	}
	sort.Slice(n.mangled, func(i, j int) bool { return len(n.mangled[i]) > len(n.mangled[j]) })
	return n
}

// split returns the package of a name from the module and the rest of the name, with
// the package path restored. Names that match no known package fall back to goPackage
// (the linker's own symbols: "type_.eq…" and the like).
func (n symbolNamer) split(sym string) (pkg, rest string) {
	for _, m := range n.mangled {
		if strings.HasPrefix(sym, m+".") {
			return n.real[m], sym[len(m):]
		}
	}
	p := goPackage(sym)
	return p, sym[len(p):]
}

// pointerRecv matches a mangled pointer receiver, "__sim_." for "(*sim).".
var pointerRecv = regexp.MustCompile(`\.__(\w+?)_\.`)

// pretty restores what it can of a mangled name: the package path and pointer receivers.
func (n symbolNamer) pretty(sym string) string {
	pkg, rest := n.split(sym)
	return pkg + pointerRecv.ReplaceAllString(rest, ".(*$1).")
}

// pkgSize is the code bytes of one package.
type pkgSize struct {
	pkg   string
	bytes int
	funcs int
}

// codeByPackage sums function body sizes per package, largest first.
func codeByPackage(funcs []wasmFunc, n symbolNamer) []pkgSize {
	m := map[string]*pkgSize{}
	for _, f := range funcs {
		p, _ := n.split(f.name)
		if m[p] == nil {
			m[p] = &pkgSize{pkg: p}
		}
		m[p].bytes += f.size
		m[p].funcs++
	}
	out := make([]pkgSize, 0, len(m))
	for _, p := range m {
		out = append(out, *p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].bytes != out[j].bytes {
			return out[i].bytes > out[j].bytes
		}
		return out[i].pkg < out[j].pkg
	})
	return out
}

// largestFuncs returns the n largest function bodies, largest first.
func largestFuncs(funcs []wasmFunc, n int) []wasmFunc {
	s := append([]wasmFunc(nil), funcs...)
	sort.SliceStable(s, func(i, j int) bool { return s[i].size > s[j].size })
	return s[:min(n, len(s))]
}
