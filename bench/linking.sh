#!/usr/bin/env bash
# JMH: linking a ~3,000-character story against 50,000 generated people and organisations, and
# building the matcher; prints the built matcher's heap first. See bench/README.md.
#
#   bench/linking.sh                 compile the tests, then run the benchmark
#   bench/linking.sh --no-build      run what target/ already holds
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
if [[ "${1:-}" != "--no-build" ]]; then
  ./mvnw -q test-compile
fi
CP_FILE="$(mktemp)"
trap 'rm -f "$CP_FILE"' EXIT
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
exec java -Xms1g -Xmx1g -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" kr.cjournal.bench.LinkingBenchmark
