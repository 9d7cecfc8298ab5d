#!/usr/bin/env bash
# Throwaway RabbitMQ for the fleet's tests, on loopback, in a temporary folder, with its own ports and epmd.
#   source .ci/rabbitmq.sh && rabbitmq_start   exports HERALD_TEST_RABBITMQ when a node came up
#   rabbitmq_stop                              stops it (and its epmd) and deletes the folder
# Never fails the caller: without RabbitMQ the fleet tests skip and say so.

RABBITMQ_BIN=/usr/lib/rabbitmq/bin

rabbitmq_install() {
  # Debian's package, when we may install it; quietly nothing otherwise.
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    # A fresh machine may have no package lists yet: update once when the first try fails.
    DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq rabbitmq-server >/dev/null 2>&1 ||
      { timeout 300 apt-get update -qq >/dev/null 2>&1 && DEBIAN_FRONTEND=noninteractive timeout 600 apt-get install -y -qq rabbitmq-server >/dev/null 2>&1; } || true
  fi
}

# rabbitmqctl and the server share this environment: the node, its folder, its cookie (in HOME), its ports, and
# where a crashing node dumps (not the working folder, which is the repository).
rabbitmq_env() {
  env HOME="$HERALD_MQ_DIR" ERL_CRASH_DUMP="$HERALD_MQ_DIR/erl_crash.dump" ERL_EPMD_PORT="$HERALD_MQ_EPMD" RABBITMQ_NODENAME="$HERALD_MQ_NODE" \
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1 RABBITMQ_NODE_PORT="$HERALD_MQ_PORT" RABBITMQ_DIST_PORT="$((HERALD_MQ_PORT + 1))" \
    RABBITMQ_MNESIA_BASE="$HERALD_MQ_DIR/mnesia" RABBITMQ_LOG_BASE="$HERALD_MQ_DIR/log" RABBITMQ_PID_FILE="$HERALD_MQ_DIR/node.pid" \
    RABBITMQ_ENABLED_PLUGINS_FILE="$HERALD_MQ_DIR/enabled_plugins" RABBITMQ_CONFIG_FILE="$HERALD_MQ_DIR/rabbitmq" \
    RABBITMQ_ADVANCED_CONFIG_FILE="$HERALD_MQ_DIR/advanced.config" "$@"
}

rabbitmq_start() {
  [ -x "$RABBITMQ_BIN/rabbitmq-server" ] || rabbitmq_install
  [ -x "$RABBITMQ_BIN/rabbitmq-server" ] || { echo "rabbitmq: no rabbitmq-server; the fleet tests will be skipped"; return 0; }
  HERALD_MQ_DIR=$(mktemp -d /tmp/herald-mq.XXXXXX)
  HERALD_MQ_PORT=$(( 20000 + RANDOM % 20000 ))
  HERALD_MQ_EPMD=$(( HERALD_MQ_PORT + 2 ))
  HERALD_MQ_NODE="herald$HERALD_MQ_PORT@localhost"
  echo "[]." >"$HERALD_MQ_DIR/enabled_plugins"
  echo "[]." >"$HERALD_MQ_DIR/advanced.config"
  : >"$HERALD_MQ_DIR/rabbitmq.conf"
  rabbitmq_env "$RABBITMQ_BIN/rabbitmq-server" >"$HERALD_MQ_DIR/server.log" 2>&1 &
  HERALD_MQ_PID=$!
  local tries=0
  # await_startup waits for a node that is booting, but fails at once while the node is not yet reachable.
  until rabbitmq_env timeout 60 "$RABBITMQ_BIN/rabbitmqctl" -q await_startup >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -ge 60 ] || ! kill -0 "$HERALD_MQ_PID" 2>/dev/null; then tries=fail; break; fi
    sleep 1
  done
  if [ "$tries" != fail ]; then
    export HERALD_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:$HERALD_MQ_PORT/"
    echo "rabbitmq: test node on 127.0.0.1:$HERALD_MQ_PORT"
  else
    echo "rabbitmq: could not start a node (see below); the fleet tests will be skipped"
    tail -n 5 "$HERALD_MQ_DIR/server.log" 2>/dev/null || true
  fi
}

rabbitmq_stop() {
  if [ -n "${HERALD_MQ_PID:-}" ]; then
    rabbitmq_env timeout 60 "$RABBITMQ_BIN/rabbitmqctl" -q stop >/dev/null 2>&1 || kill "$HERALD_MQ_PID" 2>/dev/null || true
    wait "$HERALD_MQ_PID" 2>/dev/null || true
    rabbitmq_env epmd -kill >/dev/null 2>&1 || rabbitmq_env "$(ls /usr/lib/erlang/erts-*/bin/epmd | head -n 1)" -kill >/dev/null 2>&1 || true
  fi
  [ -n "${HERALD_MQ_DIR:-}" ] && rm -rf "$HERALD_MQ_DIR"
  return 0
}
