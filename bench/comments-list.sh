#!/usr/bin/env bash
# Latency of a busy story's comment list under wrk: the public JSON, the fragment as a signed-out
# reader and the fragment as a signed-in reader (own reactions, blocks and comments under review
# laid over the cached list). Builds the jar, starts it on an empty data directory with the demo
# newsroom, puts 2,000 comments (1,500 top-level, 500 replies) under one story straight into the
# database, measures, and always stops the app again.
#
#   bench/comments-list.sh               build, then measure
#   bench/comments-list.sh --no-build    measure the jar already in target/
#
# Environment: PORT (18081), CONNECTIONS (32), THREADS (2), DURATION (15s), WARMUP (5s),
# COMMENTS (2000), JAVA_OPTS (JVM options).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JAR="$ROOT/target/cjournal-0.1.0-SNAPSHOT.jar"
PORT="${PORT:-18081}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-5s}"
COMMENTS="${COMMENTS:-2000}"
HEALTH_TIMEOUT=90
BASE="http://127.0.0.1:$PORT"
# Only for this throw-away data directory: the first administrator's API token, used when the
# comments JSON is not (yet) open to anonymous readers.
ADMIN_TOKEN="cj_bench-comments-token-0123456789abcdefghij"
PASSWORD="bench reader passphrase 2026"

build=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown argument: $arg (try --help)" >&2; exit 2 ;;
  esac
done
read -r -a java_opts <<< "${JAVA_OPTS:-}"

die() { echo "comments-list.sh: $*" >&2; exit 1; }

command -v curl >/dev/null || die "curl is required"
command -v java >/dev/null || die "java (17+) is required"
command -v unzip >/dev/null || die "unzip is required"
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

# The libraries the database shell and the password hash need, from the jar itself.
LIB="$DATA_DIR/lib"
mkdir -p "$LIB"
unzip -q -j -o "$JAR" 'BOOT-INF/lib/h2-*.jar' 'BOOT-INF/lib/spring-security-crypto-*.jar' \
  'BOOT-INF/lib/commons-logging-*.jar' -d "$LIB"
CP="$(ls "$LIB"/*.jar | tr '\n' ':')"
# AUTO_SERVER lets this script's SQL shell share the running app's H2 file.
DB_URL="jdbc:h2:file:$DATA_DIR/db/cjournal;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE"

app_cmd=(java ${java_opts[@]+"${java_opts[@]}"} -jar "$JAR" "--server.port=$PORT" "--cjournal.data-dir=$DATA_DIR"
  "--spring.datasource.url=$DB_URL")
echo "Starting: ${app_cmd[*]}"
CJOURNAL_ADMIN_TOKEN="$ADMIN_TOKEN" "${app_cmd[@]}" >"$APP_LOG" 2>&1 &
APP_PID=$!
started=$SECONDS
until curl -fs "$BASE/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
  kill -0 "$APP_PID" 2>/dev/null || { tail -n 40 "$APP_LOG" >&2; die "the app exited during start-up"; }
  [ $((SECONDS - started)) -lt "$HEALTH_TIMEOUT" ] || { tail -n 40 "$APP_LOG" >&2; die "not UP within ${HEALTH_TIMEOUT}s"; }
  sleep 0.5
done
echo "App UP after $((SECONDS - started))s"

article_id="$(curl -fs "$BASE/" | grep -o '/article/[0-9][0-9]*' | head -n 1 | grep -o '[0-9]*$' || true)"
[ -n "$article_id" ] || die "no /article/N link on the home page"

sql() {
  local out
  out="$(java -cp "$CP" org.h2.tools.Shell -url "$DB_URL" -user sa -password "" -sql "$1" 2>&1)"
  if grep -qi 'error\|exception' <<< "$out"; then echo "$out" | head -n 20 >&2; die "the SQL above failed"; fi
}

# Readers: 50 writers and the one who reads signed in (a BCrypt hash, which sign-in accepts).
HASH="$(cat > "$DATA_DIR/Hash.java" <<'JAVA'
public class Hash { public static void main(String[] a) {
  System.out.print(new org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder(4).encode(a[0])); } }
JAVA
java -cp "$CP" "$DATA_DIR/Hash.java" "$PASSWORD")"
top=$((COMMENTS * 3 / 4))
replies=$((COMMENTS - top))
echo "Putting $COMMENTS comments ($top top-level, $replies replies) under /article/$article_id ..."
sql "insert into accounts (username, password_hash, display_name, email, roles)
       select 'bench' || n || '@example.com', '$HASH', '벤치독자' || n, 'bench' || n || '@example.com', 'READER'
       from system_range(0, 50) as r(n);
     insert into reader_profiles (account_id, nickname, nickname_key, email_confirmed_at)
       select id, display_name, display_name, current_timestamp from accounts where username like 'bench%@example.com';
     insert into comments (article_id, author_id, body, text_key, status, likes, dislikes, created_at)
       select $article_id, (select min(id) from accounts where username like 'bench%') + mod(n, 50),
         '벤치마크 댓글 ' || n || ': 이 기사의 내용에 대해 독자가 남긴 의견입니다. 시장의 반응이 궁금합니다.',
         lpad(cast(n as varchar), 64, '0'), 'VISIBLE', mod(n * 7, 97), mod(n, 5),
         current_timestamp - n * interval '1' minute
       from system_range(1, $top) as r(n);
     insert into comments (article_id, parent_id, author_id, body, text_key, status, created_at)
       select $article_id, (select max(id) from comments where article_id = $article_id and parent_id is null) - mod(n, 40),
         (select min(id) from accounts where username like 'bench%') + mod(n * 3, 50),
         '답글 ' || n || ': 동의합니다.', lpad(cast(n as varchar), 64, '1'), 'VISIBLE', current_timestamp - n * interval '1' second
       from system_range(1, $replies) as r(n);
     insert into comment_reactions (comment_id, reader_id, kind)
       select id, (select id from accounts where username = 'bench50@example.com'), 'LIKE'
       from comments where article_id = $article_id and mod(id, 3) = 0;
     merge into comment_threads (article_id, visible_count) key (article_id)
       values ($article_id, (select count(*) from comments where article_id = $article_id and status = 'VISIBLE'));"

json_url="$BASE/api/v1/articles/$article_id/comments"
fragment_url="$BASE/article/$article_id/comments/fragment"
json_auth=()
status="$(curl -s -o /dev/null -w '%{http_code}' "$json_url")"
if [ "$status" = 401 ]; then
  echo "Note: the JSON list answers 401 to anonymous readers here; measuring it with the admin API token."
  json_auth=(-H "Authorization: Bearer $ADMIN_TOKEN")
fi
first_page="$(curl -s ${json_auth[@]+"${json_auth[@]}"} "$json_url")"
# The demo story may hold a few demo comments of its own besides the ones put here.
total="$(grep -o '"total":[0-9]*' <<< "$first_page" | head -1 | cut -d: -f2)"
[ "${total:-0}" -ge "$COMMENTS" ] || die "the JSON list does not say at least $COMMENTS in total: ${first_page:0:300}"

# Sign in as bench50 and keep the session cookie for the signed-in fragment.
jar="$DATA_DIR/cookies"
token="$(curl -fs -c "$jar" -b "$jar" "$BASE/login" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')"
curl -fs -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=bench50@example.com" \
  --data-urlencode "password=$PASSWORD" --data-urlencode "_csrf=$token" "$BASE/login" || true
session="$(awk '$6 == "SESSION" || $6 == "JSESSIONID" {print $6 "=" $7}' "$jar" | tail -n 1)"
[ -n "$session" ] || die "signing in as the bench reader gave no session cookie"
signed_in="$(curl -s -H "Cookie: $session" "$fragment_url")"
grep -q 'comment-form' <<< "$signed_in" || die "the signed-in fragment shows no comment form (cookie ${session%%=*}; cookies: $(awk 'NF >= 7 {print $6}' "$jar" | tr '\n' ' '))"

echo
echo "Machine:  $(nproc) CPUs, $(uname -m), $(java -version 2>&1 | head -n 1)"
echo "          $(wrk -v 2>&1 | head -n 1 | cut -d' ' -f1-2) (load generator shares these CPUs)"
echo "Settings: wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, ${WARMUP} warm-up each; story with $COMMENTS comments"
echo

measure() {
  local name="$1" out rps p50 p99 problems
  shift
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "$@" >/dev/null
  out="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "$@")"
  rps="$(awk '/^Requests\/sec:/ {print $2}' <<< "$out")"
  p50="$(awk '/Latency Distribution/ {d=1} d && $1=="50%" {print $2; exit}' <<< "$out")"
  p99="$(awk '/Latency Distribution/ {d=1} d && $1=="99%" {print $2; exit}' <<< "$out")"
  printf '%-20s %12s %10s %10s\n' "$name" "${rps:-?}" "${p50:-?}" "${p99:-?}"
  problems="$(grep -E 'Non-2xx|Socket errors' <<< "$out" || true)"
  [ -z "$problems" ] || sed "s/^/         ! $name: /" <<< "$problems"
}

printf '%-20s %12s %10s %10s\n' list requests/s p50 p99
measure "json page 1" ${json_auth[@]+"${json_auth[@]}"} "$json_url"
measure "json likes p.40" ${json_auth[@]+"${json_auth[@]}"} "$json_url?sort=likes&page=40"
measure "fragment anonymous" "$fragment_url"
measure "fragment signed-in" -H "Cookie: $session" "$fragment_url"
