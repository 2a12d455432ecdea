#!/usr/bin/env bash
# A throw-away PostgreSQL server for tests, the cluster check and the bench, from Debian's `postgresql` package.
#   tools/postgres.sh start [DIR] [PORT]   makes a cluster in DIR (default /tmp/shop-postgres) listening on
#                                          127.0.0.1:PORT (default 55432), prints its connection string
#   tools/postgres.sh stop [DIR]           stops it and removes DIR
# The server refuses to run as root, so as root the cluster belongs to the `postgres` user (or `nobody`).
# Only loopback connections, trusted: the user is `shop`, no password. Never use this for a shop's real data.
# PG_DURABLE=1 keeps PostgreSQL's flushing to disk (the bench); by default a test cluster skips it (fsync=off).
set -euo pipefail

cmd=${1:-}
dir=${2:-/tmp/shop-postgres}
port=${3:-55432}

bin_dir() {
  local found
  found=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  if [ -z "$found" ]; then
    echo "postgres: installing Debian's postgresql" >&2
    if [ "$(id -u)" = 0 ]; then
      apt-get -o DPkg::Lock::Timeout=600 update -qq >&2 && \
        DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq postgresql >/dev/null
    else
      sudo apt-get update -qq >&2 && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    fi
    found=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  fi
  echo "$found"
}

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    local owner=postgres
    id postgres >/dev/null 2>&1 || owner=nobody
    runuser -u "$owner" -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    bin=$(bin_dir)
    if [ -f "$dir/data/postmaster.pid" ] && as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; then
      echo "Host=127.0.0.1;Port=$port;Username=shop;Database=shop"
      exit 0
    fi
    rm -rf "$dir"
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
      owner=postgres; id postgres >/dev/null 2>&1 || owner=nobody
      chown "$owner" "$dir"
    fi
    as_owner "$bin/initdb" -D "$dir/data" -U shop --auth=trust -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    durable="-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    [ "${PG_DURABLE:-0}" = 1 ] && durable=""
    # Two shop nodes with pools of 100, plus the tests' databases: room for them all.
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-h 127.0.0.1 -p $port -k $dir -c max_connections=800 -c shared_buffers=256MB $durable" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U shop shop
    echo "Host=127.0.0.1;Port=$port;Username=shop;Database=shop"
    ;;
  stop)
    bin=$(bin_dir)
    [ -d "$dir/data" ] && as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
    rm -rf "$dir"
    ;;
  *)
    echo "usage: $0 start|stop [DIR] [PORT]" >&2
    exit 2
    ;;
esac
