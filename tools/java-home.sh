# Sourced by ./evalstream, tools/test.sh, .ci/run and the bench scripts: puts a JDK 21 or newer first on the PATH
# (the java on the PATH, else JAVA_HOME, else the usual Debian/Temurin locations) and exports JAVA_HOME; exits 4 when
# there is none.
# The JDK's release file gives its version without starting a JVM (two JVM starts cost every ./evalstream command up to
# a second on a busy machine); a java without one is asked.
java_major() {
  local release
  release=$(dirname "$(dirname "$(readlink -f "$1")")")/release
  if [ -f "$release" ]; then
    sed -nE 's/^JAVA_VERSION="(1\.)?([0-9]+).*/\2/p' "$release"
  else
    "$1" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p'
  fi
}

use_java_21_or_newer() {
  local candidate major
  for candidate in "$(command -v java 2>/dev/null)" ${JAVA_HOME:+"$JAVA_HOME/bin/java"} /usr/lib/jvm/*/bin/java; do
    [ -n "$candidate" ] && [ -x "$candidate" ] || continue
    major=$(java_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge 21 ]; then
      candidate=$(readlink -f "$candidate")
      export JAVA_HOME=${candidate%/bin/java}
      export PATH=$JAVA_HOME/bin:$PATH
      return 0
    fi
  done
  echo "evalstream needs a JDK 21 or newer: install one (e.g. apt-get install openjdk-21-jdk-headless) or set JAVA_HOME" >&2
  exit 4
}

use_java_21_or_newer
