#!/usr/bin/env bash
# A throw-away PostgreSQL cluster on loopback for the test suite (ctest starts and stops it as a
# fixture around the tests that run against PostgreSQL).
#   cluster.sh start DIR   initdb in a new folder under /tmp, start on a free port, write DIR/env
#   cluster.sh stop DIR    stop it and remove both folders
# DIR/env holds ISMS_TEST_POSTGRES_URL (the superuser's address, without a password) and
# PGPASSWORD, read by the tests. PostgreSQL refuses to run as root, so as root the cluster runs
# as the Debian package's postgres user; its files live under /tmp, which that user can reach
# wherever the build folder is.
set -euo pipefail

cmd=${1:?start|stop}
dir=${2:?directory}
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -x "$bin/initdb" ] || { echo "PostgreSQL server programs not found (Debian package postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then (cd /tmp && runuser -u postgres -- "$@"); else "$@"; fi
}

case "$cmd" in
  start)
    [ -d "$dir" ] && bash "$0" stop "$dir" || true
    mkdir -p "$dir"
    cluster=$(mktemp -d /tmp/isms-desk-pg.XXXXXX)
    printf '%s\n' "$cluster" > "$dir/cluster"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$cluster"
    password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
    printf '%s\n' "$password" > "$cluster/pwfile"
    [ "$(id -u)" -eq 0 ] && chown postgres: "$cluster/pwfile"
    as_owner "$bin/initdb" -D "$cluster/data" -U isms_test --pwfile="$cluster/pwfile" --auth=scram-sha-256 \
      --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
    rm -f "$cluster/pwfile"
    # A test cluster need not survive a power cut; it must be quick.
    for port in $(shuf -i 20000-60000 -n 20); do
      if as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 30 start -o \
        "-p $port -k $cluster -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null 2>&1; then
        printf 'ISMS_TEST_POSTGRES_URL=postgresql://isms_test@127.0.0.1:%s/postgres\nPGPASSWORD=%s\n' \
          "$port" "$password" > "$dir/env"
        echo "PostgreSQL test cluster on 127.0.0.1:$port ($cluster)"
        exit 0
      fi
    done
    cat "$cluster/server.log" >&2 || true
    exit 1
    ;;
  stop)
    cluster=$(cat "$dir/cluster" 2>/dev/null || true)
    if [ -n "$cluster" ] && [ -f "$cluster/data/postmaster.pid" ]; then
      as_owner "$bin/pg_ctl" -D "$cluster/data" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    [ -n "$cluster" ] && rm -rf "$cluster"
    rm -rf "$dir"
    ;;
  *)
    echo "usage: cluster.sh start|stop DIR" >&2
    exit 2
    ;;
esac
