#!/usr/bin/env bash
# Search benchmark: imports N articles of the shared corpus (../shared/bench/corpus.py, seed 1) into a
# fresh H2 data directory, then (kr.cjournal.bench.SearchBenchmark) builds the search index from scratch
# and prints the indexing rate, the index size, the heap, and p50/p95/p99 latency of 50 fixed Korean
# queries with highlighting. See bench/README.md.
#
#   bench/search.sh [N]              default 100000
#   NO_BUILD=1 bench/search.sh ...   use what target/ already holds
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-100000}"
CORPUS="/tmp/cjournal-corpus-$N.jsonl"
if [[ ! -f "$CORPUS" ]]; then
  echo "writing $N corpus articles to $CORPUS"
  python3 "$ROOT/../shared/bench/corpus.py" --n "$N" --seed 1 > "$CORPUS.part" && mv "$CORPUS.part" "$CORPUS"
fi
if [[ -z "${NO_BUILD:-}" ]]; then
  ./mvnw -q -DskipTests package test-compile
fi
DATA="$(mktemp -d)"
CP_FILE="$(mktemp)"
trap 'rm -rf "$DATA" "$CP_FILE"' EXIT
URL="jdbc:h2:file:$DATA/db/cjournal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
echo "== importing $N articles"
java -XX:+UseParallelGC -jar target/cjournal-*.jar import "$CORPUS" --cjournal.data-dir="$DATA" 2>&1 | grep -E '완료|힙' || true
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
echo "== search: $N articles, $(nproc) cores"
java -XX:+UseParallelGC -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" kr.cjournal.bench.SearchBenchmark \
  --cjournal.data-dir="$DATA" --spring.datasource.url="$URL"
