// Package citest tests the scripts in .ci/ that `make test` and CI run, on
// small throwaway modules, so their failure paths are checked without
// breaking the repository itself.
package citest
