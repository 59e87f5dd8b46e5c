#!/bin/sh
# Benchmark: `partyroll-cli import members` of an N-row CSV against sqlite3's own `.import`
# of the same file into a plain table (issue: within 2.5x). Not a test; run by hand:
#   tests/bench/bench_import.sh [members] [build folder] [runs]
# The CSV is made at run time: generate N members, export them (and their organizations).
# Each side runs `runs` times (default 3) on a fresh target after a sync; medians are compared.
set -eu
N=${1:-1000000}
BUILD=${2:-build}
RUNS=${3:-3}
CLI="$BUILD/bin/partyroll-cli"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

ORGS=$((N / 20))
echo "generating $N members, $ORGS organizations ..."
"$CLI" --db "$WORK/source.db" --lang en generate --members "$N" --orgs "$ORGS" --years 10 --seed 1
"$CLI" --db "$WORK/source.db" --lang en export orgs "$WORK/orgs.csv" >/dev/null
"$CLI" --db "$WORK/source.db" --lang en export members "$WORK/members.csv" >/dev/null
rm -f "$WORK/source.db"*
echo "members.csv: $(($(wc -l < "$WORK/members.csv") - 1)) rows, $(du -h "$WORK/members.csv" | cut -f1)"

"$CLI" --db "$WORK/empty.db" --lang en init >/dev/null
"$CLI" --db "$WORK/empty.db" --lang en import orgs "$WORK/orgs.csv" >/dev/null

now() { date +%s.%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
: > "$WORK/sqlite.times"
: > "$WORK/partyroll.times"
i=1
while [ "$i" -le "$RUNS" ]; do
    rm -f "$WORK/plain.db" "$WORK/target.db"*
    cp "$WORK/empty.db" "$WORK/target.db"
    sync
    t0=$(now)
    sqlite3 "$WORK/plain.db" ".mode csv" ".import $WORK/members.csv members"
    t1=$(now)
    sync
    t2=$(now)
    "$CLI" --db "$WORK/target.db" --lang en import members "$WORK/members.csv" >/dev/null
    t3=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }' >> "$WORK/sqlite.times"
    awk -v a="$t2" -v b="$t3" 'BEGIN { print b - a }' >> "$WORK/partyroll.times"
    i=$((i + 1))
done
sqlite=$(median < "$WORK/sqlite.times")
partyroll=$(median < "$WORK/partyroll.times")
echo "sqlite3 .import runs:      $(tr '\n' ' ' < "$WORK/sqlite.times")"
echo "partyroll-cli import runs: $(tr '\n' ' ' < "$WORK/partyroll.times")"
awk -v s="$sqlite" -v p="$partyroll" 'BEGIN {
    printf "sqlite3 .import (median):       %6.2f s\n", s
    printf "partyroll-cli import (median):  %6.2f s\n", p
    printf "ratio:                          %6.2f (target <= 2.5)\n", p / s }'
