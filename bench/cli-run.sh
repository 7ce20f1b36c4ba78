#!/usr/bin/env bash
# Target (d) of docs/benchmarks.md (on demand, not a test): wall time of a warm
# `./evalstream run --benchmark ceval --split val --sim oracle`, CLI start included. The first run brings the local
# stack up and is not measured; the next N runs are timed; the stack is stopped at the end.
#   bench/cli-run.sh [N]   (default 3)
set -euo pipefail
HOME_DIR=$(cd "$(dirname "$0")/.." && pwd)
runs=${1:-3}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

"$HOME_DIR/evalstream" run --benchmark ceval --split val --sim oracle --output "$out" >/dev/null
for i in $(seq "$runs"); do
  start=$(date +%s%N)
  "$HOME_DIR/evalstream" run --benchmark ceval --split val --sim oracle --output "$out" >/dev/null
  end=$(date +%s%N)
  echo "warm ./evalstream run --benchmark ceval --split val --sim oracle: $(( (end - start) / 1000000 )) ms"
done
"$HOME_DIR/evalstream" down >/dev/null
