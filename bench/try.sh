#!/usr/bin/env bash
# Startup cost of `try pool-sizer` (compile the learner's code with the grader's compiler, open JShell
# with it on the class path, show the first value), each run in a fresh JVM, and the cost of each later
# snippet in that session. Prints the figures; exits 1 when a target is missed:
# first try median < 1500 ms, later snippets p90 < 100 ms.
# Reproduce: bench/try.sh [runs] [later snippets per run]   (defaults: 5 runs, 20 snippets)
# The measured JVM gets the options of .mvn/jvm.config, as the runner itself runs inside Maven's JVM
# (mvn compile exec:java); BENCH_JAVA_OPTS adds more, e.g. BENCH_JAVA_OPTS=-XX:-TieredCompilation.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUNS=${1:-5}
LATER=${2:-20}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
p90() { sort -n | awk '{ v[NR] = $1 } END { i = int(NR * 0.9 + 0.999); print v[i < 1 ? 1 : i] }'; }

# Not timed, so online: a fresh machine's Maven cache may lack the build's plugins and dependencies.
echo "bench: building the runner (quiet)" >&2
mvn -q -B -pl runner -am test-compile dependency:build-classpath \
    -Dmdep.outputFile="$WORK/cp.txt" -Dmdep.includeScope=test >&2
JVM_CONFIG=$(cat .mvn/jvm.config 2>/dev/null || true)
CP="$ROOT/runner/target/classes:$ROOT/runner/target/test-classes:$(cat "$WORK/cp.txt")"

: > "$WORK/first"; : > "$WORK/uptime"; : > "$WORK/cpu"; : > "$WORK/later"
for run in $(seq "$RUNS"); do
  line=$(java $JVM_CONFIG ${BENCH_JAVA_OPTS:-} -cp "$CP" dev.loopback.runner.bench.TryBench "$WORK/run$run" "$LATER")
  echo "bench: run $run: $line" >&2
  for pair in $line; do
    key=${pair%%=*}; value=${pair#*=}
    case $key in
      first_ms) echo "$value" >> "$WORK/first" ;;
      uptime_ms) echo "$value" >> "$WORK/uptime" ;;
      cpu_ms) echo "$value" >> "$WORK/cpu" ;;
      later_ms) tr ',' '\n' <<< "$value" >> "$WORK/later" ;;
    esac
  done
done

FIRST=$(median < "$WORK/first")
UPTIME=$(median < "$WORK/uptime")
CPU=$(median < "$WORK/cpu")
LATER_MEDIAN=$(median < "$WORK/later")
LATER_P90=$(p90 < "$WORK/later")
CORES=$(nproc)
LOAD=$(cut -d' ' -f1 /proc/loadavg)

echo "try bench ($CORES cores, load average $LOAD, $RUNS fresh JVMs, $LATER later snippets each)"
echo "  JVM options (.mvn/jvm.config, then BENCH_JAVA_OPTS): $JVM_CONFIG ${BENCH_JAVA_OPTS:-}"
if awk -v l="$LOAD" -v c="$CORES" 'BEGIN { exit !(l > c) }'; then
  echo "  warning: the load average is above the core count; figures include waiting for a CPU"
fi
echo "  first try, command to first value: median ${FIRST} ms   (target < 1500 ms)"
echo "  same, counted from JVM start:      median ${UPTIME} ms   (for context, not a target)"
echo "  CPU time of the whole bench JVM:   median ${CPU} ms   (all threads; load-independent context)"
echo "  later snippets:                    median ${LATER_MEDIAN} ms, p90 ${LATER_P90} ms   (target p90 < 100 ms)"
echo "  reproduce: bench/try.sh $RUNS $LATER"

STATUS=0
if awk -v v="$FIRST" 'BEGIN { exit !(v >= 1500) }'; then echo "MISSED: first try ${FIRST} ms >= 1500 ms"; STATUS=1; fi
if awk -v v="$LATER_P90" 'BEGIN { exit !(v >= 100) }'; then echo "MISSED: later snippets p90 ${LATER_P90} ms >= 100 ms"; STATUS=1; fi
exit $STATUS
