#!/usr/bin/env bash
# Stops the broker started by start-kafka.sh (controlled shutdown; SIGKILL after 30 s).
set -uo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
STATE=${KAFKA_HOME_DIR:-$HERE}
PIDFILE=$STATE/kafka.pid
[ -f "$PIDFILE" ] || exit 0
PID=$(cat "$PIDFILE")
if kill -0 "$PID" 2>/dev/null; then
  kill "$PID"
  for _ in $(seq 1 300); do kill -0 "$PID" 2>/dev/null || break; sleep 0.1; done
  kill -0 "$PID" 2>/dev/null && kill -9 "$PID"
fi
rm -f "$PIDFILE"
echo "kafka stopped"
