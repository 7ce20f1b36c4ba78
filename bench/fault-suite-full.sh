#!/usr/bin/env bash
# The fault suite on the whole C-Eval val split (1346 questions per run; CI runs it on 362): every scenario of
# e2e/.../FaultSuiteIT, each run's outputs compared byte for byte with a clean run's. About 10 minutes.
#   bench/fault-suite-full.sh
# Needs what ./evalstream test needs (a JDK 21+, PostgreSQL on 127.0.0.1:5432); the suite starts its own broker.
set -euo pipefail
HOME_DIR=$(cd "$(dirname "$0")/.." && pwd)
cd "$HOME_DIR"
# shellcheck source=tools/java-home.sh
. tools/java-home.sh
tools/ensure-database.sh
./mvnw -B -ntp package -DskipTests -pl triton-sim,orchestrator,inference-worker,scorer -am
./mvnw -B -ntp -pl cli,e2e verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=FaultSuiteIT \
  -Devalstream.faults.subjects=all
