#!/bin/sh
# Benchmark: `partyroll-cli report` as PDF (and XLSX) for the whole database (issue: the PDF
# under 5 s). Not a test; run by hand on a generated database:
#   partyroll-cli generate --members 1000000 --orgs 50000 --years 10 --seed 1 --db /tmp/report1m.db
#   tests/bench/bench_report.sh /tmp/report1m.db [year] [build folder] [runs]
# Each format runs `runs` times (default 5) after one warm-up run; the median is compared.
set -eu
DB=$1
YEAR=${2:-2025}
BUILD=${3:-build}
RUNS=${4:-5}
CLI="$BUILD/bin/partyroll-cli"
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

now() { date +%s.%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
timed() { # file command...: appends the seconds the command took
    out=$1
    shift
    t0=$(now)
    "$@" >/dev/null
    t1=$(now)
    awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }' >> "$out"
}

"$CLI" --db "$DB" --lang zh report --year "$YEAR" --out "$WORK/warm.pdf"
: > "$WORK/pdf.times"
: > "$WORK/xlsx.times"
i=1
while [ "$i" -le "$RUNS" ]; do
    timed "$WORK/pdf.times" "$CLI" --db "$DB" --lang zh report --year "$YEAR" --out "$WORK/report.pdf"
    timed "$WORK/xlsx.times" "$CLI" --db "$DB" --lang zh report --year "$YEAR" --out "$WORK/report.xlsx"
    i=$((i + 1))
done
pdf=$(median < "$WORK/pdf.times")
xlsx=$(median < "$WORK/xlsx.times")
echo "report PDF runs:  $(tr '\n' ' ' < "$WORK/pdf.times")"
echo "report XLSX runs: $(tr '\n' ' ' < "$WORK/xlsx.times")"
echo "PDF pages: $(pdfinfo "$WORK/report.pdf" 2>/dev/null | awk '/^Pages:/ { print $2 }')"
echo "median: PDF ${pdf} s, XLSX ${xlsx} s (target: PDF under 5 s)"
awk -v p="$pdf" 'BEGIN { exit !(p < 5) }' || { echo "FAIL: the PDF report took ${pdf} s" >&2; exit 1; }
