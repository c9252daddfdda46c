#!/usr/bin/env bash
# Starts or stops the throwaway PostgreSQL 15 cluster the integration tests use.
#   test-postgres.sh start DIR   → initdb in DIR, start on a Unix socket in DIR, write DIR/conninfo
#   test-postgres.sh stop DIR    → stop it and remove DIR
# As root, the cluster runs as the postgres user (initdb refuses root).
set -euo pipefail
action=$1
dir=$2
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}

as_owner() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
start)
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  mkdir -p "$dir"
  if [[ $(id -u) -eq 0 ]]; then chown postgres: "$dir"; fi
  as_owner "$PGBIN/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log"
  as_owner "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/log" -w \
    -o "-k $dir -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
  echo "host=$dir user=postgres dbname=postgres" >"$dir/conninfo"
  echo "PostgreSQL de test prêt : $(cat "$dir/conninfo")"
  ;;
stop)
  if [[ -d "$dir/data" ]]; then
    as_owner "$PGBIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$dir"
  ;;
*)
  echo "usage: $0 start|stop DIR" >&2
  exit 2
  ;;
esac
