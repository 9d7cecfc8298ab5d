#!/usr/bin/env bash
# The ingest crash test at full scale: kill -9 `herald ingest` at random moments, run it again each time, then
# let it finish, and check that the SQLite archive holds every input article exactly once.
#   bench/archive/crash-test.sh INPUT.jsonl.gz ARCHIVE.db [KILLS] [MAX_SECONDS_BEFORE_A_KILL]
# Needs a Release build (dotnet build Herald.slnx -c Release) and python3 (for the counts).
set -euo pipefail
input=$1 db=$2 kills=${3:-5} longest=${4:-120}
herald=(dotnet "$(dirname "$0")/../../src/Herald.Cli/bin/Release/net10.0/Herald.Cli.dll")
rm -f "$db" "$db-wal" "$db-shm"
count() { python3 -c "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); print(*c.execute('select count(*), count(distinct content_hash), count(distinct key) from articles').fetchone())" "$db" 2>/dev/null || echo "0 0 0"; }
for kill in $(seq 1 "$kills"); do
  "${herald[@]}" ingest "$input" --db "$db" 2>/dev/null &
  pid=$!
  sleep $(( RANDOM % longest + 10 ))
  if kill -9 "$pid" 2>/dev/null; then echo "kill $kill: killed; stored so far (rows, distinct hashes, distinct ids): $(count)"; else echo "kill $kill: the run had finished"; fi
  wait "$pid" 2>/dev/null || true
done
"${herald[@]}" ingest "$input" --db "$db"
expected=$(python3 -c "import gzip,sys,json; print(sum(1 for l in gzip.open(sys.argv[1],'rt') if l.strip()))" "$input")
read -r rows hashes ids <<<"$(count)"
echo "input articles $expected; archive rows $rows, distinct content hashes $hashes, distinct ids $ids"
[ "$rows" = "$expected" ] && [ "$hashes" = "$expected" ] && [ "$ids" = "$expected" ] && echo "crash test: PASS" || { echo "crash test: FAIL"; exit 1; }
