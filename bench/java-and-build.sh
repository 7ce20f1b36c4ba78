# Sourced by the bench scripts: picks a Java 21+ JDK and builds evalstream when its jars are missing.
# Needs HOME_DIR (the checkout) set by the caller.
# shellcheck source=tools/java-home.sh
. "$HOME_DIR/tools/java-home.sh"

BENCH_JAR=$HOME_DIR/bench/target/evalstream-bench.jar
needs_build=false
for jar in "$BENCH_JAR" "$HOME_DIR"/{triton-sim,orchestrator,inference-worker,scorer}/target/quarkus-app/quarkus-run.jar; do
  [ -f "$jar" ] || needs_build=true
done
if $needs_build; then
  echo "building evalstream ..." >&2
  (cd "$HOME_DIR" && ./mvnw -B -q package -DskipTests) >&2
fi
