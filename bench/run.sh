#!/usr/bin/env bash
# First benchmark of Essaim: wrk against /healthz and a department page served by the real
# `essaim` binary, and against nginx serving the very same bytes as static files in the same
# run, so the ratio says how far the application is from a static file server on this machine.
#
#   bench/run.sh BINARY
#
# Environment: BENCH_SECONDS (10), BENCH_THREADS (2), BENCH_CONNECTIONS (64),
# BENCH_DEPARTMENT (42). Everything listens on 127.0.0.1 only; both servers are stopped on exit.
set -euo pipefail

if [[ $# -ne 1 ]]; then
  echo "usage: $0 BINARY" >&2
  exit 2
fi
cd "$(dirname "$0")/.."
binary=$(realpath "$1")
seconds=${BENCH_SECONDS:-10}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-64}
department=${BENCH_DEPARTMENT:-42}
start_timeout_seconds=120

for tool in wrk nginx node; do
  if ! command -v "$tool" >/dev/null; then
    echo "bench: '$tool' not found (make setup installs it)." >&2
    exit 1
  fi
done
nginx_binary=$(command -v nginx)

work=$(mktemp -d "${TMPDIR:-/tmp}/essaim-bench.XXXXXX")
# nginx's workers may run as an unprivileged user: they must be able to read the served files.
chmod 755 "$work"
essaim_pid=""
nginx_pid=""
wrk_pid=""

stop_servers() {
  local pid
  for pid in "$wrk_pid" "$essaim_pid" "$nginx_pid"; do
    if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
    fi
  done
  for pid in "$wrk_pid" "$essaim_pid" "$nginx_pid"; do
    if [[ -n "$pid" ]]; then
      wait "$pid" 2>/dev/null || true
    fi
  done
  rm -rf "$work"
}
trap stop_servers EXIT
trap 'exit 130' INT TERM

# A port nothing answers on. Essaim picks its own (port 0) and says which; nginx needs one given.
free_port() {
  local port
  for _ in $(seq 1 100); do
    port=$((20000 + RANDOM % 40000))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return 0
    fi
  done
  echo "bench: no free port found" >&2
  return 1
}

wait_for_line() {
  local file=$1 pattern=$2 pid=$3 what=$4
  for _ in $(seq 1 $((start_timeout_seconds * 10))); do
    if grep -qE "$pattern" "$file" 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "bench: $what stopped while starting:" >&2
      cat "$file" "$file.err" >&2 2>/dev/null || true
      return 1
    fi
    sleep 0.1
  done
  echo "bench: $what did not start within $start_timeout_seconds s" >&2
  return 1
}

# --- Essaim: SQLite in the temporary folder, migrations and reference data applied by serve.
mkdir -p "$work/var"
ESSAIM_DATABASE_URL="sqlite:$work/var/essaim.db" ESSAIM_VAR_DIR="$work/var" \
  ESSAIM_LISTEN="127.0.0.1:0" ESSAIM_LOG_LEVEL=warn ESSAIM_DEMO=false \
  "$binary" serve >"$work/essaim.out" 2>"$work/essaim.out.err" &
essaim_pid=$!
wait_for_line "$work/essaim.out" 'écoute sur http://127\.0\.0\.1:[0-9]+/' "$essaim_pid" essaim
essaim_port=$(grep -oE '127\.0\.0\.1:[0-9]+' "$work/essaim.out" | head -n 1 | cut -d: -f2)
essaim_url="http://127.0.0.1:$essaim_port"

# --- The same bytes for nginx: each body fetched once from Essaim, with its Content-Type.
paths=("/healthz" "/territoires/departements/$department")
mkdir -p "$work/root"
locations=""
for path in "${paths[@]}"; do
  file="$work/root${path}"
  mkdir -p "$(dirname "$file")"
  content_type=$(node -e '
    const [url, file] = process.argv.slice(1);
    fetch(url).then(async (response) => {
      if (response.status !== 200) { console.error(`${url} : ${response.status}`); process.exit(1); }
      require("node:fs").writeFileSync(file, Buffer.from(await response.arrayBuffer()));
      console.log(response.headers.get("content-type"));
    }).catch((error) => { console.error(error.message); process.exit(1); });
  ' "$essaim_url$path" "$file")
  chmod 644 "$file"
  locations+="    location = $path { default_type \"$content_type\"; }"$'\n'
done
chmod -R a+rX "$work/root"

nginx_port=$(free_port)
# keepalive_requests: wrk holds its connections open, and nginx would otherwise close each one
# after 1000 requests, which Essaim does not; the two servers keep connections alike.
cat >"$work/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx.err warn;
events { worker_connections 1024; }
http {
    access_log off;
    server_tokens off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $work/nginx-body;
    proxy_temp_path $work/nginx-proxy;
    fastcgi_temp_path $work/nginx-fastcgi;
    uwsgi_temp_path $work/nginx-uwsgi;
    scgi_temp_path $work/nginx-scgi;
    types { }
    server {
        listen 127.0.0.1:$nginx_port;
        root $work/root;
$locations    }
}
EOF
"$nginx_binary" -p "$work" -c "$work/nginx.conf" -e "$work/nginx.err" >"$work/nginx.out" 2>&1 &
nginx_pid=$!
ready=""
for _ in $(seq 1 100); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$nginx_port") 2>/dev/null; then
    ready=yes
    break
  fi
  if ! kill -0 "$nginx_pid" 2>/dev/null; then break; fi
  sleep 0.1
done
if [[ -z "$ready" ]]; then
  echo "bench: nginx did not start:" >&2
  cat "$work/nginx.out" "$work/nginx.err" >&2 2>/dev/null || true
  exit 1
fi

# Converts wrk's latency (e.g. 812.00us, 1.25ms, 2.01s) to milliseconds.
to_milliseconds() {
  awk -v value="$1" 'BEGIN {
    number = value + 0
    if (value ~ /us$/) number /= 1000
    else if (value ~ /ms$/) number *= 1
    else if (value ~ /m$/) number *= 60000
    else if (value ~ /s$/) number *= 1000
    printf "%.2f", number
  }'
}

# Runs wrk on one URL and sets rate, p99 (ms) and errors (non-2xx/3xx answers + socket errors).
# wrk runs in the background and the shell waits for it, so that a signal stops the run at once.
measure() {
  local url=$1 output non_success socket_errors
  # A short warm-up so that caches and connections are in place for both servers alike.
  run_wrk -t1 -c4 -d1s "$url"
  run_wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency "$url"
  output=$(<"$work/wrk.out")
  rate=$(awk '/^Requests\/sec:/ { print $2 }' <<<"$output")
  p99=$(awk '$1 == "99%" { print $2 }' <<<"$output")
  non_success=$(awk '/Non-2xx or 3xx responses:/ { print $NF }' <<<"$output")
  socket_errors=$(awk '/Socket errors:/ { gsub(/,/, ""); print $4 + $6 + $8 + $10 }' <<<"$output")
  if [[ -z "$rate" || -z "$p99" ]]; then
    echo "bench: unreadable wrk output for $url:" >&2
    echo "$output" >&2
    return 1
  fi
  p99=$(to_milliseconds "$p99")
  errors=$((${non_success:-0} + ${socket_errors:-0}))
}

run_wrk() {
  wrk "$@" >"$work/wrk.out" 2>&1 &
  wrk_pid=$!
  wait "$wrk_pid"
  wrk_pid=""
}

echo "essaim: $essaim_url   nginx: http://127.0.0.1:$nginx_port (same bytes as static files)"
echo "wrk: ${threads} threads, ${connections} connections, ${seconds} s per target, $(nproc) cores; ratio = essaim req/s ÷ nginx req/s"
echo

printf '%-40s %9s %10s %10s %8s %7s\n' "target" "bytes" "req/s" "p99 (ms)" "errors" "ratio"
printf '%-40s %9s %10s %10s %8s %7s\n' "------" "-----" "-----" "--------" "------" "-----"
for path in "${paths[@]}"; do
  measure "http://127.0.0.1:$nginx_port$path"
  nginx_rate=$rate nginx_p99=$p99 nginx_errors=$errors
  measure "$essaim_url$path"
  essaim_rate=$rate essaim_p99=$p99 essaim_errors=$errors
  ratio=$(awk -v a="$essaim_rate" -v b="$nginx_rate" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
  bytes=$(wc -c <"$work/root$path")
  printf '%-40s %9s %10.0f %10s %8s %7s\n' "nginx    $path" "$bytes" "$nginx_rate" "$nginx_p99" "$nginx_errors" "1.00"
  printf '%-40s %9s %10.0f %10s %8s %7s\n' "essaim   $path" "$bytes" "$essaim_rate" "$essaim_p99" "$essaim_errors" "$ratio"
done

# The register import benchmark (its own figures and ratio).
bench/import.sh "$binary"
