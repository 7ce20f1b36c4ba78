#!/usr/bin/env bash
# The whole test suite, as CI runs it (./evalstream test): a JDK 21+, PostgreSQL's role and databases, a Kafka broker
# (started and stopped here unless one listens on 127.0.0.1:9092), ./mvnw -B verify, the native sources check.
# Extra arguments go to Maven's verify, e.g. tools/test.sh -pl scorer -am.
set -euo pipefail
if [ "${1:-}" = -h ] || [ "${1:-}" = --help ]; then
  echo "Usage: evalstream test [MAVEN_ARG...]"
  sed -n '2,4s/^# //p' "$0"
  exit 0
fi
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
# shellcheck source=tools/java-home.sh
. tools/java-home.sh
echo "JDK: $JAVA_HOME"

tools/ensure-database.sh

# A broker already listening on 127.0.0.1:9092 is used and left running; one started here is stopped at the end.
# Its data lives outside target/: a `clean` among the Maven arguments would delete it under the running broker.
export KAFKA_HOME_DIR=${KAFKA_HOME_DIR:-$ROOT/.evalstream/test-kafka}
trap 'tools/kafka/stop-kafka.sh >/dev/null || true' EXIT
rm -rf "$KAFKA_HOME_DIR"
tools/kafka/start-kafka.sh

./mvnw -B -ntp verify "$@"

# No GraalVM or container engine here: generating and checking the native build's sources is the native check.
# It builds from the classes verify has just generated, compiled and tested: code generation and compiling again
# would produce the same classes (and took more than half of this step).
if [ $# -eq 0 ]; then
  ./mvnw -B -ntp -pl triton-sim,orchestrator,inference-worker,scorer -am package -Dnative \
    -Dquarkus.native.sources-only=true -Dmaven.test.skip=true -Dmaven.main.skip=true -Dprotobuf.skip=true \
    -Dquarkus.generate-code.skip=true
fi
