#!/usr/bin/env bash
# Fleet throughput against plain ingest, on the same articles, into fresh PostgreSQL databases:
#   ingest     herald ingest INPUT --db DB (all cores)
#   1 worker   herald worker --concurrency CORES
#   2 workers  two herald workers with --concurrency CORES/2 each (the same threads, split over two processes)
# Each is timed from its process start (models loading included, as for ingest) until the archive holds every
# article; the queue is filled before a worker run starts and is not timed (enqueueing is timed on its own).
# Prints each run and the median of RUNS runs in articles/s.
#   bench/fleet/throughput.sh INPUT.jsonl BROKER_URL PG_SERVER_URL [RUNS]
# PG_SERVER_URL is postgres://user@host:port (no database: one is made and dropped per run). Needs a Release build and psql.
set -euo pipefail
input=$1 broker=$2 server=${3%/} runs=${4:-3}
herald=(dotnet "$(dirname "$0")/../../src/Herald.Cli/bin/Release/net10.0/Herald.Cli.dll")
cores=$(nproc)
articles=$(grep -c . "$input")
queue="herald.bench.$$"

now() { date +%s.%N; }
count() { psql -tA "$server/$1" -c "select count(*) from articles" 2>/dev/null || echo 0; }
fresh_db() { local db="bench_$$_$RANDOM"; psql -qtA "$server/postgres" -c "create database $db" >/dev/null; echo "$db"; }
drop_db() { psql -qtA "$server/postgres" -c "drop database if exists $1 with (force)" >/dev/null; }
wait_for_all() { until [ "$(count "$1")" -ge "$articles" ]; do sleep 0.2; done; }

ingest_run() {
  local db start; db=$(fresh_db); start=$(now)
  "${herald[@]}" ingest "$input" --db "$server/$db" 2>/dev/null
  echo "$(now) - $start" | bc; drop_db "$db"
}

worker_run() { # $1 workers, $2 threads each
  local db start pids=(); db=$(fresh_db)
  local t0; t0=$(now)
  "${herald[@]}" enqueue "$input" --broker "$broker" --queue "$queue" 2>/dev/null
  echo "  enqueue: $(echo "$(now) - $t0" | bc) s" >&2
  start=$(now)
  for _ in $(seq 1 "$1"); do
    "${herald[@]}" worker --broker "$broker" --queue "$queue" --db "$server/$db" --concurrency "$2" 2>/dev/null & pids+=($!)
  done
  wait_for_all "$db"
  echo "$(now) - $start" | bc
  kill -TERM "${pids[@]}"; wait "${pids[@]}" 2>/dev/null || true
  drop_db "$db"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

report() { # name, then the seconds of each run on stdin
  local name=$1 times; times=$(cat)
  local m; m=$(echo "$times" | median)
  printf '%-10s runs %s s; median %.1f s = %.2f articles/s\n' "$name" "$(echo $times | tr ' ' ',')" "$m" "$(echo "$articles / $m" | bc -l)"
}

echo "$articles articles from $input, $cores cores, load before: $(uptime | sed 's/.*load average: //')"
for _ in $(seq 1 "$runs"); do ingest_run; done | report ingest
for _ in $(seq 1 "$runs"); do worker_run 1 "$cores"; done | report "1 worker"
for _ in $(seq 1 "$runs"); do worker_run 2 $(( cores > 1 ? cores / 2 : 1 )); done | report "2 workers"
echo "load after: $(uptime | sed 's/.*load average: //')"
