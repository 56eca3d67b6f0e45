# CVQ Playground. `make help` lists the targets.
SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := build

GO       ?= go
ADDR     ?= 127.0.0.1:8080
FUZZTIME ?= 20s
# make test fuzzes every target briefly: a smoke test, not a search.
TEST_FUZZTIME ?= 10s
# bench: the wasm-opt setting for both the playground and the floor (auto, on, off), and
# extra flags for build/bench (-explain attributes the module's brotli bytes, -loads N).
WASM_OPT   ?= auto
BENCHFLAGS ?=
# Two packages at a time: CI has two cores, and the browser tests start Chromium. The
# browser tests took over 10 minutes (go test's default timeout) on a loaded two-core
# machine; 45 minutes stays inside CI's 90 while not killing a slow but healthy run.
GOTESTFLAGS ?= -p 2 -timeout 45m

# Prints a banner, so each step of a long `make test` log is easy to find.
banner = printf '\n==== %s ====\n' "$(1)"

.PHONY: help build serve test bench fuzz clean single

help: ## list the targets
	@echo "make targets:"
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/^([a-z]+):.*## /  \1\t/' | expand -t 10
	@echo
	@echo "variables: ADDR=$(ADDR) (serve), FUZZTIME=$(FUZZTIME) (fuzz), GOTESTFLAGS=$(GOTESTFLAGS) TEST_FUZZTIME=$(TEST_FUZZTIME) (test),"
	@echo "           WASM_OPT=$(WASM_OPT) BENCHFLAGS=$(BENCHFLAGS) (bench)"

build: ## build the site into dist/ (go run ./build)
	$(GO) run ./build

# The single file is written last, so its path is the last word of the output.
single: build ## one self-contained HTML file that works opened from disk (path printed last)
	@$(GO) run ./build/single -dist dist

serve: ## build, serve dist/ on ADDR and rebuild on change
	$(GO) run ./build serve -addr $(ADDR)

# The browser tests in site/ load the dist/ that the step before them builds.
test: export CVQ_DIST := $(CURDIR)/dist
test: ## every check and test: format, vet, type check, native, browser and js/wasm tests
	@$(call banner,browser: find or install Chrome/Chromium)
	.ci/ensure-chromium
	@$(call banner,gofmt -l)
	@files=$$(find . -name '*.go' -not -path '*/testdata/*' -not -path './dist/*' -not -path './.*'); \
	unformatted=$$(gofmt -l $$files); \
	if [[ -n "$$unformatted" ]]; then echo "gofmt would change:"; echo "$$unformatted"; exit 1; fi; \
	echo "$$(wc -w <<<"$$files") files formatted"
	@$(call banner,go vet ./...)
	$(GO) vet ./...
	@$(call banner,go vet ./wasm/... for js/wasm)
	GOOS=js GOARCH=wasm $(GO) vet ./wasm/...
	@$(call banner,node and npm: find or install (tsc and the js/wasm tests run on them))
	@command -v node >/dev/null && command -v npm >/dev/null || { \
		echo "node or npm not found: installing Debian's nodejs and npm with apt-get"; \
		sudo=; [[ $$(id -u) -eq 0 ]] || sudo="sudo -n"; \
		$$sudo apt-get update; \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y nodejs npm; }
	@$(call banner,tsc --noEmit: the page's TypeScript in strict mode (esbuild does not check types))
	@# npm ci only when the lock file changed since the last install: tests then run offline.
	@if cmp -s site/package-lock.json site/node_modules/.cvq-installed-lock.json && [[ -x site/node_modules/.bin/tsc ]]; then \
		echo "site/node_modules matches site/package-lock.json: npm ci skipped"; \
	else \
		npm ci --prefix site --no-audit --no-fund; \
		cp site/package-lock.json site/node_modules/.cvq-installed-lock.json; \
	fi
	site/node_modules/.bin/tsc --noEmit -p site
	@$(call banner,go run ./build: dist/ for the browser tests)
	$(GO) run ./build
	@$(call banner,go test ./... (native and browser tests))
	$(GO) test $(GOTESTFLAGS) ./...
	@$(call banner,go test ./wasm/... under Node (js/wasm))
	GOOS=js GOARCH=wasm $(GO) test -exec="$$($(GO) env GOROOT)/lib/wasm/go_js_wasm_exec" ./wasm/...
	@$(call banner,fuzz: every fuzz target for $(TEST_FUZZTIME) (make fuzz runs them longer))
	FUZZTIME=$(TEST_FUZZTIME) GO=$(GO) .ci/fuzz
	@$(call banner,all tests passed)

# One run, one report: size, load, typing and codec figures beside floors built and measured
# in the same run, with a verdict per budget (build/bench). Missed budgets are reported, not
# failed; the exit status is non-zero only when something could not be measured.
bench: ## size, load, typing and codec budgets against their floors (bench-out/bench.md)
	@$(call banner,bench: find or install wasm-opt and Chrome/Chromium)
	@[[ "$(WASM_OPT)" == off ]] || command -v wasm-opt >/dev/null || { \
		echo "wasm-opt not found: installing Debian's binaryen with apt-get (the build and the floor go through it)"; \
		sudo=; [[ $$(id -u) -eq 0 ]] || sudo="sudo -n"; \
		$$sudo apt-get update; \
		$$sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y binaryen; }
	.ci/ensure-chromium
	@$(call banner,bench: go run ./build/bench -wasm-opt $(WASM_OPT) $(BENCHFLAGS))
	$(GO) run ./build/bench -out bench-out -wasm-opt $(WASM_OPT) $(BENCHFLAGS)

fuzz: ## run every fuzz target of every package for FUZZTIME, one after another
	FUZZTIME=$(FUZZTIME) GO=$(GO) .ci/fuzz

clean: ## remove dist/, the build's leftovers and bench output (not the Go caches)
	rm -rf dist bench-out .dist-build-* .dist-old-*
