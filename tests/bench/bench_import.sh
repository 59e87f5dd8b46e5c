#!/bin/sh
# Benchmark: `partyroll-cli import members` of an N-row CSV against sqlite3's own `.import`
# of the same file into a plain table (issue: within 2.5x). Not a test; run by hand:
#   tests/bench/bench_import.sh [members] [build folder]
# The CSV is made at run time: generate N members, export them (and their organizations).
set -eu
N=${1:-1000000}
BUILD=${2:-build}
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

"$CLI" --db "$WORK/target.db" --lang en init >/dev/null
"$CLI" --db "$WORK/target.db" --lang en import orgs "$WORK/orgs.csv" >/dev/null

now() { date +%s.%N; }
t0=$(now)
sqlite3 "$WORK/plain.db" ".mode csv" ".import $WORK/members.csv members"
t1=$(now)
"$CLI" --db "$WORK/target.db" --lang en import members "$WORK/members.csv"
t2=$(now)

awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
    printf "sqlite3 .import:       %6.2f s\n", b - a
    printf "partyroll-cli import:  %6.2f s\n", c - b
    printf "ratio:                 %6.2f (target <= 2.5)\n", (c - b) / (b - a) }'

