#!/usr/bin/env bash
# The published layout against the entry layout of the same content: the seed department as
# samples/published/政策企画部.xlsx (one row per goal, many lines per cell) and as
# samples/2025-09/政策企画部.xlsx (one row per indicator), N copies of each (default 1000) and a tenth
# of N, validated as whole processes RUNS times each (default 3), taking turns. Prints the medians of
# wall-clock and CPU time, and the cost of one more sheet: the difference between N and N/10 copies
# over the 0.9 N sheets between them, which leaves out start-up and the JIT's warm-up (a fixed cost
# that grows with the code a run exercises, not with the sheets it reads).
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
runs=${2:-3}
small=$(( n / 10 > 0 ? n / 10 : 1 ))
out=bench/out/layouts
rm -rf "$out"
for count in "$n" "$small"; do
  mkdir -p "$out/$count/published" "$out/$count/entry"
  for i in $(seq 1 "$count"); do
    cp samples/published/政策企画部.xlsx "$out/$count/published/$i.xlsx"
    cp samples/2025-09/政策企画部.xlsx "$out/$count/entry/$i.xlsx"
  done
done
./goalsheet validate -q "$out/$n/entry/1.xlsx" >/dev/null # builds the jar and the CDS archive once
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# the layouts take turns, so that a change in the machine's load falls on both; each run's wall-clock
# and CPU (user + system) seconds are kept
TIMEFORMAT='%R %U %S'
for r in $(seq 1 "$runs"); do
  for count in "$n" "$small"; do
    for layout in entry published; do
      { time ./goalsheet validate -q "$out/$count/$layout" >/dev/null; } 2>>"$out/$count.$layout.times"
    done
  done
done
declare -A wall cpu
for count in "$n" "$small"; do
  for layout in entry published; do
    wall[$count.$layout]=$(awk '{print $1}' "$out/$count.$layout.times" | median)
    cpu[$count.$layout]=$(awk '{print $2 + $3}' "$out/$count.$layout.times" | median)
    printf "validate %s × %s: %.2f s wall, %.2f s CPU\n" "$count" "$layout" "${wall[$count.$layout]}" "${cpu[$count.$layout]}"
  done
done
if [ "$n" -ge 10 ]; then
  for layout in entry published; do
    printf "one more %s sheet: %.2f ms wall, %.2f ms CPU\n" "$layout" \
      "$(echo "(${wall[$n.$layout]} - ${wall[$small.$layout]}) * 1000 / ($n - $small)" | bc -l)" \
      "$(echo "(${cpu[$n.$layout]} - ${cpu[$small.$layout]}) * 1000 / ($n - $small)" | bc -l)"
  done
fi
# the same in one process, once compiled, the layouts taking turns (bench/Layouts.java)
java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -cp target/goalsheet.jar bench/Layouts.java \
  "$out/$small/entry" "$out/$small/published" 25
