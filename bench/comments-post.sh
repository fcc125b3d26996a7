#!/usr/bin/env bash
# Posting throughput: READERS readers (default 50) each post POSTS comments (default 40) at once
# through the comments module's CommentPosting, then one reader posts from 8 threads; prints
# posts/s and p50/p99 per post. The driver is src/test/java/kr/cjournal/bench/CommentPostingBenchmark.java,
# run on the application jar with the test classes added. See bench/README.md.
#
#   bench/comments-post.sh                 build the jar (and the test classes), then run
#   bench/comments-post.sh --no-build      run what target/ already holds
#   READERS=100 POSTS=20 bench/comments-post.sh --no-build
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/cjournal-0.1.0-SNAPSHOT.jar"
cd "$ROOT"
if [[ "${1:-}" != "--no-build" ]]; then
  echo "Building the jar (./mvnw -q -B -DskipTests package) ..."
  ./mvnw -q -B -DskipTests package
fi
[[ -f "$JAR" && -d target/test-classes ]] || { echo "no $JAR or target/test-classes: run without --no-build" >&2; exit 1; }
echo "Machine:  $(nproc) CPUs, $(uname -m), $(java -version 2>&1 | head -n 1)"
java -Xms512m -Xmx1g ${JAVA_OPTS:-} -Dreaders="${READERS:-50}" -Dposts="${POSTS:-40}" -Dstories="${STORIES:-20}" \
  -Dloader.path=target/test-classes -Dloader.main=kr.cjournal.bench.CommentPostingBenchmark \
  -cp "$JAR" org.springframework.boot.loader.launch.PropertiesLauncher 2>&1 \
  | grep -E '^(posting benchmark|warm-up|readers|one-reader|Exception|Caused by)'
