#!/usr/bin/env bash
# Throughput and latency of the three reader pages (home, section, article) under wrk.
# Builds the jar, starts it on an empty data directory with the demo newsroom, measures,
# and always stops the app again. See bench/README.md.
#
#   bench/pages.sh                      build, then measure with the default page cache
#   bench/pages.sh --no-build           measure the jar already in target/
#   bench/pages.sh --page-cache=0       measure uncached page builds
#   APP_ARGS="--cjournal.site.page-cache=0" DURATION=10s bench/pages.sh
#
# Environment: PORT (18080), CONNECTIONS (32), THREADS (2), DURATION (15s), WARMUP (5s),
# APP_ARGS (appended to the java command), JAVA_OPTS (JVM options), GZIP=1 (ask for gzip, as
# browsers do; wrk does not by default).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/cjournal-0.1.0-SNAPSHOT.jar"
PORT="${PORT:-18080}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-5s}"
HEALTH_TIMEOUT=90
BASE="http://127.0.0.1:$PORT"

build=1
extra_app_args=()
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --page-cache=*) extra_app_args+=("--cjournal.site.page-cache=${arg#--page-cache=}") ;;
    -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    --*) extra_app_args+=("$arg") ;;   # any other --name=value goes to the app
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done
# APP_ARGS is split on whitespace on purpose: APP_ARGS="--a=1 --b=2".
read -r -a env_app_args <<< "${APP_ARGS:-}"
read -r -a java_opts <<< "${JAVA_OPTS:-}"
wrk_args=()
if [ "${GZIP:-0}" = 1 ]; then wrk_args=(-H "Accept-Encoding: gzip"); fi

die() { echo "pages.sh: $*" >&2; exit 1; }

command -v curl >/dev/null || die "curl is required"
command -v java >/dev/null || die "java (17+) is required"
if ! command -v wrk >/dev/null; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing wrk ..."
    DEBIAN_FRONTEND=noninteractive apt-get install -y wrk >/dev/null || die "apt-get install -y wrk failed"
  else
    die "wrk is not installed; install it (sudo apt-get install -y wrk) and run again"
  fi
fi

if curl -s -o /dev/null "$BASE/"; then
  die "something already answers on port $PORT; stop it or choose another PORT"
fi

if [ "$build" -eq 1 ]; then
  echo "Building the jar (./mvnw -q -B -DskipTests package) ..."
  (cd "$ROOT" && ./mvnw -q -B -DskipTests package) || die "build failed"
fi
[ -f "$JAR" ] || die "$JAR not found; run without --no-build"

DATA_DIR="$(mktemp -d -t cjournal-bench-XXXXXX)"
APP_LOG="$DATA_DIR.log"
APP_PID=""

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 50); do
      kill -0 "$APP_PID" 2>/dev/null || break
      sleep 0.2
    done
    kill -9 "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  rm -rf "$DATA_DIR"
  if [ "$1" -eq 0 ]; then rm -f "$APP_LOG"; else echo "App log kept: $APP_LOG" >&2; fi
}
trap 'stop_app $?' EXIT
trap 'exit 130' INT TERM

app_cmd=(java ${java_opts[@]+"${java_opts[@]}"} -jar "$JAR" "--server.port=$PORT" "--cjournal.data-dir=$DATA_DIR"
  ${extra_app_args[@]+"${extra_app_args[@]}"} ${env_app_args[@]+"${env_app_args[@]}"})
echo "Starting: ${app_cmd[*]}"
"${app_cmd[@]}" >"$APP_LOG" 2>&1 &
APP_PID=$!

started=$SECONDS
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    tail -n 40 "$APP_LOG" >&2
    die "the app exited during start-up (log above, full log: $APP_LOG)"
  fi
  if [ $((SECONDS - started)) -ge "$HEALTH_TIMEOUT" ]; then
    tail -n 40 "$APP_LOG" >&2
    die "the app was not UP within ${HEALTH_TIMEOUT}s"
  fi
  sleep 0.5
done
echo "App UP after $((SECONDS - started))s (pid $APP_PID, log $APP_LOG)"

article_path="$(curl -fs "$BASE/" | grep -o '/article/[0-9][0-9]*' | head -n 1 || true)"
[ -n "$article_path" ] || die "no /article/N link on the home page"
section_path="/section/industry"
curl -fs -o /dev/null "$BASE$section_path" || die "$section_path does not answer 200"

echo
echo "Machine:  $(nproc) CPUs, $(uname -m), $(java -version 2>&1 | head -n 1)"
echo "          $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2) (load generator shares these CPUs)"
echo "Settings: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency${GZIP:+ (GZIP=$GZIP)}; ${WARMUP} JIT warm-up per page, then ${WARMUP} warm-up before each measurement"
echo "App args: --server.port=$PORT --cjournal.data-dir=<temp>${extra_app_args[*]+ ${extra_app_args[*]}}${env_app_args[*]+ ${env_app_args[*]}}"
echo "Pages:    home /, section $section_path, article $article_path"
echo

# wrk prints latencies with their own unit (us, ms, s); shown as printed.
measure() {
  local name="$1" url="$2" out rps p50 p99 problems
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" ${wrk_args[@]+"${wrk_args[@]}"} "$url" >/dev/null
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency ${wrk_args[@]+"${wrk_args[@]}"} "$url")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<< "$out")"
  p50="$(awk '/Latency Distribution/ {d=1} d && $1=="50%" {print $2; exit}' <<< "$out")"
  p99="$(awk '/Latency Distribution/ {d=1} d && $1=="99%" {print $2; exit}' <<< "$out")"
  printf '%-8s %12s %10s %10s\n' "$name" "${rps:-?}" "${p50:-?}" "${p99:-?}"
  problems="$(grep -E 'Non-2xx|Socket errors' <<< "$out" || true)"
  if [ -n "$problems" ]; then
    sed "s/^/         ! $name: /" <<< "$problems"
  fi
}

# A fresh JVM needs a while before the JIT has compiled the hot paths, and on a small machine the
# compiler threads compete with the load; the first page measured would otherwise pay for it.
echo "JIT warm-up: ${WARMUP} on each page ..."
for path in / "$section_path" "$article_path"; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" ${wrk_args[@]+"${wrk_args[@]}"} "$BASE$path" >/dev/null
done
echo

printf '%-8s %12s %10s %10s\n' page requests/s p50 p99
measure home "$BASE/"
measure section "$BASE$section_path"
measure article "$BASE$article_path"
