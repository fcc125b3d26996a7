#!/usr/bin/env bash
# Import benchmark: N articles of the shared corpus (../shared/bench/corpus.py, seed 1) into a
# fresh Cjournal with `java -jar cjournal.jar import`, end to end (reading, sections, reporters,
# the directory's people, rendering, mention linking, writing), on H2 and on PostgreSQL.
# Prints the import's own summary (articles/s, heap) and the wall time. See bench/README.md.
#
#   bench/import.sh [N] [h2|postgres|both]      default: 100000 both
#   HEAP=256m bench/import.sh 10000 h2           the heap the import gets (default: the JVM's own, 1/4 of memory)
#   JAVA_OPTS=-XX:+UseG1GC bench/import.sh ...   the JVM's options (default -XX:+UseParallelGC, as README advises)
#   NO_BUILD=1 bench/import.sh ...               use the jar target/ already holds
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
N="${1:-100000}"
WHERE="${2:-both}"
HEAP="${HEAP:-}"
JAVA_OPTS="${JAVA_OPTS:--XX:+UseParallelGC}"
CORPUS_PY="$ROOT/../shared/bench/corpus.py"
CORPUS="/tmp/cjournal-corpus-$N.jsonl"
PG_DB="cjournal_bench_import"

if [[ ! -f "$CORPUS" ]]; then
  [[ -f "$CORPUS_PY" ]] || { echo "corpus.py not found at $CORPUS_PY" >&2; exit 2; }
  echo "writing $N corpus articles to $CORPUS"
  python3 "$CORPUS_PY" --n "$N" --seed 1 > "$CORPUS.part" && mv "$CORPUS.part" "$CORPUS"
fi
if [[ -z "${NO_BUILD:-}" ]]; then
  ./mvnw -q -DskipTests package
fi
JAR="$(mktemp -d)/cjournal.jar"
cp target/cjournal-*.jar "$JAR"
DATA="$(mktemp -d)"
trap 'rm -rf "$DATA" "$(dirname "$JAR")"' EXIT

run() { # label, extra options...
  local label="$1"; shift
  echo "== $label: $N articles ($(du -h "$CORPUS" | cut -f1)), heap ${HEAP:-JVM default}, $JAVA_OPTS, $(nproc) cores"
  local started ended
  started=$(date +%s.%N)
  # shellcheck disable=SC2086
  java ${HEAP:+-Xmx$HEAP} $JAVA_OPTS -jar "$JAR" import "$CORPUS" --cjournal.data-dir="$DATA/$label" "$@" 2>&1 \
    | grep -v '가져오는 중' | grep -v '^\s*$' | grep -v 'WARN' || true
  ended=$(date +%s.%N)
  printf '%s wall time, JVM start included: %.1f s\n' "$label" "$(echo "$ended - $started" | bc)"
}

if [[ "$WHERE" == h2 || "$WHERE" == both ]]; then
  run h2
  du -sh "$DATA/h2/db" | sed 's/^/h2 database size: /'
fi
if [[ "$WHERE" == postgres || "$WHERE" == both ]]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database if exists $PG_DB" -c "create database $PG_DB"
  run postgres --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$PG_DB?reWriteBatchedInserts=true" \
    --spring.datasource.username=postgres --spring.datasource.password=
  psql -h 127.0.0.1 -U postgres -d "$PG_DB" -tAc "select 'postgres database size: ' || pg_size_pretty(pg_database_size('$PG_DB'))"
  psql -h 127.0.0.1 -U postgres -d postgres -qc "drop database $PG_DB"
fi
