#!/usr/bin/env bash
# Search benchmark: a directory of generated organisations (SIRENE files from
# scripts/generate-registers.py, loaded by `essaim import sirene`, which publishes them), served by
# the real `essaim serve`. A fixed mix of queries (a broad word, two words, a facet alone, a
# department or commune filter, a rare name, no criteria) is sent sequentially, N times each, to
# /annuaire and to /api/v1/organisations; the bare FTS5 lookup
# `SELECT rowid FROM search_documents WHERE search_documents MATCH ? LIMIT 20` runs on the same
# database file in the same run (Python's sqlite3 module, bench/search_measure.py), and each p99 is
# given as a ratio of the bare lookup's. Last, the server's peak RSS (VmHWM) over the whole run.
#
#   bench/search.sh BINARY
#
# Environment: SEARCH_ROWS (1000000), SEARCH_REPETITIONS (100 per query and target),
# SEARCH_DATABASE (an SQLite file already imported by a previous run: skips generation and import,
# and is kept). Everything else happens in a temporary folder, removed on exit; 127.0.0.1 only.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 BINARY" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
binary=$(realpath "$1")
rows=${SEARCH_ROWS:-1000000}
repetitions=${SEARCH_REPETITIONS:-100}
start_timeout_seconds=300

if ! command -v python3 >/dev/null; then
  echo "bench: 'python3' not found (make setup installs it)." >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/essaim-search-bench.XXXXXX")
essaim_pid=""
stop_server() {
  if [[ -n "$essaim_pid" ]] && kill -0 "$essaim_pid" 2>/dev/null; then
    kill -TERM "$essaim_pid" 2>/dev/null || true
    wait "$essaim_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap stop_server EXIT
trap 'exit 130' INT TERM

now() { date +%s.%N; }
seconds_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

mkdir -p "$work/var"
if [[ -n "${SEARCH_DATABASE:-}" ]]; then
  database=$(realpath "$SEARCH_DATABASE")
  echo "search: reusing $database"
else
  database="$work/var/essaim.db"
  echo "search: generating $rows organisations…"
  start=$(now)
  python3 scripts/generate-registers.py --rows "$rows" --out "$work/data" --seed 1 2>/dev/null
  echo "search: generated in $(seconds_since "$start") s; importing…"
  start=$(now)
  ESSAIM_DATABASE_URL="sqlite:$database" ESSAIM_VAR_DIR="$work/var" ESSAIM_LOG_LEVEL=warn ESSAIM_DEMO=false \
    "$binary" migrate >/dev/null
  ESSAIM_DATABASE_URL="sqlite:$database" ESSAIM_VAR_DIR="$work/var" ESSAIM_LOG_LEVEL=warn ESSAIM_DEMO=false \
    "$binary" import sirene --unites-legales "$work/data/StockUniteLegale.csv" \
    --etablissements "$work/data/StockEtablissement.csv" --report "$work/report.csv" >"$work/import.out" 2>&1
  echo "search: imported in $(seconds_since "$start") s"
  # The import's own summary (its progress lines come before it).
  grep -E '^(Unités légales|Établissements) :' "$work/import.out" | sed 's/^/search:   /' || true
  rm -rf "$work/data"
fi

# The server: port 0, it says which one it took.
ESSAIM_DATABASE_URL="sqlite:$database" ESSAIM_VAR_DIR="$work/var" ESSAIM_LISTEN="127.0.0.1:0" \
  ESSAIM_LOG_LEVEL=warn ESSAIM_DEMO=false "$binary" serve >"$work/essaim.out" 2>"$work/essaim.err" &
essaim_pid=$!
for _ in $(seq 1 $((start_timeout_seconds * 10))); do
  if grep -qE 'écoute sur http://127\.0\.0\.1:[0-9]+/' "$work/essaim.out" 2>/dev/null; then break; fi
  if ! kill -0 "$essaim_pid" 2>/dev/null; then
    echo "bench: essaim stopped while starting:" >&2
    cat "$work/essaim.out" "$work/essaim.err" >&2
    exit 1
  fi
  sleep 0.1
done
port=$(grep -oE '127\.0\.0\.1:[0-9]+' "$work/essaim.out" | head -n 1 | cut -d: -f2)
if [[ -z "$port" ]]; then
  echo "bench: essaim did not start within $start_timeout_seconds s" >&2
  exit 1
fi
published=$(python3 -c 'import sqlite3, sys
print(sqlite3.connect(sys.argv[1]).execute("SELECT count(*) FROM organisations WHERE status = '"'publiee'"' AND ceased = 0").fetchone()[0])' "$database")
rss_start=$(awk '/^VmRSS:/ { print $2 }' "/proc/$essaim_pid/status")

echo
echo "search: $published published organisations, $(nproc) cores, SQLite"
python3 bench/search_measure.py --url "http://127.0.0.1:$port" --db "$database" --repetitions "$repetitions" &
measure_pid=$!
wait "$measure_pid"

peak=$(awk '/^VmHWM:/ { print $2 }' "/proc/$essaim_pid/status")
echo
echo "essaim serve: peak RSS (VmHWM) $((peak / 1024)) MiB; RSS once started $((rss_start / 1024)) MiB"
