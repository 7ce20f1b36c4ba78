# Sourced by the bench scripts: picks a Java 21+ JDK and builds evalstream when its jars are missing.
# Needs HOME_DIR (the checkout) set by the caller.
if ! java -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for jdk in ${JAVA_HOME:-} /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/java-21-openjdk-amd64; do
    if [ -n "$jdk" ] && [ -x "$jdk/bin/java" ] && "$jdk/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
      export JAVA_HOME=$jdk PATH=$jdk/bin:$PATH; break
    fi
  done
fi
java -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])' || { echo "Java 21 or newer is needed (set JAVA_HOME)" >&2; exit 1; }

BENCH_JAR=$HOME_DIR/bench/target/evalstream-bench.jar
needs_build=false
for jar in "$BENCH_JAR" "$HOME_DIR"/{triton-sim,orchestrator,inference-worker,scorer}/target/quarkus-app/quarkus-run.jar; do
  [ -f "$jar" ] || needs_build=true
done
if $needs_build; then
  echo "building evalstream ..." >&2
  (cd "$HOME_DIR" && ./mvnw -B -q package -DskipTests) >&2
fi
