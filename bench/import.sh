#!/usr/bin/env bash
# Import benchmark: `essaim import sirene` of a generated StockUniteLegale file into a fresh SQLite
# database, against the sqlite3 command-line tool's `.import --csv` of the same file into a bare
# table, in the same run. Prints rows/s for both and their ratio (essaim ÷ sqlite3).
#
#   bench/import.sh BINARY
#
# Environment: IMPORT_ROWS (1000000), IMPORT_BATCH (rows per transaction, the command's default
# 5000; the import writes each batch's search documents in one statement, so larger batches mean
# fewer, larger full-text segments). Everything happens in a temporary folder, removed on exit.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 BINARY" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
binary=$(realpath "$1")
rows=${IMPORT_ROWS:-1000000}
batch=${IMPORT_BATCH:-5000}

for tool in sqlite3 python3; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench: '$tool' not found (make setup installs it)." >&2
    exit 1
  fi
done

work=$(mktemp -d "${TMPDIR:-/tmp}/essaim-import-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

now() { date +%s.%N; }
rate() { awk -v n="$1" -v s="$2" 'BEGIN { if (s > 0) printf "%.0f", n / s; else print "-" }'; }

echo "import: generating $rows rows…"
python3 scripts/generate-registers.py --rows "$rows" --out "$work/data" --seed 1 2>/dev/null
file="$work/data/StockUniteLegale.csv"
bytes=$(wc -c <"$file")

# Essaim: migrations and reference data first (not timed), then the import alone.
export ESSAIM_DATABASE_URL="sqlite:$work/var/essaim.db" ESSAIM_VAR_DIR="$work/var" ESSAIM_LOG_LEVEL=warn ESSAIM_DEMO=false
mkdir -p "$work/var"
"$binary" migrate >/dev/null
start=$(now)
"$binary" import sirene --unites-legales "$file" --batch "$batch" --report "$work/report.csv" >"$work/essaim.out" 2>"$work/essaim.err"
end=$(now)
essaim_seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
inserted=$(grep -oE 'insérées [0-9]+' "$work/essaim.out" | grep -oE '[0-9]+' || echo 0)

# sqlite3: the same file into a bare table (created from the header), one transaction.
start=$(now)
sqlite3 "$work/bare.db" ".import --csv $file unites_legales"
end=$(now)
sqlite_seconds=$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.2f", b - a }')
sqlite_rows=$(sqlite3 "$work/bare.db" "SELECT count(*) FROM unites_legales")

essaim_rate=$(rate "$rows" "$essaim_seconds")
sqlite_rate=$(rate "$rows" "$sqlite_seconds")
ratio=$(awk -v a="$essaim_rate" -v b="$sqlite_rate" 'BEGIN { if (b > 0) printf "%.3f", a / b; else print "-" }')

echo
echo "import: $rows rows, $((bytes / 1048576)) MiB, batches of $batch rows, $(nproc) cores; ratio = essaim rows/s ÷ sqlite3 rows/s"
printf '%-32s %10s %12s %10s\n' "tool" "seconds" "rows/s" "ratio"
printf '%-32s %10s %12s %10s\n' "----" "-------" "------" "-----"
printf '%-32s %10s %12s %10s\n' "sqlite3 .import (bare table)" "$sqlite_seconds" "$sqlite_rate" "1.00"
printf '%-32s %10s %12s %10s\n' "essaim import sirene" "$essaim_seconds" "$essaim_rate" "$ratio"
echo "essaim: $(cat "$work/essaim.out" | head -n 1)"
echo "sqlite3: $sqlite_rows rows"
