#!/usr/bin/env bash
# Starts a single-node Apache Kafka broker (KRaft, broker+controller) on 127.0.0.1:9092 from its Maven jars.
# KAFKA_HOME_DIR: where data, logs and the pid file go (default: this folder). Idempotent: exits 0 when already up.
# KAFKA_PORT / KAFKA_CONTROLLER_PORT: the broker's and the controller's listener ports (default 9092 / 9093).
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
STATE=${KAFKA_HOME_DIR:-$HERE}
DATA=$STATE/data
LOGS=$STATE/logs
PIDFILE=$STATE/kafka.pid
KAFKA_VERSION=${KAFKA_VERSION:-4.1.2}
CPFILE=$HERE/cp-$KAFKA_VERSION.txt
PORT=${KAFKA_PORT:-9092}
CONTROLLER_PORT=${KAFKA_CONTROLLER_PORT:-9093}
mkdir -p "$LOGS"

if [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
  echo "kafka already running (pid $(cat "$PIDFILE"))"; exit 0
fi
if (exec 3<>/dev/tcp/127.0.0.1/"$PORT") 2>/dev/null; then
  echo "a broker already listens on 127.0.0.1:$PORT; using it"; exit 0
fi
if [ ! -s "$CPFILE" ]; then
  "$ROOT/mvnw" -B -q -f "$HERE/pom.xml" -Dkafka.version="$KAFKA_VERSION" \
      dependency:build-classpath -Dmdep.outputFile="$CPFILE"
fi
CP=$(cat "$CPFILE")
JOPTS=(-Xms128m -Xmx512m -XX:+UseG1GC -Djava.awt.headless=true
       -Dkafka.logs.dir="$LOGS" -Dlog4j2.configurationFile="$HERE/conf/log4j2.properties")
sed -e "s#^log.dirs=.*#log.dirs=$DATA#" \
    -e "s#^controller.quorum.voters=.*#controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT#" \
    -e "s#^listeners=.*#listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT#" \
    -e "s#^advertised.listeners=.*#advertised.listeners=PLAINTEXT://127.0.0.1:$PORT#" \
    "$HERE/conf/server.properties" > "$LOGS/server.properties"
if [ ! -f "$DATA/meta.properties" ]; then
  rm -rf "$DATA"
  java "${JOPTS[@]}" -cp "$CP" kafka.tools.StorageTool format \
       -t "$(java "${JOPTS[@]}" -cp "$CP" kafka.tools.StorageTool random-uuid)" \
       -c "$LOGS/server.properties" >/dev/null
fi
: > "$LOGS/server.log"
nohup java "${JOPTS[@]}" -cp "$CP" kafka.Kafka "$LOGS/server.properties" > "$LOGS/stdout.log" 2>&1 &
echo $! > "$PIDFILE"
for _ in $(seq 1 600); do
  if grep -q 'Kafka Server started' "$LOGS/server.log" 2>/dev/null; then
    echo "kafka up on 127.0.0.1:$PORT (pid $(cat "$PIDFILE"))"; exit 0
  fi
  if ! kill -0 "$(cat "$PIDFILE")" 2>/dev/null; then
    echo "kafka died"; tail -50 "$LOGS/stdout.log" "$LOGS/server.log"; exit 1
  fi
  sleep 0.1
done
echo "kafka did not start in 60 s"; exit 1
