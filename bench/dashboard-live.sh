#!/usr/bin/env bash
# Live check of the Grafana dashboard (on demand, not a test): starts the local stack on free ports with its own state
# dir, topics and schemas, scrapes it with a real Prometheus (1 s interval) through a C-Eval val run, evaluates every
# query of k8s/base/monitoring/dashboards/evalstream.json over the run and prints a table. Queries on metrics of things
# that do not run locally (kafka-exporter, a GPU, EvalRun resources) are "external"; every other one must return data.
#   bench/dashboard-live.sh [--install] [--replicas N] [--unavailable-rate R] [--tail SECONDS] [--keep]
#     --install            apt-get install prometheus when it is missing (Debian; needs root)
#     --replicas N         inference workers (default 2)
#     --unavailable-rate R share of triton-sim attempts failed with UNAVAILABLE, workers retrying once (default 0.1),
#                          so that the retry and failure queries have data; one malformed questions record is
#                          published as well, for the dead-letter query
#     --tail SECONDS       scraping after the run (default 20)
#     --keep               keep the state dir (logs, Prometheus data) after a passing check
# Needs what ./evalstream needs (a JDK 21+, a Kafka broker on 127.0.0.1:9092 or the jars to start one, PostgreSQL),
# python3 and prometheus. See docs/kubernetes.md.
set -euo pipefail
HOME_DIR=$(cd "$(dirname "$0")/.." && pwd)

install=false replicas=2 rate=0.1 tail=20 keep=false
while [ $# -gt 0 ]; do
  case $1 in
    --install) install=true ;;
    --replicas) replicas=$2; shift ;;
    --unavailable-rate) rate=$2; shift ;;
    --tail) tail=$2; shift ;;
    --keep) keep=true ;;
    *) sed -n '2,/^set -euo/p' "$0" | sed '$d' >&2; exit 64 ;;
  esac
  shift
done

if ! command -v prometheus >/dev/null; then
  if $install; then
    apt-get install -y --no-install-recommends prometheus
    # The package enables a service; this check runs its own instance on a free port either way.
  else
    echo "prometheus is not on PATH: install it (Debian/Ubuntu: apt-get install prometheus," \
         "or run this script with --install), or put a Prometheus release's binary on PATH" >&2
    exit 3
  fi
fi
command -v python3 >/dev/null || { echo "python3 is needed" >&2; exit 3; }

# shellcheck source=bench/java-and-build.sh
. "$HOME_DIR/bench/java-and-build.sh"
KAFKA_CP="$HOME_DIR/tools/kafka/cp-${KAFKA_VERSION:-4.1.2}.txt"
if [ ! -s "$KAFKA_CP" ]; then
  "$HOME_DIR/mvnw" -B -q -f "$HOME_DIR/tools/kafka/pom.xml" -Dkafka.version="${KAFKA_VERSION:-4.1.2}" \
      dependency:build-classpath -Dmdep.outputFile="$KAFKA_CP" >&2
fi

mkdir -p "$HOME_DIR/bench/target"
STATE=$(mktemp -d "$HOME_DIR/bench/target/dashboard-live.XXXXXX")
PREFIX="dashboard-$(date +%s)-$$."
stack() { java -Devalstream.home="$HOME_DIR" -cp "$BENCH_JAR" io.evalstream.bench.DashboardStack "$@"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

prom_pid=
cleanup() {
  local status=$?
  trap - EXIT INT TERM
  if [ -n "$prom_pid" ] && kill -0 "$prom_pid" 2>/dev/null; then
    kill "$prom_pid"; wait "$prom_pid" 2>/dev/null || true
  fi
  if [ -f "$STATE/stack.env" ]; then
    stack down "$STATE" || echo "could not stop the stack in $STATE" >&2
  fi
  java -cp "$(cat "$KAFKA_CP")" org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 \
       --delete --topic "${PREFIX//./\\.}.*" --if-exists >/dev/null 2>&1 \
    || echo "could not delete the topics ${PREFIX}*" >&2
  if [ "$status" = 0 ] && ! $keep; then
    rm -rf "$STATE"
  else
    echo "state, logs and Prometheus data kept in $STATE" >&2
  fi
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

echo "machine: $(nproc) cores, $(prometheus --version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "starting the stack in $STATE (topics $PREFIX*, schemas dashboard_*) ..." >&2
stack up "$STATE" "$PREFIX" "$replicas" "$rate"
# shellcheck disable=SC1091
. "$STATE/stack.env"

# One job per service; each target carries the labels the Prometheus Operator's monitors give it in the cluster.
target() { # pod port
  printf '      - targets: ["127.0.0.1:%s"]\n        labels: {namespace: evalstream, pod: %s}\n' "$2" "$1"
}
job() { # name path
  printf '  - job_name: %s\n    metrics_path: %s\n    static_configs:\n' "$1" "$2"
}
{
  printf 'global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\nscrape_configs:\n'
  job orchestrator /q/metrics; target orchestrator-0 "$ORCHESTRATOR_PORT"
  job scorer /q/metrics; target scorer-0 "$SCORER_PORT"
  job inference-worker /q/metrics
  for ((i = 0; i < WORKER_REPLICAS; i++)); do target "inference-worker-$i" $((WORKER_PORT + i)); done
  job triton /metrics; target triton-0 "$SIM_HTTP_PORT"
} > "$STATE/prometheus.yml"
if command -v promtool >/dev/null; then promtool check config "$STATE/prometheus.yml" >/dev/null; fi
PROM_PORT=$(free_port)
PROM=http://127.0.0.1:$PROM_PORT
prometheus --config.file="$STATE/prometheus.yml" --storage.tsdb.path="$STATE/prometheus" \
           --web.listen-address="127.0.0.1:$PROM_PORT" --log.level=warn > "$STATE/logs/prometheus.log" 2>&1 &
prom_pid=$!
targets=$((WORKER_REPLICAS + 3))
targets_up() {
  python3 - "$PROM" <<'PY'
import json, sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1] + "/api/v1/query?query=sum(up)", timeout=5) as r:
        result = json.load(r)["data"]["result"]
    print(int(float(result[0]["value"][1])) if result else 0)
except Exception:
    print(0)
PY
}
for _ in $(seq 1 60); do
  up=$(targets_up)
  [ "$up" = "$targets" ] && break
  kill -0 "$prom_pid" 2>/dev/null || { echo "prometheus exited:" >&2; tail -20 "$STATE/logs/prometheus.log" >&2; exit 1; }
  sleep 1
done
[ "$up" = "$targets" ] || { echo "Prometheus sees $up of $targets targets up; see $PROM/targets" >&2; exit 1; }
echo "Prometheus on $PROM scrapes $targets targets every second" >&2

START=$(date +%s)
if python3 -c "import sys; sys.exit(0 if float('$rate') > 0 else 1)"; then
  # Not a QuestionBatch: the workers dead-letter it (evalstream_worker_records_dead_lettered_total).
  echo "not a question batch" | java -cp "$(cat "$KAFKA_CP")" org.apache.kafka.tools.ConsoleProducer \
      --bootstrap-server 127.0.0.1:9092 --topic "${PREFIX}questions" >/dev/null
fi
echo "C-Eval val run (progress in $STATE/logs/run.log) ..." >&2
run_status=0
stack run "$STATE" > "$STATE/logs/run.out" 2> "$STATE/logs/run.log" || run_status=$?
grep -E '^(run |expected|more failures|ceval )' "$STATE/logs/run.out" >&2 || true
[ "$run_status" = 0 ] || { echo "the run did not end as expected; see $STATE/logs" >&2; exit 1; }
echo "run done; scraping $tail s more ..." >&2
sleep "$tail"
END=$(date +%s)

python3 "$HOME_DIR/bench/dashboard_queries.py" --prometheus "$PROM" --start "$START" --end "$END" --repo "$HOME_DIR"
