#!/usr/bin/env bash
# goalsheet benchmark: generates its inputs, runs each scenario several times (whole processes, wall
# clock) in turns with its peer on the same files, and prints medians and ratios as a Markdown table.
# Usage: bench/run.sh [RUNS] (default 3). Inputs and outputs go to bench/out/.
# Figures are for the machine it runs on; quote ratios from one run, not absolute times.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
DEPARTMENTS=${BENCH_DEPARTMENTS:-1000}
ROWS=${BENCH_ROWS:-100000}
OUT=bench/out
mkdir -p "$OUT"

./goalsheet --version >/dev/null            # builds the jar and its class-data archive if needed
if [ ! -d "$OUT/departments" ] || [ "$(ls "$OUT/departments" | wc -l)" -ne "$DEPARTMENTS" ]; then
  rm -rf "$OUT/departments" "$OUT/large"
  echo "generating $DEPARTMENTS department workbooks and one of $ROWS rows…" >&2
  java -cp target/goalsheet.jar bench/Generate.java "$OUT" samples/2025-09/政策企画部.xlsx "$DEPARTMENTS" "$ROWS"
fi
mkdir -p "$OUT/thirty"
all=("$OUT"/departments/*.xlsx)
cp -f "${all[@]:0:30}" "$OUT/thirty/"

# Peers: Debian's python3-openpyxl and LibreOffice. Either may be missing: then it is skipped, never zero.
PY=/usr/bin/python3
if ! $PY -c 'import openpyxl' 2>/dev/null; then
  (apt-get install -y -q python3-openpyxl >/dev/null 2>&1 || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q python3-openpyxl >/dev/null 2>&1; }) || true
fi
HAVE_PY=0; $PY -c 'import openpyxl' 2>/dev/null && HAVE_PY=1
HAVE_LO=0; command -v soffice >/dev/null 2>&1 && HAVE_LO=1

# one timed run of a command, in seconds (its output discarded; a failure stops the benchmark)
timed() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >/dev/null 2>&1 || { local rc=$?; [ "$rc" -le 1 ] || { echo "failed ($rc): $*" >&2; exit 1; }; }
  t1=$(date +%s.%N)
  echo "$t1 - $t0" | bc -l
}
median() { sort -g | awk '{a[NR]=$1} END {printf "%.2f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
# Runs two commands (shell functions) in turns, RUNS times each, and sets A and B to their medians:
# the machine's speed drifts by a tenth or more within minutes, and taking turns puts the same drift
# on both sides of a ratio.
turns() {
  local ta=() tb=()
  for _ in $(seq "$RUNS"); do
    ta+=("$(timed "$1")")
    if [ -n "${2:-}" ]; then tb+=("$(timed "$2")"); fi
  done
  A=$(printf '%s\n' "${ta[@]}" | median)
  B=""
  if [ -n "${2:-}" ]; then B=$(printf '%s\n' "${tb[@]}" | median); fi
}
ratio() { printf '%.1f' "$(echo "$1 / $2" | bc -l)"; }
peak_mb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%d", $1/1024}'; }

declare -a ROWS_OUT
row() { ROWS_OUT+=("| $1 | $2 | $3 | $4 | $5 |"); }

one="samples/2025-09/政策企画部.xlsx"
large="$OUT/large/大規模.xlsx"
peer() { [ $HAVE_PY = 1 ] && echo "$1"; }

gs_folder() { ./goalsheet validate -q "$OUT/departments"; }
py_folder() { $PY bench/openpyxl_load.py "$OUT/departments"; }
turns gs_folder "$(peer py_folder)"
v1000=$A
if [ $HAVE_PY = 1 ]; then
  row "validate $DEPARTMENTS workbooks" "${v1000} s" "openpyxl load ${B} s" "$(ratio "$B" "$v1000")× faster" "≥ 8× faster"
else
  row "validate $DEPARTMENTS workbooks" "${v1000} s" "openpyxl: skipped (not installable)" "–" "≥ 8× faster"
fi

gs_one() { ./goalsheet validate -q "$one"; }
py_one() { $PY bench/openpyxl_load.py "$one"; }
turns gs_one "$(peer py_one)"
if [ $HAVE_PY = 1 ]; then
  row "validate one workbook, whole process" "${A} s" "python + openpyxl ${B} s" "$(ratio "$A" "$B")× python" "≤ 2× python"
else
  row "validate one workbook, whole process" "${A} s" "openpyxl: skipped" "–" "≤ 2× python"
fi

gs_large() { JAVA_OPTS=-Xmx256m ./goalsheet validate -q "$large"; }
py_large() { $PY bench/openpyxl_load.py "$large"; }
turns gs_large "$(peer py_large)"
if [ $HAVE_PY = 1 ]; then
  row "validate $ROWS rows, -Xmx256m" "${A} s" "openpyxl load ${B} s" "$(ratio "$B" "$A")× faster" "≥ 5× faster"
else
  row "validate $ROWS rows, -Xmx256m" "${A} s" "openpyxl: skipped" "–" "≥ 5× faster"
fi

# merge against validate of the same folder, in turns too
gs_merge() { JAVA_OPTS=-Xmx512m ./goalsheet merge -q "$OUT/departments" -o "$OUT/merged.xlsx"; }
turns gs_merge gs_folder
rss=$(JAVA_OPTS=-Xmx512m peak_mb ./goalsheet merge -q "$OUT/departments" -o "$OUT/merged.xlsx")
row "merge $DEPARTMENTS workbooks, -Xmx512m" "${A} s (peak RSS ${rss} MB)" "validate ${B} s" "$(ratio "$A" "$B")× validate" "≤ 2× validate; heap < 512 MB"

if java -jar target/goalsheet.jar report --help 2>/dev/null | grep -q 'pdf'; then
  gs_report() { ./goalsheet report -q "$OUT/thirty" -o "$OUT/thirty.pdf"; }
  if [ $HAVE_LO = 1 ]; then
    ./goalsheet merge -q "$OUT/thirty" -o "$OUT/thirty.xlsx" >/dev/null 2>&1
    lo_report() { soffice --headless --convert-to pdf --outdir "$OUT/lo" "$OUT/thirty.xlsx"; }
    turns gs_report lo_report
    row "report PDF of 30 departments" "${A} s" "LibreOffice xlsx→pdf ${B} s" "$(ratio "$B" "$A")× faster" "≥ 3× faster"
  else
    turns gs_report
    row "report PDF of 30 departments" "${A} s" "LibreOffice: skipped (not installed)" "–" "≥ 3× faster"
  fi
else
  row "report PDF of 30 departments" "skipped: this build has no PDF report" "–" "–" "≥ 3× faster"
fi

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1); median of $RUNS runs each, whole processes, each scenario in turns with its peer"
echo
echo "| scenario | goalsheet | peer | ratio | target |"
echo "|---|---|---|---|---|"
printf '%s\n' "${ROWS_OUT[@]}"
