#!/usr/bin/env bash
# goalsheet benchmark: generates its inputs, runs each scenario several times (whole processes, wall
# clock), runs the peers on the same files in the same run, and prints medians and ratios as a
# Markdown table. Usage: bench/run.sh [RUNS] (default 3). Inputs and outputs go to bench/out/.
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

# median wall time in seconds of RUNS runs of a command (its output discarded; a failure stops the run)
median() {
  local times=()
  for _ in $(seq "$RUNS"); do
    local t0 t1
    t0=$(date +%s.%N)
    "$@" >/dev/null 2>&1 || { local rc=$?; [ "$rc" -le 1 ] || { echo "failed ($rc): $*" >&2; exit 1; }; }
    t1=$(date +%s.%N)
    times+=("$(echo "$t1 - $t0" | bc -l)")
  done
  printf '%s\n' "${times[@]}" | sort -g | awk '{a[NR]=$1} END {printf "%.2f", (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'
}
ratio() { printf '%.1f' "$(echo "$1 / $2" | bc -l)"; }
peak_mb() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -n 1 | awk '{printf "%d", $1/1024}'; }

declare -a ROWS_OUT
row() { ROWS_OUT+=("| $1 | $2 | $3 | $4 | $5 |"); }

one="samples/2025-09/政策企画部.xlsx"
large="$OUT/large/大規模.xlsx"

v1000=$(median ./goalsheet validate -q "$OUT/departments")
if [ $HAVE_PY = 1 ]; then
  p1000=$(median $PY bench/openpyxl_load.py "$OUT/departments")
  row "validate $DEPARTMENTS workbooks" "${v1000} s" "openpyxl load ${p1000} s" "$(ratio "$p1000" "$v1000")× faster" "≥ 8× faster"
else
  row "validate $DEPARTMENTS workbooks" "${v1000} s" "openpyxl: skipped (not installable)" "–" "≥ 8× faster"
fi

v1=$(median ./goalsheet validate -q "$one")
if [ $HAVE_PY = 1 ]; then
  p1=$(median $PY bench/openpyxl_load.py "$one")
  row "validate one workbook, whole process" "${v1} s" "python + openpyxl ${p1} s" "$(ratio "$v1" "$p1")× python" "≤ 2× python"
else
  row "validate one workbook, whole process" "${v1} s" "openpyxl: skipped" "–" "≤ 2× python"
fi

vlarge=$(JAVA_OPTS=-Xmx256m median ./goalsheet validate -q "$large")
if [ $HAVE_PY = 1 ]; then
  plarge=$(median $PY bench/openpyxl_load.py "$large")
  row "validate $ROWS rows, -Xmx256m" "${vlarge} s" "openpyxl load ${plarge} s" "$(ratio "$plarge" "$vlarge")× faster" "≥ 5× faster"
else
  row "validate $ROWS rows, -Xmx256m" "${vlarge} s" "openpyxl: skipped" "–" "≥ 5× faster"
fi

m1000=$(JAVA_OPTS=-Xmx512m median ./goalsheet merge -q "$OUT/departments" -o "$OUT/merged.xlsx")
rss=$(JAVA_OPTS=-Xmx512m peak_mb ./goalsheet merge -q "$OUT/departments" -o "$OUT/merged.xlsx")
row "merge $DEPARTMENTS workbooks, -Xmx512m" "${m1000} s (peak RSS ${rss} MB)" "validate ${v1000} s" "$(ratio "$m1000" "$v1000")× validate" "≤ 2× validate; heap < 512 MB"

if java -jar target/goalsheet.jar report --help 2>/dev/null | grep -q 'pdf'; then
  r30=$(median ./goalsheet report -q "$OUT/thirty" -o "$OUT/thirty.pdf")
  if [ $HAVE_LO = 1 ]; then
    ./goalsheet merge -q "$OUT/thirty" -o "$OUT/thirty.xlsx" >/dev/null 2>&1
    lo=$(median soffice --headless --convert-to pdf --outdir "$OUT/lo" "$OUT/thirty.xlsx")
    row "report PDF of 30 departments" "${r30} s" "LibreOffice xlsx→pdf ${lo} s" "$(ratio "$lo" "$r30")× faster" "≥ 3× faster"
  else
    row "report PDF of 30 departments" "${r30} s" "LibreOffice: skipped (not installed)" "–" "≥ 3× faster"
  fi
else
  row "report PDF of 30 departments" "skipped: this build has no PDF report" "–" "–" "≥ 3× faster"
fi

echo
echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(java -version 2>&1 | head -n 1); median of $RUNS runs, whole processes"
echo
echo "| scenario | goalsheet | peer | ratio | target |"
echo "|---|---|---|---|---|"
printf '%s\n' "${ROWS_OUT[@]}"
