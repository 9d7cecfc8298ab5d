#!/usr/bin/env bash
# Fleet throughput against plain ingest, on the same articles, into fresh PostgreSQL databases:
#   ingest     herald ingest INPUT --db DB (all cores)
#   1 worker   herald worker --concurrency CORES
#   2 workers  two herald workers with --concurrency CORES/2 each (the same threads, split over two processes)
# Each run is timed twice: "total" from the process start (models loading included, as a user waits for it)
# until the archive holds every article, and "steady" from the first committed article to the last, the rate a
# long run settles at. The queue is filled before a worker run and not timed (enqueueing is timed on its own).
# Workers also report the share of their time in archive transactions. Prints each run and the medians of RUNS.
#   bench/fleet/throughput.sh INPUT.jsonl BROKER_URL PG_SERVER_URL [RUNS]
# PG_SERVER_URL is postgres://user@host:port (no database: one is made and dropped per run). Needs a Release
# build, psql and bc. Leaves an empty queue herald.bench.PID (and .dead) on the broker.
set -euo pipefail
input=$1 broker=$2 server=${3%/} runs=${4:-3}
herald=(dotnet "$(dirname "$0")/../../src/Herald.Cli/bin/Release/net10.0/Herald.Cli.dll")
cores=$(nproc)
queue="herald.bench.$$"
logs=$(mktemp -d); trap 'rm -rf "$logs"' EXIT

now() { date +%s.%N; }
count() { psql -tA "$server/$1" -c "select count(*) from articles" 2>/dev/null || echo 0; }
fresh_db() { local db="bench_$$_$RANDOM"; psql -qtA "$server/postgres" -c "create database $db" >/dev/null; echo "$db"; }
drop_db() { psql -qtA "$server/postgres" -c "drop database if exists $1 with (force)" >/dev/null; }

# Polls the archive until done (a command that succeeds when the run is over); prints "total steady" seconds and
# the articles stored after the first commit. $1 database, $2 start time, $3... the done test.
watch_run() {
  local db=$1 start=$2 first="" first_count=0 c; shift 2
  while :; do
    c=$(count "$db")
    if [ -z "$first" ] && [ "$c" -gt 0 ]; then first=$(now); first_count=$c; fi
    if "$@"; then break; fi
    sleep 0.2
  done
  c=$(count "$db"); local end; end=$(now)
  echo "$(echo "$end - $start" | bc) $(echo "($c - $first_count) / ($end - $first)" | bc -l) $c"
}

ingest_run() {
  local db start pid; db=$(fresh_db); start=$(now)
  "${herald[@]}" ingest "$input" --db "$server/$db" 2>/dev/null & pid=$!
  watch_run "$db" "$start" bash -c "! kill -0 $pid 2>/dev/null"
  wait "$pid" || true; drop_db "$db"
}

worker_run() { # $1 workers, $2 threads each
  local db start pids=() t0 expected=$3; db=$(fresh_db)
  t0=$(now)
  "${herald[@]}" enqueue "$input" --broker "$broker" --queue "$queue" 2>/dev/null
  echo "enqueue $(echo "$(now) - $t0" | bc) s" >>"$logs/enqueue"
  start=$(now)
  for i in $(seq 1 "$1"); do
    "${herald[@]}" worker --broker "$broker" --queue "$queue" --db "$server/$db" --concurrency "$2" 2>"$logs/worker$i" & pids+=($!)
  done
  watch_run "$db" "$start" bash -c "[ \$(psql -tA '$server/$db' -c 'select count(*) from articles' 2>/dev/null || echo 0) -ge $expected ]"
  kill -TERM "${pids[@]}"; wait "${pids[@]}" 2>/dev/null || true
  grep -h "stopped;" "$logs"/worker* | sed 's/.*archive writes/  archive writes/' >&2
  drop_db "$db"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

report() { # name; lines of "total steady stored" on stdin
  local name=$1 lines; lines=$(cat)
  local total steady n; total=$(cut -d' ' -f1 <<<"$lines" | median); steady=$(cut -d' ' -f2 <<<"$lines" | median); n=$(cut -d' ' -f3 <<<"$lines" | head -n 1)
  printf '%-10s total %s s: median %.1f s = %.2f articles/s; steady median %.2f articles/s (runs %s)\n' "$name" \
    "$(cut -d' ' -f1 <<<"$lines" | xargs printf '%.1f,' | sed 's/,$//')" "$total" "$(echo "$n / $total" | bc -l)" "$steady" \
    "$(cut -d' ' -f2 <<<"$lines" | xargs printf '%.2f,' | sed 's/,$//')"
}

echo "$input, $cores cores, load before: $(uptime | sed 's/.*load average: //')"
ingest=$(for _ in $(seq 1 "$runs"); do ingest_run; done)
articles=$(cut -d' ' -f3 <<<"$ingest" | head -n 1)
echo "$articles distinct articles"
report ingest <<<"$ingest"
for _ in $(seq 1 "$runs"); do worker_run 1 "$cores" "$articles"; done | report "1 worker"
for _ in $(seq 1 "$runs"); do worker_run 2 $(( cores > 1 ? cores / 2 : 1 )) "$articles"; done | report "2 workers"
sort -k2 -n "$logs/enqueue" | sed -n '1p;$p' | tr '\n' ' ' | sed 's/^/enqueue fastest and slowest: /'; echo
echo "load after: $(uptime | sed 's/.*load average: //')"
