#!/usr/bin/env bash
# Side-by-side benchmark: the bare Camunda 7 starter app (../shared/tools/baseline/bare) and our
# application, same machine, same protocol, one run. See docs/performance.md.
#
#   bench/run.sh [--db h2|pg|both] [--runs 3] [-n 2000] [--warmup 2000] [--tasks 300]
#                [--app-jar JAR] [--bare-jar JAR] [--baseline DIR] [--out DIR] [--jfr] [--only app|bare]
#
# Per run and database, bare app then our app (interleaved over --runs), each on a fresh database:
#   start-up (wall seconds to the first 200) and RSS 10 s after ready;
#   starts:  bare  POST /engine-rest/process-definition/key/bare/start   | ours POST /api/notices/court
#            (--warmup requests = the cold figure, then -n requests = the warm figure)
#   letters: ours  POST /engine-rest/task/{id}/submit-form of SendCourtLetter (renders and stores the PDF)
#   submit:  bare  POST /engine-rest/task/{id}/submit-form of its one task | ours the same for RecordContact
#            (--tasks cold, then --tasks warm, each on tasks not touched before)
# Load: wrk, 2 threads x 8 keep-alive connections (bench/load.lua, the baseline's load.lua with task
# ids in the path); throughput = responses / (last response - first request); p50/p99 from wrk.
# Prints the medians over the runs and the ratios ours/bare; rows in OUT/results.tsv.
# PostgreSQL: a fresh schema per run in PG_URL's database (default jdbc:postgresql://127.0.0.1:5432/test,
# user PG_USER=postgres, PG_PASSWORD empty, psql on PATH), dropped afterwards; skipped if unreachable.
# Never part of `mvn test`. Needs java 17, wrk (apt-get install -y wrk), curl, python3; builds the
# jars if missing (mvn -o; the bare app in a copy under OUT, not in the baseline folder).
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
DB=h2 ; RUNS=3 ; ONLY="bare app" ; N=2000 ; WARMUP=2000 ; TASKS=300 ; APP_JAR="" ; BARE_JAR="" ; JFR=""
BASELINE=${BASELINE:-$ROOT/../shared/tools/baseline} ; OUT=""
BARE_PORT=18091 ; APP_PORT=18090 ; C=8 ; T=2
PG_URL=${PG_URL:-jdbc:postgresql://127.0.0.1:5432/test} ; PG_USER=${PG_USER:-postgres} ; PG_PASSWORD=${PG_PASSWORD:-}

while [ $# -gt 0 ]; do
  case "$1" in
    --db) DB=$2; shift 2;;
    --runs) RUNS=$2; shift 2;;
    -n) N=$2; shift 2;;
    --warmup) WARMUP=$2; shift 2;;
    --tasks) TASKS=$2; shift 2;;
    --app-jar) APP_JAR=$2; shift 2;;
    --bare-jar) BARE_JAR=$2; shift 2;;
    --baseline) BASELINE=$2; shift 2;;
    --out) OUT=$2; shift 2;;
    --jfr) JFR=1; shift;;
    --only) ONLY=$2; shift 2;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0;;
    *) echo "unknown option: $1" >&2; exit 2;;
  esac
done
command -v wrk >/dev/null || { echo "wrk not installed (apt-get install -y wrk)" >&2; exit 2; }
[ -n "$OUT" ] || OUT=$(mktemp -d /tmp/wohnraumerhalt-bench.XXXXXX)
mkdir -p "$OUT"; OUT=$(cd "$OUT" && pwd)
RESULTS=$OUT/results.tsv
[ -s "$RESULTS" ] || printf 'run\tdb\tapp\tphase\tvalue\tp50_ms\tp99_ms\tnon2xx\tresponses\n' >"$RESULTS"
echo "output: $OUT"

# --- jars -----------------------------------------------------------------------------------------
if [ -z "$APP_JAR" ]; then
  APP_JAR=$(ls "$ROOT"/target/wohnraumerhalt-*.jar 2>/dev/null | grep -v original | head -1)
  if [ -z "$APP_JAR" ]; then
    (cd "$ROOT" && mvn -B -o -q package -DskipTests) || exit 1
    APP_JAR=$(ls "$ROOT"/target/wohnraumerhalt-*.jar | grep -v original | head -1)
  fi
fi
if [ -z "$BARE_JAR" ]; then
  if [ ! -f "$OUT/bare/target/bare-baseline-0.0.1-SNAPSHOT.jar" ]; then
    rm -rf "$OUT/bare"; cp -r "$BASELINE/bare" "$OUT/bare" && chmod -R u+w "$OUT/bare" || exit 1
    (cd "$OUT/bare" && mvn -B -o -q -DskipTests package) || exit 1
  fi
  BARE_JAR=$OUT/bare/target/bare-baseline-0.0.1-SNAPSHOT.jar
fi
APP_JAR=$(cd "$(dirname "$APP_JAR")" && pwd)/$(basename "$APP_JAR")
BARE_JAR=$(cd "$(dirname "$BARE_JAR")" && pwd)/$(basename "$BARE_JAR")
echo "app jar: $APP_JAR"; echo "bare jar: $BARE_JAR"

# --- helpers --------------------------------------------------------------------------------------
now() { date +%s.%N; }
PID=""
stop() {
  [ -n "$PID" ] || return 0
  kill -TERM "$PID" 2>/dev/null
  for _ in $(seq 1 150); do kill -0 "$PID" 2>/dev/null || break; sleep 0.2; done
  kill -0 "$PID" 2>/dev/null && kill -KILL "$PID" 2>/dev/null
  wait "$PID" 2>/dev/null; PID=""
}
WRK=""
trap 'stop; [ -n "$WRK" ] && kill -KILL "$WRK" 2>/dev/null' EXIT
trap 'exit 130' INT TERM

record() { printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$RUN" "$DBNAME" "$APP" "$1" "$2" "${3:-}" "${4:-}" "${5:-}" "${6:-}" >>"$RESULTS"; }

# start JAR PORT AUTH READY_PATH ARGS... : starts, waits for 200, records startup_s and rss_mb
start() {
  local jar=$1 port=$2 auth=$3 ready=$4; shift 4
  local t0; t0=$(now)
  local opts=(-Xmx768m)
  [ -n "$JFR" ] && [ "$APP" = app ] && opts+=("-XX:FlightRecorderOptions=stackdepth=256" "-XX:StartFlightRecording=filename=$WORK/app.jfr,settings=profile")
  (cd "$WORK" && exec java "${opts[@]}" -jar "$jar" --server.port="$port" "$@" >"$WORK/app.log" 2>&1) &
  PID=$!
  local cauth=(); [ -n "$auth" ] && cauth=(-u "$auth")
  while [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "${cauth[@]}" "http://127.0.0.1:$port$ready")" != 200 ]; do
    kill -0 "$PID" 2>/dev/null || { echo "$APP exited; log: $WORK/app.log" >&2; tail -5 "$WORK/app.log" >&2; PID=""; return 1; }
    sleep 0.2
  done
  local s; s=$(awk -v a="$(now)" -v b="$t0" 'BEGIN{printf "%.1f", a-b}')
  sleep 10
  local rss; rss=$(awk '/^VmRSS:/{printf "%.0f", $2/1024}' "/proc/$PID/status")
  record startup_s "$s"; record rss_mb "$rss"
  echo "  $APP: ready after $s s, RSS $rss MB"
}

# load PHASE PORT AUTH PATH BODY COUNT OFFSET [IDS_FILE] : one wrk phase; records rps, p50, p99
load() {
  local phase=$1 port=$2 auth=$3 path=$4 body=$5 count=$6 offset=$7 ids=${8:--}
  local header=-; [ -n "$auth" ] && header="Basic $(printf %s "$auth" | base64 -w0)"
  local d; d=$(mktemp -d "$WORK/wrk.XXXXXX")
  wrk -t "$T" -c "$C" -d 1800s --timeout 60s --latency -s "$HERE/load.lua" "http://127.0.0.1:$port/" \
    -- POST "$path" "$body" "$count" "$T" "$d" "$offset" "$header" "$ids" >"$d/wrk.out" 2>&1 &
  WRK=$!
  while [ "$(ls "$d"/thread-*.txt 2>/dev/null | wc -l)" -lt "$T" ] && kill -0 "$WRK" 2>/dev/null; do sleep 0.1; done
  sleep 0.2; kill -INT "$WRK" 2>/dev/null; wait "$WRK" 2>/dev/null; WRK=""
  local line
  line=$(cat "$d"/thread-*.txt | awk '{r+=$1; n+=$2; if (NR==1||$4<f) f=$4; if ($5>l) l=$5}
    END {printf "%.1f %d %d", (l>f ? r/(l-f) : 0), n, r}')
  local p50 p99
  p50=$(awk 'function ms(v){ if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /m$/) return v*60000; return v*1000 }
    /^ +50%/{printf "%.0f", ms($2)}' "$d/wrk.out")
  p99=$(awk 'function ms(v){ if (v ~ /us$/) return v/1000; if (v ~ /ms$/) return v+0; if (v ~ /m$/) return v*60000; return v*1000 }
    /^ +99%/{printf "%.0f", ms($2)}' "$d/wrk.out")
  set -- $line
  record "$phase" "$1" "$p50" "$p99" "$2" "$3"
  echo "  $APP $phase: $1 req/s, p50 $p50 ms, p99 $p99 ms, non-2xx $2 of $3"
}

# task_ids PORT AUTH QUERY FILE : ids of open tasks, oldest first
task_ids() {
  local cauth=(); [ -n "$2" ] && cauth=(-u "$2")
  curl -s "${cauth[@]}" "http://127.0.0.1:$1/engine-rest/task?$3&sortBy=created&sortOrder=asc&maxResults=100000" |
    python3 -c 'import json,sys; [print(t["id"]) for t in json.load(sys.stdin)]' >"$4"
}

db_args() {  # db_args APP -> the datasource arguments of a fresh database for this run
  if [ "$DBNAME" = h2 ]; then
    echo "--spring.datasource.url=jdbc:h2:file:$WORK/db;DB_CLOSE_ON_EXIT=FALSE"
  else
    local sep='?'; case $PG_URL in *\?*) sep='&';; esac
    echo "--spring.datasource.url=${PG_URL}${sep}currentSchema=$SCHEMA --spring.datasource.username=$PG_USER --spring.datasource.password=$PG_PASSWORD"
    [ "$1" = app ] && echo "--spring.profiles.active=postgres --wohnraumerhalt.demo.users=true"
  fi
}
psql_do() {  # psql_do SQL : against PG_URL's host, port and database
  local hp=${PG_URL#jdbc:postgresql://}; local host=${hp%%:*}; local rest=${hp#*:}; local port=${rest%%/*}
  local db=${rest#*/}; db=${db%%\?*}
  PGPASSWORD=$PG_PASSWORD psql -q -h "$host" -p "$port" -U "$PG_USER" "$db" -c "$1" >/dev/null 2>&1
}

TODAY=$(date +%F)
COURT='{"district":"mitte","court":"Amtsgericht Mitte","courtFileNumber":"77 C {{n}}/26","receivedOn":"'$TODAY'","household":{"name":"Haushalt {{n}}","street":"Musterstraße {{n}}","postalCode":"10115","city":"Berlin"},"landlord":"Wohnbau GmbH","arrears":2450.00}'
BARE_START='{"variables":{"case":{"value":"bare-{{n}}","type":"String"}},"businessKey":"bare-{{n}}"}'
LETTER='{"variables":{"letterSentOn":{"value":"'$TODAY'","type":"String"}}}'
CONTACT='{"variables":{"contactOn":{"value":"'$TODAY'","type":"String"},"contactChannel":{"value":"phone","type":"String"}}}'


run_bare() {
  APP=bare; WORK=$OUT/run$RUN-$DBNAME-bare; mkdir -p "$WORK"
  # shellcheck disable=SC2046
  start "$BARE_JAR" $BARE_PORT "" /engine-rest/engine $(db_args bare) || return
  load start_cold $BARE_PORT "" /engine-rest/process-definition/key/bare/start "$BARE_START" "$WARMUP" 0
  load start_warm $BARE_PORT "" /engine-rest/process-definition/key/bare/start "$BARE_START" "$N" $((WARMUP + 2 * C + T))
  task_ids $BARE_PORT "" "processDefinitionKey=bare" "$WORK/tasks.txt"
  load submit_cold $BARE_PORT "" '/engine-rest/task/{{id}}/submit-form' '{"variables":{}}' "$TASKS" 0 "$WORK/tasks.txt"
  load submit_warm $BARE_PORT "" '/engine-rest/task/{{id}}/submit-form' '{"variables":{}}' "$TASKS" $((TASKS + 2 * C + T)) "$WORK/tasks.txt"
  stop
}

run_app() {
  APP=app; WORK=$OUT/run$RUN-$DBNAME-app; mkdir -p "$WORK"
  # shellcheck disable=SC2046
  start "$APP_JAR" $APP_PORT fk.mitte:demo /engine-rest/engine --demo.history=false $(db_args app) || return
  load start_cold $APP_PORT fk.mitte:demo /api/notices/court "$COURT" "$WARMUP" 0
  load start_warm $APP_PORT fk.mitte:demo /api/notices/court "$COURT" "$N" $((WARMUP + 2 * C + T))
  task_ids $APP_PORT fk.mitte:demo "taskDefinitionKey=SendCourtLetter" "$WORK/letters.txt"
  load letter_cold $APP_PORT fk.mitte:demo '/engine-rest/task/{{id}}/submit-form' "$LETTER" "$TASKS" 0 "$WORK/letters.txt"
  load letter_warm $APP_PORT fk.mitte:demo '/engine-rest/task/{{id}}/submit-form' "$LETTER" "$TASKS" $((TASKS + 2 * C + T)) "$WORK/letters.txt"
  task_ids $APP_PORT fk.mitte:demo "taskDefinitionKey=RecordContact" "$WORK/contacts.txt"
  load submit_cold $APP_PORT fk.mitte:demo '/engine-rest/task/{{id}}/submit-form' "$CONTACT" "$TASKS" 0 "$WORK/contacts.txt"
  load submit_warm $APP_PORT fk.mitte:demo '/engine-rest/task/{{id}}/submit-form' "$CONTACT" "$TASKS" $((TASKS + 2 * C + T)) "$WORK/contacts.txt"
  stop
}

case $DB in both) DBS="h2 pg";; *) DBS=$DB;; esac
for DBNAME in $DBS; do
  if [ "$DBNAME" = pg ] && ! psql_do "select 1"; then echo "PostgreSQL not reachable at $PG_URL: skipped"; continue; fi
  for RUN in $(seq 1 "$RUNS"); do
    echo "run $RUN, $DBNAME"
    for who in $ONLY; do
      SCHEMA=bench_${who}_$$_$RUN
      [ "$DBNAME" = pg ] && psql_do "create schema $SCHEMA"
      "run_$who"
      [ "$DBNAME" = pg ] && psql_do "drop schema $SCHEMA cascade"
    done
  done
done
echo
python3 "$HERE/summary.py" "$RESULTS"
