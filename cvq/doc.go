// Package cvq is the protocol knowledge of CVQ Playground: a codec for the
// MSN Messenger client-version handshake (VER, CVR0, CVQ and its twin CVR)
// and a simulated Dispatch Server that answers it.
//
// Everything the playground shows comes from here: the tokens of a line with
// their byte ranges, the meaning of each parameter in the chosen protocol
// dialect, diagnostics a learner needs, the reply a server profile would
// send, and what the client does next. The package is pure Go with no
// syscall/js, so any Go program (a revival server, a test suite, the
// command-line tool in cmd/cvq) can import it.
//
// The package deliberately avoids fmt, encoding/json, regexp and reflect: it
// is compiled to WebAssembly for the page, where each of those would cost
// hundreds of kilobytes.
package cvq
