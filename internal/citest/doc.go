// Package citest checks what a newcomer and CI run besides the Go packages:
// the scripts in .ci/ (on small throwaway modules, so their failure paths
// are tested without breaking the repository) and the README's commands and
// code, which must run as written.
package citest
