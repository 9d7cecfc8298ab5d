#!/usr/bin/env bash
# Throwaway PostgreSQL for the archive's contract tests, on loopback, trust auth, in a temporary folder.
#   source .ci/postgres.sh && postgres_start   exports HERALD_TEST_POSTGRES when a server came up
#   postgres_stop                              stops it and deletes the folder
# Never fails the caller: without PostgreSQL the tests skip and say so.

postgres_bin() {
  local dir
  for dir in $(command -v initdb 2>/dev/null | xargs -r dirname) /usr/lib/postgresql/*/bin; do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  return 1
}

postgres_install() {
  # Debian's package, when we may install it; quietly nothing otherwise.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    timeout 300 apt-get install -y -qq postgresql >/dev/null 2>&1 || true
  fi
}

postgres_start() {
  local bin port run_as=()
  bin=$(postgres_bin) || { postgres_install; bin=$(postgres_bin); } || { echo "postgres: no PostgreSQL binaries; its tests will be skipped"; return 0; }
  HERALD_PG_DIR=$(mktemp -d /tmp/herald-pg.XXXXXX)
  if [ "$(id -u)" = 0 ]; then
    # initdb refuses to run as root: the server runs as the postgres user.
    id postgres >/dev/null 2>&1 || { echo "postgres: running as root with no 'postgres' user; its tests will be skipped"; return 0; }
    chown postgres "$HERALD_PG_DIR"
    run_as=(runuser -u postgres --)
  fi
  port=$(( 20000 + RANDOM % 20000 ))
  if "${run_as[@]}" "$bin/initdb" -D "$HERALD_PG_DIR/data" -U herald --auth=trust -E UTF8 >"$HERALD_PG_DIR/initdb.log" 2>&1 &&
     "${run_as[@]}" "$bin/pg_ctl" -D "$HERALD_PG_DIR/data" -l "$HERALD_PG_DIR/server.log" -w \
       -o "-p $port -k $HERALD_PG_DIR -c listen_addresses=127.0.0.1" start >/dev/null; then
    export HERALD_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=herald;Database=postgres"
    HERALD_PG_CTL=("${run_as[@]}" "$bin/pg_ctl")
    echo "postgres: test server on 127.0.0.1:$port"
  else
    echo "postgres: could not start a server (see below); its tests will be skipped"
    tail -n 5 "$HERALD_PG_DIR"/*.log 2>/dev/null || true
  fi
}

postgres_stop() {
  if [ -n "${HERALD_PG_CTL:-}" ]; then
    "${HERALD_PG_CTL[@]}" -D "$HERALD_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  [ -n "${HERALD_PG_DIR:-}" ] && rm -rf "$HERALD_PG_DIR"
  return 0
}
