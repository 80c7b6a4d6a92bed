# practrack — two commands on a fresh machine:
#   make run    install missing Debian packages, build, scan this repository
#   make test   install missing Debian packages, build, run every test
BUILD ?= build
JOBS  ?= $(shell nproc)
CMAKE_FLAGS ?=
export CCACHE_BASEDIR := $(CURDIR)

.PHONY: all deps test-deps build run test bench clean format format-check

all: build

deps:
	@scripts/install-deps.sh

# The validators the tests run on practrack's SARIF output (npm registry).
test-deps:
	@scripts/install-test-deps.sh

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

# Only the tool: a first scan should not wait for the tests to compile.
run: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS) --target practrack
	$(BUILD)/practrack scan . --no-store

test: build test-deps
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

bench: build
	bench/scan_bench.sh $(BUILD)/practrack

format:
	clang-format -i $$(git ls-files 'src/*.cc' 'src/*.h' 'tests/*.cc' 'tests/*.h')

format-check:
	clang-format --dry-run -Werror $$(git ls-files 'src/*.cc' 'src/*.h' 'tests/*.cc' 'tests/*.h')

clean:
	rm -rf $(BUILD)
