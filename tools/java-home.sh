# Sourced by ./evalstream, tools/test.sh, .ci/run and the bench scripts: puts a JDK 21 or newer first on the PATH
# (the java on the PATH, else JAVA_HOME, else the usual Debian/Temurin locations) and exports JAVA_HOME; exits 4 when
# there is none.
java_major() {
  "$1" -version 2>&1 | sed -nE '1s/.*version "([0-9]+).*/\1/p'
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
