#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of tests/fuzz/ (one per parser of outside input).
#   scripts/fuzz.sh [SECONDS] [TARGET…]
# SECONDS (default 300) is the time given to each target; TARGET is a name such as `cookie_header`
# for tests/fuzz/cookie_header_fuzz.cpp (default: all of them). Each target lists the few .cpp files
# it needs on a `// fuzz-sources:` line (and system libraries on a `// fuzz-libraries:` line), so it
# builds in seconds without the whole platform.
# Everything is written under build-fuzz/: binaries, a working copy of each seed corpus (which grows
# across runs while tests/fuzz/corpus/ stays as committed), logs and crash artifacts.
# Exits non-zero when any target fails to build, crashes, leaks, times out or breaks an invariant.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 2

seconds=${1:-300}
[[ $# -gt 0 ]] && shift
if ! [[ $seconds =~ ^[0-9]+$ ]] || ((seconds < 1)); then
  echo "usage: scripts/fuzz.sh [SECONDS] [TARGET…]  (SECONDS is a whole number ≥ 1)" >&2
  exit 2
fi

compiler=${FUZZ_CXX:-clang++-14}
if ! command -v "$compiler" >/dev/null 2>&1; then
  echo "fuzz: $compiler not found; scripts/setup.sh installs clang-14 and libclang-rt-14-dev" >&2
  exit 2
fi
# shellcheck disable=SC2054  # the commas belong to one flag
flags=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
  -Wall -Wextra -Isrc -Itests/fuzz)

out=build-fuzz
mkdir -p "$out/bin" "$out/obj" "$out/corpus" "$out/logs" "$out/artifacts"

if [[ $# -gt 0 ]]; then
  targets=("$@")
else
  targets=()
  for file in tests/fuzz/*_fuzz.cpp; do
    name=${file##*/}
    targets+=("${name%_fuzz.cpp}")
  done
fi

# An object is rebuilt when it is missing, or older than this script (flags) or than its source
# or a project header it includes (from the compiler's dependency file).
object_stale() {
  local object=$1 dependencies=${1%.o}.d dependency
  [[ -f $object && -f $dependencies && ! scripts/fuzz.sh -nt $object ]] || return 0
  # shellcheck disable=SC2013  # a dependency file lists paths separated by spaces and line breaks
  for dependency in $(sed -e 's/^[^:]*://' -e 's/\\$//' "$dependencies"); do
    [[ -f $dependency && ! $dependency -nt $object ]] || return 0
  done
  return 1
}

# Compiles each file once into build-fuzz/obj (shared between targets), then links the target.
build_target() {
  local binary=$1 build_log=$2 file object relink=0
  shift 2
  local objects=()
  : >"$build_log"
  for file in "$@"; do
    object=$out/obj/${file%.cpp}.o
    objects+=("$object")
    if object_stale "$object"; then
      mkdir -p "$(dirname "$object")"
      "$compiler" "${flags[@]}" -MMD -c "$file" -o "$object" >>"$build_log" 2>&1 || return 1
      relink=1
    elif [[ $object -nt $binary ]]; then
      relink=1
    fi
  done
  if [[ $relink -eq 1 || ! -x $binary ]]; then
    "$compiler" "${flags[@]}" "${objects[@]}" "${libraries[@]}" -o "$binary" >>"$build_log" 2>&1 || return 1
  fi
}

# The last value libFuzzer printed for a status field such as `cov:` or `corp:`.
last_stat() {
  grep -o "$1 [0-9]*" "$2" | tail -n 1 | grep -o '[0-9]*$' || echo "?"
}

failure_kind() {
  local log=$1
  if grep -q 'fuzz invariant broken' "$log"; then echo "invariant broken"
  elif grep -q 'ERROR: libFuzzer: timeout' "$log"; then echo "timeout"
  elif grep -q 'ERROR: LeakSanitizer' "$log"; then echo "leak"
  elif grep -q 'ERROR: libFuzzer: out-of-memory' "$log"; then echo "out of memory"
  elif grep -q 'runtime error:' "$log"; then echo "undefined behaviour"
  elif grep -q 'ERROR: AddressSanitizer' "$log"; then echo "memory error"
  else echo "crash"
  fi
}

passed=0
failed=0
for name in "${targets[@]}"; do
  source=tests/fuzz/${name}_fuzz.cpp
  binary=$out/bin/${name}_fuzz
  log=$out/logs/$name.log
  if [[ ! -f $source ]]; then
    printf 'fuzz %-16s FAILED: no %s\n' "$name" "$source"
    failed=$((failed + 1))
    continue
  fi
  read -r -a sources <<<"$(sed -n 's#^// fuzz-sources:##p' "$source" | head -n 1)"
  # System libraries a target links (`// fuzz-libraries: -lctemplate`), built without sanitizers.
  read -r -a libraries <<<"$(sed -n 's#^// fuzz-libraries:##p' "$source" | head -n 1)"
  if ! build_target "$binary" "$out/logs/$name.build.log" "$source" "${sources[@]}"; then
    printf 'fuzz %-16s FAILED: build error (see %s)\n' "$name" "$out/logs/$name.build.log"
    tail -n 20 "$out/logs/$name.build.log" >&2
    failed=$((failed + 1))
    continue
  fi

  corpus=$out/corpus/$name
  artifacts=$out/artifacts/$name
  mkdir -p "$corpus" "$artifacts"
  if [[ -d tests/fuzz/corpus/$name ]]; then
    cp -f tests/fuzz/corpus/"$name"/* "$corpus"/ 2>/dev/null
  fi

  "$binary" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$corpus" >"$log" 2>&1
  status=$?

  runs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || true)
  [[ -z $runs ]] && runs=$(grep -o '^#[0-9]*' "$log" | tail -n 1 | tr -d '#')
  summary="runs ${runs:-?}, cov $(last_stat cov: "$log"), ft $(last_stat ft: "$log"), corpus $(last_stat corp: "$log")"
  if [[ $status -eq 0 ]]; then
    printf 'fuzz %-16s ok      %s, %ss\n' "$name" "$summary" "$seconds"
    passed=$((passed + 1))
  else
    artifact=$(grep -o 'Test unit written to [^ ]*' "$log" | tail -n 1 | sed 's/Test unit written to //')
    printf 'fuzz %-16s FAILED: %s, %s, input %s, log %s\n' "$name" "$(failure_kind "$log")" "$summary" \
      "${artifact:-none}" "$log"
    grep -m 5 -E 'fuzz invariant broken|ERROR:|runtime error:|SUMMARY:' "$log" >&2
    failed=$((failed + 1))
  fi
done

echo "fuzz: $passed passed, $failed failed"
[[ $failed -eq 0 ]]
