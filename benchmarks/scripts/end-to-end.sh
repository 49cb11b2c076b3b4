#!/usr/bin/env bash
# End-to-end timings of ./sectoral on seeded random world tables, beside the reference tools
# measured in the same run: numpy's bare inv(I - A) at 3,420 sectors, pymrio's load_all +
# calc_all at 9,800. Not run by CI. Needs a Python with numpy, and pymrio for the 9,800 step:
#   PYTHON=/path/to/python PYMRIO_PATH=/path/to/pymrio-src benchmarks/scripts/end-to-end.sh
# Options (environment): WORK (scratch folder, default /tmp/sectoral-e2e, about 6 GB),
# RUNS (runs at 3,420, default 3), BIG_RUNS (runs at 9,800, default 2), SKIP_BIG=1.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PYTHON="${PYTHON:-python3}"
WORK="${WORK:-/tmp/sectoral-e2e}"
RUNS="${RUNS:-3}"
BIG_RUNS="${BIG_RUNS:-2}"
bench="$here/benchmarks/target/benchmarks.jar"
sectoral="$here/sectoral"   # the launcher: java -jar sectoral-cli/target/sectoral-cli.jar
mkdir -p "$WORK"

(cd "$here" && mvn -q -B -ntp -Pbench -pl benchmarks -am package -DskipTests \
  && mvn -q -B -ntp -pl sectoral-cli -am package -DskipTests)

# the launcher makes its class-data archive once after a build (a few seconds): not timed
"$sectoral" --version > /dev/null 2>&1 || true
echo "== $(date -u +%Y-%m-%dT%H:%MZ) on $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -version 2>&1 | head -1
echo "load at start: $(uptime | sed 's/.*load average: //')"

[ -d "$WORK/icio" ] || java -Xmx4g -cp "$bench" org.sectoral.bench.WriteRandomMrio ICIO "$WORK/icio"
if [ -z "${SKIP_BIG:-}" ] && [ ! -d "$WORK/exio" ]; then
  java -Xmx8g -cp "$bench" org.sectoral.bench.WriteRandomMrio EXIOBASE "$WORK/exio"
fi

median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }

# Runs a command RUNS times under /usr/bin/time; prints each wall time and peak RSS, then the
# median wall time and the largest RSS (also left in $WORK/median.txt and $WORK/rss.txt, MiB).
timed() {
  local label="$1" runs="$2"; shift 2
  local walls=() rss=0
  for i in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$WORK/time.txt" "$@" > "$WORK/run.log" 2>&1 \
      || { echo "$label failed:"; tail -5 "$WORK/run.log"; exit 1; }
    read -r wall kb < "$WORK/time.txt"
    walls+=("$wall"); [ "$kb" -gt "$rss" ] && rss=$kb
    echo "  $label run $i: ${wall} s, peak RSS $((kb / 1024)) MiB"
  done
  printf '%s\n' "${walls[@]}" | median > "$WORK/median.txt"
  echo $((rss / 1024)) > "$WORK/rss.txt"
  echo "$label: median $(cat "$WORK/median.txt") s, peak RSS $((rss / 1024)) MiB"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }

echo "-- 3,420 sectors (76 regions x 45 sectors)"
"$PYTHON" - "$WORK/icio" "$RUNS" "$WORK/numpy.txt" <<'PY'
import sys, time, numpy as np, pandas as pd
folder, runs = sys.argv[1], int(sys.argv[2])
z = pd.read_csv(f"{folder}/Z.txt", sep="\t", index_col=[0, 1], header=[0, 1]).to_numpy()
x = pd.read_csv(f"{folder}/x.txt", sep="\t", index_col=[0, 1]).to_numpy().ravel()
a = z / np.where(x == 0, 1, x)
m = np.eye(len(x)) - a
times = []
for _ in range(runs):
    t = time.perf_counter(); np.linalg.inv(m); times.append(time.perf_counter() - t)
    print(f"  numpy inv(I - A) run: {times[-1]:.2f} s")
median = sorted(times)[len(times) // 2]
print(f"numpy inv(I - A), n = {len(x)}: median {median:.2f} s (numpy {np.__version__})")
open(sys.argv[3], "w").write(f"{median}\n")
PY
numpy_inv=$(cat "$WORK/numpy.txt")
export SECTORAL_JAVA_OPTS=-Xmx1g
timed "sectoral analyze -Xmx1g" "$RUNS" "$sectoral" analyze "$WORK/icio" --out "$WORK/icio-out"
echo "analyze at 3,420 / numpy inv(I - A): $(ratio "$(cat "$WORK/median.txt")" "$numpy_inv") (target at most 2.5)"
timed "sectoral analyze --derived-only -Xmx1g" "$RUNS" "$sectoral" analyze "$WORK/icio" \
  --out "$WORK/icio-derived" --derived-only
echo "analyze --derived-only at 3,420 / numpy inv(I - A): $(ratio "$(cat "$WORK/median.txt")" "$numpy_inv")"
echo "  folder sizes: full $(du -sm "$WORK/icio-out" | cut -f1) MB, derived-only $(du -sm "$WORK/icio-derived" | cut -f1) MB"
rm -rf "$WORK/icio.xlsx" "$WORK/icio-back"
timed "convert pymrio -> xlsx -Xmx1g" 1 "$sectoral" convert "$WORK/icio" "$WORK/icio.xlsx"
timed "convert xlsx -> pymrio -Xmx1g" 1 "$sectoral" convert "$WORK/icio.xlsx" "$WORK/icio-back"
for f in Z.txt Y.txt x.txt; do
  if cmp -s "$WORK/icio/$f" "$WORK/icio-back/$f"; then
    echo "  $f after pymrio -> xlsx -> pymrio: identical bytes"
  else
    echo "  $f after pymrio -> xlsx -> pymrio: DIFFERS"; exit 1
  fi
done
unset SECTORAL_JAVA_OPTS

if [ -z "${SKIP_BIG:-}" ]; then
  echo "-- 9,800 sectors (49 regions x 200 sectors)"
  export SECTORAL_JAVA_OPTS=-Xmx3g
  timed "sectoral analyze -Xmx3g" "$BIG_RUNS" "$sectoral" analyze "$WORK/exio" --out "$WORK/exio-out"
  unset SECTORAL_JAVA_OPTS
  big_time=$(cat "$WORK/median.txt"); big_rss=$(cat "$WORK/rss.txt")
  timed "pymrio load_all + calc_all" "$BIG_RUNS" env PYTHONPATH="${PYMRIO_PATH:-}" "$PYTHON" -c "
import sys, time, pymrio
t = time.perf_counter(); m = pymrio.load_all(sys.argv[1]); t1 = time.perf_counter()
m.calc_all(); t2 = time.perf_counter()
print(f'load_all {t1 - t:.1f} s, calc_all {t2 - t1:.1f} s')" "$WORK/exio"
  echo "at 9,800: pymrio / sectoral time $(ratio "$(cat "$WORK/median.txt")" "$big_time") (target at least 4)," \
    "peak RSS sectoral $big_rss MiB vs pymrio $(cat "$WORK/rss.txt") MiB (target below)"
fi
echo "load at end: $(uptime | sed 's/.*load average: //')"
