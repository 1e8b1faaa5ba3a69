#!/usr/bin/env bash
# The published layout against the entry layout of the same content: the seed department as
# samples/published/政策企画部.xlsx (one row per goal, many lines per cell) and as
# samples/2025-09/政策企画部.xlsx (one row per indicator), N copies of each (default 1000), validated
# as whole processes RUNS times (default 3), taking turns; prints the medians of wall-clock and CPU time.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
runs=${2:-3}
out=bench/out/layouts
rm -rf "$out"
mkdir -p "$out/published" "$out/entry"
for i in $(seq 1 "$n"); do
  cp samples/published/政策企画部.xlsx "$out/published/$i.xlsx"
  cp samples/2025-09/政策企画部.xlsx "$out/entry/$i.xlsx"
done
./goalsheet validate -q "$out/entry/1.xlsx" >/dev/null # builds the jar and the CDS archive once
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# the layouts take turns, so that a change in the machine's load falls on both; each run's wall-clock
# and CPU (user + system) seconds are kept
TIMEFORMAT='%R %U %S'
for r in $(seq 1 "$runs"); do
  for layout in entry published; do
    { time ./goalsheet validate -q "$out/$layout" >/dev/null; } 2>>"$out/$layout.times"
  done
done
for layout in entry published; do
  wall=$(awk '{print $1}' "$out/$layout.times" | median)
  cpu=$(awk '{print $2 + $3}' "$out/$layout.times" | median)
  printf "validate %s × %s: %.2f s wall, %.2f s CPU\n" "$n" "$layout" "$wall" "$cpu"
done
