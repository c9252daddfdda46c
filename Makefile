# The two commands of the README: `make run` and `make test`. Everything else is a step of those.
BUILD_DIR ?= build
JOBS ?= $(shell nproc)
GENERATOR := $(shell command -v ninja >/dev/null 2>&1 && echo Ninja || echo "Unix Makefiles")
ESSAIM := $(BUILD_DIR)/essaim
CONFIG ?= config/essaim.example.toml
FUZZ_SECONDS ?= 300

.PHONY: setup configure build run test unit integration browser bench fuzz reliability security test-asan clean

setup:
	@scripts/setup.sh

$(BUILD_DIR)/CMakeCache.txt:
	cmake -S . -B $(BUILD_DIR) -G "$(GENERATOR)" -DCMAKE_BUILD_TYPE=RelWithDebInfo

configure: setup $(BUILD_DIR)/CMakeCache.txt

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

# Serves on http://127.0.0.1:8080 with SQLite at var/essaim.db and demo data.
run: build
	$(ESSAIM) --config $(CONFIG) migrate
	$(ESSAIM) --config $(CONFIG) seed-demo
	$(ESSAIM) --config $(CONFIG) serve

test: build
	cd $(BUILD_DIR) && ctest --output-on-failure --timeout 1200

unit: build
	cd $(BUILD_DIR) && ctest --output-on-failure -L unit

integration: build
	cd $(BUILD_DIR) && ctest --output-on-failure -L integration

browser: build
	cd $(BUILD_DIR) && ctest --output-on-failure -L browser

bench: build
	bench/run.sh $(ESSAIM)
	bench/search.sh $(ESSAIM)

# The release-length reliability and security suites (issue 5); `make test` runs their short versions.
reliability: build
	cd $(BUILD_DIR) && ESSAIM_TEST_LEVEL=long ctest --output-on-failure -L reliability --timeout 7200

security: build test-asan
	cd $(BUILD_DIR) && ESSAIM_TEST_LEVEL=long ctest --output-on-failure -L security --timeout 7200

# The unit, integration and security suites built and run with address and undefined-behaviour sanitizers.
ASAN_DIR ?= build-asan
test-asan: configure
	cmake -S . -B $(ASAN_DIR) -G "$(GENERATOR)" -DCMAKE_BUILD_TYPE=Debug -DESSAIM_SANITIZE=ON
	cmake --build $(ASAN_DIR) -j $(JOBS) --target essaim unit_tests integration_tests security_tests
	cd $(ASAN_DIR) && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
		ctest --output-on-failure -L "unit|integration|security" -E "sqlmap|fuzz" --timeout 3600

# Each libFuzzer target for FUZZ_SECONDS (make fuzz FUZZ_SECONDS=60).
fuzz:
	scripts/fuzz.sh $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD_DIR)
