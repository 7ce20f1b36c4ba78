#!/usr/bin/env bash
# Pipeline benchmark (on demand, not a test): starts the local stack with its own topics, schemas and ports, runs the
# C-Eval val and test splits side by side against triton-sim for each scenario and worker count, prints Markdown.
#   bench/pipeline.sh [--replicas 1,2,4] [--scenarios ceiling,gpu] [--splits val,test] [--subjects a,b]
#                     [--slots 256] [--prefill-ms-per-char 0.02] [--decode-ms-per-token 10] [--batch-size N] [--warm-up true]
# Needs what ./evalstream needs (a JDK 21+, a Kafka broker or the jars to start one, PostgreSQL). See docs/benchmarks.md.
set -euo pipefail
HOME_DIR=$(cd "$(dirname "$0")/.." && pwd)

# shellcheck source=bench/java-and-build.sh
. "$HOME_DIR/bench/java-and-build.sh"

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM," \
     "$(java -version 2>&1 | head -1), load average $(cut -d' ' -f1-3 /proc/loadavg) at $(date -u +%FT%TZ)"
PREFIX="bench-$(date +%s)-$$."
status=0
java -Devalstream.home="$HOME_DIR" -cp "$BENCH_JAR" io.evalstream.bench.PipelineBench --topic-prefix "$PREFIX" "$@" \
  || status=$?
# The measured runs leave every prompt in the broker twice; remove the benchmark's topics.
KAFKA_CP="$HOME_DIR/tools/kafka/cp-${KAFKA_VERSION:-4.1.2}.txt"
if [ -s "$KAFKA_CP" ]; then
  java -cp "$(cat "$KAFKA_CP")" org.apache.kafka.tools.TopicCommand --bootstrap-server 127.0.0.1:9092 \
       --delete --topic "${PREFIX//./\\.}.*" --if-exists >/dev/null 2>&1 \
    || echo "could not delete the topics ${PREFIX}*" >&2
fi
exit $status
